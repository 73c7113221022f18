"""Lists of named persons: "Dieter S. und Alexander J.", "A, B und C". An event told of one
member of such a list is told of each (arrested together, elected together)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.core.interfaces import Mention
from kzgraph.extract.facts import Agent
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import COORDINATORS
from kzgraph.extract.grammar.objects import name_after_titles, persons_of, titled


def coordinated_names(
    ctx: ArticleContext, sent: Span, person: int, through: frozenset[str] = frozenset()
) -> list[int]:
    """The persons of a list the named ``person`` is part of: "Dieter S. und Alexander J.",
    "A, B und C" (in order), else just ``person``.

    Commas alone make no list ("Der Anwalt von A, B, wurde ..." is an apposition): the last member
    follows "und"/"sowie". A list after a preposition ("gegen A und B") is not the arrested,
    unless the caller reads that preposition's phrase (``through``: "die Festnahme von A und B").
    """
    doc = ctx.doc
    names = [m for m in ctx.mentions_in(sent) if m.kind == "name"]
    for m in (x for x in names if x.person == person):
        chain, seps = [m], []
        # each member may carry its own title: "Sportdirektor A und Vorstandschef B"
        while True:
            k = _before_titles(ctx, chain[0].start) - 1
            if k <= sent.start or doc[k].lower_ not in (COORDINATORS | {","}):
                break
            prev = next((x for x in names if x.end == k or _past_brackets(doc, x.end, k) == k), None)
            if prev is None:
                break
            chain.insert(0, prev)
            seps.insert(0, doc[k].lower_)
        while (k := _past_brackets(doc, chain[-1].end, sent.end)) + 1 < sent.end and (
            doc[k].lower_ in (COORDINATORS | {","}) or _als_auch(doc, k)
        ):
            start = k + (len(_PAIR_SECOND) if _als_auch(doc, k) else 1)  # "sowohl A als auch B"
            if doc[k].text == "," and start + 1 < sent.end and doc[start].lower_ in COORDINATORS:
                k = start  # "Der Sprecher, A, und B": the comma closes an apposition, "und" lists
                start += 1
            if start + 1 < sent.end and doc[start].lower_ in ctx.lx.determiners:
                # "… und die Aktivistin B", "… und der frühere Bürgermeister B"
                past = next((j for j in range(start + 1, sent.end) if doc[j].tag_ != "ADJA"), sent.end)
                start = past if past < sent.end and titled(ctx, past) else start
            nxt = name_after_titles(ctx, start, sent.end) or _after_long_title(ctx, start, sent.end)
            if nxt is None:
                break
            if nxt.end + 1 < sent.end and titled(ctx, nxt.end) and doc[nxt.end - 1].text.endswith("s"):
                # "und Bergers Stellvertreter B": the genitive name owns the title, B is listed
                nxt = name_after_titles(ctx, nxt.end, sent.end) or nxt
            chain.append(nxt)
            seps.append(doc[k].lower_)
        while seps and seps[-1] == ",":  # a trailing ", B" is an apposition, no list member
            seps.pop()
            chain.pop()
        if len(chain) < 2 or m not in chain:
            continue
        before = doc[chain[0].start - 1].lower_ if chain[0].start > sent.start else ""
        if before in ctx.lx.prepositions and before not in through:
            continue
        out: list[int] = []
        for x in chain:
            if x.person not in out:
                out.append(x.person)
        return out
    return [person]


_TITLE_PHRASE_TAGS = frozenset({"ART", "ADJA"})
_TITLE_COMPLEMENT = closed_class().words("title_complement_prepositions")  # "der Minister für X B"


def _after_long_title(ctx: ArticleContext, start: int, limit: int) -> Mention | None:
    """ "und der stellvertretende Minister für Verkehr B": a name after an article,
    adjectives and a title with a "für" complement (no other preposition: "der Sprecher von B"
    is not B)."""
    doc = ctx.doc
    k, titles = start, 0
    while k < min(limit, start + 8):
        t = doc[k]
        if titled(ctx, k):
            titles += 1
        elif t.lower_ in _TITLE_COMPLEMENT and titles and k + 1 < limit and doc[k + 1].tag_ == "NN":
            k += 1  # the complement's noun
        elif t.tag_ not in _TITLE_PHRASE_TAGS:
            break
        k += 1
    m = ctx.mention_at(k) if titles and k < limit else None
    return m if m is not None and m.kind == "name" and m.start == k else None


def _past_brackets(doc: Doc, k: int, end: int) -> int:
    """After a bracketed stretch of a few words opening at ``k`` ("A (58) und B", "A (FC Hausen)
    und B": an age or the member's body), else ``k``."""
    if k >= end or doc[k].text != "(":
        return k
    close = next((t.i for t in doc[k + 1 : min(k + 7, end)] if t.text == ")"), None)
    return close + 1 if close is not None else k


_PAIR_SECOND = closed_class().word_list("pair_second_member")  # "als auch"


def _als_auch(doc: Doc, k: int) -> bool:
    """ "als auch" at ``k`` after "sowohl A": the second member of a pair follows."""
    n = len(_PAIR_SECOND)
    return k + n <= len(doc) and tuple(t.lower_ for t in doc[k : k + n]) == _PAIR_SECOND


def _before_titles(ctx: ArticleContext, start: int) -> int:
    """Start of the titles right before a name starting at ``start``, with their article ("die
    Aktivistin B"); ``start`` if none."""
    name = start
    while start > 0 and titled(ctx, start - 1):
        start -= 1
    if start < name and start > 0 and ctx.doc[start - 1].lower_ in ctx.lx.determiners:
        start -= 1
    return start


def listed_agents(
    ctx: ArticleContext, sent: Span, agent: Agent, through: frozenset[str] = frozenset()
) -> list[Agent]:
    """``agent`` and the persons listed with it in ``sent``, in order; just ``agent`` when it is in
    no list (``through``: prepositions whose list is read, see :func:`coordinated_names`)."""
    for p in sorted(persons_of(ctx, agent)):
        names = coordinated_names(ctx, sent, p, through)
        if len(names) > 1:
            return [ctx.person_agent(n) for n in names]
    return [agent]


_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})


