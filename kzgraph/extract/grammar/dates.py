"""Dates of events: "am Samstag", "gestern", "am 3. Januar", resolved against the article date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Span

from kzgraph.extract.facts import FactDate
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import opens_dependent_clause_word
from kzgraph.reading.article import ArticleDate

_WORDS = closed_class()
_CALENDAR = _WORDS.calendar
WEEKDAYS = list(_CALENDAR.weekdays)
MONTHS = list(_CALENDAR.months)
_WD = {w.lower(): k for k, w in enumerate(WEEKDAYS)}
_WD.update({other.lower(): WEEKDAYS.index(same) for other, same in _CALENDAR.weekday_synonyms.items()})
_MO = {m.lower(): k + 1 for k, m in enumerate(MONTHS)}
_MO.update({other.lower(): MONTHS.index(same) + 1 for other, same in _CALENDAR.month_synonyms.items()})
_WEEKDAY_NAMES = "|".join([*WEEKDAYS, *_CALENDAR.weekday_synonyms])
_MONTH_NAMES = "|".join([*MONTHS, *_CALENDAR.month_synonyms])

# "für Montag", "ab Montag", "bis Montag" look ahead, "seit Montag" is a span: not the event's day.
_WEEKDAY_RE = re.compile(
    r"(?<![\wÄÖÜäöüß-])(?:(am|vom|in der Nacht zum|in der Nacht zu|für|ab|bis|seit)\s+)?"
    rf"({_WEEKDAY_NAMES})"
    r"(vormittag|nachmittag|abend|morgen|mittag|nacht)?(?![\wÄÖÜäöüß])"
)
_DAY_MONTH_RE = re.compile(
    r"(?<!\d)(?:(am|vom|seit|bis|ab)\s+)?(\d{1,2})\.\s*(" + _MONTH_NAMES + r")(?:\s+(\d{4}))?"
)
# "im Dezember", "Anfang März 2021": a month, no day
_MONTH_RE = re.compile(
    r"(?<![\wÄÖÜäöüß])(?:im|Im|Anfang|Mitte|Ende)\s+(" + _MONTH_NAMES + r")"
    r"(?:\s+(\d{4}))?(?![\wÄÖÜäöüß])"
)
_RELATIVE_DAYS = dict(_CALENDAR.relative_days)  # "gestern" -> -1
_RELATIVE_RE = re.compile(
    r"(?<![\wÄÖÜäöüß])(" + "|".join(_RELATIVE_DAYS) + r")(?![\wÄÖÜäöüß])", re.IGNORECASE
)
_FORWARD = _WORDS.words("forward_prepositions")
# "im vergangenen Jahr", "im Vorjahr", "in diesem Jahr": a year counted from the article's
_RELATIVE_YEAR_RE = re.compile(
    r"(?<![\wÄÖÜäöüß])(?:im\s+(vergangenen|letzten|vorigen)\s+Jahr|(?:im\s+)?(Vorjahr)"
    r"|(vergangenes|letztes|voriges)\s+Jahr|in\s+(diesem)\s+Jahr|(dieses)\s+Jahr)(?![\wÄÖÜäöüß])",
    re.IGNORECASE,
)


# News report the past but also announce what comes soon ("Nachfolger wird zum 1. September X"
# in a July article): a month without a year is at most this many months after the article.
_MAX_MONTHS_AHEAD = 3


# Years an xsd:date, xsd:gYear(Month) and Python's dates all accept: an article dated in year 1
# must not make "im Vorjahr" year 0 nor "gestern" overflow.
_FIRST_YEAR, _LAST_YEAR = 1, 9999


def _valid_year(year: int | None) -> int | None:
    return year if year is not None and _FIRST_YEAR <= year <= _LAST_YEAR else None


def _days_before(day: dt.date, days: int) -> dt.date | None:
    try:
        return day - dt.timedelta(days=days)
    except OverflowError:  # before 0001-01-01
        return None


def _year_of(month: int, adate: ArticleDate, past: bool = False) -> int:
    """The year of a day and month named without one: the article's year, unless that puts
    it more than a few months after the article ("am 28. Dezember" in January: last year), or
    after it at all when the sentence tells the past ("Bereits im März hatte …" in February)."""
    ahead = 0 if past else _MAX_MONTHS_AHEAD
    if month <= adate.month or month - adate.month <= ahead:
        return adate.year
    return adate.year - 1


# "war 2019 ernannt worden", "im Jahr 2020": a year alone. Not a duration or range ("seit 2019",
# "von 2010 bis 2015"), not a figure before a noun ("2000 Menschen"), not a birth year.
_YEAR_RE = re.compile(
    r"(?<![\w.])(?:([Ii]m Jahre?|seit|bis|ab|für|von|vor|nach|Jahrgang)\s+)?((?:19[5-9]|20[0-4])\d)"
    r"(?![\w.]|-\w)(?!\s+(?:[A-ZÄÖÜ]|bis\b|geboren))"
)
_NO_EVENT_YEAR = _WORDS.words("no_event_year_words")

# auxiliaries of the pluperfect and of the past passive: "hatte … entlassen", "wurde … ernannt"
_PLUPERFECT_AUXILIARIES = _WORDS.words("pluperfect_auxiliaries")
_PAST_AUXILIARIES = _PLUPERFECT_AUXILIARIES | _WORDS.words("past_passive_auxiliaries")
# "wird", "soll": the sentence points ahead
_FUTURE_WORDS = _WORDS.words("future_words")


def told_before_the_report(sent: Span) -> bool:
    """Pluperfect in the main clause ("hatte … übernommen", "war … gekommen"): the event came
    before what the article reports, so the article's date is not its date. A relative or
    subordinate clause in the pluperfect ("…, die sich als X ausgegeben hatten") does not count."""
    return told_before_the_report_words(
        [t.text for t in sent], [t.lower_ for t in sent], [t.tag_ for t in sent]
    )


def told_before_the_report_words(texts: Sequence[str], lowers: Sequence[str], tags: Sequence[str]) -> bool:
    """``told_before_the_report`` of a sentence's token texts, lower-cased words and tags."""
    main = []  # positions in the main clause
    inside = False
    for k, text in enumerate(texts):
        if text == ",":
            inside = False
        elif (k == 0 and tags[k] == "KOUS") or (
            k > 0 and texts[k - 1] == "," and opens_dependent_clause_word(tags[k], lowers[k])
        ):
            inside = True
        if not inside:
            main.append(k)
    words = {lowers[k] for k in main}
    return bool(words & _PLUPERFECT_AUXILIARIES) and any(tags[k] in ("VVPP", "VAPP") for k in main)


