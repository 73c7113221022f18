"""Arrest extraction on invented sentences: lists of named or unnamed people, "festnehmen lassen",
groups without a figure, custody as a state ("sitzt in Untersuchungshaft"), and look-alikes that
must give no arrest."""

from __future__ import annotations

import pytest

from kzgraph.extract.facts import AgentKind
from tests.extract_helpers import arrests, facts

# -- 1. coordinated named persons ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Anna Schmidt und Peter Wagner wurden festgenommen.", ["Anna Schmidt", "Peter Wagner"]),
        ("Die Polizei nahm Anna Schmidt und Peter Wagner fest.", ["Anna Schmidt", "Peter Wagner"]),
        (
            "Anna Schmidt, Peter Wagner und Karl Huber wurden verhaftet.",
            ["Anna Schmidt", "Peter Wagner", "Karl Huber"],
        ),
        (
            "Die beiden Männer, Dieter S. und Alexander J., wurden am Mittwoch in Bayreuth festgenommen.",
            ["Dieter S.", "Alexander J."],
        ),
    ],
)
def test_coordinated_named_persons(text: str, names: list[str]) -> None:
    got = facts(text).arrests
    assert [a.arrested.name for a in got] == names
    assert all(a.arrested.kind == AgentKind.PERSON and a.count is None for a in got)


def test_charge_of_the_next_sentence_applies_to_every_listed_person() -> None:
    got = facts(
        "Die beiden Männer, Dieter S. und Alexander J., wurden am Mittwoch festgenommen. "
        "Ihnen wird geheimdienstliche Agententätigkeit vorgeworfen."
    ).arrests
    assert [(a.arrested.name, a.charge) for a in got] == [
        ("Dieter S.", "geheimdienstliche Agententätigkeit"),
        ("Alexander J.", "geheimdienstliche Agententätigkeit"),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the list is governed by a preposition: the reporters, not the arrested
        ("Nach Angaben von Anna Schmidt und Peter Wagner wurde Karl Huber festgenommen.", ["Karl Huber"]),
        # the speakers of the main clause are not who the "dass" clause is about
        ("Anna Schmidt und Peter Wagner berichteten, dass Karl Huber festgenommen wurde.", ["Karl Huber"]),
        ("Peter Wagner berichtete, dass Karl Huber festgenommen wurde.", ["Karl Huber"]),
        ("Anna Schmidt wurde festgenommen, und Peter Wagner kritisierte das.", ["Anna Schmidt"]),
        ("Karl Huber wurde nach Angaben von Peter Wagner festgenommen.", ["Karl Huber"]),
        ("Peter Wagner, der am Montag festgenommen wurde, schweigt.", ["Peter Wagner"]),
        ("Max Muster, 34, wurde festgenommen.", ["Max Muster"]),
    ],
)
def test_only_the_arrested_of_a_sentence_with_several_names(text: str, names: list[str]) -> None:
    assert [a.arrested.name for a in facts(text).arrests] == names


def test_unnamed_arrest_in_a_dass_clause_is_no_speaker() -> None:
    got = arrests("Anna Schmidt und Peter Wagner berichteten, dass ein Mann festgenommen wurde.")
    assert got == [("ein Mann", None, 1)]


def test_coordinated_names_not_arrested() -> None:
    assert facts("Gegen Anna Schmidt und Peter Wagner wurde Haftbefehl erlassen.").arrests == []
    assert facts("Anna Schmidt und Peter Wagner wurden nicht festgenommen.").arrests == []


# -- 2. coordinated unnamed persons: one group -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "count"),
    [
        (
            "Am Freitag nahm die Polizei in Dakar außerdem einen Mann und eine Frau fest, "
            "die Brandsätze geworfen haben sollen.",
            "ein Mann und eine Frau",
            2,
        ),
        ("Ein Mann und eine Frau wurden festgenommen.", "ein Mann und eine Frau", 2),
    ],
)
def test_coordinated_unnamed_persons(text: str, label: str, count: int | None) -> None:
    got = facts(text).arrests
    assert [(a.arrested.label, a.count.value if a.count else None) for a in got] == [(label, count)]
    assert got[0].arrested.kind == AgentKind.GROUP


