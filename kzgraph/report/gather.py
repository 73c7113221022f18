"""Everything the report shows, from the saved queries (run as `kzgraph query` runs them).

The rows of each fact type are exactly the saved query's rows; the report adds, beside them,
the rule and confidence of the fact (saved query ``fact-evidence``, joined on class, article,
sentence and participants), the date's precision and the participants' places in the sentence.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import pyoxigraph as ox

from kzgraph.query import QueryError, find_query, run_query
from kzgraph.query.saved import QueryNotFoundError
from kzgraph.report.dates import Period, parse_period
from kzgraph.report.kinds import FIGURES, FactKind, fact_kinds


class ReportError(Exception):
    pass


@dataclass(frozen=True)
class Filters:
    person: str | None = None
    since: date | None = None
    until: date | None = None

    @property
    def active(self) -> bool:
        return bool(self.person or self.since or self.until)


@dataclass
class FactRow:
    values: dict[str, str]  # the saved query's row, unchanged
    period: Period
    rule: str = ""
    confidence: str = ""
    marks: list[tuple[int, int]] = field(default_factory=list)  # participants in the sentence


@dataclass
class KindRows:
    kind: FactKind
    rows: list[FactRow]
    total: int  # rows of the saved query before the report's filters


@dataclass
class ReportData:
    kinds: list[KindRows]
    agents: dict[str, str]  # name -> person / organisation / group / state
    persons: list[str]
    articles: list[dict[str, str]]
    offices: list[dict[str, str]]
    filters: Filters
    person_names: set[str] = field(default_factory=set)  # what --person matched

    def kind(self, name: str) -> KindRows | None:
        return next((k for k in self.kinds if k.kind.name == name), None)


QUERY_SECONDS: list[float] = []  # time spent in the saved queries, for the benchmark


def _rows(store: ox.Store, name: str, params: dict[str, str] | None = None) -> list[dict[str, str]]:
    began = time.perf_counter()
    try:
        return run_query(store, find_query(name), params).rows
    except QueryNotFoundError:
        return []
    except QueryError as err:
        raise ReportError(str(err)) from err
    finally:
        QUERY_SECONDS.append(time.perf_counter() - began)


# (class, article, sentence) -> {(rule, confidence): participant names}
Evidence = dict[tuple[str, str, str], dict[tuple[str, str], set[str]]]


def evidence_index(store: ox.Store) -> Evidence:
    """Rule and confidence per fact, keyed as the fact queries' rows can be. Facts of one class
    in one sentence with the same rule and confidence share an entry: they need no telling apart."""
    index: Evidence = defaultdict(dict)
    for row in _rows(store, "fact-evidence"):
        names = index[(row["class"], row["article"], row["sentence"])].setdefault(
            (row["rule"], row["confidence"]), set())
        if row["participant"]:
            names.add(row["participant"])
    return index


def _evidence_of(kind: FactKind, values: dict[str, str], index: Evidence) -> tuple[str, str]:
    candidates = index.get((kind.fact_class, values.get("article", ""), values.get("sentence", "")), {})
    wanted = {values[c] for c in kind.participants if values.get(c)}
    for (rule, confidence), names in candidates.items():
        if wanted <= names:
            return rule, confidence
    return next(iter(candidates), ("", ""))


@lru_cache(maxsize=16384)
def _name_pattern(name: str) -> re.Pattern[str]:
    """The name, or any of its capitalised words (a surname alone, "Regierung" of "die
    Regierung"), as whole words with an optional genitive s. No nested quantifiers."""
    words = [w for w in re.split(r"[\s\-]+", name) if len(w) >= 3 and (w[0].isupper() or w[0].isdigit())]
    forms = sorted({name, *words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms if f) + r")s?(?!\w)")


def participant_marks(sentence: str, names: list[str]) -> list[tuple[int, int]]:
    spans = sorted(m.span() for name in names if name.strip()
                   for m in _name_pattern(name.strip()).finditer(sentence))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _keep(row: FactRow, kind: FactKind, filters: Filters, names: set[str]) -> bool:
    if (filters.since or filters.until) and not row.period.overlaps(filters.since, filters.until):
        return False
    if names and kind.name != FIGURES:
        return any(row.values.get(c) in names for c in kind.participants)
    return True


def person_names(store: ox.Store, name: str) -> set[str]:
    """The labels of the persons `kzgraph query person -p name=NAME` finds (name or alias)."""
    found = {row["person"] for row in _rows(store, "person", {"name": name})}
    if not found:
        # A person without facts still has a label: the persons query lists them.
        found = {row["person"] for row in _rows(store, "persons") if row["person"].lower() == name.lower()}
    if not found:
        raise ReportError(f"no person named {name!r} in the graph (see `kzgraph query persons`)")
    return found


def gather(store: ox.Store, filters: Filters | None = None) -> ReportData:
    filters = filters or Filters()
    names = person_names(store, filters.person) if filters.person else set()
    index = evidence_index(store)
    kinds = []
    for kind in fact_kinds():
        raw = _rows(store, kind.name)
        rows = []
        for values in raw:
            rule, confidence = _evidence_of(kind, values, index)
            row = FactRow(values, parse_period(values.get("date", "")), rule, confidence)
            if _keep(row, kind, filters, names):
                row.marks = participant_marks(values.get("sentence", ""),
                                              [values.get(c, "") for c in kind.participants])
                rows.append(row)
        kinds.append(KindRows(kind, rows, len(raw)))
    agents: dict[str, str] = {}
    for row in _rows(store, "agents"):
        # A name typed twice (a person and a group of the same words): the person wins.
        if row["name"] not in agents or row["kind"] == "person":
            agents[row["name"]] = row["kind"]
    return ReportData(
        kinds=kinds, agents=agents, persons=[r["person"] for r in _rows(store, "persons")],
        articles=_rows(store, "articles"), offices=_rows(store, "offices"), filters=filters,
        person_names=names,
    )
