"""A dismissal noun with its holder ("die Abberufung von X") is a dismissal done; planned,
demanded or threatened ("die geforderte Absetzung") it is none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows


def test_noun_with_holder_is_dismissal() -> None:
    rows = dismissal_rows("Die Abberufung der Botschafterin Ines Kraus erfolgte am Freitag.")
    assert [who for who, _, _ in rows] == ["Ines Kraus"]


@pytest.mark.parametrize(
    "text",
    [
        "Die geplante Absetzung von Ines Kraus stieß auf Widerstand.",
        "Die Opposition verlangte die Entlassung von Ines Kraus, doch die geforderte Entlassung blieb aus.",
        "Eine drohende Abberufung der Botschafterin Ines Kraus wurde diskutiert.",
    ],
)
def test_look_alikes_of_dismissal_noun(text: str) -> None:
    assert dismissal_rows(text) == []
