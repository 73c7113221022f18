"""For each SHACL shape a hand-made graph that breaks it: the sample article graph from
tests/factories.py with triples removed or added; the shape must report it, with its
English and German message."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD

from kzgraph.graph import iris
from kzgraph.graph.iris import KZ, SHAPES
from kzgraph.validate import load_shapes
from kzgraph.validate.run import outcome_from_report, run_shacl
from kzgraph.validate.shapes import shape_messages
from tests.test_shapes import (
    ARTICLE,
    MUSTER,
    NNI,
    POST,
    PROBE,
    evidence_of,
    named_shapes,
    one,
    sample_graph,
)

# -- one broken graph per shape -----------------------------------------------------------

Mutation = Callable[[Graph], None]


def drop(subject: Callable[[Graph], URIRef], prop: URIRef) -> Mutation:
    return lambda g: g.remove((subject(g), prop, None))


def put(subject: Callable[[Graph], URIRef], prop: URIRef, value: object) -> Mutation:
    return lambda g: g.set((subject(g), prop, value))  # type: ignore[arg-type]


def add(subject: Callable[[Graph], URIRef], prop: URIRef, value: object) -> Mutation:
    return lambda g: g.add((subject(g), prop, value))  # type: ignore[arg-type]


def node(n: URIRef) -> Callable[[Graph], URIRef]:
    return lambda g: n


def first(cls: URIRef) -> Callable[[Graph], URIRef]:
    return lambda g: one(g, cls)


def evidence(cls: URIRef) -> Callable[[Graph], URIRef]:
    return lambda g: evidence_of(g, cls)


def both(*mutations: Mutation) -> Mutation:
    def apply(g: Graph) -> None:
        for mutation in mutations:
            mutation(g)

    return apply


def _other_article(g: Graph) -> None:
    other = iris.article_iri("a2")
    g.add((other, RDF.type, KZ.Article))
    g.set((evidence_of(g, KZ.Statement), KZ.inArticle, other))


def _place(g: Graph) -> None:
    g.add((iris.named_agent_iri("place", "Almaty"), RDF.type, KZ.Place))


def _undated(g: Graph) -> None:
    g.remove((ARTICLE, KZ.datePublished, None))
    g.remove((one(g, KZ.ReportedFigure), KZ.date, None))


D, A, R, X, S = KZ.Dismissal, KZ.Appointment, KZ.Replacement, KZ.Arrest, KZ.Statement
Z = KZ.Resignation
IND = KZ.Indictment
F, OH, M = KZ.ReportedFigure, KZ.OfficeHolding, KZ.Mention

# (case id, mutation, shape expected among the results, words of its English message)
CASES: list[tuple[str, Mutation, str, str]] = [
    # agents.ttl
    ("agent-no-label", drop(node(MUSTER), RDFS.label), "Agent-label", "exactly one non-empty label"),
    ("agent-two-labels", add(node(MUSTER), RDFS.label, Literal("K. Muster")), "Agent-label", "exactly one"),
    ("alias-not-string", add(node(MUSTER), KZ.alias, Literal(5)), "Agent-alias", "non-empty string"),
    ("agent-not-mentioned", drop(node(MUSTER), KZ.mentionedIn), "Agent-mentionedIn", "at least one article"),
    ("holds-a-person", add(node(MUSTER), KZ.holdsPost, PROBE), "Agent-holdsPost", "points to a post"),
    ("replaces-a-post", add(node(PROBE), KZ.replaces, POST), "Agent-replaces", "points to an agent"),
    (
        "replaced-by-article",
        add(node(MUSTER), KZ.replacedBy, ARTICLE),
        "Agent-replacedBy",
        "points to an agent",
    ),
    ("person-and-group", add(node(MUSTER), RDF.type, KZ.Group), "PersonDisjointShape", "not also"),
    ("person-no-name-key", drop(node(MUSTER), KZ.nameKey), "PersonNameKeyShape", "non-empty name key"),
    ("name-key-empty", add(node(MUSTER), KZ.nameKey, Literal("")), "PersonNameKeyShape", "non-empty name"),
    ("post-no-label", drop(node(POST), RDFS.label), "Post-label", "A post has exactly one"),
    ("place-no-label", _place, "Place-label", "A place has at least one label"),
    # articles.ttl
    ("article-no-id", drop(node(ARTICLE), KZ.articleId), "Article-articleId", "exactly one non-empty id"),
    (
        "article-no-length",
        drop(node(ARTICLE), KZ.characterCount),
        "Article-characterCount",
        "character count",
    ),
    (
        "article-negative-length",
        put(node(ARTICLE), KZ.characterCount, Literal(-1)),
        "Article-characterCount",
        "character count",
    ),
    (
        "article-date-text",
        put(node(ARTICLE), KZ.datePublished, Literal("3. Januar 2022")),
        "Article-datePublished",
        "xsd:date or xsd:gYearMonth",
    ),
    (
        "article-title-number",
        put(node(ARTICLE), KZ["title"], Literal(1)),
        "Article-title",
        "title is a string",
    ),
    (
        "article-url-plain",
        add(node(ARTICLE), KZ.url, Literal("https://example.org")),
        "Article-url",
        "anyURI",
    ),
    (
        "article-source-number",
        add(node(ARTICLE), KZ.source, Literal(3)),
        "Article-source",
        "source is a string",
    ),
    (
        "article-two-hashes",
        add(node(ARTICLE), KZ.contentHash, Literal("other")),
        "Article-contentHash",
        "at most one content hash",
    ),
    (
        "article-digest-not-hex",
        add(node(ARTICLE), KZ.extractorDigest, Literal("v1.2")),
        "Article-extractorDigest",
        "at most one extractor digest",
    ),
    # evidence.ttl
    ("fact-no-evidence", drop(first(D), KZ.evidence), "Fact-evidence", "exactly one evidence"),
    ("mention-no-evidence", drop(first(M), KZ.evidence), "Fact-evidence", "exactly one evidence"),
    ("evidence-other-article", _other_article, "FactEvidenceArticleShape", "but the fact is reported in"),
    ("evidence-no-article", drop(evidence(S), KZ.inArticle), "Evidence-inArticle", "exactly one article"),
    (
        "evidence-empty-sentence",
        put(evidence(S), KZ.sentenceText, Literal("")),
        "Evidence-sentenceText",
        "non-empty sentence",
    ),
    (
        "evidence-begin-text",
        put(evidence(S), KZ.beginIndex, Literal("0")),
        "Evidence-beginIndex",
        "begin index",
    ),
    ("evidence-no-end", drop(evidence(S), KZ.endIndex), "Evidence-endIndex", "end index"),
    ("evidence-no-rule", drop(evidence(S), KZ.rule), "Evidence-rule", "exactly one rule"),
    (
        "evidence-confidence-1.5",
        put(evidence(S), KZ.confidence, Literal(Decimal("1.5"))),
        "Evidence-confidence",
        "between 0 and 1",
    ),
    (
        "evidence-past-the-end",
        put(evidence(S), KZ.endIndex, Literal(9999, datatype=NNI)),
        "EvidenceOffsetsShape",
        "Evidence offsets 181..9999 are not inside the article text",
    ),
    (
        "evidence-begin-after-end",
        put(evidence(S), KZ.beginIndex, Literal(234, datatype=NNI)),
        "EvidenceOffsetsShape",
        "Evidence offsets 234..234 are not inside",
    ),
    # events.ttl
    ("event-not-reported", drop(first(S), KZ.reportedIn), "Event-reportedIn", "exactly one article"),
    ("event-two-agents", add(first(D), KZ.agent, PROBE), "Event-agent", "at most one agent"),
    ("event-agent-post", put(first(D), KZ.agent, POST), "Event-agent", "at most one agent"),
    (
        "event-two-posts",
        add(first(D), KZ.post, iris.post_iri("Präsidentin")),
        "Event-post",
        "at most one post",
    ),
    ("event-is-person", add(first(D), RDF.type, KZ.Person), "EventDisjointShape", "not also an agent"),
    ("date-as-string", put(first(D), KZ.date, Literal("2022-01-03")), "Dated-date", "xsd:date"),
    ("month-as-string", add(first(A), KZ.yearMonth, Literal("2022-1")), "Dated-yearMonth", "xsd:gYearMonth"),
    ("year-as-string", add(first(A), KZ.year, Literal("2019")), "Dated-year", "xsd:gYear"),
    ("weekday-unknown", add(first(A), KZ.weekday, Literal("Montags")), "Dated-weekday", "Montag to Sonntag"),
    (
        "two-date-texts",
        add(first(D), KZ.dateText, Literal("gestern")),
        "Dated-dateText",
        "At most one date text",
    ),
    (
        "day-and-month",
        add(first(D), KZ.yearMonth, Literal("2022-01", datatype=XSD.gYearMonth)),
        "OneDateShape",
        "the date is given twice",
    ),
    (
        "dismissal-none-dismissed",
        drop(first(D), KZ.dismissed),
        "Dismissal-dismissed",
        "exactly one dismissed",
    ),
    ("dismissal-two-dismissed", add(first(D), KZ.dismissed, PROBE), "Dismissal-dismissed", "exactly one"),
    ("dismissal-dismisses-post", put(first(D), KZ.dismissed, POST), "Dismissal-dismissed", "an agent"),
    ("resignation-none-resigned", drop(first(Z), KZ.resigned), "Resignation-resigned", "exactly one resig"),
    ("resignation-two-resigned", add(first(Z), KZ.resigned, PROBE), "Resignation-resigned", "exactly one"),
    ("resignation-resigns-post", put(first(Z), KZ.resigned, POST), "Resignation-resigned", "an agent"),
    ("resignation-with-agent", add(first(Z), KZ.agent, PROBE), "Resignation-agent", "has no agent"),
    (
        "appointment-no-appointee",
        drop(first(A), KZ.appointee),
        "Appointment-appointee",
        "exactly one appointee",
    ),
    (
        "replacement-no-successor",
        drop(first(R), KZ.successor),
        "Replacement-successor",
        "exactly one successor",
    ),
    (
        "replacement-self",
        put(first(R), KZ.successor, MUSTER),
        "Replacement-successor",
        "not its own predecessor",
    ),
    (
        "replacement-no-predecessor",
        drop(first(R), KZ.predecessor),
        "Replacement-predecessor",
        "exactly one predecessor",
    ),
    # only an announced replacement says so: "false" and a string are no values of kz:announced
    (
        "announced-false",
        put(first(R), KZ.announced, Literal(False)),
        "Replacement-announced",
        "marked announced",
    ),
    ("announced-string", put(first(R), KZ.announced, Literal("ja")), "Replacement-announced", "xsd:boolean"),
    (
        "arrest-nobody",
        both(drop(first(X), KZ.arrested), drop(first(X), KZ["count"])),
        "ArrestWhoShape",
        "who was arrested",
    ),
    (
        "arrest-of-organization",
        put(first(X), KZ.arrested, iris.named_agent_iri("org", "das Innenministerium")),
        "Arrest-arrested",
        "a person or group",
    ),
    (
        "arrest-negative-count",
        put(first(X), KZ["count"], Literal(-3)),
        "Arrest-count",
        "non-negative integer",
    ),
    ("arrest-two-count-texts", add(first(X), KZ.countText, Literal("120")), "Arrest-countText", "count text"),
    (
        "arrest-two-qualifiers",
        add(first(X), KZ.countQualifier, Literal("rund")),
        "Arrest-countQualifier",
        "count qualifier",
    ),
    ("arrest-charge-number", add(first(X), KZ.charge, Literal(7)), "Arrest-charge", "is a string"),
    ("arrest-reported-by-post", put(first(X), KZ.reportedBy, POST), "Arrest-reportedBy", "an agent"),
    ("arrest-figure-article", put(first(X), KZ.figure, ARTICLE), "Arrest-figure", "kz:ReportedFigure"),
    ("statement-no-quote", drop(first(S), KZ.quote), "Statement-quote", "exactly one non-empty quote"),
    ("statement-two-speakers", add(first(S), KZ.speaker, MUSTER), "Statement-speaker", "exactly one speaker"),
    (
        "statement-mode-unknown",
        put(first(S), KZ.mode, Literal("zitiert")),
        "Statement-mode",
        "direct, indirect or reported",
    ),
    ("holding-no-holder", drop(first(OH), KZ.holder), "OfficeHolding-holder", "exactly one holder"),
    ("holding-no-post", drop(first(OH), KZ.post), "OfficeHolding-post", "exactly one post"),
    (
        "holding-former-text",
        put(first(OH), KZ.former, Literal("nein")),
        "OfficeHolding-former",
        "xsd:boolean",
    ),
    (
        "mention-of-organization",
        put(first(M), KZ.mentions, iris.named_agent_iri("org", "das Innenministerium")),
        "Mention-mentions",
        "exactly one person",
    ),
    # indictments.ttl (and the event and evidence shapes it gives kz:Indictment as a target)
    ("indictment-nobody", drop(first(IND), KZ.indicted), "Indictment-indicted", "exactly one indicted party"),
    ("indictment-two-indicted", add(first(IND), KZ.indicted, MUSTER), "Indictment-indicted", "exactly one"),
    (
        "indictment-of-post",
        put(first(IND), KZ.indicted, POST),
        "Indictment-indicted",
        "a person or group",
    ),
    (
        "indictment-charge-number",
        put(first(IND), KZ.indictedFor, Literal(7)),
        "Indictment-indictedFor",
        "non-empty string",
    ),
    (
        "indictment-two-charges",
        add(first(IND), KZ.indictedFor, Literal("Betrug")),
        "Indictment-indictedFor",
        "at most one charge",
    ),
    ("indictment-not-reported", drop(first(IND), KZ.reportedIn), "Event-reportedIn", "exactly one article"),
    ("indictment-no-evidence", drop(first(IND), KZ.evidence), "Fact-evidence", "exactly one evidence"),
    ("indictment-is-person", add(first(IND), RDF.type, KZ.Person), "EventDisjointShape", "not also an agent"),
    (
        "indictment-date-as-string",
        put(first(IND), KZ.date, Literal("2022-01-03")),
        "Dated-date",
        "xsd:date",
    ),
    # figures.ttl
    ("figure-no-value", drop(first(F), KZ.value), "ReportedFigure-value", "exactly one value"),
    (
        "figure-value-decimal",
        put(first(F), KZ.value, Literal(Decimal("120.5"))),
        "ReportedFigure-value",
        "non-negative integer",
    ),
    (
        "figure-no-source",
        drop(first(F), KZ.sourceArticle),
        "ReportedFigure-sourceArticle",
        "exactly one source article",
    ),
    (
        "figure-two-count-texts",
        add(first(F), KZ.countText, Literal("120")),
        "ReportedFigure-countText",
        "count text",
    ),
    (
        "figure-two-qualifiers",
        add(first(F), KZ.countQualifier, Literal("rund")),
        "ReportedFigure-countQualifier",
        "count qualifier",
    ),
    ("figure-reported-by-post", put(first(F), KZ.reportedBy, POST), "ReportedFigure-reportedBy", "an agent"),
    (
        "figure-other-value",
        put(first(F), KZ.value, Literal(99, datatype=NNI)),
        "ArrestFigureShape",
        "Count 120 without a reported figure",
    ),
    (
        "figure-undated-in-dated-article",
        drop(first(F), KZ.date),
        "FigureDateShape",
        "although the article is dated 2022-01-03",
    ),
    ("figure-undated-article-undated", _undated, "FigureUndatedShape", "its article has no date either"),
]


@pytest.mark.parametrize(("mutation", "shape", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_broken_graph_is_caught(mutation: Mutation, shape: str, words: str) -> None:
    graph = sample_graph()
    mutation(graph)
    report = run_shacl(graph)
    english = outcome_from_report(report, graph, "en")
    hits = [r for r in english.results if r.shape == SHAPES[shape]]
    assert hits, [(str(r.shape), r.message) for r in english.results]
    assert any(words in r.message for r in hits), [r.message for r in hits]
    expected_severity = "Warning" if shape == "FigureUndatedShape" else "Violation"
    assert {r.severity for r in hits} == {expected_severity}
    assert english.conforms is (expected_severity != "Violation")
    assert all(r.node_label for r in hits)
    # Every node the builder writes leads to a sentence, unless the sentence is what is broken.
    if shape not in {"Place-label", "Fact-evidence", "Evidence-sentenceText"}:
        assert all(r.evidence for r in hits if r.focus_node != ARTICLE)
    # The same result in German: the shape's @de message (placeholders filled in).
    german = [r for r in outcome_from_report(report, graph, "de").results if r.shape == SHAPES[shape]]
    template = shape_messages(SHAPES[shape]).get("de")
    assert german and all(r.message and r.message not in {h.message for h in hits} for r in german)
    if template and "{" not in template and (SHAPES[shape], SH.sparql, None) not in load_shapes():
        assert {r.message for r in german} == {template}


def test_every_constraining_shape_has_a_broken_graph() -> None:
    shapes = load_shapes()
    own_constraints = (SH.path, SH.sparql, SH["not"], SH["or"])
    constraining = {s for s in named_shapes() if any((s, p, None) in shapes for p in own_constraints)}
    constraining.discard(SHAPES.AgentValue)  # used through sh:node: broken via e.g. Dismissal-dismissed
    covered = {SHAPES[c[2]] for c in CASES}
    assert constraining - covered == set()
