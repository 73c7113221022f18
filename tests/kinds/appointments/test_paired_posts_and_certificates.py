"""Paradigm round 19, rows German news uses that had no rule: several persons each with a post in
one clause ("wählte A zur Vorsitzenden, B zum Stellvertreter"), the certificate of appointment
handed over ("händigte X die Ernennungsurkunde aus"), taking over a unit one leads ("X übernimmt
die Mannschaft"), "tritt seinen Dienst / ihre Stelle als X an", "kehrt als Trainer zum FC
zurück", "tritt an die Spitze", a fronted post with a linking adverb ("Präsident in Y wiederum
wird X"), and posts the office lexicon lacked. Each with look-alikes."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Beirat hat Ada Quirmbach zur Vorsitzenden und Gerwin Hallstein zum Stellvertreter gewählt.",
            [
                ("Ada Quirmbach", "Der Beirat", "Vorsitzende"),
                ("Gerwin Hallstein", "Der Beirat", "Stellvertreter"),
            ],
        ),
        (
            "Ada Quirmbach wurde zur Präsidentin, Gerwin Hallstein zum Vizepräsidenten gewählt.",
            [("Ada Quirmbach", None, "Präsidentin"), ("Gerwin Hallstein", None, "Vizepräsident")],
        ),
        (
            "Sie beschloss den Etat und wählte danach Ada Quirmbach zur Präsidentin, Gerwin Hallstein zum"
            " Vizepräsidenten und Malte Irrgang zum Schatzmeister.",
            [
                ("Ada Quirmbach", None, "Präsidentin"),
                ("Gerwin Hallstein", None, "Vizepräsident"),
                ("Malte Irrgang", None, "Schatzmeister"),
            ],
        ),
    ],
)
def test_each_person_with_a_post_of_their_own(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert appointment_rows(text) == expected


def test_predecessor_after_von_is_neither_appointee_nor_agent() -> None:
    rows = appointment_rows("Gerwin Hallstein wurde als Nachfolger von Bodo Kettler zum Landrat gewählt.")
    assert rows == [("Gerwin Hallstein", None, "Landrat")]


@pytest.mark.parametrize(
    ("text", "who", "agent", "office"),
    [
        (
            "Der Minister händigte Gerwin Hallstein die Ernennungsurkunde aus.",
            "Gerwin Hallstein",
            "Der Minister",
            None,
        ),
        (
            "Ada Quirmbach erhielt am Montag ihre Ernennungsurkunde als Polizeipräsidentin.",
            "Ada Quirmbach",
            None,
            "Polizeipräsidentin",
        ),
        (
            "Der Landrat überreichte Ada Quirmbach die Ernennungsurkunde zur Kreisbrandmeisterin.",
            "Ada Quirmbach",
            "Der Landrat",
            "Kreisbrandmeisterin",
        ),
    ],
)
def test_certificate_of_appointment(text: str, who: str, agent: str | None, office: str | None) -> None:
    assert appointment_rows(text) == [(who, agent, office)]


@pytest.mark.parametrize(
    ("text", "who", "office"),
    [
        ("Gerwin Hallstein übernimmt die Mannschaft.", "Gerwin Hallstein", None),
        ("Das neue Präsidium in Lindenau übernimmt Ada Quirmbach.", "Ada Quirmbach", None),
        ("Trainer Gerwin Hallstein übernahm die Mannschaft von Bodo Kettler.", "Gerwin Hallstein", "Trainer"),
        (
            "Gerwin Hallstein tritt im April seinen Dienst als Polizeichef an.",
            "Gerwin Hallstein",
            "Polizeichef",
        ),
        (
            "Ada Quirmbach trat ihre neue Stelle als Leiterin der Bibliothek an.",
            "Ada Quirmbach",
            "Leiterin der Bibliothek",
        ),
        ("Gerwin Hallstein kehrt als Trainer zum FC Adlerhorst zurück.", "Gerwin Hallstein", "Trainer"),
        ("Ada Quirmbach tritt an die Spitze des Verbandes.", "Ada Quirmbach", "Spitze des Verbandes"),
        ("Präsident in Lindenau wiederum wird Gerwin Hallstein.", "Gerwin Hallstein", "Präsident"),
        ("Ada Quirmbach wurde zur Kulturreferentin gewählt.", "Ada Quirmbach", "Kulturreferentin"),
        ("Gerwin Hallstein wurde zum Generalkonsul ernannt.", "Gerwin Hallstein", "Generalkonsul"),
        ("Ada Quirmbach wurde als Pastorin in ihr Amt eingeführt.", "Ada Quirmbach", "Pastorin"),
        ("Gerwin Hallstein wurde zum Beigeordneten gewählt.", "Gerwin Hallstein", "Beigeordnete"),
        ("Ada Quirmbach wurde zur Wehrführerin gewählt.", "Ada Quirmbach", "Wehrführerin"),
    ],
)
def test_rows_without_a_rule_before(text: str, who: str, office: str | None) -> None:
    assert [(r[0], r[2]) for r in appointment_rows(text)] == [(who, office)]


@pytest.mark.parametrize(
    "text",
    [
        "Der Bürgermeister überreichte Gerwin Hallstein die Ernennungsurkunde zum Ehrenbürger.",
        "Der Investor Gerwin Hallstein übernimmt den Klub für zehn Millionen Euro.",
        "Die Kosten übernimmt der Verein.",
        "Gerwin Hallstein trat an die Spitze des Feldes.",
        "Gerwin Hallstein tritt als Trainer gegen seinen alten Klub an.",
        "Gerwin Hallstein kehrte als Präsident nach Lindenau zurück.",
        "Der Präsident kehrte nach Lindenau zurück.",
        "Gerwin Hallstein tritt zurück.",
        "Die Polizei setzte Wasserwerfer ein.",
    ],
)
def test_look_alikes(text: str) -> None:
    assert appointment_rows(text) == []
