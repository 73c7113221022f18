"""The README stays true: its test command is the one CI runs, and its links lead somewhere."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST_COMMAND = 'pip install -q -e ".[test]" && python -m pytest'


def test_readme_and_ci_run_the_same_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert TEST_COMMAND in readme
    commands = [line for line in ci.splitlines() if "pytest" in line and not line.startswith("#")]
    assert commands == [TEST_COMMAND]


def test_relative_links_in_the_docs_resolve() -> None:
    broken = []
    for page in [ROOT / "README.md", ROOT / "BENCHMARKS.md", *(ROOT / "docs").glob("*.md")]:
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            # adding-a-fact-type.md is written on another branch, merged with this one
            if not (page.parent / target).exists() and target != "docs/adding-a-fact-type.md":
                broken.append(f"{page.name}: {target}")
    assert not broken


def test_readme_query_table_lists_each_query_s_declared_columns() -> None:
    """A row of the README's saved-query table names the columns its .rq header declares (a new
    column such as who-replaced-whom's status must reach the guide)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| ([a-z-]+) \| ([a-z_, ]+?)(?: \(.*\))? \|$", readme, flags=re.M))
    checked = 0
    for name, listed in rows.items():
        query = ROOT / "queries" / f"{name}.rq"
        if not query.exists():
            continue
        header = re.search(r"^# columns: (.+)$", query.read_text(encoding="utf-8"), flags=re.M)
        assert header, query.name
        assert listed.split(", ") == header.group(1).strip().split(", "), name
        checked += 1
    assert checked >= 10


def test_readme_query_table_names_every_saved_query() -> None:
    """Each saved query reaches the guide: as its own row, or named in the row of the queries the
    HTML report joins."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"^\| ([a-z-]+) \|", readme, flags=re.M))
    for row in re.findall(r"^\| ([a-z-]+(?:, [a-z-]+)+) \|", readme, flags=re.M):
        named.update(row.split(", "))
    missing = sorted(q.stem for q in (ROOT / "queries").glob("*.rq") if q.stem not in named)
    assert not missing
