"""Arrests told by an idiom whose subject, or whose für-phrase, is the arrested: "X ging der
Polizei ins Netz", "X ist den Fahndern ins Netz gegangen", "für X klickten die Handschellen".
The words are data of the events lexicon (``arrest.idioms``): the verb forms, the words that must
stand in the verb's clause and, for "ins Netz", who catches (a dative before it in its clause,
matched by its end, so that "ging ins Netz" (went online) is none)."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Count
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.triggers import PASSIVE_AUX, Trigger, events_lexicon
from kzgraph.extract.kinds.arrests.groups import parse_count
from kzgraph.extract.kinds.arrests.person_nouns import open_person_noun, person_plural
from kzgraph.extract.kinds.arrests.person_phrase import person_phrase_at


def idiom_triggers(ctx: ArticleContext, sent: Span) -> list[Trigger]:
    """The verbs of arrest idioms in ``sent``, read like a passive (the subject is the arrested)."""
    out: list[Trigger] = []
    for idiom in events_lexicon()["arrest"]["idioms"]:
        for i in ctx.positions_of(sent, set(idiom["verbs"])):
            if any(x.i == i for x in out):
                continue
            if _told_in(ctx, sent, i, idiom):
                out.append(Trigger(idiom["lemma"], i, True, idiom))
    return out


def _told_in(ctx: ArticleContext, sent: Span, i: int, idiom: dict) -> bool:  # type: ignore[type-arg]
    """The idiom's words stand in the clause of the verb at ``i`` in a row, after a catcher in
    that clause if it needs one."""
    words = [w.lower() for w in idiom["words"]]
    cl = clause(ctx, sent, i)
    doc = ctx.doc
    if idiom.get("passive_only") and not any(t.lower_ in PASSIVE_AUX for t in cl):
        return False  # "Polizisten stellten den Räuber": the subject is the catcher, not read here
    catchers = tuple(c.lower() for c in idiom.get("caught_by", ()))
    for k in range(cl.start, cl.end - len(words) + 1):
        if [doc[k + n].lower_ for n in range(len(words))] != words:
            continue
        if not catchers:
            return True
        if any(doc[c].lower_.endswith(catchers) for c in range(cl.start, k)):
            return True
    return False


def prepositional_arrests(ctx: ArticleContext, sent: Span) -> list[tuple[int, Agent, Count | None]]:
    """(verb index, arrested) of idioms whose arrested is named after a preposition of their clause:
    "Für X klickten die Handschellen", "Gegen X wurde der Haftbefehl vollstreckt"."""
    out: list[tuple[int, Agent, Count | None]] = []
    doc = ctx.doc
    for idiom in events_lexicon()["arrest"]["prepositional_idioms"]:
        for i in ctx.positions_of(sent, set(idiom["verbs"])):
            if not _told_in(ctx, sent, i, idiom):
                continue
            cl = clause(ctx, sent, i)
            for m in ctx.mentions_in(cl):
                # the preposition, past an article and a title or adjectives ("für den Betrüger X")
                before = [doc[k] for k in range(max(cl.start, m.start - 4), m.start)]
                if m.kind == "name" and any(b.lower_ == idiom["arrested_after"] for b in before):
                    out.append((i, ctx.person_agent(m.person), None))
                    break
            else:
                unnamed = _unnamed_after(ctx, cl, idiom["arrested_after"])
                if unnamed is not None:
                    out.append((i, *unnamed))
    return out


def _unnamed_after(ctx: ArticleContext, cl: Span, preposition: str) -> tuple[Agent, Count | None] | None:
    """ "für drei der Randalierer" (a counted group), "für den 30-Jährigen" (one person): who the
    preposition of the idiom names when no name stands there."""
    doc = ctx.doc
    at = next((t.i for t in cl if t.lower_ == preposition), None)
    if at is None or at + 1 >= cl.end:
        return None
    count = parse_count(doc[at + 1].text)
    if count is not None and count.value > 1:
        noun = next((k for k in range(at + 2, min(cl.end, at + 6)) if doc[k].tag_ == "NN"), None)
        people = noun is not None and open_person_noun(doc[noun].text)  # "drei der Schläger"
        if noun is not None and (person_plural(doc[noun].text) is not None or people):
            return Agent(AgentKind.GROUP, label=doc[at + 1 : noun + 1].text), count
        return None
    got = person_phrase_at(ctx, at + 1, cl.end)
    return (Agent(AgentKind.PERSON, label=got[0]), None) if got is not None else None


def with_idioms(trigs: list[Trigger], idioms: list[Trigger]) -> list[Trigger]:
    """The verb triggers and the idioms' triggers; an idiom read as a passive wins over an active
    reading of the same form ("wurde von Beamten ergriffen": not the plural "ergriffen")."""
    passive_at = {t.i for t in idioms if t.passive}
    kept = [t for t in trigs if t.passive or t.i not in passive_at]
    return kept + [t for t in idioms if all(x.i != t.i for x in kept)]
