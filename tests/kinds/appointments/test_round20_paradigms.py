"""Round 20: appointment constructions real news uses, as a paradigm of office rows and
construction columns (own sentences, invented names). The copula after a name with an age or a
description set off ("X (52), Juristin, wird neue Y"), an inverted title with a name of several
words in the genitive, a season adjunct ("zu Beginn der Spielzeit 2027/2028"), "ist nun X",
"geht als X ans Theater", an election or re-election into an office the article does not name,
a subject shared with the conjunct before ("X wechselt nach Y und wird neue Z"), gapped conjuncts
sharing the verb, a place's adjective before the title. Look-alikes: plans, rumours, candidacy,
a post kept, a question, a span of time held, a player signed with the coach."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows

# (first name, surname, bare title, "neue(r)" title, genitive body, place phrase)
ROWS = [
    (
        "Torben",
        "Hallmeier",
        "Intendant",
        "neuer Intendant",
        "des Stadttheaters Welsbach",
        "am Stadttheater Welsbach",
    ),
    (
        "Ilka",
        "Vorderbrügge",
        "Polizeipräsidentin",
        "neue Polizeipräsidentin",
        "des Präsidiums Ostmark",
        "in Ostmark",
    ),
    (
        "Jost",
        "Quernheim",
        "Generalvikar",
        "neuer Generalvikar",
        "des Bistums Kellbrunn",
        "im Bistum Kellbrunn",
    ),
    ("Falk", "Brösemann", "Trainer", "neuer Trainer", "des FC Grünau Süd", "beim FC Grünau Süd"),
    (
        "Greta",
        "Olsberger",
        "Präsidentin",
        "neue Präsidentin",
        "der Hochschule Ebersfeld",
        "an der Hochschule Ebersfeld",
    ),
    (
        "Hauke",
        "Stemmler",
        "Musikdirektor",
        "neuer Musikdirektor",
        "des Landestheaters Parchwitz",
        "am Landestheater Parchwitz",
    ),
]

POSITIVE = {
    "description_set_off": "{f} {s}, bisher {o} in Mendorf, wird {n} {g}.",
    "age_and_description": "{f} {s} (52), Juristin, wird {n} {g}.",
    "described_then_named_with_age": "Der frühere Kaplan in Mendorf, {f} {s} (61), wird {n} {g}.",
    "season_adjunct": "{f} {s} wird zu Beginn der Spielzeit 2027/2028 {o} {p}.",
    "inverted_genitive_name": "{N} {g} wird {f} {s}.",
    "ist_nun": "{f} {s} ist nun {o} {g}.",
    "geht_als_zu": "{f} {s} geht zur Spielzeit 2027/2028 als {o} ans Theater Welsbach.",
    "re_elected_bare": "{f} {s}, seit 2019 {o} {g}, wurde bis 2031 wiedergewählt.",
    "elected_into_office": "Die Delegierten wählten {o} {f} {s} mit 91 Prozent erneut ins Amt.",
    "conjunct_subject": "{f} {s} wechselt aus Mendorf nach Welsbach und wird {n} {g}.",
    "gapped_conjunct": (
        "Am 4. Mai wird Lutz Ebbinghaus das Amt als {o} in Mendorf übernehmen, am 9. Mai {f} {s} in Welsbach."
    ),
    "honorifics_ist_seit_neu": "Prof. Dr. {f} {s} ist seit dem 1. März 2027 {n} {g}.",
}

LOOK_ALIKES = {
    "plan": "{f} {s} soll {n} {g} werden.",
    "rumour": "{f} {s} ist als {n} {g} im Gespräch.",
    "post_kept_with_set_off": "{f} {s} (58), seit 2015 im Amt, bleibt {o} {g}.",
    "description_set_off_plan": "{f} {s}, bisher {o} in Mendorf, soll {n} {g} werden.",
    "span_held": "{f} {s} ist nun seit zehn Jahren {o} {g}.",
    "candidacy": "{f} {s} kandidiert als {o} {g}.",
    "question_with_ob": "Ob {f} {s} wiedergewählt wird, ist offen.",
    "question_with_ob_after": "Offen ist, ob {f} {s} wiedergewählt wird.",
    "not_re_elected": "{f} {s} wurde nicht wiedergewählt.",
    "geht_in_den_ruhestand": "{f} {s} geht als {o} in den Ruhestand.",
    "geht_als_favorit": "{f} {s} geht als Favorit ins Rennen um den Posten.",
    "conjunct_other_verb": "{f} {s} wechselt aus Mendorf nach Welsbach und wird dort ein Haus bauen.",
    "gapped_player_signed": (
        "Der FC Welsbach hat Lutz Ebbinghaus als {o} verpflichtet, dazu den Stürmer {f} {s}."
    ),
}


def _sentence(template: str, row: tuple[str, ...]) -> str:
    f, s, o, n, g, p = row
    return template.format(f=f, s=s, o=o, n=n, N=n[0].upper() + n[1:], g=g, p=p)


@pytest.mark.parametrize("row", ROWS, ids=[r[1] for r in ROWS])
@pytest.mark.parametrize("column", sorted(POSITIVE))
def test_appointment_construction(column: str, row: tuple[str, ...]) -> None:
    text = _sentence(POSITIVE[column], row)
    assert any(r[0] == f"{row[0]} {row[1]}" for r in appointment_rows(text)), text


@pytest.mark.parametrize("row", ROWS, ids=[r[1] for r in ROWS])
@pytest.mark.parametrize("column", sorted(LOOK_ALIKES))
def test_look_alike_gives_no_appointment(column: str, row: tuple[str, ...]) -> None:
    text = _sentence(LOOK_ALIKES[column], row)
    assert not any(row[1] in r[0] for r in appointment_rows(text)), text


def test_gapped_conjunct_keeps_the_post_and_each_appointee() -> None:
    rows = appointment_rows(
        "Am 4. Mai wird Lutz Ebbinghaus das Amt als Polizeipräsident von Mendorf übernehmen, "
        "am 9. Mai Ilka Vorderbrügge (46) in Welsbach."
    )
    assert sorted(r[0] for r in rows) == ["Ilka Vorderbrügge", "Lutz Ebbinghaus"]
    # the post in each holder's gender
    assert dict((r[0], r[2]) for r in rows) == {
        "Lutz Ebbinghaus": "Polizeipräsident",
        "Ilka Vorderbrügge": "Polizeipräsidentin",
    }


def test_name_between_dashes_is_the_object_not_the_agent() -> None:
    rows = appointment_rows(
        "Bischof Arno Zettlitz hat den Pfarrer von Mendorf – Domkapitular Dr. Jost Quernheim – "
        "zum Generalvikar ernannt."
    )
    assert rows == [("Jost Quernheim", "Bischof Arno Zettlitz", "Generalvikar")] or rows == [
        ("Jost Quernheim", "Arno Zettlitz", "Generalvikar")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die neue Kölner Polizeipräsidentin Miriam Hallmeier wird am Montag vereidigt.",
        "Miriam Hallmeier wird neue Düsseldorfer Polizeipräsidentin.",
    ],
)
def test_place_adjective_between_neu_and_title(text: str) -> None:
    rows = appointment_rows(text)
    assert [r[0] for r in rows] == ["Miriam Hallmeier"] and rows[0][2] == "Polizeipräsidentin"


def test_held_office_with_place_adjective_is_no_appointment() -> None:
    assert appointment_rows("Die Kölner Polizeipräsidentin Miriam Hallmeier wird am Montag vereidigt.") == []


def test_deputy_post_is_another_event_than_the_post() -> None:
    rows = appointment_rows(
        "Am 1. Mai ernannte der Bischof Pfarrer Torben Hallmeier zum stellvertretenden Generalvikar. "
        "Im Herbst wurde Torben Hallmeier zum Generalvikar ernannt."
    )
    assert sorted(r[2] for r in rows) == ["Generalvikar", "stellvertretender Generalvikar"]


def test_list_item_bullet_opens_no_sentence_of_its_own() -> None:
    rows = appointment_rows(
        "Personalien\n  • Professorin Greta Olsberger wird neue Präsidentin der Hochschule Ebersfeld."
    )
    assert [r[0] for r in rows] == ["Greta Olsberger"]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Greta Olsberger wird das Bistum Kellbrunn leiten.", "Bistum"),
        ("Greta Olsberger wird ab Mai das Stadtmuseum leiten.", "Stadtmuseum"),
        ("Das Präsidium Ostmark wird zukünftig von Greta Olsberger geleitet.", "Präsidium"),
        ("Greta Olsberger leitet seit neuestem das Stadtmuseum.", "Stadtmuseum"),
    ],
)
def test_leading_from_now_or_in_the_future(text: str, office: str) -> None:
    assert appointment_rows(text) == [("Greta Olsberger", None, office)]


@pytest.mark.parametrize(
    "text",
    [
        "Greta Olsberger wird die Sitzung leiten.",  # a task, no unit
        "Greta Olsberger wird das Institut weiter leiten.",  # goes on
        "Greta Olsberger leitet seit Jahren das Institut.",  # held
        "Greta Olsberger soll das Institut leiten.",  # a plan
        "Greta Olsberger wird den Verein Welsbach in die Zukunft führen.",  # a promise
    ],
)
def test_leading_held_or_planned_is_no_appointment(text: str) -> None:
    assert appointment_rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dort wurde Greta Olsberger von 94 Prozent der Delegierten gewählt.",
        "Die Delegierten wählten Greta Olsberger mit 210 Stimmen.",
        "Greta Olsberger wurde mit 60 Prozent der Stimmen gewählt, teilte die Partei mit.",
    ],
)
def test_votes_tell_an_election_without_a_post(text: str) -> None:
    assert [r[0] for r in appointment_rows(text)] == ["Greta Olsberger"]


@pytest.mark.parametrize(
    "text",
    [
        "Greta Olsberger wurde mit 30 Prozent in den Landtag gewählt.",  # a seat in a parliament
        "Greta Olsberger wurde nicht mit 94 Prozent gewählt.",
        "Greta Olsberger hat mit 60 Prozent gewählt.",  # she voted
    ],
)
def test_votes_without_an_election_won(text: str) -> None:
    assert appointment_rows(text) == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Politikchef Timo Reske und Sportleiter Jan Ulm sind nun Vize-Chefredakteure.",
            ["Jan Ulm", "Timo Reske"],
        ),
        ("Timo Reske ist nun zusammen mit Lea Born Vize-Chefredakteur.", ["Timo Reske"]),
        (
            "Dem Verlag zufolge übernimmt Timo Reske, 61, die Funktionen als Verlagsleiter im Haus.",
            ["Timo Reske"],
        ),
        (
            "Es heißt, dass Timo Reske, 61, die Funktion als Verlagsleiter im Haus übernimmt.",
            ["Timo Reske"],
        ),
    ],
)
def test_titled_lists_company_and_functions_taken_as_a_title(text: str, people: list[str]) -> None:
    assert sorted(r[0] for r in appointment_rows(text)) == people


@pytest.mark.parametrize(
    "text",
    [
        "Politikchef Timo Reske und Sportleiter Jan Ulm sind seit Jahren Vize-Chefredakteure.",
        "Timo Reske übernimmt die Aufgaben von Jan Ulm.",  # standing in: no post named
    ],
)
def test_held_posts_and_duties_are_no_appointment(text: str) -> None:
    assert appointment_rows(text) == []


@pytest.mark.parametrize(
    ("text", "agent", "office"),
    [
        ("Der FC Obertal setzt auf Timo Reske als Trainer.", "Der FC Obertal", "Trainer"),
        ("Der Verein setzt künftig auf Timo Reske als neuen Cheftrainer.", "Der Verein", "Cheftrainer"),
        ("Der Verein hat auf Timo Reske als neuen Cheftrainer gesetzt.", "Der Verein", "Cheftrainer"),
    ],
)
def test_relied_on_for_a_post(text: str, agent: str, office: str) -> None:
    assert appointment_rows(text) == [("Timo Reske", agent, office)]


@pytest.mark.parametrize(
    "text",
    [
        "Der FC Obertal setzt weiter auf Timo Reske als Trainer.",  # kept
        "Der FC Obertal setzt auf Timo Reske als Torschützen.",  # no post
        "Der FC Obertal setzt nicht auf Timo Reske als Trainer.",
        "Der FC Obertal will auf Timo Reske als Trainer setzen.",  # a plan
        "Die Fans setzen auf Timo Reske als Retter.",
    ],
)
def test_relied_on_without_a_post_taken(text: str) -> None:
    assert appointment_rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lea Born, bisher Kämmerin, wird Bürgermeisterin von Obertal.",
        "Lea Born (39) wird Bürgermeisterin von Obertal.",
    ],
)
def test_bare_office_after_a_set_off_description(text: str) -> None:
    assert appointment_rows(text) == [("Lea Born", None, "Bürgermeisterin")]


def test_bare_office_kept_is_no_appointment() -> None:
    assert appointment_rows("Lea Born, bisher Kämmerin, wird Bürgermeisterin bleiben.") == []
