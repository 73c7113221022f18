"""An arrest presupposed by a possessive in a time adjunct: "Nach seiner Festnahme gestand der
Mann die Tat", "X soll bei ihrer Verhaftung geschwiegen haben". The possessor is the subject of
the clause the adjunct belongs to; a subject who makes or reports arrests ("der Polizeisprecher")
or a group is not read as the possessor."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.clauses import subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.arrests.person_nouns import arresting_noun
from kzgraph.extract.kinds.arrests.person_phrase import person_phrase_at


def possessive_adjunct(ctx: ArticleContext, sent: Span, k: int) -> bool:
    """The arrest noun at ``k`` follows a time preposition and a possessive: "nach seiner"."""
    doc = ctx.doc
    lex = events_lexicon()["arrest"]
    return (
        k - 2 >= sent.start
        and doc[k - 1].lower_ in lex["presupposing_possessives"]
        and doc[k - 2].lower_ in lex["presupposing_prepositions"]
    )


def possessor_arrested(ctx: ArticleContext, sent: Span, k: int) -> Agent | None:
    """The person whose arrest the possessive adjunct at noun ``k`` presupposes, or None."""
    if not possessive_adjunct(ctx, sent, k):
        return None
    doc = ctx.doc
    finite = next((t.i for t in sent if t.tag_.endswith("FIN") and not k - 2 <= t.i <= k), None)
    if finite is None:
        return None
    subject = subject_of(ctx, sent, finite) or _inverted_person(ctx, sent, finite)
    if subject is None or subject.kind != AgentKind.PERSON:
        return None
    head = (subject.label or "").split()[-1:] or [""]
    if arresting_noun(head[0]) or head[0].lower().endswith(_REPORTING_HEADS):
        return None  # "Nach seiner Festnahme sagte der Polizeisprecher": another possessor
    feminine = doc[k - 1].lower_.startswith("ihr")
    article = (subject.label or "").split()[0].lower() if not subject.is_named else ""
    if article in _MASCULINE and feminine or article in _FEMININE and not feminine:
        return None  # "Nach ihrer Festnahme sagte der Anwalt": the possessive agrees with another
    return subject


def _inverted_person(ctx: ArticleContext, sent: Span, finite: int) -> Agent | None:
    """The unnamed person right after the finite verb ("hat der Mann"), or the name in apposition
    to it ("hat der mutmaßliche Täter, Max M., …")."""
    doc = ctx.doc
    j = finite + 1
    if j >= sent.end or doc[j].lower_ not in _MASCULINE | _FEMININE:
        return None
    got = person_phrase_at(ctx, j, sent.end)
    if got is not None:
        return Agent(AgentKind.PERSON, label=got[0])
    comma = next((c for c in range(j + 1, min(sent.end - 1, j + 8)) if doc[c].text == ","), None)
    mention = ctx.mention_at(comma + 1) if comma is not None else None
    if mention is None or mention.kind != "name" or mention.start != comma + 1:
        return None
    return ctx.person_agent(mention.person)


_REPORTING_HEADS = ("sprecher", "sprecherin", "anwalt", "anwältin", "verteidiger", "verteidigerin")
_MASCULINE = closed_class().words("masculine_nominative_articles")
_FEMININE = closed_class().words("feminine_nominative_articles")
