from kzgraph.extract.kinds.arrests.extract import parse_count
from tests.extract_helpers import facts


def dis(text: str) -> list[tuple]:
    return [(d.agent.label if d.agent else None, d.dismissed.label, d.office) for d in facts(text).dismissals]


def test_dismissal_active_with_office_apposition() -> None:
    got = dis("Präsident Boris Petrow entließ den stellvertretenden Sekretär des Rates, Ivan Lutz.")
    assert got and got[0][0] == "Boris Petrow" and got[0][1] == "Ivan Lutz" and "Sekretär" in got[0][2]


def test_dismissal_group_and_pronoun() -> None:
    got = dis("Präsident Boris Petrow sprach. So entließ er am Mittwoch die gesamte Regierung.")
    assert got == [("Boris Petrow", "die gesamte Regierung", None)]


def test_dismissal_withdraw_chair() -> None:
    got = dis("Präsident Boris Petrow hatte Minister Ivan Lutz den Vorsitz in dem Gremium entzogen.")
    assert got and got[0][1] == "Ivan Lutz" and got[0][2].startswith("Vorsitz")


def test_parse_count() -> None:
    assert parse_count("fast 8.000").value == 8000
    assert parse_count("bis zu zwölf").value == 12
    assert parse_count("rund 2500").qualifier == "rund"
