"""Grammar mechanisms of round 21 (told with appointments, dismissals and arrests): a colon
between two clauses bounds where a passive auxiliary counts; a separable particle is the verb's
only when no other particle closes its conjunct and it opens no noun phrase; a description or a
name set off by commas inside a clause is no clause boundary."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows, arrests, dismissal_rows


@pytest.mark.parametrize(
    "before", ["Die Umbildung ist vollzogen", "Die Sache ist entschieden", "Es ist so weit"]
)
def test_an_active_perfect_after_a_colon_is_not_passive(before: str) -> None:
    text = f"{before}: Präsidentin Karla Witt hat Jonas Weidner zum Minister ernannt."
    assert appointment_rows(text) == [("Jonas Weidner", "Karla Witt", "Minister")]


def test_a_passive_after_a_colon_stays_passive() -> None:
    assert appointment_rows("Die Sache ist klar: Timo Falkner wurde zum Minister ernannt.") == [
        ("Timo Falkner", None, "Minister")
    ]


def test_a_dismissal_after_a_colon_keeps_its_object() -> None:
    rows = dismissal_rows("Es ist vollbracht: Der Verein hat Timo Falkner entlassen.")
    assert [r[0] for r in rows] == ["Timo Falkner"]


@pytest.mark.parametrize("particle_verb", ["tritt als Chefarzt zurück", "tritt vom Vorsitz zurück"])
def test_a_preposition_of_the_next_conjunct_is_no_particle(particle_verb: str) -> None:
    text = f"Timo Falkner {particle_verb} und übergibt den Vorsitz an Greta Solberg."
    assert "Timo Falkner" not in [r[0] for r in appointment_rows(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Timo Falkner tritt am Montag sein Amt als Bürgermeister an.",
        "Timo Falkner trat sein Amt als Landrat an und dankte den Wählern.",
    ],
)
def test_the_particle_closing_the_clause_still_counts(text: str) -> None:
    assert [r[0] for r in appointment_rows(text)] == ["Timo Falkner"]


def test_an_arrest_with_a_preposition_an_keeps_its_particle() -> None:
    assert arrests("Die Polizei nahm Timo Falkner an der Grenze fest.") == [
        ("Timo Falkner", "Timo Falkner", None)
    ]


@pytest.mark.parametrize("closing", [",", ""])
def test_an_object_named_after_its_description(closing: str) -> None:
    text = f"Die Ministerin macht die frühere Leiterin des Referats, Greta Solberg{closing} zur Konsulin."
    assert [r[0] for r in appointment_rows(text)] == ["Greta Solberg"]


@pytest.mark.parametrize("post", ["Als stellvertretender Gouverneur", "Zum Gouverneur"])
def test_a_subject_with_a_description_set_off_before_the_participle(post: str) -> None:
    text = f"{post} wurde Timo Falkner, der Beauftragte im Bezirk, ernannt."
    assert [r[0] for r in appointment_rows(text)] == ["Timo Falkner"]


@pytest.mark.parametrize("verb", ["übernehmen", "leiten"])
def test_a_future_auxiliary_of_another_clause_makes_no_passive(verb: str) -> None:
    text = f"Der Verein hat Trainerin Karla Witt entlassen, {verb} wird Timo Falkner."
    rows = dismissal_rows(text)
    assert [r[0] for r in rows] == ["Karla Witt"] and rows[0][1] == "Der Verein"
