"""`kzgraph rules`: the rule catalogue, or the entry of one rule id (a fact's ``kz:rule``)."""

from __future__ import annotations

import click

from kzgraph.cli.common import fail
from kzgraph.extract.core.rules import RuleCatalogueError, find_rule, rules


@click.command("rules")
@click.argument("rule_id", required=False)
@click.option("--type", "fact_kind", metavar="KIND",
              help="Only the rules of this kind (dismissal, arrest, ...).")
def rules_command(rule_id: str | None, fact_kind: str | None) -> None:
    """List the extraction rules: id, confidence and what each matches.

    With RULE_ID (as a fact's evidence in the graph gives it, kz:rule), show that rule's entry;
    exits 2 when no rule has that id.
    """
    try:
        if rule_id is not None:
            rule = find_rule(rule_id)
            if rule is None:
                fail(f"no rule {rule_id!r} in the catalogue (kzgraph rules lists them)")
            listed = [rule]
        else:
            listed = [r for r in rules() if fact_kind is None or r.fact_type == fact_kind]
    except RuleCatalogueError as err:
        fail(str(err))
    width = max((len(r.id) for r in listed), default=0)
    for rule in listed:
        click.echo(f"{rule.id:<{width}}  {rule.confidence_text():<9}  {rule.matches}")
