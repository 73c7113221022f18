"""Dismissals told by a noun: "die Entlassung von X", "nach der Absetzung des Ministers"; and
whom such a noun is about, which the resignations and appointments read too."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, AgentKind, Dismissal
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import COORDINATORS
from kzgraph.extract.grammar.objects import name_after_titles, object_after
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.dismissals.lost import release_cue, released_after_noun
from kzgraph.extract.kinds.offices.extract import office_label, title_of
from kzgraph.extract.posts.apposition import title_after_name
from kzgraph.extract.posts.hierarchy import OWN_POSSESSIVES
from kzgraph.extract.posts.noun_holders import saxon_genitive_holder, titled_possessor

_WORDS = closed_class()
_ORDINAL = re.compile(r"^\d+\.$")  # "1.", "2."
_GENITIVE_ARTICLES = _WORDS.words("genitive_articles")
_CAPACITY = _WORDS.words("capacity_words")  # "als"


def bad_object(ctx: ArticleContext, agent: Agent, start: int, service: str | None = None) -> bool:
    """Layoffs ("500 Mitarbeiter"), cancelled shows, sold goods. A counted group discharged from
    a ``service`` ("die 40 Polizisten wurden aus dem Dienst entlassen") is dismissed, not laid off."""
    bad = events_lexicon()["dismissal"]["not_objects"]
    words = agent.label.lower().split()
    if any(w in bad for w in words) or any(w.endswith(tuple(bad)) for w in words[-1:]):
        return True
    if service is not None and agent.kind == AgentKind.GROUP:
        return False
    prev = ctx.doc[start - 1].text if start > 0 else ""
    # a count ("500 Mitarbeiter"), not an ordinal inside a name after the head ("der Trainer des
    # 1. FC X", "Zwei Trainer der 2. Liga"); a body that opens with one ("1. FC X") is no one
    # dismissed either
    label = agent.label.split()
    counted = any(
        any(c.isdigit() for c in w) and (k == 0 or not _ORDINAL.match(w)) and not _age_at(label, k)
        for k, w in enumerate(label)
    )
    return counted or any(c.isdigit() for c in prev)


def _age_at(words: list[str], k: int) -> bool:
    """ "dem 61 Jahre alten Coach": a number of years before "alt" is an age, no count."""
    years = closed_class().words("jahre_forms")
    return k + 2 < len(words) and words[k + 1] in years and words[k + 2].lower().startswith("alt")


def nominal_dismissals(ctx: ArticleContext, sent: Span) -> list[Dismissal]:
    nouns = set(events_lexicon()["dismissal"]["nouns"])
    if ctx.sentence_words(sent) & set(events_lexicon()["dismissal"]["noun_not_with"]):
        return []  # "die geplante Absetzung von X"
    indefinite = frozenset(events_lexicon()["dismissal"]["noun_not_after"])
    out = []
    for t in sent:
        if t.text not in nouns or released_after_noun(ctx, sent, t.i):
            continue  # "nach der Entlassung von X aus dem Krankenhaus": released
        k = t.i - 1
        while k > sent.start and ctx.doc[k].tag_ == "ADJA":
            k -= 1
        if k >= sent.start and ctx.doc[k].lower_ in indefinite:
            continue  # "schloss eine Entlassung von X aus": considered, not told
        holder = holder_after_noun(ctx, sent, t.i + 1) or _holder_before(ctx, sent, t.i)
        office = None
        if holder is None:
            # "nach seiner Absetzung als Bischof": the possessor, with the post named after "als"
            holder, office = _possessor_in_post(ctx, sent, t.i)
        if holder is not None:
            ev = ctx.evidence(sent, "dismissal.noun", 0.7)
            date = ctx.date_for(sent, t.idx)
            out.extend(
                Dismissal(ev, who, None, office or _title_of_named(ctx, sent, who), date)
                for who in listed_after(ctx, sent, t.i, holder)
            )
    return out


def _holder_before(ctx: ArticleContext, sent: Span, i: int) -> Agent | None:
    """ "Karl Roths Entlassung", "Trainer X klagt gegen seine Entlassung", and in a headline
    "Rauswurf für Trainer X": whom the noun at ``i`` is about when no holder follows it."""
    doc = ctx.doc
    headline = not any(t.tag_.endswith("FIN") for t in sent)
    openers = events_lexicon()["dismissal"]["headline_holder_openers"]
    if headline and i + 1 < sent.end and doc[i + 1].lower_ in openers:
        named = name_after_titles(ctx, i + 2, sent.end)
        return ctx.person_agent(named.person) if named is not None else None
    found = saxon_genitive_holder(ctx, sent, i) or titled_possessor(ctx, sent, i)
    return None if found is None or _release_told_near(ctx, sent) else found


def _release_told_near(ctx: ArticleContext, sent: Span) -> bool:
    """A release cue ("Haft", "Krankenhaus") in this sentence or the one before: "seine
    Entlassung" there is a release told just before, no dismissal."""
    cues = frozenset(events_lexicon()["dismissal"]["release_cues"])
    start = max((s.start for s in ctx.sentences if s.end <= sent.start), default=sent.start)
    return any(release_cue(t.lower_, cues) for t in ctx.doc[start : sent.end])


def _title_of_named(ctx: ArticleContext, sent: Span, who: Agent) -> str | None:
    """ "die Entlassung von Trainer X", "des Ministers X", "von X, dem Chef der Behörde": the post
    named at the holder's name."""
    if not who.is_named:
        return None
    return title_of(ctx, sent, who) or title_after_name(ctx, sent, who)


