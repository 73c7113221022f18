"""Replacements: told by a verb ("ersetzte A durch B", "B löste A ab", "B folgt auf A"), by a noun
(:mod:`kzgraph.extract.kinds.replacements.nouns`: "B, Nachfolger von A", "sein Vorgänger A"), by a take-over
("übernahm das Amt von A"), and inferred from a departure and an appointment to the same office."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Appointment, Replacement, first_dated
from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import (
    agent_after_von,
    apposition_in,
    name_after_titles,
    object_after,
    persons_of,
)
from kzgraph.extract.grammar.relative import relative_antecedent, relative_role
from kzgraph.extract.grammar.role_map import role_map
from kzgraph.extract.grammar.scope import hedged, negated
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon, find_triggers, ruled_out
from kzgraph.extract.grammar.verb_objects import object_other, verb_object
from kzgraph.extract.grammar.voice import verb_roles
from kzgraph.extract.kinds.appointments.posts import zum_post
from kzgraph.extract.kinds.dismissals.posts import office_taken_from
from kzgraph.extract.kinds.offices.extract import office_label, title_of
from kzgraph.extract.kinds.replacements.announced import announcing_finite, doubted, noun_announcing_finite
from kzgraph.extract.kinds.replacements.by_noun import replaced_by_noun, replacement_nouns
from kzgraph.extract.kinds.replacements.elected_for import elected_for
from kzgraph.extract.kinds.replacements.followed import dative_vorfeld, named_after_verb
from kzgraph.extract.kinds.replacements.handover import handed_over, handover_triggers
from kzgraph.extract.kinds.replacements.inheritance import inheritance_taken_up
from kzgraph.extract.kinds.replacements.making_room import made_room, room_nouns
from kzgraph.extract.kinds.replacements.nouns import cue_nouns, told_by_nouns
from kzgraph.extract.kinds.replacements.taken_from import taken_from
from kzgraph.extract.posts.departures import Departure
from kzgraph.extract.posts.hierarchy import post_named_by, removes_subordinate
from kzgraph.extract.posts.merging import prefer_with_office

_BARE_AGENT_PREPOSITIONS = closed_class().words("bare_agent_prepositions")
_IMPERSONAL = closed_class().words("impersonal_pronouns")
_CAPACITY = closed_class().words("capacity_words")  # "als"
_GENITIVE_ARTICLES = closed_class().words("genitive_articles")
_ACCUSATIVE_DETERMINERS = closed_class().words("accusative_determiners")
_PLACE_NOUNS = frozenset(events_lexicon()["succession"]["place_nouns"])  # "an die Stelle", "Fußstapfen"

_FOR_WORD = events_lexicon()["succession"]["found_for"]  # "Für die abtretende A wurde B gewählt"
_TAKE_OVER_INFINITIVES = frozenset(events_lexicon()["succession"]["take_over_infinitives"])

ROLES = role_map(__package__ or "kzgraph.extract.kinds.replacements")


def _person(agent: Agent | None) -> bool:
    return agent is not None and agent.kind == AgentKind.PERSON


# a pronoun after "auf"/"für" that points back to the one who left ("Für sie rückt B nach")
_PREP_PRONOUNS = closed_class().words("pointing_back_pronouns")


def _prep_person(ctx: ArticleContext, cl: Span, prep: str) -> Agent | None:
    """ "auf A" / "für A" in the clause, A a person mention ("folgt damit auf Lindner", "rückt für
    A nach"), also past an article, adjectives and titles ("auf den bisherigen Landrat A")."""
    doc = ctx.doc
    for t in cl:
        if t.lower_ == prep and t.i + 1 < cl.end:
            m = ctx.mention_at(t.i + 1)
            if m is not None and m.start == t.i + 1:
                return ctx.person_agent(m.person)
            if doc[t.i + 1].lower_ in _PREP_PRONOUNS:
                return ctx.agent_for(doc[t.i + 1 : t.i + 2])  # "Für sie rückt B nach", "folgt auf ihn"
            k = t.i + 1
            while k < cl.end and doc[k].tag_ in ("ART", "ADJA", "PPOSAT"):
                k += 1
            m = ctx.mention_at(k) if k > t.i + 1 and k < cl.end else None
            if m is not None and m.start == k and m.kind == "name":
                return ctx.person_agent(m.person)  # "für die verstorbene A", "auf den langjährigen A"
            if k > t.i + 1 and k < cl.end and ctx.lx.is_title(doc[k].text):
                named = name_after_titles(ctx, k, cl.end)
                if named is not None:
                    return ctx.person_agent(named.person)
    return None


def _in_post(ctx: ArticleContext, cl: Span, trig: Trigger) -> bool:
    """ "folgte A als Bürgermeister / im Amt / auf dem Thron": the clause names the post ("als" and
    a title, or a post noun of the verb's ``dative_with``), so a dative person is the one followed;
    "folgte dem Rat seines Anwalts", "folgte ihm in die Firma" name none."""
    doc = ctx.doc
    posts = trig.spec.get("dative_with", ())
    return any(
        t.text in posts or t.lower_ in _CAPACITY and t.i + 1 < cl.end and ctx.lx.is_title(doc[t.i + 1].text)
        for t in cl
    )


def _particle_closes(ctx: ArticleContext, cl: Span, particle: str) -> bool:
    """The separable particle ends the clause: "folgte ihm im Amt nach", not "folgte ihm nach Berlin"."""
    doc = ctx.doc
    return any(t.lower_ == particle and (t.i + 1 >= cl.end or doc[t.i + 1].is_punct) for t in cl)


def _arguments(
    ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger, durch: int | None
) -> tuple[Agent | None, Agent | None, Agent | None]:
    """(successor, predecessor, agent) of a replacement verb."""
    agent = None
    if trig.lemma == "nachfolgen" or trig.spec.get("needs_prep"):
        return _follower_arguments(ctx, sent, cl, trig)
    if trig.passive:
        return _passive_arguments(ctx, sent, cl, trig, durch)
    by = durch is not None and ctx.doc[durch].lower_ == "durch"
    if trig.lemma == "ersetzen" and durch is not None or trig.lemma == "ablösen" and by:
        # "X ersetzte A durch B" / "X hat A durch B ersetzt" / "X hat A durch B abgelöst"
        agent = subject_of(ctx, sent, trig.i)
        if any(t.lower_ in _IMPERSONAL for t in ctx.doc[max(cl.start, trig.i - 1) : trig.i + 2]):
            agent = None  # "ersetzte man A durch B": nobody named did it, A is the object
        skip = persons_of(ctx, agent)
        if durch > trig.i:
            got = object_after(ctx, trig.i + 1, durch, skip)
        else:
            got = object_other(ctx, cl.start, durch, skip, agent)
        return agent_after_von(ctx, durch + 1, cl.end), got[0] if got else None, agent
    # "B löste A ab", "B hat A abgelöst", "B ersetzt A", "A, den B ablöste": the subject took
    # the object's place
    roles = verb_roles(ctx, sent, trig.i, False)
    fact = ROLES.fill(roles)
    succ, pred = fact.get("successor"), fact.get("predecessor")
    if trig.lemma in ("ersetzen", "beerben") and not (_person(succ) and _person(pred)):
        return None, None, None  # "Die Firma ersetzt die alten Geräte": things, not people
    span = roles.object_span
    if trig.lemma == "ersetzen" and span is not None and _thing_follows(ctx, span[1], cl.end):
        return None, None, None  # "ersetzt A den Schaden": A is compensated, not replaced
    if (
        trig.lemma == "ablösen"
        and pred is not None
        and span is not None
        and removes_subordinate(ctx, succ, pred, span[0])
    ):
        return None, None, None  # "Der Präsident hat seinen Minister abgelöst": a dismissal
    return succ, pred, agent


def _follower_arguments(
    ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger
) -> tuple[Agent | None, Agent | None, Agent | None]:
    """ "B folgte A (im Amt) nach", "B folgt auf A": the subject follows the object or the person
    after the verb's preposition; (successor, predecessor, no agent)."""
    # perfect with "sein" ("ist ihm nachgefolgt") looks passive but is active
    succ = subject_of(ctx, sent, trig.i)
    rel = relative_role(ctx, sent, trig.i)
    ante = relative_antecedent(ctx, sent, cl) if rel is not None and rel.role == "subject" else None
    succ = ante[0] if ante is not None else succ  # "… der Manager B, der auf A folgt"
    if trig.spec.get("needs_prep"):
        pred = _prep_person(ctx, cl, trig.spec["needs_prep"])
        if pred is None and _in_post(ctx, cl, trig):
            got = verb_object(ctx, cl.start, cl.end, trig.i, succ)  # "folgte A als Bürgermeister"
            pred = got[0] if got else None
        named = named_after_verb(ctx, cl, trig.i) if pred is None else None
        if named is not None and (dative := dative_vorfeld(ctx, cl, trig.i)) is not None:
            pred, succ = dative, named  # "Dem bisherigen Minister folgt B": B follows the dative
    else:
        finite = not ctx.doc[trig.i].lower_.startswith("nach")
        if finite and not _particle_closes(ctx, cl, "nach"):
            return None, None, None
        got = verb_object(ctx, cl.start, cl.end, trig.i, succ)
        pred = got[0] if got else None
    if not (_person(succ) and _person(pred)):
        return None, None, None  # "Auf den Winter folgt der Frühling", "Er folgte der Einladung"
    return succ, pred, None


def _passive_arguments(
    ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger, durch: int | None
) -> tuple[Agent | None, Agent | None, Agent | None]:
    """A passive replacement verb: the subject left, the "von"/"durch" phrase came;
    (successor, predecessor, no agent)."""
    # "A wurde von B abgelöst / beerbt": the subject left, the von/durch phrase came
    fact = ROLES.fill(verb_roles(ctx, sent, trig.i, True))
    pred = fact.get("predecessor") or subject_of(ctx, sent, trig.i)
    succ = fact.get("successor")
    if succ is None and durch is not None:
        succ = agent_after_von(ctx, durch + 1, cl.end)
    named = apposition_in(ctx, durch + 1, trig.i) if durch is not None and durch < trig.i else None
    if named is not None and succ is not None and succ.kind == AgentKind.PERSON and succ.name is None:
        succ = named[0]  # "wird durch den Referatsleiter im Ministerium, B, ersetzt"
    return succ, pred, None


def _thing_follows(ctx: ArticleContext, k: int, end: int) -> bool:
    """A second object, a determiner phrase naming no person, right after the person at ``k``
    ("ersetzt A den Schaden / die Kosten"): the dative of "jemandem etwas ersetzen"."""
    doc = ctx.doc
    if k >= end or doc[k].lower_ not in _ACCUSATIVE_DETERMINERS:
        return False
    j = k + 1
    while j < end and doc[j].tag_ == "ADJA":
        j += 1
    return j < end and doc[j].tag_ == "NN" and ctx.mention_at(j) is None and not ctx.lx.is_role(doc[j].text)


def _office_in_genitive(ctx: ArticleContext, cl: Span) -> str | None:
    """ "folgte im Amt der Bürgermeisterin auf A": the title in the genitive of a generic office
    noun ("Amt", "Posten") names the post."""
    doc = ctx.doc
    generic = events_lexicon()["dismissal"]["generic_office_nouns"]
    for t in cl:
        k = t.i + 2
        if t.text in generic and k < cl.end and doc[t.i + 1].lower_ in _GENITIVE_ARTICLES:
            if ctx.lx.is_title(doc[k].text) and ctx.mention_at(k + 1) is None:
                return office_label(ctx, k, with_genitive=False)[0]
    return None


def _verbal(ctx: ArticleContext, sent: Span, triggers: list[Trigger]) -> list[Replacement]:
    out = []
    doc = ctx.doc
    for trig in triggers:
        if negated(ctx, sent, trig.i) or ruled_out(trig, sent):
            continue
        cl = clause(ctx, sent, trig.i)
        if any(t.text in events_lexicon()["succession"]["lineup_cues"] for t in cl):
            continue  # "ersetzte den verletzten X": a line-up change
        durch = next(
            (t.i for t in doc[cl.start : cl.end] if t.lower_ in _BARE_AGENT_PREPOSITIONS and t.i != trig.i),
            None,
        )
        date = ctx.date_for(sent, doc[trig.i].idx)
        succ, pred, agent = _arguments(ctx, sent, cl, trig, durch)
        if succ is None or pred is None or succ == pred or AgentKind.PLACE in (succ.kind, pred.kind):
            continue
        if trig.lemma == "ablösen" and not _person(succ):
            continue  # "wurde vom Aufsichtsrat abgelöst": removed by a body, a dismissal
        # "hat seinen Vorstandschef A durch B ersetzt": the title before the predecessor is the post;
        # else the capacity the clause names ("B löst A als Trainer ab", "folgt A als Chefin nach")
        office = title_of(ctx, cl, pred) or zum_post(ctx, cl) or _office_in_genitive(ctx, cl)
        announced = announcing_finite(ctx, sent, trig.i) is not None
        if announced and doubted(sent):
            continue  # "Offen ist, ob B A ablösen wird": asked, not announced
        rule = f"replacement.{'announced' if announced else 'verb'}.{trig.lemma}"
        out.append(
            Replacement(ctx.evidence(sent, rule, 0.8), succ, pred, office, agent, date, announced=announced)
        )
    return out


def _announced_triggers(
    ctx: ArticleContext, sent: Span, triggers: list[Trigger], anchors: list[int]
) -> list[Trigger]:
    """The triggers of a sentence that only the announcing "soll"/"wird" of their own verbs
    hedges ("B soll A ablösen"); none when another hedge, a question or a condition is there."""
    modals = {t.i: announcing_finite(ctx, sent, t.i) for t in triggers}
    announcing = {m for m in modals.values() if m is not None}
    if not announcing or hedged(ctx, sent, anchors, ignore=announcing):
        return []
    return [t for t in triggers if modals[t.i] is not None]


def _announced_by_noun(
    ctx: ArticleContext, sent: Span, told: list[Departure], anchors: list[int], hedged_sentence: bool
) -> list[Replacement]:
    """Successions told by a noun, marked announced when a cue noun's clause is "soll/wird …
    antreten/werden" ("B soll die Nachfolge von A antreten"); in a hedged sentence only those, and
    only when that "soll" is its one hedge."""
    nouns = [i for i in anchors if ctx.doc[i].text.capitalize() in cue_nouns()]
    modals = {m: i for i in nouns for m in [noun_announcing_finite(ctx, sent, i)] if m is not None}
    if hedged_sentence and (not modals or hedged(ctx, sent, anchors, ignore=set(modals))):
        return []
    if modals and (doubted(sent) or any(negated(ctx, sent, i) for i in modals.values())):
        return []  # "Offen ist, ob B die Nachfolge antreten wird", "soll nicht die Nachfolge antreten"
    found = told_by_nouns(ctx, sent, told)
    return [replace(r, announced=True) for r in found] if modals else found


def _taken_over(ctx: ArticleContext, appointments: list[Appointment]) -> list[Replacement]:
    """ "X übernahm das Amt von Y": the take-over names the previous holder."""
    out = []
    for a in appointments:
        if not a.took_over:
            continue
        sent = next((s for s in ctx.sentences if s.start_char == a.evidence.start), None)
        predecessor = office_taken_from(ctx, sent) if sent is not None else None
        if sent is not None and predecessor is not None and predecessor != a.appointee:
            ev = ctx.evidence_from(a.evidence, "replacement.take_over", 0.75)
            # "B wird das Amt von A übernehmen": announced, as the take-over module reads it too
            announced = any(
                t.lower_ in _TAKE_OVER_INFINITIVES and announcing_finite(ctx, sent, t.i) is not None
                for t in sent
            )
            out.append(Replacement(ev, a.appointee, predecessor, a.office, None, a.date, announced=announced))
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
    ctx: ArticleContext, told: list[Departure], appointments: list[Appointment]
) -> list[Replacement]:
    """Stated replacements, plus successions inferred from the article's departures (``told``:
    dismissals and resignations, in the order told) and ``appointments``."""
    out: list[Replacement] = []
    for sent in ctx.sentences:
        triggers = find_triggers(ctx, sent, "succession", "replace_verbs")
        handovers = handover_triggers(ctx, sent)
        # a hedge in a relative clause ("…, der seinen Vertrag nicht verlängern wollte") is not the event's
        replacing = replacement_nouns(ctx, sent)  # "die Ablösung von A durch B"
        words = ctx.sentence_texts(sent)
        cues = cue_nouns()
        anchors = [t.i for t in triggers + handovers] + replacing + [
            sent.start + j for j, word in enumerate(words) if word.capitalize() in cues
        ]
        anchors += inheritance_taken_up(ctx, sent) if "Erbe" in words else []  # "tritt das Erbe an"
        rooms = room_nouns(ctx, sent) if "Platz" in words else []  # "machte Platz für B"
        anchors += rooms
        if not anchors and not _PLACE_NOUNS.intersection(words):
            continue  # no verb, cue noun or "an seine Stelle": nothing to read, no hedge to scan
        if hedged(ctx, sent, anchors or None):
            # "B soll A ablösen": the succession told as decided, kept and marked announced
            kept = _announced_triggers(ctx, sent, triggers + handovers, anchors)
            out.extend(_verbal(ctx, sent, [t for t in kept if t in triggers]))
            out.extend(handed_over(ctx, sent, [t for t in kept if t in handovers], announced_only=True))
            out.extend(_announced_by_noun(ctx, sent, told, anchors, hedged_sentence=True))
            continue
        out.extend(_verbal(ctx, sent, triggers))
        out.extend(replaced_by_noun(ctx, sent, replacing))
        out.extend(handed_over(ctx, sent, handovers, announced_only=False))
        out.extend(_announced_by_noun(ctx, sent, told, anchors, hedged_sentence=False))
        out.extend(made_room(ctx, sent, rooms))
    out.extend(r for sent in ctx.sentences for r in taken_from(ctx, sent))
    for sent in ctx.sentences:
        out.extend(elected_for(ctx, sent) if _FOR_WORD in ctx.sentence_lowers(sent) else [])
    out.extend(infer_successions(ctx, told, appointments))
    out.extend(_taken_over(ctx, appointments))
    out = [_office_from_appointment(_appointee_not_appointer(r, appointments), appointments) for r in out]
    # "B folgt auf A" and the succession inferred from A's dismissal and B's appointment are one
    # event; an announcement and the later report of the succession done are two tellings kept apart
    return prefer_with_office(out, lambda r: (r.successor, r.predecessor, r.announced))
