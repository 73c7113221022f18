"""The valency-frame fallback: facts read off the frame of a trigger verb where a type's own
rules left a gap.

A type opts in with a ``frame_fallback`` block at the end of its ``roles.yaml`` (data, versioned):
which verb lists of the events lexicon trigger it, which lexicon flags mark a verb its own rules
read apart (skipped here), which frame slot is which fact role per voice, the rule id, and the
type's own vetoes (lists of the events lexicon). The frame is read by
:mod:`kzgraph.extract.grammar.frames`. The fallback adds a fact only for a clear slot of named
persons, and only where the type's rules read nothing of it: a sentence without a fact of the
type, the rest of a list they read in part, the name set off after a description they took as
the participant; never a person they read elsewhere in the article (a retelling their merging
decides). Every fallback fact passes the filters every rule passes: an infinitive, a question,
condition, plan, rumour or demand (``hedged``), a negation, an indirect question, the verb's own
``not_with`` words, an attributive participle, and the type's declared vetoes.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.core.registry import FactType
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.cues import has_word_start_cue
from kzgraph.extract.grammar.event_verbs import events_lexicon
from kzgraph.extract.grammar.frames import SLOTS, VOICES, Frame, attributive, read_frame
from kzgraph.extract.grammar.scope import asked, hedged, negated
from kzgraph.extract.grammar.triggers import Trigger, find_triggers, ruled_out
from kzgraph.yaml_data import load_yaml

BLOCK = "frame_fallback"
_KINDS = "kzgraph.extract.kinds"


class FrameFallbackError(ValueError):
    """A type's ``frame_fallback`` block is malformed (the message names the file and the key)."""


@dataclass(frozen=True)
class FallbackSpec:
    """One type's fallback, as its roles file declares it."""

    source: str
    rule: str
    confidence: float
    triggers: tuple[tuple[str, str], ...]  # (events.yaml section, verb list)
    skip_flags: frozenset[str]
    skip_lemmas: frozenset[str]
    participants: tuple[str, ...]  # fact roles that must hold a clear, named person
    voices: MappingProxyType[str, MappingProxyType[str, str]]  # voice -> fact role -> slot
    office: str | None  # the fact field the frame's office goes to
    needs_office: bool
    veto_words: frozenset[str]
    veto_suffixes: tuple[str, ...]
    veto_not_suffixes: tuple[str, ...]
    veto_cues: tuple[str, ...] = ()  # starting a word of the sentence ("dementierte", "im film")
    clause_veto_cues: tuple[str, ...] = ()  # starting a word of the verb's clause ("freigelassen")


def _need(data: dict, key: str, kind: type | tuple[type, ...], source: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind):
        raise FrameFallbackError(f"{source}: {BLOCK}.{key}: missing or malformed")
    return value


def parse_spec(data: Any, source: str) -> FallbackSpec:
    """Check and freeze a ``frame_fallback`` block; ``source`` names the file in errors."""
    if not isinstance(data, dict) or not isinstance(data.get("version"), int):
        raise FrameFallbackError(f"{source}: {BLOCK}: needs a mapping with an integer 'version'")
    voices: dict[str, MappingProxyType[str, str]] = {}
    for voice, mapping in _need(data, "voices", dict, source).items():
        if voice not in VOICES or not isinstance(mapping, dict):
            raise FrameFallbackError(f"{source}: {BLOCK}.voices.{voice}: unknown voice or not a mapping")
        bad = [s for s in mapping.values() if s not in SLOTS or s == "office"]
        if bad:
            raise FrameFallbackError(f"{source}: {BLOCK}.voices.{voice}: unknown slot {bad[0]!r}")
        voices[voice] = MappingProxyType({str(k): str(v) for k, v in mapping.items()})
    triggers = []
    for entry in _need(data, "triggers", list, source):
        section, _, key = str(entry).rpartition(".")
        if not section:
            raise FrameFallbackError(f"{source}: {BLOCK}.triggers: {entry!r} is no 'section.list'")
        triggers.append((section, key))
    participants = tuple(_need(data, "participants", list, source))
    return FallbackSpec(
        source,
        str(_need(data, "rule", str, source)),
        float(_need(data, "confidence", (int, float), source)),
        tuple(triggers),
        frozenset(data.get("skip_flags", [])),
        frozenset(data.get("skip_lemmas", [])),
        participants,
        MappingProxyType(voices),
        data.get("office"),
        bool(data.get("needs_office", False)),
        frozenset(_lexicon_words(data, "veto_lists", source)),
        tuple(data.get("veto_suffixes", [])),
        tuple(data.get("veto_not_suffixes", [])),
        tuple(_lexicon_words(data, "veto_cues", source)),
        tuple(_lexicon_words(data, "clause_veto_cues", source)),
    )