def test_coordinated_known_persons_are_each_arrested() -> None:
    # definite: the people are known already, so each is an arrested person, not a counted group
    got = facts("Die Polizei nahm den Mann und die Frau fest.").arrests
    assert [(a.arrested.label, a.arrested.kind, a.count) for a in got] == [
        ("der Mann", AgentKind.PERSON, None),
        ("die Frau", AgentKind.PERSON, None),
    ]


def test_hedge_in_a_relative_clause_leaves_the_arrest() -> None:
    assert arrests("Die Polizei nahm einen Mann fest, der fliehen wollte.") == [("ein Mann", None, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Ein Mann und eine Frau wurden verletzt.",
        "Ein Mann und eine Frau wurden nicht festgenommen.",
        "Ein Mann, der festgenommen werden sollte, floh.",
        "Die Polizei soll einen Mann und eine Frau festgenommen haben.",
    ],
)
def test_not_coordinated_unnamed_arrests(text: str) -> None:
    assert facts(text).arrests == []


def test_relative_clause_object_is_not_listed() -> None:
    got = arrests("Ein Mann, der eine Frau und ein Kind bedroht hatte, wurde festgenommen.")
    assert got == [("ein Mann", None, 1)]


# -- 3. "festnehmen lassen" and adjectives in a counted group --------------------------------


def test_festnehmen_lassen_counts_the_group_with_its_adjectives() -> None:
    got = facts(
        "Die Bundesanwaltschaft hat in Bayern zwei mutmaßliche Spione für Russland festnehmen lassen."
    )
    assert [(a.arrested.label, a.count.value) for a in got.arrests] == [("zwei mutmaßliche Spione", 2)]


# -- 4. groups without a figure ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Zuvor waren mehrere ranghohe Beamte des Ministeriums festgenommen worden.",
            "mehrere ranghohe Beamte des Ministeriums",
        ),
        ("Dutzende Demonstranten wurden festgenommen.", "Dutzende Demonstranten"),
        ("Die Polizei nahm zahlreiche Aktivisten fest.", "zahlreiche Aktivisten"),
        (
            "Bei den Protesten wurden, wie die Polizei mitteilte, Hunderte Menschen festgenommen.",
            "Hunderte Menschen",
        ),
    ],
)
def test_vague_group_has_no_count(text: str, label: str) -> None:
    got = facts(text).arrests
    assert [(a.arrested.label, a.count) for a in got] == [(label, None)]
    assert got[0].arrested.kind == AgentKind.GROUP


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dutzende Demonstranten wurden verletzt.", []),
        ("Mehrere Demonstranten sollen festgenommen worden sein.", []),
        ("Dutzende Demonstranten wurden nicht festgenommen.", []),
        # police in the Vorfeld of an active verb make the arrest
        ("Mehrere Polizisten nahmen den Verdächtigen fest.", [("der Verdächtige", None, None)]),
        # a group in another clause is not the arrested
        (
            "Bei den Protesten, an denen Tausende Menschen teilnahmen, wurde ein Mann festgenommen.",
            [("ein Mann", None, 1)],
        ),
        # a vague headline of arrests is no figure ("Hunderte Festnahmen")
        ("Hunderte Festnahmen bei Protesten in Senegal", []),
    ],
)
def test_vague_group_look_alikes(text: str, expected: list[tuple[str, str | None, int | None]]) -> None:
    assert arrests(text) == expected


# -- 5. custody as a state -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "charge"),
    [
        (
            "Der stellvertretende Verteidigungsminister Timur Iwanow sitzt seit April wegen "
            "Bestechlichkeit in Untersuchungshaft.",
            "Timur Iwanow",
            "Bestechlichkeit",
        ),
        ("Der Politiker Max Muster kam am Montag in Untersuchungshaft.", "Max Muster", None),
        ("Max Muster sitzt wegen Betrugs in U-Haft.", "Max Muster", "Betrug"),
        ("Max Muster wurde in Untersuchungshaft genommen.", "Max Muster", None),
    ],
)
def test_custody_state_is_an_arrest(text: str, name: str, charge: str | None) -> None:
    assert [(a.arrested.name, a.charge) for a in facts(text).arrests] == [(name, charge)]


