"""Subordinate clauses in a sentence ("nachdem …", "weil …"): where the clause of a verb starts,
the main clause's finite verb after a subordinate Vorfeld, and the words of a verb's own clause.
Used by the event triggers (passive only within the clause) and subject finding."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import SUBORDINATING_CONJUNCTIONS
from kzgraph.extract.grammar.speech_verbs import lexicon


def subordinate_start(ctx: ArticleContext, sent: Span, i: int) -> int | None:
    """Where the subordinate clause of the verb at ``i`` starts (the word after "nachdem",
    "weil" ...), or None when the verb is in a main clause: a finite verb between the
    conjunction and ``i`` closes that clause ("Nachdem X kam, entließ Y …")."""
    doc = ctx.doc
    # ", bis der Verein X entließ": a conjunction tagged as a preposition, before a finite verb
    # that closes its clause
    verb_final = _closes_clause(doc, sent, i)
    for k in range(i - 1, sent.start - 1, -1):
        tok = doc[k]
        if tok.tag_.endswith("FIN"):
            return None
        conjunction = tok.tag_ == "KOUS" or verb_final and tok.lower_ in _READ_AS_PREPOSITIONS
        if (
            tok.lower_ in SUBORDINATING_CONJUNCTIONS
            and conjunction
            and (k == sent.start or doc[k - 1].text == ",")
        ):
            return k + 1
    return None


_READ_AS_PREPOSITIONS = closed_class().words("conjunctions_read_as_prepositions")


def _closes_clause(doc: Doc, sent: Span, i: int) -> bool:
    """The verb at ``i`` is finite and closes its clause ("…, bis der Rat X entließ."), or a
    finite auxiliary right after it does ("…, bis X zurückgetreten war.")."""
    k = i if doc[i].tag_.endswith("FIN") else i + 1
    if k >= sent.end or not doc[k].tag_.endswith("FIN"):
        return False
    return k + 1 == sent.end or doc[k + 1].is_punct


def reported_clause_start(ctx: ArticleContext, sent: Span, i: int) -> int | None:
    """Where the reported clause of the verb at ``i`` starts when a reporting verb and a comma
    introduce it without a conjunction ("X sagte, Präsident Y habe ihn entlassen": the clause's
    subject is Y, not the speaker), else None."""
    doc = ctx.doc
    finite = lexicon().finite
    for k in range(i - 1, sent.start, -1):
        if doc[k].text == ",":
            if doc[k + 1].tag_ == "PRELS":
                return None  # "meinte X, der A ablöste": a relative clause on the speaker, not reported
            before = doc[max(sent.start, k - 5) : k]
            if any(v.clause for t in before if t.tag_.endswith("FIN") for v in finite.get(t.lower_, ())):
                return k + 1
            return None
    return None


def main_clause_after_vorfeld(ctx: ArticleContext, sent: Span, i: int) -> int | None:
    """The finite verb of the main clause when a subordinate clause opens the sentence and the
    verb at ``i`` is in the main clause ("Nachdem X kam, [entließ] Y …"), else None."""
    doc = ctx.doc
    first = doc[sent.start]
    if first.lower_ not in SUBORDINATING_CONJUNCTIONS or first.tag_ != "KOUS":
        return None
    for k in range(sent.start + 1, i):
        if doc[k].text == "," and doc[k + 1].tag_.endswith("FIN"):
            return k + 1
    return None


def subordinate_stretches(toks: list) -> list[tuple[int, int]]:  # type: ignore[type-arg]
    """(start, end) positions of the subordinate clauses opened by a conjunction ("nachdem",
    "weil" ...) at the sentence start or after a comma, and of the relative clauses after a comma
    (", der seit Mai im Amt ist,", ", gegen den …"), each up to the next comma."""
    out = []
    for k, tok in enumerate(toks):
        relative = tok.tag_ == "PRELS" and k > 0 and (
            toks[k - 1].text == "," or toks[k - 1].tag_ == "APPR" and k > 1 and toks[k - 2].text == ","
        )
        if relative or tok.tag_ == "KOUS" and (k == 0 or toks[k - 1].text == ","):
            end = next((m for m in range(k + 1, len(toks)) if toks[m].text == ","), len(toks))
            out.append((k, end))
    return out


def clause_words(toks: list, stretches: list[tuple[int, int]], k: int) -> list:  # type: ignore[type-arg]
    """The tokens of the main clause (up to a semicolon) or subordinate clause that holds ``k``
    ("entlassen" is both finite plural and participle: passive when werden-forms are around)."""
    own = next(((a, b) for a, b in stretches if a <= k < b), None)
    if own is not None:
        return toks[own[0] : own[1]]
    # a semicolon joins two main clauses: "wurde zum Minister befördert; er ersetzt X"; so does a
    # colon followed by a clause with its own finite verb ("Die Umbildung ist vollzogen: Y hat X
    # ernannt"), not one that opens a list ("Gewählt wurden: A und B")
    lo = max((m + 1 for m in range(k) if toks[m].text == ";" or _clause_after_colon(toks, m, k)), default=0)
    hi = next(
        (m for m in range(k, len(toks)) if toks[m].text == ";" or _clause_after_colon(toks, m, len(toks))),
        len(toks),
    )
    return [t for m, t in enumerate(toks) if lo <= m < hi and not any(a <= m < b for a, b in stretches)]


def _clause_after_colon(toks: list, m: int, end: int) -> bool:  # type: ignore[type-arg]
    """The token at ``m`` is a colon with a finite verb both before it and after it (before ``end``
    or the next colon): two main clauses, not a title or a list after the colon."""
    if toks[m].text != ":":
        return False
    after = next((j for j in range(m + 1, end) if toks[j].text in (":", ";")), end)
    return any(t.tag_.endswith("FIN") for t in toks[m + 1 : after]) and any(
        t.tag_.endswith("FIN") for t in toks[:m]
    )
