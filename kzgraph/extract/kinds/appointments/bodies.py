"""The post of an appointment into a body: "wurde in den Vorstand gewählt", "berief X in die
Regierung". Being chosen into a board or a government is taking a seat in it; the body (or a
compound ending in one, "Parteivorstand") names the post. Other places ("in die Stadt", "in den
Ruhestand") are no body."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import events_lexicon

_INTO = closed_class().words("into_prepositions")
_ARTICLES = closed_class().words("definite_accusative_articles")


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