@pytest.mark.parametrize(
    "text",
    [
        "Gegen den Minister Max Muster wurde Haftbefehl erlassen.",
        "Die Staatsanwaltschaft beantragte Haftbefehl gegen Max Muster.",
        "Die Staatsanwaltschaft beantragte Untersuchungshaft für Max Muster.",
        "Max Muster wurde zu zwei Jahren Haft verurteilt.",
        "Max Muster sitzt seit 2019 in Haft.",
        "Max Muster wurde aus der Untersuchungshaft entlassen.",
        "Max Muster kam aus der U-Haft frei.",
        "Max Muster sitzt nicht mehr in Untersuchungshaft.",
        "Die Haftbefehle gegen Max Muster und Karl Huber wurden nicht vollstreckt.",
        "Max Muster soll in Untersuchungshaft kommen.",
        "Max Muster kam am Montag in die Stadt, wo sein Bruder in Untersuchungshaft sitzt.",
        "Max Muster besuchte seinen Sohn, der in U-Haft sitzt.",
    ],
)
def test_not_custody_arrests(text: str) -> None:
    assert facts(text).arrests == []


def test_arrest_and_custody_in_one_sentence_is_one_arrest() -> None:
    got = arrests("Zwei Männer wurden festgenommen und sitzen in Untersuchungshaft.")
    assert got == [("zwei Männer", None, 2)]


def test_gapped_figures_of_other_sources_are_separate_claims() -> None:
    def claims(text: str) -> list[tuple[int, str | None, str | None]]:
        return [
            (a.count.value, a.count.qualifier, a.reported_by.label if a.reported_by else None)
            for a in facts(text).arrests
            if a.count is not None
        ]

    text = "Das Innenministerium sprach von 1.200 Festnahmen, Menschenrechtler von mehr als 3.000."
    assert claims(text) == [(1200, None, "Das Innenministerium"), (3000, "mehr als", "Menschenrechtler")]
    text = "Die Regierung meldete 300 Festnahmen, die Opposition von 1.000."
    assert claims(text) == [(300, None, "Die Regierung"), (1000, None, "die Opposition")]
    # a relative clause after the figure is no further source
    text = "Die Polizei meldete 300 Festnahmen, von denen 20 Frauen betrafen."
    assert [c[0] for c in claims(text)] == [300]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Spezialeinsatzkräfte überwältigten den Geiselnehmer und nahmen ihn fest.", "der Geiselnehmer"),
        ("Ein 30-Jähriger überfiel eine Bank. Die Polizei nahm ihn kurz darauf fest.", "ein 30-Jähriger"),
        ("Der Mann floh. Die Polizei nahm ihn kurz darauf fest.", "der Mann"),
    ],
)
def test_ihn_is_the_unnamed_man_of_the_sentence_or_the_one_before(text: str, label: str) -> None:
    assert [a.arrested.label for a in facts(text).arrests] == [label]


def test_ihn_without_an_arrest_verb_gives_nothing() -> None:
    assert facts("Die Polizei suchte einen Zeugen. Sie befragte ihn und ließ ihn gehen.").arrests == []


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "Die Ermittler nahmen einen weiteren Verdächtigen fest. Der Mann soll dem Täter geholfen haben. "
            "Gegen ihn wurde Haftbefehl wegen Beihilfe zum Mord erlassen.",
            "Beihilfe zum Mord",
        ),
        ("Die Polizei nahm den Mann wegen Anstiftung zur Untreue fest.", "Anstiftung zur Untreue"),
        ("Die Polizei nahm den Mann wegen Betrugs fest.", "Betrug"),
    ],
)
def test_charge_with_its_object_and_from_the_warrant(text: str, charge: str) -> None:
    assert [a.charge for a in facts(text).arrests] == [charge]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        ("Die Polizei nahm Peter Huber fest. Er wird des Mordes verdächtigt.", "Mord"),
        ("Die Polizei nahm Peter Huber fest. Er werde der Korruption und Untreue beschuldigt.", "Korruption"),
        ("Die Polizei nahm Peter Huber fest. Er ist des Betrugs angeklagt.", "Betrug"),
    ],
)
def test_accused_of_in_the_genitive(text: str, charge: str) -> None:
    assert [a.charge for a in facts(text).arrests] == [charge]


