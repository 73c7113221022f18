"""Indictments (kz:Indictment): the verb and the noun constructions, their look-alikes, the graph,
the saved query and the person query. Sentences written for these tests, one per construction."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kzgraph.extract.core.registry import fact_type
from kzgraph.graph.build import article_graph, register_persons
from kzgraph.query.run import run_query
from kzgraph.query.saved import find_query
from kzgraph.resolve.registry import PersonRegistry
from kzgraph.validate import validate_graph
from tests.extract_helpers import article, facts


def indictments(text: str) -> list[tuple[str, str | None, str | None]]:
    """(indicted, agent, charge) of each indictment found in ``text``."""
    return [(i.indicted.label, i.agent.label if i.agent else None, i.charge) for i in facts(text).indictments]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # passive with "wegen": the subject is the indicted
        (
            "Der frühere Bürgermeister Peter Hollmann wurde am Dienstag wegen Bestechlichkeit angeklagt.",
            [("Peter Hollmann", None, "Bestechlichkeit")],
        ),
        # stative passive with the charge in the genitive
        ("Ralf Ebner ist des Betrugs angeklagt.", [("Ralf Ebner", None, "Betrug")]),
        # active, verb-final participle: the subject is the prosecution, the object the indicted
        (
            "Die Staatsanwaltschaft hat Miriam Falk wegen Untreue angeklagt.",
            [("Miriam Falk", "Die Staatsanwaltschaft", "Untreue")],
        ),
        # active, separable verb: "klagte ... an"
        (
            "Die Staatsanwaltschaft klagte Tobias Wendt wegen Körperverletzung an.",
            [("Tobias Wendt", "Die Staatsanwaltschaft", "Körperverletzung")],
        ),
        # the noun: "erhob Anklage gegen X"
        (
            "Die Staatsanwaltschaft Köln erhob Anklage gegen den Unternehmer Franz Weidel.",
            [("Franz Weidel", "Die Staatsanwaltschaft Köln", None)],
        ),
        # the noun, passive: "Gegen X wurde Anklage erhoben"
        ("Gegen Lena Korff wurde Anklage wegen Betrugs erhoben.", [("Lena Korff", None, "Betrug")]),
        # "die Anklage gegen X lautet auf Y": the charge is what follows "auf"
        (
            "Die Anklage gegen Jonas Brettschneider lautet auf schweren Betrug in zwölf Fällen.",
            [("Jonas Brettschneider", None, "schweren Betrug in zwölf Fällen")],
        ),
        # a dateline's place is no prosecutor: the subject follows the dash
        (
            "Hamburg – Die Staatsanwaltschaft hat am Freitag gegen den Kassenwart Lutz Brandt "
            "Anklage erhoben.",
            [("Lutz Brandt", "Die Staatsanwaltschaft", None)],
        ),
        # the unnamed party after "gegen" ends before the noun "Anklage"
        (
            "Die Staatsanwaltschaft hat gegen einen dritten Tatverdächtigen Anklage erhoben.",
            [("einen dritten Tatverdächtigen", "Die Staatsanwaltschaft", None)],
        ),
    ],
)
def test_indictment_constructions(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert indictments(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Anklage gegen Peter Hollmann wurde fallen gelassen.",  # dropped
        "Die Staatsanwaltschaft zog die Anklage gegen Franz Weidel zurück.",  # withdrawn
        "Die Staatsanwaltschaft verzichtete auf eine Anklage gegen Ralf Ebner.",  # refused
        "Peter Hollmann droht eine Anklage wegen Bestechlichkeit.",  # threatened
        "Franz Weidel könnte wegen Untreue angeklagt werden.",  # possible
        "Die Staatsanwaltschaft prüft eine Anklage gegen Jonas Brettschneider.",  # considered
        "Miriam Falk wurde nicht angeklagt.",  # negated
        "Lena Korff klagte gegen ihre Kündigung.",  # a plaintiff in a civil suit
        "Die Mieterin Jana Rohde hat ihren Vermieter verklagt.",  # a civil suit
        "Am Montag saß Tobias Wendt auf der Anklagebank.",  # the dock is a place
        "Die Anklage forderte für Tobias Wendt drei Jahre Haft.",  # the prosecution as a party
    ],
)
def test_look_alikes_are_no_indictment(text: str) -> None:
    assert indictments(text) == []


def test_indictment_is_dated_by_the_text() -> None:
    text = "Peter Hollmann wurde am Dienstag wegen Bestechlichkeit angeklagt."
    [found] = facts(text, "2022-01-08").indictments
    assert found.date is not None and found.date.iso == "2022-01-04"
    assert found.evidence.rule == "indictment.verb.passive"


def _graph_of(text: str) -> ox.Store:
    art = article(text)
    found = facts(text)
    registry = PersonRegistry()
    register_persons(registry, found)
    graph = article_graph(art, found, registry, "hash")
    assert validate_graph(graph).conforms
    store = ox.Store()
    store.bulk_load(graph.serialize(format="nt").encode(), ox.RdfFormat.N_TRIPLES)
    return store


def test_indictment_in_graph_saved_query_and_person_query() -> None:
    text = "Die Staatsanwaltschaft hat Miriam Falk am Montag wegen Untreue angeklagt."
    store = _graph_of(text)
    [row] = run_query(store, find_query("indictments")).rows
    assert (row["indicted"], row["agent"], row["charge"], row["date"]) == (
        "Miriam Falk",
        "Die Staatsanwaltschaft",
        "Untreue",
        "2022-01-03",
    )
    assert row["sentence"] == text
    rows = run_query(store, find_query("person"), {"name": "Falk"}).rows
    assert {(r["role"], r["fact"], r["detail"]) for r in rows} == {("indicted", "indictment", "Untreue")}


def test_the_type_is_one_declared_unit() -> None:
    unit = fact_type("indictments")
    assert unit.query == "indictments" and find_query(unit.query).columns[0] == "indicted"
    assert unit.lexicon == "events:indictment" and unit.event


def test_indictments_are_an_event_type_for_reports() -> None:
    from kzgraph.extract.core.registry import event_types

    assert "indictments" in {t.name for t in event_types()}


def test_indictment_in_article_query_evidence_query_and_listing_filters() -> None:
    text = "Die Staatsanwaltschaft hat Miriam Falk am Montag wegen Untreue angeklagt."
    store = _graph_of(text)
    rows = run_query(store, find_query("article"), {"id": article(text).id}).rows
    assert ("indictment", "indicted", "Miriam Falk", "Untreue") in {
        (r["fact"], r["role"], r["agent"], r["detail"]) for r in rows
    }
    evidence = run_query(store, find_query("fact-evidence")).rows
    assert ("Indictment", "Miriam Falk") in {(r["class"], r["participant"]) for r in evidence}
    listing = find_query("indictments")
    assert len(run_query(store, listing, {"since": "2022-01", "person": "miriam falk"}).rows) == 1
    assert run_query(store, listing, {"since": "2022-02"}).rows == []
    assert run_query(store, listing, {"person": "Jemand Anders"}).rows == []
