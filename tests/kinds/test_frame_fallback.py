"""The valency-frame fallback (kzgraph.extract.core.frame_fallback), per fact type: lexemes x
constructions the specific rules do not read, and look-alikes that must stay without a fact.
Invented names and bodies throughout."""

from __future__ import annotations

import pytest

from kzgraph.extract.core.frame_fallback import FrameFallbackError, fallback_spec, parse_spec
from tests.extract_helpers import facts

ROLE = {"dismissals": "dismissed", "appointments": "appointee", "arrests": "arrested"}
PARTICIPLES = {
    "dismissals": ["entlassen", "abgesetzt", "abberufen", "gefeuert", "entmachtet", "abgewählt"],
    "appointments": ["ernannt", "berufen", "gewählt", "bestellt", "befördert", "vereidigt"],
    "arrests": ["festgenommen", "verhaftet", "inhaftiert", "gefasst", "arretiert"],
}
CASES = [(kind, p) for kind, ps in PARTICIPLES.items() for p in ps]
INFINITIVES = {
    "entlassen": "zu entlassen", "abgesetzt": "abzusetzen", "abberufen": "abzuberufen",
    "gefeuert": "zu feuern", "entmachtet": "zu entmachten", "abgewählt": "abzuwählen",
    "ernannt": "zu ernennen", "berufen": "zu berufen", "gewählt": "zu wählen", "bestellt": "zu bestellen",
    "befördert": "zu befördern", "vereidigt": "zu vereidigen", "festgenommen": "festzunehmen",
    "verhaftet": "zu verhaften", "inhaftiert": "zu inhaftieren", "gefasst": "zu fassen",
    "arretiert": "zu arretieren",
}  # fmt: skip
# a group closing a list of persons: dismissed or arrested together, rarely appointed
GROUP_CASES = [c for c in CASES if c[0] != "appointments"]


def _post(kind: str, female: bool = False) -> str:
    if kind != "appointments":
        return ""
    return " zur Staatssekretärin" if female else " zum Staatssekretär"


def _who(kind: str, text: str) -> list[str]:
    return [
        (a.name or a.label) for f in getattr(facts(text), kind) if (a := getattr(f, ROLE[kind])) is not None
    ]


@pytest.mark.parametrize(("kind", "participle"), CASES)
def test_list_with_long_titles(kind: str, participle: str) -> None:
    text = (
        "Auch der stellvertretende Minister für Verkehr Jorik Vellmann und die stellvertretende "
        f"Ministerin für Bildung Tamara Quensel wurden{_post(kind, True)} {participle}."
    )
    assert {"Jorik Vellmann", "Tamara Quensel"} <= set(_who(kind, text))


@pytest.mark.parametrize(("kind", "participle"), CASES)
def test_apposition_then_titled_name(kind: str, participle: str) -> None:
    text = (
        "Der Vorsitzende der Partei Grünfeld, Jorik Vellmann, und die frühere Bürgermeisterin "
        f"Tamara Quensel wurden am Montag{_post(kind, True)} {participle}."
    )
    assert {"Jorik Vellmann", "Tamara Quensel"} <= set(_who(kind, text))


@pytest.mark.parametrize(("kind", "participle"), CASES)
def test_verb_after_an_infinitive_clause(kind: str, participle: str) -> None:
    text = (
        "Der Kämmerer Jorik Vellmann und die Referentin Tamara Quensel wurden nach dem Versuch, "
        f"die Akten zu sichern,{_post(kind, True)} {participle}."
    )
    assert {"Jorik Vellmann", "Tamara Quensel"} <= set(_who(kind, text))


