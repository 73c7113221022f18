"""Charges told by membership: "als mutmaßliches Mitglied einer terroristischen Vereinigung
festgenommen", "das mutmaßliche Bandenmitglied X wurde verhaftet", "die Festnahme eines
Mafia-Mitglieds". Membership is an accusation only when the text makes it one: the arrest is "als"
a member (the capacity in which one is arrested), the membership is hedged ("mutmaßlich"), or the
body is a criminal one by its words (terror, bande, mafia, …). "Das Vereinsmitglied X wurde
festgenommen" and "der Stadtrat, Mitglied der Partei Y, wurde verhaftet" state none."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import events_lexicon, find_triggers

_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "—"})
_MEMBER = "mitglied"
_OPENERS = closed_class().words("membership_body_openers")
_DROPPED = closed_class().words("membership_prepositions")  # "Mitglied von X" -> "X"
_CAPACITY = closed_class().words("capacity_words")


def charge_told_by_membership(ctx: ArticleContext, sent: Span) -> str | None:
    """ "Mitgliedschaft in …" when a member noun in the stretch of the arrest makes it a charge."""
    doc = ctx.doc
    lex = events_lexicon()
    arrest_nouns = set(lex["arrest"]["nouns"])
    arrests = [t.i for t in find_triggers(ctx, sent, "arrest")] + [
        t.i for t in sent if t.text in arrest_nouns
    ]
    for t in sent:
        at = t.lower_.find(_MEMBER)
        if at < 0 or not t.text[:1].isupper() or not any(_same_stretch(doc, t.i, a) for a in arrests):
            continue
        charge = _membership(doc, sent, t.i, at, lex["charges"])
        if charge is not None:
            return charge
    return None


def _membership(doc: Doc, sent: Span, k: int, at: int, lex: dict) -> str | None:
    """The body of the member noun at ``k`` (its compound's first part, or the phrase after it),
    when the noun is "als" a member, hedged, or names a criminal body."""
    j = k - 1
    while j >= sent.start and doc[j].tag_ == "ADJA":
        j -= 1
    qualifiers = {w.lower_ for w in doc[j + 1 : k]}
    hedged = bool(qualifiers & set(lex["membership_hedges"]))
    accused = (j >= sent.start and doc[j].lower_ in _CAPACITY) or hedged
    word = doc[k].text
    if at > 0:  # "Mafia-Mitglied", "Bandenmitglieder"
        body = word[:at].rstrip("-")
        hyphened = word[at - 1] == "-"
        body = body if hyphened else _without_linking_element(body)
        if _criminal(body, lex) or (hyphened and accused):
            return f"{lex['membership_charge']} {body}"
        return None
    phrase = _body_after(doc, sent, k)
    if phrase and (accused or _criminal(phrase, lex)):
        return f"{lex['membership_charge']} {phrase}"
    return None


def _body_after(doc: Doc, sent: Span, k: int) -> str:
    """ "einer terroristischen Vereinigung", "der Gruppe Rote Hand" after "Mitglied"; "von" and
    "in" are dropped ("Mitglied von X" -> "X")."""
    m = k + 1
    if m >= sent.end or doc[m].lower_ not in _OPENERS:
        return ""
    words = [] if doc[m].lower_ in _DROPPED else [doc[m].text]
    m += 1
    while m < sent.end and doc[m].tag_ in ("ADJA", "ART"):
        words.append(doc[m].text)
        m += 1
    if m >= sent.end or doc[m].tag_ not in ("NN", "NE"):
        return ""
    while m < sent.end and doc[m].tag_ in ("NN", "NE") and doc[m].text not in _STOPS:
        words.append(doc[m].text)
        m += 1
    return " ".join(words)


def _without_linking_element(body: str) -> str:
    """ "Banden" (of "Bandenmitglied") -> "Bande", "Organisations" -> "Organisation"."""
    if body.endswith("en") and len(body) > 4 and body[-3] in "dlr":
        return body[:-1]
    if body.endswith("s") and body[:-1].endswith(("ung", "ion", "ät", "heit", "keit", "schaft")):
        return body[:-1]
    return body


def _criminal(body: str, lex: dict) -> bool:
    low = body.lower()
    return any(w in low for w in lex["criminal_bodies"])


def _same_stretch(doc: Doc, a: int, b: int) -> bool:
    """No punctuation between the tokens ``a`` and ``b``: the same stretch of a clause."""
    lo, hi = min(a, b), max(a, b)
    return not any(t.text in _STOPS for t in doc[lo + 1 : hi])
