"""Konjunktiv I forms the lexicon does not list: the infinitive's stem plus "-e" ("gelte",
"handele", "arbeite") marks reported speech, in a content clause and in a continuation of the
previous speaker. Look-alikes: the preterite ("arbeitete"), the first person ("ich arbeite"),
and a relative clause on the object ("…, die angeblich von ihnen ausgehe"), which is no
content clause of the verb."""

from __future__ import annotations

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, s.quote) for s in facts(text).statements]


def test_unlisted_konjunktiv_continues_the_speaker() -> None:
    rows = _rows("Die Ministerin Clara Wendt sagte, die Lage sei ernst. Für die Schulen gelte dasselbe.")
    assert rows and rows[-1][0] == "Clara Wendt" and "Schulen" in rows[-1][1]


def test_unlisted_konjunktiv_opens_content() -> None:
    rows = _rows("Der Bürgermeister Paul Ries erklärte, die Stadt handele im Interesse aller.")
    assert rows == [("Paul Ries", "die Stadt handele im Interesse aller")]


def test_preterite_and_first_person_are_no_konjunktiv() -> None:
    rows = _rows(
        "Die Ministerin Clara Wendt sagte, die Lage sei ernst. Die Klinik arbeitete die ganze Nacht."
    )
    assert all("Nacht" not in quote for _, quote in rows)


def test_relative_clause_on_the_object_is_no_content() -> None:
    rows = _rows("Der Verband begründete die Absage mit der Gefahr, die angeblich von den Fans ausgehe.")
    assert all(quote != "die angeblich von den Fans ausgehe" for _, quote in rows)


def test_reportive_modal_clause_ends_at_its_comma() -> None:
    rows = _rows(
        "Das teilte die Sprecherin der Polizei Tina Graf mit.\n\n"
        "Die Zeugin soll noch angehört werden, um den Ablauf zu klären."
    )
    assert any("angehört" in quote for _, quote in rows)