@pytest.mark.parametrize(("kind", "participle"), CASES)
@pytest.mark.parametrize(
    "template",
    [
        "Jorik Vellmann wurde am Montag nicht{post} {p}.",
        "Wurde Jorik Vellmann am Montag{post} {p}?",
        "Falls Jorik Vellmann{post} {p} wird, tritt die Fraktion zusammen.",
        "Die Opposition fordert, dass Jorik Vellmann{post} {p} wird.",
        "Gerüchten zufolge soll Jorik Vellmann bald{post} {p} werden.",
        "Der Stadtrat will Jorik Vellmann im Herbst{post} {p}.",
    ],
)
def test_look_alikes_give_no_fact(kind: str, participle: str, template: str) -> None:
    assert _who(kind, template.format(post=_post(kind), p=participle)) == []


@pytest.mark.parametrize(("kind", "participle"), CASES)
@pytest.mark.parametrize(
    "template",
    [
        "Jorik Vellmann wurde am Montag{post} {p}, seine Kollegin Tamara Quensel protestierte.",
        "Jorik Vellmann wurde nach einem Treffen mit Tamara Quensel{post} {p}.",
        "Während des Besuchs von Tamara Quensel wurde Jorik Vellmann{post} {p}.",
    ],
)
def test_a_name_outside_the_slot_is_no_participant(kind: str, participle: str, template: str) -> None:
    assert "Tamara Quensel" not in _who(kind, template.format(post=_post(kind), p=participle))


def test_a_superior_replacing_someone_is_no_succession_of_the_fallback() -> None:
    """ "ablösen" by a superior removes a subordinate: the dismissals read it; replacements
    declare no fallback, so the superior never becomes the successor."""
    assert fallback_spec("kzgraph.extract.kinds.replacements") is None
    text = "Der Landrat hat die bisherige Amtsleiterin Tamara Quensel abgelöst."
    assert all(r.successor.label != "Der Landrat" for r in facts(text).replacements)


def test_release_is_no_dismissal() -> None:
    text = "Aus der Untersuchungshaft entlassen wurden am Montag Jorik Vellmann und Tamara Quensel."
    assert _who("dismissals", text) == []


def test_every_declared_fallback_loads() -> None:
    for kind in ("dismissals", "appointments", "arrests"):
        spec = fallback_spec(f"kzgraph.extract.kinds.{kind}")
        assert spec is not None and spec.rule.endswith(".frame")


@pytest.mark.parametrize(
    ("block", "message"),
    [
        ({"rule": "x.frame"}, "version"),
        (
            {
                "version": 1,
                "rule": "x.frame",
                "confidence": 0.6,
                "triggers": ["dismissal.verbs"],
                "participants": ["dismissed"],
                "voices": {"middle": {}},
            },
            "unknown voice",
        ),
        (
            {
                "version": 1,
                "rule": "x.frame",
                "confidence": 0.6,
                "triggers": ["dismissal.verbs"],
                "participants": ["dismissed"],
                "voices": {"active": {"dismissed": "dative"}},
            },
            "unknown slot",
        ),
        (
            {
                "version": 1,
                "rule": "x.frame",
                "confidence": 0.6,
                "triggers": ["verbs"],
                "participants": ["dismissed"],
                "voices": {"active": {"dismissed": "object"}},
            },
            "section",
        ),
    ],
)
def test_malformed_block_names_file_and_key(block: dict, message: str) -> None:
    with pytest.raises(FrameFallbackError, match=message) as err:
        parse_spec(block, "kinds/x/roles.yaml")
    assert "kinds/x/roles.yaml" in str(err.value)


@pytest.mark.parametrize(("kind", "participle"), CASES)
def test_description_read_as_the_name_set_off_after_its_attributes(kind: str, participle: str) -> None:
    text = (
        "Der Präfekt der am Fluss gelegenen Provinz Gerstal, Udo Merkan, dessen Amtszeit umstritten "
        f"war, wurde{_post(kind)} {participle}."
    )
    assert "Udo Merkan" in _who(kind, text)


