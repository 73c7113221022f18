"""Replacements: "ersetzte A durch B", "B löste A ab", "B, Nachfolger von A", "sein Vorgänger A",
and successions inferred from a dismissal and an appointment to the same office."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Span

from kzgraph.extract.appointments import extract_appointments
from kzgraph.extract.context import ArticleContext, Mention
from kzgraph.extract.departures import Departure, departure_just_before, departures
from kzgraph.extract.dismissals import office_taken_from
from kzgraph.extract.events import clause, hedged, negated, subject_of
from kzgraph.extract.facts import Agent, AgentKind, Appointment, Dismissal, Replacement, first_dated
from kzgraph.extract.hierarchy import POSSESSIVE_DETERMINERS, office_of, post_named_by, removes_subordinate
from kzgraph.extract.merging import prefer_with_office
from kzgraph.extract.objects import (
    agent_after_von,
    apposition_name,
    gender_of,
    object_after,
    object_other,
    persons_of,
    verb_object,
)
from kzgraph.extract.offices import office_label, title_of
from kzgraph.extract.triggers import PASSIVE_AUX, Trigger, events_lexicon, find_triggers

# "Als Nachfolger von A gilt B", "wird B gehandelt", "ist B vorgesehen": B is a candidate
_CANDIDATE_VERBS = frozenset({"gilt", "gelten", "galt", "galten", "gehandelt", "vorgesehen"})


def _names_a_candidate(sent: Span) -> bool:
    return any(w.lower_ in _CANDIDATE_VERBS for w in sent)


def _person(agent: Agent | None) -> bool:
    return agent is not None and agent.kind == AgentKind.PERSON


def _auf_person(ctx: ArticleContext, cl: Span) -> Agent | None:
    """ "auf A" in the clause, A a person mention ("folgt damit auf Lindner")."""
    for t in cl:
        if t.lower_ == "auf" and t.i + 1 < cl.end:
            m = ctx.mention_at(t.i + 1)
            if m is not None and m.start == t.i + 1:
                return ctx.person_agent(m.person)
    return None


def _particle_closes(ctx: ArticleContext, cl: Span, particle: str) -> bool:
    """The separable particle ends the clause: "folgte ihm im Amt nach", not "folgte ihm nach Berlin"."""
    doc = ctx.doc
    return any(t.lower_ == particle and (t.i + 1 >= cl.end or doc[t.i + 1].is_punct) for t in cl)


def _arguments(
    ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger, durch: int | None
) -> tuple[Agent | None, Agent | None, Agent | None]:
    """(successor, predecessor, agent) of a replacement verb."""
    agent = None
    if trig.lemma in ("folgen", "nachfolgen"):
        # perfect with "sein" ("ist ihm nachgefolgt") looks passive but is active
        succ = subject_of(ctx, sent, trig.i)
        if trig.lemma == "folgen":
            pred = _auf_person(ctx, cl)
        else:
            finite = not ctx.doc[trig.i].lower_.startswith("nach")
            if finite and not _particle_closes(ctx, cl, "nach"):
                return None, None, None
            got = verb_object(ctx, cl.start, cl.end, trig.i, succ)
            pred = got[0] if got else None
        if not (_person(succ) and _person(pred)):
            return None, None, None  # "Auf den Winter folgt der Frühling", "Er folgte der Einladung"
        return succ, pred, None
    if trig.passive:
        pred = subject_of(ctx, sent, trig.i)
        succ = agent_after_von(ctx, durch + 1, cl.end) if durch is not None else None
        return succ, pred, None
    by = durch is not None and ctx.doc[durch].lower_ == "durch"
    if trig.lemma == "ersetzen" and durch is not None or trig.lemma == "ablösen" and by:
        # "X ersetzte A durch B" / "X hat A durch B ersetzt" / "X hat A durch B abgelöst"
        agent = subject_of(ctx, sent, trig.i)
        skip = persons_of(ctx, agent)
        if durch > trig.i:
            got = object_after(ctx, trig.i + 1, durch, skip)
        else:
            got = object_other(ctx, cl.start, durch, skip, agent)
        return agent_after_von(ctx, durch + 1, cl.end), got[0] if got else None, agent
    # "B löste A ab", "B hat A abgelöst", "B ersetzt A": the subject took the object's place
    succ = subject_of(ctx, sent, trig.i)
    got = verb_object(ctx, cl.start, cl.end, trig.i, succ)
    pred = got[0] if got else None
    if trig.lemma == "ersetzen" and not (_person(succ) and _person(pred)):
        return None, None, None  # "Die Firma ersetzt die alten Geräte": things, not people
    if trig.lemma == "ablösen" and got is not None and removes_subordinate(ctx, succ, got[0], got[1]):
        return None, None, None  # "Der Präsident hat seinen Minister abgelöst": a dismissal
    return succ, pred, agent


def _verbal(ctx: ArticleContext, sent: Span, triggers: list[Trigger]) -> list[Replacement]:
    out = []
    doc = ctx.doc
    for trig in triggers:
        if negated(ctx, sent, trig.i):
            continue
        cl = clause(ctx, sent, trig.i)
        durch = next(
            (t.i for t in doc[cl.start : cl.end] if t.lower_ in ("durch", "von") and t.i != trig.i), None
        )
        date = ctx.date_for(sent, doc[trig.i].idx)
        succ, pred, agent = _arguments(ctx, sent, cl, trig, durch)
        if succ is None or pred is None or succ == pred or AgentKind.PLACE in (succ.kind, pred.kind):
            continue
        if trig.lemma == "ablösen" and not _person(succ):
            continue  # "wurde vom Aufsichtsrat abgelöst": removed by a body, a dismissal
        # "hat seinen Vorstandschef A durch B ersetzt": the title before the predecessor is the post
        office = title_of(ctx, cl, pred)
        out.append(
            Replacement(
                ctx.evidence(sent, f"replacement.verb.{trig.lemma}", 0.8), succ, pred, office, agent, date
            )
        )
    return out


@cache
def _cue_nouns() -> frozenset[str]:
    """Nachfolger, Vorgängerin, Nachfolge …: the nouns that tell a succession."""
    lex = events_lexicon()["succession"]
    return (
        frozenset(lex["successor_nouns"])
        | frozenset(lex["predecessor_nouns"])
        | frozenset(lex["succession_nouns"])
    )


def _nouns(ctx: ArticleContext, sent: Span, told: list[Departure]) -> list[Replacement]:
    lex = events_lexicon()["succession"]
    # a successor model or product is no succession: a compound of the cue ("Nachfolgemodell") or a
    # product noun near a cue noun ("der Nachfolger des iPhone"); a product elsewhere ("…, der seinen
    # Vertrag nicht verlängern wollte") says nothing, and a person's name is no cue ("Beispiel")
    cues = [t.i for t in sent if t.text in _cue_nouns()]
    if any(
        t.lower_.endswith(tuple(lex["product_cues"]))
        and ctx.mention_at(t.i) is None
        and (t.lower_.startswith(("nachfolge", "vorgänger")) or any(abs(t.i - c) <= 3 for c in cues))
        for t in sent
    ):
        return []
    out = []
    doc = ctx.doc
    for t in sent:
        if t.text in lex["predecessor_nouns"] and t.i > sent.start:
            # "sein(em) Vorgänger X": the possessor succeeded X
            succ = ctx.resolve_possessive(doc[t.i - 1])
            m = None
            for k in range(t.i + 1, min(sent.end, t.i + 8)):
                m = ctx.mention_at(k)
                if (
                    m is not None
                    or doc[k].text in (".", ";", ":")
                    or doc[k].text[:1].islower()
                    and k == t.i + 1
                ):
                    break
            if succ is None or m is None or m.kind != "name":
                continue
            pred = ctx.person_agent(m.person)
            if pred != succ:
                office = office_of(ctx, succ)
                out.append(
                    Replacement(
                        ctx.evidence(sent, "replacement.possessive_predecessor", 0.6),
                        succ,
                        pred,
                        office,
                        None,
                        ctx.date_for(sent, t.idx),
                    )
                )
        elif t.text in lex["successor_nouns"] or t.text in lex["succession_nouns"]:
            # "B wird Nachfolger von A", "B, der Nachfolger von A", "B tritt die Nachfolge von A an"
            k = t.i + 1
            gen = ctx.mention_at(k) if k < sent.end else None
            if k < sent.end and (doc[k].lower_ in ("von", "des", "der") or gen is not None):
                # "die Nachfolge Lindners": a genitive name right after the noun
                pred = (
                    ctx.person_agent(gen.person) if gen is not None else agent_after_von(ctx, k + 1, sent.end)
                )
                named = _name_in_genitive(ctx, sent, k) if pred is None else None
                if named is not None:
                    pred = ctx.person_agent(named.person)  # "des am Montag zurückgetretenen Chefs X"
                if _names_a_candidate(sent):
                    continue  # "Als Nachfolger gilt B", "wird B gehandelt": a candidate, no fact
                entrusted = _entrusted_with(ctx, sent, t.i)
                if entrusted is not False:
                    # "X mit der Nachfolge von A betrauen": X, not the subject, is the successor
                    succ = entrusted
                else:
                    succ = _successor_subject(ctx, sent, t.i, t.i)
                if succ is None and named is not None and t.i == sent.start + 1:
                    # "Der Nachfolger des … X, Y, hat …": the name in apposition is the successor
                    appo = apposition_name(ctx, named.end, sent.end)
                    succ = appo[0] if appo is not None else None
                if succ is None or succ == pred:
                    # "Als Nachfolger von A wurde B bestimmt": the subject of a passive or copula
                    # ("hat der Verein B verpflichtet": the club is no successor)
                    fin = next((j.i for j in doc[t.i : sent.end] if j.tag_.endswith("FIN")), None)
                    passive = fin is not None and doc[fin].lower_ in PASSIVE_AUX
                    succ = _successor_subject(ctx, sent, fin, t.i) if passive else None
                if pred and succ and pred != succ and pred.kind == succ.kind == AgentKind.PERSON:
                    ev = ctx.evidence(sent, "replacement.noun.successor", 0.7)
                    out.append(
                        Replacement(
                            ev,
                            succ,
                            pred,
                            _office_after_als(ctx, t.i, sent.end) or office_of(ctx, pred),
                            None,
                            ctx.date_for(sent, t.idx),
                        )
                    )
            elif t.text in lex["successor_nouns"]:
                found = _successor_named(ctx, sent, t.i, told)
                if found is not None:
                    out.append(found)
    return out



def _entrusted_with(ctx: ArticleContext, sent: Span, i: int) -> Agent | None | bool:
    """ "Frau X mit der Nachfolge (von A) betrauen / beauftragen": the named person right before
    "mit der" at the noun ``i`` (None if there is none); False when the noun is not so introduced."""
    doc = ctx.doc
    if i - 2 < sent.start or doc[i - 2].lower_ != "mit" or doc[i - 1].lower_ != "der":
        return False
    before = [m for m in ctx.mentions_in(doc[sent.start : i - 2]) if m.end == i - 2 and m.kind == "name"]
    return ctx.person_agent(before[0].person) if before else None


def _name_in_genitive(ctx: ArticleContext, sent: Span, k: int) -> Mention | None:
    """The first name in the genitive phrase opened at ``k`` ("des am Montag zurückgetretenen
    Airbus-Chefs Christian Streiff"), before a comma or a finite verb."""
    doc = ctx.doc
    if doc[k].lower_ not in ("des", "der"):
        return None
    for j in range(k + 1, min(sent.end, k + 8)):
        if doc[j].text in (",", ";", ":", ".") or doc[j].tag_.endswith("FIN"):
            return None
        m = ctx.mention_at(j)
        if m is not None:
            return m if m.kind == "name" else None
    return None


def _successor_subject(ctx: ArticleContext, sent: Span, verb: int, noun: int) -> Agent | None:
    """The subject of the verb at ``verb`` as the successor; not the successor noun's own phrase
    ("Als Nachfolger von A …")."""
    succ = subject_of(ctx, sent, verb)
    if succ is not None and succ.name is None and ctx.doc[noun].text in succ.label.split():
        return None
    return succ


def _successor_named(ctx: ArticleContext, sent: Span, i: int, told: list[Departure]) -> Replacement | None:
    """ "Ihr Nachfolger wird B" (the possessor is A) / "Nachfolger wird B", "ernannte B zur
    Nachfolgerin" right after A's dismissal or resignation was reported / "B wird sein Nachfolger"."""
    doc = ctx.doc
    before = doc[i - 1] if i > sent.start else None
    role = _possessive_role(ctx, sent, i)
    departed = _departed_before(ctx, sent, told, role) if role is not None else None
    if departed is not None:
        # "A trat zurück. Der Kanzler ernannte B zu seinem Nachfolger": A's, not the Kanzler's
        pred, rule = departed, "replacement.noun.successor_after_departure"
    elif before is not None and before.lower_ in POSSESSIVE_DETERMINERS | _DATIVE_POSSESSIVES:
        pred = ctx.resolve_possessive(before)
        rule = "replacement.noun.possessive_successor"
    elif i == sent.start or _role_of_successor(ctx, sent, i):
        # the dismissal or resignation reported in the sentences just before
        recent = departure_just_before(ctx, sent, told)
        pred = recent.departed if recent is not None else None
        how = "dismissal" if isinstance(recent, Dismissal) else "resignation"
        rule = f"replacement.noun.successor_after_{how}"
    else:
        return None
    if pred is None or pred.kind != AgentKind.PERSON:
        return None
    names = [m for m in ctx.mentions_in(sent) if m.kind == "name" and ctx.person_agent(m.person) != pred]
    after = [m for m in names if m.start > i]
    chosen = after[0] if after else (names[-1] if names else None)
    if chosen is None:
        return None
    succ = ctx.person_agent(chosen.person)
    date = ctx.date_for(sent, doc[i].idx)
    office = _office_after_als(ctx, i, sent.end) or office_of(ctx, pred)
    return Replacement(ctx.evidence(sent, rule, 0.65), succ, pred, office, None, date)


_TO_ROLE = ("zum", "zur", "als")
# "zu seiner Nachfolgerin", "zu ihrem Nachfolger": the possessive of a role given with "zu"
_DATIVE_POSSESSIVES = frozenset({"seinem", "seiner", "ihrem", "ihrer"})


def _possessive_role(ctx: ArticleContext, sent: Span, i: int) -> str | None:
    """The gender ("m"/"f") of the possessive in "zu seinem/ihrer Nachfolger(in)" before the successor
    noun at ``i``; None when the noun is not given as such a role."""
    doc = ctx.doc
    if i - 2 < sent.start or doc[i - 2].lower_ != "zu" or doc[i - 1].lower_ not in _DATIVE_POSSESSIVES:
        return None
    return "m" if doc[i - 1].lower_.startswith("sein") else "f"


def _departed_before(ctx: ArticleContext, sent: Span, told: list[Departure], gender: str) -> Agent | None:
    """The person who left a post just before ``sent``, when the possessive's gender fits them."""
    recent = departure_just_before(ctx, sent, told)
    if recent is None or gender_of(ctx, recent.departed) not in (gender, None):
        return None
    return recent.departed


def _role_of_successor(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """ "ernannte B zur (neuen) Nachfolgerin", "nominierte B als Nachfolger": the successor noun at
    ``i`` as the role someone is given; "Als Nachfolger gilt B" names a candidate only."""
    doc = ctx.doc
    k = i - 1 - (i - 1 > sent.start and doc[i - 1].lower_ in ("neuen", "neue", "neuer"))
    return (
        k >= sent.start
        and doc[k].lower_ in _TO_ROLE
        and not _names_a_candidate(sent)
    )


def _office_after_als(ctx: ArticleContext, i: int, end: int) -> str | None:
    """ "Ihr Nachfolger als Vizepräsident": the post the successor noun at ``i`` names itself."""
    doc = ctx.doc
    if i + 2 < end and doc[i + 1].lower_ == "als" and ctx.lx.is_title(doc[i + 2].text):
        return office_label(ctx, i + 2)[0]
    return None


def _taken_over(ctx: ArticleContext, appointments: list[Appointment]) -> list[Replacement]:
    """ "X übernahm das Amt von Y": the take-over names the previous holder."""
    out = []
    for a in appointments:
        if a.evidence.rule != "appointment.take_over":
            continue
        sent = next((s for s in ctx.sentences if s.start_char == a.evidence.start), None)
        predecessor = office_taken_from(ctx, sent) if sent is not None else None
        if predecessor is not None and predecessor != a.appointee:
            ev = ctx.evidence_from(a.evidence, "replacement.take_over", 0.75)
            out.append(Replacement(ev, a.appointee, predecessor, a.office, None, a.date))
    return out


def _appointee_not_appointer(r: Replacement, appointments: list[Appointment]) -> Replacement:
    """ "Macron hat Bayrou zum Premierminister ernannt. Der 73-Jährige folgt auf Barnier": a
    successor told by a description or pronoun that resolved to the one who appointed someone in
    the sentence before is that appointee."""
    named = [r.successor.name, *r.successor.aliases] if r.successor.name else []
    if any(n and n in r.evidence.sentence for n in named):
        return r  # the successor is named in the sentence itself
    start = r.evidence.start
    before = [a for a in appointments if a.agent == r.successor and 0 < start - a.evidence.end <= 2]
    if len(before) == 1 and before[0].appointee not in (r.successor, r.predecessor):
        return replace(r, successor=before[0].appointee)
    return r


def _office_from_appointment(r: Replacement, appointments: list[Appointment]) -> Replacement:
    """ "Simsek löst Nebati ab" names no post; the one post the article appoints the successor
    to is the post taken over."""
    if r.office:
        return r
    posts = {a.office for a in appointments if a.office and a.appointee == r.successor}
    return replace(r, office=posts.pop()) if len(posts) == 1 else r


def infer_successions(
    ctx: ArticleContext, told: list[Departure], appointments: list[Appointment]
) -> list[Replacement]:
    """One person lost or gave up an office that another then took, in the same article."""
    out = []
    for d in told:
        if not d.office:
            continue
        for a in appointments:
            # "Neuer Oberbefehlshaber wird B" after "hat den Oberbefehlshaber der Streitkräfte, A, abgesetzt"
            if a.office and post_named_by(a.office, d.office) and a.appointee != d.departed:
                out.append(
                    Replacement(
                        ctx.evidence_from(a.evidence, "replacement.inferred", 0.7),
                        a.appointee,
                        d.departed,
                        a.office,
                        a.agent if a.agent != a.appointee else None,  # a take-over has no one else behind it
                        first_dated(a.date, d.date),
                    )
                )
    return out


def extract_replacements(
    ctx: ArticleContext,
    told: list[Departure] | None = None,
    appointments: list[Appointment] | None = None,
) -> list[Replacement]:
    """Stated replacements, plus successions inferred from the article's departures (dismissals
    and resignations) and appointments (pass them when already extracted, so they are not
    extracted twice)."""
    out: list[Replacement] = []
    if told is None:
        told = departures(ctx)
    for sent in ctx.sentences:
        triggers = find_triggers(ctx, sent, "succession", "replace_verbs")
        # a hedge in a relative clause ("…, der seinen Vertrag nicht verlängern wollte") is not the event's
        anchors = [t.i for t in triggers] + [t.i for t in sent if t.text.capitalize() in _cue_nouns()]
        if hedged(ctx, sent, anchors or None):
            continue
        out.extend(_verbal(ctx, sent, triggers))
        out.extend(_nouns(ctx, sent, told))
    if appointments is None:
        appointments = extract_appointments(ctx)
    out.extend(infer_successions(ctx, told, appointments))
    out.extend(_taken_over(ctx, appointments))
    out = [_office_from_appointment(_appointee_not_appointer(r, appointments), appointments) for r in out]
    # "B folgt auf A" and the succession inferred from A's dismissal and B's appointment are one event
    return prefer_with_office(out, lambda r: (r.successor, r.predecessor))
