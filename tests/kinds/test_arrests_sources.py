"""Arrest figures keep their source: "Laut Interfax wurden …" reports through the source cue, and a
second source's figure in the same sentence ("…, Menschenrechtler sprechen von mehr als 5000") is a
claim of its own; "die beiden Männer" counts two."""

from __future__ import annotations

from tests.extract_helpers import arrests, facts


def _claims(text: str) -> list[tuple[str | None, int | None, str | None]]:
    return [
        (
            a.arrested.label if a.arrested else None,
            a.count.value if a.count else None,
            a.reported_by.label if a.reported_by else None,
        )
        for a in facts(text).arrests
    ]


def test_source_cue_reports_the_arrest() -> None:
    text = "Laut der Nachrichtenagentur Interfax wurden mindestens 3000 Menschen festgenommen."
    assert _claims(text) == [("mindestens 3000 Menschen", 3000, "Nachrichtenagentur Interfax")]


def test_second_source_with_its_own_figure_is_a_separate_claim() -> None:
    text = (
        "Laut der Nachrichtenagentur Interfax wurden mindestens 3000 Menschen festgenommen, "
        "Menschenrechtler sprechen von mehr als 5000."
    )
    assert _claims(text) == [
        ("mindestens 3000 Menschen", 3000, "Nachrichtenagentur Interfax"),
        ("mehr als 5000 Menschen", 5000, "Menschenrechtler"),
    ]


def test_second_figure_after_a_separable_verb_and_with_the_arrest_noun() -> None:
    text = "Die Polizei nahm 300 Demonstranten fest, die Opposition sprach von 700 Festnahmen."
    assert _claims(text) == [("300 Demonstranten", 300, None), ("700 Demonstranten", 700, "die Opposition")]


def test_talk_of_something_else_is_no_figure() -> None:
    text = "Die Polizei nahm 300 Demonstranten fest, die Opposition sprach von einem Skandal."
    assert _claims(text) == [("300 Demonstranten", 300, None)]


def test_a_figure_in_another_kind_of_clause_is_no_claim() -> None:
    text = "Die Polizei nahm 300 Demonstranten fest, die Beamten hatten von 700 Teilnehmern gesprochen."
    assert _claims(text) == [("300 Demonstranten", 300, None)]


def test_source_cue_of_another_clause_does_not_report_the_figure() -> None:
    text = "Die Polizei nahm 300 Demonstranten fest. Laut der Opposition war die Stimmung friedlich."
    assert _claims(text) == [("300 Demonstranten", 300, None)]


def test_die_beiden_counts_two() -> None:
    assert arrests("Die beiden Männer wurden am Flughafen verhaftet.") == [("beide Männer", None, 2)]


def test_wie_reporter_with_die_beiden() -> None:
    text = "Wie das Innenministerium mitteilte, wurden die beiden Männer am Flughafen verhaftet."
    assert _claims(text) == [("beide Männer", 2, "das Innenministerium")]
