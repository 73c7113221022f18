"""People joined by "und" as the subject of a passive arrest: known (definite) people are each
arrested ("der Onkel und der Cousin des Täters"), indefinite ones are a counted group ("ein Mann
und eine Frau"), and unnamed companions of a named person ("X und ihre Kollegen") are arrested
with the person."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests, facts


def test_known_people_joined_by_und_are_each_arrested() -> None:
    text = "In der Nacht auf Montag wurden der Onkel und der Cousin des gesuchten Mannes verhaftet."
    assert sorted(label for label, _, _ in arrests(text)) == ["der Cousin", "der Onkel"]


def test_coordinated_description_with_a_genitive_is_not_an_earlier_person() -> None:
    # "der Sohn … des Täters" is someone else than the son named before
    text = (
        "Sein Sohn Omar Beispiel ist flüchtig. Am Abend wurden der Sohn und der Neffe des Täters verhaftet."
    )
    rows = arrests(text)
    assert sorted(label for label, _, _ in rows) == ["der Neffe", "der Sohn"]
    assert all(name is None for _, name, _ in rows)


def test_indefinite_people_joined_by_und_stay_a_counted_group() -> None:
    assert arrests("Kurz darauf wurden ein Mann und eine Frau festgenommen.") == [
        ("ein Mann und eine Frau", None, 2)
    ]


@pytest.mark.parametrize(
    ("text", "named", "companion", "kind"),
    [
        (
            "Die Reporterin Lena Berg und ihre Kollegen wurden am Montag in Gewahrsam genommen.",
            "Lena Berg",
            "Kollegen von Lena Berg",
            "group",
        ),
        (
            "Der Aktivist Karl Beispiel und seine Tochter wurden am Morgen verhaftet.",
            "Karl Beispiel",
            "Tochter von Karl Beispiel",
            "person",
        ),
    ],
)
def test_unnamed_companions_of_a_named_person_are_arrested_too(
    text: str, named: str, companion: str, kind: str
) -> None:
    found = {a.arrested.label: a.arrested.kind.value for a in facts(text).arrests if a.arrested}
    assert found == {named: "person", companion: kind}


@pytest.mark.parametrize(
    "text",
    [
        # the companions criticise; the arrest is told of another clause
        "Der Anwalt Karl Beispiel und seine Kollegen kritisierten, dass der Mann verhaftet wurde.",
        # a name after the noun: the companion is named and found as such
        "Karl Beispiel und seine Frau Lena Beispiel wurden verhaftet.",
    ],
)
def test_no_unnamed_companion_outside_the_arrest_or_with_a_name(text: str) -> None:
    assert all(" von " not in label for label, _, _ in arrests(text))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # a count in a place adjunct of the first verb names no one
        ("Die Polizei hat am Morgen in drei Städten zugeschlagen und vier Verdächtige festgenommen.",
         ("vier Verdächtige", None, 4)),
        ("Fahnder haben in zwei Ländern Wohnungen durchsucht und fünf Männer verhaftet.",
         ("fünf Männer", None, 5)),
        # two counted groups joined right before the verb stay one group
        ("In zwei Landkreisen wurden drei Männer und eine Frau festgenommen.",
         ("drei Männer und eine Frau", None, 4)),
        ("Am Abend wurden sechs Fans und zwei Ordner in Gewahrsam genommen.",
         ("sechs Fans und zwei Ordner", None, 8)),
    ],
)
def test_a_counted_adjunct_joins_no_group(text: str, group: tuple[str, None, int]) -> None:
    assert arrests(text) == [group]


@pytest.mark.parametrize(
    ("text", "label", "count", "qualifier"),
    [
        ("Die Polizei nahm zwischen 20 und 40 Menschen fest.", "zwischen 20 und 40 Menschen", 40,
         "zwischen 20 und"),
        ("Beamte nahmen zwischen 15 Fans und 30 Fans fest.", "zwischen 15 Fans und 30 Fans", 30,
         "zwischen 15 und"),
        ("Zwischen zwei und fünf Verdächtige wurden festgenommen.", "zwischen zwei und fünf Verdächtige", 5,
         "zwischen zwei und"),
        # a time span or a conflict "zwischen" two sides is no range of the arrested
        ("Die Polizei nahm zwischen 10 Uhr und 12 Uhr drei Männer fest.", "drei Männer", 3, None),
        ("Im Streit zwischen zwei Familien wurden drei Männer festgenommen.", "drei Männer", 3, None),
    ],
)
def test_a_range_of_arrested_is_one_group_with_its_bounds(
    text: str, label: str, count: int, qualifier: str | None
) -> None:
    (arrest,) = facts(text).arrests
    assert arrest.arrested.label == label
    assert (arrest.count.value, arrest.count.qualifier) == (count, qualifier)
