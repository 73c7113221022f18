"""Lists of named persons (grammar.coordination): a list goes on past the comma that closes an
apposition (", A, und B") and past a genitive name that owns the next member's title ("und
Bergers Stellvertreter B"); commas alone still make no list. Read by every fact type that lists
its participants; checked here through arrests."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Der Sprecher, Karl Anders, und Paul Wendel wurden festgenommen.", ["Karl Anders", "Paul Wendel"]),
        (
            "Der Sprecher der Rebellen, Karl Anders, und der Kommandeur Paul Wendel wurden verhaftet.",
            ["Karl Anders", "Paul Wendel"],
        ),
        (
            "Der Sprecher der Rebellen, Karl Anders, und Bergers Vize Paul Wendel wurden verhaftet.",
            ["Karl Anders", "Paul Wendel"],
        ),
        ("Karl Anders und Bergers Vize Paul Wendel wurden festgenommen.", ["Karl Anders", "Paul Wendel"]),
    ],
)
def test_list_members_past_an_apposition(text: str, names: list[str]) -> None:
    assert sorted(label for label, _, _ in arrests(text)) == names


def test_an_apposition_alone_is_no_list() -> None:
    # "Der Anwalt von A, B, …": B is the lawyer, A is not arrested
    rows = arrests("Der Anwalt von Karl Anders, Paul Wendel, wurde festgenommen.")
    assert all(label != "Karl Anders" for label, _, _ in rows)

