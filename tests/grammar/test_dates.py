"""Event dates: relative years, events the text tells as earlier than the report (pluperfect),
and how the graph dates events and reported figures."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, XSD

from kzgraph.extract.grammar.dates import find_date
from kzgraph.graph.build import article_graph, register_persons
from kzgraph.graph.iris import KZ
from kzgraph.reading.article import ArticleDate
from kzgraph.resolve.registry import PersonRegistry
from kzgraph.validate import validate_graph
from tests.extract_helpers import article, facts


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Er hatte im vergangenen Jahr angekündigt, nicht anzutreten.", "2023"),
        ("Im Vorjahr waren es weniger.", "2023"),
        ("In diesem Jahr tritt er nicht an.", "2024"),
    ],
)
def test_relative_years(text: str, year: str) -> None:
    got = find_date(text, ArticleDate.parse("2024-03-14"))
    assert got is not None and got.year == year and got.iso is None


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # pluperfect in the main clause: earlier than the report, so not the article's date
        ("Der Kanzler hatte zuvor Finanzminister Peter Huber entlassen.", False),
        # ... in a relative clause only: the main clause's event is the report's
        ("Die Polizei nahm Peter Huber fest, der sich als Bankmitarbeiter ausgegeben hatte.", True),
        # ... or in a source clause with "wie", which the tagger may read as a w-word (bug)
        ("Die Polizei nahm Peter Huber fest, wie die Zeitung zuvor berichtet hatte.", True),
        # the text names the time: that is the date
        ("Der Kanzler hatte am 3. Januar Finanzminister Peter Huber entlassen.", True),
    ],
)
def test_pluperfect_events_do_not_take_the_article_date(text: str, dated: bool) -> None:
    got = facts(text)
    (fact,) = got.dismissals or got.arrests
    assert fact.date is None or not fact.date.known or dated
    graph = _graph(text)
    days = set(graph.objects(None, KZ.date))
    assert bool(days) == dated


def test_a_figure_dated_by_a_year_or_told_as_earlier_conforms() -> None:
    for text in (
        "Bei den Krawallen im Jahr 2019 wurden 500 Menschen festgenommen.",
        "Zuvor waren 30 Demonstranten festgenommen worden.",
    ):
        graph = _graph(text)
        (figure,) = graph.subjects(RDF.type, KZ.ReportedFigure)
        assert graph.value(figure, KZ.year) or graph.value(figure, KZ.date)
        assert validate_graph(graph).conforms, text
    # the figure told as earlier is dated by its report, the article's day
    graph = _graph("Zuvor waren 30 Demonstranten festgenommen worden.")
    (figure,) = graph.subjects(RDF.type, KZ.ReportedFigure)
    assert graph.value(figure, KZ.date) == Literal("2022-01-08", datatype=XSD.date)


def _graph(text: str):  # type: ignore[no-untyped-def]
    art, extracted = article(text), facts(text)
    registry = PersonRegistry()
    register_persons(registry, extracted)
    return article_graph(art, extracted, registry)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a weekday in a quoted title ("Bild am Sonntag") dates nothing
        ('"Die Ampel hat die Kontrolle verloren", sagte Merz der "Bild am Sonntag".', None),
        ("Er sagte am Montag der „Welt am Sonntag“, man prüfe das.", "2024-10-14"),
        # in quoted speech a weekday still counts
        ("„Wir haben am Montag 500 Menschen festgenommen“, sagte der Polizeichef.", "2024-10-14"),
    ],
)
def test_a_weekday_in_a_quoted_title_is_no_date(text: str, iso: str | None) -> None:
    got = find_date(text, ArticleDate.parse("2024-10-15"))
    assert (got.iso if got else None) == iso


def test_a_date_from_the_text_of_an_undated_article_is_kept_on_its_figure() -> None:
    # bug: a date with words but no day ("3. Januar" in an article without a date) was taken for
    # "no date" when the figure was written, and its words were lost
    text = "Am 3. Januar wurden 30 Demonstranten festgenommen."
    art, extracted = article(text, None), facts(text, None)
    registry = PersonRegistry()
    register_persons(registry, extracted)
    graph = article_graph(art, extracted, registry)
    (figure,) = graph.subjects(RDF.type, KZ.ReportedFigure)
    assert str(graph.value(figure, KZ.dateText)) == "3. Januar"