@pytest.mark.parametrize(("kind", "participle"), CASES)
def test_an_apposition_in_another_clause_names_no_participant(kind: str, participle: str) -> None:
    text = (
        f"Nachdem der Minister, Udo Merkan, gesprochen hatte, wurde der Sprecher{_post(kind)} {participle}."
    )
    assert "Udo Merkan" not in _who(kind, text)


@pytest.mark.parametrize(("kind", "participle"), GROUP_CASES)
@pytest.mark.parametrize(
    "template",
    [
        "Auch Rina Kastell, eine Politikerin der Partei, sowie drei weitere Aktivisten wurden{post} {p}.",
        "Am Montag wurden Rina Kastell, die Sprecherin der Partei, sowie drei weitere Aktivisten{post} {p}.",
    ],
)
def test_named_member_of_a_list_closed_by_a_group(kind: str, participle: str, template: str) -> None:
    assert "Rina Kastell" in _who(kind, template.format(post="", p=participle))


@pytest.mark.parametrize(("kind", "participle"), CASES)
@pytest.mark.parametrize(
    "template",
    [
        "Nach Angaben von Rina Kastell, einer Sprecherin, und zwei Zeugen wurden drei Aktivisten{post} {p}.",
        "Rina Kastell kritisierte, dass drei Aktivisten{post} {p} wurden.",
        "Die Anwältin von Rina Kastell und drei Aktivisten wurden{post} {p}.",
    ],
)
def test_a_name_outside_the_subject_list_is_no_participant(kind: str, participle: str, template: str) -> None:
    post = " zu Beisitzern" if kind == "appointments" else ""
    assert "Rina Kastell" not in _who(kind, template.format(post=post, p=participle))


@pytest.mark.parametrize(("kind", "participle"), CASES)
@pytest.mark.parametrize(
    "template",
    [
        "Jorik Vellmann sei am Montag{post} {p} worden, dementierte der Stadtrat.",
        "Der Stadtrat kann Jorik Vellmann jederzeit{post} {p}.",
        "Jorik Vellmann wurde{post} {p} und am selben Tag wieder freigelassen.",
        "Der Stadtrat scheiterte mit dem Versuch, Jorik Vellmann{post} {inf}.",
    ],
)
def test_the_fallback_passes_the_types_own_vetoes(kind: str, participle: str, template: str) -> None:
    """Denials, powers, releases and attempts are ruled out by the vetoes each type declares for
    its fallback and by the infinitive filter (some older rules of a type still read a denial or
    an attempt: not this mechanism's)."""
    text = template.format(post=_post(kind), p=participle, inf=INFINITIVES[participle])
    rules = [f.evidence.rule for f in getattr(facts(text), kind)]
    assert not [r for r in rules if r.endswith(".frame")]


@pytest.mark.parametrize(("kind", "participle"), GROUP_CASES)
def test_names_in_apposition_to_a_counted_group_are_its_members(kind: str, participle: str) -> None:
    text = f"Drei Aktivisten, Rina Kastell und Olaf Brinn, wurden am Montag {participle}."
    rules = [f.evidence.rule for f in getattr(facts(text), kind)]
    assert not [r for r in rules if r.endswith(".frame")]


# the frame may misread a middle-field subject as the object; the agent the type's rules read in
# the sentence is never also the fallback's participant (bug found when merging round 21). The
# voice layer reads such a subject for every type (grammar.verb_objects.middle_field_subject).
@pytest.mark.parametrize(("kind", "participle"), CASES)
@pytest.mark.parametrize("subject", ["der neue Landrat Jonas Wiebeck", "die neue Landrätin Marla Sondheim"])
def test_a_middle_field_subject_is_the_agent_not_the_participant(
    kind: str, participle: str, subject: str
) -> None:
    text = f"Nach dem Ende der langen Sitzung hat {subject} einen Beamten{_post(kind)} {participle}."
    name = subject.split(maxsplit=3)[-1]
    found = getattr(facts(text), kind)
    assert name not in _who(kind, text)
    assert [f.agent.label if f.agent else None for f in found] == [name]
