"""Events found by probing further agency-style articles (a company board recalling its chief, a
raid on a smuggling ring, a party electing a new leadership): relieving someone of duties,
"gefasst"/"festgesetzt", people described by their age, coordinated appointees, becoming the
successor, headline figures, and hedges that belong to another clause."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows, arrests, dismissal_rows, facts, nlp


def test_relieved_of_duties_is_a_dismissal_with_the_title_as_office() -> None:
    text = "Zugleich wurde der Personalvorstand Markus Heil von seinen Aufgaben entbunden."
    assert dismissal_rows(text) == [("Markus Heil", None, "Personalvorstand")]
    assert dismissal_rows("Der Aufsichtsrat entband Finanzchef Peter Huber von seinem Amt.") == [
        ("Peter Huber", "Der Aufsichtsrat", "Finanzchef")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die Sängerin Anna Berg hat in der Nacht entbunden.",  # gave birth
        "Seine Aufgaben übernimmt vorübergehend Claudia Roth.",  # standing in, no appointment
        "Die Ministerin entband den Beamten Peter Huber von der Schweigepflicht.",
    ],
)
def test_duties_look_alikes(text: str) -> None:
    got = facts(text)
    assert got.dismissals == [] and got.appointments == []


def test_caught_and_detained_are_arrests() -> None:
    text = "Der Verdächtige wurde am Flughafen in Madrid festgesetzt."
    assert arrests(text) == [("der Verdächtige", None, None)]
    text = "Die Polizei hat den mutmaßlichen Täter in Bremen gefasst."
    assert arrests(text) == [("der mutmaßliche Täter", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Der Stadtrat hat am Montag einen Beschluss gefasst.",
        "Die Preise für Strom wurden neu festgesetzt.",
        "Der Trainer hat sich nach der Niederlage schnell wieder gefasst.",
    ],
)
def test_caught_look_alikes(text: str) -> None:
    assert arrests(text) == []


def test_an_age_makes_any_noun_a_person() -> None:
    text = "Der mutmaßliche Kopf der Bande, ein 47 Jahre alter Syrer, wurde in Bremen gefasst."
    assert arrests(text) == [("ein 47 Jahre alter Syrer", None, 1)]
    text = "Die Polizei nahm einen 30-jährigen Afghanen fest."
    assert arrests(text) == [("ein 30-jähriger Afghane", None, 1)]
    assert arrests("Die Polizei nahm einen alten Wagen in Beschlag.") == []


def test_a_headline_figure_yields_to_the_text() -> None:
    text = (
        "Razzia gegen Schleuserbande: Zwölf Festnahmen\n\n"
        "Die Polizei hat in fünf Bundesländern zwölf Verdächtige festgenommen."
    )
    assert arrests(text) == [("zwölf Verdächtige", None, 12)]
    # a headline figure the text does not repeat stays
    text = "Razzia gegen Schleuserbande: Zwölf Festnahmen\n\nDie Polizei durchsuchte 30 Wohnungen."
    assert [row[2] for row in arrests(text)] == [12]


def test_a_hedge_in_a_coordinated_clause_leaves_the_event() -> None:
    text = "Zwei weitere Männer wurden in den Niederlanden verhaftet und sollen ausgeliefert werden."
    assert arrests(text) == [("zwei weitere Männer", None, 2)]
    text = "Der Präsident entließ den Innenminister Peter Huber, der Geld veruntreut haben soll."
    assert [row[0] for row in dismissal_rows(text)] == ["Peter Huber"]
    # the hedge of the event's own clause still holds
    assert dismissal_rows("Der Präsident will den Innenminister Peter Huber entlassen.") == []
    assert arrests("Die Polizei soll zwei Männer festgenommen haben und ermittelt weiter.") == []


def test_coordinated_appointees_are_each_appointed() -> None:
    text = "Die Partei hat Franziska Brantner und Felix Banaszak zu neuen Vorsitzenden gewählt."
    assert sorted(appointment_rows(text)) == [
        ("Felix Banaszak", "Die Partei", "Vorsitzende"),
        ("Franziska Brantner", "Die Partei", "Vorsitzende"),
    ]
    # a list after a preposition is not the appointee list
    text = "Nach Gesprächen mit Anna Berg und Karl Huber ernannte der Präsident Peter Maier zum Minister."
    assert [row[0] for row in appointment_rows(text)] == ["Peter Maier"]


def test_bestimmen_and_küren_with_a_post_appoint() -> None:
    assert appointment_rows("Zur neuen Geschäftsführerin wurde Pegah Edalatian bestimmt.") == [
        ("Pegah Edalatian", None, "Geschäftsführerin")
    ]
    assert appointment_rows("Der Parteitag kürte Hans Huber zum Vorsitzenden.") == [
        ("Hans Huber", "Der Parteitag", "Vorsitzende")
    ]
    assert appointment_rows("Das Gericht bestimmte, dass Hans Huber zahlen muss.") == []


def test_becoming_the_successor_is_an_appointment_to_the_post() -> None:
    text = "Der Präsident hat Innenminister Hans Huber entlassen. Sein Nachfolger wird Peter Maier."
    assert ("Peter Maier", None, "Innenminister") in appointment_rows(text)
    # being called someone's successor tells no appointment now
    text = "Peter Maier, der Nachfolger von Innenminister Hans Huber, lehnte eine Stellungnahme ab."
    assert appointment_rows(text) == []


def test_a_known_place_before_a_person_is_split_off() -> None:
    doc = nlp()("Die Partei hat in Wiesbaden Franziska Brantner gewählt. Er traf in Berlin Olaf Scholz.")
    ents = {(e.text, e.label_) for e in doc.ents}
    if not {e.label_ for e in doc.ents} >= {"PER"}:
        pytest.skip("no NER in this pipeline")
    assert ("Franziska Brantner", "PER") in ents and ("Olaf Scholz", "PER") in ents
    assert ("Wiesbaden", "LOC") in ents
    names = {(e.text, e.label_) for e in nlp()("Anna Lena Meier sprach in Wiesbaden.").ents}
    assert ("Anna Lena Meier", "PER") in names


def test_voted_out_is_a_dismissal() -> None:
    text = "Die Bürger haben ihren Oberbürgermeister Peter Feldmann abgewählt."
    assert [(row[0], row[2]) for row in dismissal_rows(text)] == [("Peter Feldmann", "Oberbürgermeister")]
    text = "Der Landrat Hans Huber wurde am Sonntag per Bürgerentscheid abgewählt."
    assert [(row[0], row[2]) for row in dismissal_rows(text)] == [("Hans Huber", "Landrat")]
    # electing is no dismissal
    assert dismissal_rows("Die Partei wählte Hans Huber zum Vorsitzenden.") == []


def test_self_appointment_and_heads_of_cities() -> None:
    text = "Am Freitag ernannte sich General Hans Huber selbst zum neuen Machthaber."
    assert appointment_rows(text) == [("Hans Huber", "Hans Huber", "Machthaber")]
    text = "Peter Feldmann war 2012 erstmals zum Stadtoberhaupt gewählt worden."
    assert appointment_rows(text) == [("Peter Feldmann", None, "Stadtoberhaupt")]
    # "sich berufen auf" is no appointment, nor is an appointment without a post
    assert appointment_rows("Der Minister berief sich auf ein Gutachten.") == []
    assert appointment_rows("Der Präsident ernannte sich selbst.") == []


def test_more_people_nouns_for_unnamed_arrests() -> None:
    text = "Bereits im Dezember waren zwei mutmaßliche Komplizen in Köln festgenommen worden."
    assert arrests(text) == [("zwei mutmaßliche Komplizen", None, 2)]
    text = "Die Bundesanwaltschaft hat einen mutmaßlichen Unterstützer der Terrormiliz festnehmen lassen."
    assert arrests(text) == [("ein mutmaßlicher Unterstützer", None, 1)]


def test_an_unnamed_arrest_named_in_the_next_sentence_is_one_arrest() -> None:
    text = (
        "Die Bundesanwaltschaft hat einen mutmaßlichen Unterstützer der Terrormiliz festnehmen lassen. "
        "Der Syrer Ahmad M. sei am Dienstag in Berlin verhaftet worden, teilte die Behörde mit."
    )
    assert [row[0] for row in arrests(text)] == ["Ahmad M."]
    text = (
        "Die Polizei hat einen 30-jährigen Mann festgenommen. "
        "Auch der Unternehmer Peter Huber wurde am Abend verhaftet."
    )
    assert sorted(row[0] for row in arrests(text)) == ["Peter Huber", "ein 30-jähriger Mann"]


def test_a_dateline_with_a_multiword_place_is_its_own_segment() -> None:
    text = "Frankfurt am Main (dpa) - Die Bürger haben ihren Oberbürgermeister Peter Feldmann abgewählt."
    (dismissal,) = facts(text).dismissals
    assert dismissal.evidence.sentence.startswith("Die Bürger")


def test_a_month_without_a_day_dates_the_event() -> None:
    from kzgraph.extract.grammar.dates import find_date
    from kzgraph.reading.article import ArticleDate

    january = ArticleDate.parse("2025-01-15")
    got = find_date("Bereits im Dezember waren zwei Männer festgenommen worden.", january)
    assert got is not None and got.year_month == "2024-12" and got.iso is None
    got = find_date("Anfang März 2021 trat er zurück.", january)
    assert got is not None and got.year_month == "2021-03"
    assert find_date("Er kam am 3. Januar.", january).iso == "2025-01-03"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        ("Der Präsident entließ am Montag den Innenminister Peter Huber.", "dismissals", "Peter Huber"),
        ("Der Präsident entließ am Montag Innenminister Peter Huber.", "dismissals", "Peter Huber"),
        ("Die Polizei nahm am Montag in Berlin Peter Huber fest.", "arrests", "Peter Huber"),
        ("Der Präsident ernannte am Montag Peter Huber zum Minister.", "appointments", "Peter Huber"),
        ("Der Verein präsentierte am Montag Peter Maier als neuen Trainer.", "appointments", "Peter Maier"),
        ("Der Klub hat Peter Maier als neuen Cheftrainer verpflichtet.", "appointments", "Peter Maier"),
        ("Der Verein stellte Peter Maier am Montag als neuen Trainer vor.", "appointments", "Peter Maier"),
    ],
)
def test_the_object_after_a_time_or_place(text: str, kind: str, who: str) -> None:
    got = getattr(facts(text), kind)
    person = {"dismissals": "dismissed", "arrests": "arrested", "appointments": "appointee"}[kind]
    assert [getattr(f, person).label for f in got] == [who]


def test_a_name_after_a_title_stays_in_its_phrase() -> None:
    text = "Der Präsident entließ nach dem Treffen mit Innenminister Peter Huber den Polizeichef Hans Maier."
    assert dismissal_rows(text) == [("Hans Maier", "Der Präsident", "Polizeichef")]
    for text in ("Der Minister stellte den Plan als Erfolg vor.", "Er verpflichtete sich, still zu sein."):
        assert appointment_rows(text) == []


def test_becoming_the_successor_of_a_dismissed_minister() -> None:
    text = "Der Präsident hat Innenminister Hans Huber entlassen. Peter Maier wird Nachfolger von Hans Huber."
    assert ("Peter Maier", None, "Innenminister") in appointment_rows(text)


# ---- a genitive title inside a phrase; appointing someone as the successor ----------------

CABINET = (
    "Der Bundespräsident entließ auf Vorschlag des Kanzlers Justizminister Marco Buschmann "
    "und ernannte Volker Wissing zu seinem Nachfolger."
)


def test_title_after_a_genitive_title_opens_the_object() -> None:
    # "des Kanzlers" belongs to "auf Vorschlag"; "Justizminister Marco Buschmann" is dismissed
    assert dismissal_rows(CABINET) == [("Marco Buschmann", "Der Bundespräsident", "Justizminister")]
    # a name right after the genitive title is that title's holder, not the object
    text = "Der Präsident entließ auf Vorschlag des Kanzlers Olaf Scholz den Minister Peter Huber."
    assert [row[0] for row in dismissal_rows(text)] == ["Peter Huber"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (CABINET, "Der Bundespräsident"),
        (
            "Der Bundespräsident ernannte Volker Wissing zum Nachfolger von Justizminister Marco Buschmann.",
            "Der Bundespräsident",
        ),
        ("Volker Wissing wurde zum Nachfolger von Justizminister Marco Buschmann ernannt.", None),
    ],
)
def test_appointed_as_successor_takes_the_predecessors_post(text: str, agent: str | None) -> None:
    assert appointment_rows(text) == [("Volker Wissing", agent, "Justizminister")]


def test_planned_successor_is_no_appointment() -> None:
    text = "Der Präsident will Volker Wissing zum Nachfolger von Justizminister Marco Buschmann ernennen."
    assert appointment_rows(text) == []


def test_adviser_is_an_office_and_a_junta_an_organisation() -> None:
    text = "US-Präsident Donald Trump feuerte seinen Sicherheitsberater John Bolton."
    assert dismissal_rows(text) == [("John Bolton", "Donald Trump", "Sicherheitsberater")]
    text = "Die Militärjunta setzte Regierungschef Abdalla Hamdok ab."
    assert dismissal_rows(text) == [("Abdalla Hamdok", "Die Militärjunta", "Regierungschef")]


def test_sworn_in_as_the_holder_of_a_post_is_an_appointment() -> None:
    text = "Nancy Faeser wurde am Mittwoch als neue Innenministerin vereidigt."
    assert appointment_rows(text) == [("Nancy Faeser", None, "Innenministerin")]
    # sworn in without a post named: nothing to record
    assert appointment_rows("Der Bundespräsident vereidigte die neuen Minister.") == []


# ---- a company replacing its chief, a club parting with its coach, an inspector retired ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Autobauer hat seinen Vorstandschef Oliver Blume durch Finanzvorstand Arno Antlitz ersetzt.",
            ("Arno Antlitz", "Oliver Blume", "Vorstandschef", "Der Autobauer"),
        ),
        (
            "Hertha BSC hat Trainer Pal Dardai durch Sandro Schwarz abgelöst.",
            ("Sandro Schwarz", "Pal Dardai", "Trainer", "Hertha BSC"),
        ),
    ],
)
def test_replaced_by_someone_named_with_durch(text: str, expected: tuple[str, str, str, str]) -> None:
    got = [
        (r.successor.label, r.predecessor.label, r.office, r.agent.label if r.agent else None)
        for r in facts(text).replacements
    ]
    assert got == [expected]


def test_unnamed_superior_removing_a_minister_is_a_dismissal() -> None:
    text = "Der Präsident hat den Minister Peter Huber abgelöst."
    assert dismissal_rows(text) == [("Peter Huber", "Der Präsident", "Minister")]
    assert facts(text).replacements == []
    # a successor in the same post still replaces
    text = "Der neue Trainer löste den Trainer Peter Huber ab."
    assert [r.successor.label for r in facts(text).replacements] == ["Der neue Trainer"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Nach der Niederlage trennte sich Bayern München von Trainer Thomas Tuchel.", "Bayern München"),
        ("Nach der Niederlage trennte sich der FC Bayern von Trainer Thomas Tuchel.", "der FC Bayern"),
        ("Am Montag entließ Hertha BSC den Trainer Thomas Tuchel.", "Hertha BSC"),
    ],
)
def test_inverted_subject_after_sich_or_without_article(text: str, agent: str) -> None:
    assert dismissal_rows(text) == [("Thomas Tuchel", agent, "Trainer")]


def test_apposition_names_the_object() -> None:
    text = (
        "Der Verteidigungsminister hat den Inspekteur des Heeres, Generalleutnant Alfons Mais, "
        "in den Ruhestand versetzt."
    )
    assert [row[:2] for row in dismissal_rows(text)] == [("Alfons Mais", "Der Verteidigungsminister")]
    text = "Der Präsident entließ den Innenminister, Peter Huber, am Montag."
    assert dismissal_rows(text) == [("Peter Huber", "Der Präsident", "Innenminister")]
    # a relative clause after the phrase is no apposition
    text = "Der Präsident entließ den Innenminister, der Peter Huber kritisiert hatte."
    assert [row[0] for row in dismissal_rows(text)] == ["den Innenminister"]


# ---- a parliament electing a prime minister, a bank chief, the police reporting its own figure ----


def test_subject_after_the_auxiliary_behind_a_phrase_naming_someone() -> None:
    text = (
        "Den Haag (dpa) - Nach dem Rücktritt von Ministerpräsident Mark Rutte hat das niederländische "
        "Parlament den bisherigen Geheimdienstchef Dick Schoof zum neuen Regierungschef gewählt."
    )
    assert appointment_rows(text) == [("Dick Schoof", "das niederländische Parlament", "Regierungschef")]


def test_dateline_whose_place_opens_with_an_article() -> None:
    doc = nlp()("Den Haag (dpa) - Das Parlament hat gewählt. La Paz (AFP) - Die Regierung trat zurück.")
    starts = [t.text for t in doc if t.is_sent_start and not t.is_space]
    assert starts[:4] == ["Den", "Das", "La", "Die"]
    # an article and a word in brackets make no dateline
    doc = nlp()("Die SPD (Partei) - kurz gesagt - ist alt.")
    assert [t.text for t in doc if t.is_sent_start] == ["Die"]


def test_the_post_of_a_name_in_apposition_is_the_phrase_before_it() -> None:
    text = "Schoof hatte zuvor den Chef des Auslandsgeheimdienstes, Peter Vermeulen, entlassen."
    assert dismissal_rows(text) == [("Peter Vermeulen", "Schoof", "Chef des Auslandsgeheimdienstes")]


def test_own_figures_are_reported_by_the_subject() -> None:
    got = facts("Bei Protesten nahm die Polizei nach eigenen Angaben 14 Menschen fest.")
    assert [(a.count.value, a.reported_by.label) for a in got.arrests] == [(14, "die Polizei")]
    assert [st.speaker.label for st in got.statements] == ["die Polizei"]
    got = facts("Nach eigenen Angaben hat die Polizei 30 Menschen festgenommen.")
    assert [a.reported_by.label for a in got.arrests] == ["die Polizei"]
