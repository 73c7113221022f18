"""`kzgraph load`: put an RDF file or the embedded store into a remote triple store (SPARQL 1.1 GSP)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import click
import pyoxigraph as ox

from kzgraph.cli.common import EXIT_ERROR, EXIT_OK, fail, warn
from kzgraph.cli.load_report import check_endpoint, summarise
from kzgraph.graph import iris
from kzgraph.store.embedded import (
    DATASET_FORMATS,
    FORMATS,
    StoreError,
    format_for,
    graphs,
    load_file,
    open_read_only,
)
from kzgraph.store.gsp import (
    FLAVORS,
    GraphItem,
    GraphStoreClient,
    LoadError,
    load_graphs,
    make_auth,
    sync_graphs,
)

USER_VARIABLE = "KZGRAPH_ENDPOINT_USER"
PASSWORD_VARIABLE = "KZGRAPH_ENDPOINT_PASSWORD"


def file_graphs(path: Path, fmt: str | None, graph: str | None) -> Iterator[GraphItem]:
    """TriG/N-Quads: graph by graph; a triple format (Turtle ...): one graph, ``graph`` or default."""
    name = format_for(path, fmt)
    if name in DATASET_FORMATS:
        if graph is not None:
            raise StoreError(f"{path}: --graph applies to triple formats; {name} names its own graphs")
        yield from _as_items(graphs(load_file(path, format_name=name)), from_store=False)
        return
    try:
        triples = list(ox.parse(path=str(path), format=FORMATS[name]))
    except (OSError, SyntaxError, ValueError) as err:
        raise StoreError(f"{path}: cannot read: {err}") from err
    yield graph, triples


def store_graphs(directory: Path) -> Iterator[GraphItem]:
    # Read-only: a build may hold the store's write lock; loading only needs a snapshot.
    yield from _as_items(graphs(open_read_only(directory)), from_store=True)


def _as_items(items: Iterator[tuple[ox.NamedNode | ox.BlankNode | None, list[ox.Triple]]],
              from_store: bool) -> Iterator[GraphItem]:
    for name, triples in items:
        if isinstance(name, ox.BlankNode):
            # A blank graph name means nothing outside its file: GSP needs an IRI.
            warn(f"skipped a graph named by a blank node ({len(triples)} triples)")
            continue
        if name is None and from_store:
            # A build store has named graphs only; a default graph there is the union copy an
            # earlier version kept, which would double the server's union for nothing.
            warn(f"skipped the store's default graph ({len(triples)} triples): a union copy left by "
                 "an earlier kzgraph build; the next `kzgraph build` into the store removes it")
            continue
        # Article graphs and the shared graph by name; a file's default graph to the server's.
        yield (name.value if name is not None else None), triples


@click.command("load")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Load the named graphs of this embedded store instead of a FILE.")
@click.option("--endpoint", required=True, metavar="URL",
              help="Base URL of the triple store, e.g. http://127.0.0.1:7878.")
@click.option("--flavor", type=click.Choice(sorted(FLAVORS)), default="generic", show_default=True,
              help="Server preset for the paths and auth: oxigraph (/store, /query), virtuoso "
                   "(/sparql-graph-crud-auth, /sparql, digest), generic (/store, /sparql).")
@click.option("--gsp-path", default=None,
              help="Path of the Graph Store Protocol endpoint (overrides --flavor).")
@click.option("--query-path", default=None, help="Path of the SPARQL query endpoint, used by --verify.")
@click.option("--graph", "graph_iri", default=None, metavar="IRI",
              help="Named graph for a triple-format FILE (Turtle, N-Triples); default: the default graph.")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default=None,
              help="Format of FILE (default: from its suffix).")
@click.option("--auth", "auth_kind", type=click.Choice(["basic", "digest"]), default=None,
              help=f"HTTP authentication with ${USER_VARIABLE} / ${PASSWORD_VARIABLE} "
                   "(default: by --flavor).")
@click.option("--concurrency", "-c", type=click.IntRange(min=1), default=4, show_default=True,
              help="Graphs sent at the same time (one PUT per graph).")
@click.option("--chunk-triples", type=click.IntRange(min=1), default=50_000, show_default=True,
              help="Larger graphs are sent in chunks: PUT the first, POST the rest.")
@click.option("--retries", type=click.IntRange(min=0), default=5, show_default=True,
              help="Retries (exponential backoff) on connection errors, 5xx and 429.")
@click.option("--timeout", type=click.FloatRange(min=1), default=120.0, show_default=True,
              help="Seconds per request.")
@click.option("--verify/--no-verify", default=False,
              help="Afterwards, compare the triple count of each graph on the server.")
@click.option("--sync", is_flag=True,
              help="Afterwards, delete the server's article graphs that are not in the source "
                   "(articles pruned from the store). Needs a query endpoint (--flavor / --query-path).")
@click.option("--quiet", "-q", is_flag=True)
def load_command(file: Path | None, store_dir: Path | None, endpoint: str, flavor: str,
                 gsp_path: str | None, query_path: str | None, graph_iri: str | None, fmt: str | None,
                 auth_kind: str | None, concurrency: int, chunk_triples: int, retries: int,
                 timeout: float, verify: bool, sync: bool, quiet: bool) -> None:
    """Load FILE or the store at --store DIR into the triple store at --endpoint.

    One named graph per article and one for the shared persons, posts and organizations, each
    replaced with HTTP PUT: loading twice leaves the same triples. Saved queries give the rows
    `kzgraph query` gives when run over the union of the graphs: Virtuoso's default graph is
    that union; on an Oxigraph server, ask for it with the union-default-graph parameter (or
    start it with --union-default-graph). Credentials only from the environment:
    KZGRAPH_ENDPOINT_USER, KZGRAPH_ENDPOINT_PASSWORD.
    """
    if (file is None) == (store_dir is None):
        fail("give either FILE or --store DIR")
    check_endpoint(endpoint)
    if sync and file is not None and format_for(file, fmt) not in DATASET_FORMATS:
        fail("--sync needs --store DIR or a TriG / N-Quads file: the complete set of article graphs")
    if graph_iri is not None:
        try:
            ox.NamedNode(graph_iri)
        except ValueError as err:
            fail(f"--graph {graph_iri!r} is not an IRI: {err}")
    preset = FLAVORS[flavor]
    auth = make_auth(auth_kind or preset.auth, os.environ.get(USER_VARIABLE),
                     os.environ.get(PASSWORD_VARIABLE))
    client = GraphStoreClient(endpoint, gsp_path or preset.gsp_path, query_path or preset.query_path,
                              auth, retries=retries, timeout=timeout, chunk_triples=chunk_triples)
    expected: dict[str | None, int] = {}

    def source() -> Iterator[GraphItem]:
        items = file_graphs(file, fmt, graph_iri) if file is not None else store_graphs(store_dir)
        for name, triples in items:
            expected[name] = len(triples)
            yield name, triples

    def progress(name: str | None, count: int) -> None:
        if not quiet:
            warn(f"  {name or '(default graph)'}: {count} triples")

    try:
        report = load_graphs(client, source(), concurrency, progress)
    except (LoadError, StoreError) as err:
        fail(str(err))
    summarise(report, client.gsp_url)
    if report.stopped is not None:
        fail(f"load stopped: {report.stopped}")
    if sync and not report.failed:
        _sync(client, {name for name in expected if name is not None})
    if verify and not report.failed:
        _verify(client, expected)
    raise SystemExit(EXIT_ERROR if report.failed else EXIT_OK)


def _sync(client: GraphStoreClient, loaded: set[str]) -> None:
    try:
        deleted = sync_graphs(client, str(iris.DATA["graph/"]), loaded)
    except LoadError as err:
        fail(f"--sync: {err}")
    for name in deleted:
        warn(f"  deleted {name}: its article is no longer in the source")
    warn(f"sync: deleted {len(deleted)} article graph(s) not in the source")


def _verify(client: GraphStoreClient, expected: dict[str | None, int]) -> None:
    try:
        sizes = client.graph_sizes()
    except LoadError as err:
        fail(f"--verify: {err}")
    wrong = [f"{name}: {count} sent, {sizes.get(name, 0)} on the server"
             for name, count in expected.items() if name is not None and sizes.get(name, 0) != count]
    if wrong:
        fail("--verify: graph sizes differ:\n  " + "\n  ".join(wrong))
    warn(f"verified: {len(expected)} graph(s) have the expected number of triples")
