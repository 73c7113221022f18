"""What the layers of extraction expect of each other, in a module that imports none of them.

The grammar functions take the article context as an argument, the registry holds extractors
that take it and writers that take the graph builder; the context itself uses grammar modules,
and the graph builder loops over the registry. Declaring the context's and the builder's
interfaces here (``typing.Protocol``) keeps every import one-way: the grammar and the registry
name these protocols, never ``core.context`` or ``graph.build`` (``tests/core/test_layout.py``
checks the import graph, type-hint imports included).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from rdflib import Graph, URIRef
    from spacy.tokens import Doc, Span, Token

    from kzgraph.extract.grammar.lexicon import Lexicons


@dataclass(frozen=True)
class Mention:
    """Where the article mentions one of its persons (by name, pronoun or description)."""

    start: int  # token indices into the Doc
    end: int
    person: int  # index into ArticleContext.persons
    subject: bool  # looks like the subject of its clause
    kind: str  # "name" | "pronoun" | "description"


class ArticleView(Protocol):
    """The article as the grammar reads it (implemented by ``core.context.ArticleContext``)."""

    doc: Doc
    lx: Lexicons
    sentences: list[Span]
    mentions: list[Mention]
    entities: tuple[Span, ...]  # doc.ents, read once

    def sentence_of(self, tok: Token | int) -> Span: ...

    def sentence_words(self, sent: Span) -> frozenset[str]: ...

    def sentence_index(self, i: int) -> int: ...

    def mention_at(self, i: int) -> Mention | None: ...

    def mentions_in(self, span: Span) -> list[Mention]: ...

    def person_agent(self, idx: int) -> Any: ...

    def agent_for(self, span: Span) -> Any: ...

    def is_name_token(self, tok: Token) -> bool: ...

    def looks_like_country(self, text: str) -> bool: ...


class FactGraphBuilder(Protocol):
    """What a fact type's writer uses of the graph builder (``graph.build.ArticleGraphBuilder``)."""

    graph: Graph

    def agent(self, agent: Any) -> URIRef: ...

    def event(self, kind: str, cls: URIRef, fact: Any, *key: object) -> URIRef: ...

    def agent_and_post(self, node: URIRef, agent: Any, office: str | None) -> None: ...

    def date(self, node: URIRef, date: Any) -> None: ...


class FactLike(Protocol):
    """A fact: every fact class (``kzgraph.extract.facts.Fact``) carries its evidence."""

    @property
    def evidence(self) -> Any: ...
