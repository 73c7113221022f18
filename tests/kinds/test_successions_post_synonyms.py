"""A departure from a post and an appointment to the same post named otherwise ("Vorstandschef" /
"Konzernchef", "Chef der Zentralbank" / "Notenbankchef") are one succession; different posts are not."""

from __future__ import annotations

import pytest

from kzgraph.extract.posts.hierarchy import post_named_by
from tests.extract_helpers import replacement_rows


@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("Konzernchef", "Vorstandschef"),
        ("Vorstandsvorsitzende", "Konzernchefin"),
        ("Notenbankchef", "Chef der Zentralbank"),
        ("Geheimdienstchef", "Chef des Geheimdienstes"),
        ("Regierungschef", "Chef der Regierung"),
        ("Armeechef", "Oberbefehlshaber der Streitkräfte"),
        ("Oberbefehlshaber", "Oberbefehlshaber der Streitkräfte"),
        ("Innenministerin", "Innenminister"),
    ],
)
def test_one_post_named_two_ways(title: str, post: str) -> None:
    assert post_named_by(title, post)


@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("Innenminister", "Finanzminister"),
        ("Präsident", "Staatschef"),  # "Präsident" alone names too many posts
        ("Polizeichef", "Parteichef"),
        ("Chef der Zentralbank", "Chef der Polizei"),
    ],
)
def test_different_posts(title: str, post: str) -> None:
    assert not post_named_by(title, post)


def test_company_chief_replaced_under_another_name_of_the_post() -> None:
    text = (
        "Der Aufsichtsrat von Volkswagen hat Vorstandschef Herbert Diess abgelöst. "
        "Neuer Konzernchef wird Porsche-Chef Oliver Blume."
    )
    assert replacement_rows(text) == [("Oliver Blume", "Herbert Diess")]


def test_central_bank_governor_replaced() -> None:
    text = (
        "Der türkische Präsident Recep Tayyip Erdogan hat den Chef der Zentralbank, Naci Agbal, abgesetzt. "
        "Neuer Notenbankchef wird Sahap Kavcioglu."
    )
    assert replacement_rows(text) == [("Sahap Kavcioglu", "Naci Agbal")]


def test_another_ministry_is_no_succession() -> None:
    text = "Der Kanzler entließ Innenministerin Petra Klein. Neuer Finanzminister wird Jens Hahn."
    assert replacement_rows(text) == []
