"""Round 21 arrest classes, read off measured misses and written as paradigms of own sentences
(invented names and places): verb-final subordinate clauses, custody told by admission to a
place of remand, unsized plurals, a count after a postposition, an infinitive set into the middle
field, names listed with a group, a body in a headline's Vorfeld, object pronouns before a
non-finite verb; each with look-alikes that tell no arrest."""

from __future__ import annotations

import pytest

from tests.extract_helpers import arrests, facts

_VERB_FINAL = [
    ("Als", "festnahmen"),
    ("Als", "verhafteten"),
    ("Als", "in Haft nahmen"),
    ("Sobald", "in Polizeigewahrsam nahmen"),
    ("Nachdem", "festgenommen hatten"),
    ("Nachdem", "in Gewahrsam genommen hatten"),
]


@pytest.mark.parametrize(("opener", "verb"), _VERB_FINAL)
def test_verb_final_subordinate_clause_object_is_the_arrested(opener: str, verb: str) -> None:
    got = facts(f"{opener} die Beamten den Mann {verb}, fanden sie zwei Pistolen.").arrests
    assert [(a.arrested.label, a.agent.label if a.agent else None) for a in got] == [
        ("der Mann", "die Beamten")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Als die Streife am Hof ankam und den Mann in Haft nahm, fand sie Waffen.",
        "Als die Polizei den Mann festnahm, fand sie Waffen.",
    ],
)
def test_coordinated_and_singular_subordinate_clauses(text: str) -> None:
    assert [label for label, _, _ in arrests(text)] == ["der Mann"]


@pytest.mark.parametrize(
    "text",
    [
        "Als die Beamten den Mann in Gewahrsam nehmen wollten, floh er.",  # an attempt
        "Als die Beamten den Mann nicht festnahmen, protestierten Anwohner.",  # negated
        "Die Beamten nahmen den Mann nicht in Gewahrsam, als sie ihn fanden.",
    ],
)
def test_verb_final_look_alikes(text: str) -> None:
    assert arrests(text) == []


_ADMISSION = [
    "wurde nach der Vernehmung in die Justizvollzugsanstalt eingeliefert",
    "wurde anschließend dem Untersuchungsgefängnis zugeführt",
    "wurde zuerst vernommen und danach der Justizvollzugsanstalt zugeführt",
    "wurde in die Justizvollzugsanstalt von Wemding eingeliefert",
    "wurde in die JVA Kressbach gebracht",
    "wurde in ein Polizeigewahrsam gebracht",
]


@pytest.mark.parametrize("phrase", _ADMISSION)
@pytest.mark.parametrize("subject", ["Der Beschuldigte", "Der 31-Jährige", "Olaf Brandtner"])
def test_admission_to_a_place_of_remand_is_custody(subject: str, phrase: str) -> None:
    got = arrests(f"{subject} {phrase}.")
    assert len(got) == 1
    label, name, _ = got[0]
    assert subject.split()[-1] in (name or label)


@pytest.mark.parametrize(
    "text",
    [
        "Der Verletzte wurde in ein Krankenhaus eingeliefert.",
        "Der Mann wurde mit schweren Verletzungen in eine Klinik gebracht.",
        "Der Gefangene wurde aus der Justizvollzugsanstalt entlassen.",
        "Die Akten wurden dem Gericht zugeführt.",
        "Wird der Mann in die Justizvollzugsanstalt eingeliefert?",
        "Der Mann wurde nicht in die Justizvollzugsanstalt eingeliefert.",
        "Die Justizvollzugsanstalt wurde 1980 gebaut und später erweitert.",
        "Nach seiner Verurteilung wurde der Mann zum Haftantritt in die JVA gebracht.",
        "Die Verurteilte wurde zur Verbüßung ihrer Freiheitsstrafe in die Justizvollzugsanstalt gebracht.",
    ],
)
def test_admission_look_alikes(text: str) -> None:
    assert arrests(text) == []


