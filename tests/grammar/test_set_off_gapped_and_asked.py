"""Grammar mechanisms of round 20, apart from any fact type: where a verb stands past an age or
a description set off after a name; the subject a verb after "und" shares with the conjunct
before; gapped conjuncts that share the verb told before; a name set off between dashes after an
unnamed person phrase; an indirect question; a list item's bullet; academic honorifics before a
subject; adjuncts between a copula and its predicate."""

from __future__ import annotations

import pytest

from kzgraph.extract.grammar.coordination import conjunct_subject, gapped_names
from kzgraph.extract.grammar.copula_adjuncts import past_adjuncts, past_attributes
from kzgraph.extract.grammar.objects import object_after
from kzgraph.extract.grammar.scope import asked
from kzgraph.extract.grammar.set_off import past_set_off
from tests.extract_helpers import context


def _index(ctx, word: str) -> int:  # type: ignore[no-untyped-def]
    return next(t.i for t in ctx.doc if t.text == word)


@pytest.mark.parametrize(
    "text",
    [
        "Hanna Rieswald, 39, wird Leiterin.",
        "Hanna Rieswald (39) wird Leiterin.",
        "Hanna Rieswald (39), Juristin, wird Leiterin.",
        "Hanna Rieswald, bisher Leiterin in Obertal, wird Leiterin.",
        "Hanna Rieswald wird Leiterin.",
    ],
)
def test_verb_past_what_is_set_off_after_the_name(text: str) -> None:
    ctx = context(text)
    assert past_set_off(ctx.doc, _index(ctx, "Rieswald") + 1, len(ctx.doc)) == _index(ctx, "wird")


@pytest.mark.parametrize(
    "text",
    [
        "Hanna Rieswald, die seit Jahren in Obertal lebt, wird Leiterin.",  # a clause, not a description
        "Hanna Rieswald, Obertal, Welsbach und Mendorf sind dabei.",  # a list, no verb after the comma
    ],
)
def test_clause_or_list_is_not_set_off(text: str) -> None:
    ctx = context(text)
    k = _index(ctx, "Rieswald") + 1
    assert past_set_off(ctx.doc, k, len(ctx.doc)) == k


def test_conjunct_shares_the_subject_before_und() -> None:
    ctx = context("Hanna Rieswald zieht nach Obertal und wird dort Leiterin.")
    got = conjunct_subject(ctx, ctx.sentences[0], _index(ctx, "wird"))
    assert got is not None and ctx.doc[got.start : got.end].text == "Hanna Rieswald"


@pytest.mark.parametrize(
    "text",
    [
        "Hanna Rieswald zieht nach Obertal, und Lea Born wird Leiterin.",  # a comma: a clause of its own
        "In Obertal ist es still und wird Leiterin Born gesucht.",  # no name opens the sentence
    ],
)
def test_no_shared_subject(text: str) -> None:
    ctx = context(text)
    assert conjunct_subject(ctx, ctx.sentences[0], _index(ctx, "wird")) is None


def test_gapped_conjunct_names() -> None:
    ctx = context(
        "Am Montag tritt Lea Born das Amt in Obertal an, am Mittwoch Hanna Rieswald (44) in Mendorf."
    )
    got = gapped_names(ctx, ctx.sentences[0], _index(ctx, "tritt"))
    assert [ctx.doc[m.start : m.end].text for m, _ in got] == ["Hanna Rieswald"]


@pytest.mark.parametrize(
    "text",
    [
        "Am Montag tritt Lea Born das Amt in Obertal an, am Mittwoch folgt Hanna Rieswald.",  # own verb
        "Am Montag tritt Lea Born das Amt an, dazu die Stürmerin Hanna Rieswald.",  # no time phrase
        "Am Montag tritt Lea Born das Amt an, am Mittwoch Hanna Rieswald als Leiterin.",  # own post
    ],
)
def test_no_gapped_conjunct(text: str) -> None:
    ctx = context(text)
    assert gapped_names(ctx, ctx.sentences[0], _index(ctx, "tritt")) == []


def test_name_between_dashes_after_an_unnamed_phrase() -> None:
    ctx = context("Der Rat hat den Pfarrer von Obertal – Kanonikus Dr. Hanna Rieswald – gewählt.")
    got = object_after(ctx, _index(ctx, "den"), len(ctx.doc))
    assert got is not None and got[0].label == "Hanna Rieswald"


@pytest.mark.parametrize(
    ("text", "verb", "question"),
    [
        ("Offen ist, ob Lea Born gewählt wird.", "gewählt", True),
        ("Ob Lea Born gewählt wird, entscheidet der Rat.", "gewählt", True),
        ("Lea Born wurde gewählt, ob es der Opposition passt oder nicht.", "gewählt", False),
    ],
)
def test_indirect_question(text: str, verb: str, question: bool) -> None:
    ctx = context(text)
    assert asked(ctx, ctx.sentences[0], _index(ctx, verb)) is question


def test_bullet_is_no_word_of_its_sentence() -> None:
    ctx = context("Personalien\n  • Lea Born wird Leiterin.")
    assert [s.text for s in ctx.sentences] == ["Personalien", "Lea Born wird Leiterin."]


def test_academic_honorifics_before_a_subject() -> None:
    ctx = context("Prof. Dr. Lea Born ist seit Mai Leiterin.")
    assert [m.subject for m in ctx.mentions_in(ctx.sentences[0]) if m.kind == "name"] == [True]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Lea Born wird zu Beginn der Spielzeit 2027/2028 Leiterin.", "Leiterin"),
        ("Lea Born wird ab 1. August 2027 Leiterin.", "Leiterin"),
        ("Lea Born wird zum Ende des Semesters Leiterin.", "Leiterin"),
    ],
)
def test_copula_adjuncts(text: str, predicate: str) -> None:
    ctx = context(text)
    k = past_adjuncts(ctx, _index(ctx, "wird") + 1, len(ctx.doc))
    assert ctx.doc[k].text == predicate


def test_place_adjective_among_the_attributes() -> None:
    ctx = context("Lea Born wird neue Kölner Polizeipräsidentin.")
    assert (
        ctx.doc[past_attributes(ctx.doc, _index(ctx, "neue") + 1, len(ctx.doc))].text == "Polizeipräsidentin"
    )


@pytest.mark.parametrize(
    ("text", "verb", "passive"),
    [
        ("Lea Born wurde gewählt und hat Jan Ulm abgelöst.", "abgelöst", False),
        ("Lea Born wurde gewählt und später abgelöst.", "abgelöst", True),
    ],
)
def test_perfect_of_its_own_conjunct_is_no_passive(text: str, verb: str, passive: bool) -> None:
    from kzgraph.extract.grammar.triggers import find_triggers

    ctx = context(text)
    trigs = [t for t in find_triggers(ctx, ctx.sentences[0], "dismissal") if ctx.doc[t.i].text == verb]
    assert trigs and all(t.passive is passive for t in trigs)


def test_name_between_dashes_after_a_genitive_conjunct() -> None:
    ctx = context(
        "Der Rat hat den Pfarrer des Doms und der Stadtpfarreien – Kanonikus Dr. Hanna Rieswald – gewählt."
    )
    got = object_after(ctx, _index(ctx, "den"), len(ctx.doc))
    assert got is not None and got[0].label == "Hanna Rieswald"