def told_in_the_past(sent: Span) -> bool:
    """Whether a sentence reports the past: a past auxiliary, or a weak past form ("ernannte"),
    and nothing pointing ahead ("wird", "soll")."""
    return told_in_the_past_words([t.lower_ for t in sent], [t.tag_ for t in sent])


def told_in_the_past_words(lowers: Sequence[str], tags: Sequence[str]) -> bool:
    """``told_in_the_past`` of a sentence's lower-cased words and their tags."""
    words = set(lowers)
    if words & _FUTURE_WORDS:
        return False
    return bool(words & _PAST_AUXILIARIES) or any(
        tag == "VVFIN" and low.endswith(("te", "ten")) for low, tag in zip(lowers, tags, strict=True)
    )


# a short quoted span is a title, not speech: "der „Bild am Sonntag“", "die Operation «Tag X»"
_OPENING_QUOTES = frozenset('„"«»“')
_CLOSING_QUOTES = frozenset('“”"»«')
_TITLE_WORDS = 4
_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(_OPENING_QUOTES | _CLOSING_QUOTES))) + "]")


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """Character spans of short quoted titles, whose weekday or month dates nothing. Quotation
    marks are paired from the left, so the text between two quotations is never taken for one."""
    spans: list[tuple[int, int]] = []
    start = -1
    for mark in _QUOTE_MARK.finditer(text):  # only the quotation marks change the state
        k, ch = mark.start(), mark[0]
        if start < 0 and ch in _OPENING_QUOTES:
            start = k
        elif start >= 0 and ch in _CLOSING_QUOTES:
            if len(text[start + 1 : k].split()) <= _TITLE_WORDS:
                spans.append((start, k + 1))
            start = -1
    return spans


class DateExpression(NamedTuple):
    """A date expression as the text names it, before the article's date resolves it: ``at`` its
    char offset in the text, ``kind`` which pattern found it, ``parts`` the pattern's groups.
    A plain tuple of strings and ints, so a Doc holding it stays serialisable."""

    at: int
    kind: str  # "day_month" | "month" | "weekday" | "year" | "relative_year" | "relative_day"
    text: str
    parts: tuple[str | None, ...]


# Every date pattern above needs a digit, a weekday, a month, "gestern"/"heute" or "Jahr": a text
# without any of them names no date, and most sentences are such texts (one scan instead of six).
# (Substring tests on the lower-cased text: an alternation of these words is slower than the
# six patterns it would spare.)
_HINT_WORDS = tuple(
    w.lower()
    for w in (*WEEKDAYS, *MONTHS, *_CALENDAR.weekday_synonyms, *_CALENDAR.month_synonyms, *_RELATIVE_DAYS)
) + ("jahr",)  # "im Vorjahr", "dieses Jahr"
_DIGIT = re.compile(r"\d")


def _may_name_a_date(text: str) -> bool:
    if _DIGIT.search(text):
        return True
    low = text.lower()
    return any(word in low for word in _HINT_WORDS)


