"""Replacements told by a noun of replacing with its "durch" phrase: "die Ablösung von A durch B",
"nach der Ablösung des Trainers A durch B". The noun alone ("die Ablösung von A") names who
went but not who came, and is left to the departures; a replacement demanded, planned or
feared is none (the sentence's hedges, and the dismissal nouns' ``noun_not_with`` words)."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import AgentKind, Replacement
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import agent_after_von
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.dismissals.nouns import holder_after_noun
from kzgraph.extract.posts.hierarchy import office_of

_BY = closed_class().words("bare_agent_prepositions")  # "durch"
_PHRASE_END = frozenset({",", ";", ":", ".", "!", "?", "–"})


def replacement_nouns(ctx: ArticleContext, sent: Span) -> list[int]:
    """The tokens of ``sent`` that are nouns of replacing ("Ablösung", "Ersetzung")."""
    return ctx.positions_of_texts(sent, frozenset(events_lexicon()["succession"]["replacement_nouns"]))


def replaced_by_noun(ctx: ArticleContext, sent: Span, nouns: list[int]) -> list[Replacement]:
    if ctx.sentence_words(sent) & set(events_lexicon()["dismissal"]["noun_not_with"]):
        return []  # "die geforderte Ablösung von A durch B"
    out = []
    doc = ctx.doc
    for i in nouns:
        pred = holder_after_noun(ctx, sent, i + 1)
        if pred is None or pred.kind != AgentKind.PERSON:
            continue
        # the "durch" of the same phrase: before a finite verb or a punctuation mark ends it
        by = None
        for t in doc[i + 2 : sent.end]:
            if t.text in _PHRASE_END or t.tag_.endswith("FIN"):
                break
            if t.lower_ in _BY:
                by = t.i
                break
        succ = agent_after_von(ctx, by + 1, sent.end) if by is not None else None
        if succ is None or succ.kind != AgentKind.PERSON or not succ.is_named or succ == pred:
            continue
        ev = ctx.evidence(sent, "replacement.noun.replaced_by", 0.7)
        date = ctx.date_for(sent, doc[i].idx)
        out.append(Replacement(ev, succ, pred, office_of(ctx, pred), None, date, told_by_noun=True))
    return out
