"""Dismissals: "X entließ Y", "Y wurde (von X) abgesetzt", "X entzog Y den Vorsitz", nominal forms."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Dismissal
from kzgraph.extract.grammar.clauses import apposition_subject, clause, relative_clause, subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.objects import (
    apposition_in,
    apposition_name,
    name_after_titles,
    object_after,
    persons_of,
)
from kzgraph.extract.grammar.role_map import role_map
from kzgraph.extract.grammar.scope import hedged, negated
from kzgraph.extract.grammar.subordinate import subordinate_start
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon, find_triggers, ruled_out
from kzgraph.extract.grammar.verb_objects import middle_field_subject
from kzgraph.extract.grammar.voice import ACTIVE, verb_roles
from kzgraph.extract.kinds.dismissals.attributive import attributive_dismissals, prenominal_only
from kzgraph.extract.kinds.dismissals.certificates import certified_dismissals
from kzgraph.extract.kinds.dismissals.generic import (
    counted_description,
    generic_unnamed,
    paired_with_opposite,
)
from kzgraph.extract.kinds.dismissals.groups import counted_group_in
from kzgraph.extract.kinds.dismissals.listed import dismissals_of
from kzgraph.extract.kinds.dismissals.lost import (
    bare_idiom,
    lost_by_subject,
    made_to_go,
    post_as,
    released,
)
from kzgraph.extract.kinds.dismissals.nouns import bad_object, nominal_dismissals
from kzgraph.extract.kinds.dismissals.parting import impersonal_parting, parting_subject
from kzgraph.extract.kinds.dismissals.posts import office_np, office_phrase
from kzgraph.extract.kinds.dismissals.reach import opening_apposition, possessed_title
from kzgraph.extract.kinds.offices.extract import office_label, title_before
from kzgraph.extract.posts.apposition import title_after_name
from kzgraph.extract.posts.hierarchy import (
    OWN_POSSESSIVES,
    office_of,
    removes_subordinate,
    sole_office,
)
from kzgraph.extract.posts.merging import merge_retellings, prefer_with_office

_AUS_DEM = closed_class().words("aus_dem_determiners")
_VON = closed_class().words("von_forms")  # "aus dem Dienst", "aus seinem Polizeidienst"

ROLES = role_map(__package__ or "kzgraph.extract.kinds.dismissals")


def _role_object(ctx: ArticleContext, k: int, e: int) -> tuple[Agent | None, str | None]:
    """ "den stellvertretenden Sekretär des Rates, X": the named person and the office."""
    doc = ctx.doc
    head = next((t.i for t in doc[k:e] if ctx.lx.is_title(t.text)), None)
    if head is None:
        return None, None
    office, _ = office_label(ctx, head)
    right_after = ctx.mention_at(e) if e < len(doc) else None
    if right_after is not None and right_after.kind == "name" and right_after.start == e:
        return ctx.person_agent(right_after.person), office  # "dem 61 Jahre alten Trainer X"
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
    if trig.lemma in ("entlassen", "absetzen") and released(sent):
        return None
    cl = clause(ctx, sent, trig.i)
    # "kündigte X, dessen Vertrag …": a listed word in another clause does not rule the verb out
    if ruled_out(trig, cl if trig.spec.get("not_with_in_clause") else sent):
        return None
    if _about_every(ctx, sent, cl):
        return None  # "in allen Vereinen, die ihren Coach entließen"
    if _only_possible(ctx, sent, cl, trig.i):
        return None  # "Ein Ministerpräsident kann Minister entlassen", "versuchte, X zu entlassen"
    if trig.spec.get("not_particle") and any(
        t.tag_ == "PTKVZ" and t.lower_ == trig.spec["not_particle"] for t in cl
    ):
        return None  # "kündigte eine Reform an": announced
    if trig.spec.get("needs_finite") and not made_to_go(ctx, cl, trig):
        return None  # "muss zum Arzt gehen", "kann gehen"
    if trig.spec.get("subject_dismissed"):  # "X verlor seinen Posten"
        needs_post = trig.spec.get("needs_post", False) and not (
            trig.spec.get("bare_idiom") and bare_idiom(ctx, sent, trig.i)
        )
        lost = lost_by_subject(ctx, sent, trig.i, needs_post)
        read = _Read(lost[0], None, lost[1], "dismissal.lost_post", 0.75) if lost else None
    else:
        read = _passive(ctx, sent, cl, trig) if trig.passive else _active(ctx, sent, cl, trig)
    if read is None or read.dismissed is None or read.dismissed == read.agent:
        return None
    if counted_description(ctx, cl):
        return None  # "wurde der dritte Trainer der Saison entlassen": a count, no one named
    if read.dismissed.name is None and (
        paired_with_opposite(ctx, sent, trig.i) or trig.passive and generic_unnamed(ctx, cl, read.dismissed)
    ):
        return None  # "Die Minister werden ernannt und entlassen", "Ein Minister wird entlassen, wenn …"
    dismissed, agent, office, rule = read.dismissed, read.agent, read.office, read.rule
    doc = ctx.doc
    if trig.spec.get("needs_office"):
        found = office_np(ctx, sent, duties=trig.spec["needs_office"] == "duties")
        if found is None:
            return None
        lex = events_lexicon()["dismissal"]
        if _task_not_post(ctx, found):
            return None  # "von der Aufgabe entbunden, den Bericht zu schreiben": a task
        if doc[found[1]].text not in lex["generic_office_nouns"] + lex["duty_nouns"]:
            office = found[0]  # "entzog ihm den Vorsitz der Partei"
        if not trig.spec.get("subject_dismissed"):  # "verlor seinen Posten" keeps its own rule
            rule = "dismissal.withdraw_office"
    service = _service_left(ctx, cl)  # "aus dem Dienst entlassen"
    if trig.spec.get("persons_only") and dismissed.kind != AgentKind.PERSON:
        return None  # "kündigte die Bank": a contract with a body
    if dismissed.kind == AgentKind.PLACE or bad_object(ctx, dismissed, sent.start, service):
        return None
    if office is None and dismissed.is_named and _own_office(ctx, cl):
        office = office_of(ctx, dismissed)  # "wurde ihres Amtes enthoben": the office she held
    if office is None:
        # "wurde als Intendant abberufen", "entließ X, den Vorstandschef des Konzerns"
        office = post_as(ctx, cl) or (title_after_name(ctx, sent, dismissed) if dismissed.is_named else None)
        office = office or service
    date = ctx.date_for(sent, doc[trig.i].idx)
    return Dismissal(ctx.evidence(sent, rule, read.confidence), dismissed, agent, office, date)


def _about_every(ctx: ArticleContext, sent: Span, cl: Span) -> bool:
    """The verb's clause is a relative clause whose antecedent a quantifier opens ("allen
    Vereinen, die …", "jeder Verein, der …")."""
    if not relative_clause(ctx, sent, cl):
        return False
    quantifiers = events_lexicon()["dismissal"]["quantified_antecedents"]
    doc = ctx.doc
    start = max(sent.start, cl.start - 6)
    before = [t for t in doc[start : cl.start] if t.text != ","]
    return any(t.lower_ in quantifiers for t in before)


