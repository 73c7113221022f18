"""Round 19 (issue 24), two column mechanisms of the shared grammar, read through arrests:
a comma that lists nouns or places ("in Hannover, Leipzig und Kassel") does not end the verb's
clause, and "nicht" before an attributive adjective ("einer nicht genehmigten Kundgebung")
negates the adjective, not the event. With look-alikes that keep the old reading."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows, facts


def _arrested(text: str) -> list[str]:
    return [a.arrested.label for a in facts(text).arrests if a.arrested is not None]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Die Tatverdächtigen wurden in Bremen, Celle und Gifhorn festgenommen.", ["die Tatverdächtigen"]),
        ("Ein 30-jähriger Mann wurde in Bremen, Celle oder Gifhorn verhaftet.", ["ein 30-jähriger Mann"]),
        ("Die Männer wurden in Bremen, Celle, Gifhorn und Peine gefasst.", ["die Männer"]),
        ("Die Polizei hat in Bremen, Celle und Gifhorn vier Männer festgenommen.", ["vier Männer"]),
    ],
)
def test_list_comma_keeps_one_clause(text: str, who: list[str]) -> None:
    assert _arrested(text) == who


@pytest.mark.parametrize(
    "text",
    [
        # a comma before a clause of its own still ends the clause: the speaker is not arrested
        "Ein Anwalt sagte, sein Mandant sei nicht festgenommen worden.",
        "Der Sprecher Ole Brandt erklärte, Polizisten hätten niemanden festgenommen.",
    ],
)
def test_clause_comma_still_ends_clause(text: str) -> None:
    assert _arrested(text) == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Der Aktivist wurde wegen Teilnahme an einer nicht genehmigten Kundgebung festgenommen.",
            ["der Aktivist"],
        ),
        ("Ein nicht vorbestrafter Mann wurde in Celle festgenommen.", ["ein nicht vorbestrafter Mann"]),
    ],
)
def test_negated_attribute_does_not_negate_the_event(text: str, who: list[str]) -> None:
    assert _arrested(text) == who


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei hat den Mann nicht festgenommen.",
        "Die Polizei hat nicht alle Demonstranten festgenommen.",
        "Der Verdächtige wurde nicht sofort festgenommen.",
    ],
)
def test_negation_of_the_event_still_holds(text: str) -> None:
    assert _arrested(text) == []


def test_negated_attribute_in_a_dismissal() -> None:
    # the same mechanism for another fact type: the reason's adjective is negated, not the dismissal
    rows = dismissal_rows(
        "Der Vorstand hat Geschäftsführer Jonas Wendt aus nicht genannten Gründen entlassen."
    )
    assert [r[0] for r in rows] == ["Jonas Wendt"]
