"""Labels of shared nodes in listings read from the listing index (kzgraph.query.listing): looked
up once per node and listing, settled by later articles, and a row per label where graphs give a
node several labels (a store of the earliest layout), the same rows as the saved queries."""

from __future__ import annotations

import pyoxigraph as ox

from kzgraph.graph import iris
from kzgraph.query import find_query, run_query
from kzgraph.query.layout import layouts
from kzgraph.query.listing import _Labels, read_listing
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
        self.asked.append(subject.value)
        return self.store.quads_for_pattern(subject, predicate, obj, graph)


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


def test_a_node_labelled_in_several_graphs_gives_a_row_per_label() -> None:
    """The earliest layout repeated shared nodes' labels in the article graphs; a build into such
    a store leaves them, and the queries' join gives a row per label: so does the index."""
    store = factory_store()
    store.add(ox.Quad(KARL, LABEL, ox.Literal("K. Muster"), A1))
    store.add(ox.Quad(MARIA, LABEL, ox.Literal("M. Beispiel"), A1))
    rows = _rows(store, "dismissals")
    agents, dismissed = ("M. Beispiel", "Maria Beispiel"), ("K. Muster", "Karl Muster")
    assert {(r[0], r[1]) for r in rows if r[4] == "a1"} == {(a, d) for a in agents for d in dismissed}
    assert sorted(rows) == sorted(_rows(store, "dismissals", use_index=False))
    assert listing_rows(store) == listing_rows(store, use_index=False)  # every listing and filter case


def test_several_labels_with_filters_and_pages() -> None:
    store = factory_store()
    store.add(ox.Quad(KARL, LABEL, ox.Literal("K. Muster"), A1))
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
