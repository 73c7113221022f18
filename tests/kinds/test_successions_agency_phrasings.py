"""Dismissals, appointments and replacements found by probing agency-style articles about other
events (a minister replaced, a coach let go, a change at a company's top): "ablösen" by a
superior, "freistellen", organisation subjects, inverted word order, retellings."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows as _appointments
from tests.extract_helpers import dismissal_rows as _dismissals
from tests.extract_helpers import facts
from tests.extract_helpers import replacement_rows as _replacements


def test_superior_who_ablöst_dismisses() -> None:
    text = "Kremlchef Wladimir Putin hat seinen langjährigen Verteidigungsminister Sergej Schoigu abgelöst."
    assert _dismissals(text) == [("Sergej Schoigu", "Wladimir Putin", "Verteidigungsminister")]
    assert _replacements(text) == []
    text = "Präsident Emmanuel Macron hat Premierministerin Elisabeth Borne abgelöst."
    assert _dismissals(text) == [("Elisabeth Borne", "Emmanuel Macron", "Premierministerin")]
    assert _dismissals("Der Verein hat Trainer Max Huber abgelöst.") == [
        ("Max Huber", "Der Verein", "Trainer")
    ]


def test_successor_who_ablöst_replaces() -> None:
    for text in (
        "Olaf Scholz löste Angela Merkel als Kanzler ab.",
        "Der frühere Finanzminister Olaf Scholz hat Kanzlerin Angela Merkel abgelöst.",
    ):
        assert _replacements(text) == [("Olaf Scholz", "Angela Merkel")], text
        assert _dismissals(text) == [], text
    # "seinen Chef": a deputy who took over, not a superior
    assert _replacements("Der Vizechef Max Huber löste seinen Chef Karl Meier ab.") == [
        ("Max Huber", "Karl Meier")
    ]
    assert _replacements("Trainer Max Huber wurde am Montag von Karl Meier abgelöst.") == [
        ("Karl Meier", "Max Huber")
    ]


def test_passive_ablösen_without_successor_is_a_dismissal() -> None:
    assert _dismissals("Trainer Max Huber wurde am Montag abgelöst.") == [("Max Huber", None, "Trainer")]


def test_freistellen() -> None:
    text = "Bundesligist Hertha BSC hat Cheftrainer Sandro Schwarz mit sofortiger Wirkung freigestellt."
    assert _dismissals(text) == [("Sandro Schwarz", "Bundesligist Hertha BSC", "Cheftrainer")]
    assert _dismissals("Trainer Max Huber wurde von seinen Aufgaben freigestellt.") == [
        ("Max Huber", None, "Trainer")
    ]
    for text in (
        "Max Huber wurde für die Olympischen Spiele von der Arbeit freigestellt.",
        "Der Polizist wurde vom Dienst freigestellt.",
        "Die Firma hat 200 Mitarbeiter freigestellt.",
        "Es ist Ihnen freigestellt, ob Sie kommen.",
    ):
        assert _dismissals(text) == [], text


def test_organisation_name_opening_the_sentence_is_the_subject() -> None:
    assert _dismissals("Siemens entließ Vorstandschef Max Huber.") == [
        ("Max Huber", "Siemens", "Vorstandschef")
    ]
    assert _dismissals("Hertha BSC hat Cheftrainer Sandro Schwarz entlassen.") == [
        ("Sandro Schwarz", "Hertha BSC", "Cheftrainer")
    ]


def test_inverted_order_subject_after_the_verb() -> None:
    text = "Zugleich berief das Gremium den früheren Siemens-Manager Thomas Berger zum neuen Technikvorstand."
    assert _appointments(text) == [("Thomas Berger", "das Gremium", "Technikvorstand")]
    assert _appointments("Dann ernannte die Regierung Max Huber zum Botschafter.") == [
        ("Max Huber", "die Regierung", "Botschafter")
    ]
    assert _dismissals("Am Montag entließ der Präsident den Innenminister Max Huber.") == [
        ("Max Huber", "der Präsident", "Innenminister")
    ]
    assert _dismissals("Am Montag entließ Präsident Karl Meier den Innenminister Max Huber.") == [
        ("Max Huber", "Karl Meier", "Innenminister")
    ]


def test_post_in_the_vorfeld_of_übernehmen() -> None:
    got = _appointments("Die Führung übernimmt kommissarisch Finanzvorständin Petra Lindqvist.")
    assert [(who, office) for who, _, office in got] == [("Petra Lindqvist", "Führung")]
    assert _appointments("Die Kosten übernimmt Max Huber.") == []


def test_pronoun_means_the_person_of_the_nearest_sentence() -> None:
    text = (
        "Markus Vogelsang war seit 2019 Vorstandschef. "
        "Zugleich berief der Aufsichtsrat den Manager Thomas Berger zum Technikvorstand. "
        "Er folgt auf Klaus Ritter."
    )
    assert ("Thomas Berger", "Klaus Ritter") in _replacements(text)
    assert ("Markus Vogelsang", "Klaus Ritter") not in _replacements(text)


def test_headline_and_text_tell_one_dismissal() -> None:
    text = (
        "Hertha trennt sich von Trainer Schwarz\n\n"
        "Berlin (SID) - Bundesligist Hertha BSC hat Cheftrainer Sandro Schwarz freigestellt."
    )
    assert _dismissals(text) == [("Sandro Schwarz", "Bundesligist Hertha BSC", "Cheftrainer")]
    # different agents: two events
    text = "Der Verein entließ Trainer Max Huber. Der Verband entließ Sportdirektor Max Huber."
    assert len(_dismissals(text)) == 2


def test_finance_board_member_is_an_office() -> None:
    offices = {(o.holder.label, o.office) for o in facts("Finanzvorständin Petra Lindqvist sprach.").offices}
    assert offices == {("Petra Lindqvist", "Finanzvorständin")}
    assert facts("Der Vorstand beschloss am Montag eine Dividende.").offices == []


def test_forced_retirement_is_a_dismissal() -> None:
    text = (
        "Nach der Affäre hat Innensenator Andy Grote den Hamburger Polizeipräsidenten Ralf Meyer "
        "in den einstweiligen Ruhestand versetzt."
    )
    assert _dismissals(text) == [("Ralf Meyer", "Andy Grote", "Polizeipräsident")]
    text = "Der Staatssekretär Max Huber wurde in den Ruhestand versetzt."
    assert _dismissals(text) == [("Max Huber", None, "Staatssekretär")]
    assert _dismissals("Max Huber geht in den Ruhestand.") == []


def test_office_with_a_capitalised_adjective_in_its_genitive() -> None:
    text = "Der Regierungschef António Costa wurde zum Präsidenten des Europäischen Rates gewählt."
    assert _appointments(text) == [("António Costa", None, "Präsident des Europäischen Rates")]


def test_confirmed_in_office() -> None:
    text = (
        "Das Europäische Parlament hat Ursula von der Leyen für eine zweite Amtszeit "
        "als Präsidentin der EU-Kommission bestätigt."
    )
    assert _appointments(text) == [
        ("Ursula von der Leyen", "Das Europäische Parlament", "Präsidentin der EU-Kommission")
    ]
    assert _appointments("Der Parteitag bestätigte Max Huber als Vorsitzenden.") == [
        ("Max Huber", "Der Parteitag", "Vorsitzende")
    ]
    for text in (
        "Der Sprecher bestätigte als Vertreter der Regierung, dass Max Huber zurücktritt.",
        "Die Polizei bestätigte den Tod des Ministers.",
        "Das Gericht bestätigte das Urteil gegen den früheren Minister Max Huber.",
    ):
        assert _appointments(text) == [], text


def test_surname_ending_like_a_title_is_a_name() -> None:
    offices = {(o.holder.label, o.office) for o in facts("Agrarminister Cem Özdemir sprach.").offices}
    assert offices == {("Cem Özdemir", "Agrarminister")}
    offices = {(o.holder.label, o.office) for o in facts("Ex-Emir Hamad sprach.").offices}
    assert offices == {("Hamad", "Emir")}


def test_name_after_the_verb_is_an_object_when_a_subject_precedes() -> None:
    text = (
        "Bundespräsident Frank-Walter Steinmeier hat Finanzminister Christian Lindner entlassen. "
        "Zugleich ernannte er den bisherigen Kanzleramtschef Jörg Kukies zum neuen Finanzminister."
    )
    assert _appointments(text) == [("Jörg Kukies", "Frank-Walter Steinmeier", "Finanzminister")]


def test_headline_yields_to_the_text_about_the_same_person() -> None:
    text = (
        "Scholz entlässt Lindner - Ampel zerbricht\n\n"
        "Berlin (dpa) - Bundespräsident Frank-Walter Steinmeier hat Finanzminister Christian Lindner "
        "auf Vorschlag von Bundeskanzler Olaf Scholz entlassen."
    )
    assert _dismissals(text) == [("Christian Lindner", "Frank-Walter Steinmeier", "Finanzminister")]
    # a headline alone is kept
    text = "Scholz entlässt Lindner\n\nDie Koalition ist am Ende."
    assert _dismissals(text) == [("Lindner", "Scholz", None)]


def test_hedge_or_product_in_a_relative_clause_leaves_the_succession_standing() -> None:
    from tests.extract_helpers import replacement_rows

    text = "Anna Orlopp tritt die Nachfolge von Karl Knof an, der seinen Vertrag nicht verlängern wollte."
    assert replacement_rows(text) == [("Anna Orlopp", "Karl Knof")]
    # a succession told as decided is kept, marked announced (tests/kinds/replacements/test_announced.py)
    from tests.extract_helpers import facts

    [planned] = facts("Bettina Orlopp soll die Nachfolge von Manfred Knof antreten.").replacements
    assert (planned.successor.label, planned.predecessor.label, planned.announced) == (
        "Bettina Orlopp",
        "Manfred Knof",
        True,
    )
    # still nothing for a successor product
    assert replacement_rows("Der Nachfolger des Vertrags von Lissabon wurde von Peter Huber entworfen.") == []
    # a plural "Sie" is no single successor
    text = "Anna Berg und Eva Lang wurden gewählt. Sie treten die Nachfolge von Karl Knof und Tom Heil an."
    assert replacement_rows(text) == []


def test_taking_over_the_office_of_a_named_person_replaces_that_person() -> None:
    text = (
        "Die Präsidentin hat ihren Innenminister Víctor Torres entlassen. "
        "Torres hatte erst im Januar das Amt von Vicente Romero übernommen."
    )
    # the post is the office the article gives Torres, not "Amt von Vicente Romero"
    assert ("Víctor Torres", "Víctor Torres", "Innenminister") in _appointments(text)
    assert _replacements(text) == [("Víctor Torres", "Vicente Romero")]
    text = "Víctor Torres übernahm im Januar das Amt des Innenministers von Vicente Romero."
    assert _appointments(text) == [("Víctor Torres", "Víctor Torres", "Innenminister")]
    assert _replacements(text) == [("Víctor Torres", "Vicente Romero")]
    # without a previous holder, no replacement; the bare "Amt" names no post
    assert _replacements("Anna Berg übernahm das Amt.") == []
    assert _appointments("Anna Berg übernahm am Montag das Amt.") == [("Anna Berg", "Anna Berg", None)]


def test_taking_over_the_office_right_after_a_dismissal_takes_the_dismissed_post() -> None:
    # "das Amt" is the post vacated just before: an appointment to it and a succession
    text = (
        "Gestern entließ Kanzler Olaf Scholz Finanzminister Christian Lindner. "
        "Am Donnerstag übernahm Jörg Kukies das Amt."
    )
    assert _appointments(text) == [("Jörg Kukies", "Jörg Kukies", "Finanzminister")]
    assert _replacements(text) == [("Jörg Kukies", "Christian Lindner")]
    # the title the taker holds is not the office taken; a "new" title is
    assert _appointments("Am Donnerstag übernahm Staatssekretär Jörg Kukies das Amt.") == [
        ("Jörg Kukies", "Jörg Kukies", None)
    ]
    assert _appointments("Am Donnerstag übernahm der neue Finanzminister Jörg Kukies das Amt.") == [
        ("Jörg Kukies", "Jörg Kukies", "Finanzminister")
    ]
    # "Sein Amt": the possessor's office, not the post of a dismissal told just before
    text = (
        "Präsident Emmanuel Macron hat Regierungssprecherin Maud Bregeon abberufen. Bereits am Montag "
        "war Wirtschaftsminister Roland Lescure zurückgetreten. Sein Amt übernimmt kommissarisch "
        "Haushaltsministerin Amélie de Montchalin."
    )
    # named in the taker's gender (offices.office_for_gender)
    assert ("Amélie de Montchalin", "Amélie de Montchalin", "Wirtschaftsministerin") in _appointments(text)
    assert _replacements(text) == [("Amélie de Montchalin", "Roland Lescure")]
    # the dismissed person taking over an office later is no successor of theirs
    text = "Die Kanzlerin entließ Finanzminister Christian Lindner. Lindner übernahm später das Amt."
    assert _replacements(text) == []


def test_dismissal_noun_with_a_genitive_title() -> None:
    # the retelling is the person the article gave the title: one dismissal, not a second one
    # of "des Ministers"
    text = (
        "Die Präsidentin hat ihren Innenminister Víctor Torres entlassen. "
        "Die Entlassung des Ministers sei ein Ablenkungsmanöver, erklärte Peter Huber."
    )
    assert [row[0] for row in _dismissals(text)] == ["Víctor Torres"]
    # nobody has the title: the description, in the nominative
    assert [row[0] for row in _dismissals("Die Entlassung des früheren Trainers wurde bekannt.")] == [
        "der frühere Trainer"
    ]
    assert [row[0] for row in _dismissals("Die Entlassung der Ministerin wurde bekannt.")] == [
        "die Ministerin"
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # the subject of a verb in a subordinate clause is that clause's, not the main clause's
        (
            "Die Amtsgeschäfte führt derzeit Finanzminister Choi Sang Mok, "
            "nachdem das Parlament auch Interimspräsident Han Duck Soo abgesetzt hatte.",
            ("Han Duck Soo", "das Parlament"),
        ),
        # a subordinate clause in the Vorfeld: the subject follows the finite verb
        (
            "Nachdem der Skandal bekannt wurde, entließ der Präsident seinen Innenminister Peter Huber.",
            ("Peter Huber", "der Präsident"),
        ),
        # ... and its "wurde" makes no passive of the main clause
        (
            "Nachdem es bekannt wurde, hat der Präsident seinen Innenminister Peter Huber entlassen.",
            ("Peter Huber", "der Präsident"),
        ),
    ],
)
def test_subordinate_clauses_keep_their_own_subject(text: str, row: tuple[str, str]) -> None:
    assert [(d[0], d[1]) for d in _dismissals(text)] == [row]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # bug: the name of a verb-final clause, having no article, was taken for its subject
        # and the main clause's subject for the dismissed
        (
            "Die Opposition jubelte, nachdem der Kanzler Innenminister Peter Huber entließ.",
            [("Peter Huber", "der Kanzler", "Innenminister")],
        ),
        (
            "Die Opposition jubelte, weil der Kanzler Innenminister Peter Huber entlassen hatte.",
            [("Peter Huber", "der Kanzler", "Innenminister")],
        ),
        # the particle is joined to the verb at the end of the clause
        (
            "Die Opposition jubelte, nachdem das Parlament Innenminister Peter Huber absetzte.",
            [("Peter Huber", "das Parlament", "Innenminister")],
        ),
        (
            "Die Fans jubelten, weil der Verein Trainer Peter Huber freistellte.",
            [("Peter Huber", "der Verein", "Trainer")],
        ),
        # a name right after a person noun is that person's: "der Kanzler Olaf Scholz"
        (
            "Die Opposition jubelte, nachdem der Kanzler Olaf Scholz "
            "Finanzminister Peter Huber entlassen hatte.",
            [("Peter Huber", "Olaf Scholz", "Finanzminister")],
        ),
        # an unresolved pronoun object: nobody, and never the main clause's subject
        ("Die Opposition jubelte, weil der Kanzler ihn entließ.", []),
    ],
)
def test_verb_final_subordinate_clause_subject_comes_first(
    text: str, rows: list[tuple[str, str, str]]
) -> None:
    assert _dismissals(text) == rows


def test_apposition_after_a_possessive_genitive_names_the_dismissed() -> None:
    text = "Volkswagen hat den Chef seiner Softwaretochter Cariad, Dirk Hilgenberg, abgelöst."
    assert [row[0] for row in _dismissals(text)] == ["Dirk Hilgenberg"]


def test_promotion_coordinated_title_and_the_successors_post() -> None:
    assert _appointments("Der Präsident hat Peter Huber zum Finanz- und Wirtschaftsminister ernannt.") == [
        ("Peter Huber", "Der Präsident", "Finanz- und Wirtschaftsminister")
    ]
    # "befördert" appoints; the "wurde" of the first main clause makes no passive of "ersetzt" after ";"
    text = "Zudem wurde Hakan Fidan zum Außenminister befördert; er ersetzt Mevlüt Cavusoglu."
    assert [(a[0], a[2]) for a in _appointments(text)] == [("Hakan Fidan", "Außenminister")]
    # the replacement names no post: it is the one the successor is appointed to
    got = facts(text).replacements
    assert [(r.successor.label, r.predecessor.label, r.office) for r in got] == [
        ("Hakan Fidan", "Mevlüt Cavusoglu", "Außenminister")
    ]
    assert _appointments("Die Firma beförderte 300 Pakete zum Zielort.") == []


def test_the_post_of_a_name_in_a_relative_clause_is_its_own_title() -> None:
    # bug: the subject before the comma was read as an apposition ("Der Präsident, X")
    text = "Der Präsident, der Innenminister Peter Huber im Mai entlassen hatte, trat zurück."
    assert _dismissals(text) == [("Peter Huber", "Der Präsident", "Innenminister")]


def test_a_rank_before_the_name_in_an_apposition_that_ends_the_sentence() -> None:
    # bug: the description was dismissed, not the person it names
    text = "Putin entließ den Chef des Geheimdienstes, Generalleutnant Peter Huber."
    assert _dismissals(text) == [("Peter Huber", "Putin", "Chef des Geheimdienstes")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # bug: a negation anywhere in the sentence dropped the dismissal
        (
            "Der Aufsichtsrat hat Finanzvorstand Michael Diederich abberufen, "
            "weil er ohne Zustimmung handelte.",
            [("Michael Diederich", "Der Aufsichtsrat", "Finanzvorstand")],
        ),
        (
            "Der Aufsichtsrat hat Finanzvorstand Michael Diederich ohne Begründung abberufen.",
            [("Michael Diederich", "Der Aufsichtsrat", "Finanzvorstand")],
        ),
        # a hedge in the subordinate clause only
        (
            "Der Aufsichtsrat hat Finanzvorstand Michael Diederich abberufen, "
            "weil er Verträge gefälscht haben soll.",
            [("Michael Diederich", "Der Aufsichtsrat", "Finanzvorstand")],
        ),
        # negations of the event itself
        ("Der Aufsichtsrat hat Finanzvorstand Michael Diederich nicht abberufen.", []),
        ("Der Aufsichtsrat kritisierte Finanzvorstand Michael Diederich, ohne ihn abzuberufen.", []),
        ("Der Aufsichtsrat kritisierte Finanzvorstand Michael Diederich, ohne ihn zu entlassen.", []),
        ("Es stimmt nicht, dass der Aufsichtsrat Finanzvorstand Michael Diederich abberufen hat.", []),
    ],
)
def test_negations_and_hedges_of_another_clause(text: str, rows: list[tuple[str, str, str]]) -> None:
    assert _dismissals(text) == rows


@pytest.mark.parametrize(
    ("text", "dismissed"),
    [
        # bug: the name after "von" was skipped as inside a prepositional phrase, and the next
        # name, the main clause's subject, was dismissed
        ("Nach der Entlassung von Peter Huber übernahm Anna Berg das Ministerium.", ["Peter Huber"]),
        ("Die Entlassung von Innenminister Peter Huber sorgte für Aufsehen.", ["Peter Huber"]),
        ("Nach der Entlassung des Ministers übernahm Anna Berg das Ministerium.", ["der Minister"]),
    ],
)
def test_the_dismissed_of_a_nominal_dismissal(text: str, dismissed: list[str]) -> None:
    assert [row[0] for row in _dismissals(text)] == dismissed


def test_a_titled_name_after_the_verb_is_the_subject_after_a_subordinate_vorfeld() -> None:
    # bug: "übernahm Staatssekretär X" found no subject (only articles or organisations were read)
    text = (
        "Nachdem die Regierung Innenminister Peter Huber entlassen hatte, "
        "übernahm Staatssekretär Anna Berg kommissarisch die Leitung des Ministeriums."
    )
    assert [(a[0], a[2]) for a in _appointments(text)] == [("Anna Berg", "Leitung des Ministeriums")]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # bug: the "von" of "Nach dem Rücktritt von X" was read as the passive's agent
        ("Nach dem Rücktritt von Anna Berg wurde Peter Huber zum Parteichef gewählt.", None),
        ("Peter Huber wurde am Dienstag vom Parteitag zum Parteichef gewählt.", "Parteitag"),
        ("Vom Parteitag wurde Peter Huber zum Parteichef gewählt.", "Parteitag"),
    ],
)
def test_the_agent_of_a_passive_is_not_inside_the_vorfeld_phrase(text: str, agent: str | None) -> None:
    assert [(a[0], a[1]) for a in _appointments(text)] == [("Peter Huber", agent)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Als Nachfolger von Anna Berg wurde Peter Huber bestimmt.", [("Peter Huber", "Anna Berg")]),
        # the club is the subject, not the successor; "Als Nachfolger" is no person; the name
        # after "der Verein" is a phrase of its own (the object), the one who follows Anna Berg
        (
            "Als Nachfolger von Anna Berg hat der Verein Peter Huber verpflichtet.",
            [("Peter Huber", "Anna Berg")],
        ),
        # candidates, not successors
        ("Als Nachfolger von Anna Berg gilt Peter Huber.", []),
        ("Als Nachfolger von Anna Berg ist Peter Huber vorgesehen.", []),
    ],
)
def test_als_nachfolger_von(text: str, rows: list[tuple[str, str]]) -> None:
    assert [(r[0], r[1]) for r in _replacements(text)] == rows


@pytest.mark.parametrize(
    ("text", "office"),
    [
        # a capitalised adjective belongs to the title's name, in the nominative
        ("Der Regierende Bürgermeister Kai Wegner trat zurück.", "Regierender Bürgermeister"),
        (
            "Der Verein beförderte den Technischen Direktor Christoph Freund zum Sportvorstand.",
            "Technischer Direktor",
        ),
        ("Die Technische Direktorin Anna Berg trat zurück.", "Technische Direktorin"),
        # a place adjective does not; a nominalised title keeps its adjective's form (bug:
        # "stellvertretender Vorsitzende")
        ("Der Hamburger Polizeipräsident Ralf Meyer trat zurück.", "Polizeipräsident"),
        ("Der stellvertretende Vorsitzende Peter Huber trat zurück.", "stellvertretende Vorsitzende"),
    ],
)
def test_office_labels_with_adjectives(text: str, office: str) -> None:
    assert [o.office for o in facts(text).offices] == [office]


@pytest.mark.parametrize(
    "text",
    [
        # bug: a prepositional phrase after the subject hid it, and the appointee became the agent
        "Der Landtag in Schleswig-Holstein hat die bisherige Staatssekretärin Anna Gehrke zur neuen "
        "Justizministerin gewählt.",
        "Der Landtag in Kiel wählte Anna Gehrke zur Justizministerin.",
    ],
)
def test_a_prepositional_phrase_after_the_subject(text: str) -> None:
    assert _appointments(text) == [("Anna Gehrke", "Der Landtag", "Justizministerin")]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # bug: a name inside the phrase attached to the subject reversed agent and dismissed
        ("Die Regierung von Peter Huber entließ Innenministerin Anna Berg.", ("Anna Berg", "Die Regierung")),
        ("Der Anwalt von Peter Huber hat Anna Berg entlassen.", ("Anna Berg", "Der Anwalt")),
    ],
)
def test_a_name_in_the_phrase_attached_to_the_subject(text: str, row: tuple[str, str]) -> None:
    assert [(d[0], d[1]) for d in _dismissals(text)] == [row]
