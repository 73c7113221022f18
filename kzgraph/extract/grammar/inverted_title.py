"""A title subject after the verb, directly followed by the object's name.

"Am Dienstag entließ der Präsident Jonas Brandt": German puts an apposition name right after its
title without a comma ("der Präsident Jonas Brandt entließ …"), so the name after an inverted
"der Präsident" could be his own. It is the object's when the transitive event verb finds no
other object in its clause: a verb that needs an object ("entließ", "ernannte", "nahm … fest")
and gets none has its object in that name, and the bare title phrase is the subject.
"Entließ der Präsident Jonas Brandt den Minister" keeps Jonas Brandt as the subject (the
accusative "den Minister" is the object), and so does an intransitive reading of the clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.closed_class import closed_class

# articles that open a nominative subject: "der Präsident", "die Kanzlerin"
_SUBJECT_ARTICLES = closed_class().words("feminine_nominative_articles") | closed_class().words(
    "masculine_nominative_articles"
)


def split_title_subject(
    ctx: ArticleContext, sent: Span, i: int, subject: Agent | None
) -> tuple[Agent, Agent, int, int] | None:
    """For the finite verb at ``i`` whose subject is the name right after "der/die TITLE" that
    follows the verb: (the title phrase as subject, the name as object, the name's start, end);
    else None. Call it only when the verb found no other object."""
    doc, lx = ctx.doc, ctx.lx
    if subject is None or subject.kind != AgentKind.PERSON or not doc[i].tag_.endswith("FIN"):
        return None
    det, title, start = i + 1, i + 2, i + 3
    if start >= sent.end or doc[det].lower_ not in _SUBJECT_ARTICLES:
        return None
    if not (lx.is_title(doc[title].text) or lx.is_role(doc[title].text)):
        return None
    m = ctx.mention_at(start)
    if m is None or m.kind != "name" or m.start != start or ctx.person_agent(m.person) != subject:
        return None
    described = ctx.agent_for(doc[det : title + 1])
    if described is None or described == subject:
        return None
    return described, subject, m.start, m.end


def inverted_subject_title(doc: Doc, k: int) -> bool:
    """The title at ``k`` opens with its article the subject right after a full finite verb
    ("entließ der Präsident X"): it names the subject's post, not that of the name after it.
    After an auxiliary ("wurde der Präsident X entlassen") it is the named person's own."""
    return k >= 2 and doc[k - 1].lower_ in _SUBJECT_ARTICLES and doc[k - 2].tag_ == "VVFIN"
