"""`kzgraph load` against real servers on 127.0.0.1: Oxigraph server and (if installed) Virtuoso."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kzgraph.cli import main
from kzgraph.graph.iris import SHARED_GRAPH
from kzgraph.query.params import bindings
from kzgraph.query.run import term_text
from kzgraph.store.embedded import UNION_GRAPH, export, union_triples
from kzgraph.store.gsp import FLAVORS, GraphStoreClient, make_auth
from tests.servers import (
    Server,
    distinct,
    factory_store,
    listing_rows,
    local_rows,
    oxigraph_server,
    query_cases,
    row_multiset,
    unfiltered,
    virtuoso_server,
)

__all__ = ["oxigraph_server", "virtuoso_server"]  # fixtures, imported for pytest

pytestmark = pytest.mark.server
OURS = "https://w3id.org/kzgraph/"


@pytest.fixture(params=["oxigraph_server", "virtuoso_server"])
def server(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Server:
    found: Server = request.getfixturevalue(request.param)
    if found.user:
        monkeypatch.setenv("KZGRAPH_ENDPOINT_USER", found.user)
        monkeypatch.setenv("KZGRAPH_ENDPOINT_PASSWORD", found.password or "")
    print(f"{found.name} started in {found.start_seconds:.1f} s")
    return found


def client_for(server: Server) -> GraphStoreClient:
    flavor = FLAVORS[server.name]
    return GraphStoreClient(server.url, flavor.gsp_path, flavor.query_path,
                            make_auth(flavor.auth, server.user, server.password))


def remote_rows(client: GraphStoreClient, server: Server) -> dict[str, Counter[tuple[str, ...]]]:
    """Every saved query's rows on a server, its default graph being the union of all graphs
    (Virtuoso: by default; Oxigraph: the union-default-graph parameter), as multisets.

    The protocol has no bindings, so a parameter becomes a VALUES block at the start of the
    WHERE clause; the value is written by pyoxigraph's Literal serialisation (escaped).
    """
    results = {}
    for key, query, params in query_cases():
        text = query.text
        for name, value in bindings(params, query.options).items():
            text = text.replace("WHERE {", f"WHERE {{ VALUES ?{name} {{ {ox.Literal(value)} }}", 1)
        rows = client.select(text, union=FLAVORS[server.name].union_params)
        converted = [{k: term_text(v) for k, v in row.items()} for row in rows]
        results[key] = row_multiset(list(query.columns), converted)
    return results


def ours(sizes: dict[str, int]) -> dict[str, int]:
    return {g: n for g, n in sizes.items() if g.startswith(OURS)}


def load(*args: str) -> tuple[int, str, float]:
    started = time.monotonic()
    result = CliRunner().invoke(main, ["load", *args])
    return result.exit_code, result.output, time.monotonic() - started


def test_store_loads_and_saved_queries_agree(server: Server, tmp_path: Path) -> None:
    store = factory_store(tmp_path / "store")
    expected_rows = local_rows(store)
    del store  # `load --store` opens it read-only
    code, output, seconds = load("--store", str(tmp_path / "store"), "--endpoint", server.url,
                                 "--flavor", server.name, "--verify", "--quiet")
    assert code == 0, output
    print(f"{server.name}: loaded the factory store in {seconds:.2f} s")
    client = client_for(server)
    first = ours(client.graph_sizes())
    # Three articles and the shared graph; no union copy.
    assert str(SHARED_GRAPH) in first and UNION_GRAPH not in first and len(first) == 4
    on_server = remote_rows(client, server)
    assert on_server == expected_rows
    assert all(unfiltered(expected_rows).values())  # not vacuous: every saved query has rows
    # The listings the store answers from its listing index give the server's rows (which were
    # loaded without the index: four graphs above).
    assert listing_rows(ox.Store.read_only(str(tmp_path / "store"))) == distinct(on_server)
    # Loading twice leaves exactly the same triples (PUT replaces each graph).
    code, output, _ = load("--store", str(tmp_path / "store"), "--endpoint", server.url,
                           "--flavor", server.name, "--quiet")
    assert code == 0, output
    assert ours(client.graph_sizes()) == first


def test_trig_and_chunked_graphs_give_the_same_triples(server: Server, tmp_path: Path) -> None:
    store = factory_store()
    trig = tmp_path / "graph.trig"
    export(store, trig, "trig")
    # --chunk-triples 7: every graph goes as one PUT and several POSTs; same result as one PUT.
    code, output, _ = load(str(trig), "--endpoint", server.url, "--flavor", server.name,
                           "--chunk-triples", "7", "--verify", "--quiet")
    assert code == 0, output
    assert "verified" in output
    assert remote_rows(client_for(server), server) == local_rows(store)


def test_turtle_file_goes_to_the_given_graph(server: Server, tmp_path: Path) -> None:
    store = factory_store()
    turtle = tmp_path / "graph.ttl"
    export(store, turtle, "turtle")
    graph = "https://w3id.org/kzgraph/id/test/turtle"
    for _ in range(2):
        code, output, _ = load(str(turtle), "--endpoint", server.url, "--flavor", server.name,
                               "--graph", graph, "--quiet")
        assert code == 0, output
    assert client_for(server).graph_sizes()[graph] == len(list(union_triples(store)))


def test_wrong_password_is_a_clear_error(virtuoso_server: Server, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    factory_store(tmp_path / "store")
    monkeypatch.setenv("KZGRAPH_ENDPOINT_USER", "dba")
    monkeypatch.setenv("KZGRAPH_ENDPOINT_PASSWORD", "wrong")
    code, output, _ = load("--store", str(tmp_path / "store"), "--endpoint", virtuoso_server.url,
                           "--flavor", "virtuoso", "--retries", "0")
    assert code == 2
    assert "HTTP 401" in output and "KZGRAPH_ENDPOINT_PASSWORD" in output
