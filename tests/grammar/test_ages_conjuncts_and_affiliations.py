"""Grammar mechanisms of succession round 20, for every fact type alike (own sentences): an age
inside a noun phrase ("der 61 Jahre alte Jurist", "der 53-Jährige"), a perfect conjunct with its
own haben-auxiliary after a passive one (active, sharing the first conjunct's subject), an age
apposition (", 41,") that is no clause boundary, a relative pronoun whose antecedent stands before
a party phrase ("A von der Volkspartei, die …"), and a named apposition with an age in brackets."""

from __future__ import annotations

import pytest

from kzgraph.extract.grammar.agents import np_end
from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.objects import agent_after_von, apposition_name
from kzgraph.extract.grammar.relative import relative_antecedent
from kzgraph.extract.grammar.triggers import find_triggers
from tests.extract_helpers import context


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Der 61 Jahre alte Jurist schwieg.", 5),
        ("Der 53-Jährige schwieg.", 2),
        ("Die 44-jährige Juristin schwieg.", 3),
        ("Der Jurist schwieg.", 2),
    ],
)
def test_noun_phrase_past_an_age(text: str, end: int) -> None:
    ctx = context(text)
    assert np_end(ctx, 0, len(ctx.doc)) == end


def test_age_noun_is_a_person_subject() -> None:
    ctx = context("Der 53-Jährige schwieg.")
    subj = subject_of(ctx, ctx.sentences[0], 2)
    assert subj is not None and subj.label == "Der 53-Jährige"


@pytest.mark.parametrize(
    ("text", "word", "passive"),
    [
        ("Rasmus Delventhal wurde gewählt und hat Edeltraud Wiegmoor abgelöst.", "abgelöst", False),
        ("Rasmus Delventhal war gekommen und hatte Edeltraud Wiegmoor ersetzt.", "ersetzt", False),
        # a werden-form of its own stays passive
        ("Rasmus Delventhal kam und wurde von Edeltraud Wiegmoor abgelöst.", "abgelöst", True),
        ("Edeltraud Wiegmoor wurde im Mai abgelöst.", "abgelöst", True),
    ],
)
def test_perfect_conjunct_is_active(text: str, word: str, passive: bool) -> None:
    ctx = context(text)
    trig = next(
        t
        for t in find_triggers(ctx, ctx.sentences[0], "succession", "replace_verbs")
        if ctx.doc[t.i].text == word
    )
    assert trig.passive is passive


def test_perfect_conjunct_shares_the_first_subject() -> None:
    ctx = context("Rasmus Delventhal wurde gewählt und hat Edeltraud Wiegmoor abgelöst.")
    subj = subject_of(ctx, ctx.sentences[0], 8)
    assert subj is not None and subj.name == "Rasmus Delventhal"


def test_age_apposition_is_no_clause_boundary() -> None:
    ctx = context("Edeltraud Wiegmoor wird von der Verlegerin Lea Rommerskirch, 47, abgelöst.")
    sent = ctx.sentences[0]
    verb = next(t.i for t in sent if t.text == "abgelöst")
    assert clause(ctx, sent, verb).start == sent.start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Mai ging Edeltraud Wiegmoor von der Volkspartei, die durch Lea Rommerskirch ersetzt wurde.",
            "Edeltraud Wiegmoor",
        ),
        (
            "Senatorin Edeltraud Wiegmoor (SPD), die durch Lea Rommerskirch ersetzt wurde, schweigt.",
            "Edeltraud Wiegmoor",
        ),
        # a plural verb agrees with the party, not with the name
        ("Im Mai ging Edeltraud Wiegmoor von den Liberalen, die sofort Neuwahlen forderten.", None),
    ],
)
def test_relative_antecedent_before_a_party_phrase(text: str, expected: str | None) -> None:
    ctx = context(text)
    sent = ctx.sentences[0]
    comma = next(t.i for t in sent if t.text == ",")
    verb = next(t.i for t in sent if t.i > comma and t.tag_.startswith("VV"))
    got = relative_antecedent(ctx, sent, clause(ctx, sent, verb))
    assert (got[0].name if got else None) == expected


def test_apposition_name_with_age_in_brackets() -> None:
    ctx = context("Sie folgte dem Abt, Edeltraud Wiegmoor (71), im Amt.")
    comma = next(t.i for t in ctx.doc if t.text == ",")
    got = apposition_name(ctx, comma, len(ctx.doc))
    assert got is not None and got[0].name == "Edeltraud Wiegmoor"


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Kiel Der Jurist löst Edeltraud Wiegmoor ab.", 3, "Der Jurist"),
        ("Husum Die 70-jährige Pfarrerin hat das Amt übernommen.", 5, "Die 70-jährige Pfarrerin"),
        # no dateline: the name opens the sentence and is the subject
        ("Edeltraud Wiegmoor löst den Juristen ab.", 2, "Edeltraud Wiegmoor"),
    ],
)
def test_local_dateline_is_no_part_of_the_subject(text: str, verb: int, expected: str) -> None:
    ctx = context(text)
    subj = subject_of(ctx, ctx.sentences[0], verb)
    assert subj is not None and subj.label == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Brief von Frau Prof. Dr. h. c. Edeltraud Wiegmoor kam an.",
        "Der Brief von Dr. h. c. Edeltraud Wiegmoor kam an.",
        "Der Brief von Frau Edeltraud Wiegmoor kam an.",
    ],
)
def test_von_phrase_past_titles_and_honorifics(text: str) -> None:
    ctx = context(text)
    von = next(t.i for t in ctx.doc if t.text == "von")
    got = agent_after_von(ctx, von + 1, len(ctx.doc))
    assert got is not None and got.name == "Edeltraud Wiegmoor"
