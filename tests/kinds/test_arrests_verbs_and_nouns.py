import pytest

from tests.extract_helpers import facts


def test_arrest_group_counts() -> None:
    f = facts("Mittlerweile wurden mehr als 4400 Menschen festgenommen. Das berichtete das Staatsfernsehen.")
    a = f.arrests[0]
    assert a.count.value == 4400 and a.count.qualifier == "mehr als"
    assert a.reported_by.label == "das Staatsfernsehen"
    f = facts("Insgesamt seien 7.939 Menschen festgenommen worden, teilte das Innenministerium mit.")
    assert f.arrests[0].count.value == 7939
    assert f.arrests[0].reported_by.label == "das Innenministerium"
    assert facts("Es gab landesweit mehr als 3700 Festnahmen.").arrests[0].count.value == 3700
    f = facts("Die Zahl der Festnahmen wurde mit ungefähr 10.000 angegeben.")
    assert f.arrests[0].count.value == 10000 and f.arrests[0].count.qualifier == "ungefähr"


def test_arrest_person_charge() -> None:
    f = facts("Ex-Minister Ivan Lutz wurde festgenommen. Der Vorwurf: Hochverrat.")
    assert [(a.arrested.name, a.charge) for a in f.arrests] == [("Ivan Lutz", "Hochverrat")]
    f = facts("Ex-Minister Ivan Lutz wurde wegen des Verdachts des Hochverrats festgenommen.")
    assert f.arrests[0].charge == "Hochverrat"


@pytest.mark.parametrize(
    "text",
    [
        "Gegen Minister Ivan Lutz wurde ein Haftbefehl erlassen.",
        "Minister Ivan Lutz wurde nicht festgenommen.",
        "Minister Ivan Lutz könnte festgenommen werden.",
        "Die Polizei dementierte, dass Minister Ivan Lutz festgenommen wurde.",
    ],
)
def test_not_arrests(text: str) -> None:
    assert facts(text).arrests == []


def test_wie_clause_gives_statement_and_reporter() -> None:
    f = facts(
        "In der Türkei sind mehr als 6000 Menschen festgenommen worden, wie Minister Bekir Bozdag sagte."
    )
    assert [(a.count.value, a.reported_by.label if a.reported_by else None) for a in f.arrests] == [
        (6000, "Bekir Bozdag")
    ]
    assert [s.speaker.label for s in f.statements] == ["Bekir Bozdag"]
