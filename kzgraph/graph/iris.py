"""The one place that holds namespaces and mints IRIs.

IRIs are stable: the same input gives the same IRIs. Named persons are global (one node
per person across articles, keyed by their canonical name); everything else an article
says lives under that article's id, so that an article's named graph can be replaced
on its own.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD, DefinedNamespace  # noqa: F401

KZ = Namespace("https://w3id.org/kzgraph/ontology#")
ONTOLOGY = URIRef("https://w3id.org/kzgraph/ontology")
DATA = Namespace("https://w3id.org/kzgraph/id/")
SHAPES = Namespace("https://w3id.org/kzgraph/shapes#")

PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
OA = Namespace("http://www.w3.org/ns/oa#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

PREFIXES: dict[str, Namespace] = {
    "kz": KZ,
    "kzd": DATA,
    "prov": PROV,
    "org": ORG,
    "sem": SEM,
    "schema": SCHEMA,
    "foaf": FOAF,
    "oa": OA,
    "nif": NIF,
    "skos": Namespace(str(SKOS)),
    "xsd": Namespace(str(XSD)),
    "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)),
}


def new_graph() -> Graph:
    """An empty rdflib graph with the project's prefixes bound."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def slug(text: str) -> str:
    """A readable, IRI-safe key: ASCII-folded, lower case, words joined by '-'."""
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    words = re.findall(r"[a-z0-9]+", folded)
    return "-".join(words) or "x"


def digest(*parts: object, length: int = 12) -> str:
    """A short stable hash of the parts, for nodes that have no natural key."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:length]


def _article_key(article_id: str) -> str:
    # Article ids are file stems or JSON ids chosen by the user: keep them readable but safe.
    return quote(article_id, safe="-_.~")


def article_iri(article_id: str) -> URIRef:
    return DATA[f"article/{_article_key(article_id)}"]


def article_graph_iri(article_id: str) -> URIRef:
    """The named graph that holds one article's facts."""
    return DATA[f"graph/{_article_key(article_id)}"]


def article_id_from_graph(graph: URIRef | str) -> str | None:
    prefix = str(DATA["graph/"])
    text = str(graph)
    if not text.startswith(prefix):
        return None
    from urllib.parse import unquote

    return unquote(text[len(prefix) :])


# Shared nodes (named persons, organizations, states and posts) are described once, in this
# graph, rather than in every article graph that mentions them: a union of quads would
# otherwise meet a person's label once per article. Outside ``graph/``, so that it is never
# taken for an article's graph (an article may well be called "shared").
SHARED_GRAPH = DATA["shared"]
SHARED_KINDS = ("person", "org", "state", "post")
# What the shared graph holds about a shared node: the rest (mentions, offices held,
# replacements) is a claim of one article and stays in that article's graph.
SHARED_PREDICATES = frozenset({RDF.type, RDFS.label, KZ.alias, KZ.nameKey})


# The listing index (kzgraph.store.listings): the rows of the saved listings, per article, in
# the embedded store only. Its own namespace, outside the ontology: it is a cache of query
# results, never exported, loaded into a server or validated (docs/stores.md).
LISTING = Namespace("https://w3id.org/kzgraph/listing#")
LISTING_META_GRAPH = DATA["listings"]  # holds the digest of the queries the rows came from


def listing_graph_iri(article_id: str) -> URIRef:
    """The graph holding one article's listing rows: replaced and removed with the article."""
    return DATA[f"listing/{_article_key(article_id)}"]


def listing_chunk_iri(article_id: str, listing: str) -> URIRef:
    """The node holding one article's rows of one listing."""
    return DATA[f"listing/{_article_key(article_id)}/{slug(listing)}"]


def listing_rows_property(listing: str) -> URIRef:
    """The property from a chunk to its rows, one per listing: a listing is one predicate scan."""
    return LISTING[f"rows-{slug(listing)}"]


def is_listing_graph(graph: URIRef | str) -> bool:
    """A graph of the listing index (not part of the knowledge graph)."""
    text = str(graph)
    return text.startswith(str(DATA["listing/"])) or text == str(LISTING_META_GRAPH)


def is_shared_node(node: URIRef | str) -> bool:
    """A node minted by :func:`person_iri`, :func:`named_agent_iri` or :func:`post_iri`."""
    text = str(node)
    base = str(DATA)
    return text.startswith(base) and text[len(base):].split("/", 1)[0] in SHARED_KINDS


def person_iri(name: str) -> URIRef:
    """One node per named person, keyed by the canonical name."""
    return DATA[f"person/{slug(name)}"]


def named_agent_iri(kind: str, name: str) -> URIRef:
    """A named organization or state, shared across articles."""
    return DATA[f"{kind}/{slug(name)}"]


def local_agent_iri(article_id: str, kind: str, label: str) -> URIRef:
    """An unnamed agent ("eine Journalistin", "4400 Menschen") belongs to its article."""
    return DATA[f"article/{_article_key(article_id)}/{kind}/{slug(label)[:60]}-{digest(label, length=6)}"]


def post_iri(office: str) -> URIRef:
    return DATA[f"post/{slug(office)}"]


def fact_iri(article_id: str, kind: str, *key: object) -> URIRef:
    """An event, office holding, figure or mention: stable hash of what identifies it."""
    return DATA[f"article/{_article_key(article_id)}/{kind}/{digest(kind, *key)}"]


def evidence_iri(fact: URIRef) -> URIRef:
    return URIRef(f"{fact}/evidence")
