"""pyrudof is not fork-safe: a worker forked after its parent validated with rudof must not hang.

Found when a test run forked a fuzz worker after earlier tests had validated with rudof: the
child waited forever inside pyrudof. The engine choice falls back to pySHACL in such a child."""

from __future__ import annotations

import multiprocessing as mp

import pytest

from kzgraph.graph.build import article_graph, register_persons
from kzgraph.resolve.registry import PersonRegistry
from kzgraph.validate import engine, rudof_engine
from tests.factories import sample_article, sample_facts

pytestmark = pytest.mark.skipif(not rudof_engine.available(), reason="pyrudof is not installed")


def _graph():  # noqa: ANN202 - an rdflib Graph
    facts = sample_facts("a1")
    registry = PersonRegistry()
    register_persons(registry, facts)
    return article_graph(sample_article("a1", 3), facts, registry, "hash")


def _validate_in_child(queue: mp.Queue) -> None:  # type: ignore[type-arg]
    queue.put(engine.conforms_text(_graph(), "rudof"))


def test_a_child_forked_after_rudof_was_used_validates_without_hanging() -> None:
    assert engine.conforms_text(_graph(), "rudof") == (True, "")  # the parent uses rudof
    assert rudof_engine._first_user is not None
    context = mp.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_validate_in_child, args=(queue,))
    child.start()
    child.join(120)
    hung = child.is_alive()
    if hung:
        child.kill()
    assert not hung, "the forked child hung in pyrudof"
    assert queue.get(timeout=5) == (True, "")


def test_rudof_is_refused_in_a_child_of_a_process_that_used_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rudof_engine, "_first_user", -1)  # "another process" used it first
    assert not rudof_engine.usable_here()
    with pytest.raises(RuntimeError, match="forked"):
        rudof_engine.validate_ntriples("")
    assert engine.conforms_text(_graph(), "rudof") == (True, "")  # pySHACL decided
