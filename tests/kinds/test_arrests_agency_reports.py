"""Cases from invented agency reports (Vienna, Zurich, Berlin, Istanbul): police counted as the
arrested, unnamed professionals, charges that go on past their noun or are told as a suspected
deed, media told a statement, institutions named after a person, and posts held by a woman and
then by a man. Look-alikes that must keep their old reading sit beside each case."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kzgraph.nlp import load_pipeline
from tests.extract_helpers import facts


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def test_police_counted_after_another_subject_are_the_arrested() -> None:
    got = facts(
        "Bereits in der vergangenen Woche hatte die Polizei in Graz drei Beamte des Innenministeriums "
        "festgenommen. Ihnen wird Amtsmissbrauch und Bestechlichkeit vorgeworfen."
    ).arrests
    assert [(a.arrested.label, a.count and a.count.value, a.charge) for a in got] == [
        ("drei Beamte des Innenministeriums", 3, "Amtsmissbrauch und Bestechlichkeit")
    ]


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        ("Zwei Beamte nahmen drei Männer fest.", "drei Männer"),
        ("Am Montag nahmen zwei Polizisten einen Mann fest.", "ein Mann"),
        ("Drei Polizisten haben am Montag einen 20-Jährigen festgenommen.", "ein 20-Jähriger"),
    ],
)
def test_police_counted_as_the_subject_still_make_the_arrest(text: str, arrested: str) -> None:
    assert [a.arrested.label for a in facts(text).arrests] == [arrested]


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        (
            "Unterdessen wurde in Genf ein ehemaliger Kundenberater der Bank festgenommen.",
            "ein ehemaliger Kundenberater",
        ),
        ("Die Polizei hat einen Berater festgenommen.", "ein Berater"),
        ("Der Direktor der Bank wurde festgenommen.", "der Direktor"),
    ],
)
def test_professions_are_person_nouns(text: str, arrested: str) -> None:
    assert [a.arrested.label for a in facts(text).arrests] == [arrested]


def test_a_reported_clause_with_its_own_subject_does_not_arrest_the_speaker() -> None:
    # "sein Mandant" is the arrested; the lawyer who says so is not
    got = facts("Ein Anwalt des Mannes sagte, sein Mandant sei festgenommen worden.").arrests
    assert [a.arrested.label for a in got] == ["sein Mandant"]
    got = facts("Ein Polizeisprecher sagte, ein Mann sei festgenommen worden.").arrests
    assert [a.arrested.label for a in got] == ["ein Mann"]
    # a clause that opens with its verb has its subject outside
    got = facts("Ein 30-Jähriger flüchtete zunächst und wurde später festgenommen.").arrests
    assert [a.arrested.label for a in got] == ["ein 30-Jähriger"]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "Die Polizei nahm Hans Maier wegen Bildung einer kriminellen Vereinigung fest.",
            "Bildung einer kriminellen Vereinigung",
        ),
        ("Die Polizei nahm Hans Maier wegen Mordes an einem Polizisten fest.", "Mord an einem Polizisten"),
        ("Die Polizei nahm Hans Maier wegen Diebstahls von 20 Autos fest.", "Diebstahl von 20 Autos"),
        ("Hans Maier wurde wegen Betrugs mit Maskengeschäften festgenommen.", "Betrug mit Maskengeschäften"),
        (
            "Zwei Männer wurden festgenommen. Gegen sie wurde Haftbefehl wegen Einfuhr von Betäubungsmitteln "
            "in nicht geringer Menge erlassen.",
            "Einfuhr von Betäubungsmitteln",
        ),
        # a place is no part of the offence
        ("Hans Maier wurde wegen Betrugs in Berlin festgenommen.", "Betrug"),
        ("Hans Maier wurde wegen Hochverrats festgenommen, teilte die Polizei mit.", "Hochverrat"),
    ],
)
def test_a_charge_goes_on_with_what_the_offence_is_of(text: str, charge: str) -> None:
    assert [a.charge for a in facts(text).arrests] == [charge]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "In Genf wurde ein Kundenberater festgenommen. Der 52-Jährige steht im Verdacht, Kundengelder "
            "in Millionenhöhe veruntreut zu haben.",
            "Veruntreuung",
        ),
        ("Ein Mann wurde festgenommen. Er soll seine Nachbarin bedroht haben.", "Bedrohung"),
        # no crime verb: no charge
        ("Ein Mann wurde festgenommen. Er soll eigenmächtig gehandelt haben.", None),
    ],
)
def test_a_suspected_deed_told_with_a_participle_is_the_charge(text: str, charge: str | None) -> None:
    assert [a.charge for a in facts(text).arrests] == [charge]


def test_an_unnamed_arrest_keeps_apart_from_a_named_one_of_another_time() -> None:
    text = (
        "Die belgische Justiz hat einen Mitarbeiter des Parlaments wegen des Verdachts der Bestechung "
        "festnehmen lassen. Der Fall erinnert an einen Skandal, in dessen Verlauf im Dezember 2022 die "
        "damalige Vizepräsidentin Eva Kaili verhaftet worden war."
    )
    assert sorted(a.arrested.label for a in facts(text).arrests) == ["Eva Kaili", "ein Mitarbeiter"]
    # the agency's next sentence names the one arrested: one arrest
    text = (
        "Die Bundesanwaltschaft hat einen mutmaßlichen Spion festnehmen lassen. "
        "Der Deutsche Thomas R. sei am Dienstag in Berlin verhaftet worden."
    )
    assert [a.arrested.label for a in facts(text).arrests] == ["Thomas R."]


def test_members_named_in_the_sentence_after_a_group_arrest_are_arrested() -> None:
    text = (
        "In Russland sind mehrere Offiziere festgenommen worden. "
        "Unter ihnen sei auch General Sergej Surowikin, berichtete die Zeitung."
    )
    assert [a.arrested.label for a in facts(text).arrests] == ["mehrere Offiziere", "Sergej Surowikin"]
    # no arrest before: "unter ihnen" is a crowd
    assert facts("In Berlin demonstrierten Tausende. Unter ihnen war auch Anna Berg.").arrests == []


def test_a_list_of_charges_with_commas_is_one_charge() -> None:
    text = (
        "Die Polizei hat 17 Verdächtige festgenommen. Den Männern wird unter anderem Drogenhandel, "
        "Geldwäsche und gefährliche Körperverletzung vorgeworfen, wie eine Polizeisprecherin mitteilte."
    )
    assert [a.charge for a in facts(text).arrests] == [
        "Drogenhandel, Geldwäsche und gefährliche Körperverletzung"
    ]
    # a comma of an insertion is no list
    text = "Hans Maier wurde festgenommen. Ihm wird Betrug, so die Polizei, vorgeworfen."
    assert [a.charge for a in facts(text).arrests] == ["Betrug"]


def test_a_count_of_another_coordinated_participle_is_not_the_arrested() -> None:
    text = "Bei den Protesten waren mehr als 300 Menschen getötet und Tausende festgenommen worden."
    assert facts(text).arrests == []
    got = facts("Bei den Protesten wurden 50 Menschen festgenommen und 300 verletzt.").arrests
    assert [(a.arrested.label, a.count and a.count.value) for a in got] == [("50 Menschen", 50)]
    got = facts("Die Polizei hat 20 Männer festgenommen und verhört.").arrests
    assert [a.arrested.label for a in got] == ["20 Männer"]


def test_a_participle_used_as_an_adjective_is_no_arrest() -> None:
    text = "Der Präsident ordnete die Freilassung der inhaftierten Oppositionsführerin Khaleda Zia an."
    assert facts(text).arrests == []
    got = facts("Die Behörden inhaftierten den Journalisten Hans Maier.").arrests
    assert [a.arrested.label for a in got] == ["Hans Maier"]


def test_the_headlines_charge_goes_to_the_same_count_in_the_text() -> None:
    text = (
        "Razzia in Nordrhein-Westfalen: Drei Festnahmen wegen Terrorverdachts\n\n"
        "Spezialeinheiten der Polizei haben drei mutmaßliche Anhänger der Terrormiliz IS festgenommen."
    )
    got = facts(text).arrests
    assert [(a.count and a.count.value, a.charge) for a in got] == [(3, "Terror")]


def test_led_away_is_an_arrest_and_a_photographer_opens_a_list_member() -> None:
    text = (
        "Wie Wjasna mitteilte, wurden am Mittwoch die Reporterin Larissa Schtschirakowa und der Fotograf "
        "Andrej Kusnetschik in Gomel abgeführt."
    )
    got = facts(text).arrests
    assert [a.arrested.label for a in got] == ["Larissa Schtschirakowa", "Andrej Kusnetschik"]
    assert facts("Die Gewinne wurden an den Bund abgeführt.").arrests == []


def test_a_one_letter_name_before_a_sentence_opener_ends_the_sentence(nlp: Language) -> None:
    text = "„Das Regime hat Angst“, schrieb sie im Dienst X. Nach Angaben von Wjasna sitzen dort Gefangene."
    assert len(list(nlp(text).sents)) == 2
    # an initial inside a name or list stays
    for text in (
        "Die beiden Männer, Dieter S. und Alexander J., wurden festgenommen.",
        "Franz J. Strauß kam.",
    ):
        assert len(list(nlp(text).sents)) == 1


def test_a_member_named_in_apposition_after_darunter_is_arrested() -> None:
    text = (
        "In Georgien sind mehr als 100 Menschen festgenommen worden. Unter den Festgenommenen seien auch "
        "mehrere Oppositionspolitiker, darunter der Vorsitzende der Partei Neue Kraft, Nika Gwaramia."
    )
    assert [a.arrested.label for a in facts(text).arrests] == ["mehr als 100 Menschen", "Nika Gwaramia"]
    # a speaker after the list is no member
    text = "Die Polizei nahm 20 Menschen fest, darunter mehrere Kinder, sagte Anna Berg."
    assert [a.arrested.label for a in facts(text).arrests] == ["20 Menschen"]
