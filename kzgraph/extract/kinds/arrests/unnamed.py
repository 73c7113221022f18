"""Arrests of one verb with no name for the arrested: an unnamed person in the verb's clause
("Beamte nahmen eine 52-jährige Frau fest"), the one a relative or personal pronoun stands for,
the man or group told of before ("Die Polizei nahm ihn fest"), a bare noun in a headline."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, Arrest, Count, FactDate
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon
from kzgraph.extract.grammar.voice import nominative_relative_clause
from kzgraph.extract.kinds.arrests.bare import bare_object_of, bare_participant
from kzgraph.extract.kinds.arrests.groups import group_count
from kzgraph.extract.kinds.arrests.people import antecedent_person, single_people, single_person
from kzgraph.extract.kinds.arrests.person_nouns import listed_person_noun, person_plural
from kzgraph.extract.kinds.arrests.pronouns import plural_pronoun_arrest, pronoun_antecedent, pronoun_subject
from kzgraph.extract.kinds.arrests.records import Told, add, group_arrest
from kzgraph.extract.kinds.arrests.relative_object import object_antecedent_person


def unnamed_arrests(
    ctx: ArticleContext,
    told: Told,
    trig: Trigger,
    who: Agent | None,
    date: FactDate | None,
    any_noun: bool,
    out: list[Arrest],
) -> None:
    """No name: "Beamte nahmen eine 52-jährige Frau fest", "nahm ihn fest" after the
    man told of before, a headline's bare participant."""
    sent, s_idx = told.sent, told.index
    near = clause(ctx, sent, trig.i)
    # an event verb's participant may follow a possessive ("sein Vize wurde verhaftet"); a custody
    # state's not ("wo sein Bruder in Haft sitzt" is background)
    event = trig.lemma != "haft"
    people = single_people(ctx, sent, trig.passive, near, open_nouns=any_noun, possessives=event)
    single, rule = _person_in_or_before_clause(ctx, sent, trig, who, near, people[0] if people else None)
    if single is None and trig.passive and who is None and plural_pronoun_arrest(ctx, told, near, date, out):
        return
    active_after = single is None and not trig.passive and s_idx > 0
    pronoun = _object_pronoun(ctx, sent, trig.i) if active_after else None
    if pronoun is not None:
        # "Ein 30-Jähriger überfiel eine Bank. Die Polizei nahm ihn fest.": the man before; "sie"
        # the woman before, or the group counted there ("Zwei Männer … Die Polizei nahm sie fest")
        before = ctx.sentences[s_idx - 1]
        single = single_person(ctx, before, passive=True)
        rule = "arrest.person.pronoun"
        masculine = pronoun == events_lexicon()["arrest"]["object_pronouns"][0]
        group = group_count(before, before.start_char, police=False) if not masculine else None
        if group is not None and (single is None or single[1] is None or group[0].value > 1):
            ev = ctx.evidence(sent, "arrest.group.pronoun", 0.65)
            add(out, group_arrest(ev, group, told.charge, told.reporter, date))
            return
    uncounted = single is not None and single[1] is None
    counted = _counted_before(ctx, s_idx, single[0].label) if single is not None and uncounted else None
    if counted is not None:
        # "Zwei Männer brachen ein. … wurden die Männer festgenommen": the group counted before
        ev = ctx.evidence(sent, "arrest.group.retold", 0.65)
        add(out, group_arrest(ev, counted, told.charge, told.reporter, date))
        return
    if single is not None:
        ev = ctx.evidence(sent, rule, 0.75 if rule.endswith("unnamed") else 0.65)
        add(out, Arrest(ev, single[0], single[1], told.charge, told.reporter, date))
        for person, _ in people[1:]:
            # "der Onkel und der Cousin des Täters": each known person is arrested
            add(out, Arrest(ctx.evidence(sent, rule, 0.75), person, None, told.charge, told.reporter, date))
    else:
        _bare_arrested(ctx, told, trig, who, date, any_noun, out)