def listed_after(ctx: ArticleContext, sent: Span, noun: int, holder: Agent) -> list[Agent]:
    """The holder of the event noun at ``noun`` and the persons listed after its name: "der Rücktritt
    von A (SVP) und B (FDP)", "die Absetzung von A und dessen Stellvertreter B und C"; a party in
    brackets, "dessen"/"deren" and titles may stand between them."""
    doc = ctx.doc
    first = next(
        (m for m in ctx.mentions_in(doc[noun + 1 : sent.end]) if ctx.person_agent(m.person) == holder),
        None,
    )
    if first is None or first.kind != "name":
        return [holder]
    out, k = [holder], first.end
    while k < sent.end:
        if doc[k].text == "(":
            close = next((j for j in range(k, min(sent.end, k + 8)) if doc[j].text == ")"), None)
            if close is None:
                break
            k = close + 1
            continue
        if k >= sent.end or doc[k].lower_ not in _LIST_JOINERS:
            break
        j = k + 1
        if j < sent.end and doc[j].lower_ in _WORDS.words("relative_words"):
            j += 1  # "und dessen Stellvertreter B"
        named = name_after_titles(ctx, j, sent.end)
        if named is None:
            break
        who = ctx.person_agent(named.person)
        if who not in out:
            out.append(who)
        k = named.end
    return out


_LIST_JOINERS = COORDINATORS | {","}


def holder_after_noun(ctx: ArticleContext, sent: Span, k: int) -> Agent | None:
    """Whom the event noun before ``k`` is about: "(die Entlassung) von X", "des Ministers",
    "der Regierung", "seines Innenministers X"; a person or group, not staff or goods."""
    doc = ctx.doc
    if k >= sent.end or doc[k].lower_ not in _WORDS.words("holder_openers"):
        return None
    named = ctx.mention_at(k + 1) if doc[k].lower_ == "von" else None
    if named is not None and named.start == k + 1 and named.kind == "name":
        got = ctx.person_agent(named.person), named.start, named.end  # "von X", a preposition
    else:
        # the phrase ends at the next verb: "Nach der Entlassung des Ministers übernahm Y …"
        window = range(k, min(sent.end, k + 8))
        limit = next((j for j in window if doc[j].tag_.endswith("FIN")), sent.end)
        got = object_after(ctx, k + (1 if doc[k].lower_ == "von" else 0), min(limit, k + 8))
    if got is None or got[0].kind not in (AgentKind.PERSON, AgentKind.GROUP):
        return None
    if bad_object(ctx, got[0], got[1]):
        return None
    return _genitive_holder(ctx, got) or got[0]


def _genitive_holder(ctx: ArticleContext, got: tuple[Agent, int, int]) -> Agent | None:
    """ "die Entlassung des Ministers": the person the article gave that title ("Innenminister
    X"), so the retelling merges with the event told before; if nobody has it, the
    description in the nominative ("der Minister"); None when no genitive title."""
    agent, start, end = got
    doc = ctx.doc
    article = doc[start].lower_
    if agent.name is not None or agent.kind != AgentKind.PERSON or article not in _GENITIVE_ARTICLES:
        return None
    head = doc[end - 1].text
    if article == "der":  # feminine singular ("der Ministerin"); "der Minister" is a plural
        title, nominative = (head, "die") if head.endswith("in") else ("", "")
    else:
        title = head[:-2] if head.endswith("es") and ctx.lx.is_title(head[:-2]) else head.removesuffix("s")
        nominative = "der"
    if not title or not ctx.lx.is_title(title):
        return None
    p = ctx.person_with_role(title)
    if p is not None:
        return ctx.person_agent(p)
    words = doc[start + 1 : end - 1].text
    adjectives = " ".join(w.removesuffix("n") for w in words.split()) + " " if words else ""
    return replace(agent, label=f"{nominative} {adjectives}{title}")


def _possessor_in_post(ctx: ArticleContext, sent: Span, i: int) -> tuple[Agent | None, str | None]:
    """ "seiner Entlassung als Trainer": the person the possessive before the noun at ``i`` stands
    for, and the post after "als"; without the post a possessive dismissal noun is often a
    release told before ("nach seiner Entlassung" from prison), and none is read."""
    doc = ctx.doc
    possessives = OWN_POSSESSIVES | frozenset(events_lexicon()["dismissal"]["noun_possessives"])
    if i - 1 < sent.start or doc[i - 1].lower_ not in possessives or i + 2 >= sent.end:
        return None, None
    if doc[i + 1].lower_ not in _CAPACITY or not ctx.lx.is_title(doc[i + 2].text):
        return None, None
    who = forward_possessor(ctx, sent, i - 1) or ctx.resolve_possessive(doc[i - 1])
    if who is None or who.kind != AgentKind.PERSON:
        return None, None
    return who, office_label(ctx, i + 2)[0]


def forward_possessor(ctx: ArticleContext, sent: Span, k: int) -> Agent | None:
    """ "Nach seiner Absetzung als Bischof zog X nach Rom": a possessive at ``k`` in the
    prepositional phrase that opens the sentence points forward to the subject named right after
    the finite verb (of its gender), not back to someone named before."""
    doc = ctx.doc
    if doc[sent.start].lower_ not in ctx.lx.prepositions or ctx.mentions_in(doc[sent.start : k]):
        return None
    finite = next((t.i for t in doc[k + 1 : sent.end] if t.tag_.endswith("FIN")), None)
    if finite is None or any(t.text in (",", ";", ":") for t in doc[k + 1 : finite]):
        return None  # "Nach seiner Absetzung, die …": not the phrase right before the verb
    named = name_after_titles(ctx, finite + 1, sent.end)
    if named is None:
        return None
    gender = _WORDS.possessor_gender(doc[k].lower_)
    own = ctx.persons[named.person].gender
    return ctx.person_agent(named.person) if own is None or gender is None or own == gender else None
