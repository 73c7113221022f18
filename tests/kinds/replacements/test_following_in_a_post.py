"""Replacements, "folgen" with a dative person: a succession when the clause names the post ("an der
Spitze", "im Vorsitz", "auf den Posten"), none when it names a race, a table or no post."""

from __future__ import annotations

import pytest

from tests.extract_helpers import replacement_rows

PAIRS = [("Jonas Weber", "Karl Brandt"), ("Lena Hartwig", "Bernd Ostrowski")]
POSTS = [
    "{b} folgt {a} an der Spitze des Verbands.",
    "{b} folgte {a} an der Spitze der Stadtwerke.",
    "{b} folgt im Frühjahr {a} im Vorsitz der Fraktion.",
    "{b} folgt {a} auf den Posten des Kämmerers.",
    "{b} folgte {a} auf dem Chefposten der Klinik.",
]


@pytest.mark.parametrize("template", POSTS)
@pytest.mark.parametrize(("b", "a"), PAIRS)
def test_following_a_person_in_a_named_post(template: str, b: str, a: str) -> None:
    assert replacement_rows(template.format(b=b, a=a)) == [(b, a)]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg folgte Lisa Kern an der Spitze des Feldes.",
        "Anna Berg folgt Lisa Kern in der Gesamtwertung.",
        "Jonas Weber folgt Karl Brandt auf Twitter.",
        "Jonas Weber folgte seinem Vater in den Beruf.",
        "Die Spitze des Verbands folgte dem Rat der Juristen.",
    ],
)
def test_following_without_a_post_is_no_succession(text: str) -> None:
    assert replacement_rows(text) == []
