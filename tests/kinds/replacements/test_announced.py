"""Successions told as decided but still to come (grammar mechanism: the finite "soll"/"wird" of
the succession verb's infinitive, in its own clause or shared by a conjunct without a verb of its
own). They are kept, marked announced; the look-alikes (another modal, a perfect infinitive, a
question, a condition, a rumour, a negation) give nothing, and a plain past stays done."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str, bool]]:
    return [(r.successor.label, r.predecessor.label, r.announced) for r in facts(text).replacements]


@pytest.mark.parametrize(
    "text",
    [
        # modal "soll" + infinitive, V2
        "Nach dem Parteitag soll Lena Marquardt den Vorsitzenden Bernd Ostholt ablösen.",
        "Lena Marquardt soll Bernd Ostholt im Frühjahr beerben.",
        "Lena Marquardt soll Bernd Ostholt im Amt nachfolgen.",
        # future "wird" + infinitive
        "Im Mai wird Lena Marquardt den Vorsitzenden Bernd Ostholt ablösen.",
        # passive infinitive: the subject leaves, the von-phrase comes
        "Bernd Ostholt soll im Mai von Lena Marquardt abgelöst werden.",
        # the subject before an inserted relative clause
        "Die Vorsitzende Lena Marquardt, die seit Jahren im Vorstand sitzt, soll im Herbst "
        "Bernd Ostholt beerben.",
    ],
)
def test_announced_succession_is_kept_and_marked(text: str) -> None:
    assert _rows(text) == [("Lena Marquardt", "Bernd Ostholt", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Marquardt hat Bernd Ostholt im Mai abgelöst.",
        "Lena Marquardt löste Bernd Ostholt im Mai ab.",
        "Bernd Ostholt wurde im Mai von Lena Marquardt beerbt.",
        # a present passive is told as it happens, not announced
        "Bernd Ostholt wird im Mai von Lena Marquardt abgelöst.",
    ],
)
def test_told_as_done_is_not_marked(text: str) -> None:
    assert _rows(text) == [("Lena Marquardt", "Bernd Ostholt", False)]


@pytest.mark.parametrize(
    "text",
    [
        # an open question
        "Unklar ist, wer Bernd Ostholt ablösen soll.",
        "Offen ist, ob Lena Marquardt Bernd Ostholt ablösen wird.",
        "Soll Lena Marquardt Bernd Ostholt ablösen?",
        # a hedge: a report of the past ("soll … haben")
        "Lena Marquardt soll Bernd Ostholt abgelöst haben.",
        "Bernd Ostholt soll von Lena Marquardt abgelöst worden sein.",
        # a wish, a want, a hope, a possibility
        "Lena Marquardt möchte Bernd Ostholt als Vorsitzenden ablösen.",
        "Lena Marquardt will Bernd Ostholt als Vorsitzenden ablösen.",
        "Lena Marquardt hofft, Bernd Ostholt bald abzulösen.",
        "Lena Marquardt könnte Bernd Ostholt im Herbst ablösen.",
        # a condition, before or after
        "Wenn der Vorstand zustimmt, soll Lena Marquardt Bernd Ostholt ablösen.",
        "Lena Marquardt soll Bernd Ostholt ablösen, wenn der Vorstand zustimmt.",
        # a rumour or a guess
        "Gerüchten zufolge soll Lena Marquardt Bernd Ostholt ablösen.",
        "Lena Marquardt wird Bernd Ostholt wohl ablösen.",
        # a call of someone else
        "Die Basis fordert, dass Lena Marquardt Bernd Ostholt ablösen soll.",
        # a negation
        "Lena Marquardt soll Bernd Ostholt nicht ablösen.",
        "Lena Marquardt wird Bernd Ostholt nicht beerben.",
    ],
)
def test_look_alikes_of_an_announcement_give_nothing(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a succession noun in a clause of "soll/wird … antreten/werden"
        "Lena Marquardt soll die Nachfolge von Bernd Ostholt antreten.",
        "Lena Marquardt soll Nachfolgerin von Bernd Ostholt werden.",
        "Im Herbst wird Lena Marquardt die Nachfolge von Bernd Ostholt antreten.",
        "Die Partei teilte mit, dass Lena Marquardt die Nachfolge von Bernd Ostholt antreten soll.",
        # verb-final modal with a succession verb
        "Die Partei teilte mit, dass Lena Marquardt Bernd Ostholt ablösen soll.",
    ],
)
def test_announced_by_a_succession_noun_or_verb_final(text: str) -> None:
    assert _rows(text) == [("Lena Marquardt", "Bernd Ostholt", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Marquardt trat die Nachfolge von Bernd Ostholt an.",
        "Lena Marquardt wird Nachfolgerin von Bernd Ostholt.",
    ],
)
def test_succession_noun_told_as_done(text: str) -> None:
    assert _rows(text) == [("Lena Marquardt", "Bernd Ostholt", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Marquardt will Nachfolgerin von Bernd Ostholt werden.",
        "Unklar ist, wer die Nachfolge von Bernd Ostholt antreten soll.",
        "Offen ist, ob Lena Marquardt die Nachfolge von Bernd Ostholt antreten wird.",
        "Lena Marquardt soll die Nachfolge von Bernd Ostholt angetreten haben.",
        "Lena Marquardt soll nicht die Nachfolge von Bernd Ostholt antreten.",
    ],
)
def test_look_alikes_of_an_announcement_by_noun_give_nothing(text: str) -> None:
    assert _rows(text) == []
