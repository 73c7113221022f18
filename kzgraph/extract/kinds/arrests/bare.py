"""A participant without an article right before an arrest participle: "Einbrecher festgenommen"
(a headline), "wurden in Linz Hehler gefasst" (a group nobody counted)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.lexicon import COORDINATORS
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon
from kzgraph.extract.kinds.arrests.person_nouns import listed_person_noun, open_person_noun, person_plural

_PHRASE_BOUNDARY_TAGS = frozenset({"$(", "$,", "$.", "KON", "VAFIN", "VMFIN", "VVFIN", "ADV", "NE", "NN"})


def bare_participant(ctx: ArticleContext, sent: Span, verb: int) -> Agent | None:
    """A noun without an article right before an arrest participle: "Einbrecher festgenommen" (a
    headline), "wurden in Linz Hehler gefasst", "und mutmaßliche Wilderer festgenommen" (a group
    nobody counted). Any noun but a thing; not a name, a source ("Berichten zufolge") or the noun
    of a prepositional phrase."""
    doc = ctx.doc
    k = verb - 1
    while k > sent.start and doc[k].tag_ in ("ADV", "ADJD"):
        k -= 1  # "Hehler sofort gefasst"
    while (before_place := _before_place(ctx, sent, k)) != k:
        k = before_place  # "Mörder in Spanien gefasst", "Dieb am Bahnhof in Gewahrsam genommen"
    head = doc[k]
    if k < sent.start or head.tag_ != "NN" or ctx.mention_at(k) is not None:
        return None
    if not open_person_noun(head.text) or head.text in events_lexicon()["vague_numbers"]:
        return None  # "Tausende": a quantity, read (or left) by vague_group with its clause
    start = k
    while start - 1 >= sent.start and doc[start - 1].tag_ == "ADJA":
        start -= 1
    before = doc[start - 1] if start > sent.start else None
    if before is not None:
        if before.tag_ not in _PHRASE_BOUNDARY_TAGS or before.lower_ in ctx.lx.prepositions:
            return None
        if before.tag_ in ("NN", "NE") and not _closes_prepositional_phrase(ctx, sent, start - 1):
            return None  # "der Bruder des Mannes Hehler": no bare phrase
    words = doc[start : k + 1]
    plural = person_plural(head.text) is not None or any(w.text.endswith("e") for w in words[:-1])
    kind = AgentKind.GROUP if plural else AgentKind.PERSON
    return Agent(kind, label=words.text)


def bare_object(
    ctx: ArticleContext, sent: Span, verb: int, listed_only: bool, tails: tuple[str, ...] = ()
) -> Agent | None:
    """A noun without an article right after an active arrest verb, closed by its particle or the
    clause: "Polizei nimmt Familienvater fest", "Fahnder schnappen Drogenkurier" (headline style),
    past an adverb ("nimmt Einbrecher vorläufig fest") or before the verb's own phrase (``tails``:
    "nimmt Einbrecher in Gewahrsam"). Any noun but a thing (``listed_only``: a person noun of
    the lexicon); not a name."""
    doc = ctx.doc
    k = verb + 1
    while k < sent.end and doc[k].tag_ == "ADJA":
        k += 1
    if k >= sent.end or doc[k].tag_ != "NN":
        return None
    if ctx.mention_at(k) is not None or not open_person_noun(doc[k].text):
        return None
    if listed_only and not listed_person_noun(doc[k].text):
        return None
    if not _closed_after(sent, k + 1, tails):
        return None
    words = doc[verb + 1 : k + 1]
    plural = person_plural(doc[k].text) is not None or any(w.text.endswith("e") for w in words[:-1])
    return Agent(AgentKind.GROUP if plural else AgentKind.PERSON, label=words.text)


_CLOSING = (".", ",", ";", ":", "!", "?")


def _closed_after(sent: Span, k: int, tails: tuple[str, ...]) -> bool:
    """The clause ends at token ``k``, past adverbs, with the verb's particle or with one of its
    phrase's tails ("in Gewahrsam", "hinter Gitter")."""
    doc = sent.doc
    while k < sent.end and doc[k].tag_ in ("ADV", "ADJD") and doc[k].lower_ not in ("dingfest",):
        k += 1
    if k >= sent.end or doc[k].tag_ == "PTKVZ" or doc[k].text in _CLOSING or _next_clause(doc, k, sent.end):
        return True
    if doc[k].lower_ in events_lexicon()["arrest"]["headline_adjunct_prepositions"] and _headline(sent):
        return True  # "Zoll fasst Schmuggler bei Kontrolle": a time or place follows
    for tail in tails:
        n = len(tail.split())
        if doc[k : k + n].text.lower() == tail.lower():
            j = k + n
            return j >= sent.end or doc[j].text in _CLOSING or _next_clause(doc, j, sent.end)
    return False