def _task_not_post(ctx: ArticleContext, found: tuple[str, int]) -> bool:
    """A singular duty noun ("Aufgabe") names a post only as one's own ("von seiner Aufgabe
    entbunden"); without a possessive it is a task."""
    words = found[0].split()
    if words[-1] not in events_lexicon()["dismissal"]["possessed_duty_nouns"]:
        return False
    before = ctx.doc[found[1] - 1].lower_ if found[1] > 0 else ""
    return not any(closed_class().possessor_gender(w.lower()) for w in [*words, before])


def _only_possible(ctx: ArticleContext, sent: Span, cl: Span, i: int) -> bool:
    """A power or an attempt, no event: "kann" in the verb's clause ("Der Präsident kann Minister
    entlassen"), or a zu-infinitive after a word of trying or forgoing ("verzichtete darauf / auf den
    Versuch, X zu entlassen")."""
    lex = events_lexicon()["dismissal"]
    if any(t.lower_ in lex["able_not_event"] for t in cl):
        return True
    doc = ctx.doc
    zu = doc[i].tag_ == "VVIZU" or i > sent.start and doc[i - 1].tag_ == "PTKZU"
    return zu and any(t.lower_ in lex["infinitive_not_after"] for t in doc[sent.start : i])


def _passive(ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger) -> _Read | None:
    """ "X wurde (von Y) entlassen"; "von Magdeburg" belongs to a title, "von seinem Amt" is the post."""
    doc = ctx.doc
    roles = verb_roles(ctx, sent, trig.i, True, not_agent=lambda k: office_phrase(ctx, k))
    fact = ROLES.fill(roles)
    dismissed, agent = fact.get("dismissed"), fact.get("agent")
    if dismissed is None and not relative_clause(ctx, sent, cl):
        # "Die Zeitung berichtete, der Minister X werde entlassen": the subject of the sentence
        # (not in a relative clause: ", die … entlassen worden war" is about its antecedent)
        dismissed = subject_of(ctx, sent, trig.i)
    if dismissed is None and _service_left(ctx, cl) is not None:
        found = counted_group_in(ctx, cl, cl.start, trig.i)  # "die 40 Polizisten … aus dem Dienst"
        dismissed = found[0] if found is not None else None
    if dismissed is not None and dismissed.is_named:
        dismissed = possessed_title(ctx, sent, trig.i, dismissed) or dismissed
    named = apposition_in(ctx, cl.start, trig.i) or opening_apposition(ctx, sent, trig.i)
    if dismissed is not None and dismissed.name is None and named is not None:
        dismissed = named[0]  # "der Polizeipräsident von Magdeburg, X, wurde abberufen"
    person_by = agent is not None and agent.kind == AgentKind.PERSON
    if trig.spec.get("needs_superior") and (person_by or _named_in_by_phrase(ctx, sent, trig.i, dismissed)):
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


