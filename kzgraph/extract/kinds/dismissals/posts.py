"""The post a dismissal or succession names: "den Vorsitz in dem Gremium", "seines Amtes", "das
Amt von X" (X held it before). Shared with the appointments and replacements."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent
from kzgraph.extract.grammar.agents import np_end
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.posts.hierarchy import POSSESSIVE_DETERMINERS

_WORDS = closed_class()
_TIME_NOUNS = _WORDS.words("time_adjunct_nouns") | frozenset(_WORDS.calendar.months)
_VON = _WORDS.words("von_forms")
_GENITIVE_ARTICLES = _WORDS.words("genitive_articles")


def office_np(ctx: ArticleContext, sent: Span, duties: bool = False) -> tuple[str, int] | None:
    """An office noun phrase in the sentence ("den Vorsitz in dem Gremium") and its start; with
    ``duties`` also the duties of one ("von seinen Aufgaben")."""
    found = _office_span(ctx, sent, duties)
    return (ctx.doc[found[0] : found[1]].text, found[0]) if found is not None else None


def office_taken_from(ctx: ArticleContext, sent: Span) -> Agent | None:
    """The person named as the office's previous holder: "übernahm das Amt (des Ministers) von X",
    or its possessor: "Sein Amt übernimmt X" (the person "sein" stands for)."""
    found = _office_span(ctx, sent, False, compounds=True)
    if found is None:
        return None
    before = ctx.doc[found[0] - 1] if found[0] > sent.start else None
    if before is not None and before.lower_ in POSSESSIVE_DETERMINERS:
        return ctx.resolve_possessive(before)
    owner = ctx.mention_at(found[0] - 1) if before is not None else None
    if owner is not None and owner.kind == "name" and before.text.endswith("s") and before.text[:1].isupper():
        return ctx.person_agent(owner.person)  # "übernimmt Rorsteds Posten": the Saxon genitive
    return previous_holder(ctx, found[1] - 1) or _holder_elsewhere(ctx, sent, found[0])


def _holder_elsewhere(ctx: ArticleContext, sent: Span, office: int) -> Agent | None:
    """ "Den Vorsitz übernahm im April X von Y", "X übernahm von Y den Vorsitz": a von-phrase of
    the office noun's clause apart from the noun, after a name, an adverb, a verb or a time word
    (not "der Verein von Y", which names whose it is)."""
    cl = clause(ctx, sent, office)
    doc = ctx.doc
    for t in cl:
        if t.lower_ not in _VON or t.i <= cl.start or t.i == office + 1:
            continue
        prev = doc[t.i - 1]
        mention = ctx.mention_at(t.i - 1)
        if prev.tag_ == "NN" and not _time_phrase(doc[t.i - 1 : t.i]) and mention is None:
            continue
        found = previous_holder(ctx, t.i - 1)
        if found is not None:
            return found
    return None


def _time_phrase(words: Span) -> bool:
    """ "im Jahr 2010", "im Herbst", "in 2015": a time adjunct after an office noun, not its complement."""
    return any(w.text in _TIME_NOUNS or w.tag_ == "CARD" for w in words)


@cache
def _post_nouns(duties: bool) -> frozenset[str]:
    """The office nouns ("Amt", "Vorsitz" …), with ``duties`` also the duty nouns ("Aufgaben")."""
    lex = events_lexicon()["dismissal"]
    return frozenset(lex["office_nouns"]) | (frozenset(lex["duty_nouns"]) if duties else frozenset())


# compounds of these office nouns name an office too ("Gesundheitsressort", "Parteivorsitz",
# "Trainerposten"); not "-amt" ("Finanzamt" is an authority) nor "-führung" ("Tabellenführung")
_COMPOUND_POSTS = ("ressort", "vorsitz", "mandat", "posten", "präsidentschaft")


def _office_span(
    ctx: ArticleContext, sent: Span, duties: bool, compounds: bool = False
) -> tuple[int, int] | None:
    nouns = _post_nouns(duties)
    doc = ctx.doc
    for t in sent:
        if t.text in nouns or compounds and t.tag_ == "NN" and t.text.lower().endswith(_COMPOUND_POSTS):
            end = t.i + 1
            # "das Amt von X": X held it; the post is "Amt"
            if (
                previous_holder(ctx, t.i) is None
                and end + 2 < sent.end
                and doc[end].lower_ in _WORDS.words("office_complement_openers")
                and not _time_phrase(doc[end + 1 : end + 3])
            ):
                e = np_end(ctx, end + 1, sent.end)
                if e > end + 1:
                    end = e
            return t.i, end
    return None


def previous_holder(ctx: ArticleContext, k: int) -> Agent | None:
    """ "das Amt von X", "den Posten von X": the named person after "von" that held the office noun
    at ``k``."""
    doc = ctx.doc
    j = k + 1
    # past adverbs and a time phrase: "die Funktion damals von X", "den Vorsitz im Jahr 2010 von X"
    while j < min(len(doc), k + 5) and (
        doc[j].tag_ in ("ADV", "CARD")
        or _time_phrase(doc[j : j + 1])
        or doc[j].lower_ in _WORDS.words("in_forms")
        and _time_phrase(doc[j + 1 : j + 3])
    ):
        j += 1
    if j + 1 < len(doc) and j == k + 1 and doc[j].lower_ in _GENITIVE_ARTICLES:
        return _genitive_holder(ctx, j + 1, k)  # "den Posten des scheidenden X"
    if j + 1 >= len(doc) or doc[j].lower_ not in _VON:
        return None
    j += 1
    # "vom früheren Stadtrat X": past the article, adjectives and title of the previous holder
    while (
        j < min(len(doc), k + 10)
        and ctx.mention_at(j) is None
        and (doc[j].tag_ in ("ART", "ADJA") or ctx.lx.is_title(doc[j].text))
    ):
        j += 1
    m = ctx.mention_at(j) if j < len(doc) else None
    return ctx.person_agent(m.person) if m is not None and m.kind == "name" and m.start == j else None


def office_phrase(ctx: ArticleContext, k: int) -> bool:
    """ "(von) seinem Amt / ihren Aufgaben", "(vom) Dienst": a post, duty or service noun, alone or
    after a possessive; the post left, never who dismissed."""
    doc = ctx.doc
    posts = _post_nouns(True) | frozenset(events_lexicon()["dismissal"]["service_nouns"])
    if k < len(doc) and doc[k].text in posts:
        return True
    return k + 1 < len(doc) and doc[k].lower_ in POSSESSIVE_DETERMINERS and doc[k + 1].text in posts


def _genitive_holder(ctx: ArticleContext, j: int, k: int) -> Agent | None:
    """The named person of a genitive after the office noun at ``k``, past adjectives and a title
    ("den Posten des scheidenden X", "das Amt der verstorbenen Bürgermeisterin X"); "das Amt des
    Innenministers" names a post, no holder."""
    doc = ctx.doc
    while (
        j < min(len(doc), k + 8)
        and ctx.mention_at(j) is None
        and (doc[j].tag_ == "ADJA" or ctx.lx.is_title(doc[j].text))
    ):
        j += 1
    m = ctx.mention_at(j) if j < len(doc) else None
    return ctx.person_agent(m.person) if m is not None and m.kind == "name" and m.start == j else None
