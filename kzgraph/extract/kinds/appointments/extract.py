"""Appointments: "ernannte X zum Y", "X war von Y zum Z ernannt worden", "setzte eine neue Regierung ein",
"X übernahm den Vorsitz"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Appointment, OfficeHolding
from kzgraph.extract.grammar.clauses import apposition_subject, clause, subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.coordination import gapped_names, listed_agents
from kzgraph.extract.grammar.copula_adjuncts import place_adjective
from kzgraph.extract.grammar.objects import object_after, persons_of
from kzgraph.extract.grammar.role_map import role_map
from kzgraph.extract.grammar.scope import asked, hedged, negated
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon, find_triggers, ruled_out
from kzgraph.extract.grammar.voice import verb_roles
from kzgraph.extract.kinds.appointments.attributive import attributive_appointments
from kzgraph.extract.kinds.appointments.bodies import body_joined, moved_up, post_entrusted
from kzgraph.extract.kinds.appointments.certificates import certified_appointments
from kzgraph.extract.kinds.appointments.colon import new_holder_after_colon
from kzgraph.extract.kinds.appointments.confirmed import confirmed_holder_title, held_office
from kzgraph.extract.kinds.appointments.copula import (
    bare_office_predicate,
    becomes_new_holder,
)
from kzgraph.extract.kinds.appointments.copula_conjuncts import further_new_holders, plural_holders
from kzgraph.extract.kinds.appointments.copula_final import final_copula
from kzgraph.extract.kinds.appointments.headline import new_holder_headline
from kzgraph.extract.kinds.appointments.nominal import nominal_appointments
from kzgraph.extract.kinds.appointments.paired_posts import paired_posts
from kzgraph.extract.kinds.appointments.posts import as_successor, past_object_apposition, zum_post
from kzgraph.extract.kinds.appointments.presented import presented_with, received_with
from kzgraph.extract.kinds.appointments.previous_post import post_named_before
from kzgraph.extract.kinds.appointments.relied_on import relied_on
from kzgraph.extract.kinds.appointments.take_over import take_over
from kzgraph.extract.kinds.offices.extract import base_title
from kzgraph.extract.posts.departures import Departure
from kzgraph.extract.posts.hierarchy import office_of
from kzgraph.extract.posts.merging import merge_retellings

_DER_DIE = closed_class().words("definite_nominative_articles")

ROLES = role_map(__package__ or "kzgraph.extract.kinds.appointments")


_WORDS = closed_class()
_IN_OFFICE = _WORDS.words("in_office_prepositions")
_IN_OFFICE_BARE = _WORDS.words("in_office_bare_prepositions")
_DESTINATIONS = frozenset(events_lexicon()["appointment"]["destination_prepositions"])


_NEW = _WORDS.words("neu_forms")


def _reflexive(ctx: ArticleContext, i: int, end: int) -> bool:
    """ "sich" right after the verb at ``i`` or after the inverted subject ("ernannte sich X",
    "ernannte X sich")."""
    doc = ctx.doc
    return any(doc[k].lower_ == "sich" for k in range(i + 1, min(end, i + 5)))


def _one(
    ctx: ArticleContext, sent: Span, trig: Trigger, told: list[Departure], held: Sequence[OfficeHolding]
) -> Appointment | None:
    cl = clause(ctx, sent, trig.i)
    if trig.spec.get("takes_office"):
        return take_over(ctx, sent, cl, trig, told)
    if trig.spec.get("title_after_verb"):
        # "wechselt als Staatssekretär ins Ministerium": the title after the verb, a destination
        after = ctx.doc[trig.i + 1 : cl.end]
        if trig.i + 1 == cl.end:
            # verb-final ("…, der als Botschafter nach Y wechselt", "wird als X nach Y wechseln"):
            # the title and the destination stand before the verb
            after = cl
        top = post_entrusted(ctx, cl, trig.lemma)  # "ist an die Spitze des Ministeriums gewechselt"
        destinations = trig.spec.get("destinations") or _DESTINATIONS
        destined = top is not None or any(t.lower_ in destinations for t in after)
        if trig.spec.get("needs_destination") and not destined:
            return None
        return moved_up(ctx, sent, trig, zum_post(ctx, after) or top)
    if trig.lemma in events_lexicon()["appointment"]["seat_verbs"]:
        return moved_up(ctx, sent, trig, body_joined(ctx, cl, trig.lemma))  # "zieht in den Vorstand ein"
    if trig.spec.get("only_top"):
        # "tritt an die Spitze des Verbandes" ("tritt als Trainer gegen X an" is another verb)
        return moved_up(ctx, sent, trig, post_entrusted(ctx, cl, trig.lemma))
    office = zum_post(ctx, cl) or body_joined(ctx, cl, trig.lemma) or post_entrusted(ctx, cl, trig.lemma)
    if office is None and not trig.passive:
        # "befördert X, bisher Leiterin der Redaktion, zur Stellvertreterin": past the apposition
        wider = past_object_apposition(ctx, sent, cl)
        office = zum_post(ctx, wider) if wider.end > cl.end else None
        cl = wider if office is not None else cl
    if trig.lemma in events_lexicon()["appointment"]["top_movers"]:
        return moved_up(ctx, sent, trig, office)  # "rückt an die Spitze des Konzerns"
    if trig.lemma == "einsetzen" and office is None:
        return _install_group(ctx, sent, cl, trig)
    # "Die Partei sucht eine neue Chefin. Gewählt wurde X": the post named the sentence before
    office = office or post_named_before(ctx, sent, trig)
    if office is None:
        # "präsentierte mit X einen neuen Manager": the post is the object, the person after "mit"
        return presented_with(ctx, sent, cl, trig) or _appointed(ctx, sent, cl, trig, office, held)
    return _appointed(ctx, sent, cl, trig, office, held)


def _install_group(ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger) -> Appointment | None:
    """ "setzte eine Übergangsregierung ein": a government or board installed, no post named."""
    subj = subject_of(ctx, sent, trig.i)
    got = object_after(ctx, trig.i + 1, cl.end, persons_of(ctx, subj)) if not trig.passive else None
    groups = events_lexicon()["appointment"]["groups"]
    if got is None or not any(got[0].label.lower().endswith(g) for g in groups):
        return None
    return Appointment(
        ctx.evidence(sent, "appointment.install_group", 0.75),
        got[0],
        subj,
        None,
        ctx.date_for(sent, ctx.doc[trig.i].idx),
    )


def _appointed(
    ctx: ArticleContext,
    sent: Span,
    cl: Span,
    trig: Trigger,
    office: str | None,
    held: Sequence[OfficeHolding],
) -> Appointment | None:
    """ "ernannte X zum Y", "X wurde (von Y) zum Z gewählt", "wurde im Amt bestätigt"."""
    doc = ctx.doc
    office, described = _post_of_passive_subject(ctx, sent, trig, office)
    lex_app = events_lexicon()["appointment"]
    # "wurde im Amt bestätigt", "wurde (im Amt) wiedergewählt", "wurde in sein Amt eingeführt":
    # confirmed in or installed into the post the article gives the appointee
    in_office = office is None and (
        trig.lemma == "wiederwählen" or trig.lemma in ("bestätigen", "einführen", "wählen") and _in_office(cl)
    )
    if office is None and not in_office and trig.lemma == "bestätigen" and not trig.passive:
        office = confirmed_holder_title(ctx, cl, trig.i)  # "bestätigten den bisherigen Vorsitzenden"
    voted = office is None and not in_office and trig.lemma in lex_app["elected_verbs"] and _voted(ctx, cl)
    if office is None and not in_office and not voted and not as_successor(cl):
        return None  # appointment verbs without a post are too vague ("berief sich auf")
    fact = ROLES.fill(verb_roles(ctx, sent, trig.i, trig.passive))
    appointee, agent = fact.get("appointee"), fact.get("agent")
    rule = "appointment.verb.passive" if trig.passive else "appointment.verb.active"
    if trig.passive and appointee is None:
        appointee = subject_of(ctx, sent, trig.i)
    if described is not None and (appointee is None or not appointee.is_named):
        appointee = described[0]
    elif trig.passive and appointee is not None and not appointee.is_named:
        # "Der Bürgermeister wird direkt gewählt", "wurden die Kommandanten berufen": a holder
        # neither named nor told as new is the office in general or a group, no one appointed
        return None
    if (
        not trig.passive
        and appointee is None
        and trig.lemma == "ernennen"
        and _reflexive(ctx, trig.i, cl.end)
    ):
        # "ernannte sich (selbst) zum Machthaber": the subject appointed itself
        if agent is None or agent.kind != AgentKind.PERSON:
            return None
        date = ctx.date_for(sent, doc[trig.i].idx)
        return Appointment(ctx.evidence(sent, "appointment.verb.self", 0.75), agent, agent, office, date)
    if appointee is None or appointee == agent and trig.spec["lemma"] != "wählen":
        return None
    if in_office:
        office = office_of(ctx, appointee) or held_office(held, appointee)
        if office is None and trig.lemma not in events_lexicon()["appointment"]["elected_verbs"]:
            return None  # confirmed in an office the article does not name: left out
    if trig.spec.get("needs_person") and appointee.kind != AgentKind.PERSON:
        return None
    if ruled_out(trig, sent):
        return None
    if any(t.lower_ == "sich" for t in cl) and trig.spec["lemma"] in ("berufen", "machen", "engagieren"):
        return None
    return Appointment(
        ctx.evidence(sent, rule, 0.8), appointee, agent, office, ctx.date_for(sent, doc[trig.i].idx)
    )


def _post_of_passive_subject(
    ctx: ArticleContext, sent: Span, trig: Trigger, office: str | None
) -> tuple[str | None, tuple[Agent, str] | None]:
    """With a passive verb and no post yet, the post the subject's title names: a title phrase
    before an apposition, a new title before the name, or a described holder with no name (that
    holder is returned too)."""
    doc = ctx.doc
    appo = apposition_subject(ctx, sent, trig.i) if trig.passive and office is None else None
    if appo is not None:
        # "Die neue Finanzministerin, X, wurde ernannt": the title names the post
        office = base_title(doc[appo[1]].text)[0]
    described = None
    if trig.passive and office is None:
        # sworn in again ("Landeshauptfrau X wurde erneut angelobt"): re-appointed to the post the
        # title before the name gives, as a re-election is; without a cue of "again" the title is
        # the post held ("Die Justizministerin X wurde vereidigt": none)
        lex = events_lexicon()["appointment"]
        sworn = trig.lemma in lex["sworn_verbs"] and bool(ctx.sentence_words(sent) & set(lex["again_cues"]))
        office = _new_title_of_subject(ctx, sent, trig.i, any_title=sworn)
        if office is None:
            # "Am Montag wird die neue Ministerin vereidigt": an unnamed holder, named by the post
            described = _new_holder_described(ctx, sent, trig.i)
            office = described[1] if described is not None else None
    return office, described


def _voted(ctx: ArticleContext, cl: Span) -> bool:
    """ "wurde mit 94 Prozent der Stimmen gewählt": the votes tell a post won; not a seat in a
    parliament ("in den Landtag", "ins Parlament gewählt")."""
    words = {t.text for t in cl}
    into = _WORDS.words("into_prepositions") | _WORDS.words("into_the_prepositions")
    return not words.isdisjoint(events_lexicon()["appointment"]["vote_cues"]) and not any(
        t.lower_ in into for t in cl
    )


def _in_office(cl: Span) -> bool:
    """ "im Amt", "ins Amt", "in seinem / ihr Amt", "in ihre Ämter" (two installed at once)."""
    doc = cl.doc
    return any(
        t.lower_ in _IN_OFFICE
        and t.i + 1 < cl.end
        and doc[t.i + 1].text == "Amt"
        or t.lower_ in _IN_OFFICE_BARE
        and t.i + 2 < cl.end
        and doc[t.i + 2].text in ("Amt", "Ämter")
        for t in cl
    )


def _new_title_of_subject(ctx: ArticleContext, sent: Span, i: int, any_title: bool = False) -> str | None:
    """ "Die neue Justizministerin X wurde (am Dienstag) vereidigt": the post the subject of the
    passive verb at ``i`` is newly given, named by "neue" and a title right before the name; with
    ``any_title`` (sworn in again: "Landeshauptfrau X ist neuerlich angelobt worden") any title there."""
    doc = ctx.doc
    for m in ctx.mentions_in(doc[sent.start : i]):
        k = m.start - 1
        a = k - 1 - (k - 1 > sent.start and place_adjective(doc, k - 1))  # "neue Kölner Präsidentin X"
        new = a >= sent.start and doc[a].lower_ in _NEW
        if m.kind == "name" and m.subject and k >= sent.start and (new or any_title):
            return base_title(doc[k].text)[0] if ctx.lx.is_title(doc[k].text) else None
    return None


def _new_holder_described(ctx: ArticleContext, sent: Span, i: int) -> tuple[Agent, str] | None:
    """ "(Am Montag) wird die neue Ministerin ernannt": the subject of the passive verb at ``i`` is a
    definite "der/die neue" and a title in its own clause, with no name: that unnamed person, and
    the title as the post."""
    doc = ctx.doc
    cl = clause(ctx, sent, i)
    for k in range(cl.start, i - 2):
        if doc[k].lower_ not in _DER_DIE or doc[k + 1].lower_ not in ("neue",):
            continue
        head = k + 2
        if not ctx.lx.is_title(doc[head].text) or ctx.mention_at(head + 1) is not None:
            continue
        if k > sent.start and doc[k - 1].lower_ in ctx.lx.prepositions:
            continue  # "von der neuen ...": not the subject
        agent = ctx.agent_for(doc[k : head + 1])
        if agent is not None and agent.kind == AgentKind.PERSON:
            return agent, base_title(doc[head].text)[0]
    return None


def _each_listed(ctx: ArticleContext, sent: Span, fact: Appointment) -> list[Appointment]:
    """ "wählte A und B zu neuen Vorsitzenden": one appointment per listed person."""
    listed = listed_agents(ctx, sent, fact.appointee)
    if len(listed) == 1:
        return [fact]
    if fact.agent in listed:
        # "haben A und B in den Vorstand berufen": B is listed with A, no agent but a co-appointee
        return [replace(fact, appointee=a, agent=None) for a in listed]
    return [
        replace(fact, appointee=a, office=_own_title(ctx, sent, a, fact)) for a in listed if a != fact.agent
    ]


def _own_title(ctx: ArticleContext, sent: Span, who: Agent, fact: Appointment) -> str | None:
    """A listed person after the first with a title of their own right before the name ("den
    neuen Präsidenten A und seinen Stellvertreter B … in ihre Ämter eingeführt"): that post."""
    if who == fact.appointee or fact.office is None:
        return fact.office
    doc = ctx.doc
    names = [m for m in ctx.mentions_in(sent) if m.kind == "name"]
    m = next((m for m in names if ctx.person_agent(m.person) == who), None)
    if m is None or m.start - 2 < sent.start or doc[m.start - 2].tag_ != "PPOSAT":
        return fact.office  # "seinen Stellvertreter B": a title of the listed person's own
    title = doc[m.start - 1].text
    return base_title(title)[0] if ctx.lx.is_title(title) else fact.office


def _gapped(ctx: ArticleContext, sent: Span, verb: int, fact: Appointment) -> list[Appointment]:
    """ "Am 4. Mai übernimmt A das Amt in Y, am 8. Mai B in Z": B takes the same post, on B's date."""
    out = []
    for m, start in gapped_names(ctx, sent, verb):
        who = ctx.person_agent(m.person)
        if who != fact.appointee and who.kind == AgentKind.PERSON:
            date = ctx.date_for(sent, ctx.doc[start].idx) or fact.date
            out.append(replace(fact, appointee=who, date=date))
    return out


def extract_appointments(
    ctx: ArticleContext, told: list[Departure], held: Sequence[OfficeHolding] = ()
) -> list[Appointment]:
    """The article's appointments; ``told`` are its departures (dismissals and resignations, in
    the order told): a take-over of "das Amt" right after one is its post; ``held`` the offices
    the article gives people ("X ist Präsident des Verbandes"): what "im Amt bestätigt" confirms."""
    out: list[Appointment] = []
    for sent in ctx.sentences:
        out.extend(attributive_appointments(ctx, sent))  # told as known: no hedge applies
        trigs = find_triggers(ctx, sent, "appointment")
        # without a verb trigger ("Neuer Minister wird X") the whole sentence is the hedge's scope;
        # "steht", "leitet", "führt" count only with a cue of "from now on" (bodies.moved_up)
        scope = [t.i for t in trigs if not t.spec.get("from_now")]
        if hedged(ctx, sent, scope or None):
            continue
        became = becomes_new_holder(ctx, sent) or bare_office_predicate(ctx, sent)
        became = became or new_holder_after_colon(ctx, sent)  # "eine neue Sprecherin: X"
        became = became or new_holder_headline(ctx, sent)  # "X neuer Trainer in Y"
        if became is not None:
            listed = _each_listed(ctx, sent, became)  # "A und B werden Mitglieder des Vorstands"
            # "Neue Staatssekretäre werden A im X- sowie B im Y-Ministerium"
            taken = {f.appointee for f in listed}
            listed += [f for f in plural_holders(ctx, sent, became) if f.appointee not in taken]
            out.extend(listed)
        out.extend(further_new_holders(ctx, sent))  # "…, neue Staatssekretärin wurde B"
        if not negated(ctx, sent, -1):
            out.extend(nominal_appointments(ctx, sent))
            out.extend(final_copula(ctx, sent))  # "…, dass X neue Trainerin wird"
        out.extend(received_with(ctx, sent))
        out.extend(relied_on(ctx, sent))  # "Der FC setzt auf X als Trainer"
        out.extend(certified_appointments(ctx, sent))  # "händigte X die Ernennungsurkunde aus"
        for trig in trigs:
            if negated(ctx, sent, trig.i) or asked(ctx, sent, trig.i):
                continue
            paired = [] if ruled_out(trig, sent) else paired_posts(ctx, sent, trig)
            if paired:
                out.extend(paired)  # "wählte A zur Vorsitzenden, B zum Stellvertreter"
                continue
            fact = _one(ctx, sent, trig, told, held)
            if fact is not None:
                out.extend(_each_listed(ctx, sent, fact))
                out.extend(_gapped(ctx, sent, trig.i, fact))
    return merge_retellings(out, lambda a: a.appointee)
