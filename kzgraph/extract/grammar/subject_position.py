"""Whether a mention stands where a subject stands: at the start of its clause (past its own
determiner, title and adjectives), after a kicker ("Israel: Netanjahu feuert …"), in apposition to
the phrase opening the sentence ("Der Präsident der Ukraine, X, hat …"), or right after the finite
verb when nothing before it is a subject (V2 inversion: "So entließ er …")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import Lexicons
from kzgraph.extract.grammar.segments import QUOTES

_JAHRE = closed_class().words("jahre_forms")
_DURATIONS = closed_class().words("duration_nouns")
_HONORIFICS = closed_class().words("academic_honorifics")

if TYPE_CHECKING:
    from kzgraph.extract.core.interfaces import Mention


def clause_break(doc: Doc, a: int, b: int) -> bool:
    """A comma, semicolon, colon or quotation mark in [a, b)."""
    return any(t.text in (",", ";", ":") or t.text in QUOTES for t in doc[a:b])


def subject_apposition(doc: Doc, sent: Span, comma: int, end: int) -> bool:
    """ "Der Präsident der Ukraine, X, hat …": a name between commas (the first at ``comma``, the
    name ending at ``end``) after a determiner phrase that opens the sentence, the second comma
    right before the finite verb, is the subject; an age in brackets may follow the name ("Der
    frühere Kaplan, X (61), wird …")."""
    start = sent.start
    if end + 3 < len(doc) and doc[end].text == "(" and doc[end + 1].like_num and doc[end + 2].text == ")":
        end += 3
    return (
        start < comma
        and doc[comma].text == ","
        and doc[start].lower_ in closed_class().words("subject_articles")
        and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[start:comma])
        and end + 1 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].tag_.endswith("FIN")
    )


def _opens_with_article(doc: Doc, sent: Span, noun: int) -> bool:
    """A nominative article opens the sentence and only adjectives stand between it and ``noun``
    ("Der 45-jährige Physiker"): the noun heads the sentence's first phrase, not a genitive plural
    after another noun."""
    j = noun - 1
    while j > sent.start and (doc[j].pos_ in ("ADJ", "NUM") or doc[j].text.isdigit()):
        j -= 1
    return j == sent.start and doc[j].lower_ in closed_class().words("definite_nominative_articles")


def _subject_phrase_opens(doc: Doc, sent: Span, verb: int) -> bool:
    """The sentence opens with "der/die" + (adjectives) + a noun right before the finite verb at
    ``verb``, with no break: a nominative phrase in the Vorfeld, so the verb's subject is there."""
    if doc[sent.start].lower_ not in closed_class().words("definite_nominative_articles"):
        return False
    j = sent.start + 1
    while j < verb and (doc[j].pos_ in ("ADJ", "NUM") or doc[j].text.isdigit()):
        j += 1
    return j == verb - 1 and doc[j].tag_ == "NN"


