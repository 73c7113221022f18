"""Arrests: named persons ("X und Y wurden wegen Hochverrats festgenommen") or a group with its count
("mehr als 4400 Menschen festgenommen", "mehr als 3700 Festnahmen"), its charge and its reporter.
Groups are counted in ``arrest_groups``, unnamed people read in ``arrest_people``."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Arrest, Count, FactDate
from kzgraph.extract.grammar.clauses import clause, subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.coordination import listed_agents
from kzgraph.extract.grammar.cues import has_word_start_cue
from kzgraph.extract.grammar.lexicon import COORDINATORS
from kzgraph.extract.grammar.role_map import role_map
from kzgraph.extract.grammar.scope import conditional, hedged, negated, presupposed, questioned
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon, find_triggers
from kzgraph.extract.grammar.voice import (
    reflexive_passive,
)
from kzgraph.extract.kinds.arrests.agents import (
    arrest_roles,
    arresting_agent,
    only_in_prepositional_phrases,
    possessor_of_subject,
)
from kzgraph.extract.kinds.arrests.attributive import attributive_groups
from kzgraph.extract.kinds.arrests.bare import bare_before_group
from kzgraph.extract.kinds.arrests.charges import charge_after, charge_of
from kzgraph.extract.kinds.arrests.collectives import collective_count
from kzgraph.extract.kinds.arrests.custody import custody_triggers
from kzgraph.extract.kinds.arrests.groups import (
    group_count,
    parse_count,
    pronominal_count,
    vague_group,
    vague_pronominal,
)
from kzgraph.extract.kinds.arrests.idioms import idiom_triggers, prepositional_arrests, with_idioms
from kzgraph.extract.kinds.arrests.joined_groups import joined_group
from kzgraph.extract.kinds.arrests.members import (
    among_the_arrested,
    companions_named_with,
    members_in_apposition,
    members_named_next,
    named_members,
    names_listed_before_group,
)
from kzgraph.extract.kinds.arrests.merging import merge_persons, offender_charges
from kzgraph.extract.kinds.arrests.nouns import by_noun
from kzgraph.extract.kinds.arrests.person_nouns import listed_person_noun
from kzgraph.extract.kinds.arrests.possessive import possessive_adjunct
from kzgraph.extract.kinds.arrests.records import Told, add, group_arrest
from kzgraph.extract.kinds.arrests.relative_object import object_antecedent_group
from kzgraph.extract.kinds.arrests.senses import (
    generic_statement,
    other_sense,
    purpose_clause,
    unstated,
    zu_infinitive,
)
from kzgraph.extract.kinds.arrests.sources import clause_end, further_figures, reporter_of
from kzgraph.extract.kinds.arrests.unnamed import unnamed_arrests
from kzgraph.extract.posts.merging import headline_figures_yield, unnamed_yields_to_named

__all__ = ["extract_arrests", "parse_count"]  # parse_count: the public name it has always had


def _has_cue(text: str, cues: list[str]) -> bool:
    # a cue starts a word: "droht" is a threat of arrest, "bedroht" is not
    return has_word_start_cue(text, cues)


def _not_arrest(ctx: ArticleContext, sent: Span, anchors: list[int]) -> bool:
    """A denial or threat in the sentence, or a warrant or release in the clause of an anchor."""
    lex = events_lexicon()["arrest"]
    text = ctx.text_of(sent)
    if _has_cue(text, lex["not_arrest_cues"]) or _has_cue(text, lex["fiction_frames"]):
        return True
    if generic_statement(ctx, sent):
        return True
    return any(_has_cue(_cue_text(ctx, sent, i), lex["not_arrest_clause_cues"]) for i in anchors)


def _cue_text(ctx: ArticleContext, sent: Span, i: int) -> str:
    """The clause of the anchor at ``i`` up to a coordinator after it ("wurde festgenommen und
    später wieder freigelassen" tells the arrest, then the release), without a warrant the arrest
    was made on ("aufgrund eines internationalen Haftbefehls festgenommen": executed, not issued)."""
    near = clause(ctx, sent, i)
    doc = ctx.doc
    end = next((t.i for t in doc[i + 1 : near.end] if t.lower_ in COORDINATORS), near.end)
    lex = events_lexicon()["arrest"]
    grounds = [f" {g.lower()} " for g in lex["warrant_grounds"]]
    kept = []
    for t in doc[near.start : end]:
        if t.lower_.startswith(lex["warrant_cue"]):  # only then the four words before it are read
            before = " " + " ".join(w.lower_ for w in doc[max(near.start, t.i - 4) : t.i]) + " "
            if any(g in before for g in grounds):
                continue
        kept.append(t.text)
    return " ".join(kept)


def _hedged(ctx: ArticleContext, sent: Span, anchors: list[int]) -> bool:
    """The sentence's hedge governs its arrest words; one that is presupposed ("trotz der
    Festnahme") only a question or condition."""
    if anchors and all(presupposed(ctx, sent, a) or possessive_adjunct(ctx, sent, a) for a in anchors):
        return questioned(sent) or conditional(sent)
    return hedged(ctx, sent, anchors, ignore=_in_accused_deed(ctx, sent, anchors))


_PERFECT_INFINITIVE = closed_class().words("perfect_infinitive_auxiliaries")


def _in_accused_deed(ctx: ArticleContext, sent: Span, anchors: list[int]) -> set[int]:
    """Words of a perfect zu-infinitive without an anchor: the deed someone is suspected of
    ("unter dem Verdacht festgenommen, einen Anschlag geplant zu haben"), whose "geplant" is no
    plan of the arrest."""
    doc = ctx.doc
    out: set[int] = set()
    for t in sent:
        if t.tag_ != "PTKZU" or t.i + 1 >= sent.end or doc[t.i + 1].lower_ not in _PERFECT_INFINITIVE:
            continue
        span = clause(ctx, sent, t.i)
        if not any(span.start <= a < span.end for a in anchors):
            out.update(range(span.start, span.end))
    return out


def _other_subject(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """The active verb at i has a subject that is no counted group ("die Polizei", a name)."""
    subj = subject_of(ctx, sent, i)
    return subj is not None and subj.kind != AgentKind.GROUP


def _group_arrested_in(found: list[Arrest], sent: Span | None) -> bool:
    """Whether a group's arrest was read from ``sent`` (the sentence before)."""
    if sent is None:
        return False
    return any(
        f.arrested is not None and f.arrested.kind == AgentKind.GROUP and f.evidence.start == sent.start_char
        for f in found
    )


_HOUSE_ARREST = "hausarrest"  # the lemma of "unter Hausarrest stellen" in the lexicon

ROLES = role_map(__package__ or "kzgraph.extract.kinds.arrests")


def extract_arrests(ctx: ArticleContext) -> list[Arrest]:
    out: list[Arrest] = []
    nouns = set(events_lexicon()["arrest"]["nouns"]) | set(events_lexicon()["arrest"]["group_nouns"])
    sents = ctx.sentences
    for s_idx, sent in enumerate(sents):
        trigs = find_triggers(ctx, sent, "arrest")
        trigs += [t for t in custody_triggers(ctx, sent) if all(x.i != t.i for x in trigs)]
        trigs = with_idioms(trigs, idiom_triggers(ctx, sent))
        noun_hits = ctx.positions_of_texts(sent, nouns)
        among = among_the_arrested(ctx, sent) if not trigs else None
        if among is None and not trigs and _group_arrested_in(out, sents[s_idx - 1] if s_idx else None):
            among = members_named_next(ctx, sent)  # "… mehrere Offiziere festgenommen. Unter ihnen sei X"
        if not trigs and not noun_hits and among is None:
            continue
        anchors = [t.i for t in trigs] + noun_hits + ([among[0]] if among else [])
        if _hedged(ctx, sent, anchors) or _not_arrest(ctx, sent, anchors):
            continue
        told = _told(ctx, sents, s_idx)
        if among is not None and not negated(ctx, sent, among[0]):
            _among(ctx, told, among, out)
        for trig in trigs:
            if not negated(ctx, sent, trig.i):
                _by_verb(ctx, told, trig, out)
        if not trigs:
            by_noun(ctx, told, noun_hits, out)
    for s_idx in range(len(sents)):
        _by_prepositional_idiom(ctx, sents, s_idx, out)
        _by_attributive_participle(ctx, sents, s_idx, out)
    return merge_persons(unnamed_yields_to_named(headline_figures_yield(offender_charges(out))))


def _by_prepositional_idiom(ctx: ArticleContext, sents: list[Span], s_idx: int, out: list[Arrest]) -> None:
    """ "Für X klickten die Handschellen": the arrested after a preposition of an idiom, unless
    hedged, negated or denied."""
    sent = sents[s_idx]
    for i, person, count in prepositional_arrests(ctx, sent):
        if _hedged(ctx, sent, [i]) or negated(ctx, sent, i):
            continue
        if _has_cue(sent.text, events_lexicon()["arrest"]["not_arrest_cues"]):
            continue
        told = _told(ctx, sents, s_idx)
        date = ctx.date_for(sent, ctx.doc[i].idx)
        ev = ctx.evidence(sent, "arrest.person.idiom", 0.8)
        add(out, Arrest(ev, person, count, told.charge, told.reporter, date))


def _by_attributive_participle(ctx: ArticleContext, sents: list[Span], s_idx: int, out: list[Arrest]) -> None:
    """ "Die gestern festgenommenen sechs Studenten …": a counted group whose arrest the
    participle presupposes, unless negated or the sentence is a question or a condition."""
    sent = sents[s_idx]
    for i, group in attributive_groups(ctx, sent):
        if negated(ctx, sent, i) or questioned(sent) or conditional(sent):
            continue
        told = _told(ctx, sents, s_idx)
        ev = ctx.evidence(sent, "arrest.group.attributive", 0.75)
        # the same phrase read before without its count ("die drei … festgenommenen Männer")
        out[:] = [f for f in out if not _uncounted_same(f, sent, group)]
        add(out, group_arrest(ev, group, told.charge, told.reporter, ctx.date_for(sent, ctx.doc[i].idx)))


def _uncounted_same(fact: Arrest, sent: Span, group: tuple[Count, str]) -> bool:
    """An uncounted, unnamed arrested of ``sent`` whose phrase holds the group's count word or
    ends in its noun (the group's label is in the nominative, the phrase may not be)."""
    who = fact.arrested
    if fact.evidence.start != sent.start_char or fact.count is not None or who is None or who.is_named:
        return False
    words = who.label.lower().split()
    return group[0].text.lower() in words or who.label.lower().endswith(group[1].lower())


def _told(ctx: ArticleContext, sents: list[Span], s_idx: int) -> Told:
    """The charge ("wegen Y", or in the next two sentences) and reporter of the sentence ``s_idx``."""
    sent = sents[s_idx]
    nxt = sents[s_idx + 1] if s_idx + 1 < len(sents) else None
    charge = charge_of(ctx, sent) or charge_after(ctx, sents[s_idx + 1 : s_idx + 3])
    reporter = reporter_of(ctx, sent) or (
        reporter_of(ctx, nxt) if nxt is not None and nxt[0].lower_ == "das" else None
    )
    return Told(sent, s_idx, charge, reporter)


def _among(ctx: ArticleContext, told: Told, among: tuple[int, list[Agent]], out: list[Arrest]) -> None:
    """ "Unter den Festgenommenen ist auch X": X was arrested with the others, charged and dated
    as the group arrested before unless told otherwise."""
    sent, charge = told.sent, told.charge
    date = ctx.date_for(sent, ctx.doc[among[0]].idx)
    group = next((a for a in reversed(out) if a.count is not None), None)
    if group is not None:
        charge, date = charge or group.charge, date or group.date
    for person in among[1]:
        ev = ctx.evidence(sent, "arrest.among", 0.75)
        add(out, Arrest(ev, person, None, charge, told.reporter, date))


def _by_verb(ctx: ArticleContext, told: Told, trig: Trigger, out: list[Arrest]) -> None:
    """The arrests of one verb trigger: a counted or vague group, a named person or list, an
    unnamed person, a pronoun standing for the person before, a bare participant."""
    sent = told.sent
    if other_sense(ctx, sent, trig) or unstated(ctx, sent, trig) or purpose_clause(ctx, sent, trig):
        return
    if not trig.passive and reflexive_passive(ctx, sent, trig.i):
        trig = replace(trig, passive=True)  # "ließ sich festnehmen": the subject was arrested
    before = len(out)
    _arrests_of_verb(ctx, told, trig, out)
    # a zu-infinitive's subject is elsewhere ("Es gelang der Polizei, den Mann festzunehmen")
    found = len(out) > before and not zu_infinitive(ctx, sent, trig)
    agent = arresting_agent(ctx, sent, trig) if found else None
    for k in range(before, len(out)) if agent is not None else ():
        if out[k].agent is None and out[k].arrested != agent:
            out[k] = replace(out[k], agent=agent)


def _arrests_of_verb(ctx: ArticleContext, told: Told, trig: Trigger, out: list[Arrest]) -> None:
    """The arrests ``_by_verb`` reads, without who made them."""
    sent = told.sent
    date = ctx.date_for(sent, ctx.doc[trig.i].idx)
    # "festgenommen" takes any noun; "gefasst" ("einen Beschluss") only a person noun
    any_noun = not (trig.spec or {}).get("persons_only")
    if _groups(ctx, told, trig, date, any_noun, out):
        return
    who = ROLES.role(arrest_roles(ctx, sent, trig), "arrested")
    if who is not None and who.is_named and trig.passive and only_in_prepositional_phrases(ctx, sent, who):
        who = None  # "Nach Angaben von A und B wurde ein Mann festgenommen": B is a source
    head = possessor_of_subject(ctx, sent, trig, who) if who is not None else None
    if head is not None:
        noun = ctx.doc[head].text
        if noun in events_lexicon()["arrest"]["relatives"]:
            who = None  # "Der Sohn des Ministers X": the son was arrested, read as unnamed
        elif not any_noun and not listed_person_noun(noun):
            return  # "Der Beschluss des Ministers X wurde gefasst": a thing, nobody arrested
    if who is not None and who.kind == AgentKind.PERSON and who.is_named:
        persons = listed_agents(ctx, sent, who)
        house = trig.lemma == _HOUSE_ARREST
        for person in persons:
            ev = ctx.evidence(sent, "arrest.person.house" if house else "arrest.person", 0.85)
            add(out, Arrest(ev, person, None, told.charge, told.reporter, date, house))
        if trig.passive:
            for companion in companions_named_with(ctx, sent, persons, trig.i):
                ev = ctx.evidence(sent, "arrest.person.companions", 0.75)
                add(out, Arrest(ev, companion, None, told.charge, told.reporter, date))
        return
    unnamed_arrests(ctx, told, trig, who, date, any_noun, out)


def _groups(
    ctx: ArticleContext, told: Told, trig: Trigger, date: FactDate | None, any_noun: bool, out: list[Arrest]
) -> bool:
    """A counted group ("mehr als 40 Menschen"), its members named in apposition, a vague group
    ("Dutzende Demonstranten") and members named with it; whether the verb arrested a group."""
    sent, charge, reporter = told.sent, told.charge, told.reporter
    tok = ctx.doc[trig.i]
    # police counted after another subject are the arrested: "hatte die Polizei drei Beamte
    # des Ministeriums festgenommen"
    active = not trig.passive and not _other_subject(ctx, sent, trig.i)
    group = group_count(sent, tok.idx, active=active, verb=True, open_nouns=any_noun)
    if group is None and not trig.passive:
        # "Die beiden Männer, die die Polizei festnahm, …": the counted antecedent
        group = object_antecedent_group(ctx, sent, trig.i, clause(ctx, sent, trig.i))
    if group is None and trig.passive:
        group = pronominal_count(ctx, sent, trig.i)  # "Zwei von ihnen wurden festgenommen"
    if group is None:
        group = collective_count(ctx, sent, trig)  # "das Trio wurde festgenommen"
    members = members_in_apposition(ctx, sent, group[1], group[0].value) if group else []
    for person in members:
        ev = ctx.evidence(sent, "arrest.group.named", 0.8)
        add(out, Arrest(ev, person, None, charge, reporter, date))
    if members:
        return True
    if group is not None:
        group = joined_group(sent, group)
        add(
            out, group_arrest(ctx.evidence(sent, "arrest.group.count", 0.85), group, charge, reporter, date)
        )
        for source, count in further_figures(ctx, sent, clause_end(ctx, sent, trig.i)):
            # "…festgenommen, Menschenrechtler sprechen von mehr als 5000": their own claim
            ev = ctx.evidence(sent, "arrest.group.count.gapped", 0.75)
            add(out, group_arrest(ev, (count, group[1]), charge, source, date))
    vague = vague_group(ctx, sent, trig, any_noun) if group is None else None
    if vague is None and group is None and trig.passive:
        vague = vague_pronominal(ctx, sent, trig.i)  # "Mehrere davon wurden festgenommen"
    if vague is not None:
        # "Dutzende Demonstranten": a group whose size nobody gave, so no count
        ev = ctx.evidence(sent, "arrest.group.vague", 0.8)
        add(out, Arrest(ev, Agent(AgentKind.GROUP, label=vague), None, charge, reporter, date))
    if group is None and vague is None:
        return False
    for person in names_listed_before_group(ctx, sent, trig.i) if trig.passive else ():
        # "X, Mitglied der Partei Y, und vier andere Aktivisten kamen in Haft": X was arrested with them
        ev = ctx.evidence(sent, "arrest.group.listed", 0.75)
        add(out, Arrest(ev, person, None, charge, reporter, date))
    if trig.passive and (person := bare_before_group(ctx, sent, any_noun)) is not None:
        # "Reporterin und dutzende Oppositionelle festgenommen": arrested with the group
        add(out, Arrest(ctx.evidence(sent, "arrest.bare", 0.7), person, None, charge, reporter, date))
    for person in named_members(ctx, sent):
        # "20 Menschen, darunter der Fotograf X": X was arrested with them
        ev = ctx.evidence(sent, "arrest.group.member", 0.75)
        add(out, Arrest(ev, person, None, charge, reporter, date))
    return True
