"""The grammatical roles around an event word, for every fact type alike.

A verb is read in its construction (active, passive with or without a von/durch agent, an
active relative clause whose pronoun is the object) and a nominalisation by what hangs on it (a
genitive, a von-phrase, a possessive). Which grammatical role is which fact role (the passive
subject is the arrested, the von-phrase the agent, ...) is data of each fact type
(``kinds/<type>/roles.yaml``, read by :mod:`kzgraph.extract.grammar.role_map`); this module knows
no fact type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kzgraph.extract.core.context import ArticleContext, Mention
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.agents import saxon_genitive
from kzgraph.extract.grammar.clauses import clause, relative_clause, subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.inverted_title import split_title_subject
from kzgraph.extract.grammar.lexicon import SUBORDINATING_CONJUNCTIONS
from kzgraph.extract.grammar.objects import object_after, passive_agent
from kzgraph.extract.grammar.relative import relative_antecedent, relative_object_subject, relative_role
from kzgraph.extract.grammar.subordinate import subordinate_start
from kzgraph.extract.grammar.verb_objects import NON_FINITE, middle_field_subject, verb_object

# the constructions a verb or noun is read in; role maps name them
ACTIVE = "active"
PASSIVE = "passive"  # no agent named
PASSIVE_BY = "passive_by"  # "von/durch X"
RELATIVE_OBJECT = "relative_object"  # ", den die Polizei festnahm": the antecedent is the object
NOMINAL = "nominal"  # "die Festnahme des Mannes", "seine Entlassung", "die Absetzung von X"
CONSTRUCTIONS = (ACTIVE, PASSIVE, PASSIVE_BY, RELATIVE_OBJECT, NOMINAL)

# the grammatical roles a construction fills
GRAMMATICAL_ROLES = ("subject", "object", "by", "genitive", "von", "possessive")

# werden/sein forms that open a verb's own clause after an apposition ("A, 34, wurde ...")
_WORDS = closed_class()
_CLAUSE_VERBS = _WORDS.words("clause_auxiliaries")
_LIST_JOINS = _WORDS.words("coordinators") | {","}  # "A, B und C"
_VON = _WORDS.words("von_forms")
_AGENT_PREPOSITIONS = _WORDS.words("agent_prepositions")  # "von X", "vom Ministerium", "durch X"


@dataclass(frozen=True)
class Roles:
    """What stands in each grammatical role of one event word; ``object_span`` is where the
    object was found (start, end), for reading the title before it."""

    construction: str
    subject: Agent | None = None
    object: Agent | None = None
    object_span: tuple[int, int] | None = None
    by: Agent | None = None
    genitive: Agent | None = None
    von: Agent | None = None
    possessive: Agent | None = None

    def get(self, role: str) -> Agent | None:
        if role not in GRAMMATICAL_ROLES:
            raise KeyError(role)
        return getattr(self, role)  # type: ignore[no-any-return]


def in_prepositional_phrase(ctx: ArticleContext, sent: Span, m: Mention) -> bool:
    """ "nach Angaben von A und B", "beim Empfang für Kanzlerin X": a name, or a list of names,
    governed by a preposition, past its title, article and adjectives."""
    doc = ctx.doc
    k = m.start
    while k - 2 >= sent.start and doc[k - 1].lower_ in _LIST_JOINS:
        prev = next((x for x in ctx.mentions_in(sent) if x.end == k - 1), None)
        if prev is None:
            break
        k = prev.start
    j = k - 1
    while (
        j > sent.start
        and k - j <= 4
        and (doc[j].tag_ in ("ART", "ADJA", "PPOSAT") or doc[j].tag_ == "NN" and ctx.lx.is_title(doc[j].text))
    ):
        j -= 1
    preps = ctx.lx.prepositions
    return k > sent.start and (doc[k - 1].lower_ in preps or doc[j].lower_ in preps)


def first_word_not_nominative(token: Token) -> bool:
    """A relative pronoun in the genitive or dative ("dessen", "deren", "dem", "denen"): the
    antecedent is not the clause's subject."""
    return token.lower_ in _OBLIQUE_RELATIVES


_OBLIQUE_RELATIVES = _WORDS.words("oblique_relatives")


