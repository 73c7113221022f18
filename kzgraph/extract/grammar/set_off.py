"""What news sets off after a name before its verb: an age or a figure in brackets or commas and
a short description between commas ("X (52), Juristin, wird …", "X, bisher Leiter der Y, wird …",
"X, 39, wird …"). Fact types ask where the verb is past them; the grammar knows no fact type."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.segments import QUOTES

# a description between commas is short; a clause ("X, der seit Jahren …, wird") has a verb
_LONGEST_DESCRIPTION = 14
_CLAUSE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN", "PRELS", "PRELAT", "KOUS", "PWS", "PWAV"})


# a party, an age or a place in brackets after a name: "X (SPD)", "X (52, Kiel)"
_LONGEST_BRACKET = 4


def past_figure(doc: Doc, k: int, limit: int) -> int:
    """Past an age or a figure set off by commas or brackets at ``k`` ("X, 39, wird", "X (54) wird"),
    or a short bracket without a verb ("X (SPD) wird", "X (CDU/CSU), Juristin, wird")."""
    if k + 3 < limit and doc[k].text in (",", "(") and doc[k + 1].like_num and doc[k + 2].text in (",", ")"):
        return k + 3
    if k + 2 < limit and doc[k].text == "(":
        for j in range(k + 1, min(limit, k + 2 + _LONGEST_BRACKET)):
            if doc[j].text == ")":
                return j + 1 if j > k + 1 else k
            if doc[j].tag_ in _CLAUSE_TAGS or doc[j].text in QUOTES or doc[j].text == "(":
                return k
    return k


def past_description(doc: Doc, k: int, limit: int, verb_after: bool = True) -> int:
    """Past a description set off by commas at ``k`` ("X, bisher Intendant in Y, wird", "X (52),
    Pfarrer, wird"): the index after its closing comma when a finite verb follows it (or, with
    ``verb_after`` false, anything: "So wird X, bisher Leiter, Direktor"); else ``k``. A list
    inside it ("Referentin für Bau, Verkehr und Umwelt") holds commas of its own: a comma is the
    closing one when a finite verb follows it, or when the description holds no "und" after it."""
    if k >= limit or doc[k].text != ",":
        return k
    if k + 1 < limit and doc[k + 1].tag_ in ("VAFIN", "VVFIN", "VMFIN"):
        return k + 1 if verb_after else k  # "Der Kaplan, X (61), wird": the name's own apposition
    for j in range(k + 1, min(limit, k + 2 + _LONGEST_DESCRIPTION)):
        t = doc[j]
        if t.text == ",":
            nxt = doc[j + 1] if j + 1 < limit else None
            if nxt is not None and nxt.tag_ in ("VAFIN", "VVFIN", "VMFIN"):
                return j + 1 if j > k + 1 else k
            if nxt is not None and nxt.tag_ != "NE" and _list_goes_on(doc, j + 1, limit):
                continue  # "für Bau, Verkehr und Umwelt": a comma of a list inside it
            return j + 1 if not verb_after and j > k + 1 else k
        if t.tag_ in _CLAUSE_TAGS or t.text in QUOTES or t.text in (";", ":", "(", ")"):
            return k
    return k


def _list_goes_on(doc: Doc, k: int, limit: int) -> bool:
    """A list's "und" or "sowie" follows within a few nouns at ``k`` before the next comma."""
    for j in range(k, min(limit, k + 4)):
        if doc[j].tag_ == "KON":
            return True
        if doc[j].tag_ not in ("NN", "ADJA", "TRUNC"):
            return False
    return False


def past_set_off(doc: Doc, k: int, limit: int) -> int:
    """Past an age and a description set off after a name ending at ``k``: where its verb stands."""
    return past_description(doc, past_figure(doc, k, limit), limit)


_DEFINITE = closed_class().words("definite_nominative_articles")
_HEAD_PREMODIFIERS = frozenset({"ADJA", "ADV", "ADJD", "CARD"})


def description_opens(doc: Doc, start: int, name: int, is_role: Callable[[str], bool]) -> bool:
    """The words from ``start`` to the name at ``name`` describe the name's bearer, opening its
    clause: a definite article, attributes and a role noun as head, right before the name ("Die
    bisherige Referentin X"), also after an attributive participle phrase set off by a comma ("Die
    lange als Favoritin genannte, bisherige Referentin X"); or a description with genitive or
    prepositional attributes closed by a comma that sets the name off ("Der bisherige Leiter des
    Amtes für Y, X, wird"). Never a clause (no finite verb, relative pronoun or subordinator) and
    never a description whose head is no role ("Der Vorschlag der Ministerin, X"), nor a name in
    a genitive attribute ("Der Sohn der Ministerin X": X is the minister)."""
    words = doc[start:name]
    if not 1 < len(words) <= _LONGEST_DESCRIPTION + 2 or words[0].lower_ not in _DEFINITE:
        return False
    if any(t.tag_ in _CLAUSE_TAGS or t.text in QUOTES or t.text in (";", ":", "(") for t in words):
        return False
    if words[-1].text == ",":  # the name set off: the head is the first noun past the attributes
        head = next((t for t in words[1:] if t.tag_ in ("NN", "NE")), None)
        return head is not None and is_role(head.text)
    # the head right before the name, or opening the name's mention ("Referentin X" as one mention)
    head = name - 1 if is_role(words[-1].text) else name if is_role(doc[name].text) else None
    if head is None:
        return False
    k = head - 1  # back over the head's own attributes to the article or an attribute's comma
    while k > start and doc[k].tag_ in _HEAD_PREMODIFIERS:
        k -= 1
    return k == start or doc[k].text == "," and doc[k - 1].tag_ == "ADJA"
