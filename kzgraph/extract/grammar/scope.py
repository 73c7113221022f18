"""Scope of what makes an event word state no event: a hedge (modality, plan, rumour), a question,
a condition, a negation; each bounded by the clause it stands in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.lang.lex_attrs import is_quote
from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.grammar.clauses import clause, relative_clause
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import opens_dependent_clause
from kzgraph.extract.grammar.triggers import events_lexicon

_CONJUNCTS = closed_class().words("clause_conjunctions")
# hedge words of another sense after a form of "haben": "gehandelt" (acted) beside "als … gehandelt"
_ACTED = closed_class().words("hedges_active_sense")
_HABEN = closed_class().words("haben_forms")
_AS = closed_class().words("capacity_words")  # "als … gehandelt"


def _acted(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """The hedge word at ``i`` is a perfect with "haben" and no "als" in its clause."""
    words = {t.lower_ for t in clause(ctx, sent, i)}
    return bool(words & _HABEN) and not words & _AS


def hedged(
    ctx: ArticleContext,
    sent: Span,
    anchors: list[int] | None = None,
    ignore: frozenset[int] | set[int] = frozenset(),
) -> bool:
    """A hedge ("soll", "will", "Forderung") makes the sentence's event uncertain. With the event's
    ``anchors`` (trigger tokens) known, a hedge that governs another clause is no hedge:
    a relative or subordinate clause without an anchor ("nahm einen Mann fest, der ... geworfen
    haben soll", "festgenommen, als er fliehen wollte"), or a verb phrase coordinated after every
    anchor ("wurden verhaftet und sollen ausgeliefert werden"). Tokens in ``ignore`` are no hedge
    (a fact type that reads "soll" as an announcement it marks)."""
    # every fact type asks this of the sentences with its triggers: the sentence's own answers once
    if ctx.per_sentence_words(_questioned, sent) or ctx.per_sentence_words(_conditional, sent):
        return True
    if verb_first_condition(sent):
        return True
    hedges = _hedges()
    doc = ctx.doc
    for i, text in enumerate(ctx.sentence_texts(sent), sent.start):
        if text not in hedges or i in ignore:
            continue
        if text in _ACTED and _acted(ctx, sent, i):
            continue  # "B hat nun gehandelt": acted, not touted ("wird als Nachfolger gehandelt")
        attribute = _attributive_phrase_end(doc, i, sent.end)
        if attribute is not None and all(a > attribute for a in anchors or ()):
            continue  # "Die lange als Favoritin gehandelte Referentin X wird …": a description
        if anchors is None:
            return True
        if _in_another_dependent_clause(ctx, sent, i, anchors):
            continue
        if _told_in_relative_clauses(ctx, sent, i, anchors):
            continue
        if i - 1 > sent.start and doc[i - 1].lower_ in _CONJUNCTS and all(a < i - 1 for a in anchors):
            continue
        if all(a > i and _in_an_earlier_conjunct(ctx, i, a) for a in anchors):
            continue  # "soll Geld veruntreut haben und wurde festgenommen": the hedge is the deed's
        return True
    return False


# the words an attributive participle phrase holds before its participle ("lange als Favorit gehandelte")
_ATTRIBUTE_TAGS = frozenset({"NN", "NE", "ADV", "ADJD", "APPR", "ART", "KOKOM"})
# inflected participles: "gehandelte", "genannten", "vorgeschlagener", "gesehenes"
_PARTICIPLE_ENDING = re.compile(r"(?:t|en)(?:e|en|er|es|em)$")


def _attributive_phrase_end(doc: Doc, i: int, limit: int) -> int | None:
    """The attributive participle (ADJA) that closes a phrase holding the word at ``i``, or that
    word itself ("die als Favoritin gehandelte Ministerin", "der gehandelte Nachfolger"): the
    phrase describes a noun and hedges no event; None when no such participle follows closely."""
    if doc[i].tag_ not in ("NN", "ADJA"):
        return None  # "wird voraussichtlich neue Chefin": a hedging adverb modifies the clause
    for j in range(i, min(limit, i + 4)):
        if doc[j].tag_ == "ADJA":
            participle = _PARTICIPLE_ENDING.search(doc[j].lower_) is not None
            described = j + 1 < limit and doc[j + 1].tag_ in ("NN", "NE", "ADJA", "$,")
            return j if participle and described else None
        if doc[j].tag_ not in _ATTRIBUTE_TAGS:
            return None
    return None


_CONCESSIVE = closed_class().words("concessive_prepositions")
_READ_AS_PREPOSITIONS = closed_class().words("conjunctions_read_as_prepositions")


def presupposed(ctx: ArticleContext, sent: Span, k: int) -> bool:
    """The event noun at ``k`` stands in a concessive phrase ("trotz der Festnahme", "trotz
    Verhaftungswelle"), which presupposes it: the clause's modality or negation ("will trotz … nicht
    zurücktreten") does not reach it."""
    doc = ctx.doc
    j = k - 1
    while j > sent.start and k - j <= 3 and doc[j].tag_ in ("ART", "ADJA", "PPOSAT"):
        j -= 1
    return j >= sent.start and doc[j].lower_ in _CONCESSIVE


@cache
def _hedges() -> frozenset[str]:
    lex = events_lexicon()
    return frozenset(lex["hedges"]) | frozenset(lex["plan_hedges"])


def questioned(sent: Span) -> bool:
    """A question states no event: "Wen haben Sie zuletzt entlassen?"."""
    return _questioned([t.text for t in sent], ())


def _questioned(texts: Sequence[str], lowers: Sequence[str]) -> bool:
    # Token.is_quote is spaCy's is_quote of the token's text
    # the last word that is no quotation mark or closing parenthesis
    last = next((w for w in reversed(texts) if not is_quote(w) and w not in ("»", "«", ")")), None)
    return last == "?"


def conditional(sent: Span) -> bool:
    """A condition, and what hangs on it, states no event: "Sollte X entlassen werden, …", "falls
    die Polizei X festnimmt", "im Falle ihrer Verhaftung"."""
    return _conditional([t.text for t in sent], [t.lower_ for t in sent])


def verb_first_condition(sent: Span) -> bool:
    """A condition told by the order of words, without "wenn": the sentence opens with its
    finite verb and the clause after the first comma opens with "so"/"dann" or its own finite
    verb ("Feuert eine Firma ihren Chef, so sucht sie einen neuen", "Wird ein Minister
    entlassen, folgt ihm ein anderer"). A question ends in "?" and is read apart."""
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or not first.tag_.endswith("FIN") or first.tag_ == "VMFIN":
        return False
    comma = next((t.i for t in sent if t.text == ","), None)
    if comma is None or comma + 1 >= sent.end:
        return False
    after = sent.doc[comma + 1]
    return after.lower_ in _consequent_openers() or after.tag_.endswith("FIN")


@cache
def _consequent_openers() -> frozenset[str]:
    return frozenset(events_lexicon()["consequent_openers"])


@cache
def _conditions() -> tuple[frozenset[str], tuple[str, ...]]:
    """The lexicon's condition words, and its condition phrases lower-cased and padded with a
    space on each side (matched against a sentence's padded words), built once."""
    lex = events_lexicon()
    return frozenset(lex["conditions"]), tuple(f" {p.lower()} " for p in lex["condition_phrases"])


def _conditional(texts: Sequence[str], lowers: Sequence[str]) -> bool:
    words, phrases = _conditions()
    if not words.isdisjoint(texts):
        return True
    low = f" {' '.join(lowers)} "
    return any(p in low for p in phrases)


def _in_another_dependent_clause(ctx: ArticleContext, sent: Span, k: int, anchors: list[int]) -> bool:
    """Token ``k`` lies in a relative or subordinate clause that holds none of the ``anchors``."""
    span = clause(ctx, sent, k)
    if any(span.start <= a < span.end for a in anchors):
        return False
    return relative_clause(ctx, sent, span, prepositional=True) or _subordinate(ctx, sent, span)


_PAST_AUXILIARIES = closed_class().words("pluperfect_auxiliaries") | closed_class().words(
    "past_passive_auxiliaries"
)
_REPORTED_AUXILIARIES = closed_class().words("subjunctive_auxiliaries")


def _told_in_relative_clauses(ctx: ArticleContext, sent: Span, k: int, anchors: list[int]) -> bool:
    """Every anchor stands in a relative clause told in the indicative past, and the hedge at ``k``
    outside it: "forderte die Freilassung des Reporters, der im Mai festgenommen wurde" states the
    arrest; a wish or demand governs its own clause, not what a relative clause says of its noun."""
    hedge_clause = clause(ctx, sent, k)
    for a in anchors:
        span = clause(ctx, sent, a)
        if span.start == hedge_clause.start or not relative_clause(ctx, sent, span):
            return False
        words = {t.lower_ for t in span}
        if not words & _PAST_AUXILIARIES or words & _REPORTED_AUXILIARIES:
            return False
    return bool(anchors)


def _subordinate(ctx: ArticleContext, sent: Span, span: Span) -> bool:
    """``span`` (a clause of ``sent``) is a subordinate clause: "…, als er fliehen wollte",
    "Als er fliehen wollte, …"."""
    first = ctx.doc[span.start]
    if span.start == sent.start:
        # "Als die Männer fliehen wollten, …": a conjunction the tagger read as a preposition,
        # its clause closed by a finite verb
        misread = first.lower_ in _READ_AS_PREPOSITIONS and ctx.doc[span.end - 1].tag_.endswith("FIN")
        return first.tag_ == "KOUS" or misread
    return ctx.doc[span.start - 1].text == "," and opens_dependent_clause(first)


def _past_a_colon_clause(ctx: ArticleContext, sent: Span, neg: int, i: int) -> bool:
    """The negation at ``neg`` lies after a colon that follows the event at ``i``, in a stretch
    with a finite verb of its own: another main clause."""
    doc = ctx.doc
    colon = next((w.i for w in doc[i:neg] if w.text == ":"), None)
    return colon is not None and any(w.tag_.endswith("FIN") for w in doc[colon + 1 : sent.end])


def negated(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """A negation ("nicht", "kein") says the event at ``i`` did not happen (``i`` < 0: the
    sentence's event). One in another subordinate or relative clause does not ("…, weil er
    nicht zustimmte"), and "ohne" negates a clause ("ohne ihn zu entlassen", "ohne dass"), not a
    noun ("ohne Begründung entlassen")."""
    doc = ctx.doc
    for k in ctx.positions_of(sent, _negations()):
        if k == i:
            continue
        t = doc[k]
        if t.lower_ == "ohne":
            rest = doc[t.i + 1 : clause(ctx, sent, t.i).end]
            if not any(w.tag_ in ("PTKZU", "VVIZU") or w.lower_ == "dass" for w in rest):
                continue
        if _negates_an_attribute(ctx, sent, t.i):
            continue
        if i >= 0 and _in_another_dependent_clause(ctx, sent, t.i, [i]):
            continue
        if i >= 0 and _outside_told_clause(ctx, sent, t.i, i):
            continue
        if i >= 0 and _in_another_contrasted_clause(ctx, sent, t.i, i):
            continue
        if i >= 0 and _in_an_earlier_conjunct(ctx, t.i, i):
            continue
        if i >= 0 and _corrected_phrase(ctx, sent, t.i, i):
            continue
        if i >= 0 and any(w.text == ";" for w in doc[min(t.i, i) : max(t.i, i)]):
            continue  # "X sei kein Unbekannter; er wurde im Mai festgenommen": another main clause
        if i >= 0 and _past_a_colon_clause(ctx, sent, t.i, i):
            continue  # "A musste gehen, B auch: Keiner von beiden tat es gern"
        return True
    return False


_CORRECTING = closed_class().words("correcting_conjunctions")


def _corrected_phrase(ctx: ArticleContext, sent: Span, k: int, i: int) -> bool:
    """ "nicht bei der Kundgebung, sondern am Bahnhof": a negation that "sondern" corrects negates
    the phrase between them, not the event at ``i`` told outside it ("wurde nicht festgenommen,
    sondern verwarnt" negates the verb between them)."""
    doc = ctx.doc
    if k + 1 >= sent.end or doc[k + 1].tag_.startswith("V") or doc[k + 1].tag_ == "PTKVZ":
        return False
    after = next((t.i for t in doc[k + 1 : sent.end] if t.lower_ in _CORRECTING), None)
    return after is not None and not k < i < after


_ATTRIBUTE_NEGATIONS = closed_class().words("attribute_negations")


def _negates_an_attribute(ctx: ArticleContext, sent: Span, k: int) -> bool:
    """ "nicht" before an attributive adjective, past its adverbs, negates that adjective, not the
    clause's event ("wegen einer nicht genehmigten Kundgebung festgenommen", "aus nicht näher
    genannten Gründen entlassen")."""
    doc = ctx.doc
    if doc[k].lower_ not in _ATTRIBUTE_NEGATIONS:
        return False
    j = k + 1
    while j < sent.end and j < k + 3 and doc[j].tag_ in ("ADV", "ADJD"):
        j += 1
    return j < sent.end and doc[j].tag_ == "ADJA"


def _outside_told_clause(ctx: ArticleContext, sent: Span, k: int, i: int) -> bool:
    """The event at ``i`` is told in a temporal or causal clause ("…, bis X zurücktrat", "…,
    nachdem der Rat X entlassen hatte") and the negation at ``k`` stands outside it."""
    span = clause(ctx, sent, i)
    return not span.start <= k < span.end and ctx.doc[span.start].lower_ in _TOLD_CLAUSE_OPENERS


_TOLD_CLAUSE_OPENERS = closed_class().words("told_clause_conjunctions")


def _in_an_earlier_conjunct(ctx: ArticleContext, k: int, i: int) -> bool:
    """Token ``k`` lies in a verb phrase that "und"/"oder" and a finite verb close before the
    event at ``i`` ("konnte das Team nicht retten und wurde entlassen": the dismissal is not negated)."""
    doc = ctx.doc
    return any(
        doc[c].lower_ in _CONJUNCT_OPENERS and doc[c + 1].tag_.endswith("FIN") for c in range(k + 1, i - 1)
    )


_CONJUNCT_OPENERS = closed_class().words("and_or")


@cache
def _negations() -> frozenset[str]:
    return frozenset(events_lexicon()["negations"])


_CONTRASTING = closed_class().words("contrasting_words")


def _in_another_contrasted_clause(ctx: ArticleContext, sent: Span, k: int, i: int) -> bool:
    """Token ``k`` lies in a clause of its own opened by a contrasting conjunction after a comma
    ("verhaftet, aber nicht angeklagt"), which does not hold the event at ``i``."""
    span = clause(ctx, sent, k)
    if span.start <= i < span.end or span.start - 1 <= sent.start:
        return False
    return ctx.doc[span.start - 1].text == "," and ctx.doc[span.start].lower_ in _CONTRASTING


def asked(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """The verb at ``i`` stands in an indirect question ("Offen ist, ob X gewählt wird", "Ob X
    bleibt, entscheidet der Rat"): what it tells is asked, not stated."""
    cl = clause(ctx, sent, i)
    return ctx.doc[cl.start].lower_ in closed_class().words("question_complementisers")
