"""A charge told by a passive "vorgeworfen" with its agent ("Ihr wird von den Behörden Spionage
vorgeworfen"): the agent is who accuses, the charge what of."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "Die Journalistin wurde am Montag festgenommen. Ihr wird von den Behörden Spionage vorgeworfen.",
            "Spionage",
        ),
        (
            "Der Mann wurde in Linz festgenommen. Ihm wird vom Staatsanwalt schwerer Betrug vorgeworfen.",
            "schwerer Betrug",
        ),
        # no agent: the charge as before
        ("Der Mann wurde in Linz festgenommen. Ihm wird Betrug vorgeworfen.", "Betrug"),
    ],
)
def test_charge_after_the_accuser_of_a_passive(text: str, charge: str) -> None:
    assert [a.charge for a in facts(text).arrests] == [charge]
