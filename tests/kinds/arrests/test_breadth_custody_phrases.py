"""Breadth round (issue 24): arrests told by custody phrases of the events lexicon's arrest verbs:
compound custody nouns ("in Abschiebehaft genommen"), put behind bars ("hinter Gitter gebracht",
"ins Gefängnis geworfen"), "dingfest gemacht"; with look-alikes (release, a sentence, a warrant,
things put somewhere). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # compound custody nouns, passive and active
        ("Der abgelehnte Asylbewerber Karim Haddad wurde in Abschiebehaft genommen.", "Karim Haddad"),
        ("Der Unternehmer Lars Dorn wurde in Auslieferungshaft genommen.", "Lars Dorn"),
        ("Der Aktivist Tim Scholl wurde in Unterbindungsgewahrsam genommen.", "Tim Scholl"),
        ("Der Sänger Leon Busch wurde in Schutzgewahrsam genommen.", "Leon Busch"),
        ("Die Polizei nahm den Aktivisten Tim Scholl in Unterbindungsgewahrsam.", "Tim Scholl"),
        ("Die Ermittler nahmen den Kassierer Bodo Reich in Untersuchungshaft.", "Bodo Reich"),
        # custody as a state, with a compound custody noun
        ("Der Aktivist Nils Brand sitzt seit Freitag in Abschiebehaft.", "Nils Brand"),
        # put behind bars
        ("Die Ermittler brachten den Bankräuber Sven Meier hinter Gitter.", "Sven Meier"),
        ("Der Dealer Marco Lenz wurde hinter Gitter gebracht.", "Marco Lenz"),
        ("Der Blogger Ilja Petrow wurde ins Gefängnis geworfen.", "Ilja Petrow"),
        ("Die Behörden steckten den Journalisten Ilja Petrow ins Gefängnis.", "Ilja Petrow"),
        ("Die Junta warf die Oppositionelle Mara Sen ins Gefängnis.", "Mara Sen"),
        ("Der Dichter Amir Nouri wurde in den Kerker geworfen.", "Amir Nouri"),
        # "dingfest gemacht"
        ("Der Räuber Dennis Vogt wurde in Hamburg dingfest gemacht.", "Dennis Vogt"),
        ("Fahnder machten den Schleuser Ahmet Kaya in Passau dingfest.", "Ahmet Kaya"),
    ],
)
def test_custody_phrase_is_an_arrest(text: str, name: str) -> None:
    assert [row[1] for row in arrests(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Der Aktivist Jan Ott wurde aus dem Polizeigewahrsam entlassen.",
        "Der Manager Jörg Kuhn wurde aus der Untersuchungshaft entlassen.",
        "Die Staatsanwaltschaft beantragte Untersuchungshaft für den Manager Jörg Kuhn.",
        "Ein Richter lehnte die Auslieferungshaft für Omar Saleh ab.",
        "Der Minister Bernd Falk besuchte die Untersuchungshaftanstalt.",
        "Der Dichter Amir Nouri kam nach zehn Jahren aus dem Gefängnis frei.",
        # things, not people, put somewhere
        "Die Stadt steckte zwei Millionen Euro ins Gefängnis.",
        "Die Mutter brachte ihrem Sohn Essen ins Gefängnis.",
        "Fahnder machten das Versteck der Bande dingfest.",
        "Der Händler Rolf Becker brachte die Ware hinter das Haus.",
        # a sentence or a threat of one is no arrest
        "Der Betrüger Holger Stamm wurde zu drei Jahren Haft verurteilt.",
        "Dem Politiker Erik Haas drohen bis zu fünf Jahre Haft.",
        # feared, asked
        "Der Blogger Ilja Petrow fürchtet, ins Gefängnis geworfen zu werden.",
        "Wurde der Journalist Ilja Petrow hinter Gitter gebracht?",
    ],
)
def test_custody_look_alike_is_no_arrest(text: str) -> None:
    assert arrests(text) == []
