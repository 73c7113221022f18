"""Who reports an arrest: "teilte die Polizei mit", "wie das Ministerium mitteilte", "nach eigenen
Angaben", a source cue the statement extractor read ("Laut Interfax wurden …"), and a further
source's own figure in the same sentence ("…, Menschenrechtler sprechen von mehr als 5000").
Conflicting figures stay separate claims, each with its source."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Arrest, Count, Statement
from kzgraph.extract.grammar.agents import np_end
from kzgraph.extract.grammar.clauses import subject_of
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.arrests.groups import count_of, count_re


def reporter_of(ctx: ArticleContext, sent: Span) -> Agent | None:
    """Who the sentence says reports its arrest: the phrase after a reporting verb ("teilte die
    Polizei mit"), "nach Behördenangaben", "nach eigenen Angaben" (the subject), a "wie" clause."""
    doc = ctx.doc
    verbs = set(events_lexicon()["report_verbs"])
    for t in sent:
        if t.lower_ in verbs and t.i + 1 < sent.end:
            m = ctx.mention_at(t.i + 1)
            if m is not None:
                return ctx.person_agent(m.person)
            e = np_end(ctx, t.i + 1, sent.end)
            ag = ctx.agent_for(doc[t.i + 1 : e]) if e > t.i + 1 else None
            if _can_report(ag):
                return ag
        if t.lower_ == "behördenangaben":
            return Agent(AgentKind.ORGANIZATION, label="Behörden")
        if t.lower_ == "eigenen" and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "angaben":
            # "nahm die Polizei nach eigenen Angaben … fest": the subject reports it
            own = figure_source(ctx, sent, sent.end)
            if own is not None:
                return own
        if t.lower_ == "wie" and (t.i == sent.start or doc[t.i - 1].text == ","):
            found = _wie_reporter(ctx, sent, t.i, verbs)
            if found is not None:
                return found
    return None


def _wie_reporter(ctx: ArticleContext, sent: Span, i: int, verbs: set[str]) -> Agent | None:
    """ "…, wie Justizminister X sagte" / "Wie die Polizei mitteilte, …": the reporter."""
    doc = ctx.doc
    end = next((t.i for t in doc[i + 1 : sent.end] if t.text in (",", ".", ";", ":")), sent.end)
    if not any(t.lower_.endswith(tuple(verbs)) for t in doc[i + 2 : end]):
        return None
    m = ctx.mention_at(i + 1)
    if m is not None:
        return ctx.person_agent(m.person)
    e = np_end(ctx, i + 1, end)
    ag = ctx.agent_for(doc[i + 1 : e]) if e > i + 1 else None
    return ag if _can_report(ag) else None


def _can_report(agent: Agent | None) -> bool:
    """A person, organisation or group reports; a place or a thing does not."""
    return agent is not None and agent.kind in (AgentKind.ORGANIZATION, AgentKind.GROUP, AgentKind.PERSON)


def further_figures(ctx: ArticleContext, sent: Span, noun: int) -> list[tuple[Agent, Count]]:
    """ "…von 1.200 Festnahmen, Menschenrechtler von mehr als 3.000", "… festgenommen,
    Menschenrechtler sprechen von mehr als 5000": each further source with its figure, the noun
    left out, after the word at ``noun``. The figure must close its part (a comma or the sentence end)."""
    doc = ctx.doc
    arrest_nouns = set(events_lexicon()["arrest"]["nouns"])
    out: list[tuple[Agent, Count]] = []
    k = noun + 1
    while k < sent.end and doc[k].text == ",":
        start = k + 1 + (k + 1 < sent.end and doc[k + 1].lower_ == "und")
        von = next((j for j in range(start + 1, min(sent.end, start + 5)) if doc[j].lower_ == "von"), None)
        if von is None or von + 1 >= sent.end:
            break
        after = next((j for j in range(von + 1, sent.end) if doc[j].text in (",", ".", ";", "!")), sent.end)
        # a figure that ends the sentence keeps its full stop in one token ("von mehr als 100."); it
        # may repeat the arrest noun ("sprach von 700 Festnahmen")
        last = after - 1 if after - 1 > von + 1 and doc[after - 1].text.rstrip(".") in arrest_nouns else after
        m = count_re().fullmatch(doc[von + 1 : last].text.removesuffix("."))
        count = count_of(m) if m else None
        # the source ends at its verb of saying, if it has one ("Menschenrechtler sprechen von")
        verb = next((j for j in range(start + 1, von) if doc[j].tag_.endswith("FIN")), von)
        if verb < von and doc[verb].lemma_ != "sprechen":
            break
        source = ctx.agent_for(doc[start:verb]) if count is not None else None
        if source is None or count is None:
            break
        out.append((source, count))
        k = after
    return out


def clause_end(ctx: ArticleContext, sent: Span, i: int) -> int:
    """The last word of the clause of the verb at ``i``, before a comma ("nahm 300 Demonstranten
    fest, …"); ``i`` itself when another finite verb comes first."""
    for t in ctx.doc[i + 1 : sent.end]:
        if t.text == ",":
            return t.i - 1
        if t.tag_.endswith("FIN"):
            break
    return i


def figure_source(ctx: ArticleContext, sent: Span, noun: int) -> Agent | None:
    """The subject of the verb before the first figure ("Das Ministerium sprach von …")."""
    verbs = [t.i for t in ctx.doc[sent.start : noun] if t.tag_.endswith("FIN")]
    return subject_of(ctx, sent, verbs[0]) if verbs else None


def _told_in(arrest: Arrest, statement: Statement) -> bool:
    """The statement is the arrest's sentence, and its content carries the arrest's figure or name."""
    if statement.mode != "reported" or statement.evidence.start != arrest.evidence.start:
        return False
    if arrest.count is not None:
        return arrest.count.text in statement.quote
    who = arrest.arrested
    return who is not None and (who.name or who.label).split()[-1] in statement.quote


def sourced_by_statements(arrests: list[Arrest], statements: list[Statement]) -> list[Arrest]:
    """Arrests without a reporter take the source of the reported statement that tells them."""
    out = []
    for arrest in arrests:
        if arrest.reported_by is None:
            source = next((s.speaker for s in statements if _told_in(arrest, s)), None)
            if source is not None:
                arrest = replace(arrest, reported_by=source)
        out.append(arrest)
    return out
