"""A counted group discharged from a service is dismissed (grammar mechanism: the passive subject
or the active object is a number and a plural noun of people, read only when the clause names the
service left);
a count without the service is a layoff, and a release or a thing is no dismissal."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Im März wurden die insgesamt 230 Polizisten offiziell durch Innenminister Karl Roth "
            "aus dem Dienst entlassen.",
            ("die insgesamt 230 Polizisten", "Karl Roth", "Dienst"),
        ),
        ("Im März wurden 230 Polizisten aus dem Dienst entlassen.", ("230 Polizisten", None, "Dienst")),
        (
            "Nach dem Putschversuch wurden 80 Offiziere aus dem Militärdienst entlassen.",
            ("80 Offiziere", None, "Militärdienst"),
        ),
        # active, V2 and verb-final: the count is the object
        (
            "Innenminister Karl Roth entließ 230 Polizisten aus dem Dienst.",
            ("230 Polizisten", "Karl Roth", "Dienst"),
        ),
        (
            "Der Minister hat im Mai 230 Polizisten aus dem Dienst entlassen.",
            ("230 Polizisten", "Der Minister", "Dienst"),
        ),
    ],
)
def test_counted_group_discharged_from_a_service(text: str, row: tuple[str, str | None, str]) -> None:
    assert dismissal_rows(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        # layoffs: a count without a service, or employees
        "Im März wurden 230 Polizisten entlassen.",
        "Im März wurden 230 Mitarbeiter aus dem Dienst entlassen.",
        "Die Firma entließ im Frühjahr 230 Mitarbeiter.",
        "Der Minister hat 230 Polizisten entlassen.",
        "Die Firma entließ 230 Mitarbeiter aus dem Dienst.",
        # a release
        "Im März wurden die 230 Häftlinge aus der Haft entlassen.",
        # no people
        "Im März wurden 230 Euro aus dem Dienst entlassen.",
    ],
)
def test_look_alikes_of_a_counted_discharge_give_nothing(text: str) -> None:
    assert dismissal_rows(text) == []
