"""Who takes a post with an intransitive or take-over verb: the verb's subject, or, in a relative
clause whose pronoun is the subject, the named antecedent ("…, der als Botschafter nach Y wechselt",
"…, die im Mai das Amt der Präsidentin übernommen hatte")."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent
from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.relative import relative_antecedent, relative_role


def taker(ctx: ArticleContext, sent: Span, verb: int) -> Agent | None:
    """The subject of the verb at ``verb``; in a subject relative clause its antecedent's name."""
    rel = relative_role(ctx, sent, verb)
    if rel is not None and rel.role == "subject":
        antecedent = relative_antecedent(ctx, sent, clause(ctx, sent, verb))
        return antecedent[0] if antecedent is not None else None
    return subject_of(ctx, sent, verb)
