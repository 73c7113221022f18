"""Shared grammar mechanisms of round 21 (own sentences): a conjunction the tagger reads as a
preposition opens a verb-final clause; a zu-infinitive set into the middle field keeps one clause
around it; a phrase tail may stand before a verb-final finite verb; a relative clause on a speaker
is no reported clause; a list member after a determiner and adjectives; a name after a described
agent of "durch"."""

from __future__ import annotations

import pytest

from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.coordination import listed_agents
from kzgraph.extract.grammar.objects import agent_after_von
from kzgraph.extract.grammar.scope import hedged
from kzgraph.extract.grammar.subordinate import reported_clause_start, subordinate_start
from kzgraph.extract.grammar.triggers import find_triggers
from tests.extract_helpers import context


def _index(ctx, word: str) -> int:  # type: ignore[no-untyped-def]
    return next(t.i for t in ctx.doc if t.text == word)


@pytest.mark.parametrize("opener", ["Als", "als"])
def test_misread_conjunction_opens_a_verb_final_clause(opener: str) -> None:
    lead = "" if opener == "Als" else "Es war spät, "
    ctx = context(f"{lead}{opener} die Beamten den Mann festnahmen, fanden sie Waffen.")
    sent = ctx.sentences[0]
    i = _index(ctx, "festnahmen")
    assert subordinate_start(ctx, sent, i) is not None
    subject = subject_of(ctx, sent, i)
    assert subject is not None and subject.label == "die Beamten"


def test_preposition_als_is_no_clause() -> None:
    ctx = context("Er arbeitete als Richter, bevor er in die Politik ging.")
    sent = ctx.sentences[0]
    assert subordinate_start(ctx, sent, _index(ctx, "arbeitete")) is None


@pytest.mark.parametrize(
    "insertion", ["beim Versuch, über den Zaun zu klettern,", "beim Versuch, zu fliehen,"]
)
def test_inserted_infinitive_keeps_one_clause(insertion: str) -> None:
    ctx = context(f"Die beiden Männer wurden {insertion} festgenommen.")
    sent = ctx.sentences[0]
    span = clause(ctx, sent, _index(ctx, "festgenommen"))
    assert span.start == sent.start


def test_extraposed_infinitive_with_its_own_finite_verb_is_a_boundary() -> None:
    ctx = context("Der Polizist versuchte, den Dieb aufzuhalten, der Dieb wurde festgenommen.")
    sent = ctx.sentences[0]
    span = clause(ctx, sent, _index(ctx, "festgenommen"))
    assert span.start > sent.start


def test_phrase_tail_before_a_verb_final_finite_verb() -> None:
    ctx = context("Als die Streife die Frau in Gewahrsam nahm, fand sie Waffen.")
    lemmas = [t.lemma for t in find_triggers(ctx, ctx.sentences[0], "arrest")]
    assert "gewahrsam" in lemmas


def test_phrase_tail_not_taken_from_elsewhere() -> None:
    ctx = context("Als der Mann in Gewahrsam war, nahmen die Beamten ihm das Handy ab.")
    lemmas = [t.lemma for t in find_triggers(ctx, ctx.sentences[0], "arrest")]
    assert "gewahrsam" not in lemmas


@pytest.mark.parametrize("speech", ["meinte", "sagte"])
def test_relative_clause_on_the_speaker_is_no_reported_clause(speech: str) -> None:
    ctx = context(f'"Das passt", {speech} Lars Weber, der den Trainer Jan Hollmann ablöste.')
    sent = ctx.sentences[0]
    assert reported_clause_start(ctx, sent, _index(ctx, "ablöste")) is None


def test_reported_clause_after_a_speech_verb_still_read() -> None:
    ctx = context("Lars Weber sagte, Jan Hollmann habe den Verein verlassen.")
    sent = ctx.sentences[0]
    assert reported_clause_start(ctx, sent, _index(ctx, "verlassen")) is not None


@pytest.mark.parametrize("adjectives", ["", "frühere ", "ehemalige langjährige "])
def test_list_member_after_determiner_and_adjectives(adjectives: str) -> None:
    ctx = context(f"Die Sprecherin, Mira Sander, und der {adjectives}Bürgermeister Ivo Laska kamen.")
    sent = ctx.sentences[0]
    first = subject_of(ctx, sent, _index(ctx, "kamen"))
    names = [a.name for a in listed_agents(ctx, sent, ctx.person_agent(ctx.mentions_in(sent)[0].person))]
    assert first is not None and names == ["Mira Sander", "Ivo Laska"]


@pytest.mark.parametrize(
    "phrase",
    [
        "den Funktionär Lars Weber",
        "den jungen Beamten Lars Weber",
        "den älteren und ruhigen Techniker Lars Weber",
    ],
)
def test_name_after_a_described_agent(phrase: str) -> None:
    ctx = context(f"Jan Hollmann wurde durch {phrase} ersetzt.")
    k = _index(ctx, "durch") + 1
    agent = agent_after_von(ctx, k, len(ctx.doc))
    assert agent is not None and agent.name == "Lars Weber"


def test_hedge_in_a_misread_opening_clause_stays_there() -> None:
    ctx = context("Als die Männer fliehen wollten, wurden sie gefasst.")
    sent = ctx.sentences[0]
    assert not hedged(ctx, sent, [_index(ctx, "gefasst")])
