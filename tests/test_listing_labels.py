"""Labels of shared nodes in listings read from the listing index (kzgraph.query.listing): looked
up once per node and listing, settled by later articles, and a row per label where graphs give a
node several labels (a store of the earliest layout), the same rows as the saved queries."""

from __future__ import annotations

import gc

import pyoxigraph as ox
import pytest

import kzgraph.query.listing
from kzgraph.graph import iris
from kzgraph.query import find_query, run_query
from kzgraph.query.layout import DIGEST, META_GRAPH, SHARED_LABELS_ONLY, full_iri, layouts, shared_labels_only
from kzgraph.query.listing import SHARED_GRAPH, _Labels, read_listing
from kzgraph.store.listings import after_build
from tests.servers import factory_store, listing_rows

LABEL = ox.NamedNode(str(iris.RDFS.label))
KARL = ox.NamedNode(str(iris.person_iri("Karl Muster")))
MARIA = ox.NamedNode(str(iris.person_iri("Maria Beispiel")))
A1 = ox.NamedNode(str(iris.article_graph_iri("a1")))


class _CountingStore:
    """A store that counts the label lookups made through it."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.asked: list[str] = []

    def quads_for_pattern(self, subject, predicate, obj, graph=None):  # noqa: ANN001, ANN201
        self.asked.append("scan of the shared graph" if subject is None else subject.value)
        return self.store.quads_for_pattern(subject, predicate, obj, graph)

    def query(self, text: str, **options):  # noqa: ANN003, ANN201
        reads = "GROUP_CONCAT" in text  # the labels themselves, not their count
        self.asked.append("scan of the shared graph" if reads else "count of the shared graph's labels")
        return self.store.query(text, **options)


def _earliest_layout(store: ox.Store, *labels: tuple[ox.NamedNode, str]) -> None:
    """Shared nodes labelled in an article graph too, as the earliest layout wrote them, in a
    store a build then upgraded (its index written anew: no index and no digest before)."""
    for node, label in labels:
        store.add(ox.Quad(node, LABEL, ox.Literal(label), A1))
    for name in list(store.named_graphs()):
        if iris.is_listing_graph(name.value):
            store.remove_graph(name)
    assert after_build(store) == 3


def _rows(store: ox.Store, name: str, use_index: bool = True, **params: str) -> list[tuple[str, ...]]:
    return [tuple(r.values()) for r in run_query(store, find_query(name), params, use_index=use_index).rows]


def test_each_node_is_looked_up_once_per_listing() -> None:
    store = factory_store()
    counting = _CountingStore(store)
    labels = _Labels(counting)  # type: ignore[arg-type]
    node = KARL.value[len(str(iris.DATA)):]
    assert [labels[node] for _ in range(3)] == ["Karl Muster"] * 3
    assert counting.asked == [KARL.value] and not labels.several
    assert labels["person/nobody-of-that-name"] == ""  # a node without a label: an empty cell


def test_a_whole_listing_reads_the_shared_graphs_labels_in_one_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    store = factory_store()
    assert shared_labels_only(store)  # recorded by the build
    counting = _CountingStore(store)
    monkeypatch.setattr(kzgraph.query.listing, "SCAN_AFTER", 1)
    labels = _Labels(counting, chunks=10)  # type: ignore[arg-type]
    karl, maria = (node.value[len(str(iris.DATA)):] for node in (KARL, MARIA))
    assert (labels[karl], labels[maria]) == ("Karl Muster", "Maria Beispiel")
    assert labels["person/nobody-of-that-name"] == ""
    assert counting.asked == [META_GRAPH.value,  # the record: the shared graph holds them all
                              "count of the shared graph's labels",  # over 0.5 per chunk: not at once
                              KARL.value,  # at most 2 per chunk: worth a scan after SCAN_AFTER lookups
                              "scan of the shared graph", full_iri("person/nobody-of-that-name")]
    # A listing of at least twice as many chunks as labels: a scan after SCAN_SOON lookups.
    monkeypatch.setattr(kzgraph.query.listing, "SCAN_SOON", 0)
    counting = _CountingStore(store)
    labels = _Labels(counting, chunks=1000)  # type: ignore[arg-type]
    assert (labels[karl], labels[maria]) == ("Karl Muster", "Maria Beispiel")
    assert counting.asked == [META_GRAPH.value, "count of the shared graph's labels",
                              "scan of the shared graph"]
    # A listing of one chunk names few of the shared graph's labels: no scan, a lookup per node.
    counting = _CountingStore(store)
    labels = _Labels(counting, chunks=1)  # type: ignore[arg-type]
    assert (labels[karl], labels[maria]) == ("Karl Muster", "Maria Beispiel")
    assert "scan of the shared graph" not in counting.asked and MARIA.value in counting.asked
    # The rows with the labels of one scan are the saved query's, whole listings and pages.
    monkeypatch.setattr(kzgraph.query.listing, "SCAN_AFTER", 0)
    monkeypatch.setattr(kzgraph.query.listing, "SCAN_LABELS_PER_CHUNK", 100)
    assert listing_rows(store) == listing_rows(store, use_index=False)
    whole = _rows(store, "offices")
    assert whole == [row for offset in range(len(whole))
                     for row in (tuple(r.values()) for r in run_query(store, find_query("offices"),
                                                                      limit=1, offset=offset).rows)]


def test_a_store_records_whether_other_graphs_label_shared_nodes() -> None:
    store = factory_store()
    _earliest_layout(store, (KARL, "K. Muster"))
    assert not shared_labels_only(store)  # so listings look each node up over all graphs
    store.remove(ox.Quad(KARL, LABEL, ox.Literal("K. Muster"), A1))
    (flag,) = list(store.quads_for_pattern(META_GRAPH, SHARED_LABELS_ONLY, None, META_GRAPH))
    store.remove(flag)  # as a store indexed before the record existed: the next build records it
    assert after_build(store) == 0 and shared_labels_only(store)
    assert list(store.quads_for_pattern(META_GRAPH, DIGEST, None, META_GRAPH))
    assert SHARED_GRAPH.value == str(iris.SHARED_GRAPH)


@pytest.mark.parametrize("scan_after", [0, 500])
def test_a_node_labelled_in_several_graphs_gives_a_row_per_label(monkeypatch: pytest.MonkeyPatch,
                                                                  scan_after: int) -> None:
    """The earliest layout repeated shared nodes' labels in the article graphs; a build into such
    a store leaves them, and the queries' join gives a row per label: so does the index, also
    where a listing would read the shared graph's labels in one scan (scan_after=0)."""
    monkeypatch.setattr(kzgraph.query.listing, "SCAN_AFTER", scan_after)
    monkeypatch.setattr(kzgraph.query.listing, "SCAN_LABELS_PER_CHUNK", 100)
    store = factory_store()
    _earliest_layout(store, (KARL, "K. Muster"), (MARIA, "M. Beispiel"))
    rows = _rows(store, "dismissals")
    agents, dismissed = ("M. Beispiel", "Maria Beispiel"), ("K. Muster", "Karl Muster")
    assert {(r[0], r[1]) for r in rows if r[4] == "a1"} == {(a, d) for a in agents for d in dismissed}
    assert sorted(rows) == sorted(_rows(store, "dismissals", use_index=False))
    assert listing_rows(store) == listing_rows(store, use_index=False)  # every listing and filter case


