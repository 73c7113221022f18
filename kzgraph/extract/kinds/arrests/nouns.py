"""Arrests told by a noun without a verb: "die Festnahme des X", "mehr als 3700 Festnahmen",
"Es kam zu mehreren Festnahmen", "trotz der Verhaftungswelle"."""

from __future__ import annotations

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Arrest, FactDate
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.coordination import listed_agents
from kzgraph.extract.grammar.role_map import role_map
from kzgraph.extract.grammar.scope import negated, presupposed
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.grammar.voice import noun_roles
from kzgraph.extract.kinds.arrests.groups import count_of, count_re, group_count, vague_quantity_before
from kzgraph.extract.kinds.arrests.people import noun_person
from kzgraph.extract.kinds.arrests.possessive import possessive_adjunct, possessor_arrested
from kzgraph.extract.kinds.arrests.records import Told, add, group_arrest
from kzgraph.extract.kinds.arrests.sources import figure_source, further_figures

ROLES = role_map("kzgraph.extract.kinds.arrests")
_VON = closed_class().words("von_forms")  # "die Festnahme von A und B": the list is the arrested


def by_noun(ctx: ArticleContext, told: Told, noun_hits: list[int], out: list[Arrest]) -> None:
    """Arrest nouns without a verb: "die Festnahme eines 34-Jährigen", "mehr als 3700 Festnahmen",
    "Die Zahl der Festnahmen wurde mit ungefähr 10.000 angegeben"; one fact a sentence."""
    sent, doc = told.sent, ctx.doc
    charge, reporter = told.charge, told.reporter
    for k in noun_hits:
        if negated(ctx, sent, k) and not presupposed(ctx, sent, k) and not possessive_adjunct(ctx, sent, k):
            continue
        t = doc[k]
        date = ctx.date_for(sent, t.idx)
        if t.text in events_lexicon()["arrest"]["group_nouns"]:
            wave = _wave_of_arrests(ctx, told, k, date)
            if wave is not None:
                out.append(wave)
                return
            continue
        possessor = possessor_arrested(ctx, sent, k)
        if possessor is not None:
            # "Nach seiner Festnahme gestand der Mann": the subject's arrest, presupposed
            ev = ctx.evidence(sent, "arrest.noun.possessive", 0.65)
            out.append(Arrest(ev, possessor, None, charge, reporter, date))
            return
        named = ROLES.role(noun_roles(ctx, sent, k), "arrested")
        if named is not None and named.kind == AgentKind.PERSON and named.is_named:
            # "nach der Festnahme des früheren Ministers X", "die Verhaftung von X (und Y)"
            for person in listed_agents(ctx, sent, named, _VON):
                ev = ctx.evidence(sent, "arrest.noun.named", 0.7)
                out.append(Arrest(ev, person, None, charge, reporter, date))
            return
        group = group_count(sent, t.idx, police=False)
        one = noun_person(ctx, sent, k) if group is None else None
        if one is not None:
            ev = ctx.evidence(sent, "arrest.noun.person", 0.7)
            out.append(Arrest(ev, one[0], one[1], charge, reporter, date))
            return
        if group is None:
            m = count_re().search(sent.text, t.idx - sent.start_char)
            c = count_of(m) if m and not _counts_a_noun(sent.text[m.end() :]) else None
            if c is None or c.value < 2:
                _add_vague_noun_group(ctx, told, k, date, out)
                continue
            group = (c, "Festnahmen")
        further = further_figures(ctx, sent, k)
        if further and reporter is None:
            # "Das Ministerium sprach von 1.200 Festnahmen, Aktivisten von 3.000": a source each
            reporter = figure_source(ctx, sent, k)
        out.append(group_arrest(ctx.evidence(sent, "arrest.noun.count", 0.8), group, charge, reporter, date))
        for source, count in further:
            ev = ctx.evidence(sent, "arrest.noun.count.gapped", 0.75)
            out.append(group_arrest(ev, (count, group[1]), charge, source, date))
        return


def _add_vague_noun_group(
    ctx: ArticleContext, told: Told, k: int, date: FactDate | None, out: list[Arrest]
) -> None:
    """ "Es kam zu mehreren Festnahmen", "nach Dutzenden Verhaftungen": a group nobody counted;
    not feared or expected (as a wave of arrests), not in a headline."""
    quantity = vague_quantity_before(ctx, k)
    if quantity is None or _wave_of_arrests(ctx, told, k, date) is None:
        return
    if not any(t.tag_.endswith("FIN") for t in told.sent):
        return  # a headline's "Hunderte Festnahmen" sums up what its text tells
    group = Agent(AgentKind.GROUP, label=f"Festgenommene ({quantity} {ctx.doc[k].text})")
    ev = ctx.evidence(told.sent, "arrest.noun.vague", 0.7)
    add(out, Arrest(ev, group, None, told.charge, told.reporter, date))


def _wave_of_arrests(ctx: ArticleContext, told: Told, k: int, date: FactDate | None) -> Arrest | None:
    """ "trotz der Verhaftungswelle", "nach Massenverhaftungen": a group arrested that nobody
    counted; not feared, expected or warned of ("Angst vor einer Verhaftungswelle", "befürchten
    Massenfestnahmen")."""
    doc, sent = ctx.doc, told.sent
    lex = events_lexicon()["arrest"]
    if any(doc[j].lower_ in lex["group_nouns_not_after"] for j in range(max(sent.start, k - 3), k)):
        return None
    if any(t.lower_ in lex["group_nouns_feared"] for t in clause(ctx, sent, k)):
        return None
    group = Agent(AgentKind.GROUP, label=f"Festgenommene ({doc[k].text})")
    ev = ctx.evidence(sent, "arrest.noun.wave", 0.7)
    return Arrest(ev, group, None, told.charge, told.reporter, date)


def _counts_a_noun(after: str) -> bool:
    """A noun right after a count found past the arrest noun: the count is that noun's ("Bei der
    Festnahme wurden zwei Polizisten verletzt"), not a figure of arrests ("mit 10.000 angegeben")."""
    words = after.split()
    return bool(words) and words[0][:1].isupper()
