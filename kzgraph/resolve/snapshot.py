"""The part of the corpus-wide person registry that one article's graph needs.

A worker that writes an article's graph gets the canonical name and the aliases of the
persons that article names, not the whole registry: small to send, whatever the corpus size.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kzgraph.extract.facts import ArticleFacts
from kzgraph.resolve.registry import PersonRegistry


@dataclass
class NameCollector:
    """Collects (name, aliases) as :func:`kzgraph.graph.build.register_persons` feeds a registry."""

    names: dict[str, set[str]] = field(default_factory=dict)

    def add(self, name: str, aliases: tuple[str, ...] | list[str] = ()) -> None:
        self.names.setdefault(name, set()).update(aliases)


def person_names(facts: ArticleFacts) -> dict[str, set[str]]:
    from kzgraph.graph.build import register_persons

    collector = NameCollector()
    register_persons(collector, facts)  # type: ignore[arg-type]
    return collector.names


@dataclass
class ResolvedPersons:
    """``canonical`` and ``aliases`` as PersonRegistry answers them, for one article's names."""

    _canonical: dict[str, str] = field(default_factory=dict)
    _aliases: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, registry: PersonRegistry, names: dict[str, set[str]] | list[str]) -> ResolvedPersons:
        resolved = cls()
        for name in names:
            canonical = registry.canonical(name)
            resolved._canonical[name] = canonical
            resolved._aliases[canonical] = registry.aliases(canonical)
        return resolved

    def canonical(self, name: str) -> str:
        return self._canonical.get(name, name)

    def aliases(self, canonical: str) -> frozenset[str]:
        return self._aliases.get(canonical, frozenset())