def test_several_labels_with_filters_and_pages() -> None:
    store = factory_store()
    _earliest_layout(store, (KARL, "K. Muster"))
    # Karl has two labels now: a row per label in each of the three articles (all dated 2022-01-03).
    cases = [({"person": "Karl Muster"}, 6), ({"since": "2022-01-03", "until": "2022-01-03"}, 6),
             ({"person": "maria beispiel", "since": "2022-01"}, 6), ({"until": "2022-01-02"}, 0)]
    for params, count in cases:
        found = _rows(store, "dismissals", **params)
        assert sorted(found) == sorted(_rows(store, "dismissals", use_index=False, **params)), params
        assert len(found) == count, params
    whole = _rows(store, "dismissals")
    pages = [row for offset in range(0, len(whole) + 2, 2)
             for row in (tuple(r.values()) for r in run_query(store, find_query("dismissals"),
                                                              limit=2, offset=offset).rows)]
    assert pages == whole  # pages in the stream's order, none lost or repeated


def test_a_label_settled_later_shows_in_every_page() -> None:
    store = factory_store()
    (old,) = list(store.quads_for_pattern(KARL, LABEL, None))
    store.remove(old)
    store.add(ox.Quad(KARL, LABEL, ox.Literal("Karl A. Muster"), old.graph_name))
    first = run_query(store, find_query("dismissals"), limit=1).rows[0]
    assert first["dismissed"] == "Karl A. Muster"
    assert "Karl Muster" not in {cell for row in _rows(store, "offices") for cell in row}


