"""Charges told by a clause: the reason of the arrest ("festgenommen, weil er Geld gestohlen haben
soll", "Da sie Akten gefälscht hatte, wurde sie verhaftet") or the content of a suspicion ("unter
dem Verdacht festgenommen, dass er den Brand gelegt hat"). The charge is the clause's predicate as
the text tells it, its offence verb mapped to the offence when the deeds lexicon has it.

Only a clause whose subject is the arrested (a personal pronoun or a name) counts: in "wurde erst
spät festgenommen, weil die Polizei zögerte" the reason is the police's, no accusation. A reason
that is a ground of detention ("weil Fluchtgefahr besteht", "da er als fluchtgefährdet gilt") is
none either. A reason that is conduct ("weil er sich der Kontrolle widersetzte") is what the
report gives as the cause of the arrest, and is kept: the graph records what the text states."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.core.mentions import SUBJECT_PRONOUNS
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import events_lexicon, find_triggers

_CLAUSE_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "—"})
_CONTENT = closed_class().words("content_conjunctions")  # "der Verdacht, dass …"
_REASONS = closed_class().words("reason_conjunctions")  # "weil", "da"
# "festgenommen worden war, weil …": the arrest verb's own auxiliaries before the clause
_AUXILIARIES = (
    closed_class().words("passive_participle_auxiliaries")
    | closed_class().words("perfect_auxiliaries")
    | closed_class().words("auxiliary_infinitives")
)


_PASSIVE = closed_class().words("passive_auxiliaries")


def _lexicon() -> dict:
    return events_lexicon()["charges"]


def charge_told_by_clause(ctx: ArticleContext, sent: Span) -> str | None:
    """The charge a reason clause of the arrest verb or a suspicion's dass-clause tells, if any."""
    return _reason_after_verb(ctx, sent) or _fronted_reason(ctx, sent) or _suspicion_clause(ctx, sent)


def _reason_after_verb(ctx: ArticleContext, sent: Span) -> str | None:
    """ "… festgenommen (worden), weil/da er …": the clause right after the arrest verb (a
    dass-clause too when a suspicion noun before the verb is what it tells)."""
    doc = ctx.doc
    conjunctions = set(_REASONS)
    nouns = set(_lexicon()["suspicion_nouns"])
    for trigger in find_triggers(ctx, sent, "arrest"):
        if any(t.text in nouns for t in doc[sent.start : trigger.i]):
            conjunctions |= _CONTENT  # "unter dem Verdacht festgenommen, dass er …"
        # the verb's auxiliaries, or in an active clause its objects and particle ("nahm ihn fest,")
        k = next((t.i for t in doc[trigger.i + 1 : sent.end] if t.text in _CLAUSE_STOPS), sent.end)
        if k + 2 < sent.end and doc[k].text == "," and doc[k + 1].lower_ in conjunctions:
            return _predicate(doc, k + 2, sent.end)
    return None


def _fronted_reason(ctx: ArticleContext, sent: Span) -> str | None:
    """ "Weil er … hatte, wurde er festgenommen": a reason clause opening the sentence, its main
    clause the arrest ("Da wurde er festgenommen": an adverb, no subject after it)."""
    doc = ctx.doc
    if sent.end - sent.start < 4 or doc[sent.start].lower_ not in _REASONS:
        return None
    comma = next((t.i for t in sent if t.text in _CLAUSE_STOPS), sent.end)
    if comma >= sent.end or doc[comma].text != ",":
        return None
    if not any(t.i > comma for t in find_triggers(ctx, sent, "arrest")):
        return None
    return _predicate(doc, sent.start + 1, comma + 1)


def _suspicion_clause(ctx: ArticleContext, sent: Span) -> str | None:
    """ "unter dem Verdacht, dass er …", "Der Verdacht: dass sie …": a dass-clause right after a
    suspicion noun, or after a colon that elaborates one; not the clause that tells the arrest."""
    doc = ctx.doc
    nouns = set(_lexicon()["suspicion_nouns"])
    seen_noun = False
    for t in sent:
        if t.text in nouns:
            seen_noun = True
            continue
        if not seen_noun or t.lower_ not in _CONTENT or t.i + 1 >= sent.end:
            continue
        before = doc[t.i - 1].text if t.i > sent.start else ""
        right_after = t.i >= sent.start + 2 and doc[t.i - 2].text in nouns and before in (",", ":")
        if not (right_after or before == ":"):
            continue
        # "…, dass er festgenommen wurde": the arrest itself, passive, gives none (see _predicate)
        charge = _predicate(doc, t.i + 1, sent.end)
        if charge:
            return charge
    return None


def _predicate(doc: Doc, start: int, end: int) -> str | None:
    """The predicate of the clause that begins at ``start`` (after its conjunction): its words
    after the subject up to the clause's end, the auxiliaries at its end dropped; None when its
    subject is not a personal pronoun or a name, or when it gives a ground of detention."""
    stop = next((t.i for t in doc[start:end] if t.text in _CLAUSE_STOPS), end)
    k = _after_subject(doc, start, stop)
    if k is None:
        return None
    words = [t for t in doc[k:stop] if not t.is_quote]
    dropped = []
    while words and (words[-1].lower_ in _AUXILIARIES or words[-1].tag_ == "VMFIN"):
        dropped.append(words.pop().lower_)  # "gestohlen haben soll", "angegriffen hatte"
    if any(w in _PASSIVE for w in dropped):
        return None  # "weil er verletzt worden war": what was done to him, no deed of his
    if not words or not words[-1].tag_.startswith("V"):
        return None  # no verb closes it: no clause of a deed
    lowered = " ".join(w.lower_ for w in words)
    if any(g in lowered for g in _lexicon()["detention_grounds"]):
        return None
    deed = _lexicon()["deeds"].get(words[-1].lower_)
    if deed is not None and len(words) <= 3:
        return deed  # "weil er betrogen hatte" -> Betrug; a longer predicate keeps its words
    return " ".join(w.text for w in words)


def _after_subject(doc: Doc, start: int, stop: int) -> int | None:
    """The token after the clause's subject when it is a personal pronoun or a name ("er", "Karl
    M.", "die 40-Jährige" is none: a description may be someone else)."""
    if start >= stop:
        return None
    if doc[start].lower_ in SUBJECT_PRONOUNS:
        return start + 1
    k = start
    while k < stop and (doc[k].tag_ == "NE" or doc[k].pos_ == "PROPN"):
        k += 1
    return k if k > start else None