def _lexicon_words(data: dict, key: str, source: str) -> list[str]:
    """The lower-cased words of the events lexicon's lists that ``key`` names ("arrest.x")."""
    out: list[str] = []
    for ref in data.get(key, []):
        node: Any = events_lexicon()
        for part in str(ref).split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if not isinstance(node, list):
            raise FrameFallbackError(f"{source}: {BLOCK}.{key}: {ref!r} is no list of events.yaml")
        out.extend(str(w).lower() for w in node)
    return out


@cache
def fallback_spec(package: str) -> FallbackSpec | None:
    """The fallback of the type in ``package``, or None when its roles file declares none."""
    source = f"{package.replace('.', '/')}/roles.yaml"
    try:
        text = resources.files(package).joinpath("roles.yaml").read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    block = (load_yaml(text) or {}).get(BLOCK)
    return None if block is None else parse_spec(block, source)


def spec_of(fact_type: FactType) -> FallbackSpec | None:
    """The fallback a registered type declares (its package under ``kinds/``), or None."""
    parts = fact_type.extract.__module__.split(".")
    return fallback_spec(".".join(parts[:4])) if ".".join(parts[:3]) == _KINDS else None


def frame_fallback(ctx: ArticleContext, fact_type: FactType, facts: list[Any]) -> list[Any]:
    """``facts`` (the type's own) with what the frame adds: a fact where the type's rules found
    none in a sentence, the rest of a list they read in part, and the name set off after a
    description they took as the participant ("Der Leiter der Behörde, X, wurde entlassen")."""
    spec = spec_of(fact_type)
    if spec is None:
        return facts
    lead = spec.participants[0]
    held: dict[int, set[Agent]] = {}
    # everyone the type's rules gave a role in a sentence (an agent too): never its participant
    # as well ("hat der Präsident X einen Offizier entlassen": X dismisses, X is not dismissed)
    cast: dict[int, set[Agent]] = {}
    for f in facts:
        held.setdefault(f.evidence.start, set()).add(getattr(f, lead, None))
        cast.setdefault(f.evidence.start, set()).update(v for v in vars(f).values() if isinstance(v, Agent))
    # a person the type's rules read anywhere in the article: another telling of the same event
    # ("Präsident X festgenommen" as a headline, the text telling it again) their merging decides
    told = {getattr(f, lead, None) for f in facts}
    out: list[Any] = list(facts)
    for sent in ctx.sentences:
        for trig in _triggers(ctx, sent, spec):
            if _looks_alike(ctx, sent, trig) or _clause_vetoed(ctx, sent, trig.i, spec.clause_veto_cues):
                continue
            frame = read_frame(ctx, sent, trig.i, trig.passive)
            out = _named_description(out, sent, frame, lead)
            got = _facts(ctx, sent, trig, frame, spec, fact_type, held.get(sent.start_char))
            got = [f for f in got if getattr(f, lead) not in told | cast.get(sent.start_char, set())]
            if got:
                out.extend(got)
                break  # one verb's frame per sentence
    return out


def _named_description(facts: list[Any], sent: Span, frame: Frame, lead: str) -> list[Any]:
    """The facts of ``sent`` whose participant is a description the frame read as a name set
    off after it, with that name."""
    names = dict(frame.named_descriptions)
    if not names:
        return facts
    return [
        dataclasses.replace(f, **{lead: names[getattr(f, lead)]})
        if f.evidence.start == sent.start_char and getattr(f, lead, None) in names
        else f
        for f in facts
    ]


def _triggers(ctx: ArticleContext, sent: Span, spec: FallbackSpec) -> list[Trigger]:
    found = [t for section, key in spec.triggers for t in find_triggers(ctx, sent, section, key)]
    if not found or _vetoed(sent, spec) or has_word_start_cue(ctx.text_of(sent), spec.veto_cues):
        return []
    return [t for t in found if not spec.skip_flags & set(t.spec) and t.lemma not in spec.skip_lemmas]


def _vetoed(sent: Span, spec: FallbackSpec) -> bool:
    for t in sent:
        w = t.lower_
        if w in spec.veto_words:
            return True
        if w.endswith(spec.veto_suffixes) and not w.endswith(spec.veto_not_suffixes or ("\0",)):
            return True
    return False


