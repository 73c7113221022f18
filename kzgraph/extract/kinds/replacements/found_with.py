"""A successor found in a named person: "Der Klub hat mit B bereits einen Nachfolger gefunden",
"Ein Nachfolger wurde mit B rasch gefunden", "präsentierte mit B einen Nachfolger für A". The one
who left is the person after "für", else the departure told just before (in the sentence or the
one before it). Not a search ("sucht einen Nachfolger"), not a candidate ("gilt als …"), not a
successor still to be found ("muss noch einen Nachfolger finden": the finding word must be the
participle or a past form of the lexicon)."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext, Mention
from kzgraph.extract.facts import Replacement
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.objects import name_after_titles
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.posts.departures import Departure, departure_just_before
from kzgraph.extract.posts.hierarchy import office_of


def found_with(ctx: ArticleContext, sent: Span, i: int, told: list[Departure]) -> Replacement | None:
    """The succession the successor noun at ``i`` tells with a "mit"-phrase naming the one found."""
    lex = events_lexicon()["succession"]
    cl = clause(ctx, sent, i)
    if not any(t.lower_ in lex["found_forms"] for t in cl):
        return None
    if ctx.sentence_words(sent) & set(lex["candidate_verbs"]):
        return None  # "Als Nachfolger gilt B": a candidate
    doc = ctx.doc
    found = None
    for t in cl:
        if t.lower_ == lex["found_with"] and t.i + 1 < cl.end:
            found = name_after_titles(ctx, t.i + 1, cl.end) or _after_article_and_titles(ctx, t.i + 1, cl.end)
            if found is not None:
                break
    if found is None:
        return None
    succ = ctx.person_agent(found.person)
    pred = None
    if i + 2 < cl.end and doc[i + 1].lower_ == lex["found_for"]:
        named = _after_article_and_titles(ctx, i + 2, cl.end)
        pred = ctx.person_agent(named.person) if named is not None else None
    if pred is None:
        recent = departure_just_before(ctx, sent, told, other_than=succ, before=i)
        pred = recent.departed if recent is not None else None
    if pred is None or pred == succ:
        return None
    ev = ctx.evidence(sent, "replacement.noun.found_with", 0.65)
    date = ctx.date_for(sent, doc[i].idx)
    return Replacement(ev, succ, pred, office_of(ctx, pred), None, date, told_by_noun=True)


def _after_article_and_titles(ctx: ArticleContext, k: int, end: int) -> Mention | None:
    """ "dem Ex-Trainer B", "den entlassenen Trainer B": the name after an article, adjectives and titles."""
    doc = ctx.doc
    while k < end and doc[k].tag_ in ("ART", "ADJA"):
        k += 1
    return name_after_titles(ctx, k, end)
