"""Name keys for persons a store describes without them (stores built before kz:nameKey).

A build rewrites only changed articles, so the shared descriptions of persons written by an
earlier version would stay without keys, and `kzgraph query person` would not find them.
Runs after every build (from :func:`kzgraph.store.embedded.prune_shared`); costs one pass over
the shared graph's person labels, and adds nothing once every person has its keys.
"""

from __future__ import annotations

import pyoxigraph as ox

from kzgraph.graph import iris
from kzgraph.graph.iris import KZ
from kzgraph.graph.names import name_key

_PERSON = ox.NamedNode(str(KZ.Person))
_TYPE = ox.NamedNode(str(iris.RDF.type))
_LABEL = ox.NamedNode(str(iris.RDFS.label))
_ALIAS = ox.NamedNode(str(KZ.alias))
_KEY = ox.NamedNode(str(KZ.nameKey))


def add_missing_name_keys(store: ox.Store, graph: ox.NamedNode) -> int:
    """Give every person described in ``graph`` that has no kz:nameKey the keys of its label
    and aliases; returns how many persons got keys."""
    added: list[ox.Quad] = []
    persons = 0
    for quad in store.quads_for_pattern(None, _TYPE, _PERSON, graph):
        person = quad.subject
        if next(iter(store.quads_for_pattern(person, _KEY, None, graph)), None) is not None:
            continue
        names = [q.object.value for predicate in (_LABEL, _ALIAS)
                 for q in store.quads_for_pattern(person, predicate, None, graph)]
        keys = {name_key(name) for name in names} - {""}
        added += [ox.Quad(person, _KEY, ox.Literal(key), graph) for key in sorted(keys)]
        persons += bool(keys)
    if added:
        store.extend(added)
    return persons
