"""The rule catalogue (``rules.yaml``, package data): every rule id a fact's evidence can carry
(``kz:rule`` in the graph), what it matches and the confidence it gives.

An id with a ``{placeholder}`` names a family of ids ("resignation.verb.{lemma}" is
"resignation.verb.zurücktreten", ...); :func:`find_rule` looks an id up in either form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from kzgraph.yaml_data import load_yaml

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


class RuleCatalogueError(Exception):
    """The catalogue file is malformed (names the file and the entry)."""


@dataclass(frozen=True)
class Rule:
    id: str
    matches: str
    confidence: tuple[float, float]  # lowest and highest; equal when the rule gives one value

    @property
    def fact_type(self) -> str:
        """The fact kind the id starts with ("dismissal" of "dismissal.verb.active")."""
        return self.id.split(".", 1)[0]

    @property
    def pattern(self) -> re.Pattern[str]:
        parts = _PLACEHOLDER.split(self.id)
        return re.compile(r"[^.\s]+".join(re.escape(p) for p in parts))

    def confidence_text(self) -> str:
        low, high = self.confidence
        return f"{low:g}" if low == high else f"{low:g}-{high:g}"


def catalogue_file() -> str:
    return str(files("kzgraph.extract.core").joinpath("rules.yaml"))


@cache
def rules() -> tuple[Rule, ...]:
    """Every catalogued rule, in the file's order."""
    path = catalogue_file()
    with open(path, encoding="utf-8") as fh:
        data = load_yaml(fh)
    if not isinstance(data, dict) or "version" not in data or not isinstance(data.get("rules"), list):
        raise RuleCatalogueError(f"{path}: needs a version and a list of rules")
    out, seen = [], set()
    for k, entry in enumerate(data["rules"], 1):
        rule = _rule(path, k, entry)
        if rule.id in seen:
            raise RuleCatalogueError(f"{path}: rule {k}: {rule.id!r} is listed twice")
        seen.add(rule.id)
        out.append(rule)
    return tuple(out)


def _rule(path: str, k: int, entry: object) -> Rule:
    if not isinstance(entry, dict) or not {"id", "matches", "confidence"} <= set(entry):
        raise RuleCatalogueError(f"{path}: rule {k}: needs id, matches and confidence")
    value = entry["confidence"]
    low, high = (value, value) if isinstance(value, int | float) else tuple(value)
    if not 0 <= low <= high <= 1:
        raise RuleCatalogueError(f"{path}: rule {k} ({entry['id']}): confidence must be within 0..1")
    return Rule(str(entry["id"]), str(entry["matches"]), (float(low), float(high)))


def find_rule(rule_id: str) -> Rule | None:
    """The catalogue entry of ``rule_id`` as a fact's evidence carries it, or None."""
    exact = next((r for r in rules() if r.id == rule_id), None)
    return exact or next((r for r in rules() if r.pattern.fullmatch(rule_id)), None)
