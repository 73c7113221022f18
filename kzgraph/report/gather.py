"""Everything the report shows, from the saved queries (run as `kzgraph query` runs them).

The rows of each fact type are exactly the saved query's rows; the report adds, beside them,
the rule and confidence of the fact (saved query ``fact-evidence``, joined on class, article,
sentence and participants), the date's precision and the participants' places in the sentence.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kzgraph.query import QueryError, list_queries
from kzgraph.report.dates import Period, parse_period
from kzgraph.report.kinds import FIGURES, SUPPORT_QUERIES, FactKind, fact_kinds
from kzgraph.report.parallel import QueryRuns, Request, Rows


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

# Variables the fact queries project beside their columns: the rule and confidence of the
# row's own evidence (see run_query: the rows stay the query's rows).
EVIDENCE_COLUMNS = ("rule", "confidence")
SUPPORT = ("persons", "offices", "articles", "agents")
# Started first, so that the workers finish at about the same time (10,000 synthetic articles).
_LONGEST = ("statements", "persons", "offices", "dismissals", "appointments", "arrests")


def _run(store: ox.Store, directory: Path | None, requests: list[Request]) -> dict[Request, Rows]:
    began = time.perf_counter()
    with QueryRuns(store, directory, requests) as runs:
        try:
            return _collect(runs)
        finally:
            QUERY_SECONDS.append(time.perf_counter() - began)


def _collect(runs: QueryRuns) -> dict[Request, Rows]:
    try:
        return runs.results()
    except QueryError as err:
        raise ReportError(str(err)) from err


def _rows(store: ox.Store, name: str, params: dict[str, str] | None = None) -> list[dict[str, str]]:
    request = Request(name, tuple((params or {}).items()))
    return _run(store, None, [request])[request]


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
    if "rule" in values:  # the fact query returned its evidence's rule and confidence
        return values.pop("rule"), values.pop("confidence", "")
    candidates = index.get((kind.fact_class, values.get("article", ""), values.get("sentence", "")), {})
    wanted = {values[c] for c in kind.participants if values.get(c)}
    for (rule, confidence), names in candidates.items():
        if wanted <= names:
            return rule, confidence
    return next(iter(candidates), ("", ""))


@lru_cache(maxsize=16384)
def _name_forms(name: str) -> tuple[str, ...]:
    """The name and its capitalised words (a surname alone, "Regierung" of "die Regierung")."""
    words = [w for w in name.replace("-", " ").split() if len(w) >= 3 and (w[0].isupper() or w[0].isdigit())]
    return tuple(f for f in {name, *words} if f)


def _whole_word_spans(sentence: str, form: str) -> list[tuple[int, int]]:
    """Where ``form`` stands as a whole word, with an optional genitive s. A plain string search:
    a regex compiled per name cost 0.25 ms each, 2.5 s for the ten thousand names of a big page."""
    spans = []
    start = sentence.find(form)
    while start >= 0:
        end = start + len(form)
        if not (start and _word_char(sentence, start - 1)):
            if end < len(sentence) and sentence[end] == "s" and not _word_char(sentence, end + 1):
                spans.append((start, end + 1))
            elif not _word_char(sentence, end):
                spans.append((start, end))
        start = sentence.find(form, start + 1)
    return spans


def _word_char(text: str, i: int) -> bool:
    return i < len(text) and (text[i].isalnum() or text[i] == "_")


def participant_marks(sentence: str, names: list[str]) -> list[tuple[int, int]]:
    spans = sorted(span for name in names if name.strip()
                   for form in _name_forms(name.strip()) for span in _whole_word_spans(sentence, form))
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


def person_names(name: str, found: list[dict[str, str]], persons: list[dict[str, str]]) -> set[str]:
    """The labels of the persons `kzgraph query person -p name=NAME` found (``found``: by name
    or alias); else a person without facts, by label (``persons``: `kzgraph query persons`)."""
    names = {row["person"] for row in found}
    if not names:
        names = {row["person"] for row in persons if row["person"].lower() == name.lower()}
    if not names:
        raise ReportError(f"no person named {name!r} in the graph (see `kzgraph query persons`)")
    return names


def _fact_rows(kind: FactKind, raw: list[dict[str, str]], index: Evidence, filters: Filters,
               names: set[str]) -> list[FactRow]:
    rows = []
    for values in raw:
        rule, confidence = _evidence_of(kind, values, index)
        row = FactRow(values, parse_period(values.get("date", "")), rule, confidence)
        if _keep(row, kind, filters, names):
            row.marks = participant_marks(values.get("sentence", ""),
                                          [values.get(c, "") for c in kind.participants])
            rows.append(row)
    return rows


def _agents(rows: list[dict[str, str]]) -> dict[str, str]:
    agents: dict[str, str] = {}
    for row in rows:
        # A name typed twice (a person and a group of the same words): the person wins.
        if row["name"] not in agents or row["kind"] == "person":
            agents[row["name"]] = row["kind"]
    return agents


def _fact_queries() -> list[str]:
    """Every saved query that can be a fact type (what fact_kinds() may show): known before the
    registry is loaded, so that the queries run while it loads."""
    return [q.name for q in list_queries() if q.name not in SUPPORT_QUERIES and not q.parameters
            and {"date", "article", "sentence"} <= set(q.columns)]


def gather(store: ox.Store, filters: Filters | None = None, directory: Path | None = None) -> ReportData:
    """Run the saved queries (side by side when ``directory``, the store's on-disk location, is
    given: see kzgraph.report.parallel) and join what the page shows."""
    filters = filters or Filters()
    facts = {name: Request(name, extra=EVIDENCE_COLUMNS) for name in _fact_queries()}
    support = {name: Request(name) for name in SUPPORT}
    person = Request("person", (("name", filters.person),)) if filters.person else None
    requests = [*facts.values(), *support.values(), *([person] if person else [])]
    requests.sort(key=lambda r: _LONGEST.index(r.name) if r.name in _LONGEST else len(_LONGEST))
    began = time.perf_counter()
    with QueryRuns(store, directory, requests) as runs:
        kinds = fact_kinds()  # loads the fact type registry while the queries run
        results = _collect(runs)
    QUERY_SECONDS.append(time.perf_counter() - began)
    late = [Request(k.name, extra=EVIDENCE_COLUMNS) for k in kinds if k.name not in facts]
    facts.update((r.name, r) for r in late)  # a type whose query _fact_queries() did not expect
    results.update(_run(store, None, late))
    persons = results[support["persons"]]
    names = person_names(filters.person, results[person], persons) if person and filters.person else set()
    index: Evidence = {}
    if any(rows and "rule" not in rows[0] for rows in (results[facts[k.name]] for k in kinds)):
        # A fact query without rule and confidence (a type added later): join them from the
        # saved query fact-evidence, on class, article, sentence and participants.
        index = evidence_index(store)
    kind_rows = [KindRows(kind, _fact_rows(kind, results[facts[kind.name]], index, filters, names),
                          len(results[facts[kind.name]])) for kind in kinds]
    return ReportData(
        kinds=kind_rows, agents=_agents(results[support["agents"]]), persons=[r["person"] for r in persons],
        articles=results[support["articles"]], offices=results[support["offices"]], filters=filters,
        person_names=names,
    )
