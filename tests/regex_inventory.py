"""Every regular expression kzgraph applies to article text, and strings that stress them.

Two sources, so that a new pattern cannot slip past the tests:
- the compiled patterns the modules hold at run time (module globals, the patterns built
  from lexicons by cached zero-argument builders, and the fields of the ``Lexicons`` record);
- a scan of the source for ``re.compile/search/match/...`` calls: the literal patterns are
  compiled here, and a call whose pattern is built at run time must be a known site
  (``DYNAMIC_SITES``) whose patterns the first source already covers.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import kzgraph

try:  # Python 3.11+: the parser moved under re
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

# The packages whose code sees article text (reading, NLP, extraction, graph, resolution).
PACKAGES = ("kzgraph.reading", "kzgraph.nlp", "kzgraph.extract", "kzgraph.graph", "kzgraph.resolve")
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}

# Calls whose pattern is assembled at run time, as "module.function": the pattern each builds is
# collected by ``runtime_patterns`` (a cached builder) or is an escaped literal (``re.escape``).
DYNAMIC_SITES = {
    "kzgraph.extract.kinds.arrests.groups.count_re": "cached builder, collected at run time",
    "kzgraph.extract.kinds.offices.extract._suffix_only": "cached builder, collected at run time",
    "kzgraph.extract.grammar.lexicon._suffix_re": "builds the Lexicons fields, collected at run time",
    "kzgraph.nlp.institutions._head_pattern": "cached builder, collected at run time",
    "kzgraph.extract.grammar.cues._cue_pattern":
        "(?<!\\w) + an alternation of escaped cue words: literals, no quantifier",
    "kzgraph.extract.grammar.dates.<module>":
        "module-level pattern from lexicon words, collected at run time",
    # matches rule ids of the catalogue, never article text: escaped parts joined by [^.\\s]+
    "kzgraph.extract.core.rules.pattern": "rule ids only; escaped literals joined by one class",
}


# Modules that never see article text: they build the shipped data files or train and evaluate
# models (gazetteer labels, UD and GermEval corpora), run by developers, not by a build.
OFFLINE_TOOLS = ("_build", ".train", ".crf_train", ".pretrain", ".evaluate", ".eval_quotes", ".debug")


def _sees_article_text(module: str) -> bool:
    return not module.endswith(OFFLINE_TOOLS)


def _modules() -> Iterator[object]:
    for package in PACKAGES:
        pkg = importlib.import_module(package)
        yield pkg
        for info in pkgutil.walk_packages(pkg.__path__, package + "."):
            if _sees_article_text(info.name):
                yield importlib.import_module(info.name)


def _patterns_in(value: object) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _patterns_in(getattr(value, f.name))


def _is_pattern_builder(value: object) -> bool:
    """A cached function without parameters whose body compiles a pattern."""
    if not isinstance(value, functools._lru_cache_wrapper):  # also functools.cache
        return False
    wrapped = value.__wrapped__  # type: ignore[attr-defined]
    try:
        if inspect.signature(wrapped).parameters:
            return False
        source = inspect.getsource(wrapped)
    except (TypeError, ValueError, OSError):
        return False
    return "re.compile" in source or "_suffix_re(" in source


def runtime_patterns() -> dict[str, re.Pattern[str]]:
    """name -> pattern, for every compiled pattern reachable from the modules' globals."""
    found: dict[str, re.Pattern[str]] = {}
    for module in _modules():
        for name, value in vars(module).items():
            if callable(value) and getattr(value, "__module__", None) != module.__name__:
                continue  # imported from elsewhere: collected in its own module
            if _is_pattern_builder(value):
                value = value()
            for i, pattern in enumerate(_patterns_in(value)):
                found[f"{module.__name__}.{name}" + (f"[{i}]" if i else "")] = pattern
    return found