@pytest.mark.parametrize("determiner", ["weitere", "andere", "einige"])
@pytest.mark.parametrize("noun", ["Demonstranten", "Aktivisten", "Oppositionelle", "Studenten"])
@pytest.mark.parametrize("verb", ["festgenommen", "in Gewahrsam genommen", "verhaftet"])
def test_unsized_plural_is_a_group_without_count(determiner: str, noun: str, verb: str) -> None:
    got = arrests(f"Auch {determiner} {noun} wurden am Abend {verb}.")
    assert got == [(f"{determiner} {noun}", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Weitere 20 Menschen wurden festgenommen.", [("20 Menschen", None, 20)]),
        (
            "Erst einige Zeit danach wurde Jon Hallik verhaftet.",
            [("Jon Hallik", "Jon Hallik", None)],
        ),
        ("Ein Mann wurde festgenommen, andere Demonstranten flohen.", [("ein Mann", None, 1)]),
        ("Einige Demonstranten flohen vor der Polizei.", []),
        ("Es kam zu weiteren Festnahmen.", []),  # as often expected as made
        ("Die Polizei schließt weitere Festnahmen nicht aus.", []),
    ],
)
def test_unsized_plural_look_alikes(text: str, expected: list) -> None:
    assert arrests(text) == expected


@pytest.mark.parametrize(
    "source", ["Medienberichten zufolge", "Polizeiangaben zufolge", "der Zeitung zufolge"]
)
@pytest.mark.parametrize("verb", ["festgenommen", "in Gewahrsam genommen"])
def test_count_after_a_source_with_zufolge(source: str, verb: str) -> None:
    got = arrests(f"In Borkum wurden {source} rund 80 Demonstranten {verb}.")
    assert [(label, count) for label, _, count in got] == [("rund 80 Demonstranten", 80)]


@pytest.mark.parametrize(
    "insertion",
    ["bei dem Versuch, eine Brücke zu besetzen,", "beim Versuch, über den Zaun zu klettern,"],
)
def test_infinitive_set_into_the_middle_field(insertion: str) -> None:
    got = arrests(f"Jan Kovac und Ivo Laska wurden {insertion} festgenommen.")
    assert [name for _, name, _ in got] == ["Jan Kovac", "Ivo Laska"]


@pytest.mark.parametrize("adjectives", ["", "frühere ", "ehemalige langjährige "])
def test_list_member_after_determiner_and_adjectives(adjectives: str) -> None:
    text = (
        f"Der Vorsitzende der Partei Morgen, Jan Kovac, und der {adjectives}Bürgermeister Ivo Laska "
        "wurden festgenommen."
    )
    assert [name for _, name, _ in arrests(text)] == ["Jan Kovac", "Ivo Laska"]


@pytest.mark.parametrize(
    "text",
    [
        'Auch Lukas Brenner, Sprecher der Gruppe "Neue Mitte", und mindestens vier andere '
        "Aktivisten wurden abgeführt.",
        "Lukas Brenner und zwölf weitere Demonstranten wurden festgenommen.",
        "Der Aktivist Lukas Brenner sowie mehrere Studenten wurden in Gewahrsam genommen.",
    ],
)
def test_names_listed_with_a_group(text: str) -> None:
    names = [name for _, name, _ in arrests(text) if name]
    assert names == ["Lukas Brenner"]


@pytest.mark.parametrize(
    "text",
    [
        "Lukas Brenner sagte, zwölf Demonstranten seien festgenommen worden.",
        "Während Lukas Brenner sprach, wurden zwölf Demonstranten festgenommen.",
        "Nach Angaben von Lukas Brenner wurden zwölf Demonstranten festgenommen.",
    ],
)
def test_names_outside_the_list_are_not_arrested(text: str) -> None:
    assert all(name is None for _, name, _ in arrests(text))


@pytest.mark.parametrize("body", ["Staatsanwaltschaft", "Nordische Justiz", "Polizei", "Die Polizei"])
@pytest.mark.parametrize("verb", ["verhaftet", "nimmt"])
def test_headline_body_in_the_vorfeld_arrests_the_name_after_the_verb(body: str, verb: str) -> None:
    tail = " fest" if verb == "nimmt" else ""
    got = facts(f"{body} {verb} Regierungskritiker Petr Holan{tail}").arrests
    assert [(a.arrested.name, a.agent.label if a.agent else None) for a in got] == [("Petr Holan", body)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zoll fasst Schmuggler bei Kontrolle an der Grenze", "Schmuggler"),
        ("Polizei nimmt Einbrecher in Kiel fest", "Einbrecher"),
        ("Fahnder schnappen Schmuggler am Hafen", "Schmuggler"),
    ],
)
def test_headline_bare_object_before_a_time_or_place(text: str, expected: str) -> None:
    assert [label for label, _, _ in arrests(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Regierungskritiker Petr Holan kritisiert Justiz",
        "Polizei warnt vor Betrügern in Kiel",
        "Polizei sucht Zeugen nach Unfall",
        "Polizei verhaftet Anführer der Proteste nicht",
    ],
)
def test_headline_look_alikes(text: str) -> None:
    assert arrests(text) == []


