"""Someone's post taken by "einnehmen" (round 22): "Seinen Posten nimmt (die frühere Assistentin)
X ein", "Ihren Platz nimmt X ein". The post phrase, with a possessive for its previous holder,
opens the clause and the taker follows the verb. "Platz" and "Stelle" are also a seat or a spot,
so they count only when the possessor holds an office in the article (that office is the post
taken), "Posten" and "Amt" always; a stance ("nimmt
eine klare Position ein"), a seat taken by oneself ("nahm ihren Platz in der ersten Reihe ein")
and a place of one without an office are none."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon
from kzgraph.extract.posts.hierarchy import POSSESSIVE_DETERMINERS, office_of


def fronted_post(ctx: ArticleContext, cl: Span, trig: Trigger) -> tuple[str, int] | None:
    """(post, index of its noun) when "Possessive Posten/Platz" opens the clause ``cl`` before the
    verb of ``trig`` and its possessor's office is known; None otherwise."""
    doc = ctx.doc
    nouns = events_lexicon()["appointment"]["taken_place_nouns"]
    det = cl.start
    if trig.i - det < 2 or doc[det].lower_ not in POSSESSIVE_DETERMINERS or doc[det + 1].text not in nouns:
        return None
    if det + 2 != trig.i:
        return None  # "Seinen Platz im Flugzeug nahm X ein": a seat somewhere
    holder = ctx.resolve_possessive(doc[det])
    post = office_of(ctx, holder) if holder is not None else None
    if post is None and doc[det + 1].text in events_lexicon()["dismissal"]["generic_office_nouns"]:
        return doc[det + 1].text, det + 1  # "Seinen Posten": a post for sure, named later if known
    return (post, det + 1) if post is not None else None
