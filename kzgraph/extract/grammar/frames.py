"""The valency frame of an event verb, read off its clause, for every fact type alike.

A trigger verb and its clause give a :class:`Frame`: the voice (active, werden-passive,
sein-passive, a bare participle of a headline or an apposition), the named persons in the subject
and the accusative object (each reached also through an apposition, a relative clause's antecedent
and a list), the von/durch agent, and the post of an als- or zu-phrase. A slot is *clear* when
its persons are the only free names of the verb's clause, free meaning outside a prepositional
phrase, a genitive attribute and a possessor in -s ("Während des Besuchs von X wurde Y
festgenommen" is clear for Y; a stray bare name beside the object makes the object unclear).
Which slot is which fact role per voice is data of each fact type (``kinds/<type>/roles.yaml``,
block ``frame_fallback``); this module knows no type.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.agents import saxon_genitive
from kzgraph.extract.grammar.clauses import apposition_subject, clause, subject_of
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.coordination import listed_agents
from kzgraph.extract.grammar.objects import apposition_name
from kzgraph.extract.grammar.voice import in_prepositional_phrase, verb_roles

# the voices a frame is read in; roles files name them
ACTIVE = "active"
PASSIVE = "passive"  # a werden-form: "wurde entlassen", "ist festgenommen worden"
STATIVE = "stative"  # a sein-form only (Zustandspassiv): "ist abgesetzt", "war inhaftiert"
PARTICIPLE = "participle"  # no auxiliary: a headline or an apposition ("Minister entlassen")
VOICES = (ACTIVE, PASSIVE, STATIVE, PARTICIPLE)
# the slots of a frame; "office" is the post of an als- or zu-phrase, the others hold persons
SLOTS = ("subject", "object", "by", "office")

_WORDS = closed_class()
_WERDEN = _WORDS.words("werden_forms")
_SEIN_OR_WERDEN = _WORDS.words("passive_participle_auxiliaries")
_TO_ROLE = _WORDS.words("to_role_words")  # "zum", "zur", "als"
_GENITIVE = _WORDS.words("genitive_articles")
_ATTRIBUTIVE = _WORDS.words("attributive_determiners")


@dataclass(frozen=True)
class Frame:
    """The filled slots of one event verb: each person slot a tuple of agents (a list reads as
    several), ``unclear`` the person slots that are not grammatically clear."""

    voice: str
    subject: tuple[Agent, ...] = ()
    object: tuple[Agent, ...] = ()
    by: tuple[Agent, ...] = ()
    office: str | None = None
    unclear: frozenset[str] = frozenset()
    # a description the frame read as the name set off after it: (description, name)
    named_descriptions: tuple[tuple[Agent, Agent], ...] = ()

    def slot(self, name: str) -> tuple[Agent, ...]:
        if name not in SLOTS or name == "office":
            raise KeyError(name)
        return getattr(self, name)  # type: ignore[no-any-return]

    def clear(self, name: str) -> bool:
        return bool(self.slot(name)) and name not in self.unclear


def voice_of(ctx: ArticleContext, sent: Span, i: int, passive: bool) -> str:
    """The voice of the trigger at ``i`` (``passive`` as the trigger finder read it)."""
    if not passive:
        return ACTIVE
    words = {t.lower_ for t in clause(ctx, sent, i)}
    if words & _WERDEN:
        return PASSIVE
    return STATIVE if words & _SEIN_OR_WERDEN else PARTICIPLE


def attributive(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """ "der entlassene Minister", "die festgenommenen Männer": a participle before its noun
    describes, it is no verb of the clause."""
    doc = ctx.doc
    after = doc[i + 1] if i + 1 < sent.end else None
    if after is None:
        return False
    if doc[i].tag_ == "ADJA" and after.tag_ in ("NN", "NE", "ADJA"):
        return True
    return i > sent.start and doc[i - 1].lower_ in _ATTRIBUTIVE and after.tag_ == "NN"


def home_finite(ctx: ArticleContext, sent: Span, i: int) -> int | None:
    """The finite verb of the clause a bare verb at ``i`` closes after an apposition ("wurde X,
    der frühere Y, ernannt", "hat den Chef, X, entlassen"): the verb's own stretch after the
    comma holds no finite verb and opens no clause of its own; the finite verb stands before."""
    doc = ctx.doc
    cl = clause(ctx, sent, i)
    if cl.start - 1 <= sent.start or doc[cl.start - 1].text != ",":
        return None
    if doc[cl.start].tag_ in _OPENS_CLAUSE or any(t.tag_.endswith("FIN") for t in cl):
        return None
    return next((t.i for t in reversed(doc[sent.start : cl.start]) if t.tag_.endswith("FIN")), None)


_OPENS_CLAUSE = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS"})


def read_frame(ctx: ArticleContext, sent: Span, i: int, passive: bool) -> Frame:
    """The frame of the event verb at ``i``."""
    home = home_finite(ctx, sent, i)
    anchor = home if home is not None else i
    voice = voice_of(ctx, sent, anchor, passive)
    if voice == ACTIVE:
        roles = verb_roles(ctx, sent, i, False, whole_sentence=home is not None)
        if home is not None:  # the subject stands by the finite verb, before the apposition
            roles = replace(roles, subject=subject_of(ctx, sent, home))
    else:
        roles = verb_roles(ctx, sent, anchor, True)
    subject = _named(ctx, sent, i, roles.subject, None)
    obj = _named(ctx, sent, i, roles.object, roles.object_span)
    by = (roles.by,) if roles.by is not None else ()
    if voice == ACTIVE:
        obj = _with_joined(ctx, sent, anchor, obj)
    else:
        subject = _listed_before(ctx, sent, anchor, _with_joined(ctx, sent, anchor, subject))
    slots = {"subject": subject, "object": obj, "by": by}
    unclear = _unclear(ctx, sent, anchor, slots)
    described = tuple(
        (raw, got[0])
        for raw, got in ((roles.subject, subject), (roles.object, obj))
        if raw is not None and got and not raw.is_named and got[0].is_named
    )
    office = office_phrase(ctx, sent, anchor, i)
    return Frame(voice, subject, obj, by, office, frozenset(unclear), described)


def _named(
    ctx: ArticleContext, sent: Span, i: int, agent: Agent | None, span: tuple[int, int] | None
) -> tuple[Agent, ...]:
    """The persons a slot holds: a description stands for the name set off after it ("den
    Gouverneur der Stadt, X, …"), a named person for the list it stands in ("A und B")."""
    if agent is None:
        return ()
    if agent.kind == AgentKind.PERSON and not agent.is_named:
        named = apposition_name(ctx, span[1], sent.end) if span is not None else None
        if named is None and span is None:
            appo = apposition_subject(ctx, sent, i)
            named = (appo[0], 0, 0) if appo is not None else _set_off_after(ctx, sent, i, agent)
        if named is None:
            return (agent,)
        agent = named[0]
    if agent.kind != AgentKind.PERSON or not agent.is_named:
        return (agent,)
    # a list in another main clause is another verb's ("A und B übernehmen Posten: A löst C ab")
    return tuple(listed_agents(ctx, segment(ctx, sent, i), agent))


def _set_off_after(ctx: ArticleContext, sent: Span, i: int, agent: Agent) -> tuple[Agent, int, int] | None:
    """The name set off by commas after the description ``agent`` before the verb at ``i``, past
    its genitive attributes ("Der Gouverneur der Stadt am See, X, dessen …, wurde …"); none when
    another person noun stands nearer the name ("Der Anwalt des Ministers, X," is ambiguous)."""
    doc = ctx.doc
    words = agent.label.split()
    start = next(
        (k for k in range(sent.start, i - len(words)) if [t.text for t in doc[k : k + len(words)]] == words),
        None,
    )
    if start is None:
        return None
    for c in range(start + len(words), i - 1):
        t = doc[c]
        if t.tag_.endswith("FIN") or t.text in _SEGMENT_JOINS:
            return None
        if t.tag_ == "NN" and (ctx.lx.is_title(t.text) or ctx.lx.is_role(t.text)):
            return None  # a nearer person noun may own the apposition
        if t.text == ",":
            named = apposition_name(ctx, c, i)
            return named if named is not None and named[2] < i and doc[named[2]].text == "," else None
    return None


_SEGMENT_JOINS = frozenset({":", ";"})  # punctuation that joins two main clauses


def segment(ctx: ArticleContext, sent: Span, i: int) -> Span:
    """The stretch of ``sent`` around ``i`` between colons and semicolons: a main clause of its own."""
    doc = ctx.doc
    lo = max((t.i + 1 for t in doc[sent.start : i] if t.text in _SEGMENT_JOINS), default=sent.start)
    hi = next((t.i for t in doc[i : sent.end] if t.text in _SEGMENT_JOINS), sent.end)
    return doc[lo:hi]


def _with_joined(ctx: ArticleContext, sent: Span, i: int, agents: tuple[Agent, ...]) -> tuple[Agent, ...]:
    """The slot's persons and the free names of the verb's clause joined to them by "und" or
    "sowie", each with its own title or apposition ("der stellvertretende Minister für X A und
    die Staatssekretärin B", "Der Vorsitzende der Partei, A, und der frühere Bürgermeister B")."""
    named = [a for a in agents if a.kind == AgentKind.PERSON and a.is_named]
    if not named:
        return agents
    doc = ctx.doc
    cl = clause(ctx, sent, i)
    free = [m for m in ctx.mentions_in(cl) if _free(ctx, sent, m.start, m.end)]
    out = list(agents)
    for m in free:
        person = ctx.person_agent(m.person)
        if person in out:
            continue
        ends = [x.end for x in free if ctx.person_agent(x.person) in out and x.end <= m.start]
        last = max(ends, default=None)
        if last is None:
            continue
        between = doc[last : m.start]
        joins = [t for t in between if t.lower_ in _JOINS]
        if len(joins) == 1 and not any(t.tag_.startswith("V") for t in between):
            out.append(person)
    return tuple(out)


_JOINS = _WORDS.words("coordinators")


def _listed_before(ctx: ArticleContext, sent: Span, i: int, agents: tuple[Agent, ...]) -> tuple[Agent, ...]:
    """A subject list whose last member is joined by "sowie"/"und" in the verb's clause after a
    comma ("Auch A, eine Politikerin der Partei, sowie sechs weitere Aktivisten wurden …"): the names
    that open the comma stretches before it, back to the sentence start, join the slot; a stretch
    with a finite verb or a clause opener ends the list."""
    doc = ctx.doc
    cl = clause(ctx, sent, i)
    if cl.start - 1 <= sent.start or doc[cl.start - 1].text != ",":
        return agents
    # the last member's stretch: "sowie sechs weitere …", "ein Mitglied der Gruppe sowie …"
    head = next((t for t in cl if t.tag_.endswith("FIN") or t.lower_ in _JOINS), None)
    if head is None or head.lower_ not in _JOINS:
        return agents
    out = list(agents)
    end = cl.start - 1
    while end > sent.start:
        start = next((t.i + 1 for t in reversed(doc[sent.start : end]) if t.text == ","), sent.start)
        stretch = doc[start:end]
        if any(t.tag_.endswith("FIN") or t.tag_ in _OPENS_CLAUSE for t in stretch):
            return agents  # a clause of its own, no list
        opening = [
            m for m in ctx.mentions_in(stretch) if m.kind == "name" and _free(ctx, sent, m.start, m.end)
        ]
        if opening and ctx.person_agent(opening[0].person) not in out:
            out.append(ctx.person_agent(opening[0].person))
        end = start - 1
    return tuple(out)


def _unclear(ctx: ArticleContext, sent: Span, i: int, slots: dict[str, tuple[Agent, ...]]) -> set[str]:
    """The person slots whose names are not the only free names of the verb's clause, or whose
    own name stands only in a prepositional phrase or as a genitive attribute."""
    cl = clause(ctx, sent, i)
    free = {ctx.person_agent(m.person) for m in ctx.mentions_in(cl) if _free(ctx, sent, m.start, m.end)}
    taken = {a for agents in slots.values() for a in agents}
    out = {"subject", "object"} if set(slots["subject"]) & set(slots["object"]) else set()
    for name in ("subject", "object"):
        persons = [a for a in slots[name] if a.kind == AgentKind.PERSON and a.is_named]
        if not persons:
            continue
        strays = free - taken
        own_free = any(p in free for p in persons) or not any(
            ctx.person_agent(m.person) in persons for m in ctx.mentions_in(cl)
        )
        if strays or not own_free:
            out.add(name)
    return out


def _free(ctx: ArticleContext, sent: Span, start: int, end: int) -> bool:
    """A named mention that is no prepositional object, no genitive attribute ("der Anwalt des
    X") and no possessor in -s ("Xs Anwalt")."""
    doc = ctx.doc
    m = ctx.mention_at(start)
    if m is None or m.kind != "name":
        return False
    if in_prepositional_phrase(ctx, sent, m):
        return False
    k = start
    while k > max(sent.start, start - 4) and doc[k - 1].tag_ in ("ADJA", "NN"):
        k -= 1  # "des Unternehmers X", "des früheren Ministers X": the noun is the name's own
    if k - 1 > sent.start and doc[k - 1].lower_ in _GENITIVE and doc[k - 2].tag_ in ("NN", "NE"):
        return False
    return not saxon_genitive(ctx, start, end + 2)


def _award(doc: Doc, k: int, end: int) -> bool:
    """ "(Trainer) des Jahres", "(Spieler) der Saison": a title of a period is an award."""
    return k + 1 < end and doc[k].lower_ in _GENITIVE and doc[k + 1].text in _AWARD_PERIODS


_AWARD_PERIODS = _WORDS.words("award_period_nouns")


def _phrase_verb(doc: Doc, cl: Span, k: int) -> int | None:
    """The full verb a phrase at ``k`` belongs to: the first after it, else the last before it,
    in its conjunct (not past "und")."""
    for t in doc[k + 1 : cl.end]:
        if t.tag_ == "KON":
            break
        if t.tag_.startswith("VV"):
            return t.i
    for t in reversed(doc[cl.start : k]):
        if t.tag_ == "KON":
            break
        if t.tag_.startswith("VV"):
            return t.i
    return None


def office_phrase(ctx: ArticleContext, sent: Span, i: int, trigger: int | None = None) -> str | None:
    """The post of the als- or zu-phrase in the verb's clause ("als neuer Trainer", "zum
    Minister"): its first title noun, past adjectives."""
    doc = ctx.doc
    cl = clause(ctx, sent, i)
    for t in cl:
        if t.lower_ not in _TO_ROLE:
            continue
        owner = _phrase_verb(doc, cl, t.i)
        if owner is not None and owner not in (i, trigger):
            continue  # another verb's phrase: "hat A entlassen und B zum Chef ernannt"
        k = t.i + 1
        while k < cl.end and doc[k].tag_ in ("ADJA", "ART", "PPOSAT"):
            k += 1
        word = doc[k].text if k < cl.end and doc[k].tag_ == "NN" else ""
        if word and ctx.lx.is_title(word) and not _award(doc, k + 1, cl.end):
            return word  # a post, not a role ("zum Spitzenkandidaten") or an award
    return None
