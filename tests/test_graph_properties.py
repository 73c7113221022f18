"""Property test (issue 27, item 3): real-looking articles always give conforming graphs.

Articles are put together from the example corpus's sentences and generated constructions that
real news has and random text lacks: one person named twice with one office (now and formerly),
two spellings of one name, a long parenthesis after a speaker, nested and unbalanced quotation
marks, headlines without a verb, lists of names. Each is run through the real pipeline,
extraction and graph builder; no exception may escape and every article graph must conform.
All names, places and sentences are invented.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzgraph.reading.txt import split_date_line
from kzgraph.resources import EXAMPLES_DIR
from tests.test_graph_conformance import assert_conforms, built

pytestmark = pytest.mark.slow

FIRST = ["Holger", "Vera", "Anouk", "Tariq", "Mette", "Jurij", "Ilse", "Kasimir", "Dörte", "José"]
LAST = ["Brandtner", "Lindqvist", "Obermaier", "Achterberg", "Sundqvist", "Kowalczyk", "Haberland",
        "Sung-chol", "Ødegård", "Gündoğan"]
OFFICES = ["Ministerpräsident", "Innenministerin", "Bürgermeister", "Polizeichef", "Justizminister",
           "Parteichefin", "Generalstaatsanwalt"]
PLACES = ["Oberhausen", "Varnholm", "Kesselbrück", "der Hafenstadt", "Nordmark"]
FILLER = ["er", "ist", "jener", "Gutachter", "der", "damals", "wegen", "Befangenheit", "abgezogen",
          "wurde", "und", "hat", "lange", "geschwiegen", "sagen", "Beobachter", "in", "Wien", ","]
QUOTES = ["„", "“", "‚", "‘", '"', "«", "»", "'"]

names = st.builds(lambda f, s: f"{f} {s}", st.sampled_from(FIRST), st.sampled_from(LAST))
offices = st.sampled_from(OFFICES)
places = st.sampled_from(PLACES)


def _example_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted(EXAMPLES_DIR.glob("kasachstan-2022/*.txt")):
        _, text, _ = split_date_line(path.read_text(encoding="utf-8"))
        sentences += [s for s in re.split(r"(?<=[.!?])\s+", text) if 20 < len(s) < 400]
    return sentences


EXAMPLES = _example_sentences()


@st.composite
def office_twice(draw: st.DrawFn) -> str:
    name, office, place = draw(names), draw(offices), draw(places)
    former = draw(st.sampled_from(["frühere", "ehemalige", "einstige"]))
    surname = name.split()[-1]
    return draw(st.sampled_from([
        f"{office} {name} besuchte am Montag {place}. Gegen den {former}n {office}en {name} wird ermittelt.",
        f"Die {former} {office} {name} wurde festgenommen. {office} {name} hatte alles bestritten.",
        f"Ex-{office} {name} trat zurück. {office} {name} war erst seit Mai im Amt, sagte {surname}.",
    ]))


@st.composite
def two_spellings(draw: st.DrawFn) -> str:
    first, last = draw(st.sampled_from(FIRST)), draw(st.sampled_from(LAST))
    other = draw(st.sampled_from([last.replace("-", " "), last.upper(), last.lower(), last + "s"]))
    return f"{draw(offices)} {first} {last} sprach in {draw(places)}. {first} {other} sagte, alles sei ruhig."


# The parenthesis opens with a word that has a non-ASCII letter for now: a parenthesis of
# plain ASCII words makes the quote extent's CREDIT pattern (kzgraph/extract/quotes/base.py)
# backtrack exponentially (issue 27, item 1, fixed on its own branch); drop OPENING once
# that fix is in, so that the generated parentheses start with any word.
OPENING = ["für", "über", "früher", "Gründer"]


@st.composite
def long_parenthesis(draw: st.DrawFn) -> str:
    inside = draw(st.lists(st.sampled_from(FILLER), min_size=3, max_size=40))
    words = [draw(st.sampled_from(OPENING)), *inside]
    close = draw(st.sampled_from([")", "", ") )"]))  # closed, unbalanced, doubled
    return (f"„Das ist nicht richtig“, sagte der Mann ({' '.join(words)}{close} am Montag in "
            f"{draw(places)}. Die Polizei nahm {draw(st.sampled_from(['zwei', 'drei', '17']))} Männer fest.")


@st.composite
def quotations(draw: st.DrawFn) -> str:
    marks = draw(st.lists(st.sampled_from(QUOTES), min_size=1, max_size=6))
    parts = draw(st.lists(st.sampled_from(["Wir", "bleiben", "hier", "sagte", "er", "nie", ","]),
                          min_size=len(marks), max_size=len(marks)))
    inner = " ".join(m + p for m, p in zip(marks, parts, strict=True))
    return f"{inner}, sagte {draw(names)} am Dienstag. {draw(names)} entgegnete: „{inner}"


@st.composite
def headline(draw: st.DrawFn) -> str:
    return draw(st.sampled_from([
        f"Rücktritt in {draw(places)}: {draw(offices)} {draw(names)}",
        f"{draw(names)} – {draw(offices)} auf Zeit",
        f"Festnahmen in {draw(places)}",
        f"{draw(offices)} {draw(names)}: „Keine Fehler“",
    ]))


@st.composite
def name_list(draw: st.DrawFn) -> str:
    listed = draw(st.lists(names, min_size=2, max_size=6, unique=True))
    joined = ", ".join(listed[:-1]) + " und " + listed[-1]
    return draw(st.sampled_from([
        f"{joined} wurden am Mittwoch festgenommen.",
        f"Festgenommen wurden {joined}.",
        f"Zu den Entlassenen gehören {joined}, teilte das Innenministerium mit.",
        f"{draw(offices)} {joined} traten zurück.",
    ]))


constructions = st.one_of(office_twice(), two_spellings(), long_parenthesis(), quotations(), name_list())


@st.composite
def articles(draw: st.DrawFn) -> str:
    parts = draw(st.lists(constructions, min_size=1, max_size=3))
    parts += draw(st.lists(st.sampled_from(EXAMPLES), max_size=3))
    parts = draw(st.permutations(parts))
    head = draw(st.one_of(st.none(), headline()))
    return (f"{head}\n\n" if head else "") + " ".join(parts)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=articles())
def test_real_looking_articles_give_conforming_graphs(text: str) -> None:
    assert_conforms(built(text))


@pytest.mark.parametrize("path", sorted(EXAMPLES_DIR.glob("kasachstan-2022/*.txt")), ids=lambda p: p.stem)
def test_example_corpus_articles_conform(path) -> None:  # noqa: ANN001 - a Path
    _, text, _ = split_date_line(path.read_text(encoding="utf-8"))
    assert_conforms(built(text, path.stem))
