"""Dismissals: "X entließ Y", "Y wurde (von X) abgesetzt", "X entzog Y den Vorsitz", nominal forms."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import NamedTuple

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Dismissal
from kzgraph.extract.grammar.agents import np_end
from kzgraph.extract.grammar.clauses import apposition_subject, clause, subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.coordination import listed_agents
from kzgraph.extract.grammar.objects import (
    apposition_in,
    apposition_name,
    object_after,
    persons_of,
)
from kzgraph.extract.grammar.role_map import role_map
from kzgraph.extract.grammar.scope import hedged, negated
from kzgraph.extract.grammar.subordinate import subordinate_start
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon, find_triggers, ruled_out
from kzgraph.extract.grammar.voice import ACTIVE, verb_roles
from kzgraph.extract.kinds.dismissals.groups import counted_group_in
from kzgraph.extract.kinds.dismissals.lost import lost_by_subject, post_as, released_after_noun
from kzgraph.extract.kinds.offices.extract import office_label, title_before, title_of
from kzgraph.extract.posts.hierarchy import (
    OWN_POSSESSIVES,
    POSSESSIVE_DETERMINERS,
    office_of,
    removes_subordinate,
    sole_office,
)
from kzgraph.extract.posts.merging import merge_retellings, prefer_with_office

ROLES = role_map(__package__ or "kzgraph.extract.kinds.dismissals")


def _released(sent: Span) -> bool:
    """ "aus der Haft entlassen", "auf Kaution": released, not dismissed."""
    cues = events_lexicon()["dismissal"]["release_cues"]
    return any(t.lower_ in cues or t.lower_.endswith("haft") for t in sent)


def _bad_object(ctx: ArticleContext, agent: Agent, start: int, service: str | None = None) -> bool:
    """Layoffs ("500 Mitarbeiter"), cancelled shows, sold goods. A counted group discharged from
    a ``service`` ("die 40 Polizisten wurden aus dem Dienst entlassen") is dismissed, not laid off."""
    bad = events_lexicon()["dismissal"]["not_objects"]
    words = agent.label.lower().split()
    if any(w in bad for w in words) or any(w.endswith(tuple(bad)) for w in words[-1:]):
        return True
    if service is not None and agent.kind == AgentKind.GROUP:
        return False
    prev = ctx.doc[start - 1].text if start > 0 else ""
    return any(c.isdigit() for c in agent.label) or any(c.isdigit() for c in prev)


def office_np(ctx: ArticleContext, sent: Span, duties: bool = False) -> tuple[str, int] | None:
    """An office noun phrase in the sentence ("den Vorsitz in dem Gremium") and its start; with
    ``duties`` also the duties of one ("von seinen Aufgaben")."""
    found = _office_span(ctx, sent, duties)
    return (ctx.doc[found[0] : found[1]].text, found[0]) if found is not None else None


def office_taken_from(ctx: ArticleContext, sent: Span) -> Agent | None:
    """The person named as the office's previous holder: "übernahm das Amt (des Ministers) von X",
    or its possessor: "Sein Amt übernimmt X" (the person "sein" stands for)."""
    found = _office_span(ctx, sent, False)
    if found is None:
        return None
    before = ctx.doc[found[0] - 1] if found[0] > sent.start else None
    if before is not None and before.lower_ in POSSESSIVE_DETERMINERS:
        return ctx.resolve_possessive(before)
    return previous_holder(ctx, found[1] - 1)


_WORDS = closed_class()
_TIME_NOUNS = _WORDS.words("time_adjunct_nouns") | frozenset(_WORDS.calendar.months)
_VON = _WORDS.words("von_forms")
_AUS_DEM = _WORDS.words("aus_dem_determiners")  # "aus dem Dienst", "aus seinem Polizeidienst"
_GENITIVE_ARTICLES = _WORDS.words("genitive_articles")


def _time_phrase(words: Span) -> bool:
    """ "im Jahr 2010", "im Herbst", "in 2015": a time adjunct after an office noun, not its complement."""
    return any(w.text in _TIME_NOUNS or w.tag_ == "CARD" for w in words)


@cache
def _post_nouns(duties: bool) -> frozenset[str]:
    """The office nouns ("Amt", "Vorsitz" …), with ``duties`` also the duty nouns ("Aufgaben")."""
    lex = events_lexicon()["dismissal"]
    return frozenset(lex["office_nouns"]) | (frozenset(lex["duty_nouns"]) if duties else frozenset())


def _office_span(ctx: ArticleContext, sent: Span, duties: bool) -> tuple[int, int] | None:
    nouns = _post_nouns(duties)
    doc = ctx.doc
    for t in sent:
        if t.text in nouns:
            end = t.i + 1
            # "das Amt von X": X held it; the post is "Amt"
            if (
                previous_holder(ctx, t.i) is None
                and end + 2 < sent.end
                and doc[end].lower_ in _WORDS.words("office_complement_openers")
                and not _time_phrase(doc[end + 1 : end + 3])
            ):
                e = np_end(ctx, end + 1, sent.end)
                if e > end + 1:
                    end = e
            return t.i, end
    return None


def previous_holder(ctx: ArticleContext, k: int) -> Agent | None:
    """ "das Amt von X", "den Posten von X": the named person after "von" that held the office noun
    at ``k``."""
    doc = ctx.doc
    j = k + 1
    # past adverbs and a time phrase: "die Funktion damals von X", "den Vorsitz im Jahr 2010 von X"
    while j < min(len(doc), k + 5) and (
        doc[j].tag_ in ("ADV", "CARD")
        or _time_phrase(doc[j : j + 1])
        or doc[j].lower_ in _WORDS.words("in_forms")
        and _time_phrase(doc[j + 1 : j + 3])
    ):
        j += 1
    if j + 1 >= len(doc) or doc[j].lower_ not in _VON:
        return None
    j += 1
    # "vom früheren Stadtrat X": past the article, adjectives and title of the previous holder
    while (
        j < min(len(doc), k + 10)
        and ctx.mention_at(j) is None
        and (doc[j].tag_ in ("ART", "ADJA") or ctx.lx.is_title(doc[j].text))
    ):
        j += 1
    m = ctx.mention_at(j) if j < len(doc) else None
    return ctx.person_agent(m.person) if m is not None and m.kind == "name" and m.start == j else None


def _role_object(ctx: ArticleContext, k: int, e: int) -> tuple[Agent | None, str | None]:
    """ "den stellvertretenden Sekretär des Rates, X": the named person and the office."""
    doc = ctx.doc
    head = next((t.i for t in doc[k:e] if ctx.lx.is_title(t.text)), None)
    if head is None:
        return None, None
    office, _ = office_label(ctx, head)
    named = apposition_name(ctx, e, len(doc))  # with a rank: ", Generalleutnant X."
    if named is not None:
        return named[0], office
    if e + 1 < len(doc) and doc[e].text == ",":
        m = ctx.mention_at(e + 1)
        if m is not None and m.kind == "name":
            return ctx.person_agent(m.person), office
    return None, office


class _Read(NamedTuple):
    """Who was dismissed by whom, the post lost when the construction names it, and the rule."""

    dismissed: Agent | None
    agent: Agent | None
    office: str | None
    rule: str
    confidence: float


def _one(ctx: ArticleContext, sent: Span, trig: Trigger) -> Dismissal | None:
    if trig.lemma in ("entlassen", "absetzen") and _released(sent):
        return None
    if ruled_out(trig, sent):
        return None
    cl = clause(ctx, sent, trig.i)
    if trig.spec.get("subject_dismissed"):  # "X verlor seinen Posten"
        lost = lost_by_subject(ctx, sent, trig.i)
        read = _Read(lost[0], None, lost[1], "dismissal.lost_post", 0.75) if lost else None
    else:
        read = _passive(ctx, sent, cl, trig) if trig.passive else _active(ctx, sent, cl, trig)
    if read is None or read.dismissed is None or read.dismissed == read.agent:
        return None
    dismissed, agent, office, rule = read.dismissed, read.agent, read.office, read.rule
    doc = ctx.doc
    if trig.spec.get("needs_office"):
        found = office_np(ctx, sent, duties=trig.spec["needs_office"] == "duties")
        if found is None:
            return None
        lex = events_lexicon()["dismissal"]
        if doc[found[1]].text not in lex["generic_office_nouns"] + lex["duty_nouns"]:
            office = found[0]  # "entzog ihm den Vorsitz der Partei"
        if not trig.spec.get("subject_dismissed"):  # "verlor seinen Posten" keeps its own rule
            rule = "dismissal.withdraw_office"
    service = _service_left(ctx, cl)  # "aus dem Dienst entlassen"
    if dismissed.kind == AgentKind.PLACE or _bad_object(ctx, dismissed, sent.start, service):
        return None
    if office is None and dismissed.is_named and _own_office(ctx, cl):
        office = office_of(ctx, dismissed)  # "wurde ihres Amtes enthoben": the office she held
    if office is None:
        office = post_as(ctx, cl) or service  # "wurde als Intendant abberufen"
    date = ctx.date_for(sent, doc[trig.i].idx)
    return Dismissal(ctx.evidence(sent, rule, read.confidence), dismissed, agent, office, date)


def _passive(ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger) -> _Read | None:
    """ "X wurde (von Y) entlassen"; "von Magdeburg" belongs to a title, "von seinem Amt" is the post."""
    doc = ctx.doc
    roles = verb_roles(ctx, sent, trig.i, True, not_agent=lambda k: _office_phrase(ctx, k))
    fact = ROLES.fill(roles)
    dismissed, agent = fact.get("dismissed"), fact.get("agent")
    if dismissed is None:
        # "Die Zeitung berichtete, der Minister X werde entlassen": the subject of the sentence
        dismissed = subject_of(ctx, sent, trig.i)
    if dismissed is None and _service_left(ctx, cl) is not None:
        found = counted_group_in(ctx, cl, cl.start, trig.i)  # "die 40 Polizisten … aus dem Dienst"
        dismissed = found[0] if found is not None else None
    named = apposition_in(ctx, cl.start, trig.i)
    if dismissed is not None and dismissed.name is None and named is not None:
        dismissed = named[0]  # "der Polizeipräsident von Magdeburg, X, wurde abberufen"
    if trig.spec.get("needs_superior") and agent is not None and agent.kind == AgentKind.PERSON:
        return None  # "A wurde von B abgelöst": B took A's post (replacements)
    if dismissed is not None and agent is not None and dismissed == agent:
        agent = None
    office = None
    appo = apposition_subject(ctx, sent, trig.i)
    if appo is not None and appo[0] == dismissed:
        # "Der Verteidigungsminister, X, wurde entlassen": the title is the post lost
        office = office_label(ctx, appo[1])[0]
    elif dismissed is not None and dismissed.is_named:
        # "Trainer X wurde abgelöst": the title before the subject's name is the post lost
        before = ctx.mentions_in(doc[sent.start : trig.i])
        own = [m for m in before if ctx.person_agent(m.person) == dismissed]
        office = title_before(ctx, own[0].start) if own else None
    return _Read(dismissed, agent, office, "dismissal.verb.passive", 0.8)


def _active(ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger) -> _Read | None:
    """ "Y entließ X", "hat X entlassen", "X, den Y entlassen hatte", "trennte sich von X"."""
    if trig.spec.get("needs_sich_von"):
        return _parted_with(ctx, sent, cl, trig)
    doc = ctx.doc
    roles = verb_roles(ctx, sent, trig.i, False)
    agent = ROLES.role(roles, "agent")
    got = (roles.object, *roles.object_span) if roles.object is not None and roles.object_span else None
    if (
        got is None
        and roles.construction == ACTIVE
        and trig.i + 1 < sent.end
        and doc[trig.i + 1].text in (".", "!", ";")
    ):
        # verb-final after an apposition ("hat den Chef, X, seines Amtes enthoben"): the
        # object lies before the commas that bound the verb's clause
        start = subordinate_start(ctx, sent, trig.i) or sent.start  # not past "weil"
        got = object_after(ctx, start, trig.i, persons_of(ctx, agent))
    if (got is None or got[0] == agent) and _service_left(ctx, cl) is not None:
        # "entließ 40 Polizisten aus dem Dienst", "hat 40 Polizisten aus dem Dienst entlassen"
        got = counted_group_in(ctx, cl, cl.start, cl.end) or got
    if got is None:
        return None
    return _active_object(ctx, trig, agent, got)


def _parted_with(ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger) -> _Read | None:
    """ "Der Verein trennte sich von Trainer X" / "hat sich von X getrennt"; a person parting
    with a person is a private separation, not a dismissal."""
    doc = ctx.doc
    agent = subject_of(ctx, sent, trig.i)
    if agent is None or agent.kind == AgentKind.PERSON or not any(t.lower_ == "sich" for t in cl):
        return None
    von = next((t.i for t in doc[cl.start : cl.end] if t.lower_ == "von"), None)
    if von is None:
        return None
    got = object_after(ctx, von + 1, cl.end, persons_of(ctx, agent))
    if got is None or got[0].kind != AgentKind.PERSON:
        return None
    return _active_object(ctx, trig, agent, got)


def _active_object(
    ctx: ArticleContext, trig: Trigger, agent: Agent | None, got: tuple[Agent, int, int]
) -> _Read | None:
    """The dismissed object found at [k, e) and the post its title or apposition names."""
    dismissed, k, e = got
    office = None
    if trig.spec.get("needs_superior") and not removes_subordinate(ctx, agent, dismissed, k):
        return None  # "B löste A ab": B took A's post (replacements)
    if dismissed.kind == AgentKind.PERSON and not dismissed.is_named:
        named, office = _role_object(ctx, k, e)
        dismissed = named or dismissed
    elif dismissed.kind == AgentKind.PERSON:
        office = title_before(ctx, k)
        mention = ctx.mention_at(k)
        if office is None and mention is not None and mention.kind == "pronoun":
            office = sole_office(ctx, dismissed)  # "Der Präsident entließ ihn": his post
    return _Read(dismissed, agent, office, "dismissal.verb.active", 0.85)


def _service_left(ctx: ArticleContext, cl: Span) -> str | None:
    """ "aus dem Dienst", "aus seinem Polizeidienst", "aus dem aktiven Dienst": the service left."""
    services = set(events_lexicon()["dismissal"]["service_nouns"])
    doc = ctx.doc
    for t in cl:
        if t.lower_ != "aus" or t.i + 2 >= cl.end or doc[t.i + 1].lower_ not in _AUS_DEM:
            continue
        k = t.i + 2 + (doc[t.i + 2].tag_ == "ADJA")
        if k < cl.end and doc[k].text in services:
            return doc[k].text
    return None


def _own_office(ctx: ArticleContext, span: Span) -> bool:
    """ "seines Amtes", "von ihrem Posten": the office of its holder."""
    generic = events_lexicon()["dismissal"]["generic_office_nouns"]
    return any(t.text in generic and t.i > span.start and t.nbor(-1).lower_ in OWN_POSSESSIVES for t in span)


def _nominal(ctx: ArticleContext, sent: Span) -> list[Dismissal]:
    nouns = set(events_lexicon()["dismissal"]["nouns"])
    if ctx.sentence_words(sent) & set(events_lexicon()["dismissal"]["noun_not_with"]):
        return []  # "die geplante Absetzung von X"
    out = []
    for t in sent:
        if t.text not in nouns or released_after_noun(ctx, sent, t.i):
            continue  # "nach der Entlassung von X aus dem Krankenhaus": released
        holder = holder_after_noun(ctx, sent, t.i + 1)
        if holder is not None:
            ev = ctx.evidence(sent, "dismissal.noun", 0.7)
            out.append(Dismissal(ev, holder, None, None, ctx.date_for(sent, t.idx)))
    return out


def holder_after_noun(ctx: ArticleContext, sent: Span, k: int) -> Agent | None:
    """Whom the event noun before ``k`` is about: "(die Entlassung) von X", "des Ministers",
    "der Regierung", "seines Innenministers X"; a person or group, not staff or goods."""
    doc = ctx.doc
    if k >= sent.end or doc[k].lower_ not in _WORDS.words("holder_openers"):
        return None
    named = ctx.mention_at(k + 1) if doc[k].lower_ == "von" else None
    if named is not None and named.start == k + 1 and named.kind == "name":
        got = ctx.person_agent(named.person), named.start, named.end  # "von X", a preposition
    else:
        # the phrase ends at the next verb: "Nach der Entlassung des Ministers übernahm Y …"
        window = range(k, min(sent.end, k + 8))
        limit = next((j for j in window if doc[j].tag_.endswith("FIN")), sent.end)
        got = object_after(ctx, k + (1 if doc[k].lower_ == "von" else 0), min(limit, k + 8))
    if got is None or got[0].kind not in (AgentKind.PERSON, AgentKind.GROUP):
        return None
    if _bad_object(ctx, got[0], got[1]):
        return None
    return _genitive_holder(ctx, got) or got[0]


def _genitive_holder(ctx: ArticleContext, got: tuple[Agent, int, int]) -> Agent | None:
    """ "die Entlassung des Ministers": the person the article gave that title ("Innenminister
    X"), so the retelling merges with the event told before; if nobody has it, the
    description in the nominative ("der Minister"); None when no genitive title."""
    agent, start, end = got
    doc = ctx.doc
    article = doc[start].lower_
    if agent.name is not None or agent.kind != AgentKind.PERSON or article not in _GENITIVE_ARTICLES:
        return None
    head = doc[end - 1].text
    if article == "der":  # feminine singular ("der Ministerin"); "der Minister" is a plural
        title, nominative = (head, "die") if head.endswith("in") else ("", "")
    else:
        title = head[:-2] if head.endswith("es") and ctx.lx.is_title(head[:-2]) else head.removesuffix("s")
        nominative = "der"
    if not title or not ctx.lx.is_title(title):
        return None
    p = ctx.person_with_role(title)
    if p is not None:
        return ctx.person_agent(p)
    words = doc[start + 1 : end - 1].text
    adjectives = " ".join(w.removesuffix("n") for w in words.split()) + " " if words else ""
    return replace(agent, label=f"{nominative} {adjectives}{title}")


def _office_phrase(ctx: ArticleContext, k: int) -> bool:
    """ "(von) seinem Amt / ihren Aufgaben": a possessive and an office or duty noun."""
    doc = ctx.doc
    return (
        k + 1 < len(doc) and doc[k].lower_ in POSSESSIVE_DETERMINERS and doc[k + 1].text in _post_nouns(True)
    )


def _each_listed(ctx: ArticleContext, sent: Span, fact: Dismissal) -> list[Dismissal]:
    """ "entließ Sportdirektor A und Vorstandschef B": one dismissal per listed person, each with
    the title before their own name."""
    listed = [a for a in listed_agents(ctx, sent, fact.dismissed) if a != fact.agent]
    if len(listed) <= 1:
        return [fact]
    out = []
    for person in listed:
        out.append(replace(fact, dismissed=person, office=title_of(ctx, sent, person)))
    return out


def extract_dismissals(ctx: ArticleContext) -> list[Dismissal]:
    out: list[Dismissal] = []
    for sent in ctx.sentences:
        trigs = find_triggers(ctx, sent, "dismissal")
        listed = events_lexicon()["dismissal"]["nouns"]
        nouns = [i for i, word in enumerate(ctx.sentence_texts(sent), sent.start) if word in listed]
        nominal = bool(nouns)
        if not trigs and not nominal:
            continue
        if hedged(ctx, sent, [t.i for t in trigs] + nouns):
            continue
        for trig in trigs:
            if negated(ctx, sent, trig.i):
                continue
            fact = _one(ctx, sent, trig)
            if fact is not None:
                out.extend(_each_listed(ctx, sent, fact))
        if nominal and not trigs and not negated(ctx, sent, -1):
            out.extend(_nominal(ctx, sent))
    return merge_retellings(prefer_with_office(out, lambda d: (d.agent, d.dismissed)), lambda d: d.dismissed)
