"""The bulk article writer gives the same store as one transaction per article, and its hash
triples come last."""

from __future__ import annotations

import pyoxigraph as ox

from kzgraph.graph.build import article_graph
from kzgraph.graph.iris import KZ
from kzgraph.resolve.registry import PersonRegistry
from kzgraph.store.bulk import write_article_graphs
from kzgraph.store.embedded import article_hashes, open_store, replace_article_graph
from tests.factories import sample_article, sample_facts


def _graphs(suffix: str = "") -> list[tuple[str, object]]:
    registry = PersonRegistry()
    return [(aid, article_graph(sample_article(aid, day), sample_facts(aid), registry, f"h-{aid}{suffix}"))
            for aid, day in (("a1", 3), ("a2", 4), ("a3", None))]


def test_bulk_writer_matches_one_transaction_per_article() -> None:
    reference, bulk = open_store(None), open_store(None)
    for aid, graph in _graphs():
        replace_article_graph(reference, aid, graph)
    written = write_article_graphs(bulk, _graphs())
    assert set(bulk) == set(reference) and written >= len(reference) - 10  # shared triples repeat
    # Rewriting replaces: new hashes, no old graph content left over.
    write_article_graphs(bulk, _graphs("-new"))
    assert article_hashes(bulk) == {aid: f"h-{aid}-new" for aid in ("a1", "a2", "a3")}
    assert len(bulk) == len(reference)


def test_hash_triples_are_written_after_the_graphs(monkeypatch) -> None:  # noqa: ANN001
    store = open_store(None)
    calls: list[list[ox.Quad]] = []
    monkeypatch.setattr(ox.Store, "bulk_extend", lambda self, quads: calls.append(list(quads)))
    write_article_graphs(store, _graphs())
    (body,) = calls
    assert not any(q.predicate.value == str(KZ.contentHash) for q in body)
    # The store holds only what the transaction wrote: the three hash quads.
    assert len(store) == 3 and all(q.predicate.value == str(KZ.contentHash) for q in store)


def test_a_store_without_name_keys_gets_them_after_a_build() -> None:
    """Persons written before kz:nameKey existed are found by `person` after the next build
    (prune_shared runs after every build), though their articles are not rewritten."""
    from kzgraph.query import find_query, run_query
    from kzgraph.store.embedded import SHARED_GRAPH, prune_shared
    from tests.servers import factory_store

    store = factory_store()
    key = ox.NamedNode(str(KZ.nameKey))
    for quad in list(store.quads_for_pattern(None, key, None, SHARED_GRAPH)):
        store.remove(quad)
    person = find_query("person")
    assert run_query(store, person, {"name": "maria beispiel"}).rows == []
    prune_shared(store)
    assert run_query(store, person, {"name": "MARIA Beispiel"}).rows
    before = len(store)
    prune_shared(store)
    assert len(store) == before  # nothing more to add
