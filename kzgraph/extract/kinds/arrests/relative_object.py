"""The unnamed arrested before an object relative clause: "Der Mann, den die Polizei am Montag
festgenommen hatte, …" (one person), "Die beiden Männer, die die Beamten gestellt und festgenommen
haben, …" (a counted group): the antecedent, the phrase that ends at the comma before the
pronoun. Named antecedents are read by the grammar's roles (``relative_object``)."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, Count
from kzgraph.extract.grammar.relative import relative_role
from kzgraph.extract.kinds.arrests.groups import group_count
from kzgraph.extract.kinds.arrests.people import antecedent_person


def object_antecedent_person(
    ctx: ArticleContext, sent: Span, verb: int, near: Span
) -> tuple[Agent, Count | None] | None:
    """One unnamed person the object relative clause of the active verb at ``verb`` is about."""
    role = relative_role(ctx, sent, verb)
    if role is None or role.role != "object":
        return None
    return antecedent_person(ctx, sent, near.start)


def object_antecedent_group(
    ctx: ArticleContext, sent: Span, verb: int, near: Span
) -> tuple[Count, str] | None:
    """A counted group the object relative clause of the active verb at ``verb`` is about."""
    role = relative_role(ctx, sent, verb)
    if role is None or role.role != "object" or near.start - 1 <= sent.start:
        return None
    before = ctx.doc[sent.start : near.start - 1]  # up to the comma before the pronoun
    return group_count(before, before.end_char, verb=True)