def passive_subject(ctx: ArticleContext, sent: Span, i: int) -> Agent | None:
    """Who a passive (or stative) verb at ``i`` is about: a person named in the verb's own clause,
    outside a prepositional phrase; in a relative clause the name the pronoun stands for; in the
    sentence's first clause, or one that goes on after an apposition, the sentence's subject; in
    another dependent clause nobody ("A kam in die Stadt, wo sein Bruder in Haft sitzt")."""
    doc = ctx.doc
    span = clause(ctx, sent, i)
    here = [
        m
        for m in ctx.mentions_in(span)
        if m.kind != "description" and not in_prepositional_phrase(ctx, sent, m)
    ]
    # "Müllers Schwager Peter Klein wurde ...": a possessor in -s is not the subject; the name of
    # the possessed is, else nobody named ("Müllers Schwager wurde ...")
    owned = [m for m in here if not saxon_genitive(ctx, m.start, span.end)]
    if here and not owned:
        return None
    if owned:
        return ctx.person_agent(owned[0].person)
    if relative_clause(ctx, sent, span):
        if first_word_not_nominative(doc[span.start]):
            return None  # ", deren Bruder gewählt wurde": the clause is about someone else
        antecedent = relative_antecedent(ctx, sent, span)
        return antecedent[0] if antecedent else None
    first = doc[span.start]
    if span.start == sent.start or first.tag_.endswith("FIN") or first.lower_ in _CLAUSE_VERBS:
        return subject_of(ctx, sent, i)
    return None


def nominative_relative_clause(ctx: ArticleContext, sent: Span, span: Span) -> bool:
    """``span`` is a relative clause whose pronoun is its subject (", der …", ", die …")."""
    return relative_clause(ctx, sent, span) and not first_word_not_nominative(ctx.doc[span.start])


_LASSEN = _WORDS.words("lassen_forms")


