"""A participle in apposition is a passive (grammar/triggers: a comma-bounded stretch without a
finite verb right after a noun), its von-phrase right after the participle the agent."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows


def test_participle_apposition_with_agent_after_it() -> None:
    rows = dismissal_rows(
        "Die Trainerin Anna Vogt, im Mai entlassen von ihrem Verein, arbeitet jetzt als Expertin."
    )
    assert rows == [("Anna Vogt", "ihrem Verein", "Trainerin")]


def test_participle_apposition_without_agent() -> None:
    assert [
        who for who, _, _ in dismissal_rows("Der Sprecher Olaf Kern, fristlos entlassen, klagt nun.")
    ] == ["Olaf Kern"]


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause, a subordinate clause, an inserted comment: no apposition of a participle
        "Er hat den Vertrag, wie vereinbart, verlängert.",
        "Die Häftlinge, aus der Haft entlassen, kehrten heim.",
        "Der Trainer, dessen Vertrag verlängert wurde, bleibt.",
    ],
)
def test_look_alikes_of_a_participle_apposition(text: str) -> None:
    assert dismissal_rows(text) == []


def test_feminine_agent_noun_outside_the_lexicon_is_a_person() -> None:
    rows = dismissal_rows(
        "Die Kellnerin, 2019 entlassen von ihrer Firma in Kiel, war in den Norden gefahren."
    )
    assert [(who, agent) for who, agent, _ in rows] == [("Die Kellnerin", "ihrer Firma")]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Zwei Polizisten wurden nach dem Vorfall aus dem Dienst entlassen.", "Dienst"),
        ("Der Beamte Jan Berger wurde aus dem aktiven Polizeidienst entlassen.", "Polizeidienst"),
    ],
)
def test_service_left_is_the_post(text: str, office: str) -> None:
    assert [o for _, _, o in dismissal_rows(text)] == [office]


def test_leaving_hospital_is_no_dismissal_from_service() -> None:
    assert dismissal_rows("Der Minister Jan Berger wurde aus dem Krankenhaus entlassen.") == []
