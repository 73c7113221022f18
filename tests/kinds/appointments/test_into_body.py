"""An appointing verb with "in" and a board or government ("in den Vorstand gewählt", "berief X in
die Regierung") appoints into that body; another place ("in die Stadt berufen") is none, nor a
wish or a negation."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


@pytest.mark.parametrize(
    ("text", "agent", "office"),
    [
        ("Mira Hahn wurde im März in den Aufsichtsrat gewählt.", None, "Aufsichtsrat"),
        (
            "Die Ministerpräsidentin berief Mira Hahn in die Regierung.",
            "Die Ministerpräsidentin",
            "Regierung",
        ),
        ("Mira Hahn wurde in den neuen Landesvorstand gewählt.", None, "Landesvorstand"),
    ],
)
def test_chosen_into_body_is_appointment(text: str, agent: str | None, office: str) -> None:
    assert appointment_rows(text) == [("Mira Hahn", agent, office)]


@pytest.mark.parametrize(
    "text",
    [
        "Mira Hahn wurde an die Universität in die Stadt berufen.",
        "Mira Hahn wurde nicht in den Aufsichtsrat gewählt.",
        "Mira Hahn möchte in den Aufsichtsrat gewählt werden.",
        "Mira Hahn wählte in der Schule den Klassensprecher.",
    ],
)
def test_look_alikes_of_into_body(text: str) -> None:
    assert appointment_rows(text) == []