def _infinitive(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """An infinitive tells no event of its own: an attempt or a plan ("der Versuch, X
    abzuberufen"), a power ("kann X entlassen"), a future ("wird X entlassen")."""
    doc = ctx.doc
    if doc[i].tag_ in ("VVINF", "VVIZU") or i > sent.start and doc[i - 1].tag_ == "PTKZU":
        return True
    # a passive or perfect infinitive: "fürchtet, verhaftet zu werden", "festgenommen worden zu sein"
    return any(t.tag_ == "PTKZU" for t in doc[i + 1 : min(i + 3, sent.end)])


def _clause_vetoed(ctx: ArticleContext, sent: Span, i: int, cues: tuple[str, ...]) -> bool:
    """A cue in the verb's clause up to a coordinator after it ("wurde festgenommen und wieder
    freigelassen" tells the arrest first)."""
    if not cues:
        return False
    near = clause(ctx, sent, i)
    end = next((t.i for t in ctx.doc[i + 1 : near.end] if t.lower_ in _COORDINATORS), near.end)
    return has_word_start_cue(ctx.doc[near.start : end].text, cues)


_COORDINATORS = closed_class().words("coordinators")


def _looks_alike(ctx: ArticleContext, sent: Span, trig: Trigger) -> bool:
    """The filters every rule passes: an infinitive; a hedge, question, condition or plan; a
    negation; an indirect question; a word the verb's entry rules out; a participle used as an
    adjective."""
    return (
        _infinitive(ctx, sent, trig.i)
        or hedged(ctx, sent, [trig.i])
        or negated(ctx, sent, trig.i)
        or asked(ctx, sent, trig.i)
        or ruled_out(trig, sent)
        or attributive(ctx, sent, trig.i)
    )


def _facts(
    ctx: ArticleContext,
    sent: Span,
    trig: Trigger,
    frame: Frame,
    spec: FallbackSpec,
    fact_type: FactType,
    held: set[Agent] | None,
) -> list[Any]:
    """The facts of the trigger's frame. Where the type's rules fired in the sentence (``held``:
    their participants), only a list they read in part is completed: every named person they read
    must stand in the frame's slot ("A und B wurden entlassen" read as A alone gains B; "A, eine
    Politikerin, sowie drei Aktivisten wurden festgenommen" read as the three gains A)."""
    mapping = spec.voices.get(frame.voice)
    if mapping is None or (spec.needs_office and frame.office is None):
        return []
    if not all(_clear_person(frame, mapping.get(role)) for role in spec.participants):
        return []
    lead, *others = spec.participants
    listed = frame.slot(mapping[lead])
    if held is not None and (others or _named_elsewhere(held, listed)):
        return []  # a list completed only where one fact role is a list
    roles: dict[str, Agent | None] = {r: next(iter(frame.slot(s)), None) for r, s in mapping.items()}
    fields = {f.name for f in dataclasses.fields(fact_type.fact_class)}
    out = []
    for person in listed:
        if held and (person in held or _members_of_a_group(ctx, sent, held, person)):
            continue
        if any(person == roles[o] for o in others) or person == roles.get("agent"):
            continue
        values = {k: v for k, v in roles.items() if k in fields} | {lead: person}
        if spec.office and spec.office in fields:
            values[spec.office] = frame.office
        if "date" in fields:
            values["date"] = ctx.date_for(sent, ctx.doc[trig.i].idx)
        out.append(fact_type.fact_class(evidence=ctx.evidence(sent, spec.rule, spec.confidence), **values))
    return out


def _members_of_a_group(ctx: ArticleContext, sent: Span, held: set[Agent], person: Agent) -> bool:
    """The person is named after a group the type's rules read ("Drei Männer, A und B, wurden
    festgenommen"): a member the group already counts, not one more participant ("A sowie drei
    weitere Aktivisten" names A before the group)."""
    text = ctx.text_of(sent).lower()
    starts = [m.start for m in ctx.mentions_in(sent) if ctx.person_agent(m.person) == person]
    if not starts:
        return False
    at = ctx.doc[starts[0]].idx - sent.start_char
    groups = [a for a in held if a is not None and not a.is_named]
    return any(0 <= text.find(a.label.lower()) < at for a in groups)


def _named_elsewhere(held: set[Agent], listed: tuple[Agent, ...]) -> bool:
    """The type's rules read a named person of the sentence that the frame's slot lacks: they read
    another verb or another reading, and the frame adds nothing to it."""
    return any(a is not None and a.is_named and a not in listed for a in held)


def _clear_person(frame: Frame, slot: str | None) -> bool:
    """The slot is filled with named persons only and, for a subject or object, clear."""
    if slot is None:
        return False
    agents = frame.slot(slot)
    if not agents or any(a.kind != AgentKind.PERSON or not a.is_named for a in agents):
        return False
    return slot == "by" or frame.clear(slot)
