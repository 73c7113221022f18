"""Real SPARQL servers on 127.0.0.1 for the load tests: Oxigraph server and OpenLink Virtuoso.

Each server runs in a temporary directory on free ports, is polled until it answers, and is
stopped (terminate, then kill) at teardown. Nothing listens on anything but 127.0.0.1.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from kzgraph.build import BuildReport, Extracted, write_graphs
from kzgraph.extract.facts import ArticleFacts
from kzgraph.query import SavedQuery, list_queries, run_query
from kzgraph.query.layout import layouts
from kzgraph.query.params import bindings
from kzgraph.query.run import term_text
from kzgraph.reading import content_hash
from kzgraph.reading.article import Article
from kzgraph.store.embedded import open_store, select
from tests.factories import sample_article, sample_facts


@dataclass
class Server:
    name: str  # "oxigraph" | "virtuoso": also the `kzgraph load --flavor`
    url: str  # base URL, e.g. http://127.0.0.1:40123
    query_url: str
    user: str | None = None
    password: str | None = None
    auth: str | None = None  # "digest" for Virtuoso
    start_seconds: float = 0.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_answers(url: str, process: subprocess.Popen, timeout: float, log: Path | None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            text = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise RuntimeError(f"server exited with {process.returncode} before answering:\n{text}")
        try:
            response = requests.get(url, params={"query": "ASK {}"}, timeout=2)
            if response.status_code < 500:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"no answer from {url} within {timeout} s")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _oxigraph_command() -> list[str] | None:
    exe = shutil.which("oxigraph")
    return [exe] if exe else None


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    command = _oxigraph_command()
    if command is None:
        pytest.skip("the `oxigraph` server CLI is not installed (pip install oxigraph)")
    location = tmp_path_factory.mktemp("oxigraph")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = location / "server.log"
    started = time.monotonic()
    with log.open("wb") as out:
        # No --union-default-graph: it is a union of quads (a triple in three graphs counts
        # thrice); queries name kzgraph's deduplicated union graph as default-graph-uri instead.
        process = subprocess.Popen(
            [*command, "serve", "--location", str(location / "db"), "--bind", f"127.0.0.1:{port}"],
            stdout=out, stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_answers(f"{url}/query", process, 30, log)
        yield Server("oxigraph", url, f"{url}/query", start_seconds=time.monotonic() - started)
    finally:
        _stop(process)


VIRTUOSO_INI = """\
[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {dir}/virtuoso-temp.db
TransactionFile    = {dir}/virtuoso-temp.trx
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:{sql_port}
DisableUnixSocket        = 1
MaxClientConnections     = 10
CheckpointInterval       = 60
CaseMode                 = 2
DirsAllowed              = ., {dir}
NumberOfBuffers          = 10000
MaxDirtyBuffers          = 6000

[HTTPServer]
ServerPort                  = 127.0.0.1:{http_port}
ServerRoot                  = {dir}
MaxClientConnections        = 10
ServerThreads               = 10
Charset                     = UTF-8
EnabledDavVSP               = 0

[SPARQL]
ResultSetMaxRows           = 100000
MaxQueryExecutionTime      = 60
"""


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    exe = shutil.which("virtuoso-t")
    if exe is None:
        pytest.skip("OpenLink Virtuoso is not installed (`virtuoso-t` missing; "
                    "apt-get install -y virtuoso-opensource)")
    directory = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    ini = directory / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=directory, sql_port=sql_port, http_port=http_port))
    url = f"http://127.0.0.1:{http_port}"
    started = time.monotonic()
    # +foreground keeps it our child, so teardown can stop exactly this process.
    env = {**os.environ}
    process = subprocess.Popen(
        [exe, "+configfile", str(ini), "+foreground", "+wait"],
        cwd=directory, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )
    try:
        # The first start creates the database and installs the SPARQL pages: takes a while.
        _wait_until_answers(f"{url}/sparql", process, 120, directory / "virtuoso.log")
        yield Server("virtuoso", url, f"{url}/sparql", user="dba", password="dba", auth="digest",
                     start_seconds=time.monotonic() - started)
    finally:
        _stop(process)


# -- data and comparisons shared by the store, load and incremental tests ---------------------

# Saved queries that take parameters get one value each, so that every query runs (the name
# in another case than stored: it is looked up by its key).
QUERY_PARAMS: dict[str, dict[str, str]] = {"person": {"name": "maria BEISPIEL"}, "article": {"id": "a1"}}
# Optional filters, each run on every saved query that declares them (on top of QUERY_PARAMS).
FILTER_CASES: list[dict[str, str]] = [
    {"since": "2022-01-04"},
    {"until": "2022-01-03"},
    {"person": "Karl Muster"},
    {"since": "2022-01", "until": "2022-01-03", "person": "MARIA beispiel"},
]


def query_cases() -> Iterator[tuple[str, SavedQuery, dict[str, str]]]:
    """(key, saved query, parameters): each query once as is, then with each filter case it takes.
    The key is the query's name, followed by the filters for a filtered case."""
    for query in list_queries():
        base = QUERY_PARAMS.get(query.name, {})
        yield query.name, query, base
        for case in FILTER_CASES:
            if set(case) <= set(query.options):
                yield f"{query.name} {sorted(case.items())}", query, {**base, **case}


def unfiltered(rows: dict[str, Counter[tuple[str, ...]]]) -> dict[str, Counter[tuple[str, ...]]]:
    """The rows of the unfiltered cases (keyed by the query name alone)."""
    return {key: found for key, found in rows.items() if " " not in key}


def factory_corpus() -> list[tuple[Article, ArticleFacts]]:
    """Three small articles from tests.factories: enough for every saved query to return rows."""
    corpus = []
    for article_id, day in (("a1", 3), ("a2", 4), ("a3", None)):
        corpus.append((sample_article(article_id, day), sample_facts(article_id)))
    return corpus


def factory_store(directory: Path | None = None) -> ox.Store:
    """A store with one named graph per factory article, built as `kzgraph build` writes it."""
    store = open_store(directory)
    report = BuildReport()
    extracted = [Extracted(article, facts, content_hash(article)) for article, facts in factory_corpus()]
    write_graphs(extracted, store, report)
    return store


def row_multiset(columns: list[str], rows: list[dict[str, str]]) -> Counter[tuple[str, ...]]:
    return Counter(tuple(row.get(c, "") for c in columns) for row in rows)


def local_rows(store: ox.Store) -> dict[str, Counter[tuple[str, ...]]]:
    """Every saved query's rows (each filter case too) on a pyoxigraph store (the union of its
    graphs), as multisets."""
    results = {}
    for key, query, params in query_cases():
        substitutions = {ox.Variable(k): ox.Literal(v) for k, v in bindings(params, query.options).items()}
        solutions = select(store, query.text, substitutions)
        # The header's columns, not solutions.variables: pyoxigraph adds substituted variables.
        columns = list(query.columns)
        rows = [{c: term_text(s[c]) for c in columns} for s in solutions]
        results[key] = row_multiset(columns, rows)
    return results



def listing_rows(store: ox.Store, use_index: bool = True) -> dict[str, set[tuple[str, ...]]]:
    """The rows `kzgraph query` shows (distinct on the columns) of every listing the listing
    index holds, each filter case too: read from the store's index if it has one
    (``use_index``), else by the saved query. Compare with :func:`distinct` of another engine's."""
    found = {}
    for key, query, params in query_cases():
        if query.name in layouts():
            result = run_query(store, query, params, use_index=use_index)
            found[key] = {tuple(row[c] for c in query.columns) for row in result.rows}
    return found


def distinct(rows: dict[str, Counter[tuple[str, ...]]]) -> dict[str, set[tuple[str, ...]]]:
    """Solution multisets (:func:`local_rows`) as the distinct rows of the indexed listings."""
    return {key: set(found) for key, found in rows.items() if key.split(" ", 1)[0] in layouts()}
