"""An inverted frame with a second reporting verb: "„…“, sagte X und fügte hinzu: „…“" gives
both quotations to X, "„…“, sagte X und ergänzte, man sei …" the indirect content too. A colon
frame after a dependent clause ("Als …, antwortete X: „…“") stays a colon frame, and a
second verb that reports nothing ("und lachte") adds nothing."""

from __future__ import annotations

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, s.quote) for s in facts(text).statements]


def test_quotation_before_the_verb_and_after_the_colon() -> None:
    text = "„Wir sind zufrieden“, sagte die Trainerin Ida Brück und fügte hinzu: „Das Team hat gekämpft.“"
    assert _rows(text) == [("Ida Brück", "Wir sind zufrieden"), ("Ida Brück", "Das Team hat gekämpft.")]


def test_second_verb_with_indirect_content() -> None:
    rows = _rows(
        "Ida Brück sprach am Montag. „Das Team hat gekämpft“, sagte sie und ergänzte, man sei stolz."
    )
    assert rows == [("Ida Brück", "Das Team hat gekämpft"), ("Ida Brück", "man sei stolz")]


def test_second_verb_that_reports_nothing() -> None:
    assert _rows("„Das Team hat gekämpft“, sagte Ida Brück und lachte.") == [
        ("Ida Brück", "Das Team hat gekämpft")
    ]


def test_colon_frame_after_a_dependent_clause_stays() -> None:
    text = (
        "Als die Reporterin Eva Roth wissen wollte, wie es nun weitergehe, "
        "antwortete Ida Brück: „Wir kämpfen weiter.“"
    )
    assert _rows(text) == [("Ida Brück", "Wir kämpfen weiter.")]
