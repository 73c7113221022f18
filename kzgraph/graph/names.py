"""Name keys: the form a person's name is looked up by, without regard to case or accents.

The build stores ``kz:nameKey`` for the label and every alias of a person; the ``person``
query and the ``--person`` filter bind the key of the user's input and find the person by an
index lookup (no string function evaluated per label). Both sides use :func:`name_key`, so
they agree by construction, on every SPARQL engine.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef

from kzgraph.graph.iris import KZ

_NON_WORD = re.compile(r"[\W_]+")
# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})


def name_key(text: str) -> str:
    """Case-folded, accents and punctuation removed, words joined by one space:
    "Éric  O'Neil-Müller" -> "eric o neil muller", "Straße" -> "strasse"."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in folded if not unicodedata.combining(c)).translate(_UNDECOMPOSED)
    return " ".join(_NON_WORD.sub(" ", stripped).split())


def add_name_keys(graph: Graph, person: URIRef, names: Iterable[str]) -> None:
    """``kz:nameKey`` of each name (label and aliases) of ``person``; a name without a letter
    or digit has no key."""
    for key in {name_key(name) for name in names} - {""}:
        graph.add((person, KZ.nameKey, Literal(key)))
