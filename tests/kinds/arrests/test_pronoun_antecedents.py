"""A pronoun subject of a passive arrest that stands for an unnamed person: in its own sentence
the person phrase that agrees with it (the subject first, else the nearest), in the sentence
before its subject. A phrase after a preposition is never the antecedent, and a pronoun with no
agreeing person gives no arrest."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a relative adverb clause after the subject's clause
        (
            "Nach der Flucht versteckte sich der 52-Jährige in einer Gaststätte, wo er sich ohne "
            "Gegenwehr verhaften ließ.",
            "der 52-Jährige",
        ),
        # the subject is a woman: "er" stands for the man she reported
        (
            "Im März meldete die Vermieterin ihren Sohn bei der Polizei, worauf er verhaftet wurde.",
            "der Sohn",
        ),
        # the subject of the sentence before
        (
            "Ein 30-jähriger Mann überfiel am Abend eine Tankstelle. Er wurde kurz darauf festgenommen.",
            "ein 30-jähriger Mann",
        ),
    ],
)
def test_pronoun_subject_stands_for_the_agreeing_unnamed_person(text: str, label: str) -> None:
    assert [(lab, name) for lab, name, _ in arrests(text)] == [(label, None)]


@pytest.mark.parametrize(
    "text",
    [
        # only a woman and a thing before "er": no one it can stand for
        "Die Vermieterin rief die Polizei wegen eines Einbruchs, worauf er verhaftet wurde.",
        # the man stands in a prepositional phrase: an adjunct
        "Die Vermieterin stritt mit einem Mann, worauf er verhaftet wurde.",
        # a plural "sie" is no single woman
        "Die Frauen flohen in ein Haus, wo sie festgenommen wurden.",
    ],
)
def test_pronoun_without_an_agreeing_person_gives_no_unnamed_arrest(text: str) -> None:
    assert arrests(text) == []
