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


def test_merge_depends_on_the_set_of_names_not_on_counts_or_order() -> None:
    # Two equally long compatible full names: the tie goes by the name, however often or in
    # which order each was seen (a resumed build sees stored names once, new ones per mention).
    mappings = set()
    for counts in ((3, 1), (1, 3), (1, 1)):
        for order in ((0, 1), (1, 0)):
            registry = PersonRegistry()
            names = ("Anna Mario Weber", "Anna Maria Weber")
            for i in order:
                for _ in range(counts[i]):
                    registry.add(names[i])
            registry.add("Weber")
            mappings.add((registry.canonical("Weber"), registry.canonical("Anna Mario Weber")))
    assert mappings == {("Anna Maria Weber", "Anna Maria Weber")}
