"""`kzgraph load` on hostile endpoints (issue 27, defect 9): malformed URLs, errors that retrying
cannot fix (400/401/403/404) stop the load at once, every failed graph is named, requests are
counted truly (retries included), an unreachable server costs one retry budget, and `--sync`
deletes the server graphs of pruned articles. A fake HTTP server on 127.0.0.1 answers the
scripted statuses; `--sync` runs against a real Oxigraph server."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kzgraph.cli import main
from kzgraph.graph import iris
from kzgraph.store.embedded import prune_shared, remove_article_graph
from kzgraph.store.gsp import GraphStoreClient, UnreachableError, load_graphs
from tests.servers import Server, factory_store, free_port, oxigraph_server

__all__ = ["oxigraph_server"]  # a fixture, imported for pytest

GRAPHS = 40


class Fake(BaseHTTPRequestHandler):
    """Answers ``status`` to every request (``first`` to the first one, if set); records them."""

    status = 201
    first: int | None = None
    log: list[tuple[str, str, int]] = []  # (method, path with query, status)
    lock = threading.Lock()

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with self.lock:
            status = self.first if self.first is not None and not self.log else self.status
            type(self).log.append((self.command, self.path, status))
        self.send_response(status)
        if status == 429:
            self.send_header("Retry-After", "0")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST = do_DELETE = _answer  # noqa: N815 - http.server's naming

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def fake() -> Iterator[tuple[str, type[Fake]]]:
    handler = type("Handler", (Fake,), {"log": [], "status": 201, "first": None, "lock": threading.Lock()})
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()


def _graph_items(n: int = GRAPHS) -> list[tuple[str, list[ox.Triple]]]:
    return [(str(iris.article_graph_iri(f"a{i}")),
             [ox.Triple(ox.NamedNode(f"http://example.org/s{i}"), ox.NamedNode("http://example.org/p"),
                        ox.Literal(f"value {i}"))])
            for i in range(n)]


@pytest.fixture()
def trig(tmp_path: Path) -> Path:
    """A TriG file of GRAPHS small article graphs."""
    path = tmp_path / "many.trig"
    quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(name))
             for name, triples in _graph_items() for t in triples]
    ox.serialize(quads, str(path), format=ox.RdfFormat.TRIG)
    return path


def load(*args: str):  # noqa: ANN201 - click Result
    return CliRunner().invoke(main, ["load", *args])


def _requests_reported(output: str) -> int:
    line = next(line for line in output.splitlines() if line.startswith("loaded "))
    return int(line.split(" in ")[1].split()[0])


@pytest.mark.parametrize("url", ["http://127.0.0.1:99999", "http://127.0.0.1:port", "http:///store",
                                 "gopher://127.0.0.1:70"])
def test_a_malformed_endpoint_is_a_usage_error(trig: Path, url: str) -> None:
    result = load(str(trig), "--endpoint", url)
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)  # no traceback
    assert "--endpoint" in result.output


@pytest.mark.parametrize("status", [400, 401, 403, 404])
def test_an_error_retrying_cannot_fix_stops_the_load_at_once(fake: tuple[str, type[Fake]], trig: Path,
                                                              status: int) -> None:
    url, handler = fake
    handler.status = status
    result = load(str(trig), "--endpoint", url, "--concurrency", "2", "--quiet")
    assert result.exit_code == 2, result.output
    assert f"HTTP {status}" in result.output
    # Nothing is retried and no more graphs are sent than were in flight.
    assert len(handler.log) <= 2
    assert _requests_reported(result.output) == len(handler.log)
    # The graph it failed on is named.
    assert str(iris.DATA["graph/"]) in result.output.split("failed: ", 1)[1]
    assert result.output.count(f"HTTP {status}") <= 4  # not one line per graph of the file


@pytest.mark.parametrize("status", [500, 413])
def test_each_failed_graph_is_named_and_every_request_counted(fake: tuple[str, type[Fake]], trig: Path,
                                                               status: int) -> None:
    url, handler = fake
    handler.status = status
    result = load(str(trig), "--endpoint", url, "--retries", "1", "--quiet")
    assert result.exit_code == 2, result.output
    failed = [line for line in result.output.splitlines() if line.startswith("failed: ")]
    named = {line.split(": ", 2)[1] for line in failed}
    assert len(named) == min(GRAPHS, 20)  # the first 20 by name, the rest counted
    assert f"and {GRAPHS - 20} more failed graph(s)" in result.output
    assert _requests_reported(result.output) == len(handler.log)
    if status == 500:
        assert len(handler.log) == 2 * GRAPHS  # each graph: one try and one retry


def test_retried_429_counts_every_request(fake: tuple[str, type[Fake]], trig: Path) -> None:
    url, handler = fake
    handler.first = 429
    result = load(str(trig), "--endpoint", url, "--quiet")
    assert result.exit_code == 0, result.output
    assert len(handler.log) == GRAPHS + 1
    assert _requests_reported(result.output) == GRAPHS + 1
    assert f"loaded {GRAPHS} graph(s)" in result.output


def test_an_unreachable_server_costs_one_retry_budget() -> None:
    sleeps: list[float] = []
    client = GraphStoreClient(f"http://127.0.0.1:{free_port()}", retries=3, backoff=0.01,
                              sleep=sleeps.append)
    report = load_graphs(client, iter(_graph_items()), concurrency=4)
    assert isinstance(report.stopped, UnreachableError)
    assert report.graphs == 0
    # At most the graphs in flight tried the server (4 attempts each), not all 40 graphs.
    assert client.sent <= 2 * 4 * 4
    assert report.requests == client.sent


@pytest.mark.server
def test_sync_deletes_the_server_graphs_of_pruned_articles(oxigraph_server: Server, tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    store = factory_store(store_dir)
    article_graphs = sorted(str(name.value) for name in store.named_graphs()
                            if iris.article_id_from_graph(name.value) is not None)
    assert len(article_graphs) >= 2
    del store
    client = GraphStoreClient(oxigraph_server.url, "/store", "/query")
    foreign = "http://example.org/not-kzgraph"
    client.put_graph(foreign, [ox.Triple(ox.NamedNode("http://example.org/s"),
                                         ox.NamedNode("http://example.org/p"), ox.Literal("kept"))])
    args = ["--store", str(store_dir), "--endpoint", oxigraph_server.url, "--flavor", "oxigraph", "--quiet"]
    first = load(*args, "--sync")
    assert first.exit_code == 0, first.output
    assert set(article_graphs) <= set(client.graph_sizes())

    # Prune one article from the store, as `kzgraph build --prune` does.
    store = ox.Store(str(store_dir))
    gone = iris.article_id_from_graph(article_graphs[0])
    assert gone is not None
    remove_article_graph(store, gone)
    prune_shared(store)
    store.flush()
    del store

    plain = load(*args)  # a load alone is not a sync: the pruned graph stays on the server
    assert plain.exit_code == 0 and article_graphs[0] in client.graph_sizes()
    synced = load(*args, "--sync")
    assert synced.exit_code == 0, synced.output
    on_server = set(client.graph_sizes())
    assert article_graphs[0] not in on_server
    assert set(article_graphs[1:]) <= on_server
    assert foreign in on_server  # graphs outside kzgraph's article namespace are never touched
    assert "deleted 1 article graph(s)" in synced.output


def test_sync_needs_the_complete_set_of_graphs(tmp_path: Path) -> None:
    turtle = tmp_path / "g.ttl"
    turtle.write_text("<http://example.org/s> <http://example.org/p> 1 .\n", encoding="utf-8")
    result = load(str(turtle), "--endpoint", "http://127.0.0.1:1", "--sync")
    assert result.exit_code == 2 and "--sync" in result.output
