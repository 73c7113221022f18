"""OfficeHolding: "Justizminister X", "der Sprecher des Ministeriums, X", "X war Ministerpräsident"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any, TypeVar

from spacy.tokens import Doc, Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Agent, OfficeHolding
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.inverted_title import inverted_subject_title
from kzgraph.extract.grammar.lexicon import COPULAS, load
from kzgraph.extract.grammar.names import name_at
from kzgraph.extract.grammar.objects import gender_of
from kzgraph.extract.grammar.subject_position import plural_group_before_name

F = TypeVar("F", bound=Any)  # a fact with an ``office``

_PAST = closed_class().words("past_copulas")
_DROP_ENDINGS = ("en", "n", "s", "es")


@lru_cache(maxsize=1)
def _suffix_only() -> re.Pattern[str]:
    sfx = sorted((s.lstrip("^") for s in load("offices")["suffixes"]), key=len, reverse=True)
    return re.compile("(" + "|".join(re.escape(s) for s in sfx) + ")")


# feminine title endings whose masculine drops "in": "Ministerin", "Präsidentin", "Direktorin"
_FEMININE = re.compile(r"(?<=er|nt|or|ef|at|ar|st|ur)in$")


def office_key(office: str) -> str:
    """An office regardless of its holder's gender, for comparing posts: "Innenministerin" and
    "Innenminister", "stellvertretende Vorsitzende" and "stellvertretender Vorsitzender"."""
    words = []
    for w in office.lower().split():
        w = _FEMININE.sub("", w)
        words.append(w[:-1] if w.endswith("ender") else w)
    return " ".join(words)


@lru_cache(maxsize=1)
def _regular_feminine_suffixes() -> tuple[str, ...]:
    """Title suffixes whose feminine adds "in": "minister", "präsident", "chef", not the
    nominalised adjectives ("vorsitzender", listed beside "vorsitzende") nor "staatsanwalt"."""
    suffixes = {s.lstrip("^") for s in load("offices")["suffixes"]}
    regular = re.compile(r"(?:er|nt|ef|är|ur|ar|or)$")
    return tuple(s for s in suffixes if regular.search(s) and s[:-1] not in suffixes)


def office_for_gender(office: str, gender: str | None) -> str:
    """The post's title in its holder's gender. A post copied from someone else keeps their
    gender otherwise: "Innenministerin Faeser tritt zurück. Ihr Amt übernimmt Boris Pistorius"
    makes Pistorius Innenminister. Only the title word changes ("Präsidentin des Robert
    Koch-Instituts"); a title whose feminine is irregular stays as it is."""
    words = office.split()
    k = next((j for j, w in enumerate(words) if w[:1].isupper()), None)
    if k is None or gender not in ("m", "f"):
        return office
    word = words[k]
    if gender == "m" and _FEMININE.search(word):
        words[k] = word[:-2]
    elif gender == "f" and word.lower().endswith(_regular_feminine_suffixes()):
        words[k] = word + "in"
    return " ".join(words)


def in_holder_gender(ctx: ArticleContext, facts: list[F], holder: Callable[[F], Agent]) -> list[F]:
    """Each fact's post named in its new holder's gender (a post taken over or inherited is named
    as its former holder had it: "Nachfolgerin des Ministers")."""
    return [
        replace(f, office=office_for_gender(f.office, gender_of(ctx, holder(f)))) if f.office else f
        for f in facts
    ]


def base_title(word: str) -> tuple[str, bool]:
    """ "Ex-Langzeit-Präsidenten" -> ("Langzeit-Präsident", True): base form and whether former."""
    former = word.lower().startswith("ex-")
    if former:
        word = word[3:]
    low = word.lower()
    last = None
    for m in _suffix_only().finditer(low):
        last = m
    if last is not None:
        ending = low[last.end() :]
        if ending in _DROP_ENDINGS and not low.endswith(("in", "innen")) and not last.group(1).endswith("e"):
            word = word[: last.end()]
        elif ending == "n" and last.group(1).endswith("e"):
            word = word[: last.end()]  # "zur Vorsitzenden", "den Abgeordneten": "Vorsitzende"
    return word, former


def office_label(ctx: ArticleContext, i: int, with_genitive: bool = True) -> tuple[str, bool]:
    doc: Doc = ctx.doc
    title, former = base_title(doc[i].text)
    parts = [title]
    feminine = title.endswith("in")
    j = i - 1
    if j >= 1 and doc[j].lower_ == "und" and doc[j - 1].text.endswith("-"):
        parts.insert(0, f"{doc[j - 1].text} und")  # "Staats- und Parteichef"
        j -= 2
    # a capitalised adjective inside a sentence is part of the title's name: "der Regierende
    # Bürgermeister", "den Technischen Direktor" (nominative: "Technischer Direktor"); a place
    # adjective does not inflect ("der Hamburger Polizeipräsident") and is no part of it
    adj = doc[j] if j >= 0 else None
    named = (
        adj is not None
        and j > 0
        and adj.tag_ == "ADJA"
        and adj.text[:1].isupper()
        and not adj.is_sent_start
        and adj.text.endswith(("e", "en"))
    )
    if adj is not None and (adj.lower_ in ctx.lx.office_adjectives or named):
        stem = (adj.text if named else adj.lower_).rstrip("nrs")
        # "stellvertretende Vorsitzende" like its nominalised title; "Regierender Bürgermeister"
        parts.insert(0, stem if feminine or title.endswith("e") else stem + "r")
        j -= 1
    if j >= 0 and doc[j].lower_ in ctx.lx.former_adjectives:
        former = True
    k = i + 1
    if (
        with_genitive
        and k + 1 < len(doc)
        and doc[k].lower_ in closed_class().words("genitive_articles")
        and ctx.mention_at(k + 1) is None
    ):
        h = k + 1
        while h < len(doc) and doc[h].text[:1].islower() and h < k + 4:
            h += 1  # skip adjectives: "des einflussreichen Sicherheitsrates"
        name_end = h + 1
        if h < len(doc) and doc[h].ent_iob_ == "B":
            # a name of several words: "des Robert Koch-Instituts"
            while name_end < min(len(doc), h + 6) and doc[name_end].ent_iob_ == "I":
                name_end += 1
        if name_end > h + 1:
            parts += [doc[k].lower_, doc[h:name_end].text]
        elif h < len(doc) and doc[h].text[:1].isupper():
            parts += [doc[k].lower_, doc[h].text]
            if doc[h].tag_ == "ADJA" and h + 1 < len(doc) and doc[h + 1].pos_ in ("NOUN", "PROPN"):
                parts.append(doc[h + 1].text)  # a name's capitalised adjective: "des Europäischen Rates"
    return " ".join(parts), former


def title_before(ctx: ArticleContext, k: int) -> str | None:
    """ "hat (den) Finanzminister Max Muster entlassen": the title right before the name is the post
    lost; a former title ("Ex-Minister") is not."""
    doc, lx = ctx.doc, ctx.lx
    described = _apposition_post(ctx, k)
    if described is not None:
        return described
    if doc[k].lower_ in lx.determiners:
        # the mention is the whole phrase "den Innenminister Max Muster": its title is inside,
        # the one nearest the name ("der Kanzler Innenminister X": the subject's title comes first)
        name = next((m.start for m in ctx.mentions_in(doc[k : k + 6]) if m.kind == "name"), k + 4)
        title = max((t.i for t in doc[k:name] if lx.is_title(t.text)), default=None)
    else:
        title = k - 1 if k >= 1 and lx.is_title(doc[k - 1].text) else None
        if title is not None and inverted_subject_title(doc, title):
            title = None  # "entließ der Präsident X": his post, not X's
    if title is None or plural_group_before_name(doc, lx, title):
        return None  # "entließen die Stadträte X": a plural group is no title of the name
    label, former = office_label(ctx, title, with_genitive=False)
    return None if former else label


def title_of(ctx: ArticleContext, span: Span, person: Agent) -> str | None:
    """The post named by the title before ``person``'s first name in ``span`` ("Sportdirektor A
    und Vorstandschef B": "Vorstandschef" for B)."""
    own = next(
        (m for m in ctx.mentions_in(span) if m.kind == "name" and ctx.person_agent(m.person) == person), None
    )
    return title_before(ctx, own.start) if own is not None else None


def _apposition_post(ctx: ArticleContext, k: int) -> str | None:
    """ "den Chef des Auslandsgeheimdienstes, (Generalleutnant) Peter Vermeulen": a name in
    apposition holds the post the phrase before the comma names, with its genitive."""
    doc, lx = ctx.doc, ctx.lx
    if doc[k].lower_ in lx.determiners:
        return None  # "Der Präsident, der Innenminister X entlassen hatte": a relative clause
    s = k
    while s > 0 and lx.is_title(doc[s - 1].text):
        s -= 1  # a rank between the comma and the name
    if s < 2 or doc[s - 1].text != ",":
        return None
    for j in range(s - 2, max(s - 8, 0), -1):
        if doc[j].text in (",", ".", ";", ":"):
            break
        if lx.is_title(doc[j].text) and doc[j - 1].lower_ in lx.determiners:
            label, former = office_label(ctx, j)
            return None if former else label
    return None


def extract_offices(ctx: ArticleContext) -> list[OfficeHolding]:
    out: list[OfficeHolding] = []
    lx = ctx.lx
    for p, rec in enumerate(ctx.persons):
        agent = ctx.person_agent(p)
        for i, role in rec.roles:
            if i < 0 or not lx.is_title(role):
                continue
            label, former = office_label(ctx, i)
            sent = ctx.sentence_of(i)
            out.append(
                OfficeHolding(ctx.evidence(sent, "office.title.name", 0.9), agent, label, former=former)
            )
    # "X war zweimal Ministerpräsident und ... Chef der Präsidialverwaltung"
    for m in ctx.mentions:
        if not m.subject or m.end >= len(ctx.doc) or ctx.doc[m.end].lower_ not in COPULAS:
            continue
        sent = ctx.sentence_of(m.start)
        past = ctx.doc[m.end].lower_ in _PAST or any(t.lower_ == "gewesen" for t in sent)
        k = m.end + 1
        while k < sent.end and ctx.doc[k].text not in {",", ";", ":", "."}:
            tok = ctx.doc[k]
            if (
                lx.is_title(tok.text)
                and name_at(ctx.doc, k + 1, sent.end, lx) == k + 1
                and (
                    ctx.doc[k - 1].lower_
                    not in closed_class().words("oblique_or_role_openers")
                )
            ):
                label, former = office_label(ctx, k)
                out.append(
                    OfficeHolding(
                        ctx.evidence(sent, "office.copula", 0.75),
                        ctx.person_agent(m.person),
                        label,
                        former=former or past,
                    )
                )
            k += 1
    return out
