"""The article as the rest of kzgraph sees it, whatever file it came from."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

# [0-9], not \d: \d also matches other scripts' digits ("٢٠٢٢"), which are no dates here;
# \Z, not $: $ would also accept a trailing newline.
# Years 1-9999 only: what Python's dates, xsd:date and xsd:gYear(Month) all accept.
_YEAR_MONTH = re.compile(r"^([0-9]{4})-([0-9]{2})\Z")
_FULL_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})\Z")


@dataclass(frozen=True)
class ArticleDate:
    """A publication date: a full day, or only a year and month."""

    year: int
    month: int
    day: int | None = None

    @classmethod
    def parse(cls, value: str) -> ArticleDate:
        """Parse ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise."""
        value = value.strip()
        if (m := _FULL_DATE.match(value) or _YEAR_MONTH.match(value)) and int(m[1]) < 1:
            raise ValueError(f"year {m[1]} outside 0001-9999 in {value!r}")
        if m := _FULL_DATE.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))  # validates the day
            return cls(day.year, day.month, day.day)
        if m := _YEAR_MONTH.match(value):
            if not 1 <= int(m[2]) <= 12:
                raise ValueError(f"month out of range in {value!r}")
            return cls(int(m[1]), int(m[2]))
        raise ValueError(f"not a date (YYYY-MM or YYYY-MM-DD): {value!r}")

    @property
    def is_full(self) -> bool:
        return self.day is not None

    def as_date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.day else None

    def isoformat(self) -> str:
        """``YYYY-MM-DD`` for a full date, ``YYYY-MM`` (xsd:gYearMonth) otherwise."""
        base = f"{self.year:04d}-{self.month:02d}"
        return f"{base}-{self.day:02d}" if self.day else base


@dataclass(frozen=True)
class Article:
    """One news article. ``text`` is the body without the date line; all offsets refer to it."""

    id: str
    text: str
    date: ArticleDate | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None  # the file it was read from
    line: int | None = None  # its line in a JSON Lines file
    meta: dict[str, str] = field(default_factory=dict)


def content_hash(article: Article) -> str:
    """sha256 over id, date and text: what decides whether an article must be re-processed.

    NUL separators keep the fields apart ("ab" + "c" must not hash like "a" + "bc");
    title, url and meta are left out on purpose: they do not change what is extracted.
    """
    date = article.date.isoformat() if article.date else ""
    data = "\x00".join((article.id, date, article.text)).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()
