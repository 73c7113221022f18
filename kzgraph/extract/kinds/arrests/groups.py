"""Groups in arrest reports: counts ("mehr als 4400 Menschen", "zwei mutmaßliche Spione") and
vague quantities without a figure ("Dutzende Demonstranten", "mehrere ranghohe Beamte")."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.facts import Count
from kzgraph.extract.grammar.clauses import clause
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import COORDINATORS, lexicons
from kzgraph.extract.grammar.subordinate import subordinate_stretches
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon
from kzgraph.extract.kinds.arrests.person_nouns import (
    arresting_noun,
    open_person_noun,
    person_plural,
    thing_noun,
)

_NUM = r"\d{1,3}(?:\.\d{3})+|\d+"


@lru_cache(maxsize=1)
def count_re() -> re.Pattern[str]:
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
    m = count_re().search(text)
    if not m:
        return None
    return count_of(m)


def count_of(m: re.Match[str]) -> Count | None:
    lex = events_lexicon()
    raw = m["n"]
    words = lex["number_words"]
    value = int(raw.replace(".", "")) if raw[0].isdigit() else words.get(raw, words.get(raw.lower()))
    if value is None:
        return None
    qual = m["q"]
    if qual:
        qual = qual[:1].lower() + qual[1:]  # "Mehr als" opening a sentence
        kept = [w for w in qual.split() if w not in lex["count"]["not_qualifiers"]]
        qual = " ".join(kept) if kept else None
        qual = None if qual in lex["count"]["not_qualifiers"] else qual
        if qual and qual.startswith("insgesamt "):
            qual = qual[len("insgesamt ") :]
    text = m[0].strip()
    if raw.lower() == "beiden":
        text = text[: -len(raw)] + raw[:-1]  # "die beiden Männer": labelled "beide Männer"
    return Count(value=value, text=text, qualifier=qual or None)


def group_count(
    sent: Span,
    near: int,
    active: bool = False,
    police: bool = True,
    verb: bool = False,
    open_nouns: bool = False,
) -> tuple[Count, str] | None:
    """The count of people closest before/after char offset ``near`` with a person noun head, and
    the words that name them ("Menschen"; with a ``verb`` also "mutmaßliche Spione des Dienstes").

    With an ``active`` verb a count opening the sentence, or one of police or soldiers, is the
    subject that makes the arrest ("Zwei Beamte nahmen drei Männer fest"), not the arrested;
    without ``police`` police and soldiers are never counted ("Bei der Festnahme wurden zwei
    Polizisten verletzt").
    """
    text = sent.text
    best = None
    for m in count_re().finditer(text):
        # with a verb any noun but a thing is the arrested ("vier Mönche"); not after a year
        any_noun = open_nouns and verb and not _YEAR_RE.match(m["n"])
        tail = _people_after(text[m.end() :], m.start() == 0, active, police, verb, any_noun)
        if tail is None:
            continue
        c = count_of(m)
        if c is None or c.value < 2 and not m["n"][0].isdigit():
            continue
        part = _partitive_part(text[: m.start()])
        if part is not None and part.value < 2:
            continue  # "einer der drei Männer": one person of them, no group
        if part is not None:
            c = part  # "drei der vier Verdächtigen": three of the four
        elif verb and after_preposition(text[: m.start()]):
            continue  # "einen Hehler mit vier Komplizen festgenommen": the four are an adjunct
        if _another_verbs(sent, sent.start_char + m.end(), near):
            continue
        if _past_joined_participle(sent, near, sent.start_char + m.start()):
            continue
        if _in_other_dependent_clause(sent, sent.start_char + m.start(), near):
            continue
        if not m["q"] and _after_vague_quantifier(text[: m.start()]):
            continue  # "mehrere Hundert Demonstranten": several hundred, nobody's figure
        if text[: m.start()].split()[-1:] == ["darunter"]:
            continue  # "zehn Personen – darunter sechs Einbrecher – wurden festgenommen": a part of them
        dist = abs(sent.start_char + m.start() - near)
        if best is None or dist < best[0]:
            best = (dist, c, tail)
    return (best[1], best[2]) if best else None


def _partitive_part(before: str) -> Count | None:
    """The part counted right before a whole ("drei der vier Verdächtigen", "zwei von sieben
    Demonstranten"): the text ``before`` the whole's count ends in a count and a partitive link;
    a count of 1 for a single one of them ("einer der drei Männer")."""
    words = before.split()
    lex = events_lexicon()["arrest"]
    for link in sorted(lex["partitive_links"], key=len, reverse=True):
        n = len(link.split())
        if len(words) > n and [w.lower() for w in words[-n:]] == link.split():
            if words[-n - 1].lower() in lex["partitive_singles"]:
                return Count(value=1, text=words[-n - 1])
            m = count_re().fullmatch(words[-n - 1])
            return count_of(m) if m else None
    return None


# what joins two participles of one clause: "getötet und", "verletzt, …"
_JOINS = COORDINATORS | {","}


def _another_verbs(sent: Span, start: int, near: int) -> bool:
    """A participle joined by "und" lies between the count (ending at char ``start``) and the arrest
    verb at char ``near``: "300 Menschen getötet und Tausende festgenommen" (the 300 were killed).
    Not one joined right to the arrest verb ("eingeholt und festgenommen": one subject, two
    verbs), nor one closing an insertion about some of the counted ("zwölf Demonstranten, einige
    von ihnen verletzt, wurden festgenommen")."""
    toks = [t for t in sent if start <= t.idx < near]
    doc = sent.doc
    for t in toks:
        if t.tag_ != "VVPP" or t.i + 1 >= sent.end or doc[t.i + 1].lower_ not in _JOINS:
            continue
        if doc[t.i + 1].lower_ in COORDINATORS and t.i + 2 < sent.end and doc[t.i + 2].idx == near:
            continue
        if _partitive_insertion(sent, t.i, start):
            continue
        return True
    return False


def _past_joined_participle(sent: Span, near: int, at: int) -> bool:
    """The count at char ``at`` follows the arrest participle at char ``near`` past "und": it
    belongs to the next verb ("1.200 Personen festgenommen und 40.000 Fahrzeuge kontrolliert")."""
    if at <= near:
        return False
    verb = next((t for t in sent if t.idx == near), None)
    if verb is None or verb.tag_ != "VVPP":
        return False
    return any(t.lower_ in COORDINATORS for t in sent if near < t.idx < at)


def _partitive_insertion(sent: Span, k: int, start: int) -> bool:
    """The participle at ``k`` closes a comma-bounded insertion that opens with a quantifier over
    the people just counted: ", einige von ihnen verletzt," ", zwei davon schwer verletzt,"."""
    doc = sent.doc
    comma = next((j for j in range(k - 1, max(sent.start, k - 7) - 1, -1) if doc[j].text == ","), None)
    if comma is None or doc[comma].idx < start or doc[k + 1].text != ",":
        return False
    first = doc[comma + 1]
    lex = events_lexicon()
    quantifiers = {w.lower() for w in lex["count"]["vague_quantifiers"]}
    quantifiers |= set(lex["arrest"]["partitive_openers"])
    return first.lower_ in quantifiers or bool(count_re().fullmatch(first.text))


def _in_other_dependent_clause(sent: Span, at: int, near: int) -> bool:
    """The count at char ``at`` lies in a relative or subordinate clause that does not hold the
    arrest at char ``near``: "nahm einen Mann fest, der zehn Brände gelegt hat"."""
    toks = list(sent)
    pos = {t.idx: k for k, t in enumerate(toks)}
    k_at = next((k for k, t in enumerate(toks) if t.idx <= at < t.idx + len(t.text) + 1), None)
    k_near = pos.get(near)
    if k_at is None or k_near is None:
        return False
    return any(a <= k_at < b and not a <= k_near < b for a, b in subordinate_stretches(toks))


def after_preposition(before: str) -> bool:
    """The text ``before`` a count ends in a preposition: the count is in an adjunct."""
    words = before.split()
    if len(words) >= 2 and words[-1] == "von" and words[-2] in events_lexicon()["arrest"]["collective_nouns"]:
        return False  # "eine Gruppe von 40 Journalisten"
    # a word that only follows its noun closes an adjunct before the count ("Berichten zufolge 80 …")
    last = words[-1].lower() if words else ""
    return last in lexicons().prepositions and last not in _ONLY_AFTER


_ONLY_AFTER = closed_class().words("trailing_postpositions")


def _after_vague_quantifier(before: str) -> bool:
    """The text ``before`` a count ends in a vague quantifier ("mehrere", "einige")."""
    words = before.split()
    quantifiers = {w.lower() for w in events_lexicon()["count"]["vague_quantifiers"]}
    return bool(words) and words[-1].lower() in quantifiers


_YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")
# declined modifiers between a count and its noun: "sechs mutmaßliche", "zwei ihrer leitenden"
_DECLINED = re.compile(r"^(?:\d{1,3}-)?[a-zäöüß][\w-]*(?:e|en|er|es|em)$")
_NOT_MODIFIERS = closed_class().words("not_count_modifiers")


def open_head(after: str) -> int | None:
    """Where a plain noun that is no thing heads the words ``after`` a count, past at most three
    declined modifiers ("sechs mutmaßliche Schlepper"), or None."""
    words = after.split()[:4]
    for k, w in enumerate(words):
        if open_person_noun(w):
            return k
        if w[-1:] in ",;:." or not _DECLINED.match(w) or w in _NOT_MODIFIERS:
            return None
    return None


def people_after(after: str, active: bool, police: bool, open_nouns: bool) -> str | None:
    """The people a count not opening its sentence is about, read as a verb's participant."""
    return _people_after(after, False, active, police, True, open_nouns)


def _people_after(
    after: str, first: bool, active: bool, police: bool, verb: bool, open_nouns: bool = False
) -> str | None:
    """The people a count or quantifier is about, read from the text ``after`` it, or None. With
    ``open_nouns`` a noun the lexicon does not list is one too, unless it is a thing."""
    age = _AGE_PHRASE.match(after.lstrip())
    if age is not None:
        # "die beiden 52 Jahre alten Frauen": the age goes with the people counted before it
        inner = _people_after(after.lstrip()[age.end() :], False, active, police, verb, open_nouns)
        return f"{age[0].strip()} {inner}" if inner is not None else None
    rest = [w.strip(",.;:") for w in after.split()[:2]]
    heads = [person_plural(w) for w in rest]
    h = next((k for k, p in enumerate(heads) if p is not None), None)
    if h is None and open_nouns:
        h = open_head(after)
        if h is not None:
            rest = [w.strip(",.;:") for w in after.split()[: h + 1]]
            heads = [None] * h + [rest[h]]
    if h is None:
        return None
    if active and first or (active or not police) and any(arresting_noun(w) for w in rest):
        return None
    head = heads[h]
    assert head is not None
    if not verb or head != rest[h] or any(w != after.split()[k] for k, w in enumerate(rest[: h + 1])):
        return head  # a dative head ("von drei Männern") would need its adjectives declined too
    # subject or object of a verb: nominative/accusative, the adjectives read as they are
    words = after.split()
    label = words[: h + 1]
    # a genitive attribute: "mehrere Beamte des Ministeriums"
    gen = words[h + 1 : h + 4]
    if len(gen) >= 2 and gen[0] in closed_class().words("genitive_articles"):
        noun = next((k for k, w in enumerate(gen[1:], 1) if w[:1].isupper()), None)
        if noun is not None and all(_ADJ.match(w) for w in gen[1:noun]):
            label += [w.strip(",.;:") for w in gen[: noun + 1]]
    return " ".join(label)


_ADJ = re.compile(r"^[a-zäöüß][\w-]*$")
_AGE_PHRASE = re.compile(r"\d{1,3} Jahre alte[nr]? ")


@lru_cache(maxsize=1)
def _vague_words() -> frozenset[str]:
    lex = events_lexicon()
    return frozenset(w.lower() for w in [*lex["vague_numbers"], *lex["count"]["vague_quantifiers"]])


def vague_group(ctx: ArticleContext, sent: Span, trig: Trigger, open_nouns: bool = False) -> str | None:
    """ "Dutzende Demonstranten", "mehrere ranghohe Beamte": people without a figure, in the
    clause of the verb (a group elsewhere in the sentence is seldom the arrested); no count."""
    span = clause(ctx, sent, trig.i)
    lex = events_lexicon()
    unsized = {w.lower() for w in lex["arrest"]["unsized_determiners"]}
    quantifiers = {w.lower() for w in lex["count"]["vague_quantifiers"]} | unsized
    for t in span:
        # "weitere" only with the verb: "weitere Festnahmen" are as often expected as made
        if t.lower_ not in _vague_words() and t.lower_ not in unsized:
            continue
        tail = _people_after(
            ctx.doc[t.i + 1 : span.end].text, t.i == sent.start, not trig.passive, True, True, open_nouns
        )
        if tail is not None and t.lower_ in unsized and not _plural_people(ctx, span, tail):
            continue  # "Erst einige Zeit danach wurde X verhaftet": a time, and X the arrested
        if tail is not None:
            # "mehrere" is an article-like word, "Dutzende" a noun: each spelled as inside a sentence
            word = t.lower_ if t.lower_ in quantifiers else t.text[:1].upper() + t.text[1:]
            return f"{word} {tail}"
    return None


def _plural_people(ctx: ArticleContext, span: Span, tail: str) -> bool:
    """The words after an unsized determiner name people in the plural ("weitere Demonstranten",
    "andere Oppositionelle"), and nobody in the clause is named."""
    head = tail.split()[-1]
    plural = person_plural(head) is not None or head.lower().endswith(("en", "er", "e", "n"))
    return plural and not thing_noun(head) and not any(m.kind == "name" for m in ctx.mentions_in(span))


def vague_quantity_before(ctx: ArticleContext, k: int) -> str | None:
    """ "mehreren", "zahlreiche", "Dutzende" right before the plural arrest noun at ``k`` ("Es kam
    zu mehreren Festnahmen"): the quantifier's word, else None."""
    doc = ctx.doc
    if k == 0 or not doc[k].text.endswith("en"):
        return None
    word = doc[k - 1].lower_
    stems = _vague_words()
    # inflected quantifiers ("mehreren", "zahlreichen", "Dutzenden") by their stem
    return doc[k - 1].text if word in stems or word.rstrip("n") in stems else None


def pronominal_count(ctx: ArticleContext, sent: Span, verb: int) -> tuple[Count, str] | None:
    """A count standing for people named before, opening the passive verb's clause: "Beide wurden
    verhaftet", "Zwei von ihnen wurden festgenommen", "Drei davon kamen in U-Haft"."""
    span = clause(ctx, sent, verb)
    doc = ctx.doc
    first = doc[span.start]
    m = count_re().fullmatch(first.text)
    c = count_of(m) if m else None
    if c is None or c.value < 2 or span.start + 1 >= span.end or _YEAR_RE.match(first.text):
        return None  # "2015 wurde X verhaftet": a year
    if ctx.mentions_in(span):
        return None  # a person named in the clause is its subject
    rest = [t.lower_ for t in doc[span.start + 1 : min(span.end, span.start + 3)]]
    lex = events_lexicon()["arrest"]
    for words in lex["pronominal_partitives"]:
        if rest[: len(words.split())] == words.split():
            return c, words
    return (c, lex["pronominal_count_noun"]) if doc[span.start + 1].tag_ == "VAFIN" else None


def vague_pronominal(ctx: ArticleContext, sent: Span, verb: int) -> str | None:
    """ "Mehrere davon wurden festgenommen", "Einige von ihnen kamen in U-Haft": a vague quantity
    of people named before, opening the passive verb's clause; its words, or None."""
    span = clause(ctx, sent, verb)
    doc = ctx.doc
    first = doc[span.start]
    if first.lower_ not in {w.lower() for w in events_lexicon()["count"]["vague_quantifiers"]} | {"einige"}:
        return None
    if ctx.mentions_in(span):
        return None
    rest = [t.lower_ for t in doc[span.start + 1 : min(span.end, span.start + 3)]]
    for words in events_lexicon()["arrest"]["pronominal_partitives"]:
        if rest[: len(words.split())] == words.split():
            return f"{first.lower_} {words}"
    return None