def is_subject_position(
    doc: Doc, lx: Lexicons, sent: Span, start: int, end: int, recent: Sequence[Mention]
) -> bool:
    """Whether the mention [start, end) of ``sent`` looks like its clause's subject; ``recent``
    are the mentions found before it (a subject among them makes a later name an object)."""
    k = start - 1
    # walk back over the determiner/title/adjectives of the mention's own phrase
    while k >= sent.start and not (k == start - 1 and plural_group_before_name(doc, lx, k)) and (
        lx.is_role(doc[k].text)
        or doc[k].lower_ in closed_class().words("definite_nominative_articles")
        or (doc[k].text.endswith("s") and doc[k].text[:1].isupper())
        or doc[k].text in QUOTES
        # attributes of the phrase: "der 81 Jahre alte X", "der frühere X"
        or doc[k].pos_ in ("ADJ", "NUM")
        or doc[k].text.isdigit()
        or doc[k].text in _JAHRE
        or doc[k].text in _HONORIFICS  # "Prof. Dr. X ist …"
    ):
        k -= 1
    if _place_of_title(doc, lx, sent, k):
        # "Der bisherige Botschafter in Y X wechselt …": the title's place, then the name
        return is_subject_position(doc, lx, sent, k - 1, end, recent)
    if k < sent.start:
        return True
    prev = doc[k]
    if prev.text == ":" and k > sent.start and doc[k - 1].text[:1].isupper():
        return True  # after a kicker a clause begins: "Israel: Netanjahu feuert Galant"
    if prev.text == ":" and k > sent.start and _finite_after(doc, end, sent.end):
        return True  # a clause after a clause: "Die Umbildung ist vollzogen: X hat Y ernannt"
    if prev.text == "," and subject_apposition(doc, sent, k, end):
        return True
    if prev.lower_ in lx.prepositions or prev.lower_ in lx.determiners or prev.text == ",":
        return False
    if k == sent.start and k == start - 1 and prev.is_alpha and prev.text[:1].isupper():
        return True  # an unlisted title opens the sentence: "Wirtschaftsweise Monika Schnitzer forderte"
    if k == start - 1 and prev.tag_ == "NN" and _opens_with_article(doc, sent, k):
        return True  # an unlisted noun describes the name: "Der (junge) Physiker X löste Y ab"
    # V2 inversion: "So entließ er ...", "sagte Blinken am Freitag"; but when a subject already
    # fills the clause before the verb ("Steinmeier hat Minister X entlassen"), X is an object
    # (an apposition's closing comma is no clause break)
    if prev.tag_.endswith("FIN") and _subject_phrase_opens(doc, sent, k):
        return False  # "Der Präsident entließ Minister X": an unresolved subject fills the Vorfeld
    if any(
        m.subject
        and sent.start <= m.start
        and m.end <= k
        and not clause_break(doc, m.end + subject_apposition(doc, sent, m.start - 1, m.end), k)
        for m in recent
    ):
        return False
    near = k - sent.start <= 8 or _phrase_vorfeld(doc, sent, k)
    return prev.text[:1].islower() and prev.pos_ not in ("ADP", "DET", "ADJ") and near


def plural_group_before_name(doc: Doc, lx: Lexicons, k: int) -> bool:
    """The token ``k`` right before a name is a plural group noun after "die" ("wählten die
    Stadträte X zur Obfrau"): a phrase of its own, not the name's title (titles are singular)."""
    return (
        k > 0
        and doc[k - 1].lower_ in closed_class().words("plural_nominative_articles")
        and doc[k].text[:1].isupper()
        and lx.is_role(doc[k].text)
        and bool(lx.group_re.search(doc[k].lower_))
    )


def _phrase_vorfeld(doc: Doc, sent: Span, k: int) -> bool:
    """A long Vorfeld of adverbial phrases before the sentence's first finite verb at ``k``, with
    no break ("Zwei Wochen nach dem Streit um den Haushalt im Rat trat X zurück"): it opens with
    a preposition, an adverb or a span of time ("Vier Tage"), and holds no verb and no punctuation."""
    first = doc[sent.start]
    span_of_time = first.pos_ == "NUM" and doc[sent.start + 1].text in _DURATIONS
    if not (first.pos_ in ("ADP", "ADV") or span_of_time) or not doc[k].tag_.endswith("FIN"):
        return False
    return not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[sent.start : k])


def _finite_after(doc: Doc, end: int, limit: int) -> bool:
    """A finite verb right after the mention ending at ``end`` (within two words, before any
    punctuation): the mention opens a clause of its own."""
    for t in doc[end : min(limit, end + 3)]:
        if t.is_punct:
            return False
        if t.tag_.endswith("FIN"):
            return True
    return False


_TITLE_PLACE_PREPOSITIONS = closed_class().words("title_place_prepositions")


def _place_of_title(doc: Doc, lx: Lexicons, sent: Span, k: int) -> bool:
    """A place right before a name at ``k`` ("in Peru") after a title ("Konsul in Peru X"): part of
    the name's own phrase."""
    return (
        k - 2 >= sent.start
        and doc[k].tag_ == "NE"
        and doc[k - 1].lower_ in _TITLE_PLACE_PREPOSITIONS
        and lx.is_title(doc[k - 2].text)
    )