def test_punctuation_closes_the_charge_before_zum_zur() -> None:
    text = (
        "Peter Huber wurde festgenommen. "
        "Gegen ihn wurde Haftbefehl wegen Betrugs, zur Überraschung der Nachbarn, erlassen."
    )
    assert [a.charge for a in facts(text).arrests] == ["Betrug"]


# -- the victim in a following clause is not the arrested ----------------------------------------


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # bug: "41-jährigen" did not count as an adjective, the object phrase was missed and the
        # search went on into the relative clause
        (
            "Die Polizei nahm einen 41-jährigen Mann fest, der Peter Huber mit dem Tod gedroht haben soll.",
            ["ein 41-jähriger Mann"],
        ),
        (
            "Ein Mann randalierte in Bonn. Die Polizei nahm ihn fest, nachdem er Peter Huber bedroht hatte.",
            ["ein Mann"],
        ),
        ("Die Polizei nahm ihn fest, nachdem er Peter Huber bedroht hatte.", []),
        ("Die Polizei hat ihn festgenommen, nachdem er Peter Huber bedroht hatte.", []),
        ("Die Polizei nahm Peter Huber fest, der Anna Berg bedroht hatte.", ["Peter Huber"]),
    ],
)
def test_object_search_stops_at_the_end_of_the_main_clause(text: str, arrested: list[str]) -> None:
    assert [a.arrested.label for a in facts(text).arrests] == arrested


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # bug: an arrest told in a subordinate clause was lost (the name, having no article,
        # was taken for the subject)
        ("Die Nachbarn jubelten, nachdem die Polizei Peter Huber festgenommen hatte.", ["Peter Huber"]),
        ("Nachdem die Polizei Peter Huber festgenommen hatte, jubelten die Nachbarn.", ["Peter Huber"]),
        ("Die Nachbarn waren erleichtert, weil die Polizei Peter Huber festnahm.", ["Peter Huber"]),
        (
            "Die Nachbarn jubelten, nachdem die Polizei einen 30-jährigen Mann festgenommen hatte.",
            ["ein 30-jähriger Mann"],
        ),
    ],
)
def test_arrest_in_a_verb_final_subordinate_clause(text: str, arrested: list[str]) -> None:
    assert [a.arrested.label for a in facts(text).arrests] == arrested


def test_the_noun_festnahmen_is_no_verb() -> None:
    text = "Das Innenministerium sprach von 1.200 Festnahmen."
    # the lower-case "festnahmen" ends a subordinate clause; the capitalised noun triggers no verb
    assert arrests(text) == [("1.200 Festnahmen", None, 1200)]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "Die Polizei nahm einen 41-jährigen Mann fest. Gegen ihn wird wegen Bedrohung ermittelt.",
            "Bedrohung",
        ),
        (
            "Die Polizei nahm einen Mann fest. Die Justiz leitete Ermittlungen wegen Betrugs ein.",
            "Betrug",
        ),
        ("Die Polizei nahm einen Mann fest. Die Polizei ermittelt noch.", None),
    ],
)
def test_charge_from_an_investigation_in_the_next_sentence(text: str, charge: str | None) -> None:
    assert [a.charge for a in facts(text).arrests] == [charge]


def test_family_name_first_headline_and_text_are_one_person_told_by_the_text() -> None:
    got = facts(
        "Südkorea: Suspendierter Präsident Yoon festgenommen\n\n"
        "In Südkorea ist der suspendierte Präsident Yoon Suk Yeol festgenommen worden. "
        "Yoon wird Aufstand vorgeworfen."
    ).arrests
    assert [(a.arrested.name, a.charge) for a in got] == [("Yoon Suk Yeol", "Aufstand")]
    # the evidence is the text's sentence, not the headline that sums it up
    assert got[0].evidence.sentence.startswith("In Südkorea")


