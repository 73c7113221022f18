"""Who parts with whom in "trennt sich von X": clubs and firms part with coaches and managers;
a person who parts with a person separates privately (no dismissal).

The subject often stands where the general subject reader does not look: right after "sich"
behind a reporting frame ("Wie Medien berichten, trennt sich der Verein von X"), as the impersonal
"man" ("trennte man sich von X"), or as a club name the tagger does not know opening a headline
("Eintracht Wolfsgrund trennt sich von X")."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent
from kzgraph.extract.grammar.agents import np_end
from kzgraph.extract.grammar.closed_class import closed_class

_IMPERSONAL = closed_class().words("impersonal_pronouns")  # "man"
_ARTICLES = closed_class().words("subject_articles")  # "der Verein"
_PRONOUNS = closed_class().words("bare_pronouns")  # "er", "sie": maybe a person
_HEADLINE_BREAKS = ("–", "-", ":", "—")


def parting_subject(ctx: ArticleContext, cl: Span, von: int) -> Agent | None:
    """ "trennt sich der FC X von Y": the determiner phrase between "sich" and "von"."""
    doc = ctx.doc
    sich = next((t.i for t in doc[cl.start : von] if t.tag_ == "PRF"), None)  # the reflexive
    if sich is None or sich + 1 >= von or doc[sich + 1].lower_ not in _ARTICLES:
        return None
    return ctx.agent_for(doc[sich + 1 : np_end(ctx, sich + 1, von)])


def impersonal_parting(ctx: ArticleContext, sent: Span, cl: Span, i: int) -> bool:
    """The subject names nobody who could part privately: "man" ("trennte man sich von X"), or a
    name the tagger took for no person or body opening the sentence or a headline part
    ("Eintracht Wolfsgrund trennt sich von X"); a pronoun or a person's mention there is none."""
    doc = ctx.doc
    if any(t.lower_ in _IMPERSONAL for t in cl):
        return True
    start = max(
        (t.i + 1 for t in doc[sent.start : i] if t.text in _HEADLINE_BREAKS),
        default=sent.start,
    )
    before = doc[start:i]
    if not before or len(before) > 4 or ctx.mentions_in(before):
        return False
    if any(t.lower_ in _PRONOUNS or not t.text[:1].isupper() for t in before):
        return False
    return all(t.tag_ in ("NE", "NN") for t in before)
