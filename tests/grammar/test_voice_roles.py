"""The clause/voice layer (kzgraph.extract.grammar.voice): the grammatical roles around an event
word in each construction, read the same way for every fact type, and the role maps
(kzgraph.extract.grammar.role_map) that turn them into fact roles as data."""

from __future__ import annotations

import pytest

from kzgraph.extract.facts import Agent, AgentKind
from kzgraph.extract.grammar.role_map import RoleMapError, parse_role_map, role_map
from kzgraph.extract.grammar.voice import (
    ACTIVE,
    NOMINAL,
    PASSIVE,
    PASSIVE_BY,
    RELATIVE_OBJECT,
    Roles,
    noun_roles,
    verb_roles,
)
from tests.extract_helpers import context


def _roles(text: str, word: str, passive: bool | None = None) -> Roles:
    ctx = context(text)
    sent = ctx.sentences[0]
    tok = next(t for t in sent if t.text == word)
    if passive is None:
        return noun_roles(ctx, sent, tok.i)
    return verb_roles(ctx, sent, tok.i, passive)


def _label(agent: Agent | None) -> str | None:
    return agent.label if agent is not None else None


def test_active_verb_subject_and_object() -> None:
    roles = _roles(
        "Der Bürgermeister Anton Keller entließ gestern den Kämmerer Olaf Brandl.", "entließ", False
    )
    assert roles.construction == ACTIVE
    assert _label(roles.subject) == "Anton Keller"
    assert _label(roles.object) == "Olaf Brandl"


def test_passive_without_agent() -> None:
    roles = _roles("Der Kämmerer Olaf Brandl wurde am Dienstag entlassen.", "entlassen", True)
    assert roles.construction == PASSIVE
    assert _label(roles.subject) == "Olaf Brandl"
    assert roles.by is None


@pytest.mark.parametrize("prep", ["von", "durch"])
def test_passive_with_von_or_durch_agent(prep: str) -> None:
    text = f"Olaf Brandl wurde {prep} den Stadtrat entlassen."
    roles = _roles(text, "entlassen", True)
    assert roles.construction == PASSIVE_BY
    assert _label(roles.subject) == "Olaf Brandl"
    assert roles.by is not None and "Stadtrat" in roles.by.label


def test_a_place_after_von_is_no_agent() -> None:
    roles = _roles("Der Bürgermeister von Talheim, Olaf Brandl, wurde abgewählt.", "abgewählt", True)
    assert roles.construction == PASSIVE
    assert _label(roles.subject) == "Olaf Brandl"


def test_relative_clause_with_object_pronoun() -> None:
    text = "Die Reporterin Jana Lindqvist, die die Polizei am Morgen festgenommen hatte, ist wieder frei."
    roles = _roles(text, "festgenommen", False)
    assert roles.construction == RELATIVE_OBJECT
    assert _label(roles.object) == "Jana Lindqvist"


def test_relative_clause_with_genitive_pronoun_is_not_about_the_antecedent() -> None:
    text = "Das sei ein guter Tag, sagte Jana Lindqvist, deren Schwager im April verhaftet wurde."
    roles = _roles(text, "verhaftet", True)
    assert _label(roles.subject) != "Jana Lindqvist"


def test_separable_verb_is_one_active_event() -> None:
    roles = _roles("Die Polizei nahm den Kurier Timo Vessel am Bahnhof fest.", "nahm", False)
    assert roles.construction == ACTIVE
    assert _label(roles.object) == "Timo Vessel"


def test_nominalisation_with_genitive_name_after_a_title() -> None:
    roles = _roles("Nach der Festnahme des früheren Bankchefs Ulrich Maass stieg der Kurs.", "Festnahme")
    assert roles.construction == NOMINAL
    assert _label(roles.genitive) == "Ulrich Maass"


def test_nominalisation_with_von_phrase() -> None:
    roles = _roles("Die Absetzung von Olaf Brandl kam für viele überraschend.", "Absetzung")
    assert _label(roles.von) == "Olaf Brandl"
    assert roles.genitive is None


def test_nominalisation_without_a_person() -> None:
    roles = _roles("Die Festnahme dauerte nur wenige Minuten.", "Festnahme")
    assert (roles.genitive, roles.von) == (None, None)


# -- role maps: data, checked by one typed loader ----------------------------------------------


def test_every_event_type_declares_its_roles() -> None:
    for kind, roles in [
        ("arrests", {"arrested"}),
        ("dismissals", {"dismissed", "agent"}),
        ("appointments", {"appointee", "agent"}),
        ("replacements", {"successor", "predecessor"}),
        ("indictments", {"indicted", "agent"}),
    ]:
        mapped = role_map(f"kzgraph.extract.kinds.{kind}")
        assert mapped.reads(PASSIVE_BY) and mapped.reads(ACTIVE)
        assert roles <= set(mapped.constructions[ACTIVE])


def test_a_role_map_fills_fact_roles_in_order_of_preference() -> None:
    mapped = parse_role_map(
        {"version": 1, "constructions": {"nominal": {"held": ["genitive", "von"]}}}, "test.yaml"
    )
    person = Agent(AgentKind.PERSON, label="X", name="X")
    assert mapped.fill(Roles(NOMINAL, von=person)) == {"held": person}
    assert mapped.fill(Roles(ACTIVE, subject=person)) == {}


def test_passive_subject_is_the_arrested_and_the_von_phrase_the_predecessor_s_successor() -> None:
    # the same grammatical role means another fact role per type: that is the data
    passive_by = Roles(
        PASSIVE_BY, subject=Agent(AgentKind.PERSON, "A", "A"), by=Agent(AgentKind.PERSON, "B", "B")
    )
    assert _label(role_map("kzgraph.extract.kinds.arrests").role(passive_by, "arrested")) == "A"
    replaced = role_map("kzgraph.extract.kinds.replacements").fill(passive_by)
    assert (_label(replaced["predecessor"]), _label(replaced["successor"])) == ("A", "B")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"constructions": {}}, "version"),
        ({"version": 1, "constructions": {"sideways": {"x": "subject"}}}, "unknown construction"),
        ({"version": 1, "constructions": {"active": {"x": "dative"}}}, "unknown grammatical role 'dative'"),
        ({"version": 1, "constructions": {"active": {"x": []}}}, "constructions.active.x"),
    ],
)
def test_a_malformed_role_map_names_the_file_and_the_entry(data: object, message: str) -> None:
    with pytest.raises(RoleMapError, match=message) as err:
        parse_role_map(data, "kinds/x/roles.yaml")
    assert "kinds/x/roles.yaml" in str(err.value)


def test_collective_action_is_the_agent_of_a_passive() -> None:
    roles = _roles(
        "Im Herbst wurde König Otto III. durch einen Militärputsch entmachtet.", "entmachtet", True
    )
    assert roles.construction == PASSIVE_BY
    assert _label(roles.by) == "Militärputsch"


def test_a_means_after_durch_is_no_agent() -> None:
    roles = _roles("Der Vorsitzende Karl Roth wurde durch einen Brief entlassen.", "entlassen", True)
    assert roles.by is None
