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
    text = _OPENING + "Ohm besuchte im Frühjahr mehrere Kliniken. Viele Ämter würden die Zahlen schönen."
    rows = _rows(text)
    assert rows[-1] == ("Jan Ohm", "Viele Ämter würden die Zahlen schönen")


def test_sentence_about_someone_else_ends_the_chain() -> None:
    text = (
        _OPENING
        + "Die Ärztin Eva Roth besuchte im Frühjahr mehrere Kliniken. Viele Ämter würden die Zahlen schönen."
    )
    assert all("schönen" not in quote for _, quote in _rows(text))


def test_another_name_of_the_speaker_in_a_later_clause_is_no_reopening() -> None:
    # the name is not the sentence's opening subject: an ordinary plain sentence
    text = _OPENING + "Am Abend traf Ohm den Bürgermeister. Viele Ämter würden die Zahlen schönen."
    assert all("schönen" not in quote for _, quote in _rows(text))
