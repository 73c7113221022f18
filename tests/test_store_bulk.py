"""The bulk article writer gives the same store as one transaction per article, and its hash
triples come last."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.namespace import RDFS

from kzgraph.extract.facts import Agent, AgentKind, ArticleFacts, Evidence, PersonMention
from kzgraph.graph.build import article_graph, register_persons
from kzgraph.graph.iris import KZ
from kzgraph.reading.article import Article
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
    calls: list[bytes] = []
    monkeypatch.setattr(ox.Store, "bulk_load", lambda self, data, format: calls.append(data))  # noqa: A006
    write_article_graphs(store, _graphs())
    (body,) = calls
    body_quads = ox.parse(body, format=ox.RdfFormat.N_QUADS)
    assert not any(q.predicate.value == str(KZ.contentHash) for q in body_quads)
    # The store holds only what the transactions wrote: the shared labels and the three hash quads.
    hashes = [q for q in store if q.predicate.value == str(KZ.contentHash)]
    assert len(hashes) == 3 and all(q.predicate.value == str(RDFS.label) for q in store if q not in hashes)


def _spelled(article_id: str, spelling: str) -> Graph:
    text = f"{spelling} sprach."
    person = Agent(AgentKind.PERSON, spelling, spelling)
    evidence = Evidence(article_id, text, 0, len(text), "p", 0.9)
    facts = ArticleFacts(article_id, persons=[PersonMention(evidence, person)])
    registry = PersonRegistry()
    register_persons(registry, facts)
    return article_graph(Article(id=article_id, text=text), facts, registry, f"hash-{article_id}")


@pytest.mark.parametrize("batches", [[["a", "b"]], [["b", "a"]], [["a"], ["b"]], [["b"], ["a"]]])
def test_two_spellings_of_one_node_end_with_one_label_in_and_across_batches(batches: list[list[str]]) -> None:
    """Two articles of one batch that spell a shared node differently (one IRI key) leave one
    label and an alias, as one transaction per article does, in any order."""
    spellings = {"a": "Lea Wort-Bild", "b": "Lea Wort Bild"}
    reference, bulk = open_store(None), open_store(None)
    for article_id in ("a", "b"):
        replace_article_graph(reference, article_id, _spelled(article_id, spellings[article_id]))
    for batch in batches:
        write_article_graphs(bulk, [(aid, _spelled(aid, spellings[aid])) for aid in batch])
    assert set(bulk) == set(reference)
    labels = [q for q in bulk if q.predicate.value == str(RDFS.label) and "person/" in q.subject.value]
    assert [q.object.value for q in labels] == ["Lea Wort Bild"]  # the smaller spelling


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
