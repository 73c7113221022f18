"""Arrests whose participant the shared grammar reads outside a plain clause: an unnamed person
before a relative clause with a passive arrest verb, and "ließ sich festnehmen" (a reflexive
"lassen" happens to its subject, as a passive)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ein Passant verfolgte den flüchtigen Täter, der wenig später von Beamten festgenommen wurde.",
         "der flüchtige Täter"),
        ("Zeugen beschrieben einen jungen Radfahrer, der am Abend in Kiel verhaftet wurde.",
         "ein junger Radfahrer"),
    ],
)  # fmt: skip
def test_unnamed_antecedent_of_a_passive_relative_clause(text: str, label: str) -> None:
    assert [lbl for lbl, _, _ in arrests(text)] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "Ein Zeuge beschrieb den Täter, der geflohen war.",
        "Ein Zeuge beschrieb den Täter, der nicht festgenommen wurde.",
        "Ein Zeuge beschrieb den Täter, dessen Bruder festgenommen wurde.",
    ],
)
def test_look_alikes_of_a_relative_clause_arrest(text: str) -> None:
    assert [lbl for lbl, _, _ in arrests(text) if lbl and "Täter" in lbl] == []


def test_reflexive_lassen_is_the_subject_s_arrest() -> None:
    assert [
        lbl for lbl, _, _ in arrests("Der gesuchte Mann ließ sich am Bahnhof widerstandslos festnehmen.")
    ] == ["der gesuchte Mann"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin ließ sich von ihrem Fahrer nach Hause bringen.",
        "Der gesuchte Mann ließ sich nicht festnehmen und floh.",
    ],
)
def test_look_alikes_of_reflexive_lassen(text: str) -> None:
    assert arrests(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Beamte konnten den 17-jährigen am Abend festnehmen.",
        "Die Polizei nahm den 17-jährigen fest.",
        "Der 17-jährige wurde festgenommen.",
    ],
)
def test_age_noun_written_lower_case(text: str) -> None:
    assert [lbl for lbl, _, _ in arrests(text)] == ["der 17-Jährige"]


def test_lower_case_age_before_a_noun_stays_an_adjective() -> None:
    assert [lbl for lbl, _, _ in arrests("Die Polizei hat einen 17-jährigen Schüler festgenommen.")] == [
        "ein 17-jähriger Schüler"
    ]
    assert arrests("Die Polizei hat den 17-jährigen Hund eingefangen.") == []