def _person_in_or_before_clause(
    ctx: ArticleContext,
    sent: Span,
    trig: Trigger,
    who: Agent | None,
    near: Span,
    single: tuple[Agent, Count | None] | None,
) -> tuple[tuple[Agent, Count | None] | None, str]:
    """The unnamed person found in the verb's clause (``single``), else the one a relative or a
    personal pronoun stands for; and the rule that read it."""
    rule = "arrest.person.unnamed"
    if single is None and trig.passive and who is None and nominative_relative_clause(ctx, sent, near):
        # "…, der kurz darauf festgenommen wurde": the unnamed person before the relative pronoun
        single = antecedent_person(ctx, sent, near.start)
    if single is None and not trig.passive and (who is None or not who.is_named):
        single = object_antecedent_person(ctx, sent, trig.i, near)  # "Der Mann, den die Polizei …"
    if single is None and trig.passive and who is None:
        # "…, worauf er verhaftet wurde": the unnamed person the pronoun stands for
        pronoun = pronoun_subject(ctx, near)
        single = pronoun_antecedent(ctx, sent, pronoun) if pronoun is not None else None
        rule = "arrest.person.pronoun" if single is not None else rule
    return single, rule


def _bare_arrested(
    ctx: ArticleContext,
    told: Told,
    trig: Trigger,
    who: Agent | None,
    date: FactDate | None,
    any_noun: bool,
    out: list[Arrest],
) -> None:
    """No phrase with an article: a bare object of an active verb, or a headline's bare noun
    before the participle."""
    sent = told.sent
    if who is None and not trig.passive and (obj := bare_object_of(ctx, sent, trig, any_noun)):
        ev = ctx.evidence(sent, "arrest.bare", 0.7)
        add(out, Arrest(ev, obj, None, told.charge, told.reporter, date))
        return
    if (who is None or not who.is_named) and ctx.doc[trig.i].tag_ == "VVPP":
        # a headline's subject without an article ("Deutsche Journalistin festgenommen") is read
        # as a role, but no phrase above: the bare noun before the participle
        bare = bare_participant(ctx, sent, trig.i)
        # a verb with other senses ("gefasst") takes a bare noun of the person lexicon only
        if bare is not None and (any_noun or listed_person_noun(bare.label.split()[-1])):
            ev = ctx.evidence(sent, "arrest.bare", 0.7)
            add(out, Arrest(ev, bare, None, told.charge, told.reporter, date))


def _object_pronoun(ctx: ArticleContext, sent: Span, i: int) -> str | None:
    """ "nahm ihn fest", "nahm sie fest": the arrest verb's object pronoun, when no named person
    stands for it ("sie" only right after the verb, where it is no subject)."""
    doc = ctx.doc
    pronouns = events_lexicon()["arrest"]["object_pronouns"]
    for k in range(i + 1, min(sent.end, i + 4)):
        right_after = k == i + 1 or doc[k].lower_ == pronouns[0]
        if doc[k].lower_ in pronouns and ctx.mention_at(k) is None and right_after:
            return doc[k].lower_
    if doc[i].tag_ in ("VVPP", "VVINF"):
        return _pronoun_before(ctx, sent, i, pronouns)
    return None


def _pronoun_before(ctx: ArticleContext, sent: Span, i: int, pronouns: list[str]) -> str | None:
    """ "Die Polizei hat ihn festgenommen", "konnte sie kurz darauf festnehmen": the object pronoun
    before a participle or infinitive in its clause, after the clause's finite auxiliary or modal;
    "sie" only right after it, in a clause whose Vorfeld holds a phrase of its own (the subject)."""
    doc = ctx.doc
    near = clause(ctx, sent, i)
    for k in range(i - 1, near.start, -1):
        if doc[k].lower_ not in pronouns or ctx.mention_at(k) is not None:
            continue
        if not any(t.tag_ in ("VAFIN", "VMFIN") for t in doc[near.start : k]):
            return None  # a perfect or modal opens the bracket; "dass sie ihn festnehmen" is no such
        if doc[k].lower_ == pronouns[0]:
            return pronouns[0]
        after_finite = doc[k - 1].tag_ in ("VAFIN", "VMFIN")
        return doc[k].lower_ if after_finite and doc[near.start].tag_ in ("ART", "NN", "NE") else None
    return None


_PLURAL_DEFINITE = closed_class().words("plural_nominative_articles")


def _counted_before(ctx: ArticleContext, s_idx: int, label: str) -> tuple[Count, str] | None:
    """A definite plural ("die Männer") retells the group counted in one of the three sentences
    before with the same noun ("zwei mutmaßliche Einbrecher … Die beiden Männer"): its count."""
    words = label.split()
    if len(words) < 2 or words[0].lower() not in _PLURAL_DEFINITE or person_plural(words[-1]) is None:
        return None
    for before in reversed(ctx.sentences[max(0, s_idx - 3) : s_idx]):
        group = group_count(before, before.start_char, police=False)
        if group is not None and group[1].split()[-1] == words[-1]:
            return group
    return None
