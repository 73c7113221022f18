"""A counted subject whose members a "mit"-phrase lists: "als mit A, B und C drei Trainer entlassen
wurden", "Entlassen wurden mit A und B zwei Minister". The count names the office, the list the
persons: each listed person is dismissed."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent
from kzgraph.extract.grammar.coordination import coordinated_names
from kzgraph.extract.grammar.lexicon import COORDINATORS
from kzgraph.extract.grammar.objects import name_after_titles
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.offices.extract import office_label

_NOUN_TAGS = frozenset({"NN", "NE"})


def counted_members(ctx: ArticleContext, sent: Span, i: int) -> tuple[list[Agent], str | None]:
    """The persons a "mit"-list names before a counted title ("drei Trainer") in the sentence up
    to the verb at ``i`` (the list's commas make no clauses); none when the "mit"-phrase belongs to
    a noun ("nach einem Streit mit A") or no count of a title follows in the same clause. With
    the counted title in the singular ("Trainer"), the post each lost.)"""
    doc = ctx.doc
    cl = doc[sent.start : i if i > sent.start else sent.end]  # "Entlassen wurden mit A und B …"
    for t in cl:
        if t.lower_ not in events_lexicon()["dismissal"]["member_list_prepositions"]:
            continue
        if t.i > sent.start and doc[t.i - 1].tag_ in _NOUN_TAGS:
            continue  # "ein Streit mit A": the phrase belongs to the noun
        first = name_after_titles(ctx, t.i + 1, cl.end)
        if first is None or first.start != t.i + 1:
            continue
        persons = coordinated_names(ctx, sent, first.person, through=frozenset({t.lower_}))
        last = max(m.end for m in ctx.mentions_in(cl) if m.kind == "name" and m.person in persons)
        title = _count_of_title_after(ctx, last, cl.end, len(persons)) if len(persons) > 1 else None
        if title is None:
            continue
        return [ctx.person_agent(p) for p in persons], title
    return [], None


def _count_of_title_after(ctx: ArticleContext, start: int, end: int, n: int) -> str | None:
    """A number, then a title ("drei Trainer", "zwei Minister"), in [start, end) counting ``n``:
    the title's office label."""
    doc = ctx.doc
    for t in doc[start:end]:
        if t.text == "," or t.tag_ == "VVFIN":
            return None  # "…, bevor zwei Minister": the count is another clause's
        if t.tag_ != "CARD" or t.i + 1 >= end:
            continue
        head = t.i + 1
        while head < end and doc[head].tag_ == "ADJA":
            head += 1
        if head < end and ctx.lx.is_title(doc[head].text) and _number(t.lower_) in (n, None):
            return office_label(ctx, head)[0]
    return None


def _number(word: str) -> int | None:
    """The value of a number written in figures or as a word of the lexicon ("drei")."""
    return int(word) if word.isdigit() else events_lexicon()["number_words"].get(word)


_LIST_MARKS = frozenset({"–", "-", "—", ":"})
_LIST_JOINS = COORDINATORS | {","}


def marked_members(ctx: ArticleContext, sent: Span, i: int) -> list[Agent]:
    """The persons listed after a dash or colon that follows the verb at ``i`` and its unnamed
    object ("entließ zwei Minister: A und B", "entließ die Leiter zweier Behörden – A von der
    Leitung der einen und B von der der anderen"): the name right after the mark and each name
    after a comma or "und" (past its titles) up to the next finite verb."""
    doc = ctx.doc
    mark = next((t.i for t in doc[i + 1 : sent.end] if t.text in _LIST_MARKS), None)
    if mark is None or any(t.tag_.endswith("FIN") for t in doc[i + 1 : mark]):
        return []
    first = name_after_titles(ctx, mark + 1, sent.end)
    if first is None or first.start > mark + 3:
        return []
    out = [first.person]
    for t in doc[first.end : sent.end]:
        if t.tag_.endswith("FIN"):
            break
        if t.text not in _LIST_JOINS:
            continue
        named = name_after_titles(ctx, t.i + 1, sent.end)
        if named is not None and named.start <= t.i + 3 and named.person not in out:
            out.append(named.person)
    return [ctx.person_agent(p) for p in out]


def counted_marked_members(ctx: ArticleContext, sent: Span, i: int) -> tuple[list[Agent], str | None]:
    """ "entließ zwei Minister: A und B": a bare count of a title between the verb at ``i`` and the
    mark (the count is no object of its own), the persons listed after it and the title."""
    doc = ctx.doc
    mark = next((t.i for t in doc[i + 1 : sent.end] if t.text in _LIST_MARKS), None)
    members = marked_members(ctx, sent, i) if mark is not None else []
    title = _count_of_title_after(ctx, i + 1, mark, len(members)) if members and mark is not None else None
    return (members, title) if title is not None else ([], None)


def headline_members(ctx: ArticleContext, sent: Span, i: int) -> tuple[list[Agent], str | None]:
    """ "A, B und C: Alle drei Coaches mussten gehen": a list of names opening the sentence, a
    colon, then a count of a title as the subject of the verb at ``i`` that counts the list."""
    doc = ctx.doc
    colon = next((t.i for t in doc[sent.start : i] if t.text == ":"), None)
    first = ctx.mention_at(sent.start)
    if colon is None or first is None or first.kind != "name" or first.start != sent.start:
        return [], None
    if any(t.tag_.endswith("FIN") for t in doc[sent.start : colon]):
        return [], None
    persons = coordinated_names(ctx, sent, first.person)
    names = [m for m in ctx.mentions_in(doc[sent.start : colon]) if m.kind == "name" and m.person in persons]
    if len(persons) < 2 or max(m.end for m in names) != colon:
        return [], None
    title = _count_of_title_after(ctx, colon + 1, i, len(persons))
    return ([ctx.person_agent(p) for p in persons], title) if title is not None else ([], None)


def one_of_those(ctx: ArticleContext, sent: Span, i: int) -> Agent | None:
    """ "X ist einer von vier Coaches, die abgesetzt wurden", "X war eine der Ministerinnen, die
    abgesetzt wurden": the named subject of a copula with "einer von / der" is one of the plural
    antecedent of the relative clause whose passive verb is at ``i``."""
    doc = ctx.doc
    lex = events_lexicon()["dismissal"]
    first = ctx.mention_at(sent.start)
    if first is None or first.kind != "name" or first.start != sent.start or first.end + 3 >= i:
        return None
    copula, one, link = (doc[first.end + k] for k in range(3))
    if copula.lower_ not in lex["one_of_copulas"] or one.lower_ not in lex["one_of_pronouns"]:
        return None
    if link.lower_ not in lex["one_of_links"]:
        return None
    comma = next((t.i for t in doc[link.i : i] if t.text == ","), None)
    if comma is None or comma + 1 >= i or doc[comma + 1].tag_ != "PRELS":
        return None  # the relative clause opens right after the plural phrase
    if any(t.tag_.endswith("FIN") for t in doc[link.i : comma]):
        return None
    return ctx.person_agent(first.person)
