"""Reporting verbs and cues, loaded once from the versioned YAML lexicons."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kzgraph.resources import LEXICON_DIR
from kzgraph.yaml_data import load_yaml

_DIR = LEXICON_DIR
# Unstressed prefixes take no "ge-" in the participle ("erklärt", "betont", "versichert").
_INSEPARABLE = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "unter", "hinter", "wider")


def _load(name: str) -> dict[str, Any]:
    with open(_DIR / f"{name}.yaml", encoding="utf-8") as fh:
        data = load_yaml(fh)
    if "version" not in data:
        raise ValueError(f"lexicon {name} has no version key")
    return data


@dataclass(frozen=True)
class Verb:
    lemma: str
    particle: str | None
    clause: bool
    zu: bool
    preps: tuple[str, ...]
    als: bool
    act: bool = False  # a speech act with a noun-phrase object ("kritisierte den Plan")
    act_preps: tuple[str, ...] = ()  # the act needs one of these prepositions ("drohte mit")
    act_not_with: tuple[str, ...] = ()  # objects of another sense ("forderte zwölf Todesopfer")


def _weak_forms(stem: str) -> tuple[set[str], str]:
    """Finite forms and the participle of a regular verb ("bericht" -> berichtet, berichtete, ...)."""
    after_consonant = stem[-2] not in "aeiouäöülrh" or stem.endswith("chn")
    e = "e" if stem[-1] in "td" or (stem[-1] in "mn" and after_consonant) else ""
    plural = stem + ("n" if stem.endswith(("er", "el")) else "en")
    finite = {stem + "e", stem + e + "st", stem + e + "t", plural, stem + e + "te", stem + e + "ten"}
    no_ge = stem.startswith(_INSEPARABLE) or stem.endswith("ier")
    participle = ("" if no_ge else "ge") + stem + e + "t"
    return finite, participle


@dataclass(frozen=True)
class Lexicon:
    finite: dict[str, tuple[Verb, ...]]  # finite form -> verbs (separable ones need their particle)
    participles: dict[str, tuple[Verb, ...]]  # participles, infinitives and fused forms ("mitteilte")
    subjunctive: frozenset[str]
    subjunctive_frame: frozenset[str]
    clause_openers: frozenset[str]
    reported_before: tuple[tuple[str, ...], ...]
    reported_after: frozenset[str]
    generic_sources: tuple[str, ...]
    determiners: frozenset[str]
    genitive_determiners: frozenset[str]
    pronoun_speakers: frozenset[str]
    prepositions: frozenset[str]
    adverbs: frozenset[str]
    conjunctions: frozenset[str]
    auxiliaries: frozenset[str]
    anaphoric_objects: frozenset[str]
    unnamed_speakers: frozenset[str] = frozenset()
    neuter_endings: tuple[str, ...] = ()
    media_endings: tuple[str, ...] = ()
    media_roles: tuple[str, ...] = ()
    owned_heads: tuple[str, ...] = ()  # generic heads a compound may name the owner of
    unspecific_owners: frozenset[str] = frozenset()  # owners that name nobody in particular
    wording_nouns: frozenset[str] = frozenset()  # "zitiert X mit den Worten": X speaks
    wording_prepositions: frozenset[str] = frozenset()  # the "mit" before them
    speech_nouns: tuple[str, ...] = ()  # "die Behauptung des X, …": endings of speech nouns
    both_words: frozenset[str] = frozenset()  # "Beide sagten": the two persons named before
    group_joiner: str = ""  # joins the names of a group's label
    intention_modals: frozenset[str] = frozenset()  # "X will …": a declared intention
    singular_person_sources: frozenset[str] = frozenset()  # "laut einem Augenzeugen": one person
    singular_person_articles: frozenset[str] = frozenset()
    # support-verb forms -> head word sequences ("vertritt" -> ("die", "ansicht")... as words)
    expressions: tuple[tuple[frozenset[str], tuple[tuple[str, ...], ...]], ...] = ()
    # "wies Berichte der Zeitung X zurück, er sei …": what is rejected is the owner's word
    rejecting_verbs: frozenset[str] = frozenset()
    rejected_nouns: tuple[str, ...] = ()
    # "X beeilte sich, … zu erklären, …": verbs whose zu-infinitive of saying is said by X
    control_verbs: frozenset[str] = frozenset()
    # "Das Dach drohte einzustürzen": without a comma these verbs are also "be about to"
    zu_modal_verbs: frozenset[str] = frozenset()
    # "„…“, sagte X. Und: „…“": connectives that lead a further quotation of the same speaker
    continuation_leads: frozenset[str] = frozenset()
    # "Aufnahmen einer Kamera zufolge": owners of a generic source that cannot speak (endings)
    mute_owners: tuple[str, ...] = ()
    # "mit diesen Worten": determiners that point back to the quotations just before
    pointing_back: frozenset[str] = frozenset()
    described_person_nouns: tuple[str, ...] = ()

    def is_function_word(self, low: str) -> bool:
        return (
            low in self.determiners
            or low in self.prepositions
            or low in self.adverbs
            or low in self.conjunctions
            or low in self.auxiliaries
        )

    def is_generic_source(self, word: str) -> bool:
        return word.lower().endswith(self.generic_sources)


def _verb(lemma: str, spec: dict[str, Any]) -> Verb:
    return Verb(
        lemma=lemma.removeprefix("sich_"),
        particle=spec.get("particle"),
        clause=bool(spec.get("clause")),
        zu=bool(spec.get("zu")),
        preps=tuple(spec.get("preps") or ()),
        als=bool(spec.get("als")),
        act=bool(spec.get("act")),
        act_preps=tuple(spec["act"]) if isinstance(spec.get("act"), list) else (),
        act_not_with=tuple(spec.get("act_not_with") or ()),
    )


def _verb_forms(
    verbs: dict[str, dict[str, Any]], exclude: set[str]
) -> tuple[dict[str, list[Verb]], dict[str, list[Verb]]]:
    """Finite forms and non-finite forms (participles, infinitives, fused forms) -> verbs."""
    finite: dict[str, list[Verb]] = {}
    nonfinite: dict[str, list[Verb]] = {}
    for lemma, spec in verbs.items():
        verb = _verb(lemma, spec)
        if "weak" in spec:
            forms, participle = _weak_forms(spec["weak"])
        else:
            forms = set(spec["forms"])
            participle = spec.get("participle") or next(
                (f for f in spec["forms"] if f.startswith("ge") or f.endswith("ohlen")), ""
            )
        part = verb.particle or ""
        for form in forms - exclude:
            finite.setdefault(form, []).append(verb)
            if part:  # verb-final subordinate clause: "..., wie das Ministerium mitteilte"
                nonfinite.setdefault(part + form, []).append(verb)
        if participle:
            nonfinite.setdefault(part + participle, []).append(verb)
        nonfinite.setdefault(lemma.removeprefix("sich_"), []).append(verb)
    return finite, nonfinite


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    rv = _load("reporting_verbs")
    cues = _load("statements_cues")
    finite, nonfinite = _verb_forms(rv["verbs"], set(cues["exclude_forms"]))
    words = {k: frozenset(str(w).lower() for w in cues[k]) for k in cues if isinstance(cues[k], list)}
    return Lexicon(
        finite={k: tuple(v) for k, v in finite.items()},
        participles={k: tuple(v) for k, v in nonfinite.items()},
        subjunctive=words["subjunctive"],
        subjunctive_frame=words["subjunctive_frame"],
        clause_openers=words["clause_openers"],
        reported_before=tuple(tuple(c.split()) for c in cues["reported_before"]),
        reported_after=words["reported_after"],
        generic_sources=tuple(cues["generic_sources"]),
        determiners=words["determiners"],
        genitive_determiners=words["genitive_determiners"],
        pronoun_speakers=words["pronoun_speakers"],
        prepositions=words["prepositions"],
        adverbs=words["adverbs"],
        conjunctions=words["conjunctions"],
        auxiliaries=words["auxiliaries"],
        anaphoric_objects=words["anaphoric_objects"],
        unnamed_speakers=words.get("unnamed_speakers", frozenset()),
        neuter_endings=tuple(cues.get("neuter_endings") or ()),
        media_endings=tuple(cues.get("media_endings") or ()),
        media_roles=tuple(cues.get("media_roles") or ()),
        owned_heads=tuple(sorted(cues.get("owned_heads") or (), key=len, reverse=True)),
        unspecific_owners=frozenset(cues.get("unspecific_owners") or ()),
        wording_nouns=words.get("wording_nouns", frozenset()),
        wording_prepositions=words.get("wording_prepositions", frozenset()),
        speech_nouns=tuple(cues.get("speech_nouns") or ()),
        both_words=words.get("both_words", frozenset()),
        group_joiner=str((cues.get("group_joiner") or [""])[0]),
        intention_modals=words.get("intention_modals", frozenset()),
        singular_person_sources=words.get("singular_person_sources", frozenset()),
        singular_person_articles=words.get("singular_person_articles", frozenset()),
        rejecting_verbs=words.get("rejecting_verbs", frozenset()),
        rejected_nouns=tuple(cues.get("rejected_nouns") or ()),
        control_verbs=words.get("control_verbs", frozenset()),
        zu_modal_verbs=words.get("zu_modal_verbs", frozenset()),
        continuation_leads=words.get("continuation_leads", frozenset()),
        mute_owners=tuple(cues.get("mute_owners") or ()),
        pointing_back=words.get("pointing_back", frozenset()),
        described_person_nouns=tuple(cues.get("described_person_nouns") or ()),
        expressions=tuple(
            (frozenset(e["verbs"]), tuple(tuple(h.split()) for h in e["heads"]))
            for e in rv.get("expressions") or ()
        ),
    )