def conjunct_subject(ctx: ArticleContext, sent: Span, verb: int) -> Mention | None:
    """The subject a verb right after "und" shares with the conjunct before it ("X wechselt nach Y
    und wird …"): the name opening the sentence as its subject (past articles, adjectives and
    nouns describing it), with a finite verb of its own and no comma before "und"."""
    doc = ctx.doc
    if verb - 1 <= sent.start or doc[verb - 1].lower_ not in COORDINATORS:
        return None
    # the first name (a description before it in the same phrase may be a mention of its own)
    first = next((m for m in ctx.mentions_in(doc[sent.start : verb - 1]) if m.kind == "name"), None)
    if first is None or not first.subject:
        return None
    before = doc[sent.start : first.start]
    # the description may hold the title's place: "Der bisherige Konsul in Y X wechselt …"
    if any(t.tag_ not in ("ART", "ADJA", "NN") and not _title_place(ctx, t.i) for t in before):
        return None
    stretch = doc[first.end : verb - 1]
    if any(t.text in (",", ";", ":") for t in stretch) or not any(t.tag_ in _FINITE for t in stretch):
        return None
    return first


def _title_place(ctx: ArticleContext, k: int) -> bool:
    """The token at ``k`` is "in"/"im" after a title or a place name after such a preposition."""
    doc, lx = ctx.doc, ctx.lx
    places = closed_class().words("title_place_prepositions")
    if doc[k].lower_ in places and k > 0 and lx.is_title(doc[k - 1].text):
        return True
    place = doc[k].tag_ == "NE" and k > 1 and doc[k - 1].lower_ in places
    return place and lx.is_title(doc[k - 2].text)


def gapped_names(ctx: ArticleContext, sent: Span, after: int) -> list[tuple[Mention, int]]:
    """Names of gapped conjuncts after the verb at ``after``: a stretch closing the sentence after a
    comma with no verb of its own, only a name and adjuncts of time or place ("Am 4. Mai übernimmt
    A das Amt in Y, am 8. Mai B in Z"): each shares the verb told before. With where its stretch
    starts (its own date, if any, is there)."""
    doc = ctx.doc
    out: list[tuple[Mention, int]] = []
    commas = [j for j in range(after + 1, sent.end) if doc[j].text == ","]
    if not commas:
        return out
    # "…, B in Y und C in Z": a last gapped conjunct after "und" (a name right after it)
    commas += [
        j
        for j in range(commas[0] + 1, sent.end - 1)
        if doc[j].lower_ in COORDINATORS and (m := ctx.mention_at(j + 1)) is not None and m.start == j + 1
    ]
    commas.sort()
    for c, end in zip(commas, commas[1:] + [sent.end], strict=True):
        end = next((j for j in range(c + 1, end) if doc[j].text in (":", ";")), end)  # "…: Alle drei …"
        stretch = doc[c + 1 : end]
        if not stretch or any(t.tag_.startswith("V") or t.tag_ in ("KOUS", "PRELS", "PWS") for t in stretch):
            continue
        names = [m for m in ctx.mentions_in(stretch) if m.kind == "name"]
        # a name inside a place phrase after the first ("B beim Versorger Y") is none of its own
        names = names[:1] + [
            m
            for m in names[1:]
            if not any(t.lower_ in ctx.lx.prepositions for t in doc[names[0].end : m.start])
        ]
        if len(names) != 1 or not _adjuncts_only(ctx, doc[c + 1 : names[0].start], doc[names[0].end : end]):
            continue
        out.append((names[0], c + 1))
    return out


def _adjuncts_only(ctx: ArticleContext, before: Span, after: Span) -> bool:
    """Before the gapped name a time phrase or nothing ("am 8. Mai"); after it an age, a place
    phrase or nothing ("(46) in Z"), and no title (a post of its own is another construction)."""
    lx = ctx.lx
    if len(before) and (before[0].lower_ not in lx.prepositions or len(before) > 5):
        return False
    if any(lx.is_title(t.text) for t in (*before, *after)):
        return False
    rest = [t for t in after if t.text not in ("(", ")", ".", "!") and not t.like_num]
    return not rest or rest[0].lower_ in lx.prepositions and len(rest) <= 5
