"""The build's verdict over every article graph of the store, not only those it wrote.

An incremental build writes new and changed articles and keeps the others: its SHACL verdict
must still cover the kept graphs, or a store with violating graphs from an earlier run would be
reported as conforming (issue 27, defect 8). Each graph's verdict is recorded in a small JSON
file inside the store directory (``VERDICTS_FILE``), keyed by the article's content hash and a
digest of the shapes; a kept graph whose recorded verdict is missing or out of date (another
content hash, changed shapes, a store written by an earlier version) is validated again from
the store, with the shared descriptions of its nodes, as ``kzgraph validate --store`` does.
So the first build after an upgrade re-validates the store once; later builds validate only
what they write. The file is a cache: deleting it costs time, never correctness.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kzgraph.graph import iris
from kzgraph.store.embedded import SHARED_GRAPH, article_graph_name, article_hashes
from kzgraph.validate.shapes import shapes_files

VERDICTS_FILE = "kzgraph-verdicts.json"
Validator = Callable[[Graph], tuple[bool, str]]


def shapes_digest() -> str:
    """Changes whenever a shapes file does: recorded verdicts are then out of date."""
    digest = hashlib.sha256()
    for path in shapes_files():
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _read(path: Path) -> dict[str, dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or damaged: every kept graph is validated again
    return data if isinstance(data, dict) else {}


def _write(path: Path, verdicts: dict[str, dict]) -> None:
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(json.dumps(verdicts, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        temporary.replace(path)  # atomic: an interrupted build leaves the old file or the new one
    except OSError:
        pass  # a cache: without it the next build validates the kept graphs again


def stored_article_graph(store: ox.Store, article_id: str) -> Graph:
    """One article graph of the store with the shared descriptions (type, label, aliases) of
    its nodes, as the build validated it before splitting it."""
    name = article_graph_name(article_id)
    triples = [quad.triple for quad in store.quads_for_pattern(None, None, None, name)]
    nodes = {term for triple in triples for term in (triple.subject, triple.object)
             if isinstance(term, ox.NamedNode) and iris.is_shared_node(term.value)}
    for node in sorted(nodes, key=str):
        triples.extend(quad.triple for quad in store.quads_for_pattern(node, None, None, SHARED_GRAPH))
    graph = iris.new_graph()
    if triples:  # one N-Triples round trip turns pyoxigraph terms into rdflib terms
        graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph


def store_verdicts(
    store: ox.Store,
    directory: Path | None,
    written: dict[str, str | None],
    validator: Validator,
) -> dict[str, str]:
    """Article id -> violation summary of every non-conforming article graph in the store.

    ``written``: the graphs this build wrote and validated, article id -> their summary (None
    when the graph conforms). Every other graph's verdict comes from the verdicts file when it
    is up to date, else from validating it now. ``directory`` None (an in-memory store): no
    file, the store holds only what this build wrote.
    """
    path = directory / VERDICTS_FILE if directory is not None else None
    recorded = _read(path) if path is not None else {}
    shapes = shapes_digest()
    verdicts: dict[str, dict] = {}
    for article_id, content in sorted(article_hashes(store).items()):
        if article_id in written:
            text = written[article_id]
        else:
            old = recorded.get(article_id)
            if isinstance(old, dict) and old.get("hash") == content and old.get("shapes") == shapes:
                text = old.get("violations")
            else:
                conforms, summary = validator(stored_article_graph(store, article_id))
                text = None if conforms else summary
        verdicts[article_id] = {"hash": content, "shapes": shapes, "violations": text}
    if path is not None:
        _write(path, verdicts)
    return {aid: v["violations"] for aid, v in verdicts.items() if v["violations"] is not None}


def written_this_build(written_ids: Iterable[str], failed_ids: Iterable[str],
                       invalid: Iterable[tuple[str, str]]) -> dict[str, str | None]:
    """The ``written`` argument of :func:`store_verdicts` from a build's report: the articles
    it extracted (new, changed, redone) but not those whose extraction failed (their old graph,
    if any, stays and keeps its recorded verdict)."""
    failed = set(failed_ids)
    summaries = dict(invalid)
    return {aid: summaries.get(aid) for aid in written_ids if aid not in failed}


def cover_store(store: ox.Store, directory: Path | None, report: object, validator: Validator) -> None:
    """Extend a build report's ``invalid`` list to every non-conforming graph of the store.

    ``report`` is a :class:`kzgraph.build.BuildReport`; the graphs it kept from earlier builds
    are marked as such in the summary text."""
    written_ids = [*report.new, *report.changed, *report.outdated, *report.remerged]  # type: ignore[attr-defined]
    written = written_this_build(written_ids, report.failed_ids, report.invalid)  # type: ignore[attr-defined]
    for article_id, text in store_verdicts(store, directory, written, validator).items():
        if article_id not in written:
            report.invalid.append((article_id, f"(kept from an earlier build) {text}"))  # type: ignore[attr-defined]
