"""Mutated real articles build without tracebacks, hangs, losses or SHACL violations (issue 27,
item 7). The full run with figures is ``python -m kzgraph.fuzz`` (docs/reliability.md)."""

from __future__ import annotations

import random

import pytest

from kzgraph.fuzz.mutate import MUTATIONS, make_case
from kzgraph.fuzz.run import build_case, fuzz, source_articles
from kzgraph.resources import EXAMPLES_DIR


def test_every_mutation_changes_text_and_keeps_it_a_string() -> None:
    text = "Der Präsident entließ den Minister. „Wir handeln“, sagte er. Die Polizei nahm zwei Männer fest."
    for name, mutation in MUTATIONS.items():
        out = mutation(text, random.Random(1))
        assert isinstance(out, str) and out.strip(), name
    assert MUTATIONS["long_token"](text, random.Random(3)) != text


def test_cases_are_deterministic_for_a_seed() -> None:
    one = [make_case(k, "a", "Ein Satz. Noch ein Satz.", random.Random(k)) for k in range(20)]
    two = [make_case(k, "a", "Ein Satz. Noch ein Satz.", random.Random(k)) for k in range(20)]
    assert one == two
    assert {c.file_name.rsplit(".", 1)[1] for c in one} == {"txt", "jsonl"}


def test_a_surrogate_case_is_built_and_counted() -> None:
    case = make_case(0, "a", "Die Polizei nahm zwei Männer fest.", random.Random(0))
    case = type(case)(0, "a", ("surrogate",), "s.jsonl",
                      b'{"id": "s\\udc80", "text": "Die Polizei nahm zwei M\\u00e4nner fest."}\n')
    result = build_case(case)
    assert result["traceback"] is None and result["written"] == 1 and not result["failed"]


@pytest.mark.slow
def test_a_few_mutated_example_articles_build_cleanly() -> None:
    report = fuzz(source_articles([EXAMPLES_DIR]), count=6, seed=5, budget=300)
    assert report.cases == 6
    assert report.clean, report.failures
    assert report.articles_written + report.articles_reported == 6