def test_extra_values_come_with_the_rows() -> None:
    store = factory_store()
    query = find_query("dismissals")
    extra = ("rule", "confidence")
    indexed = run_query(store, query, extra=extra).rows
    assert indexed and all(row["rule"] for row in indexed)
    assert sorted(map(sorted, (r.items() for r in indexed))) == sorted(
        map(sorted, (r.items() for r in run_query(store, query, extra=extra, use_index=False).rows)))
    returned, page, more = read_listing(store, layouts()["dismissals"], {}, 1, 0, ("confidence",))
    assert returned[-1] == "confidence" and len(page) == 1 and len(page[0]) == len(returned) and more


def test_a_shared_graph_without_labels_gives_the_rows_of_the_lookups(monkeypatch: pytest.MonkeyPatch) -> None:
    """No label to count or scan (the aggregate has no group): the same rows as a lookup per node."""
    store = factory_store()
    for quad in list(store.quads_for_pattern(None, LABEL, None, SHARED_GRAPH)):
        store.remove(quad)
    looked_up = _rows(store, "offices")
    monkeypatch.setattr(kzgraph.query.listing, "SCAN_AFTER", 0)
    assert looked_up and _rows(store, "offices") == looked_up


def _in_order(store: ox.Store, name: str, **params: str) -> list[tuple[str, ...]]:
    return [tuple(r.values()) for r in run_query(store, find_query(name), params).rows]


def test_a_label_holding_the_scans_separators_is_read_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan reads the shared graph's labels as two joined strings; a label holding the
    separator (or a space) would split wrong, so the count catches it and the labels are read one
    by one: the rows stay the saved query's."""
    monkeypatch.setattr(kzgraph.query.listing, "SCAN_AFTER", 0)
    monkeypatch.setattr(kzgraph.query.listing, "SCAN_LABELS_PER_CHUNK", 100)
    store = factory_store()
    (old,) = list(store.quads_for_pattern(KARL, LABEL, None))
    store.remove(old)
    odd = "Karl \x1f Muster\x1e"
    store.add(ox.Quad(KARL, LABEL, ox.Literal(odd), old.graph_name))
    labels = _Labels(store, chunks=1000)
    assert labels[KARL.value[len(str(iris.DATA)):]] == odd
    assert labels[MARIA.value[len(str(iris.DATA)):]] == "Maria Beispiel"
    assert odd in {cell for row in _rows(store, "dismissals") for cell in row}
    assert listing_rows(store) == listing_rows(store, use_index=False)


def test_a_whole_listing_read_at_once_streams_as_its_pages() -> None:
    """A whole listing reads its chunks as one string joined in the store; its rows come in the
    order the pages stream them, also where a sentence holds the joining separator."""
    store = factory_store()
    sentence = ox.NamedNode(str(iris.KZ.sentenceText))
    for quad in list(store.quads_for_pattern(None, sentence, None, A1)):
        store.remove(quad)
        store.add(ox.Quad(quad.subject, sentence, ox.Literal(quad.object.value + " \x1e\x1f [],"), A1))
    for name in list(store.named_graphs()):  # the index written anew from the changed graph
        if iris.is_listing_graph(name.value):
            store.remove_graph(name)
    assert after_build(store) == 3
    for name in layouts():
        whole = _in_order(store, name)
        pages = [row for offset in range(0, len(whole) + 2, 2)
                 for row in (tuple(r.values()) for r in run_query(store, find_query(name), limit=2,
                                                                  offset=offset).rows)]
        assert pages == whole, name
    assert any("\x1e" in cell for row in _in_order(store, "dismissals") for cell in row)
    assert listing_rows(store) == listing_rows(store, use_index=False)


def test_reading_a_listing_leaves_the_cycle_collector_as_it_found_it() -> None:
    store = factory_store()
    assert gc.isenabled()
    _in_order(store, "arrest-figures")  # sorted: the collector is paused while the rows are made
    assert gc.isenabled()
    gc.disable()
    try:
        _in_order(store, "dismissals")
        assert not gc.isenabled()
    finally:
        gc.enable()
