"""Verb triggers of the event extractors: the lexicon's verb forms found in a sentence, with
whether the verb is passive there, and the lexicon's vetoes ("vom Dienst freigestellt")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span, Token

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.embedded import embedded_relative_end
from kzgraph.extract.grammar.event_verbs import events_lexicon, verb_forms
from kzgraph.extract.grammar.subordinate import clause_words, subordinate_stretches

if TYPE_CHECKING:
    from kzgraph.extract.core.context import ArticleContext

# events_lexicon is read through this module by the fact types
__all__ = ["CLAUSE_END", "PASSIVE_AUX", "Trigger", "events_lexicon", "find_triggers", "ruled_out"]

# werden/sein forms that make a participle in their clause passive ("wurde entlassen")
PASSIVE_AUX = closed_class().words("passive_participle_auxiliaries")
# punctuation that closes a clause (a separable particle is looked for before it)
CLAUSE_END = {",", ";", ":", ".", "!", "?", "-", "–"}


@dataclass(frozen=True)
class Trigger:
    lemma: str
    i: int  # token of the verb form (the finite verb or the participle)
    passive: bool
    spec: Any  # the lexicon entry


# determiners before an inflected participle: "der inhaftierten X", "des abgesetzten Ministers"
_ATTRIBUTIVE_BEFORE = closed_class().words("attributive_determiners")
_PERFECT_AUX = closed_class().words("perfect_auxiliaries")
_COORDINATORS = closed_class().words("coordinators")


def find_triggers(ctx: ArticleContext, sent: Span, section: str, key: str = "verbs") -> list[Trigger]:
    """The forms of the verb list ``section.key`` in ``sent``, each with its voice; read once per
    article, sentence and list."""
    memo_key = (sent.start, sent.end, section, key)
    found = ctx.trigger_memo.get(memo_key)
    if found is None:
        found = ctx.trigger_memo[memo_key] = tuple(_find_triggers(ctx, sent, section, key))
    return list(found)


def _find_triggers(ctx: ArticleContext, sent: Span, section: str, key: str) -> list[Trigger]:
    finite, nonfinite = verb_forms(section, key)
    out: list[Trigger] = []
    # only the tokens that are a form of the section are read (most sentences hold none)
    positions = ctx.positions_of(sent, _forms(section, key))
    if not positions:
        return out
    toks = list(sent)
    stretches: list[tuple[int, int]] | None = None  # the subordinate clauses, when a passive is asked
    for k in (i - sent.start for i in positions):
        tok = toks[k]
        passive_aux: bool | None = None  # computed for a verb form only: it scans the clause
        for spec in nonfinite.get(tok.lower_, ()):
            full = [w for w in spec["nonfinite"] if w.split()[-1] == tok.lower_]
            if not any(_ends_with(toks, k, w.split()) for w in full):
                continue
            if passive_aux is None:
                # a werden-form in another subordinate clause ("Nachdem X bekannt wurde, hat …")
                # makes no passive
                stretches = subordinate_stretches(toks) if stretches is None else stretches
                passive_aux = _passive_in_clause(toks, k, stretches)
            # the participle is listed first; "ge" forms are participles too
            participle = (
                full[0] == spec["nonfinite"][0] or tok.lower_.startswith("ge") or "ge" in tok.lower_[2:6]
            )
            out.append(
                Trigger(
                    spec["lemma"],
                    tok.i,
                    bool(passive_aux and participle and tok.lower_ not in ("entlassen",))
                    or (tok.lower_ == "entlassen" and passive_aux),
                    spec,
                )
            )
        passive_here = any(t.i == tok.i and t.passive for t in out)
        for spec in finite.get(tok.lower_, ()):
            if passive_here:
                continue  # "werde entlassen": the participle, not the plural finite form
            if _finite_form_fits(toks, k, spec, at_start=tok.i == sent.start):
                out.append(Trigger(spec["lemma"], tok.i, False, spec))
    return out


def _passive_in_clause(toks: list[Token], k: int, stretches: list[tuple[int, int]]) -> bool:
    """A werden/sein form in the clause of the participle at ``k`` (not in another subordinate
    clause: "Nachdem X bekannt wurde, hat …"), or a passive told without its auxiliary."""
    passive_aux = any(
        t.lower_ in PASSIVE_AUX and not _future_of_another_verb(toks, toks.index(t), k)
        for t in clause_words(toks, stretches, k)
    )
    if passive_aux and _perfect_conjunct(toks, k):
        # "B wurde gewählt und hat A abgelöst": the werden-form is the other verb's
        passive_aux = False
    if not passive_aux:
        # a headline tells a passive without its auxiliary ("Zwei Schmuggler in Kiel
        # festgenommen"), as does a participle in apposition ("Die Trainerin, entlassen, …")
        passive_aux = _verbless_segment(toks, k) and not _plural_with_bare_object(toks, k)
        passive_aux = passive_aux or _participle_apposition(toks, k)
    return passive_aux


def _plural_with_bare_object(toks: list, k: int) -> bool:  # type: ignore[type-arg]
    """A headline form in -en between two bare nouns ("Klubs entlassen Trainer"): the plural finite
    verb with its object, not a participle (a participle headline ends its phrase: "Trainer
    entlassen")."""
    if not toks[k].lower_.endswith("en") or k == 0 or k + 1 >= len(toks):
        return False
    return toks[k - 1].tag_ in ("NN", "NE") and toks[k + 1].tag_ == "NN"


def _future_of_another_verb(toks: list, m: int, k: int) -> bool:  # type: ignore[type-arg]
    """The werden-form at ``m`` stands with an infinitive of its own between commas that do not
    hold the participle at ``k`` ("A wurde entlassen, übernehmen wird B"): a future auxiliary."""
    lo = max((j + 1 for j in range(m) if toks[j].text in CLAUSE_END), default=0)
    hi = next((j for j in range(m + 1, len(toks)) if toks[j].text in CLAUSE_END), len(toks))
    return not lo <= k < hi and any(t.tag_ in ("VVINF", "VAINF") for t in toks[lo:hi])


def _finite_form_fits(toks: list[Token], k: int, spec: Any, at_start: bool) -> bool:
    """The finite form at ``k`` is the lexicon entry ``spec``'s verb there: written as a verb, not
    an attributive participle, with its separable particle and its tail words."""
    tok = toks[k]
    if at_start and tok.lower_ in ("entlassen", "setzen", "nehmen"):
        return False
    if not tok.text[:1].islower() and (spec.get("fused") or not at_start):
        return False  # "festnahmen" is a verb, "Festnahmen" the noun; "die Verhafteten" too
    if k and toks[k - 1].lower_ in _ATTRIBUTIVE_BEFORE:
        return False  # "der inhaftierten Oppositionsführerin": a participle used as an adjective
    part = spec.get("particle")
    if part and not _particle_after(toks, k, part):
        return False
    tail = spec.get("tail")
    if tail:
        text = " ".join(t.lower_ for t in toks[k + 1 :])
        if not any(" ".join(x.lower().split()) in text for x in tail) and not _tail_before(toks, k, tail):
            return False
    return True


def _tail_before(toks: list, k: int, tail: list[str]) -> bool:  # type: ignore[type-arg]
    """A verb-final clause has the tail right before its finite verb (", sobald Beamte die Frau in
    Haft nahmen,"): the verb closes the clause."""
    if k + 1 < len(toks) and not toks[k + 1].is_punct:
        return False
    before = " " + " ".join(t.lower_ for t in toks[max(0, k - 5) : k])
    return any(before.endswith(" " + " ".join(x.lower().split())) for x in tail)


def _perfect_conjunct(toks: list, k: int) -> bool:  # type: ignore[type-arg]
    """The participle at ``k`` has its own haben-auxiliary opening a conjunct ("... und hatte A
    ersetzt"): an active perfect, whatever werden-form the first conjunct holds."""
    for m in range(k - 1, max(0, k - 10), -1):
        if toks[m].is_punct or toks[m].lower_ in PASSIVE_AUX:
            return False
        if toks[m].lower_ in _PERFECT_AUX:
            return m > 0 and toks[m - 1].lower_ in _COORDINATORS
    return False


def _particle_after(toks: list, k: int, part: str) -> bool:  # type: ignore[type-arg]
    """The separable particle of the finite verb at ``k`` in its clause; past a comma only when no
    finite verb, conjunction or relative pronoun opens another clause, and the particle closes
    it ("nahm einen großen, kräftigen Mann fest", "nahm A, B und C fest")."""
    end = next((m for m in range(k + 1, len(toks)) if toks[m].text in CLAUSE_END), len(toks))
    # another particle closing the verb's clause is its own ("tritt als X zurück und übergibt die
    # Leitung an Y": "zurück", not the preposition "an" of the next conjunct)
    end = next((m for m in range(k + 1, end) if _other_particle(toks, m, part)), end)
    if any(toks[m].lower_ == part and not _preposition_here(toks, m) for m in range(k + 1, end)):
        return True
    resume = embedded_relative_end(toks, end) if end < len(toks) and toks[end].text == "," else None
    if resume is not None:
        end = resume + 1  # "löst B, der seit 2010 im Amt ist, ab": past the relative clause
    for m in range(end, len(toks)):
        t = toks[m]
        if t.text in CLAUSE_END and t.text != ",":
            return False
        if t.tag_.endswith("FIN") or t.tag_ in _OPENS_CLAUSE:
            return False
        if t.lower_ == part and (m + 1 == len(toks) or toks[m + 1].text in CLAUSE_END):
            return True
        if resume is not None and t.lower_ == part and toks[m + 1].tag_ == "KON":
            return True  # "gab A, der …, den Stab an B ab und wechselte …": a conjunct follows
    return False


def _other_particle(toks: list, m: int, part: str) -> bool:  # type: ignore[type-arg]
    """A separable particle other than ``part`` at ``m`` closing a conjunct ("zurück und …")."""
    t = toks[m]
    return (
        t.tag_ == "PTKVZ"
        and t.lower_ != part
        and (m + 1 == len(toks) or toks[m + 1].tag_ == "KON" or toks[m + 1].text in CLAUSE_END)
    )


def _preposition_here(toks: list, m: int) -> bool:  # type: ignore[type-arg]
    """The particle's word at ``m`` opens a noun phrase: a preposition ("an Dr. X", "an die Y")."""
    return m + 1 < len(toks) and toks[m].tag_ == "APPR" and toks[m + 1].tag_ in _PHRASE_OPENERS


_PHRASE_OPENERS = frozenset({"ART", "NE", "NN", "ADJA", "PPOSAT", "PDAT", "CARD", "PIAT", "PPER", "PRF"})


# tags that open a clause of its own after a comma (its particle is not the verb's before it)
_OPENS_CLAUSE = frozenset({"KOUS", "PRELS", "PRELAT", "PWAV", "PWS", "KOUI"})


@cache
def _forms(section: str, key: str) -> frozenset[str]:
    """Every listed form of the section's verbs, finite or not (lower-cased words)."""
    finite, nonfinite = verb_forms(section, key)
    return frozenset(finite) | frozenset(nonfinite)


# what closes a headline's segment: "Beamter verletzt – Täter gefasst", "Kiel: Schmuggler gefasst"
_SEGMENT_END = frozenset({";", ":", "–", "-", "—"})
_DASH_MARKS = frozenset({"–", "-", "—"})



def _verbless_segment(toks: list, k: int) -> bool:  # type: ignore[type-arg]
    """No finite verb in the segment of the sentence around ``k``: a headline or a caption."""
    lo = max((m + 1 for m in range(k) if toks[m].text in _SEGMENT_END), default=0)
    opening = next((m for m in range(lo - 2, -1, -1) if toks[m].text in _SEGMENT_END), None)
    if lo and toks[lo - 1].text in _DASH_MARKS and opening is not None and toks[opening].text in _DASH_MARKS:
        # "hat den Pfarrer – Domkapitular X – zum Y ernannt": a parenthesis; the segment goes on
        lo = max((m + 1 for m in range(opening) if toks[m].text in _SEGMENT_END), default=0)
    hi = next((m for m in range(k, len(toks)) if toks[m].text in _SEGMENT_END), len(toks))
    return not any(t.tag_.endswith("FIN") for t in toks[lo:hi])


def _participle_apposition(toks: list, k: int) -> bool:  # type: ignore[type-arg]
    """The participle at ``k`` stands in a stretch between two commas with no finite verb and no
    conjunction or relative pronoun opening it, right after a noun: an apposition ("Der Trainer,
    im Mai entlassen, …", "Die Ministerin, entlassen vom Präsidenten, …")."""
    lo = next((m for m in range(k - 1, -1, -1) if toks[m].text in CLAUSE_END), None)
    hi = next((m for m in range(k + 1, len(toks)) if toks[m].text in CLAUSE_END), None)
    if lo is None or hi is None or lo == 0 or toks[lo].text != "," or toks[hi].text != ",":
        return False
    inside = toks[lo + 1 : hi]
    if (
        not inside
        or inside[0].tag_ in ("KOUS", "PRELS", "PWAV", "KON", "PRELAT")
        or inside[0].pos_ == "SCONJ"
    ):
        return False
    if any(t.tag_.endswith("FIN") or t.tag_ == "PTKZU" for t in inside):
        return False
    return toks[lo - 1].tag_ in ("NN", "NE")


def _ends_with(toks: list, k: int, words: list[str]) -> bool:  # type: ignore[type-arg]
    n = len(words)
    if k - n + 1 < 0:
        return False
    return [t.lower_ for t in toks[k - n + 1 : k + 1]] == [w.lower() for w in words]


def ruled_out(trig: Trigger, sent: Span) -> bool:
    """A word of the verb's ``not_with`` list in the sentence: "vom Dienst freigestellt" is leave,
    "bestätigte, dass ..." a report."""
    words = trig.spec.get("not_with", ()) if trig.spec else ()
    return any(t.lower_ in words for t in sent)
