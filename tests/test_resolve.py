"""Cross-article person resolution on extracted facts (kzgraph.resolve.PersonRegistry)."""

from kzgraph.graph.build import register_persons
from kzgraph.resolve import PersonRegistry
from tests.extract_helpers import facts


def test_surname_only_merges_with_full_name() -> None:
    a = facts("Präsident Boris Petrow sprach am Montag.")
    b = facts("Petrow sagte, die Lage sei ruhig. Petrow hatte Minister Ivan Lutz entlassen.")
    b.article_id = "b"
    registry = PersonRegistry()
    for f in (a, b):
        register_persons(registry, f)
    names = {registry.canonical(p.person.name) for f in (a, b) for p in f.persons}
    assert names <= {"Boris Petrow", "Ivan Lutz"}
    assert "Boris Petrow" in names