def _named_in_by_phrase(ctx: ArticleContext, sent: Span, i: int, dismissed: Agent | None) -> bool:
    """A person's name, not the dismissed one's, in a von-phrase before the verb at ``i`` that the
    agent reader did not take (a quoted title before it, commas around an age: "wird von
    „Blatt“-Redakteur X, 45, abgelöst")."""
    doc = ctx.doc
    von = next((t.i for t in reversed(doc[sent.start : i]) if t.lower_ in _VON), None)
    if von is None:
        return False
    names = [m for m in ctx.mentions_in(doc[von:i]) if m.kind == "name" and m.start > von]
    return any(ctx.person_agent(m.person) != dismissed for m in names)


def _active(ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger) -> _Read | None:
    """ "Y entließ X", "hat X entlassen", "X, den Y entlassen hatte", "trennte sich von X"."""
    if trig.spec.get("needs_sich_von") or trig.spec.get("parts_with"):
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
    if agent is None and (swapped := middle_field_subject(ctx, got, trig.i)) is not None:
        agent, got = swapped  # verb-final in a subordinate clause too ("als … entließ")
    return _active_object(ctx, trig, agent, _led_by(ctx, sent, got))


def _led_by(ctx: ArticleContext, sent: Span, got: tuple[Agent, int, int]) -> tuple[Agent, int, int]:
    """ "entmachtete die Regierung um Präsidentin X": a body named by the one who leads it ("um"
    and a named person right after the body) stands for that person."""
    dismissed, k, e = got
    led_by = events_lexicon()["dismissal"]["led_by_prepositions"]
    if dismissed.kind == AgentKind.PERSON or e + 1 >= sent.end or ctx.doc[e].lower_ not in led_by:
        return got
    named = name_after_titles(ctx, e + 1, sent.end)
    if named is None:
        return got
    return ctx.person_agent(named.person), named.start, named.end


