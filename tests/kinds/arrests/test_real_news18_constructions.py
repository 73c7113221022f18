"""Round 18 (issue 24): arrest constructions measured on real police reports and news, each class
with own sentences (invented names and places) and look-alikes: counted groups a participle or an
insertion interrupts, a comma in the participant phrase, "gefangen genommen", "unter Arrest",
custody with the copula, headlines with bare nouns, active "stellen" with a catcher, arrests a
possessive or an attributive participle presupposes, joined counted groups."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str | None, int | None, str | None]]:
    """(arrested label, count, agent label) of each arrest."""
    return [
        (
            a.arrested.label if a.arrested else None,
            a.count.value if a.count else None,
            a.agent.label if a.agent else None,
        )
        for a in facts(text).arrests
    ]


def _counts(text: str) -> list[int | None]:
    return [a.count.value if a.count else None for a in facts(text).arrests]


def _labels(text: str) -> list[str]:
    return [a.arrested.label for a in facts(text).arrests if a.arrested is not None]


# --- a counted subject that a participle or an insertion separates from the arrest verb ---


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # two participles of one subject: "eingeholt und festgenommen"
        ("Vier Jugendliche konnten von Beamten eingeholt und festgenommen werden.", 4),
        ("Drei Männer wurden nach der Verfolgung überwältigt und verhaftet.", 3),
        # an insertion about part of the group
        ("Zwanzig Demonstranten, einige von ihnen leicht verletzt, wurden festgenommen.", 20),
        ("Die Polizei nahm fünfzehn Fans, zwei davon verletzt, in Gewahrsam.", 15),
        # a count inside "darunter" between dashes is a part, not the group
        ("Insgesamt zwölf Personen – darunter fünf Jugendliche – wurden festgenommen.", 12),
    ],
)
def test_counted_subject_past_a_participle_or_insertion(text: str, count: int) -> None:
    assert _counts(text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        # another verb's participle still separates its own subject
        "Bei den Unruhen wurden 40 Menschen verletzt und zwei Polizisten angegriffen.",
        # a count past the arrest participle and "und" belongs to the next verb
        "Im Vorjahr wurden 300 Kontrollen durchgeführt, niemand festgenommen und 40 Anzeigen erstattet.",
    ],
)
def test_counts_of_other_verbs_are_no_arrests(text: str) -> None:
    assert 40 not in _counts(text) and 300 not in _counts(text)


def test_count_after_the_arrest_participle_and_und_is_the_next_verbs() -> None:
    text = "Im Jahr wurden mehr als 900 Personen festgenommen und knapp 20.000 Kontrollen durchgeführt."
    assert _counts(text) == [900]


# --- the participant phrase: stacked adjectives with a comma, a comma list, an age adjective ---


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Am Abend hat die Polizei einen zweiten, 19-jährigen Verdächtigen festgenommen.",
         "ein zweiter 19-jähriger Verdächtiger"),
        ("Die Polizei nahm einen großen, bärtigen Mann fest.", "ein großer bärtiger Mann"),
        (
            "Zollbeamte nahmen einen 41-jährigen bulgarischen Fahrer fest.",
            "ein 41-jähriger bulgarischer Fahrer",
        ),
    ],
)
def test_participant_phrase_with_comma_or_stacked_adjectives(text: str, label: str) -> None:
    assert _labels(text) == [label]


def test_separable_particle_after_a_comma_list() -> None:
    text = "Die Polizei nahm Jonas Albrecht, Ilse Kramer und Petra Wendt fest."
    assert {"Jonas Albrecht", "Ilse Kramer", "Petra Wendt"} <= set(_labels(text))


def test_particle_of_another_clause_is_not_the_verbs() -> None:
    # the "fest" after the comma belongs to the relative clause, not to "nahm"
    assert facts("Er nahm das Geld, das fest angelegt war.").arrests == []


# --- agent hidden by an adjunct in the Vorfeld ---


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Der Gewerkschaft zufolge nahm die Polizei gestern acht Demonstranten fest.", "die Polizei"),
        ("Kurz darauf hat die Polizei einen 23-jährigen Mann festgenommen.", "die Polizei"),
    ],
)
def test_organisation_after_the_finite_verb_is_the_agent(text: str, agent: str) -> None:
    assert [row[2] for row in _rows(text)] == [agent]


# --- arrest verbs and phrases: "gefangen genommen", "unter Arrest", a judge's custody order ---


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Die Brigade hat bei Kämpfen einen feindlichen Soldaten gefangen genommen.",
         ("ein feindlicher Soldat", 1, "Die Brigade")),
        ("Rebellen nahmen drei Offiziere gefangen.", ("drei Offiziere", 3, "Rebellen")),
        ("Der Pilot wurde von Aufständischen gefangen genommen.", ("der Pilot", None, "Aufständischen")),
        ("Bei der Kundgebung wurden 57 Personen unter Arrest gestellt.", ("57 Personen", 57, None)),
        ("Die Polizei setzte zwölf Demonstranten unter Arrest.", ("zwölf Demonstranten", 12, "Die Polizei")),
        # a judge orders custody: no agent of the arrest
        ("Ein Haftrichter schickte den 35-Jährigen in Untersuchungshaft.", ("der 35-Jährige", None, None)),
    ],
)
def test_arrest_verbs_and_phrases(text: str, row: tuple[str, int | None, str | None]) -> None:
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        "Das Publikum war von der Musik gefangen.",
        "Die Firma schickte ihre Mitarbeiter in Kurzarbeit.",
        "Das Gericht stellte das Vermögen des Unternehmens unter Zwangsverwaltung.",
    ],
)
def test_look_alikes_of_the_new_phrases(text: str) -> None:
    assert facts(text).arrests == []


# --- custody told with the copula ---


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Die drei Verdächtigen sind inzwischen in U-Haft.", ("drei Verdächtige", 3, None)),
        ("Der 52-Jährige ist seit Freitag in Untersuchungshaft.", ("der 52-Jährige", None, None)),
    ],
)
def test_custody_with_the_copula(text: str, row: tuple[str, int | None, str | None]) -> None:
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        "Die Untersuchungshaft ist nach Ansicht des Anwalts unverhältnismäßig.",
        "Der Mann ist wieder aus der Untersuchungshaft entlassen.",
    ],
)
def test_custody_look_alikes(text: str) -> None:
    assert facts(text).arrests == []


# --- headlines and bare nouns: a bare subject or object, active "stellen" with a catcher ---


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Radfahrer mit Schlagstock festgenommen", ("Radfahrer", None, None)),
        ("Österreichische Reporterin festgenommen", ("Österreichische Reporterin", None, None)),
        ("Polizei durchsucht Lager und nimmt Hausmeister fest.", ("Hausmeister", None, "Polizei")),
        ("Zivilfahnder schnappen Taschendieb", ("Taschendieb", None, "Zivilfahnder")),
        ("Nach Überfall: Polizei stellt Räuber", ("Räuber", None, "Polizei")),
        ("Die Beamten stellten den Dieb auf einem Parkplatz.", ("der Dieb", None, "Die Beamten")),
        ("Nach kurzer Flucht stellten Polizisten den 17-Jährigen.", ("der 17-Jährige", None, "Polizisten")),
    ],
)
def test_headlines_bare_nouns_and_stellen(text: str, row: tuple[str, int | None, str | None]) -> None:
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        "Beschluss gefasst",
        "Die Polizei nahm Kontakt zu den Angehörigen auf.",
        "Die Polizei stellte den neuen Revierleiter vor.",
        "Die Polizei stellte den Mann zur Rede.",
        "Der Trainer stellt den Verteidiger auf.",
        "Die Polizei stellt Strafanzeige gegen den Fahrer.",
        "Der Minister stellte den Bericht vor.",
        "Die Beamten stellten den Eltern viele Fragen.",
    ],
)
def test_look_alikes_of_bare_nouns_and_stellen(text: str) -> None:
    assert facts(text).arrests == []


# --- arrests presupposed: a possessive time adjunct, an attributive participle with a count ---


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Nach seiner Festnahme gestand der Mann die Überfälle.", "der Mann"),
        (
            "Nach seiner Festnahme hat der verdächtige Kassierer, Udo K., alles zugegeben.",
            "Udo K.",
        ),
        ("Rita Hain soll bei ihrer Verhaftung geschwiegen haben.", "Rita Hain"),
        ("Nach ihrer Festnahme äußerte sich die Ärztin nicht.", "die Ärztin"),
    ],
)
def test_possessive_time_adjunct_presupposes_the_subjects_arrest(text: str, label: str) -> None:
    assert _labels(text) == [label]


@pytest.mark.parametrize(
    "text",
    [
        # the subject reports or defends: another possessor
        "Nach seiner Festnahme sagte der Polizeisprecher, der Mann sei bewaffnet gewesen.",
        "Nach ihrer Festnahme schwieg der Anwalt.",
        # a group or an organisation as subject
        "Seit seiner Verhaftung hat die Familie nichts von ihm gehört.",
        # a count that heads its own noun is no figure of arrests
        "Bei ihrer Festnahme wurden zwei Polizisten verletzt.",
        # not a time adjunct: "kritisierte seine Festnahme" names no possessor reliably
        "Der Anwalt kritisierte seine Festnahme scharf.",
    ],
)
def test_possessive_look_alikes(text: str) -> None:
    assert facts(text).arrests == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Die am Dienstag festgenommenen neun Aktivisten sollen Anschläge geplant haben.", 9),
        ("Die verhafteten drei Journalisten wurden in die Hauptstadt gebracht.", 3),
    ],
)
def test_attributive_participle_with_a_count(text: str, count: int) -> None:
    assert _counts(text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        "Wurden die festgenommenen drei Männer schon verhört?",
        "Die festgenommenen Männer schwiegen.",
    ],
)
def test_attributive_participle_look_alikes(text: str) -> None:
    assert facts(text).arrests == []


# --- counted groups joined by "und"/"sowie" ---


@pytest.mark.parametrize(
    ("text", "label", "count"),
    [
        ("Zwei Männer und eine Frau wurden festgenommen.", "zwei Männer und eine Frau", 3),
        ("Die Polizei nahm vier Männer und zwei Frauen fest.", "vier Männer und zwei Frauen", 6),
        ("Drei Tatverdächtige sowie ein 16-jähriger Helfer wurden festgenommen.",
         "drei Tatverdächtige sowie ein 16-jähriger Helfer", 4),
    ],
)
def test_joined_counted_groups_are_one_group(text: str, label: str, count: int) -> None:
    assert [(row[0], row[1]) for row in _rows(text)] == [(label, count)]


def test_joined_count_of_a_thing_stays_apart() -> None:
    assert _counts("Zwei Männer und ein Auto wurden kontrolliert, drei Männer wurden festgenommen.") == [3]


# --- the arrest noun with a definite genitive; time nouns are no persons ---


def test_arrest_noun_with_a_definite_genitive() -> None:
    text = "Die Ermittler meldeten der Richterin am Morgen die Festnahme des Tatverdächtigen."
    assert _rows(text) == [("der Tatverdächtige", None, None)]


def test_demanded_arrest_with_a_definite_genitive_is_none() -> None:
    assert facts("Die Opposition forderte die Festnahme des Täters.").arrests == []


def test_relative_clause_with_a_time_noun_names_nobody() -> None:
    text = "Er soll zu einem Ring von Hehlern gehören, die Anfang 2019 in Passau verhaftet wurde."
    assert "die Anfang" not in _labels(text)


# --- a vague quantity of people named before ---


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Grenzpolizei kontrollierte 300 Reisende. Mehrere davon wurden festgenommen.", "mehrere davon"),
        ("Einige von ihnen wurden später verhaftet.", "einige von ihnen"),
    ],
)
def test_vague_quantity_of_people_named_before(text: str, label: str) -> None:
    assert label in _labels(text)


def test_vague_quantity_with_another_verb_is_no_arrest() -> None:
    assert facts("Die Polizei kontrollierte 300 Reisende. Mehrere davon wurden verwarnt.").arrests == []
