"""Breadth round 17 (issue 24): charges of arrests told in ways the rules had not read (own
sentences, invented names): an accusation or suspicion with a zu-infinitive, "unter Mordverdacht",
a fronted "Wegen …", a suspected deed whose verb names no offence, a relative clause with "soll"
last, feminine and trade offender nouns; and reasons that accuse of nothing."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _charges(text: str) -> list[str | None]:
    return [a.charge for a in facts(text).arrests]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        # accusation or suspicion with a zu-infinitive: the deed's offence, else its words
        (
            "Der Arzt Elias Brück wurde festgenommen. Ihm wird vorgeworfen, Rezepte gefälscht zu haben.",
            "Fälschung",
        ),
        (
            "Die Polizei verhaftete den Kassierer Lukas Fries. "
            "Ihm wird vorgeworfen, Geld unterschlagen zu haben.",
            "Unterschlagung",
        ),
        (
            "Der Blogger Amir Tabrizi wurde unter dem Vorwurf festgenommen, "
            "gegen den Staat gehetzt zu haben.",
            "gegen den Staat gehetzt",
        ),
        # a suspicion compound after "unter"
        ("Der Mann Bodo Fritz wurde unter Mordverdacht festgenommen.", "Mord"),
        ("Unter Terrorverdacht wurde der Syrer Hadi Amin festgenommen.", "Terror"),
        # "Wegen" opening the sentence
        ("Wegen Betrugs wurde der Händler Ivo Sahin in Linz verhaftet.", "Betrug"),
        # a suspected deed whose verb names no offence: the offence noun in it
        (
            "Der Mann Ulf Brink wurde festgenommen. Er soll an dem Überfall beteiligt gewesen sein.",
            "Überfall",
        ),
        (
            "Der Mann Ulf Brink wurde festgenommen. Er soll einen Anschlag auf eine Synagoge geplant haben.",
            "Anschlag",
        ),
        # a relative clause of the arrested with "soll" last
        (
            "Die Polizei nahm einen Verdächtigen fest, der einer Frau die Handtasche entrissen haben soll.",
            "Raub",
        ),
        # feminine and trade offender nouns
        ("Die mutmaßliche Betrügerin Sabine Kornfeld wurde in Köln festgenommen.", "Betrug"),
        ("Zwei mutmaßliche Drogenhändler wurden in Bremen festgenommen.", "Drogenhandel"),
    ],
)
def test_charge_classes(text: str, charge: str) -> None:
    assert _charges(text) == [charge]


@pytest.mark.parametrize(
    "text",
    [
        # a ground of detention, the warrant itself, a mix-up: no accusation
        "Der Mann Ulf Brink wurde wegen Fluchtgefahr in Untersuchungshaft genommen.",
        "Der Mann Ulf Brink wurde wegen eines offenen Haftbefehls festgenommen.",
        "Der Mann Ulf Brink wurde wegen einer Verwechslung festgenommen.",
        # what someone else is suspected of
        "Der Mann Ulf Brink wurde festgenommen. Sein Bruder soll Geld unterschlagen haben.",
        # a suspected whereabouts, no offence
        "Der Mann Ulf Brink wurde festgenommen. Er soll in Berlin gewesen sein.",
        # a fronted reason clause of another main clause keeps giving none
        "Der Beamte wurde verhaftet. Weil er Akten gefälscht haben soll, verlor er sein Amt.",
    ],
)
def test_reasons_that_accuse_of_nothing(text: str) -> None:
    assert _charges(text) == [None]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        # "zur Last gelegt" as "vorgeworfen"; a charge that "lautet auf"
        ("Der Mann Ole Wirth wurde festgenommen. Ihm wird Betrug zur Last gelegt.", "Betrug"),
        (
            "Der Mann Ole Wirth wurde festgenommen. Ihm wird zur Last gelegt, Geld veruntreut zu haben.",
            "Veruntreuung",
        ),
        ("Der Mann Ole Wirth wurde festgenommen. Der Vorwurf lautet auf Totschlag.", "Totschlag"),
    ],
)
def test_charge_laid_or_reading(text: str, charge: str) -> None:
    assert _charges(text) == [charge]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        # the suspicion noun in the genitive, what it is of after it
        ("Der Mann Ole Wirth wurde wegen des Vorwurfs der Korruption verhaftet.", "Korruption"),
        # a plan inside the deed suspected is no hedge of the arrest; its offence noun the charge
        (
            "Der Mann Ole Wirth wurde unter dem Verdacht festgenommen, einen Anschlag geplant zu haben.",
            "Anschlag",
        ),
        (
            "Ole Wirth wurde festgenommen. Man verdächtigt ihn, einen Anschlag vorbereitet zu haben.",
            "Anschlag",
        ),
    ],
)
def test_suspicion_of_what(text: str, charge: str) -> None:
    assert _charges(text) == [charge]


@pytest.mark.parametrize(
    "text",
    [
        # a plan of the arrest itself stays a hedge
        "Die Polizei plant, den Mann Ole Wirth festzunehmen.",
        "Der Mann Ole Wirth soll festgenommen worden sein.",
    ],
)
def test_a_planned_arrest_stays_none(text: str) -> None:
    assert _charges(text) == []
