"""Arrests of a group named by a noun that is its own count ("das Trio", "ein Duo"), and of a
counted group before an attributive participle with adjuncts between ("die drei am Montag in X
festgenommenen Männer"); look-alikes: a negation, a question, a plan, a prepositional phrase,
another verb, a year before the participle."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests


@pytest.mark.parametrize(
    ("text", "label", "count"),
    [
        ("Am Abend wurde das Trio festgenommen.", "Trio", 3),
        ("Die Polizei nahm das Duo am Bahnhof fest.", "Duo", 2),
        ("Das Quartett wurde am Montag in Ahlbach verhaftet.", "Quartett", 4),
        ("Polizei nimmt Trio fest", "Trio", 3),
        ("Ein Pärchen ist in Ahlbach festgenommen worden.", "Pärchen", 2),
    ],
)
def test_counted_collective(text: str, label: str, count: int) -> None:
    assert [(a[0], a[2]) for a in arrests(text)] == [(label, count)]


@pytest.mark.parametrize(
    "text",
    [
        "Das Duo wurde nicht festgenommen.",
        "Wurde das Trio festgenommen?",
        "Die Polizei will das Duo festnehmen.",
        "Das Trio spielte am Abend in Ahlbach.",
    ],
)
def test_counted_collective_look_alikes(text: str) -> None:
    assert arrests(text) == []


def test_collective_in_a_prepositional_phrase_is_no_arrested() -> None:
    assert [a[2] for a in arrests("Mit dem Trio wurde ein Mann festgenommen.")] == [1]


@pytest.mark.parametrize(
    ("text", "label", "count"),
    [
        ("Die vier in Ahlbach festgenommenen Männer kamen in Untersuchungshaft.", "vier Männer", 4),
        ("Die drei am Montag in Ahlbach festgenommenen Verdächtigen sind in Haft.", "drei Verdächtige", 3),
        ("Die am Montag festgenommenen fünf Männer sind in Haft.", "fünf Männer", 5),
        ("Die zwei in Ahlbach festgenommenen Verdächtigen kamen in Haft.", "zwei Verdächtige", 2),
    ],
)
def test_count_before_attributive_participle(text: str, label: str, count: int) -> None:
    assert [(a[0], a[2]) for a in arrests(text)] == [(label, count)]


@pytest.mark.parametrize(
    "text",
    [
        "Die drei in Ahlbach gesuchten Männer sind flüchtig.",
        "Die drei in Ahlbach freigelassenen Männer sind frei.",
    ],
)
def test_attributive_look_alikes(text: str) -> None:
    assert arrests(text) == []


def test_a_year_is_no_count() -> None:
    assert all(a[2] != 2019 for a in arrests("Die 2019 in Ahlbach festgenommenen Männer sind in Haft."))
