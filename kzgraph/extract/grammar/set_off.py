"""What news sets off after a name before its verb: an age or a figure in brackets or commas and
a short description between commas ("X (52), Juristin, wird …", "X, bisher Leiter der Y, wird …",
"X, 39, wird …"). Fact types ask where the verb is past them; the grammar knows no fact type."""

from __future__ import annotations

from spacy.tokens import Doc

from kzgraph.extract.grammar.segments import QUOTES

# a description between commas is short; a clause ("X, der seit Jahren …, wird") has a verb
_LONGEST_DESCRIPTION = 14
_CLAUSE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN", "PRELS", "PRELAT", "KOUS", "PWS", "PWAV"})


def past_figure(doc: Doc, k: int, limit: int) -> int:
    """Past an age or a figure set off by commas or brackets at ``k`` ("X, 39, wird", "X (54) wird")."""
    if k + 3 < limit and doc[k].text in (",", "(") and doc[k + 1].like_num and doc[k + 2].text in (",", ")"):
        return k + 3
    return k


def past_description(doc: Doc, k: int, limit: int) -> int:
    """Past a description set off by commas at ``k`` ("X, bisher Intendant in Y, wird", "X (52),
    Pfarrer, wird"): the index after its closing comma when a finite verb follows it; else ``k``."""
    if k >= limit or doc[k].text != ",":
        return k
    if k + 1 < limit and doc[k + 1].tag_ in ("VAFIN", "VVFIN", "VMFIN"):
        return k + 1  # "Der Kaplan, X (61), wird": the comma closes the name's own apposition
    for j in range(k + 1, min(limit, k + 2 + _LONGEST_DESCRIPTION)):
        t = doc[j]
        if t.text == ",":
            ok = j > k + 1 and j + 1 < limit and doc[j + 1].tag_ in ("VAFIN", "VVFIN", "VMFIN")
            return j + 1 if ok else k
        if t.tag_ in _CLAUSE_TAGS or t.text in QUOTES or t.text in (";", ":", "(", ")"):
            return k
    return k


def past_set_off(doc: Doc, k: int, limit: int) -> int:
    """Past an age and a description set off after a name ending at ``k``: where its verb stands."""
    return past_description(doc, past_figure(doc, k, limit), limit)