def test_a_figure_that_ends_the_sentence_before_another_sentence() -> None:
    # "100." is one token; the sentence still ends there, and the gapped figure is read
    got = facts(
        "Das Innenministerium sprach von 63 Festnahmen, die Opposition von mehr als 100. "
        "Unter den Festgenommenen sei auch der Politiker Lewan Chabeischwili, teilte seine Partei mit."
    )
    assert sorted(a.count.value for a in got.arrests if a.count) == [63, 100]
    ministry = [s for s in got.statements if s.speaker.label == "Das Innenministerium"]
    assert [s.quote for s in ministry] == ["von 63 Festnahmen, die Opposition von mehr als 100"]


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # bug: the hedge "wollte" of the subordinate clause made the arrest uncertain
        ("Peter Huber wurde festgenommen, als er die Grenze überqueren wollte.", ["Peter Huber"]),
        ("Als er die Grenze überqueren wollte, wurde Peter Huber festgenommen.", ["Peter Huber"]),
        # a hedge in the arrest's own clause, or governing it, still counts
        ("Peter Huber soll festgenommen worden sein, als er die Grenze überquerte.", []),
        ("Die Regierung will, dass die Polizei Peter Huber festnimmt.", []),
    ],
)
def test_a_hedge_in_another_subordinate_clause_is_no_hedge(text: str, arrested: list[str]) -> None:
    assert [a.arrested.label for a in facts(text).arrests] == arrested


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        (
            "Bei den Protesten wurden 13 Menschen festgenommen. "
            "Unter den Festgenommenen ist auch der Studentenvertreter Marko Ilić.",
            ["13 Menschen", "Marko Ilić"],
        ),
        # the list names each, with an article before each role ("die Verhafteten" is no verb)
        (
            "Zu den Verhafteten gehören der Journalist Peter Huber und die Aktivistin Anna Berg.",
            ["Peter Huber", "Anna Berg"],
        ),
        ("Auch der Oppositionspolitiker Peter Huber war unter den Festgenommenen.", ["Peter Huber"]),
        # look-alikes: negated, hedged, other groups, no name
        ("Unter den Festgenommenen ist nicht Peter Huber.", []),
        ("Unter den Festgenommenen sollen auch Peter Huber und Anna Berg sein.", []),
        ("Unter den Verletzten ist auch Peter Huber.", []),
        ("Peter Huber sprach mit den Festgenommenen.", []),
    ],
)
def test_named_among_the_arrested(text: str, arrested: list[str]) -> None:
    assert [a.arrested.label for a in facts(text).arrests] == arrested


def test_roles_with_their_articles_make_a_list() -> None:
    text = "Die Polizei nahm den Journalisten Peter Huber und die Aktivistin Anna Berg fest."
    assert [a.arrested.label for a in facts(text).arrests] == ["Peter Huber", "Anna Berg"]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "Unter den Festgenommenen ist auch der Studentenvertreter Marko Ilić, "
            "dem die Behörden Aufruf zur Gewalt vorwerfen.",
            "Aufruf zur Gewalt",
        ),
        ("Die Polizei nahm Peter Huber fest. Die Staatsanwaltschaft wirft ihm Betrug vor.", "Betrug"),
        (
            "Die Polizei nahm Peter Huber fest, dem die Ermittler den Mord an seiner Frau vorwerfen.",
            "Mord an seiner Frau",
        ),
        # no charge: a clause, or nothing
        ("Die Polizei nahm Peter Huber fest. Kritiker werfen ihm vor, gelogen zu haben.", None),
        ("Die Polizei nahm Peter Huber fest, dem die Nachbarn nichts vorwerfen.", None),
    ],
)
def test_charge_from_active_vorwerfen(text: str, charge: str | None) -> None:
    assert [a.charge for a in facts(text).arrests] == [charge]


def test_charge_against_a_law() -> None:
    text = "Die Polizei nahm zwei Männer wegen Verstoßes gegen das Sprengstoffgesetz fest."
    assert [a.charge for a in facts(text).arrests] == ["Verstoß gegen das Sprengstoffgesetz"]


