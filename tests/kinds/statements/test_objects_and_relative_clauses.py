"""A speech act with an object: the object's relative clause is no content, the object is no
speaker. Paradigm of verbs x constructions, invented sentences.

"X kritisierte die Förderung der Halle, die Erinnerungen an den Krieg wecke": a relative clause
on the object (its verb last), in the Konjunktiv because it is X's view, is not what X said by
itself; the whole sentence is the act. A verb-second clause after the comma stays content
("sagte dem Sender, der neue Bau dauere noch Jahre"). A named object after the verb ("lobte den
Senator X") is whom the act is about, not its speaker.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts

_VERBS = ["kritisierte", "lobte", "beanstandete", "bemängelte", "begrüßte"]


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, s.quote) for s in facts(text).statements]


@pytest.mark.parametrize("verb", _VERBS)
@pytest.mark.parametrize(
    "relative",
    [
        "die Erinnerungen an den Krieg wecke",
        "die angeblich Erinnerungen wecke",
        "die dem Ort Schaden zufüge",
    ],
)
def test_relative_clause_on_the_object_is_part_of_the_act(verb: str, relative: str) -> None:
    text = f"Die Prüferin Eva Kahl {verb} die Förderung der Halle, {relative}."
    rows = _rows(text)
    assert len(rows) == 1
    label, quote = rows[0]
    assert label == "Eva Kahl" and quote.startswith("Die Prüferin Eva Kahl")


@pytest.mark.parametrize("verb", _VERBS)
@pytest.mark.parametrize("content", [", die Halle sei zu teuer", ", dass die Halle zu teuer sei"])
def test_content_clause_after_the_verb(verb: str, content: str) -> None:
    rows = _rows(f"Die Prüferin Eva Kahl {verb}{content}.")
    assert [label for label, _ in rows] == ["Eva Kahl"]
    assert rows[0][1].startswith("die Halle")


@pytest.mark.parametrize(
    "clause", ["der Bau dauere", "der neue Bau dauere", "der neue Bau dauere noch Jahre"]
)
def test_verb_second_content_after_a_dative_object(clause: str) -> None:
    assert _rows(f"Die Prüferin Eva Kahl sagte dem Sender, {clause}.") == [("Eva Kahl", clause)]


@pytest.mark.parametrize("verb", ["kritisierte", "lobte", "warnte", "begrüßte"])
def test_named_object_after_the_verb_is_no_speaker(verb: str) -> None:
    labels = [label for label, _ in _rows(f"Die Kanzlerin {verb} den Senator Paul Kern für seine Rede.")]
    assert "Paul Kern" not in labels


@pytest.mark.parametrize(
    "text", ["Der Zeitung sagte Paul Kern, er bleibe.", "Dem Sender sagte Paul Kern, er bleibe."]
)
def test_named_subject_after_the_verb_with_a_dative_vorfeld(text: str) -> None:
    assert _rows(text) == [("Paul Kern", "er bleibe")]


def test_greeting_guests_states_nothing() -> None:
    assert not any(
        "Halden" in quote
        for _, quote in _rows("Die Bürgermeisterin begrüßte die Gäste, die aus Halden kamen.")
        if not quote.startswith("Die")
    )
