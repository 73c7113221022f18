"""Breadth round 17 (issue 24): arrest phrasings of German news the rules had not covered, each
class with look-alikes (own sentences, invented names): "geschnappt", "gestellt" with a catcher,
"hinter Schloss und Riegel gebracht", "in Schutzhaft genommen", "kam in Haft", a headline's bare
person past a place, and other senses (a plot, "der Tradition verhaftet", "schnappte sich")."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _arrested(text: str) -> list[str]:
    return [a.arrested.label for a in facts(text).arrests if a.arrested is not None]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # schnappen: active with a catcher, passive participle
        ("Die Polizei hat den mutmaßlichen Bankräuber Kurt Voss geschnappt.", "Kurt Voss"),
        ("Ermittler schnappten den Serieneinbrecher in einer Pension in Kassel.", "der Serieneinbrecher"),
        ("Der gesuchte Autoknacker Timo Brecht wurde in Halle geschnappt.", "Timo Brecht"),
        # "gestellt": a passive with a catcher in its clause
        (
            "Der mutmaßliche Täter wurde von Passanten gestellt und der Polizei übergeben.",
            "der mutmaßliche Täter",
        ),
        ("Der Dieb Karl Ruf konnte kurz darauf von Polizisten gestellt werden.", "Karl Ruf"),
        # behind bars, protective custody, coming into custody
        ("Der Bankräuber Ludger Hamm wurde hinter Schloss und Riegel gebracht.", "Ludger Hamm"),
        ("Im März 1933 wurde der Abgeordnete Fritz Hollmann in Schutzhaft genommen.", "Fritz Hollmann"),
        ("Der Aktivist Bogdan Lis kam wegen Landesverrats in Haft.", "Bogdan Lis"),
        # a headline: a bare person noun, a place between it and the participle
        ("Mutmaßlicher Mörder von Bremen gefasst", "Mutmaßlicher Mörder"),
        ("Mutmaßliche Drogenhändler in Kiel geschnappt", "Mutmaßliche Drogenhändler"),
        # a counted group of a verb with other senses: a listed person noun
        (
            "Bei einer Razzia in Duisburg wurden zwei mutmaßliche Drogenhändler gefasst.",
            "zwei mutmaßliche Drogenhändler",
        ),
    ],
)
def test_arrest_phrasings(text: str, who: str) -> None:
    assert _arrested(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        # schnappen in other senses
        "Der Torwart Nils Beck schnappte sich den Ball.",
        "Der Läufer Jonas Pfeil schnappte nach Luft.",
        "Die Falle schnappte zu, als der Fuchs Reineke kam.",
        # "gestellt" without a catcher, or a thing put
        "Der Minister Hans Ott hat einen Antrag gestellt.",
        "Der Trainer Lars Holm wurde vor eine schwere Aufgabe gestellt.",
        "Der Zeuge Karl Ruf wurde von der Polizei unter Schutz gestellt.",
        "Der Flüchtige Rolf Igel hat sich am Abend der Polizei gestellt.",
        "Die Frage wurde von Journalisten gestellt.",
        # plain "Haft" as a state, another place, a release
        "Der Betrüger Jens Kahl sitzt seit Jahren in Haft.",
        "Der Fahrer Udo Renz kam mit Verletzungen ins Krankenhaus.",
        "Der Manager Rolf Gebhardt kam aus der Haft frei.",
        # a headline's thing, not a person
        "Beschluss in Berlin gefasst",
        # a plot, and "verhaftet" meaning attached to
        "Im Film wird der Held Jack Stone von korrupten Polizisten verhaftet.",
        "In der Serie wird die Kommissarin Eva Lind selbst verhaftet.",
        "Der Architekt Paul Kern ist der Tradition verhaftet.",
        "Die Malerin Ida Sommer blieb zeitlebens dem Expressionismus verhaftet.",
    ],
)
def test_look_alikes_state_no_arrest(text: str) -> None:
    assert _arrested(text) == []


def test_a_filmmaker_arrested_is_no_plot() -> None:
    """The frame is the plot phrase, not any word beginning with "Film"."""
    assert _arrested("Der Filmemacher Reza Amini wurde in Teheran verhaftet.") == ["Reza Amini"]


def test_an_arrest_on_a_warrant_is_an_arrest() -> None:
    """A warrant the arrest was made on was executed; a warrant issued alone is none."""
    on_warrant = "Ulf Brink wurde aufgrund eines internationalen Haftbefehls in Spanien festgenommen."
    assert _arrested(on_warrant) == ["Ulf Brink"]
    wanted = "Der Mann Ulf Brink wurde wegen eines offenen Haftbefehls festgenommen."
    assert _arrested(wanted) == ["Ulf Brink"]
    assert _arrested("Gegen den Politiker Mario Zeller wurde Haftbefehl erlassen.") == []


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # a plural arrest noun after a vague quantity: a group nobody counted
        ("Es kam zu mehreren Festnahmen.", ["Festgenommene (mehreren Festnahmen)"]),
        ("Bei den Protesten gab es zahlreiche Festnahmen.", ["Festgenommene (zahlreiche Festnahmen)"]),
        ("Nach Dutzenden Verhaftungen beruhigte sich die Lage.", ["Festgenommene (Dutzenden Verhaftungen)"]),
        # feared, warned of, expected, denied, or a headline's summary: none
        ("Die Opposition befürchtet zahlreiche Festnahmen.", []),
        ("Menschenrechtler warnen vor mehreren Festnahmen.", []),
        ("Weitere Festnahmen werden nicht ausgeschlossen.", []),
        ("Es gab keine Festnahmen.", []),
        ("Hunderte Festnahmen bei Protesten in Dakar", []),
    ],
)
def test_vague_number_of_arrests_by_noun(text: str, arrested: list[str]) -> None:
    assert _arrested(text) == arrested


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # arrested, then released, coordinated in one clause: the arrest is told
        ("Der Blogger Jan Sander wurde festgenommen und später wieder freigelassen.", ["Jan Sander"]),
        ("Jan Sander wurde festgenommen und wieder freigelassen, teilte die Polizei mit.", ["Jan Sander"]),
        # the release alone, or the arrest denied
        ("Der Blogger Jan Sander wurde am Freitag wieder freigelassen.", []),
        ("Der Blogger Jan Sander wurde freigelassen und nicht festgenommen.", []),
    ],
)
def test_arrest_then_release(text: str, arrested: list[str]) -> None:
    assert _arrested(text) == arrested


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # getting into custody, an Austrian verb, picked up by a patrol
        ("Der Widerstandskämpfer Karl Ebner geriet 1944 in Haft.", ["Karl Ebner"]),
        ("Der Widerstandskämpfer Karl Ebner geriet 1944 in Gestapo-Haft.", ["Karl Ebner"]),
        ("Der Dieb Franz Huber wurde in Graz arretiert.", ["Franz Huber"]),
        ("Der gesuchte Mann Ali Kaya wurde von einer Streife aufgegriffen.", ["Ali Kaya"]),
        # war captivity, a lever, a topic taken up, a fire
        ("Der Soldat Emil Strunz geriet 1944 in sowjetische Kriegsgefangenschaft.", []),
        ("Der Hebel wird arretiert.", []),
        ("Das Thema wurde von den Medien aufgegriffen.", []),
        ("Der Vorschlag des Ministers Udo Kern wurde von der Polizei aufgegriffen.", []),
        ("Der Geldtransporter des Fahrers Max Ruhl geriet in Brand.", []),
    ],
)
def test_custody_and_catching_verbs(text: str, arrested: list[str]) -> None:
    assert _arrested(text) == arrested


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # a name in the genitive of the subject's head: the head was arrested, not the name
        ("Der Leibwächter des Präsidenten Omar Hadi wurde festgenommen.", ["der Leibwächter"]),
        ("Der Sohn des Ministers Udo Kern wurde verhaftet.", ["der Sohn"]),
        ("Der Fahrer des Unternehmers Udo Kern wurde gefasst.", ["der Fahrer"]),
        # the head is a thing: nobody arrested
        ("Der Beschluss des Ministers Udo Kern wurde gefasst.", []),
        # the name is the subject, or in a time adjunct
        ("Der frühere Minister Udo Kern wurde festgenommen.", ["Udo Kern"]),
        ("In der Nacht des Anschlags wurde Udo Kern festgenommen.", ["Udo Kern"]),
    ],
)
def test_genitive_possessor_of_the_subject(text: str, arrested: list[str]) -> None:
    assert _arrested(text) == arrested


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # any noun before an inserted relative clause is the passive's subject
        ("Ein Syrer, der einen Anschlag auf einen Flughafen plante, wurde festgenommen.", ["ein Syrer"]),
        ("Ein Belgier, der in Brüssel lebte, wurde am Montag festgenommen.", ["ein Belgier"]),
        # a thing before it, or another verb's subject
        ("Der Plan, der geheim war, wurde gefasst.", []),
        ("Das Auto, das gestohlen wurde, wurde in Polen festgesetzt.", []),
    ],
)
def test_subject_before_a_relative_clause(text: str, arrested: list[str]) -> None:
    assert _arrested(text) == arrested


def _groups(text: str) -> list[tuple[str, int | None]]:
    return [
        (a.arrested.label, a.count.value if a.count else None)
        for a in facts(text).arrests
        if a.arrested is not None
    ]


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # a count standing for people told of before
        ("Beide wurden noch am selben Tag verhaftet.", [("beide Personen", 2)]),
        ("Zwei von ihnen wurden festgenommen.", [("zwei von ihnen", 2)]),
        ("Drei davon kamen in Untersuchungshaft.", [("drei davon", 3)]),
        # several hundred is nobody's figure; "sämtliche" a vague quantity
        ("Mehrere Hundert Demonstranten wurden festgenommen.", [("mehrere Hundert Demonstranten", None)]),
        ("Sämtliche Insassen wurden festgenommen.", [("sämtliche Insassen", None)]),
        # a year, a time, a person named in the clause, another verb
        ("2015 wurde der Mann Udo Kern verhaftet.", [("Udo Kern", None)]),
        ("Zwei von ihnen wurden verletzt.", []),
        ("Mehr als hundert Menschen wurden festgenommen.", [("mehr als hundert Menschen", 100)]),
    ],
)
def test_counts_standing_for_people(text: str, groups: list[tuple[str, int | None]]) -> None:
    assert _groups(text) == groups


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # "sie" after an active arrest verb: the woman or the group of the sentence before
        (
            "Eine 30-jährige Frau überfiel am Montag eine Bank in Graz. "
            "Die Polizei nahm sie kurz darauf fest.",
            [("eine 30-jährige Frau", 1)],
        ),
        (
            "Zwei Männer überfielen eine Tankstelle. Die Polizei nahm sie noch am Abend fest.",
            [("zwei Männer", 2)],
        ),
        # "ihn" as before
        (
            "Ein 30-jähriger Mann überfiel am Montag eine Bank in Graz. "
            "Die Polizei nahm ihn kurz darauf fest.",
            [("ein 30-jähriger Mann", 1)],
        ),
        # nobody before, or negated
        ("Die Polizei suchte die Beute. Sie nahm sie fest.", []),
        ("Zwei Männer überfielen eine Tankstelle. Die Polizei nahm sie nicht fest.", []),
    ],
)
def test_object_pronoun_for_the_person_or_group_before(
    text: str, groups: list[tuple[str, int | None]]
) -> None:
    assert _groups(text) == groups
