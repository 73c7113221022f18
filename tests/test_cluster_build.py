"""kzgraph build on a Dask cluster (real scheduler and worker processes, real NLP): the same graph
as a local build, a lost worker costing a retry and no article, a clear error for no scheduler."""

from __future__ import annotations

import os
import signal
import socket
import time

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from kzgraph.build import build_corpus
from kzgraph.cli import main
from kzgraph.reading import read_corpus
from kzgraph.resources import EXAMPLES_DIR
from kzgraph.store.embedded import open_store, union_triples
from kzgraph.validate import conforms_text

EXAMPLE = EXAMPLES_DIR / "kasachstan-2022"
pytestmark = pytest.mark.slow


def as_graph(store: ox.Store) -> Graph:
    data = ox.serialize(union_triples(store), format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data, format="nt")


@pytest.fixture(scope="module")
def local_graph() -> Graph:
    store = open_store(None)
    report = build_corpus(read_corpus(EXAMPLE), store, validator=conforms_text)
    assert report.articles == 5 and not report.failed
    return as_graph(store)


def test_a_local_cluster_writes_the_same_graph_as_a_local_build(local_graph: Graph) -> None:
    store = open_store(None)
    report = build_corpus(read_corpus(EXAMPLE), store, validator=conforms_text, cluster="local:2")
    assert report.articles == 5 and not report.failed and not report.invalid
    assert isomorphic(as_graph(store), local_graph)


def test_two_worker_processes_write_the_same_graph_as_one_job(local_graph: Graph) -> None:
    """``--jobs 2``: forked workers, many tasks in flight, batches written while they work."""
    store = open_store(None)
    report = build_corpus(read_corpus(EXAMPLE), store, validator=conforms_text, jobs=2)
    assert report.articles == 5 and not report.failed and not report.invalid
    assert isomorphic(as_graph(store), local_graph)


def test_a_worker_lost_mid_build_costs_a_retry_not_an_article(local_graph: Graph) -> None:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            victim = next(iter(client.run(os.getpid).values()))
            killed: list[int] = []

            def kill_one_worker(_item: object) -> None:
                if not killed:  # after the first article: the others are in flight
                    os.kill(victim, signal.SIGKILL)
                    killed.append(victim)

            store = open_store(None)
            report = build_corpus(read_corpus(EXAMPLE), store, cluster=cluster.scheduler_address,
                                  progress=kill_one_worker)
            assert killed and victim not in client.run(os.getpid).values()
    assert report.articles == 5 and not report.failed
    assert isomorphic(as_graph(store), local_graph)


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path) -> None:  # noqa: ANN001
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    began = time.monotonic()
    result = CliRunner().invoke(main, ["build", str(EXAMPLE), "--store", str(tmp_path / "s"), "-q",
                                       "--cluster", f"tcp://127.0.0.1:{port}"])
    assert time.monotonic() - began < 60
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler" in result.output and "Traceback" not in result.output


def test_local_n_must_be_a_positive_number(tmp_path) -> None:  # noqa: ANN001
    result = CliRunner().invoke(main, ["build", str(EXAMPLE), "--store", str(tmp_path / "s"), "-q",
                                       "--cluster", "local:none"])
    assert result.exit_code == 2 and "local:N" in result.output and "Traceback" not in result.output
