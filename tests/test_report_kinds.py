"""The report's fact types come from the fact type registry; kinds.yaml holds only how each is
presented, and must describe every registered event type (and nothing else)."""

from __future__ import annotations

from kzgraph.extract.core.registry import event_types
from kzgraph.query import find_query
from kzgraph.report.kinds import fact_kinds, presentation
from kzgraph.report.svg import MARKERS


def test_every_registered_event_type_has_presentation_data() -> None:
    types = presentation()["types"]
    missing = [t.name for t in event_types() if t.name not in types]
    assert not missing, f"kzgraph/report/kinds.yaml has no entry for {missing}"
    for fact_type in event_types():
        entry = types[fact_type.name]
        columns = set(find_query(fact_type.query).columns)
        assert entry["label"] and entry["marker"] in MARKERS, fact_type.name
        assert set(entry["participants"]) & columns, f"{fact_type.name}: no participant column"
        if edge := entry.get("edge"):
            assert {edge["from"], edge["to"]} <= set(entry["participants"]), fact_type.name


def test_presentation_names_only_registered_types_and_holds_no_type_data() -> None:
    registered = {t.name for t in event_types()}
    assert set(presentation()["types"]) <= registered
    assert all("class" not in entry and "query" not in entry for entry in presentation()["types"].values())


def test_the_report_shows_the_registry_types_in_its_order() -> None:
    kinds = fact_kinds()
    by_query = {t.query: t for t in event_types()}
    shown = [k for k in kinds if k.name in by_query]
    assert [k.name for k in shown] == [t.query for t in event_types()]
    assert all(k.fact_class == by_query[k.name].fact_class.__name__ for k in shown)
    assert kinds[len(shown)].name == "arrest-figures"  # a view, not a type of its own
