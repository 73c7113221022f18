"""A plural group noun with "die" right before a name ("wählten die Stadträte X zur Obfrau") is
a phrase of its own, the subject, not a title of the name (a title is singular: "die Stadträtin
X" stays the name's title)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows, dismissal_rows

_GROUPS = ["die Stadträte", "die Kreisräte", "die Gemeinderäte", "die Mitglieder"]


@pytest.mark.parametrize("group", _GROUPS)
@pytest.mark.parametrize("opener", ["Einstimmig", "Am Dienstag"])
def test_plural_group_then_name_after_the_verb(group: str, opener: str) -> None:
    rows = appointment_rows(f"{opener} wählten {group} Henrike Sandmeier zur Bürgermeisterin.")
    assert rows == [("Henrike Sandmeier", group, "Bürgermeisterin")]


def test_singular_title_stays_the_names_title() -> None:
    rows = appointment_rows("Am Dienstag wurde die Stadträtin Henrike Sandmeier zur Bürgermeisterin gewählt.")
    assert [(w, by) for w, by, _ in rows] == [("Henrike Sandmeier", None)]


def test_plural_group_does_not_make_the_name_the_subject_of_a_dismissal() -> None:
    got = dismissal_rows("Am Dienstag entließen die Gesellschafter Geschäftsführer Arnulf Kettling.")
    assert [d[0] for d in got] == ["Arnulf Kettling"]


@pytest.mark.parametrize("group", ["die Stadträte", "die Kreisräte"])
def test_plural_group_is_no_post_of_the_name(group: str) -> None:
    rows = dismissal_rows(f"Am Dienstag entließen {group} Arnulf Kettling.")
    assert rows == [("Arnulf Kettling", group, None)]
