"""A description ("der Kanzler") is not the person who is the object of its own clause: after
"X studierte Jura." the clause "Der Kanzler ernannte ihn zum Minister" has X as object, so the
chancellor is someone else and the appointment (or dismissal) stands."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows, dismissal_rows


@pytest.mark.parametrize(
    "text",
    [
        "Lukas Hein studierte Chemie. Der Kanzler ernannte ihn zum Minister.",
        "Lukas Hein studierte Chemie. Im Herbst ernannte ihn der Kanzler zum Minister.",
    ],
)
def test_object_pronoun_is_not_the_subject_description(text: str) -> None:
    assert [(who, office) for who, _, office in appointment_rows(text)] == [("Lukas Hein", "Minister")]


def test_dismissal_by_description_of_another() -> None:
    rows = dismissal_rows("Lukas Hein leitete das Amt. Der Landrat entließ ihn im Mai.")
    assert [who for who, _, _ in rows] == ["Lukas Hein"]


def test_description_beside_its_name_is_the_same_person() -> None:
    rows = appointment_rows("Der Kanzler Lukas Hein ernannte Mia Roth zur Ministerin.")
    assert rows == [("Mia Roth", "Lukas Hein", "Ministerin")]