def date_expressions(text: str) -> list[DateExpression]:
    """Every date expression of ``text`` that may date an event, in the order ``find_date``
    weighs them: not a look-ahead ("für Montag"), not a year inside a day's date, not in a short
    quoted title. Text only: what the pipeline finds once per sentence (``kz_dates``)."""
    if not _may_name_a_date(text):
        return []
    found: list[DateExpression] = []
    taken: list[tuple[int, int]] = []  # day and month expressions, whose year is no date of its own
    for m in _DAY_MONTH_RE.finditer(text):
        taken.append(m.span())
        if m[1] not in _FORWARD:
            found.append(DateExpression(m.start(), "day_month", m[0].strip(), (m[2], m[3], m[4])))
    for m in _MONTH_RE.finditer(text):
        taken.append(m.span())
        found.append(DateExpression(m.start(), "month", m[0], (m[1], m[2])))
    for m in _WEEKDAY_RE.finditer(text):
        if m[1] not in _FORWARD:
            found.append(DateExpression(m.start(), "weekday", m[0].strip(), (m[2],)))
    for m in _YEAR_RE.finditer(text):
        inside = any(a <= m.start(2) < b for a, b in taken)
        if not inside and m[1] not in _NO_EVENT_YEAR:
            found.append(DateExpression(m.start(), "year", m[0], (m[2],)))
    for m in _RELATIVE_YEAR_RE.finditer(text):
        found.append(DateExpression(m.start(), "relative_year", m[0], ("this" if m[4] or m[5] else "last",)))
    for m in _RELATIVE_RE.finditer(text):
        found.append(DateExpression(m.start(), "relative_day", m[0], (m[1].lower(),)))
    titles = _quoted_titles(text) if found else []
    return [e for e in found if not any(a <= e.at < b for a, b in titles)]


def find_date(
    text: str, adate: ArticleDate | None, near: int | None = None, past: bool = False
) -> FactDate | None:
    """The date expression of ``text`` closest to char offset ``near`` (or the first one);
    with ``past``, a day or month without a year is never after the article's month."""
    return closest_date(date_expressions(text), adate, near, past)


def closest_date(
    expressions: list[DateExpression], adate: ArticleDate | None, near: int | None = None, past: bool = False
) -> FactDate | None:
    """The expressions resolved against the article's date; the one closest to ``near`` (or the
    first one). An expression the article's date cannot resolve is skipped or kept as text."""
    found = [(e.at, date) for e in expressions if (date := _resolve(e, adate, past)) is not None]
    if not found:
        return None
    if near is None:
        return min(found, key=lambda f: f[0])[1]
    return min(found, key=lambda f: abs(f[0] - near))[1]


def _resolve(e: DateExpression, adate: ArticleDate | None, past: bool) -> FactDate | None:
    if e.kind == "day_month":
        return _day_month(e, adate, past)
    if e.kind == "month":
        return _month(e, adate, past)
    if e.kind == "weekday":
        return _weekday(e.text, e.parts[0], adate)  # type: ignore[arg-type]
    if e.kind == "year":
        return FactDate(text=e.text, year=e.parts[0])
    if e.kind == "relative_year":
        back = 0 if e.parts[0] == "this" else 1
        year = _valid_year(adate.year - back) if adate is not None else None
        return FactDate(text=e.text, year=str(year)) if year else None
    return _relative_day(e, adate)


def _day_month(e: DateExpression, adate: ArticleDate | None, past: bool) -> FactDate | None:
    day, month = int(e.parts[0]), _MO[e.parts[1].lower()]  # type: ignore[arg-type, union-attr]
    year = int(e.parts[2]) if e.parts[2] else None
    if year is None and adate is not None:
        year = _year_of(month, adate, past)
    year = _valid_year(year)
    if year is None:
        return FactDate(text=e.text)
    try:
        return FactDate(text=e.text, iso=dt.date(year, month, day).isoformat())
    except ValueError:
        return None


def _month(e: DateExpression, adate: ArticleDate | None, past: bool) -> FactDate:
    month = _MO[e.parts[0].lower()]  # type: ignore[union-attr]
    year = int(e.parts[1]) if e.parts[1] else (_year_of(month, adate, past) if adate is not None else None)
    year = _valid_year(year)
    if year is None:
        return FactDate(text=e.text)
    return FactDate(text=e.text, year_month=f"{year:04d}-{month:02d}")


def _relative_day(e: DateExpression, adate: ArticleDate | None) -> FactDate | None:
    word = e.parts[0]
    if adate is not None and adate.is_full:
        day = _days_before(adate.as_date(), -_RELATIVE_DAYS[word])  # type: ignore[arg-type, index]
        return FactDate(text=e.text, iso=day.isoformat()) if day is not None else None
    if word == "heute" and adate is not None:
        return FactDate(text=e.text, year_month=adate.isoformat())
    return None


def _weekday(text: str, name: str, adate: ArticleDate | None) -> FactDate:
    wd = _WD[name.lower()]
    canonical = WEEKDAYS[wd]
    if adate is None:
        return FactDate(text=text, weekday=canonical)
    if adate.is_full:
        base = adate.as_date()
        assert base is not None
        # the most recent such weekday on or before the article date
        day = _days_before(base, (base.weekday() - wd) % 7)
        return FactDate(text=text, iso=day.isoformat() if day else None, weekday=canonical)
    return FactDate(text=text, weekday=canonical, year_month=adate.isoformat())
