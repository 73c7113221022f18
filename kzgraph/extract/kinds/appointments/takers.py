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
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import apposition_in
from kzgraph.extract.grammar.relative import relative_antecedent, relative_role


def taker(ctx: ArticleContext, sent: Span, verb: int) -> Agent | None:
    """The subject of the verb at ``verb``; in a subject relative clause its antecedent's name."""
    rel = relative_role(ctx, sent, verb)
    if rel is not None and rel.role == "subject":
        if not _verb_final(ctx, sent, rel.index, verb):
            # "…; der war damals als X zu Y gegangen": a demonstrative points to the last named
            names = [m for m in ctx.mentions_in(ctx.doc[sent.start : rel.index]) if m.kind == "name"]
            return ctx.person_agent(names[-1].person) if names else None
        antecedent = relative_antecedent(ctx, sent, clause(ctx, sent, verb))
        return antecedent[0] if antecedent is not None else None
    cl = clause(ctx, sent, verb)
    if cl.start > sent.start and _demonstrative_opens(ctx, cl):
        # "…; der war damals als X zu Y gegangen": a demonstrative points to the last named person
        names = [m for m in ctx.mentions_in(ctx.doc[sent.start : cl.start]) if m.kind == "name"]
        return ctx.person_agent(names[-1].person) if names else None
    subject = subject_of(ctx, sent, verb)
    first = next(iter(ctx.mentions_in(ctx.doc[sent.start : verb])), None)
    if first is not None and first.kind == "description" and ctx.person_agent(first.person) == subject:
        named = apposition_in(ctx, first.start, verb)
        if named is not None:
            return named[0]
    return subject


def _verb_final(ctx: ArticleContext, sent: Span, pronoun: int, verb: int) -> bool:
    """A relative clause after a comma keeps its finite verb at the end ("…, der als X nach Y
    wechselt"); "; der war damals … gegangen" (the finite verb right after it) is a demonstrative
    opening a main clause."""
    doc = ctx.doc
    if pronoun == sent.start or doc[pronoun - 1].text != ",":
        return False
    cl = clause(ctx, sent, verb)
    finite = [t.i for t in doc[pronoun + 1 : cl.end] if t.tag_.endswith("FIN")]
    return not finite or finite[0] >= cl.end - 2


def _demonstrative_opens(ctx: ArticleContext, cl: Span) -> bool:
    """The clause opens with "der"/"die" right before its finite verb: a demonstrative subject."""
    doc = ctx.doc
    return (
        cl.start + 1 < cl.end
        and doc[cl.start].lower_ in _DEMONSTRATIVES
        and doc[cl.start + 1].tag_.endswith("FIN")
        and doc[cl.start - 1].text in (";", ":", ",")
    )


# "der"/"die" opening a main clause before its finite verb: a demonstrative subject
_DEMONSTRATIVES = closed_class().words("definite_nominative_articles")