def _enclosing_functions(tree: ast.AST) -> dict[ast.AST, str]:
    owner: dict[ast.AST, str] = {}

    def visit(node: ast.AST, name: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else name
            owner[child] = inner or "<module>"
            visit(child, inner)

    visit(tree, "<module>")
    return owner


def source_sites() -> tuple[dict[str, re.Pattern[str]], list[str]]:
    """(literal patterns by "module:line", dynamic call sites as "module.function")."""
    literal: dict[str, re.Pattern[str]] = {}
    dynamic: list[str] = []
    root = Path(kzgraph.__file__).parent
    for package in PACKAGES:
        folder = root.joinpath(*package.split(".")[1:])
        for path in sorted(folder.rglob("*.py")):
            module = ".".join(path.relative_to(root.parent).with_suffix("").parts)
            if not _sees_article_text(module):
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            owner = _enclosing_functions(tree)
            for node in ast.walk(tree):
                if not (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "re"
                    and node.func.attr in RE_FUNCTIONS
                    and node.args
                ):
                    continue
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    flags = _literal_flags(node)
                    literal[f"{module}:{node.lineno}"] = re.compile(arg.value, flags)
                else:
                    dynamic.append(f"{module}.{owner.get(node, '<module>')}")
    return literal, dynamic


def _literal_flags(call: ast.Call) -> int:
    flags = 0
    for arg in [*call.args[1:], *(k.value for k in call.keywords if k.arg == "flags")]:
        for name in re.findall(r"re\.([A-Z]+)", ast.unparse(arg)):
            flags |= getattr(re, name, 0)
    return flags


def all_patterns() -> dict[str, re.Pattern[str]]:
    """Every distinct pattern (by source and flags), named by where it was first found."""
    literal, _ = source_sites()
    seen: dict[tuple[str, int], str] = {}
    out: dict[str, re.Pattern[str]] = {}
    for name, pattern in [*runtime_patterns().items(), *literal.items()]:
        key = (pattern.pattern, pattern.flags)
        if key not in seen:
            seen[key] = name
            out[name] = pattern
    return out


# -- the pattern's own alphabet ---------------------------------------------------------------

_CATEGORY_SAMPLES = {
    "CATEGORY_SPACE": " \n",
    "CATEGORY_NOT_SPACE": "a.",
    "CATEGORY_WORD": "aä1",
    "CATEGORY_NOT_WORD": " ,",
    "CATEGORY_DIGIT": "1",
    "CATEGORY_NOT_DIGIT": "a ",
}


def _walk(parsed: object, chars: set[str], words: set[str]) -> None:
    run = ""
    for op, av in parsed:  # type: ignore[attr-defined]
        name = str(op)
        if name == "LITERAL":
            run += chr(av)
            chars.add(chr(av))
            continue
        if len(run) >= 2:
            words.add(run)
        run = ""
        if name == "NOT_LITERAL":
            chars.update("a ")
        elif name == "IN":
            for item_op, item in av:
                item_name = str(item_op)
                if item_name == "LITERAL":
                    chars.add(chr(item))
                elif item_name == "RANGE":
                    chars.update({chr(item[0]), chr(item[1])})
                elif item_name == "CATEGORY":
                    chars.update(_CATEGORY_SAMPLES.get(str(item), ""))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _walk(av[2], chars, words)
        elif name == "SUBPATTERN":
            _walk(av[-1], chars, words)
        elif name == "BRANCH":
            for branch in av[1]:
                _walk(branch, chars, words)
        elif name in ("ASSERT", "ASSERT_NOT"):
            _walk(av[1], chars, words)
        elif name == "ANY":
            chars.update("a ")
    if len(run) >= 2:
        words.add(run)


def alphabet(pattern: re.Pattern[str], max_words: int = 8) -> tuple[list[str], list[str]]:
    """(characters, literal words) the pattern mentions; long alternations are sampled."""
    chars: set[str] = set()
    words: set[str] = set()
    _walk(sre_parse.parse(pattern.pattern, pattern.flags), chars, words)
    chars.update(" ,.()\"„“-a")  # what running text always has
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return sorted(chars), ordered[: max_words // 2] + ordered[-(max_words // 2) :]


def adversarial_units(pattern: re.Pattern[str]) -> list[str]:
    """Repeating units for strings that make a backtracking matcher try many splits."""
    chars, words = alphabet(pattern)
    units = list(chars)
    units += [w for word in words for w in (word, word + " ", ", " + word, word[:-1])]
    units += [a + b for a in chars[:12] for b in chars[:12] if a != b][:60]
    units.append("".join(chars))
    return [u for u in dict.fromkeys(units) if u]


SUFFIXES = ("", "!", "\x00", "\n")


def stress_string(unit: str, size: int, suffix: str) -> str:
    return (unit * (size // len(unit) + 1))[:size] + suffix


# -- nested quantifiers -----------------------------------------------------------------------


def nested_quantifiers(pattern: re.Pattern[str]) -> list[str]:
    """Repeats (max > 1) inside repeats: where catastrophic backtracking can come from."""
    found: list[str] = []

    def walk(parsed: object, depth: int) -> None:
        for op, av in parsed:  # type: ignore[attr-defined]
            name = str(op)
            if name in ("MAX_REPEAT", "MIN_REPEAT"):
                lo, hi, body = av
                many = hi is sre_constants.MAXREPEAT or hi > 1
                if many and depth > 0:
                    found.append(f"{name}{{{lo},{'inf' if hi is sre_constants.MAXREPEAT else hi}}}")
                walk(body, depth + (1 if many else 0))
            elif name == "SUBPATTERN":
                walk(av[-1], depth)
            elif name == "BRANCH":
                for branch in av[1]:
                    walk(branch, depth)
            elif name in ("ASSERT", "ASSERT_NOT"):
                walk(av[1], depth)

    walk(sre_parse.parse(pattern.pattern, pattern.flags), 0)
    return found
