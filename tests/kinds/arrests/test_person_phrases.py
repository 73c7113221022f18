"""The unnamed person phrase an arrest is about: a prepositional phrase inside it before its
participle ("ein in X gesuchter Mann") belongs to it; a "der" right after a noun is that noun's
genitive, never the arrested ("zu den Hintermännern der Anschläge")."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a prepositional phrase inside the person phrase, before its participle
        ("In Italien wurde ein in Frankreich gesuchter Algerier festgenommen.", "ein gesuchter Algerier"),
        ("Die Polizei nahm einen mit einem Messer bewaffneten Mann fest.", "ein bewaffneter Mann"),
    ],
)
def test_person_phrase_with_an_inner_adjunct(text: str, label: str) -> None:
    assert [lab for lab, _, _ in arrests(text)] == [label]


def test_genitive_der_after_a_noun_is_no_subject() -> None:
    # "der Anschläge" belongs to "den Hintermännern": no arrested of its own
    text = (
        "Am Abend wurde mit Hilfe von Zeugen zu den Hintermännern der Anschläge "
        "ein Verdächtiger festgenommen."
    )
    assert [lab for lab, _, _ in arrests(text)] == ["ein Verdächtiger"]
