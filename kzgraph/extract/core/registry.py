"""The registry of fact types: each type is one declared unit (:class:`FactType`).

A fact type declares its fact class, its extractor, the types it needs first, its
post-processing steps, its graph writer, its saved query and its lexicon, and registers itself
with :func:`register` in its own module under :mod:`kzgraph.extract.kinds`. The driver, the
graph builder and the build summary loop over :func:`fact_types`; none of them names a type.
Types are found by importing every module of that package (as spaCy's registry finds
functions), so adding a type is adding a module there.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

# the registry names the context, the builder and the facts by their protocols: the context and
# the facts module use the registry, and the graph builder loops over it
from kzgraph.extract.core.interfaces import ArticleView, FactGraphBuilder, FactLike

# the facts of the types a unit needs, by type name, as their extractors found them
Found = Mapping[str, list[Any]]
Extractor = Callable[[ArticleView, Found], list[Any]]
Writer = Callable[[FactGraphBuilder, Any], None]
_KINDS_PACKAGE = "kzgraph.extract.kinds"


@dataclass(frozen=True)
class Step:
    """A post-processing step of a type, run after every type was extracted: it gets the type's
    facts and the extracted facts of the types it ``needs`` and returns the type's facts."""

    name: str
    run: Callable[[ArticleView, list[Any], Found], list[Any]]
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class FactType:
    """One fact type. ``name`` is its key in ``ArticleFacts`` and in the build summary
    ("dismissals"); ``order`` its place in listings among types that do not need each other."""

    name: str
    fact_class: type[FactLike]
    extract: Extractor
    write: Writer
    order: int
    needs: tuple[str, ...] = ()
    steps: tuple[Step, ...] = ()
    query: str | None = None  # the saved query listing the type's facts (queries/<query>.rq)
    lexicon: str | None = None  # its vocabulary: lexicon file name or section ("events:dismissal")
    event: bool = True  # an event a report lists (not a mention or an office held)


class RegistryError(Exception):
    """A fact type declared twice, or needing a type that does not exist or needs it back."""


_TYPES: dict[str, FactType] = {}
_ordered: list[FactType] | None = None
_loaded = False


def register(fact_type: FactType) -> FactType:
    """Add a fact type (called once by the type's own module)."""
    global _ordered
    known = _TYPES.get(fact_type.name)
    if known is not None and known is not fact_type:
        raise RegistryError(f"fact type {fact_type.name!r} is registered twice")
    _TYPES[fact_type.name] = fact_type
    _ordered = None
    return fact_type


def _load_kinds() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    package = importlib.import_module(_KINDS_PACKAGE)
    for info in pkgutil.iter_modules(package.__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{_KINDS_PACKAGE}.{info.name}")


def fact_types() -> list[FactType]:
    """Every registered type, each after the types it needs, else by ``order``."""
    global _ordered
    _load_kinds()
    if _ordered is None:
        _ordered = _dependency_order(_TYPES)
    return list(_ordered)


def fact_type(name: str) -> FactType:
    fact_types()
    try:
        return _TYPES[name]
    except KeyError:
        raise RegistryError(f"no fact type {name!r}; known: {', '.join(sorted(_TYPES))}") from None


def type_names() -> list[str]:
    return [t.name for t in fact_types()]


def event_types() -> list[FactType]:
    """The event types (dismissals, arrests, ...), for reports listing events."""
    return [t for t in fact_types() if t.event]


def _dependency_order(types: Mapping[str, FactType]) -> list[FactType]:
    """Kahn's algorithm, always taking the ready type of lowest ``order``."""
    for t in types.values():
        for need in (*t.needs, *(n for s in t.steps for n in s.needs)):
            if need not in types:
                raise RegistryError(f"fact type {t.name!r} needs {need!r}, which is not registered")
    waiting = {name: set(t.needs) for name, t in types.items()}
    out: list[FactType] = []
    while waiting:
        ready = [types[n] for n, needs in waiting.items() if not needs]
        if not ready:
            raise RegistryError(f"fact types need each other in a circle: {', '.join(sorted(waiting))}")
        first = min(ready, key=lambda t: (t.order, t.name))
        out.append(first)
        del waiting[first.name]
        for needs in waiting.values():
            needs.discard(first.name)
    return out
