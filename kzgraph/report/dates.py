"""The dates the saved queries return, with their precision kept honest.

The queries give a day ("2022-01-08"), a weekday in a month ("Samstag, 2022-01"), a month
("2022-01"), a year ("2022"), a weekday alone ("Montag") or nothing. A date stands for the
interval it names; it is never turned into a day it does not name.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEKDAY_MONTH = re.compile(r"^([^\W\d]+),\s*(\d{4})-(\d{2})$")

# Coarser last: within one start day, the precise entries come first.
PRECISIONS = ("day", "weekday in month", "month", "year", "weekday", "undated")


@dataclass(frozen=True)
class Period:
    text: str  # as the query returned it
    precision: str  # one of PRECISIONS
    start: date | None = None
    end: date | None = None  # inclusive
    weekday: str = ""

    @property
    def sort_key(self) -> tuple[int, str, int]:
        """Dated before undated; by start; the finer precision first."""
        if self.start is None:
            return (1, "", PRECISIONS.index(self.precision))
        return (0, self.start.isoformat(), PRECISIONS.index(self.precision))

    @property
    def label(self) -> str:
        if self.precision == "day" and self.start:
            return f"{self.start.day}. {_MONTHS[self.start.month - 1]} {self.start.year}"
        if self.precision == "weekday in month" and self.start:
            return f"{self.weekday}, {_MONTHS[self.start.month - 1]} {self.start.year}"
        if self.precision == "month" and self.start:
            return f"{_MONTHS[self.start.month - 1]} {self.start.year}"
        if self.precision == "year" and self.start:
            return str(self.start.year)
        if self.precision == "weekday":
            return f"{self.weekday} (month not known)"
        return "undated"

    def overlaps(self, since: date | None, until: date | None) -> bool:
        if self.start is None or self.end is None:
            return since is None and until is None
        return (since is None or self.end >= since) and (until is None or self.start <= until)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _month(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str) -> Period:
    text = text.strip()
    try:
        if m := _DAY.match(text):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return Period(text, "day", day, day)
        if m := _WEEKDAY_MONTH.match(text):
            return Period(text, "weekday in month", *_month(int(m[2]), int(m[3])), weekday=m[1])
        if m := _MONTH.match(text):
            return Period(text, "month", *_month(int(m[1]), int(m[2])))
        if m := _YEAR.match(text):
            year = int(m[1])
            return Period(text, "year", date(year, 1, 1), date(year, 12, 31))
    except ValueError:  # "2022-13": not a date; shown as the text it is
        return Period(text, "undated")
    if text and text.isalpha():
        return Period(text, "weekday", weekday=text)
    return Period(text, "undated")


def parse_bound(text: str, end: bool = False) -> date:
    """--since / --until: a day, a month or a year; a month or year counts from its first
    (``--since``) or to its last (``--until``) day. ValueError for anything else."""
    period = parse_period(text)
    if period.precision not in ("day", "month", "year") or period.start is None or period.end is None:
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    return period.end if end else period.start
