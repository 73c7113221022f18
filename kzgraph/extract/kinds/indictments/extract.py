"""Indictments, told by the verb ("X wurde wegen Betrugs angeklagt", "Die Staatsanwaltschaft
klagte X an") or by the noun ("erhob Anklage gegen X", "Die Anklage gegen X lautet auf Mord").
Not an indictment: a dropped or refused one ("die Anklage wurde fallen gelassen"), a threatened
or expected one (a hedge: "ihm droht eine Anklage"), a negated one, a civil suit ("X klagte gegen
den Bescheid": no particle "an"), the dock ("auf der Anklagebank": another noun). The charge is
read with the arrests' charge reader ("wegen Y", "des Betrugs angeklagt")."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.event_verbs import verb_forms
from kzgraph.extract.grammar.objects import agent_after_von
from kzgraph.extract.grammar.role_map import role_map
from kzgraph.extract.grammar.scope import hedged, negated
from kzgraph.extract.grammar.triggers import PASSIVE_AUX, Trigger, events_lexicon, find_triggers
from kzgraph.extract.grammar.verb_objects import verb_object
from kzgraph.extract.grammar.voice import verb_roles
from kzgraph.extract.kinds.arrests.charges import charge_of
from kzgraph.extract.kinds.indictments.fact import Indictment

ROLES = role_map(__package__ or "kzgraph.extract.kinds.indictments")

# who can be indicted: a person or a group ("drei Männer"), not an office or a place
_INDICTABLE = (AgentKind.PERSON, AgentKind.GROUP)
_CHARGE_END = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "-"})


def _lexicon() -> dict:
    return events_lexicon()["indictment"]


def _dropped(sent: Span) -> bool:
    text = " ".join(t.lower_ for t in sent)
    return any(f" {cue.lower()} " in f" {text} " for cue in _lexicon()["dropped"])


def extract_indictments(ctx: ArticleContext) -> list[Indictment]:
    nouns = frozenset(_lexicon()["nouns"])
    finite, nonfinite = verb_forms("indictment")
    out: list[Indictment] = []
    for sent in ctx.sentences:
        # the trigger finder reads the clause structure: only where a form of the verb occurs
        verb = any(low in finite or low in nonfinite for low in ctx.sentence_words(sent))
        triggers = find_triggers(ctx, sent, "indictment") if verb else []
        noun_at = [i for i, word in enumerate(ctx.sentence_texts(sent), sent.start) if word in nouns]
        if not triggers and not noun_at:
            continue
        if _dropped(sent) or hedged(ctx, sent, [t.i for t in triggers] + noun_at):
            continue
        found = [_verbal(ctx, sent, t) for t in triggers if not negated(ctx, sent, t.i)]
        found += [_nominal(ctx, sent, i) for i in noun_at if not negated(ctx, sent, i)]
        out.extend(f for f in found if f is not None)
    return out


def _verbal(ctx: ArticleContext, sent: Span, trig: Trigger) -> Indictment | None:
    """ "X wurde (von der Staatsanwaltschaft) wegen Y angeklagt" / "Die Staatsanwaltschaft hat X
    angeklagt", "klagte X wegen Y an"."""
    cl = clause(ctx, sent, trig.i)
    if trig.passive:
        fact = ROLES.fill(verb_roles(ctx, sent, trig.i, True))
        indicted = fact.get("indicted") or subject_of(ctx, cl, trig.i) or subject_of(ctx, sent, trig.i)
        agent = fact.get("agent")
        rule = "indictment.verb.passive"
    else:
        agent = _prosecutor(ctx, sent, trig.i)
        got = verb_object(ctx, cl.start, cl.end, trig.i, agent)
        indicted = got[0] if got is not None else None
        rule = "indictment.verb.active"
    return _fact(ctx, sent, trig.i, indicted, agent, charge_of(ctx, sent), rule, 0.8)


def _nominal(ctx: ArticleContext, sent: Span, i: int) -> Indictment | None:
    """ "(Die Staatsanwaltschaft) erhob Anklage gegen X", "Gegen X wurde Anklage erhoben", "Die
    Anklage gegen X lautet auf Y"."""
    lex, doc = _lexicon(), ctx.doc
    indicted = _against(ctx, sent, i)
    raised = next((t.i for t in sent if t.lower_ in lex["raising_verbs"]), None)
    reads = next((t.i for t in sent if t.lower_ in lex["reading_verbs"]), None)
    if raised is not None:
        passive = any(t.lower_ in PASSIVE_AUX for t in clause(ctx, sent, raised))
        agent = None if passive else _prosecutor(ctx, sent, raised, i)
        return _fact(ctx, sent, i, indicted, agent, charge_of(ctx, sent), "indictment.noun.raised", 0.8)
    if reads is not None and reads + 1 < sent.end and doc[reads + 1].lower_ == "auf":
        charge = _charge_after(sent, reads + 2)
        return _fact(ctx, sent, i, indicted, None, charge, "indictment.noun.reads_on", 0.75)
    return None


def _against(ctx: ArticleContext, sent: Span, noun: int) -> Agent | None:
    """The party after "gegen" ("Anklage gegen den früheren Minister X"); the phrase ends before
    the noun "Anklage" when that follows it ("gegen einen Verdächtigen Anklage erhoben")."""
    for t in sent:
        if t.lower_ == "gegen" and t.i + 1 < sent.end:
            m = ctx.mention_at(t.i + 1)
            if m is not None and m.kind != "pronoun" or m is not None and t.i + 2 == m.end:
                return ctx.person_agent(m.person)
            return agent_after_von(ctx, t.i + 1, noun if noun > t.i + 1 else sent.end)
    return None


def _prosecutor(ctx: ArticleContext, sent: Span, verb: int, noun: int | None = None) -> Agent | None:
    """The subject of the active verb at ``verb``: who brings the charge. The place of a dateline
    ("Hamburg – Die Staatsanwaltschaft erhob …") is none; the subject is looked for after its
    dash. "Anklage" itself read as the subject is none either."""
    doc = ctx.doc
    agent = subject_of(ctx, sent, verb)
    if agent is not None and agent.kind == AgentKind.PLACE:
        dash = next((t.i for t in sent[:4] if t.text in ("–", "-")), None)
        agent = subject_of(ctx, doc[dash + 1 : sent.end], verb) if dash is not None else None
    if agent is None or agent.kind == AgentKind.PLACE:
        return None
    if noun is not None and agent.label.split()[-1] == doc[noun].text:
        return None
    return agent


def _charge_after(sent: Span, k: int) -> str | None:
    """ "lautet auf schweren Betrug in 20 Fällen": the words up to the next punctuation (at most eight)."""
    words = []
    for t in sent.doc[k : sent.end]:
        if t.text in _CHARGE_END or len(words) == 8:
            break
        words.append(t.text)
    return " ".join(words) or None


def _fact(
    ctx: ArticleContext,
    sent: Span,
    i: int,
    indicted: Agent | None,
    agent: Agent | None,
    charge: str | None,
    rule: str,
    confidence: float,
) -> Indictment | None:
    if indicted is None or indicted.kind not in _INDICTABLE or indicted == agent:
        return None
    date = ctx.date_for(sent, ctx.doc[i].idx)
    return Indictment(ctx.evidence(sent, rule, confidence), indicted, agent, charge, date)