def reflexive_passive(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """ "ließ sich widerstandslos festnehmen", "hat sich ... entlassen lassen": an infinitive with a
    form of "lassen" and "sich" in its clause happens to the subject, as in a passive."""
    doc = ctx.doc
    if doc[i].tag_ != "VVINF":
        return False
    cl = clause(ctx, sent, i)
    return any(t.lower_ in _LASSEN for t in cl) and any(t.lower_ == "sich" for t in cl)


def _active(ctx: ArticleContext, sent: Span, i: int, whole_sentence: bool) -> Roles:
    """An active verb: its subject and object; in a relative clause whose pronoun is the object,
    the antecedent is the object and the phrase after the pronoun the subject."""
    cl = clause(ctx, sent, i)
    rel = relative_role(ctx, sent, i)
    if rel is not None and rel.is_object:
        subject = relative_object_subject(ctx, rel.index, i)
        antecedent = relative_antecedent(ctx, sent, cl)
        span = (antecedent[1], antecedent[2]) if antecedent else None
        return Roles(RELATIVE_OBJECT, subject, antecedent[0] if antecedent else None, span)
    subject = subject_of(ctx, sent, i)
    if whole_sentence:
        # the object may lie before the verb's clause: past the subject phrase ("Die Polizei hat
        # den Mann X festgenommen"), not past "weil"; in a relative clause past its pronoun
        start = rel.index + 1 if rel is not None else subordinate_start(ctx, sent, i) or sent.start
        got = verb_object(ctx, start, sent.end, i, subject)
        if got is None and rel is None:
            got = verb_object(ctx, cl.start, sent.end, i, subject)  # stopped at a relative clause
    else:
        # past a conjunction that opens the clause ("bis" is a preposition too: "bis ihn der Verein …")
        opens = ctx.doc[cl.start].lower_ in SUBORDINATING_CONJUNCTIONS
        got = verb_object(ctx, cl.start + opens, cl.end, i, subject)
    if got is not None and subject is None and ctx.doc[i].tag_ in NON_FINITE:
        # "Nach der Sitzung hat die Landrätin X einen Beamten entlassen": a long Vorfeld
        swapped = middle_field_subject(ctx, got, i)
        if swapped is not None:
            subject, got = swapped
    if got is None:
        split = split_title_subject(ctx, sent, i, subject)  # "entließ der Präsident X Y"
        if split is None:
            return Roles(ACTIVE, subject)
        subject, *got = split
    return Roles(ACTIVE, subject, got[0], (got[1], got[2]))


def verb_roles(
    ctx: ArticleContext,
    sent: Span,
    i: int,
    passive: bool,
    *,
    not_agent: Callable[[int], bool] | None = None,
    whole_sentence: bool = False,
) -> Roles:
    """The grammatical roles of the event verb at ``i``: for a passive its subject and the
    von/durch phrase (``not_agent`` rules out a phrase by its first word: "von seinem Amt"), for
    an active verb its subject and object (``whole_sentence``: the object may stand outside the
    verb's clause, as in verb-final clauses after an apposition)."""
    if not passive and not reflexive_passive(ctx, sent, i):
        return _active(ctx, sent, i, whole_sentence)
    cl = clause(ctx, sent, i)
    subject = passive_subject(ctx, sent, i)
    by = passive_agent(ctx, cl.start, i, not_agent=not_agent)
    if by is None and i + 1 < cl.end and ctx.doc[i + 1].lower_ in _AGENT_PREPOSITIONS:
        # right after the participle: "Die Trainerin, im Mai entlassen von ihrem Verein, …"
        by = passive_agent(ctx, i + 1, cl.end, not_agent=not_agent)
    if by is None:
        by = _collective_action(ctx, cl.start, i)
    if by is not None and by == subject:
        by = None
    return Roles(PASSIVE_BY if by is not None else PASSIVE, subject, by=by)


def _collective_action(ctx: ArticleContext, start: int, i: int) -> Agent | None:
    """ "durch einen Militärputsch entmachtet": an event of collective action stands for those who
    acted in it, a group named by the event."""
    doc = ctx.doc
    endings = closed_class().collective_actions
    for k in range(start, i - 2):
        if doc[k].lower_ != "durch" or doc[k + 1].tag_ != "ART":
            continue
        j = k + 2
        while j < i and doc[j].tag_ == "ADJA":
            j += 1
        if j < i and doc[j].tag_ == "NN" and doc[j].lower_.endswith(endings):
            return Agent(AgentKind.GROUP, label=doc[j].text)
    return None


_GENITIVE_ARTICLES = _WORDS.words("genitive_case_articles")


def noun_roles(ctx: ArticleContext, sent: Span, k: int) -> Roles:
    """The roles around the event noun at ``k``: its possessive ("seine Festnahme": whom "seine"
    stands for), its genitive ("die Festnahme des Mannes", "des früheren Chefs X", "Xs") and its
    von-phrase ("die Absetzung von X"). Only persons, groups and organisations are read."""
    doc = ctx.doc
    possessive = None
    if k > sent.start and doc[k - 1].tag_ == "PPOSAT":
        possessive = ctx.resolve_possessive(doc[k - 1])
    genitive = von = None
    j = k + 1
    if j < sent.end and doc[j].lower_ in _GENITIVE_ARTICLES:
        genitive = _phrase_after(ctx, sent, j)
    elif j < sent.end and doc[j].lower_ in _VON:
        von = _phrase_after(ctx, sent, j + (doc[j].lower_ == "von"))
    else:
        m = ctx.mention_at(j) if j < sent.end else None
        if m is not None and m.start == j and m.kind == "name" and doc[m.end - 1].text.endswith("s"):
            genitive = ctx.person_agent(m.person)  # "die Festnahme Müllers"
    return Roles(NOMINAL, genitive=genitive, von=von, possessive=possessive)


def _phrase_after(ctx: ArticleContext, sent: Span, j: int) -> Agent | None:
    """The named person of the phrase opening at ``j`` when its head is followed by the name
    ("des ranghohen Mitglieds X"), else the phrase's own agent; up to the next finite verb."""
    doc = ctx.doc
    limit = next((t.i for t in doc[j : min(sent.end, j + 10)] if t.tag_.endswith("FIN")), sent.end)
    limit = min(limit, j + 10)
    m = ctx.mention_at(j)
    if m is not None and m.start == j and m.kind == "name":
        return ctx.person_agent(m.person)
    got = object_after(ctx, j, limit)
    if got is None:
        return None
    agent, _, end = got
    named = ctx.mention_at(end) if end < limit else None
    if agent.name is None and named is not None and named.start == end and named.kind == "name":
        return ctx.person_agent(named.person)
    return agent
