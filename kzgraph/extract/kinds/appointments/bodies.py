"""The post of an appointment into a body: "wurde in den Vorstand gewählt", "berief X in die
Regierung". Being chosen into a board or a government is taking a seat in it; the body (or a
compound ending in one, "Parteivorstand") names the post. Other places ("in die Stadt", "in den
Ruhestand") are no body."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import AgentKind, Appointment
from kzgraph.extract.grammar.clauses import subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon, ruled_out

_INTO = closed_class().words("into_prepositions")
_ARTICLES = closed_class().words("definite_accusative_articles")
_ARTICLES_DATIVE_OR_ACC = _ARTICLES | closed_class().words("dative_articles")
_GENITIVE = closed_class().words("genitive_articles")
_WITH = closed_class().words("with_prepositions")
_AN = closed_class().words("an_prepositions")


def body_joined(ctx: ArticleContext, cl: Span, lemma: str) -> str | None:
    """ "in den (erweiterten) Vorstand": the body the appointing verb of ``lemma`` puts someone in."""
    lex = events_lexicon()["appointment"]
    if lemma not in lex["into_body_verbs"]:
        return None
    doc = ctx.doc
    bodies = tuple(lex["bodies"])
    for t in cl:
        if t.lower_ not in _INTO or t.i + 2 >= cl.end or doc[t.i + 1].lower_ not in _ARTICLES:
            continue
        k = t.i + 2
        while k < cl.end - 1 and doc[k].tag_ == "ADJA":
            k += 1
        if doc[k].tag_ == "NN" and doc[k].lower_.endswith(bodies):
            return doc[k].text
    return None


def _with_genitive(ctx: ArticleContext, k: int, limit: int) -> str:
    """The post noun at ``k`` with a genitive after it: "Leitung des Museums"."""
    doc = ctx.doc
    j = k + 1
    if j < limit and doc[j].lower_ in _GENITIVE:
        j += 1
        while j < limit and doc[j].tag_ == "ADJA":
            j += 1
        j += j < limit and doc[j].tag_ in ("NN", "NE")
    return doc[k:j].text if j > k + 2 else doc[k].text


def post_entrusted(ctx: ArticleContext, cl: Span, lemma: str) -> str | None:
    """ "mit der Leitung des Museums betraut", "an die Spitze des Verbandes gewählt": the post
    an entrusting or appointing verb of ``lemma`` gives, told by a post noun (not a task: "mit der
    Prüfung betraut" is none)."""
    lex = events_lexicon()["appointment"]
    doc = ctx.doc
    for t in cl:
        if t.i + 2 >= cl.end or doc[t.i + 1].lower_ not in _ARTICLES_DATIVE_OR_ACC:
            continue
        noun = doc[t.i + 2]
        entrusted = (
            t.lower_ in _WITH and lemma in lex["entrusting_verbs"] and noun.text in lex["entrusted_posts"]
        )
        appointing = lemma in lex["into_body_verbs"] or lemma in lex["top_movers"]
        to_top = t.lower_ in _AN and appointing and noun.text in lex["top_posts"]
        if entrusted or to_top:
            return _with_genitive(ctx, noun.i, cl.end)
    return None


def moved_up(ctx: ArticleContext, sent: Span, trig: Trigger, post: str | None) -> Appointment | None:
    """ "X rückt an die Spitze des Konzerns": the subject moves up to the top post; a team or a
    runner taking the lead of a table or a race is ruled out by the verb's vetoes."""
    appointee = subject_of(ctx, sent, trig.i)
    if post is None or appointee is None or appointee.kind != AgentKind.PERSON or ruled_out(trig, sent):
        return None
    ev = ctx.evidence(sent, "appointment.moved_up", 0.75)
    return Appointment(ev, appointee, None, post, ctx.date_for(sent, ctx.doc[trig.i].idx))