def _headline(sent: Span) -> bool:
    """A line without closing punctuation."""
    return sent[-1].text not in (".", "!", "?", ":", ";")


def _next_clause(doc: Doc, k: int, end: int) -> bool:
    """ "und" + a finite verb at ``k``: a second clause opens ("Polizei fasst Dieb und findet Beute")."""
    return k + 1 < end and doc[k].lower_ in COORDINATORS and doc[k + 1].tag_.endswith("FIN")


def _closes_prepositional_phrase(ctx: ArticleContext, sent: Span, k: int) -> bool:
    """Token ``k`` is the noun of a short prepositional phrase ("in Linz", "am Abend")."""
    doc = ctx.doc
    for j in range(k - 1, max(sent.start - 1, k - 4), -1):
        if doc[j].lower_ in ctx.lx.prepositions:
            return True
        if doc[j].tag_ not in ("ART", "ADJA", "NN", "NE", "CARD"):
            return False
    return False


def _before_place(ctx: ArticleContext, sent: Span, k: int) -> int:
    """The token before a short prepositional phrase that ends at ``k`` ("in Kiel", "am
    Flughafen", "von Bremen"), or ``k`` itself."""
    doc = ctx.doc
    if doc[k].tag_ not in ("NE", "NN") or not _closes_prepositional_phrase(ctx, sent, k):
        return k
    j = next(j for j in range(k - 1, sent.start - 1, -1) if doc[j].lower_ in ctx.lx.prepositions)
    while j - 1 > sent.start and doc[j - 1].tag_ in ("ADV", "ADJD"):
        j -= 1  # "Einbrecher noch im Keller gefasst"
    return j - 1 if j - 1 >= sent.start and doc[j - 1].tag_ in ("NN", "NE") else k


def bare_object_of(ctx: ArticleContext, sent: Span, trig: Trigger, any_noun: bool) -> Agent | None:
    """A headline's object without an article, closed by the verb's particle or phrase words
    ("in Gewahrsam", "dingfest")."""
    return bare_object(ctx, sent, trig.i, not any_noun, tuple((trig.spec or {}).get("tail") or ()))


def bare_before_group(ctx: ArticleContext, sent: Span, any_noun: bool) -> Agent | None:
    """A bare noun opening a headline's phrase, joined by "und" to the group arrested ("Reporterin
    und dutzende Oppositionelle festgenommen"): one more person arrested with them."""
    doc = ctx.doc
    lex = events_lexicon()
    words = [*lex["vague_numbers"], *lex["count"]["vague_quantifiers"], *lex["number_words"]]
    quantities = {w.lower() for w in words}
    for t in sent[2:]:
        if doc[t.i - 1].lower_ not in COORDINATORS or not (t.tag_ == "CARD" or t.lower_ in quantities):
            continue
        k = t.i - 2
        start = k
        while start > sent.start and doc[start - 1].tag_ == "ADJA":
            start -= 1
        opens = start == sent.start or doc[start - 1].tag_ in ("$(", "$,", "$.")
        head = doc[k]
        if not opens or head.tag_ != "NN" or ctx.mention_at(k) is not None or not open_person_noun(head.text):
            return None
        if not any_noun and not listed_person_noun(head.text):
            return None
        return Agent(AgentKind.PERSON, label=doc[start : k + 1].text)
    return None
