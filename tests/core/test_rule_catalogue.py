"""The rule catalogue: every rule id the extractors can emit has an entry (id, what it matches,
confidence), every entry is emitted somewhere, and `kzgraph rules` lists and looks them up."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from click.testing import CliRunner

import kzgraph.extract
from kzgraph.cli import main
from kzgraph.extract.core.frame_fallback import spec_of
from kzgraph.extract.core.registry import fact_types
from kzgraph.extract.core.rules import find_rule, rules
from tests.extract_helpers import facts

EXTRACT = Path(kzgraph.extract.__file__).parent


def _kinds() -> str:
    """The rule id prefixes: each registered type's name in the singular ("dismissal")."""
    return "|".join(re.escape(t.name.removesuffix("s")) for t in fact_types())


def _rule_ids_in_code() -> set[str]:
    """String literals and f-strings of the extraction code that look like rule ids; an f-string's
    replacement fields become "{}"."""
    shape = re.compile(rf"(?:{_kinds()})(?:\.[\w{{}}]+)+")
    found: set[str] = set()
    for path in EXTRACT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # the literal parts of an f-string are read with it, not on their own
        parts = {id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for v in node.values}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in parts:
                text = node.value
            elif isinstance(node, ast.JoinedStr):
                text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            else:
                continue
            if shape.fullmatch(text):
                found.add(text)
    return found | _fallback_rule_ids()


def _fallback_rule_ids() -> set[str]:
    """The rule ids the types' valency-frame fallbacks declare as data (``roles.yaml``)."""
    specs = (spec_of(t) for t in fact_types())
    return {spec.rule for spec in specs if spec is not None}


def _template(text: str) -> re.Pattern[str]:
    return re.compile(r"[^.\s]+".join(re.escape(p) for p in text.split("{}")))


def test_every_rule_id_in_the_code_is_catalogued() -> None:
    ids = _rule_ids_in_code()
    assert len(ids) > 60  # the scan finds the extractors' ids
    missing = []
    for rule_id in ids:
        if "{}" in rule_id:
            if not any(_template(rule_id).fullmatch(r.id) or r.pattern.fullmatch(rule_id) for r in rules()):
                missing.append(rule_id)
        elif find_rule(rule_id) is None:
            missing.append(rule_id)
    assert missing == []


def test_every_catalogued_rule_is_emitted_somewhere() -> None:
    ids = _rule_ids_in_code()
    stale = [
        r.id
        for r in rules()
        if not any(i == r.id or r.pattern.fullmatch(i) or _template(i).fullmatch(r.id) for i in ids)
    ]
    assert stale == []


def test_rule_ids_of_extracted_facts_are_found() -> None:
    text = (
        "Präsident Karl Beispiel entließ am Montag Innenminister Otto Muster. Muster trat zurück. "
        "Die Polizei nahm mehr als 30 Menschen fest. „Wir bleiben ruhig“, sagte Beispiel."
    )
    found = facts(text).all_facts()
    kinds = {f.evidence.rule.split(".")[0] for f in found}
    assert kinds >= {"dismissal", "resignation", "arrest", "statement"}
    for fact in found:
        rule = find_rule(fact.evidence.rule)
        assert rule is not None, fact.evidence.rule
        low, high = rule.confidence
        assert low <= fact.evidence.confidence <= high or fact.evidence.rule.startswith("statement."), fact


def test_a_family_id_is_found_by_its_members() -> None:
    assert find_rule("resignation.verb.zurücktreten").id == "resignation.verb.{lemma}"
    assert find_rule("resignation.verb") is None and find_rule("dismissal.verb.nothing") is None


def test_rules_command_lists_and_looks_up() -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["rules"])
    assert listed.exit_code == 0
    assert len(listed.output.splitlines()) == len(rules())
    one = runner.invoke(main, ["rules", "replacement.verb.ablösen"])
    assert one.exit_code == 0 and one.output.startswith("replacement.verb.{lemma}")
    only = runner.invoke(main, ["rules", "--type", "indictment"])
    assert {line.split()[0] for line in only.output.splitlines()} == {
        r.id for r in rules() if r.fact_type == "indictment"
    }
    unknown = runner.invoke(main, ["rules", "dismissal.telepathy"])
    assert unknown.exit_code == 2 and "no rule 'dismissal.telepathy'" in unknown.output
