"""Arrests: a named person ("X wurde wegen Hochverrats festgenommen") or a group with its count
("mehr als 4400 Menschen festgenommen", "mehr als 3700 Festnahmen"), its charge and its reporter."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from kzgraph.extract.arrest_people import (
    arresting_noun,
    nominative_number,
    noun_person,
    person_plural,
    single_person,
)
from kzgraph.extract.context import ArticleContext
from kzgraph.extract.events import (
    clause,
    events_lexicon,
    find_triggers,
    hedged,
    negated,
    subject_of,
    verb_object,
)
from kzgraph.extract.facts import Agent, AgentKind, Arrest, Count, Evidence, FactDate

_NUM = r"\d{1,3}(?:\.\d{3})+|\d+"


@lru_cache(maxsize=1)
def _count_re() -> re.Pattern[str]:
    lex = events_lexicon()
    quals = sorted(lex["count"]["qualifiers"], key=len, reverse=True)
    words = sorted(lex["number_words"], key=len, reverse=True)
    # capitalised forms open a sentence ("Zwei Tatverdächtige wurden ..."); the lexicon lists lower case
    quals += [x[:1].upper() + x[1:] for x in quals if x[:1].islower()]
    words += [x[:1].upper() + x[1:] for x in words if x[:1].islower()]
    q = "|".join(re.escape(x) for x in sorted(set(quals), key=len, reverse=True))
    w = "|".join(re.escape(x) for x in sorted(set(words), key=len, reverse=True))
    # "34-jährigen" is an age, not a count
    return re.compile(rf"(?<![\w.])(?:(?P<q>(?:{q})(?:\s+(?:{q}))?)\s+)?(?P<n>{_NUM}|{w})(?![\w.]|-\w)")


def parse_count(text: str) -> Count | None:
    """ "mehr als 4400" -> Count(4400, qualifier="mehr als"); number words too."""
    m = _count_re().search(text)
    if not m:
        return None
    return _count(m)


def _count(m: re.Match[str]) -> Count | None:
    lex = events_lexicon()
    raw = m["n"]
    words = lex["number_words"]
    value = int(raw.replace(".", "")) if raw[0].isdigit() else words.get(raw, words.get(raw.lower()))
    if value is None:
        return None
    qual = m["q"]
    if qual:
        qual = qual[:1].lower() + qual[1:]  # "Mehr als" opening a sentence
        kept = [w for w in re.split(r"\s+(?=\S)", qual) if w not in lex["count"]["not_qualifiers"]]
        qual = " ".join(kept) if kept else None
        qual = None if qual in lex["count"]["not_qualifiers"] else qual
        if qual and qual.startswith("insgesamt "):
            qual = qual[len("insgesamt ") :]
    return Count(value=value, text=m[0].strip(), qualifier=qual or None)


def _group_count(
    sent: Span, near: int, active: bool = False, police: bool = True
) -> tuple[Count, str] | None:
    """The count of people closest before/after char offset ``near`` with a person noun head.

    With an ``active`` verb a count opening the sentence, or one of police or soldiers, is the
    subject that makes the arrest ("Zwei Beamte nahmen drei Männer fest"), not the arrested;
    without ``police`` police and soldiers are never counted ("Bei der Festnahme wurden zwei
    Polizisten verletzt").
    """
    text = sent.text
    best = None
    for m in _count_re().finditer(text):
        rest = text[m.end() :].split()
        rest = [w.strip(",.;:") for w in rest[:2]]
        head = next((p for p in map(person_plural, rest) if p is not None), None)
        if head is None:
            continue
        if active and m.start() == 0 or (active or not police) and any(arresting_noun(w) for w in rest):
            continue
        c = _count(m)
        if c is None or c.value < 2 and not m["n"][0].isdigit():
            continue
        dist = abs(sent.start_char + m.start() - near)
        if best is None or dist < best[0]:
            best = (dist, c, head)
    return (best[1], best[2]) if best else None


# "Den Beschuldigten wird die Mitgliedschaft in einer terroristischen Vereinigung vorgeworfen":
# the charge is the subject of the passive "wird … vorgeworfen" (article dropped).
_PASSIVE_CHARGE = re.compile(
    r"\b(?:wird|werden|wurde|wurden)\s+(?:(?:unter anderem|u\. a\.|zudem|auch)\s+)?"
    r"(?:(?:der|die|das|den|dem|des|eine|ein|einer)\s+)?(\w[^,;:.]{2,80}?)\s+vorgeworfen\b"
)


def _charge(ctx: ArticleContext, sent: Span) -> str | None:
    lex = events_lexicon()["charges"]
    text = sent.text
    passive = _PASSIVE_CHARGE.search(text)
    if passive and any(w[:1].isupper() for w in passive[1].split()):
        if passive[1].split()[-1].lower() not in lex["not_charges"]:
            return passive[1]
    for cue in sorted(lex["cues"], key=len, reverse=True):
        k = text.find(cue)
        if k < 0:
            continue
        words = text[k + len(cue) :].split()
        words = [w for w in words if w not in ("des", "der", "den", "dem")][:3]
        noun = next((w.strip(".,;:") for w in words if w[:1].isupper()), None)
        if not noun or noun.lower() in lex["not_charges"] or noun in ("Verdachts", "Vorwurfs"):
            continue
        return _base(noun)
    return None


def _charge_after(ctx: ArticleContext, following: list[Span]) -> str | None:
    """The charge stated in one of the next sentences ("Ihm wird Hochverrat vorgeworfen"),
    up to the next arrest report, which would carry its own."""
    for sent in following:
        if find_triggers(ctx, sent, "arrest"):
            return None
        if "Vorwurf" in sent.text or "vorgeworfen" in sent.text:
            return _charge(ctx, sent)
    return None


def _base(noun: str) -> str:
    if noun.endswith(("ismus", "nis", "us")):
        return noun
    if noun.endswith("es") and len(noun) > 6 and noun[-3] not in "aeiou":
        return noun[:-2]
    if noun.endswith("s") and noun[-2] not in "aeiou":
        return noun[:-1]
    return noun


def _reporter(ctx: ArticleContext, sent: Span) -> Agent | None:
    doc = ctx.doc
    verbs = set(events_lexicon()["report_verbs"])
    for t in sent:
        if t.lower_ in verbs and t.i + 1 < sent.end:
            m = ctx.mention_at(t.i + 1)
            if m is not None:
                return ctx.person_agent(m.person)
            from kzgraph.extract.agents import np_end

            e = np_end(ctx, t.i + 1, sent.end)
            if e > t.i + 1:
                ag = ctx.agent_for(doc[t.i + 1 : e])
                if ag is not None and ag.kind in (AgentKind.ORGANIZATION, AgentKind.GROUP, AgentKind.PERSON):
                    return ag
        if t.lower_ == "behördenangaben":
            return Agent(AgentKind.ORGANIZATION, label="Behörden")
        if t.lower_ == "wie" and (t.i == sent.start or doc[t.i - 1].text == ","):
            found = _wie_reporter(ctx, sent, t.i, verbs)
            if found is not None:
                return found
    return None


def _wie_reporter(ctx: ArticleContext, sent: Span, i: int, verbs: set[str]) -> Agent | None:
    """ "…, wie Justizminister X sagte" / "Wie die Polizei mitteilte, …": the reporter."""
    from kzgraph.extract.agents import np_end

    doc = ctx.doc
    end = next((t.i for t in doc[i + 1 : sent.end] if t.text in (",", ".", ";", ":")), sent.end)
    if not any(t.lower_.endswith(tuple(verbs)) for t in doc[i + 2 : end]):
        return None
    m = ctx.mention_at(i + 1)
    if m is not None:
        return ctx.person_agent(m.person)
    e = np_end(ctx, i + 1, end)
    ag = ctx.agent_for(doc[i + 1 : e]) if e > i + 1 else None
    return (
        ag
        if ag is not None and ag.kind in (AgentKind.ORGANIZATION, AgentKind.GROUP, AgentKind.PERSON)
        else None
    )


def _not_arrest(sent: Span) -> bool:
    cues = events_lexicon()["arrest"]["not_arrest_cues"]
    low = sent.text.lower()
    # a cue starts a word: "droht" is a threat of arrest, "bedroht" is not
    return any(re.search(r"(?<!\w)" + re.escape(c), low) for c in cues)


def _group_arrest(
    evidence: Evidence,
    group: tuple[Count, str],
    charge: str | None,
    reporter: Agent | None,
    date: FactDate | None,
) -> Arrest:
    """A collective arrest: the group is labelled by its count and noun ("mehr als 4400 Menschen")."""
    count, noun = group
    group_agent = Agent(AgentKind.GROUP, label=f"{nominative_number(count.text)} {noun}")
    return Arrest(evidence, group_agent, count, charge, reporter, date)


def extract_arrests(ctx: ArticleContext) -> list[Arrest]:
    out: list[Arrest] = []
    nouns = set(events_lexicon()["arrest"]["nouns"])
    sents = ctx.sentences
    for s_idx, sent in enumerate(sents):
        trigs = find_triggers(ctx, sent, "arrest")
        noun_hits = [t for t in sent if t.text in nouns]
        if not trigs and not noun_hits:
            continue
        if hedged(sent) or _not_arrest(sent):
            continue
        nxt = sents[s_idx + 1] if s_idx + 1 < len(sents) else None
        charge = _charge(ctx, sent) or _charge_after(ctx, sents[s_idx + 1 : s_idx + 3])
        reporter = _reporter(ctx, sent) or (
            _reporter(ctx, nxt) if nxt is not None and nxt[0].lower_ == "das" else None
        )
        for trig in trigs:
            if negated(sent, trig.i):
                continue
            tok = ctx.doc[trig.i]
            date = ctx.date_for(sent, tok.idx)
            group = _group_count(sent, tok.idx, active=not trig.passive)
            if group is not None:
                out.append(
                    _group_arrest(
                        ctx.evidence(sent, "arrest.group.count", 0.85), group, charge, reporter, date
                    )
                )
                continue
            if trig.passive:
                who = subject_of(ctx, sent, trig.i)
            else:
                subj = subject_of(ctx, sent, trig.i)
                # before the verb, past the subject phrase: "Die Polizei hat den 34-jährigen X festgenommen"
                got = verb_object(ctx, sent.start, sent.end, trig.i, subj)
                who = got[0] if got else None
            if who is not None and who.kind == AgentKind.PERSON and who.is_named:
                out.append(
                    Arrest(ctx.evidence(sent, "arrest.person", 0.85), who, None, charge, reporter, date)
                )
                continue
            # no name: "Die Polizei hat einen 34-jährigen Mann festgenommen"
            single = single_person(ctx, sent, trig.passive, clause(ctx, sent, trig.i))
            if single is not None and not any(
                a.evidence.start == sent.start_char and a.arrested == single[0] for a in out
            ):
                ev = ctx.evidence(sent, "arrest.person.unnamed", 0.75)
                out.append(Arrest(ev, single[0], single[1], charge, reporter, date))
        if not trigs:
            for t in noun_hits:
                if negated(sent, t.i):
                    continue
                group = _group_count(sent, t.idx, police=False)
                one = noun_person(ctx, sent, t.i) if group is None else None
                if one is not None:
                    # "die Festnahme eines 34-Jährigen": one unnamed person
                    ev = ctx.evidence(sent, "arrest.noun.person", 0.7)
                    date = ctx.date_for(sent, t.idx)
                    out.append(Arrest(ev, one[0], one[1], charge, reporter, date))
                    break
                if group is None:
                    # "Die Zahl der Festnahmen wurde mit ungefähr 10.000 angegeben"
                    m = _count_re().search(sent.text, t.idx - sent.start_char)
                    c = _count(m) if m else None
                    if c is None or c.value < 2:
                        continue
                    group = (c, "Festnahmen")
                out.append(
                    _group_arrest(
                        ctx.evidence(sent, "arrest.noun.count", 0.8),
                        group,
                        charge,
                        reporter,
                        ctx.date_for(sent, t.idx),
                    )
                )
                break
    return _merge_persons(out)


def _merge_persons(facts: list[Arrest]) -> list[Arrest]:
    """One arrest per named person and article: later mentions fill in charge and reporter."""
    out: list[Arrest] = []
    seen: dict[str, int] = {}
    for f in facts:
        key = f.arrested.name if f.arrested is not None and f.arrested.is_named else None
        if key is None or key not in seen:
            if key is not None:
                seen[key] = len(out)
            out.append(f)
            continue
        k = seen[key]
        old = out[k]
        out[k] = Arrest(
            old.evidence,
            old.arrested,
            old.count,
            old.charge or f.charge,
            old.reported_by or f.reported_by,
            old.date or f.date,
        )
    return out