def _parted_with(ctx: ArticleContext, sent: Span, cl: Span, trig: Trigger) -> _Read | None:
    """ "Der Verein trennte sich von Trainer X" / "hat sich von X getrennt", "beendete die
    Zusammenarbeit mit X" (``parts_with``: the preposition); a person parting with a person is a
    private separation, not a dismissal."""
    doc = ctx.doc
    parts_with = trig.spec.get("parts_with")
    if parts_with is None and not any(t.lower_ == "sich" for t in cl):
        return None
    preps = {parts_with} if parts_with else _VON
    von = next((t.i for t in doc[cl.start : cl.end] if t.lower_ in preps), None)  # "vom Trainer X"
    if von is None:
        return None
    agent = subject_of(ctx, sent, trig.i) or parting_subject(ctx, cl, von)
    if agent is None:
        if not impersonal_parting(ctx, sent, cl, trig.i):
            return None  # "Sie trennte sich von X": maybe a private separation
    elif agent.kind == AgentKind.PERSON and (parts_with or not _parted_with_post_holder(ctx, von, cl.end)):
        return None  # "Sie trennte sich von X": a private separation
    named = ctx.mention_at(von + 1)  # "von X" right after the preposition
    if named is not None and named.kind == "name" and named.start == von + 1:
        got: tuple[Agent, int, int] | None = (ctx.person_agent(named.person), named.start, named.end)
    else:
        got = object_after(ctx, von + 1, cl.end, persons_of(ctx, agent))
    if got is None or got[0].kind != AgentKind.PERSON:
        return None
    return _active_object(ctx, trig, agent, got)


def _parted_with_post_holder(ctx: ArticleContext, von: int, end: int) -> bool:
    """ "Der Sportdirektor trennte sich von Trainer X": a person parts with one named by a title of
    a post (the lexicon's titles, not kin: "von ihrem Ehemann X" is private)."""
    doc = ctx.doc
    k = von + 1
    while k < end and doc[k].tag_ in ("ART", "PPOSAT", "ADJA"):
        k += 1
    return k < end and ctx.lx.is_title(doc[k].text)


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
        mention = ctx.mention_at(k)
        if mention is not None and mention.kind == "pronoun":
            # "Der Präsident entließ ihn": his post; a title right before the pronoun is the
            # subject's ("bis der Präsident ihn absetzte")
            office = sole_office(ctx, dismissed)
        else:
            office = title_before(ctx, k)
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


def extract_dismissals(ctx: ArticleContext) -> list[Dismissal]:
    out: list[Dismissal] = []
    for sent in ctx.sentences:
        # a bare "gehen", "aufgeben", "nehmen" is a trigger only after its "müssen" form: else it
        # would bring the hedges of its own clause to the sentence ("…, da er X nicht aufgeben will")
        attributive = attributive_dismissals(ctx, sent)
        out.extend(attributive.values())  # told as known: no hedge applies
        # "des am Sonntag beurlaubten X": a participle read before a name is no finite verb
        trigs = [
            t
            for t in find_triggers(ctx, sent, "dismissal")
            if not prenominal_only(ctx, sent, t.i)
            and (not t.spec.get("needs_finite") or made_to_go(ctx, clause(ctx, sent, t.i), t))
        ]
        listed = events_lexicon()["dismissal"]["nouns"]
        nouns = ctx.positions_of_texts(sent, listed)  # only a sentence that holds one is read
        nominal = bool(nouns)
        certified = certified_dismissals(ctx, sent)
        if certified and hedged(ctx, sent):
            certified = []  # "soll X die Entlassungsurkunde überreichen"
        out.extend(certified)
        if not trigs and not nominal or certified:
            continue
        if hedged(ctx, sent, [t.i for t in trigs] + nouns):
            continue
        for trig in trigs:
            if negated(ctx, sent, trig.i):
                continue
            out.extend(dismissals_of(ctx, sent, trig, _one))
        # "Mit dem Rauswurf von X wurde der dritte Trainer entlassen": the noun names who
        counted = all(counted_description(ctx, clause(ctx, sent, t.i)) for t in trigs)
        if nominal and counted and not negated(ctx, sent, -1):
            out.extend(nominal_dismissals(ctx, sent))
    return merge_retellings(prefer_with_office(out, lambda d: (d.agent, d.dismissed)), lambda d: d.dismissed)
