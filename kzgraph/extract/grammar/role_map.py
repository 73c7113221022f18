"""How a fact type maps grammatical roles to its fact roles, per construction, as data.

Each fact type declares in ``kinds/<type>/roles.yaml``::

    version: 1
    constructions:
      passive:    {arrested: [subject]}
      passive_by: {arrested: [subject], agent: [by]}
      active:     {arrested: [object], agent: [subject]}
      nominal:    {arrested: [genitive, von, possessive]}

A fact role lists grammatical roles in order of preference: the first one filled is taken. One
typed loader reads every such file and names the file and the entry when it is malformed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

from kzgraph.extract.facts import Agent
from kzgraph.extract.grammar.voice import CONSTRUCTIONS, GRAMMATICAL_ROLES, Roles
from kzgraph.yaml_data import load_yaml

ROLES_FILE = "roles.yaml"


class RoleMapError(ValueError):
    """A fact type's roles file is malformed (the message names the file and the entry)."""


@dataclass(frozen=True)
class RoleMap:
    """One fact type's mapping: construction -> fact role -> grammatical roles in preference order."""

    source: str
    constructions: MappingProxyType[str, MappingProxyType[str, tuple[str, ...]]]

    def reads(self, construction: str) -> bool:
        """Whether the type reads a fact from this construction at all."""
        return construction in self.constructions

    def fill(self, roles: Roles) -> dict[str, Agent | None]:
        """The fact roles of ``roles`` (None where no listed grammatical role is filled); empty
        when the type does not read the construction."""
        wanted = self.constructions.get(roles.construction)
        if wanted is None:
            return {}
        return {fact_role: next((a for r in order if (a := roles.get(r)) is not None), None)
                for fact_role, order in wanted.items()}  # fmt: skip

    def role(self, roles: Roles, fact_role: str) -> Agent | None:
        """One fact role of ``roles``."""
        return self.fill(roles).get(fact_role)


def parse_role_map(data: Any, source: str) -> RoleMap:
    """Check and freeze the parsed contents of a roles file; ``source`` names it in errors."""
    if not isinstance(data, dict) or not isinstance(data.get("version"), int):
        raise RoleMapError(f"{source}: needs a mapping with an integer 'version'")
    body = data.get("constructions")
    if not isinstance(body, dict) or not body:
        raise RoleMapError(f"{source}: needs a non-empty mapping 'constructions'")
    out: dict[str, MappingProxyType[str, tuple[str, ...]]] = {}
    for construction, mapping in body.items():
        where = f"{source}: constructions.{construction}"
        if construction not in CONSTRUCTIONS:
            raise RoleMapError(f"{where}: unknown construction (known: {', '.join(CONSTRUCTIONS)})")
        if not isinstance(mapping, dict) or not mapping:
            raise RoleMapError(f"{where}: needs a mapping of fact roles to grammatical roles")
        roles: dict[str, tuple[str, ...]] = {}
        for fact_role, order in mapping.items():
            order = [order] if isinstance(order, str) else order
            if not isinstance(order, list) or not order:
                raise RoleMapError(f"{where}.{fact_role}: needs a grammatical role or a list of them")
            unknown = [r for r in order if r not in GRAMMATICAL_ROLES]
            if unknown:
                known = ", ".join(GRAMMATICAL_ROLES)
                raise RoleMapError(
                    f"{where}.{fact_role}: unknown grammatical role {unknown[0]!r} (known: {known})"
                )
            roles[str(fact_role)] = tuple(order)
        out[construction] = MappingProxyType(roles)
    return RoleMap(source, MappingProxyType(out))


@cache
def role_map(package: str) -> RoleMap:
    """The role map of the fact type in ``package`` (``kzgraph.extract.kinds.<type>``), from the
    ``roles.yaml`` shipped beside its code."""
    source = f"{package.replace('.', '/')}/{ROLES_FILE}"
    try:
        text = resources.files(package).joinpath(ROLES_FILE).read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise RoleMapError(f"{source}: missing") from err
    try:
        data = load_yaml(text)
    except yaml.YAMLError as err:
        raise RoleMapError(f"{source}: not valid YAML: {err}") from err
    return parse_role_map(data, source)
