"""The layout of the extraction code: the grammar knows no fact type, the runtime never imports
the development tools, and no modules import each other in a circle. Every import counts for
the circle: at the top, inside a function, and for type hints only (under TYPE_CHECKING), since
a circle held together by a type-hint or function-level import is still one design knot."""

from __future__ import annotations

import ast
from pathlib import Path

import kzgraph

PACKAGE = Path(kzgraph.__file__).parent


def _module(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(typing_too: bool = False) -> dict[str, set[str]]:
    """Module -> the kzgraph modules it imports when it runs (at the top or inside functions);
    with ``typing_too`` also those it imports for type hints only."""
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {
            id(n)
            for node in ast.walk(tree)
            if not typing_too and isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for n in ast.walk(node)
        }
        found: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target.startswith("kzgraph") and target != name and not name.startswith(target + "."):
                    found.add(target)
        graph[name] = found
    return graph


def test_no_import_circle() -> None:
    graph = _imports(typing_too=True)
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph.get(name, ())):
            if state.get(target) == 1:
                raise AssertionError("import circle: " + " -> ".join([*path[path.index(target) :], target]))
            if target not in state:
                visit(target, [*path, target])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])


def test_the_circle_check_sees_type_hint_and_function_level_imports() -> None:
    graph = _imports(typing_too=True)
    # type hints only: the fact types name the graph builder for their writers' signatures
    assert "kzgraph.graph.build" in graph["kzgraph.extract.kinds.dismissals"]
    assert "kzgraph.graph.build" not in _imports()["kzgraph.extract.kinds.dismissals"]
    # inside a function: the package's entry point loads the driver late
    assert "kzgraph.extract.core.driver" in graph["kzgraph.extract"]


def test_the_grammar_imports_no_fact_type() -> None:
    graph = _imports()
    for name, targets in graph.items():
        if name.startswith("kzgraph.extract.grammar"):
            assert not {t for t in targets if t.startswith("kzgraph.extract.kinds")}, name


def test_the_runtime_never_imports_the_development_tools() -> None:
    for name, targets in _imports().items():
        if not name.startswith("kzgraph.devtools"):
            assert not {t for t in targets if t.startswith("kzgraph.devtools")}, name


def test_every_fact_type_lives_in_its_own_room() -> None:
    kinds = PACKAGE / "extract" / "kinds"
    rooms = {p.name for p in kinds.iterdir() if (p / "__init__.py").exists()}
    assert {"dismissals", "arrests", "statements", "indictments"} <= rooms
    loose = {p.name for p in (PACKAGE / "extract").glob("*.py")} - {"__init__.py", "facts.py"}
    assert loose == set()


# the grammar the article context is built from (docs/extraction-layout.md: the first tier)
CONTEXT_GRAMMAR = ("agents", "agreement", "dates", "names", "subject_position", "lexicon", "closed_class")


def test_the_grammar_the_context_is_built_from_imports_no_context() -> None:
    graph = _imports(typing_too=True)
    core = {"kzgraph.extract.core.context", "kzgraph.extract.core.mentions"}
    for module in CONTEXT_GRAMMAR:
        name = f"kzgraph.extract.grammar.{module}"
        assert name in graph, name
        assert not graph[name] & core, name
