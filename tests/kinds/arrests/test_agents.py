"""Who made an arrest (kinds/arrests/agents.py, ``kz:agent``): the von/durch phrase of a passive,
the subject of an active verb, as roles.yaml maps them; a place, a time or a tip-off in that
position is none (own sentences, invented names)."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import RDFS

from kzgraph.graph.build import article_graph, register_persons
from kzgraph.graph.iris import KZ
from kzgraph.resolve.registry import PersonRegistry
from tests.extract_helpers import article, facts


def _agents(text: str) -> list[str | None]:
    return [a.agent.label if a.agent else None for a in facts(text).arrests]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # passive with a von-phrase
        ("Oliver Pranz wurde von Beamten des SEK in seiner Wohnung festgenommen.", "Beamten des SEK"),
        ("Der Pfarrer Johannes Kettler wurde 1941 von der Gestapo verhaftet.", "der Gestapo"),
        ("Der Fußballer Marko Ilic wurde nach dem Spiel von der Polizei abgeführt.", "der Polizei"),
        ("Der Mann Ole Wirth wurde von der Polizei in Gewahrsam genommen.", "der Polizei"),
        ("Der mutmaßliche Täter wurde von Passanten gestellt und der Polizei übergeben.", "Passanten"),
        # active subject: an organisation or a group
        ("Die Bundespolizei nahm am Hauptbahnhof einen 19-jährigen Afghanen fest.", "Die Bundespolizei"),
        (
            "Zielfahnder des Landeskriminalamts verhafteten den Betrüger Gernot Lasser in Spanien.",
            "Zielfahnder des Landeskriminalamts",
        ),
        ("Italienische Ermittler haben 25 mutmaßliche Mafiosi festgenommen.", "Italienische Ermittler"),
        ("Bei den Ausschreitungen nahm die Polizei 30 Personen fest.", "die Polizei"),
        # the catcher of an idiom ("ins Netz gehen") and the patrol of "aufgegriffen"
        ("Der gesuchte Drogenboss Pedro Ruiz ging den Fahndern in Madrid ins Netz.", "den Fahndern"),
        ("Der gesuchte Mann Ali Kaya wurde von einer Streife aufgegriffen.", "einer Streife"),
    ],
)
def test_who_arrested(text: str, agent: str) -> None:
    assert _agents(text) == [agent]


@pytest.mark.parametrize(
    "text",
    [
        "Der Mann Ole Wirth wurde in Berlin festgenommen.",
        "Der Mann Ole Wirth wurde am Montag von Berlin aus festgenommen.",
        "Der Mann Ole Wirth wurde durch einen Hinweis von Nachbarn festgenommen.",
        "Der Sänger Tim Beck wurde 1998 wegen Drogenbesitzes verhaftet.",
        # custody as a state: nobody acting
        "Der Rapper Lil Kaos sitzt in Auslieferungshaft.",
    ],
)
def test_no_agent_named(text: str) -> None:
    assert _agents(text) == [None]


def test_the_agent_is_written_to_the_graph() -> None:
    text = "Die Bundespolizei nahm den Schmuggler Anton Reisig am Flughafen fest."
    found = facts(text)
    registry = PersonRegistry()
    register_persons(registry, found)
    g: Graph = article_graph(article(text), found, registry)
    arrests = list(g.subjects(predicate=None, object=KZ.Arrest))
    assert len(arrests) == 1
    agents = list(g.objects(arrests[0], KZ.agent))
    assert len(agents) == 1
    assert "Bundespolizei" in str(g.value(agents[0], RDFS.label))


@pytest.mark.parametrize(
    ("text", "arrested", "agent"),
    [
        # a causative with a name after "ließen": the body causes, the person is arrested
        ("Die Behörden ließen den Blogger Rolf Igel festnehmen.", "Rolf Igel", "Die Behörden"),
        ("Die Behörden ließen Rolf Igel festnehmen.", "Rolf Igel", "Die Behörden"),
        # a clause-opening "Als" the tagger reads as a preposition: the verb-final clause's roles
        (
            "Als die Polizei den Betrüger Gernot Lasser festnahm, hatte er Geld bei sich.",
            "Gernot Lasser",
            "die Polizei",
        ),
    ],
)
def test_a_body_arrests_and_is_not_arrested(text: str, arrested: str, agent: str) -> None:
    found = [(a.arrested, a.agent) for a in facts(text).arrests]
    labels = [(who.label if who else None, by.label if by else None) for who, by in found]
    assert labels == [(arrested, agent)]


def test_a_person_before_a_relative_clause_keeps_out() -> None:
    """The person named before "deren Bruder die Polizei festnahm" is not the arrested."""
    found = facts("Anna Berg, deren Bruder die Polizei festnahm, schweigt.").arrests
    assert all(a.arrested is None or a.arrested.label != "Anna Berg" for a in found)
