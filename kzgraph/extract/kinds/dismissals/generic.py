"""Dismissals stated as a rule, a power or a habit, not as an event: the verb paired with its
opposite ("Die Minister werden vom Präsidenten ernannt und entlassen"), or an unnamed one in the
present passive, indefinite ("Ein Minister wird auf Vorschlag des Kanzlers entlassen"), a bare
plural ("Minister werden entlassen") or with an adverb of habit ("Am Ende wird meist der Trainer
entlassen"). A named person in the present passive is news ("Trainer X wird entlassen")."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import COORDINATORS
from kzgraph.extract.grammar.triggers import events_lexicon

_PERIODS = closed_class().words("period_nouns")  # "Saison", "Jahr"


def paired_with_opposite(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """The verb at ``i`` and an appointing verb joined by "und"/"oder" right beside it."""
    opposites = frozenset(events_lexicon()["dismissal"]["paired_opposites"])
    doc = ctx.doc
    before = i - 2 >= sent.start and doc[i - 1].lower_ in COORDINATORS and doc[i - 2].lower_ in opposites
    after = i + 2 < sent.end and doc[i + 1].lower_ in COORDINATORS and doc[i + 2].lower_ in opposites
    return before or after


def generic_unnamed(ctx: ArticleContext, cl: Span, dismissed: Agent) -> bool:
    """An unnamed dismissed one in a present passive clause, indefinite, a bare plural (with
    "werden") or with an adverb of habit: a rule or a habit."""
    if dismissed.name is not None:
        return False
    lex = events_lexicon()["dismissal"]
    words = {t.lower_ for t in cl}
    finite = next((t.lower_ for t in cl if t.tag_ == "VAFIN"), None)
    if finite not in lex["present_passive_auxiliaries"] or words & set(lex["past_passive_markers"]):
        return False
    label = dismissed.label.split()
    if not label:
        return False
    first = label[0].lower()
    indefinite = first in lex["indefinite_openers"]
    bare_plural = (
        finite in lex["plural_present_passive_auxiliaries"]
        and first not in ctx.lx.determiners
        and label[0][:1].isupper()
    )
    habitual = bool(words & set(lex["habitual_adverbs"]))
    return indefinite or bare_plural or habitual


def counted_description(ctx: ArticleContext, cl: Span) -> bool:
    """An ordinal right before a title with no name after it, in a clause that names a period
    ("der dritte Coach dieser Saison"): a count of dismissals, which names nobody (the
    article's coach is not meant)."""
    ordinals = frozenset(events_lexicon()["dismissal"]["ordinal_words"])
    doc = ctx.doc
    if not any(t.text in _PERIODS for t in cl):
        return False  # "der zweite Vorsitzende der Partei wurde abgewählt": an office
    for t in cl:
        k = t.i + 1
        if t.lower_ not in ordinals or k >= cl.end or not ctx.lx.is_title(doc[k].text):
            continue
        named = ctx.mention_at(k + 1) if k + 1 < cl.end else None
        if named is None or named.kind != "name":
            return True  # not "der zweite Vorsitzende Knut Hallmann": a title with its holder
    return False
