"""Who made an arrest (``kz:agent``): the von/durch phrase of a passive ("von Beamten des SEK
festgenommen", "durch die Bundespolizei"), the subject of an active verb ("Zielfahnder
verhafteten X", "Die Polizei nahm X fest"); which grammatical role it is, is data
(``roles.yaml``). A place, a time or a thing in that role makes no agent."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.agents import classify_head
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.role_map import role_map
from kzgraph.extract.grammar.triggers import Trigger
from kzgraph.extract.grammar.voice import ACTIVE, Roles, in_prepositional_phrase, verb_roles
from kzgraph.extract.kinds.arrests.person_nouns import arresting_noun

_ROLES = role_map("kzgraph.extract.kinds.arrests")
_WHO_ARRESTS = (AgentKind.ORGANIZATION, AgentKind.GROUP, AgentKind.PERSON)


def arrest_roles(ctx: ArticleContext, sent: Span, trig: Trigger) -> Roles:
    """The grammatical roles of the arrest verb ``trig``. An organisation read as the object of an
    active verb and a person as its subject are the other way round: a body makes arrests and
    is not arrested ("Die Behörden ließen X festnehmen", "Als die Polizei X festnahm", where
    word order and a misread conjunction hide the roles)."""
    roles = verb_roles(ctx, sent, trig.i, trig.passive, whole_sentence=True)
    subject, obj = roles.subject, roles.object
    if (
        roles.construction == ACTIVE
        and obj is not None
        and obj.kind == AgentKind.ORGANIZATION
        and subject is not None
        and subject.kind == AgentKind.PERSON
        and _stands_in(subject, clause(ctx, sent, trig.i))
    ):
        return replace(roles, subject=obj, object=subject, object_span=None)
    active_alone = roles.construction == ACTIVE and obj is None
    vorfeld = _body_before_verb(ctx, sent, trig.i) if active_alone else None
    named_after = subject is not None and subject.kind == AgentKind.PERSON and subject != vorfeld
    if vorfeld is not None and named_after:
        # "Justiz verhaftet Regierungskritiker X": a body in the Vorfeld makes the arrest, the
        # person named after the verb is the object
        return replace(roles, subject=vorfeld, object=subject, object_span=None)
    no_subject = roles.construction == ACTIVE and subject is None
    if no_subject and obj is not None and obj.kind == AgentKind.ORGANIZATION:
        # "Der Gewerkschaft zufolge nahm die Polizei acht Streikende fest", "Gleich danach hat die Polizei X
        # festgenommen": an adjunct in the Vorfeld hides the subject after the finite verb
        return replace(roles, subject=obj, object=None, object_span=None)
    return roles


def _body_before_verb(ctx: ArticleContext, sent: Span, verb: int) -> Agent | None:
    """The Vorfeld of the finite verb at ``verb`` when it is only an organisation's or the police's
    noun with its article or adjectives ("Türkische Justiz verhaftet …", "Die Polizei nimmt …")."""
    doc = ctx.doc
    if verb - 1 < sent.start or doc[verb - 1].tag_ != "NN" or not doc[verb].tag_.endswith("FIN"):
        return None
    if any(t.tag_ not in ("ART", "ADJA") for t in doc[sent.start : verb - 1]):
        return None
    kind = classify_head(ctx, doc[verb - 1].text)
    if kind != AgentKind.ORGANIZATION and not arresting_noun(doc[verb - 1].text):
        return None
    return Agent(kind or AgentKind.GROUP, label=doc[sent.start : verb].text)


def only_in_prepositional_phrases(ctx: ArticleContext, sent: Span, who: Agent) -> bool:
    """The named ``who`` stands in ``sent`` only inside prepositional phrases ("Nach Angaben von
    A und B wurde ein Mann festgenommen"): a source or an adjunct, no participant."""
    names = [m for m in ctx.mentions_in(sent) if m.kind == "name"]
    mentions = [m for m in names if ctx.person_agent(m.person).name == who.name]
    return bool(mentions) and all(in_prepositional_phrase(ctx, sent, m) for m in mentions)


def _catcher(ctx: ArticleContext, sent: Span, trig: Trigger) -> Agent | None:
    """The catcher an idiom names in its clause ("ging den Fahndern ins Netz"), with its article."""
    catchers = tuple(c.lower() for c in (trig.spec or {}).get("caught_by", ()))
    doc = ctx.doc
    for t in clause(ctx, sent, trig.i) if catchers else ():
        if t.tag_ == "NN" and t.lower_.endswith(catchers) and t.i != trig.i:
            start = t.i - 1 if t.i > sent.start and doc[t.i - 1].tag_ == "ART" else t.i
            kind = classify_head(ctx, t.text) or AgentKind.GROUP
            return Agent(kind, label=doc[start : t.i + 1].text) if kind in _WHO_ARRESTS else None
    return None


def _stands_in(person: Agent, span: Span) -> bool:
    """The person is named or described in ``span`` (the verb's own clause), not before a
    relative clause ("Anna B., deren Bruder die Polizei festnahm")."""
    return any(words and words in span.text for words in (person.name, person.label))


def arresting_agent(ctx: ArticleContext, sent: Span, trig: Trigger) -> Agent | None:
    """The agent of the arrest verb ``trig``, or None when the sentence names none."""
    if trig.spec is None or trig.spec.get("no_agent"):
        return None  # custody ("sitzt in U-Haft"): a state, nobody acting; a judge's order
    agent = _ROLES.role(arrest_roles(ctx, sent, trig), "agent") or _catcher(ctx, sent, trig)
    if agent is None or agent.kind not in _WHO_ARRESTS:
        return None
    return agent


_GENITIVE = closed_class().words("genitive_articles")


def possessor_of_subject(ctx: ArticleContext, sent: Span, trig: Trigger, who: Agent) -> int | None:
    """The head noun a named passive subject is the genitive of ("Der Leibwächter des Präsidenten
    X wurde festgenommen", "Der Vorschlag des Ministers X wurde aufgegriffen"): the index of that
    head, or None when the name is the subject itself. Only without commas (an apposition
    between commas may name the head)."""
    if not trig.passive or not who.name:
        return None
    doc = ctx.doc
    mention = next((m for m in ctx.mentions_in(sent) if m.kind == "name" and m.start < trig.i), None)
    if mention is None or ctx.person_agent(mention.person).name != who.name:
        return None
    k = mention.start - 1
    while k > sent.start and doc[k].tag_ in ("NN", "ADJA"):
        k -= 1  # the name's title and its adjectives: "des früheren Ministers"
    if k <= sent.start or k == mention.start - 1 or doc[k].lower_ not in _GENITIVE:
        return None
    head = k - 1
    return head if doc[head].tag_ == "NN" else None
