"""Dismissals told from the side of the one who goes: "Rektor X verlor seinen Posten", "Trainer X
musste seinen Hut nehmen". The verb's subject is the one dismissed and nobody is named as the
agent; the title before the subject's name is the post lost."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.clauses import subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.offices.extract import office_label, title_before

_CAPACITY = closed_class().words("capacity_words")  # "als"


def lost_by_subject(ctx: ArticleContext, sent: Span, i: int) -> tuple[Agent, str | None] | None:
    """The person who lost a post by the verb at ``i``, with the title their name carries."""
    dismissed = subject_of(ctx, sent, i)
    if dismissed is None or dismissed.kind != AgentKind.PERSON:
        return None  # "Die Partei verlor ihren Vorsitz", "Das Team musste seinen Hut nehmen"
    own = [m for m in ctx.mentions_in(ctx.doc[sent.start : i]) if ctx.person_agent(m.person) == dismissed]
    return dismissed, title_before(ctx, own[0].start) if own else None


def released_after_noun(ctx: ArticleContext, sent: Span, k: int) -> bool:
    """A release cue in the phrase of the dismissal noun at ``k`` ("die Entlassung von X aus dem
    Krankenhaus / aus der Haft"): a release, not a dismissal. The phrase ends at the next finite
    verb or comma, so "… übernahm die Verantwortung" after it does not count."""
    cues = events_lexicon()["dismissal"]["release_cues"]
    for t in ctx.doc[k + 1 : sent.end]:
        if t.tag_.endswith("FIN") or t.text in (",", ";", ":"):
            return False
        if t.lower_ in cues or t.lower_.endswith("haft"):
            return True
    return False


def post_as(ctx: ArticleContext, cl: Span) -> str | None:
    """ "wurde als Intendant abberufen", "verliert sein Amt als Landrat": the title after "als"
    in the verb's clause names the post lost (adjectives may stand before it)."""
    doc = ctx.doc
    for t in cl:
        if t.lower_ not in _CAPACITY:
            continue
        k = t.i + 1
        while k < cl.end and doc[k].tag_ in ("ADJA", "ART"):
            k += 1
        if k < cl.end and ctx.lx.is_title(doc[k].text):
            return office_label(ctx, k)[0]
    return None
