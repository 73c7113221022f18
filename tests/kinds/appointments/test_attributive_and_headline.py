"""Appointments told as known before the report (paradigm round 19): an appointing participle
before a titled name with a cue of recency ("die neu gewählte Bürgermeisterin X", "der am Montag
ernannte Minister X", "die vom Rat bestellte Ombudsfrau X"), and a headline without a finite
verb ("X neuer Trainer in Y"). Look-alikes: a participle without a cue ("der demokratisch
gewählte Präsident X" may hold the post for years), no title, a question, a sentence with a verb."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "who", "office", "agent"),
    [
        (
            "Der neu ernannte Finanzminister Gerwin Hallstein stellte sein Programm vor.",
            "Gerwin Hallstein",
            "Finanzminister",
            None,
        ),
        (
            "Die neu gewählte Bürgermeisterin Ada Quirmbach dankte den Wählern.",
            "Ada Quirmbach",
            "Bürgermeisterin",
            None,
        ),
        ("Der neugewählte Landrat Gerwin Hallstein lud zum Empfang.", "Gerwin Hallstein", "Landrat", None),
        ("Der neu gewählte Bürgermeister Tim Berger lud zum Empfang.", "Tim Berger", "Bürgermeister", None),
        ("Die frisch gekürte Vorsitzende Ada Quirmbach sprach zuerst.", "Ada Quirmbach", "Vorsitzende", None),
        (
            "Der am Montag ernannte Minister Gerwin Hallstein sprach im Landtag.",
            "Gerwin Hallstein",
            "Minister",
            None,
        ),
        (
            "Der vom Landtag gewählte Ministerpräsident Gerwin Hallstein hielt eine Rede.",
            "Gerwin Hallstein",
            "Ministerpräsident",
            "Landtag",
        ),
        (
            "Die neu berufene Intendantin Ada Quirmbach stellte den Spielplan vor.",
            "Ada Quirmbach",
            "Intendantin",
            None,
        ),
        (
            "Die gestern vereidigte Justizministerin Ada Quirmbach trat vor die Presse.",
            "Ada Quirmbach",
            "Justizministerin",
            None,
        ),
    ],
)
def test_participle_with_a_cue_of_recency(text: str, who: str, office: str, agent: str | None) -> None:
    rows = appointment_rows(text)
    assert [(r[0], r[2]) for r in rows] == [(who, office)]
    assert agent is None or agent in (rows[0][1] or "")


@pytest.mark.parametrize(
    ("text", "who", "office"),
    [
        ("Gerwin Hallstein neuer Trainer in Lindenau", "Gerwin Hallstein", "Trainer"),
        ("Ada Quirmbach neue Chefin bei den Stadtwerken", "Ada Quirmbach", "Chefin"),
        ("Ex-Ministerin Ada Quirmbach neue Botschafterin in Rom", "Ada Quirmbach", "Botschafterin"),
    ],
)
def test_headline_without_a_verb(text: str, who: str, office: str) -> None:
    assert [(r[0], r[2]) for r in appointment_rows(text)] == [(who, office)]


@pytest.mark.parametrize(
    "text",
    [
        "Der demokratisch gewählte Präsident Gerwin Hallstein wurde gestürzt.",
        "Die gewählte Vertreterin Ada Quirmbach sprach im Rat.",
        "Die neu ernannten Richter legten den Eid ab.",  # nobody named
        "Gerwin Hallstein neuer Trainer?",
        "Gerwin Hallstein, neuer Trainer in Lindenau, sagte, er freue sich.",
        "An bestimmten Tagen ist der neue Präsident Gerwin Hallstein im Rathaus.",
    ],
)
def test_look_alikes(text: str) -> None:
    assert appointment_rows(text) == []
