"""Source cues ("laut X", "X zufolge", "nach X-Angaben"): the source must be able to speak. A
compound of a generic head names its owner, who speaks when it is one body ("Polizeiangaben":
Polizei, "Konzernangaben": Konzern, "EU-Angaben": EU); a plural or unspecific owner names
nobody ("Behördenangaben", "Medienberichten", "Zeugenaussagen"), nor do pictures. A quoted name
after the cue speaks; "eigenen Angaben zufolge" is the subject's own word; "nach Xs Angaben" is
X's. A cue inside a dependent or later clause covers that clause only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, s.quote) for s in facts(text).statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nach Polizeiangaben wurden bei dem Unfall vier Menschen verletzt.", "Polizei"),
        ("Nach Konzernangaben arbeiten in dem Werk rund 900 Menschen.", "Konzern"),
        ("Laut Regierungsangaben ist die Brücke seit Montag gesperrt.", "Regierung"),
        ("Nach EU-Angaben fließen die Mittel erst im Herbst.", "EU"),
        ("Laut Ministeriumsangaben wurden 30 Schulen geschlossen.", "Ministerium"),
    ],
)
def test_compound_names_the_owner_who_speaks(text: str, speaker: str) -> None:
    assert _rows(text) == [(speaker, text.rstrip("."))]


@pytest.mark.parametrize(
    "text",
    [
        "Laut Behördenangaben wurden bei dem Unfall vier Menschen verletzt.",
        "Medienberichten zufolge arbeiten in dem Werk rund 900 Menschen.",
        "Nach Zeugenaussagen war der Wagen viel zu schnell.",
        "Laut Presseberichten ist die Brücke seit Montag gesperrt.",
        "Satellitenbildern zufolge brannte das Lager die ganze Nacht.",
        "Berichten zufolge fließen die Mittel erst im Herbst.",
    ],
)
def test_plural_or_unspecific_owner_is_no_speaker(text: str) -> None:
    assert _rows(text) == []


def test_quoted_name_after_the_cue_speaks() -> None:
    assert _rows("Laut „Abendkurier“ wurde der Bahnhof am Morgen geräumt.") == [
        ("Abendkurier", "Laut „Abendkurier“ wurde der Bahnhof am Morgen geräumt")
    ]


def test_own_statement_before_zufolge_is_the_subjects() -> None:
    ((speaker, _),) = _rows("Die Bergwacht hat eigenen Angaben zufolge zwölf Wanderer geborgen.")
    assert "Bergwacht" in speaker


def test_genitive_name_before_the_head() -> None:
    assert _rows("Nach Brandts Angaben ist der Vertrag ungültig.") == [
        ("Brandt", "Nach Brandts Angaben ist der Vertrag ungültig")
    ]


def test_cue_in_a_dependent_clause_covers_that_clause() -> None:
    ((_, quote),) = _rows(
        "Die Feuerwehr sperrte die Straße, weil nach Polizeiangaben ein Gasleck entdeckt worden war."
    )
    assert quote == "weil nach Polizeiangaben ein Gasleck entdeckt worden war"


def test_generic_head_with_adjective_and_genitive_owner() -> None:
    rows = _rows("Der Verein soll nach einem internen Bericht des Kassenwarts Spenden verschoben haben.")
    assert [label for label, _ in rows] == ["Kassenwart"]


def test_generic_head_without_owner_is_no_source() -> None:
    assert _rows("Nach einem langen Bericht wurde die Sitzung vertagt.") == []


def test_impersonal_source_goes_on_in_the_next_sentence() -> None:
    rows = _rows(
        "In einer Erklärung der Ministerin Lea Hartmann heißt es, das Netz sei sicher.\n\n"
        "Die Kosten seien gering."
    )
    assert [label for label, _ in rows] == ["Lea Hartmann", "Lea Hartmann"]


def test_own_statement_after_nach_is_the_subjects() -> None:
    rows = _rows("Seit dem Frühjahr arbeitet das Labor nach eigener Aussage an dem Impfstoff.")
    assert [label for label, _ in rows] == ["das Labor"]


def test_demnach_goes_on_with_the_current_speaker() -> None:
    rows = _rows("Die Ministerin Jana Roth sagte, das Gesetz komme. Es soll demnach im Herbst gelten.")
    assert [label for label, _ in rows] == ["Jana Roth"]
    assert "Herbst" in rows[0][1]


def test_wie_clause_with_an_article_after_a_preposition() -> None:
    rows = _rows(
        "Die Ministerin Vera Lang hält den Plan für richtig, wie sie in einem Brief an das Kabinett schrieb."
    )
    assert [label for label, _ in rows] == ["Vera Lang"]
