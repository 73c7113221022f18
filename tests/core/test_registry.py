"""The registry of fact types: every type one declared unit, run in dependency order, and the
driver, ArticleFacts, the graph builder and the build summary loop over it."""

from __future__ import annotations

import pkgutil
import re
from pathlib import Path

import pytest

import kzgraph
import kzgraph.extract.kinds as kinds
from kzgraph.build import BuildReport
from kzgraph.extract.core import registry
from kzgraph.extract.core.registry import FactType, RegistryError, Step, event_types, fact_type, fact_types
from kzgraph.extract.facts import ArticleFacts, Fact
from kzgraph.extract.grammar.lexicon import load
from kzgraph.query.saved import find_query
from tests.factories import sample_facts

PACKAGE = Path(kzgraph.__file__).parent


def _unit(name: str, order: int, needs: tuple[str, ...] = (), steps: tuple[Step, ...] = ()) -> FactType:
    return FactType(name, Fact, lambda ctx, found: [], lambda builder, fact: None, order, needs, steps)


def test_every_kinds_package_registers_one_type() -> None:
    packages = {m.name for m in pkgutil.iter_modules(kinds.__path__)}
    assert {t.name for t in fact_types()} == packages


def test_dependency_order_computes_needs_first() -> None:
    names = [t.name for t in fact_types()]
    for t in fact_types():
        assert all(names.index(n) < names.index(t.name) for n in t.needs), t.name
    assert fact_type("replacements").needs == ("dismissals", "resignations", "appointments")
    # appointments read the offices the article gives people ("im Amt bestätigt")
    assert set(fact_type("appointments").needs) == {"offices", "dismissals", "resignations"}
    # without needs, the declared order: the build summary lists the types as before
    assert names[:8] == [
        "persons",
        "offices",
        "dismissals",
        "resignations",
        "appointments",
        "replacements",
        "arrests",
        "statements",
    ]


def test_post_processing_steps_are_declared_by_their_types() -> None:
    steps = {t.name: [(s.name, s.needs) for s in t.steps] for t in fact_types()}
    assert steps["arrests"] == [("reporter from statements", ("statements",))]
    assert steps["appointments"][0] == ("successors appointed", ("replacements",))
    assert [s for s, _ in steps["replacements"]] == ["post in the successor's gender"]


def test_a_type_needing_an_unknown_type_or_a_circle_is_refused() -> None:
    with pytest.raises(RegistryError, match="needs 'nowhere'"):
        registry._dependency_order({"a": _unit("a", 0, ("nowhere",))})
    with pytest.raises(RegistryError, match="circle"):
        registry._dependency_order({"a": _unit("a", 0, ("b",)), "b": _unit("b", 1, ("a",))})
    with pytest.raises(RegistryError, match="needs 'gone'"):
        registry._dependency_order({"a": _unit("a", 0, steps=(Step("s", lambda c, f, g: f, ("gone",)),))})


def test_lower_order_comes_first_among_ready_types() -> None:
    units = {"late": _unit("late", 9), "needy": _unit("needy", 1, ("late",)), "early": _unit("early", 5)}
    assert [t.name for t in registry._dependency_order(units)] == ["early", "late", "needy"]


def test_registering_another_type_under_a_known_name_is_refused() -> None:
    with pytest.raises(RegistryError, match="registered twice"):
        registry.register(_unit("dismissals", 0))


def test_every_type_has_its_query_lexicon_and_writer() -> None:
    for t in fact_types():
        assert t.query is not None and find_query(t.query).name == t.query, t.name
        assert t.lexicon is not None, t.name
        file, _, section = t.lexicon.partition(":")
        assert not section or section in load(file), t.lexicon
        assert callable(t.write) and callable(t.extract)


def test_event_types_for_reports() -> None:
    assert {t.name for t in event_types()} >= {"dismissals", "arrests", "statements"}
    assert not {"persons", "offices"} & {t.name for t in event_types()}


def test_article_facts_and_build_summary_follow_the_registry() -> None:
    facts = sample_facts()
    assert list(facts.by_type) == [t.name for t in fact_types()]
    with pytest.raises(TypeError, match="no fact type arrestz"):
        ArticleFacts("a1", arrestz=[])
    with pytest.raises(AttributeError):
        _ = facts.arrestz
    report = BuildReport()
    report.count(facts)
    report.count(facts)
    assert report.facts == {t.name: 2 * len(facts.by_type[t.name]) for t in fact_types()}


# words that name a fact type where no list of types may be
_TYPE_LIST = re.compile(r"\"dismissals\",\s*\"resignations\"|\bfacts\.(?:dismissals|arrests|statements)\b")


def test_no_hard_coded_list_of_types_in_driver_graph_builder_or_summary() -> None:
    for path in (
        PACKAGE / "extract" / "core" / "driver.py",
        PACKAGE / "graph" / "build.py",
        PACKAGE / "build.py",
        PACKAGE / "cli" / "build.py",
    ):
        assert not _TYPE_LIST.search(path.read_text(encoding="utf-8")), path
    for path in (PACKAGE / "extract").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "ctx._" not in text.replace("ctx._agents", ""), f"{path}: a result cached on the context"
