"""kzgraph report: data from the saved queries, honest dates, escaping, the command line.

The page in a real browser: tests/test_report_browser.py.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzgraph.cli import main
from kzgraph.extract.facts import Agent, AgentKind, Arrest, ArticleFacts, Count, Dismissal, Evidence
from kzgraph.graph.build import article_graph, register_persons
from kzgraph.query import SavedQuery, find_query, list_queries, run_query
from kzgraph.reading.article import Article, ArticleDate
from kzgraph.report import Filters, gather, write_report
from kzgraph.report.dates import parse_bound, parse_period
from kzgraph.report.gather import participant_marks
from kzgraph.report.kinds import fact_kinds
from kzgraph.report.status import GraphStatus, Shacl
from kzgraph.report.tables import script_json
from kzgraph.resolve.registry import PersonRegistry
from kzgraph.store.embedded import export, open_store, replace_article_graph
from tests.factories import person, sample_article, sample_facts

STATUS = GraphStatus(Shacl("conforms", "checked by the test"), [])


def _store(facts: dict[str, tuple[Article, ArticleFacts]]):  # noqa: ANN202
    store = open_store(None)
    registry = PersonRegistry()
    for _, f in facts.values():
        register_persons(registry, f)
    for aid, (article, f) in facts.items():
        replace_article_graph(store, aid, article_graph(article, f, registry))
    return store


@pytest.fixture(scope="module")
def sample_store():  # noqa: ANN201
    return _store({aid: (sample_article(aid), sample_facts(aid)) for aid in ("a1", "a2")})


# -- dates: the precision the query gives, never more ---------------------------------------

@pytest.mark.parametrize(("text", "precision", "start", "end", "label"), [
    ("2022-01-08", "day", date(2022, 1, 8), date(2022, 1, 8), "8. Jan 2022"),
    ("Samstag, 2022-01", "weekday in month", date(2022, 1, 1), date(2022, 1, 31), "Samstag, Jan 2022"),
    ("2022-02", "month", date(2022, 2, 1), date(2022, 2, 28), "Feb 2022"),
    ("2019", "year", date(2019, 1, 1), date(2019, 12, 31), "2019"),
    ("Montag", "weekday", None, None, "Montag (month not known)"),
    ("", "undated", None, None, "undated"),
    ("2022-13", "undated", None, None, "undated"),
])
def test_periods_keep_their_precision(text, precision, start, end, label) -> None:  # noqa: ANN001
    period = parse_period(text)
    assert (period.precision, period.start, period.end, period.label) == (precision, start, end, label)


def test_a_month_overlaps_a_day_inside_it_but_undated_facts_fall_out_of_a_date_filter() -> None:
    assert parse_period("2022-01").overlaps(date(2022, 1, 10), date(2022, 1, 10))
    assert not parse_period("2022-01").overlaps(date(2022, 2, 1), None)
    assert not parse_period("").overlaps(date(2022, 1, 1), None)
    assert parse_period("").overlaps(None, None)


def test_date_bounds() -> None:
    assert parse_bound("2022-01") == date(2022, 1, 1)
    assert parse_bound("2022-01", end=True) == date(2022, 1, 31)
    with pytest.raises(ValueError, match="not a date"):
        parse_bound("Samstag, 2022-01")


# -- fact types from the saved queries ------------------------------------------------------

def test_fact_types_follow_the_saved_queries(tmp_path: Path) -> None:
    for query in list_queries():
        (tmp_path / query.path.name).write_text(query.text, encoding="utf-8")
    (tmp_path / "arrests.rq").unlink()
    (tmp_path / "indictments.rq").write_text(
        "# title: indictments\n# columns: indicted, charge, date, article, sentence\nSELECT * WHERE {}\n")
    (tmp_path / "elections.rq").write_text(
        "# title: elections\n# columns: elected, office, date, article, sentence\nSELECT * WHERE {}\n")
    kinds = {k.name: k for k in fact_kinds([SavedQuery.from_file(p) for p in tmp_path.glob("*.rq")])}
    assert "arrests" not in kinds
    assert kinds["indictments"].participants == ("indicted",) and kinds["indictments"].on_timeline
    assert kinds["elections"].participants == ("elected",)  # a type kinds.yaml does not know
    assert not {"fact-evidence", "agents", "articles", "persons", "offices"} & set(kinds)


def test_rows_are_the_saved_query_rows_with_rule_and_confidence(sample_store) -> None:  # noqa: ANN001
    data = gather(sample_store)
    for kind_rows in data.kinds:
        expected = run_query(sample_store, find_query(kind_rows.kind.name)).rows
        assert [r.values for r in kind_rows.rows] == expected
    dismissal = data.kind("dismissals").rows[0]
    assert (dismissal.rule, dismissal.confidence) == ("dismissal.verb", "0.9")
    assert dismissal.period.precision == "day"
    figure = data.kind("arrest-figures").rows[0]
    assert figure.rule == "arrest.group.count"


def test_participants_are_marked_in_the_sentence() -> None:
    sentence = "Präsidentin Maria Beispiel entließ Innenminister Karl Muster, sagte Beispiels Sprecher."
    spans = participant_marks(sentence, ["Maria Beispiel", "Karl Muster"])
    assert [sentence[a:b] for a, b in spans] == ["Maria Beispiel", "Karl Muster", "Beispiels"]


def test_filters_by_person_and_date(sample_store) -> None:  # noqa: ANN001
    data = gather(sample_store, Filters(person="muster"))  # as `kzgraph query person` matches
    assert data.person_names == {"Karl Muster"}
    assert [len(k.rows) for k in data.kinds if k.kind.name == "dismissals"] == [2]
    assert not data.kind("statements").rows  # Beispiel's statements do not name Muster
    later = gather(sample_store, Filters(since=date(2022, 1, 4)))
    assert not later.kind("dismissals").rows  # dated 2022-01-03


# -- escaping: user text stays text ---------------------------------------------------------

HOSTILE = 'Anna <b>Bold</b> entließ Ben Fett: "</script><script>alert(1)</script><!-- x".'


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    text = HOSTILE + " Mehr als 50 Menschen wurden festgenommen."
    article = Article(id="x1", text=text, date=ArticleDate(2022, 3, 2))
    boss = Agent(AgentKind.PERSON, "Anna <b>Bold</b>", "Anna <b>Bold</b>")
    second = "Mehr als 50 Menschen wurden festgenommen."
    facts = ArticleFacts(
        article_id="x1",
        dismissals=[Dismissal(Evidence("x1", HOSTILE, 0, len(HOSTILE), "dismissal.verb", 0.8),
                              person("Ben Fett"), boss, "Chef <i>")],
        arrests=[Arrest(Evidence("x1", second, len(HOSTILE) + 1, len(text), "arrest.group.count", 0.7),
                        Agent(AgentKind.GROUP, "50 Menschen"), Count(50, "Mehr als 50", "mehr als"),
                        None, Agent(AgentKind.ORGANIZATION, "<script>evil()</script>"))],
    )
    out = tmp_path_factory.mktemp("hostile") / "r.html"
    write_report(_store({"x1": (article, facts)}), out, title="<script>t()</script>", status=STATUS)
    return out.read_text(encoding="utf-8")


def test_a_sentence_with_script_stays_text(hostile_page: str) -> None:
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", hostile_page, flags=re.S)
    assert len(scripts) == 2  # the data block and the page's own script, nothing injected
    assert "alert(1)" not in scripts[1] and "evil()" not in scripts[1]
    data = json.loads(scripts[0])
    assert HOSTILE in data["strings"] and "Anna <b>Bold</b>" in data["strings"]
    assert "<" not in scripts[0] and "<!--" not in hostile_page
    outside = re.sub(r"<script\b[^>]*>.*?</script>", "", hostile_page, flags=re.S)
    assert "<b>Bold" not in outside and "Anna &lt;b&gt;Bold&lt;/b&gt;" in outside  # network node
    assert "&lt;script&gt;evil()&lt;/script&gt;" in outside  # the figures chart's source legend
    assert "<title>&lt;script&gt;t()&lt;/script&gt;</title>" in hostile_page


def test_script_json_cannot_close_its_element() -> None:
    text = script_json({"s": "</script><!-- ]]> & \u2028"})
    assert not re.search(r"</|<!--|]]>|&", text)
    assert json.loads(text) == {"s": "</script><!-- ]]> & \u2028"}


# -- the command line -----------------------------------------------------------------------

def test_report_command_writes_a_self_contained_page(sample_store, tmp_path: Path) -> None:  # noqa: ANN001
    graph = tmp_path / "g.trig"
    export(sample_store, graph, "trig")
    out = tmp_path / "out" / "report.html"
    result = CliRunner().invoke(main, ["report", str(graph), "-o", str(out), "--title", "Beispiel",
                                       "--since", "2022-01", "--until", "2022-01"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<h1>Beispiel</h1>" in page and "conforms" in page
    # Nothing is fetched when the page is opened: no external URLs in src/href/url().
    assert not re.search(r"""(?:src|href)\s*=\s*["'](?:https?:)?//|url\(\s*["']?(?:https?:)?//""", page)


@pytest.mark.parametrize(("args", "message"), [
    (["--since", "Montag"], "not a date"),
    (["--since", "2022-02", "--until", "2022-01"], "is after"),
    (["--person", "Niemand Unbekannt"], "no person named"),
])
def test_report_command_errors(sample_store, tmp_path: Path, args: list[str], message: str) -> None:  # noqa: ANN001
    graph = tmp_path / "g.trig"
    export(sample_store, graph, "trig")
    result = CliRunner().invoke(main, ["report", str(graph), "-o", str(tmp_path / "r.html"), *args])
    assert result.exit_code == 2 and message in result.output
    assert not (tmp_path / "r.html").exists()


def test_report_command_without_a_store(tmp_path: Path) -> None:
    args = ["report", "--store", str(tmp_path / "none"), "-o", str(tmp_path / "r.html")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and "no store at" in result.output


def test_report_benchmark_on_a_few_synthetic_articles(tmp_path: Path) -> None:
    from kzgraph.bench.htmlreport import report_at_scale

    section = report_at_scale([12], tmp_path)
    articles, facts, seconds, size, *_ = section.rows[0]
    assert articles == "12" and int(facts.replace(",", "")) > 12
    assert (tmp_path / "report-12.html").stat().st_size > 10_000


def test_queries_run_side_by_side_give_the_same_report(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """On an on-disk store the saved queries run in worker processes (kzgraph.report.parallel);
    the report's data must be what the queries give when run one after the other."""
    monkeypatch.setattr("kzgraph.report.parallel.PARALLEL_MIN_BYTES", 0)  # workers for a tiny store too
    directory = tmp_path / "store"
    store = open_store(directory)
    registry = PersonRegistry()
    facts = {aid: (sample_article(aid), sample_facts(aid)) for aid in ("a1", "a2")}
    for _, f in facts.values():
        register_persons(registry, f)
    for aid, (article, f) in facts.items():
        replace_article_graph(store, aid, article_graph(article, f, registry))
    serial, side_by_side = gather(store), gather(store, Filters(), directory)
    assert [[(r.values, r.rule, r.confidence) for r in k.rows] for k in side_by_side.kinds] == \
        [[(r.values, r.rule, r.confidence) for r in k.rows] for k in serial.kinds]
    assert (side_by_side.agents, side_by_side.persons, side_by_side.articles, side_by_side.offices) == \
        (serial.agents, serial.persons, serial.articles, serial.offices)
    assert sum(len(k.rows) for k in serial.kinds) > 5
    by_person = gather(store, Filters(person="maria BEISPIEL"), directory)
    assert by_person.person_names == {"Maria Beispiel"}


def test_queries_fall_back_to_the_report_process(sample_store, tmp_path: Path,  # noqa: ANN001
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker that cannot open the store leaves the queries to the report's own process."""
    from kzgraph.report.parallel import QueryRuns, Request

    requests = [Request("dismissals", extra=("rule", "confidence")), Request("persons")]
    not_a_store = tmp_path / "not-a-store"
    not_a_store.mkdir()
    (not_a_store / "CURRENT").write_bytes(b"x" * 100)
    monkeypatch.setattr("kzgraph.report.parallel.PARALLEL_MIN_BYTES", 0)
    with QueryRuns(sample_store, not_a_store, requests, workers=2) as runs:
        assert runs._pool is not None  # workers were started (and fail to open it)
        rows = runs.results()
    assert rows[requests[1]] == run_query(sample_store, find_query("persons")).rows
    assert rows[requests[0]] and all("rule" in row for row in rows[requests[0]])


@pytest.mark.parametrize(
    "sentence, marked",
    [
        ("Karla Mustermann und Muster_2 sind nicht gemeint.", []),
        ("Musters Rede, dann Muster-Plan und Muster.", ["Musters", "Muster", "Muster"]),
        ("Das Haus von Karl Muster brannte.", ["Karl Muster"]),
        ("KarlMuster nicht, Musterse nicht.", []),
    ],
)
def test_marks_only_whole_words_with_an_optional_genitive_s(sentence: str, marked: list[str]) -> None:
    spans = participant_marks(sentence, ["Karl Muster"])
    assert [sentence[a:b] for a, b in spans] == marked
