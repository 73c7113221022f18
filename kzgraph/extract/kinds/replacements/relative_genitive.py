"""A succession told by a relative genitive: "A, dessen Nachfolger B im Mai gewählt wurde, …"
(B followed A) and "B, deren Vorgängerin A zurückgetreten war, …" (B followed A). "dessen" and
"deren" point back to the person named right before the comma, so who came first is the
antecedent of a successor noun and the named person after a predecessor noun, never the reverse."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Replacement
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import name_after_titles
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.posts.hierarchy import office_of

# "dessen", "deren": relative words that are possessives too
_RELATIVE_GENITIVES = closed_class().words("relative_words") & closed_class().words("dative_possessives")


def relative_genitive_succession(ctx: ArticleContext, sent: Span, i: int) -> Replacement | None:
    """The succession the cue noun at ``i`` tells after "dessen"/"deren", or None."""
    doc = ctx.doc
    if i - 2 <= sent.start or doc[i - 1].lower_ not in _RELATIVE_GENITIVES or doc[i - 2].text != ",":
        return None
    antecedent = next((m for m in ctx.mentions_in(sent) if m.end == i - 2 and m.kind == "name"), None)
    named = name_after_titles(ctx, i + 1, sent.end)
    if antecedent is None or named is None:
        return None
    before, after = ctx.person_agent(antecedent.person), ctx.person_agent(named.person)
    if before == after:
        return None
    lex = events_lexicon()["succession"]
    succ, pred = (before, after) if doc[i].text in lex["predecessor_nouns"] else (after, before)
    ev = ctx.evidence(sent, "replacement.noun.relative_genitive", 0.65)
    date = ctx.date_for(sent, doc[i].idx)
    return Replacement(ev, succ, pred, office_of(ctx, pred), None, date, told_by_noun=True)
