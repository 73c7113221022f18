"""Charges told by membership (kinds/arrests/membership.py): arrested "als" a member, a hedged
membership, or a member of a body criminal by its words; other memberships state no charge."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _charges(text: str) -> list[str | None]:
    return [a.charge for a in facts(text).arrests]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        # "als" a member: the capacity of the arrest
        (
            "Der Mann wurde als mutmaßliches Mitglied einer terroristischen Vereinigung festgenommen.",
            "Mitgliedschaft in einer terroristischen Vereinigung",
        ),
        (
            "Die Polizei nahm den Mann als Mitglied einer kriminellen Bande fest.",
            "Mitgliedschaft in einer kriminellen Bande",
        ),
        # a compound in the description of the arrested, hedged or of a criminal body
        ("Das mutmaßliche Mafia-Mitglied Karl Berger wurde in Rom festgenommen.", "Mitgliedschaft in Mafia"),
        (
            "Der Einsatz führte zur Festnahme des ranghohen Mafia-Mitglieds Karl Berger.",
            "Mitgliedschaft in Mafia",
        ),
        # hedged membership of a body named by a hyphened compound
        (
            "Das mutmaßliche Nordbund-Mitglied Karl Berger wurde in Rom festgenommen.",
            "Mitgliedschaft in Nordbund",
        ),
        # a criminal body after the noun
        (
            "Ein Mitglied einer kriminellen Bande wurde in Rom festgenommen.",
            "Mitgliedschaft in einer kriminellen Bande",
        ),
        # its linking element dropped
        ("In Rom wurden drei Bandenmitglieder festgenommen.", "Mitgliedschaft in Bande"),
    ],
)
def test_charge_told_by_membership(text: str, charge: str) -> None:
    assert _charges(text) == [charge]


@pytest.mark.parametrize(
    "text",
    [
        # a party, a club, a council: membership that accuses of nothing
        "Das SPD-Mitglied Karl Berger wurde in Rom festgenommen.",
        "Das Vereinsmitglied Karl Berger wurde in Rom festgenommen.",
        "Das Mitglied des Stadtrats Karl Berger wurde in Rom festgenommen.",
        # unhedged membership of a body named by a hyphened compound
        "Das Nordbund-Mitglied Karl Berger wurde in Rom festgenommen.",
        # a past membership told in a clause of its own
        "Karl Berger, der früher Mitglied einer kriminellen Bande war, wurde in Rom festgenommen.",
        # an apposition of its own stretch
        "Karl Berger, Mitglied der Partei, wurde in Rom verhaftet.",
    ],
)
def test_look_alikes_of_membership_give_no_charge(text: str) -> None:
    assert _charges(text) == [None]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        # a body known by name as a terrorist or criminal organisation makes membership a charge
        (
            "Die Festnahme des hochrangigen Taliban-Mitglieds Yusuf Darwan gelang in Quetta.",
            "Mitgliedschaft in Taliban",
        ),
        ("Das Camorra-Mitglied Enzo Vitale wurde in Neapel verhaftet.", "Mitgliedschaft in Camorra"),
        # a party or a club is no such body: no charge
        ("Das SPD-Mitglied Arno Kessler wurde festgenommen.", None),
        ("Das Vereinsmitglied Arno Kessler wurde festgenommen.", None),
    ],
)
def test_membership_of_a_body_known_by_name(text: str, charge: str | None) -> None:
    assert [a.charge for a in facts(text).arrests] == [charge]