@pytest.mark.parametrize(
    "second",
    [
        "Die Polizei hat ihn festgenommen.",
        "Die Polizei konnte ihn kurz darauf festnehmen.",
        "Ein Polizist habe ihn festnehmen können.",
        "Beamte haben ihn am Bahnhof in Gewahrsam genommen.",
    ],
)
def test_object_pronoun_before_a_non_finite_verb(second: str) -> None:
    got = arrests(f"Ein 43-Jähriger bedrohte am Abend Passanten. {second}")
    assert [(label, count) for label, _, count in got] == [("ein 43-Jähriger", 1)]


@pytest.mark.parametrize(
    "second",
    [
        "Die Polizei wollte ihn festnehmen.",
        "Die Polizei hat ihn nicht festgenommen.",
        "Die Polizei hat ihn befragt.",
        "Ich dachte, dass die Beamten ihn festnehmen.",  # a belief, no bracket of a perfect or modal
        "Sie fürchteten, dass Beamte ihn am Bahnhof festnehmen.",
    ],
)
def test_object_pronoun_look_alikes(second: str) -> None:
    assert arrests(f"Ein 43-Jähriger bedrohte am Abend Passanten. {second}") == []


def test_hedge_in_a_misread_opening_clause_stays_there() -> None:
    text = (
        "Zwei Männer brachen in ein Haus ein. Als die Männer fliehen wollten, wurden sie gefasst "
        "und festgenommen."
    )
    assert arrests(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Damit eine Verdächtige in U-Haft kommt, braucht es einen Grund.",
        "Damit ein Beschuldigter in Gewahrsam kommt, entscheidet ein Richter.",
        "Die Polizei sperrte die Straße, damit die Beamten den Mann festnehmen konnten.",
    ],
)
def test_purpose_clause_tells_no_arrest(text: str) -> None:
    assert arrests(text) == []


@pytest.mark.parametrize("text", ["Damit wurde der Mann festgenommen.", "Damit war der Mann festgenommen."])
def test_damit_as_an_adverb_keeps_the_arrest(text: str) -> None:
    assert [label for label, _, _ in arrests(text)] == ["der Mann"]


@pytest.mark.parametrize(
    ("first", "second", "count"),
    [
        ("Zwei Männer brachen in ein Haus ein.", "Die Männer wurden kurz darauf festgenommen.", 2),
        ("Drei Männer stritten sich.", "Als die Männer fliehen wollten, wurden sie festgenommen.", 3),
        ("Anwohner sahen zwei mutmaßliche Einbrecher.", "Die Einbrecher wurden festgenommen.", 2),
    ],
)
def test_definite_plural_retells_the_group_counted_before(first: str, second: str, count: int) -> None:
    assert [c for _, _, c in arrests(f"{first} {second}")] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "Die Männer wurden festgenommen.",  # nobody counted them
        "Zwei Frauen stritten sich. Die Männer wurden später festgenommen.",  # another noun
    ],
)
def test_definite_plural_without_a_count_before(text: str) -> None:
    assert [c for _, _, c in arrests(text)] == [None]


@pytest.mark.parametrize("age", ["im Alter von 31 Jahren", "im Alter zwischen 20 und 25 Jahren"])
def test_age_of_a_counted_group_does_not_split_the_list(age: str) -> None:
    got = arrests(f"Zwei Frauen {age} und zwei Männer wurden festgenommen.")
    assert [c for _, _, c in got] == [4]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Zwei 30-jährige Männer und eine Frau wurden festgenommen.", 3),
        (
            "Die Verdächtigen, drei Frauen im Alter von 31 Jahren und zwei 19-jährige Männer, wurden "
            "in die JVA gebracht.",
            5,
        ),
    ],
)
def test_age_between_count_and_noun_keeps_the_joined_group(text: str, count: int) -> None:
    assert [c for _, _, c in arrests(text)] == [count]
