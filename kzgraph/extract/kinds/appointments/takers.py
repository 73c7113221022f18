"""Who takes a post with an intransitive or take-over verb: the verb's subject, or, in a relative
clause whose pronoun is the subject, the named antecedent ("…, der als Botschafter nach Y wechselt",
"…, die im Mai das Amt der Präsidentin übernommen hatte"); a title phrase opening the clause with a
name in apposition ("Der bisherige Botschafter in Y, X, wird …") is that name, not whom the title
alone would point back to."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent
from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.objects import apposition_in
from kzgraph.extract.grammar.relative import relative_antecedent, relative_role


def taker(ctx: ArticleContext, sent: Span, verb: int) -> Agent | None:
    """The subject of the verb at ``verb``; in a subject relative clause its antecedent's name."""
    rel = relative_role(ctx, sent, verb)
    if rel is not None and rel.role == "subject":
        antecedent = relative_antecedent(ctx, sent, clause(ctx, sent, verb))
        return antecedent[0] if antecedent is not None else None
    subject = subject_of(ctx, sent, verb)
    first = next(iter(ctx.mentions_in(ctx.doc[sent.start : verb])), None)
    if first is not None and first.kind == "description" and ctx.person_agent(first.person) == subject:
        named = apposition_in(ctx, first.start, verb)
        if named is not None:
            return named[0]
    return subject
