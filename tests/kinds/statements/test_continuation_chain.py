"""The chain of free indirect speech: a plain sentence that opens with the current speaker's
name ("Ohm war oft dort.") keeps the speaker as close as before, also across a paragraph break,
so the Konjunktiv after it goes on with that speaker; a plain sentence about someone else does
not."""

from __future__ import annotations

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, s.quote) for s in facts(text).statements]


_OPENING = "Der Arzt Jan Ohm sprach in Bonn. Er sagte, die Lage sei ernst. Die Daten seien lückenhaft.\n\n"


def test_sentence_about_the_speaker_keeps_the_chain_across_a_paragraph() -> None:
    text = (
        _OPENING
        + "Ohm war oft in der Region und hat selbst gemessen. Einige Politiker würden die Lage verharmlosen."
    )
    rows = _rows(text)
    assert rows[-1] == ("Jan Ohm", "Einige Politiker würden die Lage verharmlosen")


def test_sentence_about_someone_else_ends_the_chain() -> None:
    text = (
        _OPENING + "Die Ärztin Eva Roth war oft in der Region. Einige Politiker würden die Lage verharmlosen."
    )
    assert all("verharmlosen" not in quote for _, quote in _rows(text))


def test_another_name_of_the_speaker_in_a_later_clause_is_no_reopening() -> None:
    # the name is not the sentence's opening subject: an ordinary plain sentence
    text = _OPENING + "Am Abend traf Ohm den Bürgermeister. Einige Politiker würden die Lage verharmlosen."
    assert all("verharmlosen" not in quote for _, quote in _rows(text))
