"""Dismissals told by the certificate handed over: "Der Präsident überreichte Minister X die
Entlassungsurkunde", "X erhielt die Entlassungsurkunde (durch Y)". Ministers and civil servants
leave office when it is handed to them; the one who receives it is dismissed, the one who hands
it over dismisses.

The lexicon (events.yaml, dismissal section) lists the certificate nouns and the verbs of giving
and receiving; a person between the giving verb and the noun is a receiver ("übergab dem
bisherigen Premierminister X die Entlassungsurkunde"), the subject of a receiving verb is one."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Dismissal
from kzgraph.extract.grammar.clauses import subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import object_after
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.offices.extract import title_before

_RULE = "dismissal.certificate"
_BY = closed_class().words("agent_prepositions")  # "durch Präsident Y", "von Y"
_OBLIQUE_DEFINITE = closed_class().words("oblique_definite_articles_with_der")  # "dem bisherigen Premier X"


def certified_dismissals(ctx: ArticleContext, sent: Span) -> list[Dismissal]:
    """One dismissal per person the sentence hands a certificate of dismissal to."""
    lex = events_lexicon()["dismissal"]
    nouns = set(lex["certificate_nouns"])
    # the sentence's words are read once per article: most sentences hold no certificate noun
    if not ctx.sentence_words(sent) & {n.lower() for n in nouns}:
        return []
    noun = next((i for i, word in enumerate(ctx.sentence_texts(sent), sent.start) if word in nouns), None)
    if noun is None or ctx.sentence_words(sent) & set(lex["certificate_not_with"]):
        return []
    doc = ctx.doc
    giving = next((t.i for t in doc[sent.start : noun] if t.lower_ in lex["certificate_giving"]), None)
    receiving = next((t.i for t in sent if t.lower_ in lex["certificate_receiving"]), None)
    if giving is not None:
        agent = subject_of(ctx, sent, giving)
        found = [
            (ctx.person_agent(m.person), m.start)
            for m in ctx.mentions_in(doc[giving + 1 : noun])
            if m.kind != "description" or doc[m.start].lower_ in _OBLIQUE_DEFINITE
        ]
        receivers = [(who, k) for who, k in found if who != agent and who.kind == AgentKind.PERSON]
    elif receiving is not None:
        who = subject_of(ctx, sent, receiving)
        if who is None or who.kind != AgentKind.PERSON:
            return []
        mention = next((m for m in ctx.mentions_in(sent) if ctx.person_agent(m.person) == who), None)
        receivers = [(who, mention.start if mention is not None else receiving)]
        agent = _giver_after(ctx, sent, noun)
    else:
        return []
    ev = ctx.evidence(sent, _RULE, 0.75)
    date = ctx.date_for(sent, doc[noun].idx)
    out, seen = [], set()
    for who, k in receivers:
        if who in seen:
            continue
        seen.add(who)
        out.append(Dismissal(ev, who, agent, title_before(ctx, k), date))
    return out


def _giver_after(ctx: ArticleContext, sent: Span, noun: int) -> Agent | None:
    """ "(erhielt die Entlassungsurkunde) durch/von Präsident Y": who handed it over."""
    doc = ctx.doc
    by = next((t.i for t in doc[noun + 1 : sent.end] if t.lower_ in _BY), None)
    if by is None or by != noun + 1:
        return None
    named = ctx.mention_at(by + 1)
    if named is not None and named.kind == "name":
        return ctx.person_agent(named.person)
    got = object_after(ctx, by + 1, sent.end)
    return got[0] if got is not None else None
