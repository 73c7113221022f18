"""Elected or appointed for persons told as leaving: "Für die abtretende A wurde B gewählt", "Für
die abtretenden A (X) und C (Y) wurden am Mittwoch B (X) und D (Y) gewählt" (pairwise, in the
order told). The "für" phrase marks its persons as leaving with an adjective of the lexicon
("abtretenden", "zurückgetretenen", "verstorbenen"); a vote for someone ("Für A stimmten 40
Abgeordnete") or something done for them ("Für die scheidende A wurde ein Fest organisiert") is
none, and negations and hedges are ruled out by the shared scope checks."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext, Mention
from kzgraph.extract.facts import Replacement
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import unprepositioned_names
from kzgraph.extract.grammar.scope import hedged, negated
from kzgraph.extract.grammar.triggers import events_lexicon, find_triggers

_LEX = events_lexicon()["succession"]
_FOR = _LEX["found_for"]  # "für"
_LEAVING = frozenset(_LEX["elected_for_leaving"])
_VERBS = frozenset(_LEX["elected_for_verbs"])
_JOINS = closed_class().words("coordinators") | {","}


def _leaving_names(ctx: ArticleContext, sent: Span, k: int) -> tuple[list[Mention], int]:
    """The names of "für die abtretenden A (X) und C (Y)" opened at ``k`` ("für"), and the index
    after the phrase; none without a leaving adjective."""
    doc = ctx.doc
    j = k + 1
    while j < sent.end and doc[j].tag_ == "ART":
        j += 1
    if j >= sent.end or doc[j].lower_ not in _LEAVING:
        return [], k
    j += 1
    names: list[Mention] = []
    while j < sent.end:
        m = ctx.mention_at(j)
        if m is not None and m.start == j and m.kind == "name":
            names.append(m)
            j = m.end
        elif doc[j].text == "(":
            close = next((c for c in range(j + 1, min(sent.end, j + 5)) if doc[c].text == ")"), None)
            if close is None:
                break
            j = close + 1  # the party in brackets
        elif doc[j].lower_ in _JOINS and names:
            j += 1
        else:
            break
    return names, j


def elected_for(ctx: ArticleContext, sent: Span) -> list[Replacement]:
    out: list[Replacement] = []
    for t in sent:
        if t.lower_ != _FOR:
            continue
        leaving, end = _leaving_names(ctx, sent, t.i)
        if not leaving:
            continue
        trig = next(
            (g for g in find_triggers(ctx, sent, "appointment") if g.lemma in _VERBS and g.i > end), None
        )
        if trig is None or negated(ctx, sent, trig.i) or hedged(ctx, sent, [trig.i]):
            continue
        came = unprepositioned_names(ctx, ctx.doc[end : trig.i])
        if len(came) != len(leaving):
            continue  # who followed whom is not told
        date = ctx.date_for(sent, ctx.doc[trig.i].idx)
        for left, came_in in zip(leaving, came, strict=True):
            pred, succ = ctx.person_agent(left.person), ctx.person_agent(came_in.person)
            ev = ctx.evidence(sent, "replacement.elected_for", 0.7)
            out.append(Replacement(ev, succ, pred, None, None, date))
    return out