def test_the_charge_of_a_named_among_the_arrested_is_not_the_groups() -> None:
    text = (
        "Bei den Protesten wurden 13 Menschen festgenommen. Unter den Festgenommenen ist auch "
        "der Studentenvertreter Marko Ilić, dem die Behörden Aufruf zur Gewalt vorwerfen."
    )
    assert [(a.arrested.label, a.charge) for a in facts(text).arrests] == [
        ("13 Menschen", None),
        ("Marko Ilić", "Aufruf zur Gewalt"),
    ]


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        (
            "Die Polizei nahm 20 Menschen fest, darunter den Fotografen Yasin Akgül.",
            ["20 Menschen", "Yasin Akgül"],
        ),
        (
            "Bei den Protesten wurden 20 Menschen festgenommen, unter ihnen der Fotograf Yasin Akgül "
            "und die Reporterin Anna Berg.",
            ["20 Menschen", "Yasin Akgül", "Anna Berg"],
        ),
        (
            "Die Polizei nahm Dutzende Demonstranten fest, darunter den Aktivisten Peter Huber.",
            ["Dutzende Demonstranten", "Peter Huber"],
        ),
        (
            "Unter den Festgenommenen befinden sich auch sieben Journalisten, "
            "darunter der Fotograf Yasin Akgül.",
            ["Yasin Akgül"],
        ),
        # no name, or no arrest
        ("Die Polizei nahm 20 Menschen fest, darunter viele Studenten.", ["20 Menschen"]),
        ("Bei den Protesten wurden 20 Menschen verletzt, darunter der Fotograf Yasin Akgül.", []),
    ],
)
def test_named_members_of_an_arrested_group(text: str, arrested: list[str]) -> None:
    assert [a.arrested.label for a in facts(text).arrests] == arrested


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        # a suspicion or accusation compound names its offence in its first part
        ("Die Polizei nahm Peter Huber wegen Korruptionsvorwürfen fest.", "Korruption"),
        ("Die Polizei nahm Peter Huber wegen Spionageverdachts fest.", "Spionage"),
        ("Die Polizei nahm Peter Huber wegen Rassismusvorwürfen fest.", "Rassismus"),
        ("Die Polizei nahm Peter Huber wegen Betrugs fest.", "Betrug"),
    ],
)
def test_charge_from_a_suspicion_compound(text: str, charge: str) -> None:
    assert [a.charge for a in facts(text).arrests] == [charge]


@pytest.mark.parametrize("quoted", ['"Extremismus"', "„Extremismus“", "Extremismus"])
def test_a_charge_in_reported_speech_and_quotes(quoted: str) -> None:
    text = f"Die Polizei hat Maria Kalesnikawa festgenommen. Ihr werde {quoted} vorgeworfen."
    got = [(f.arrested.label, f.charge) for f in facts(text).arrests]
    assert got == [("Maria Kalesnikawa", "Extremismus")]


def test_one_among_the_arrested_group_is_charged_and_dated_as_the_group() -> None:
    text = (
        "Die Polizei hat am Montag vier Menschen festgenommen. Die Bundesanwaltschaft wirft ihnen "
        "die Bildung einer kriminellen Vereinigung vor. Unter den Festgenommenen ist auch Thomas Kern."
    )
    kern = [f for f in facts(text).arrests if f.arrested.label == "Thomas Kern"]
    assert [(f.charge, f.date and f.date.iso) for f in kern] == [
        ("Bildung einer kriminellen Vereinigung", "2022-01-03")
    ]
    # no group before: nothing to inherit
    alone = facts("Unter den Festgenommenen ist auch Thomas Kern.").arrests
    assert [(f.arrested.label, f.charge, f.date) for f in alone] == [("Thomas Kern", None, None)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Zielfahnder haben in Dubai einen mutmaßlichen Drogenboss aus Hamburg festgenommen.",
            "ein mutmaßlicher Drogenboss",
        ),
        ("Die Polizei nahm einen Drogenhändler fest.", "ein Drogenhändler"),
    ],
)
def test_more_person_nouns_make_an_unnamed_arrest(text: str, label: str) -> None:
    assert [f.arrested.label for f in facts(text).arrests] == [label]


def test_a_name_does_not_run_on_into_the_passive_agent() -> None:
    # seen in a Wikinews report: the NER's PER span took in "von der Staatssicherheit"
    assert arrests("Einige Zeit später wurde Hu von der Staatssicherheit verhaftet.") == [("Hu", "Hu", None)]
    # particles before a surname stay part of the name
    text = "Ursula von der Leyen sagte, Walther von der Vogelweide sei tot."
    expected = ["Ursula von der Leyen", "Walther von der Vogelweide"]
    assert [p.person.label for p in facts(text).persons] == expected
