"""Arrests told by a noun whose genitive or von-phrase names the person (the shared grammar's
noun roles, mapped by kinds/arrests/roles.yaml), and charges told by "im Zusammenhang mit"."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests, facts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nach der Festnahme des früheren Bankchefs Ulrich Maass fiel der Kurs der Aktie.", "Ulrich Maass"),
        (
            "Der Einsatz führte schließlich zur Verhaftung des mutmaßlichen Anführers Karim Bello.",
            "Karim Bello",
        ),
        ("Die Verhaftung von Edda Korsch sorgte in der Stadt für Aufsehen.", "Edda Korsch"),
    ],
)
def test_arrest_noun_with_a_named_genitive_or_von_phrase(text: str, name: str) -> None:
    assert [n for _, n, _ in arrests(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a demand, a question, a condition, a denial: no arrest stated
        "Die Opposition forderte die Festnahme des Generals Ulrich Maass.",
        "Wann kommt es zur Verhaftung von Edda Korsch?",
        "Für den Fall der Festnahme von Karim Bello kündigten seine Anhänger Proteste an.",
        "Eine Festnahme von Edda Korsch hat es nicht gegeben.",
        # the noun names no person
        "Die Festnahme der Bande dauerte nur wenige Minuten.",
    ],
)
def test_look_alikes_of_arrest_nouns_give_no_named_arrest(text: str) -> None:
    assert all(n is None for _, n, _ in arrests(text))


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        ("Im Zusammenhang mit dem Überfall wurden zwei Männer festgenommen.", "Überfall"),
        ("Die Polizei hat in Zusammenhang mit der Brandserie einen 40-Jährigen festgenommen.", "Brandserie"),
    ],
)
def test_charge_told_by_im_zusammenhang_mit(text: str, charge: str) -> None:
    assert [a.charge for a in facts(text).arrests] == [charge]


def test_im_zusammenhang_mit_protests_is_no_charge() -> None:
    found = facts("Im Zusammenhang mit den Protesten wurden 40 Menschen festgenommen.").arrests
    assert [a.charge for a in found] == [None]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "Am Montag wurde in Kiel ein Mann im Besitz eines Sturmgewehrs festgenommen.",
            "Besitz eines Sturmgewehrs",
        ),
        ("Die Polizei hat einen 41-jährigen Mann festgenommen, der mehrere Einbrüche gestand.", "Einbruch"),
        (
            "Die Polizei hat einen Mann festgenommen, der drei Einbrüche im Kieler Hafenviertel gestand.",
            "Einbruch",
        ),
        ("Die Polizei hat eine Frau festgenommen, die drei Brandstiftungen gestanden hat.", "Brandstiftung"),
        (
            "In Köln wurden drei Personen festgenommen, die beschuldigt werden, Mitglieder einer "
            "kriminellen Vereinigung zu sein.",
            "Mitgliedschaft in einer kriminellen Vereinigung",
        ),
    ],
)
def test_charge_told_by_possession_confession_or_accusation(text: str, charge: str) -> None:
    assert [a.charge for a in facts(text).arrests] == [charge]


@pytest.mark.parametrize(
    "text",
    [
        # the thing is owned by a person, and the arrest is in another clause
        "Die Waffe war im Besitz eines Jägers, der am Abend festgenommen wurde.",
        "Die Akten waren im Besitz der Polizei, als der Mann festgenommen wurde.",
    ],
)
def test_possession_look_alikes_give_no_charge(text: str) -> None:
    assert all(a.charge is None or "Besitz" not in a.charge for a in facts(text).arrests)


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        ("Kiel – Nach einem Raubüberfall auf eine Tankstelle ist ein 30-jähriger Mann festgenommen worden.",
         "Raubüberfall"),
        ("Nach der Einbruchsserie wurden zwei Männer festgenommen.", "Einbruchsserie"),
        ("Nach dem Spiel wurden zwei Fans festgenommen.", None),
    ],
)  # fmt: skip
def test_offence_after_nach_is_the_charge(text: str, charge: str | None) -> None:
    assert [a.charge for a in facts(text).arrests] == [charge]
