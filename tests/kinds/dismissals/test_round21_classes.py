"""Dismissals and resignations, round 21 (issue 24): construction classes of real news the
extractor missed or misread, each as a paradigm (lexeme rows x construction columns) with
look-alikes that must give nothing. Own invented sentences, names and bodies."""

from __future__ import annotations

import pytest

from tests.extract_helpers import dismissal_rows, facts


def _dismissed(text: str) -> list[str]:
    return [row[0] for row in dismissal_rows(text)]


def _resigned(text: str) -> list[str]:
    return [r.resigned.label for r in facts(text).resignations]


# made to go ("müssen" idioms): a time or reason between the modal and the verb keeps the sense
MADE_TO_GO = ["gehen", "seine Koffer packen", "den Verein verlassen", "seinen Posten räumen"]


@pytest.mark.parametrize("verb", MADE_TO_GO)
@pytest.mark.parametrize(
    "template",
    [
        "Trainer Jonas Wiebeck musste {verb}.",
        "Trainer Jonas Wiebeck musste am Dienstag {verb}.",
        "Trainer Jonas Wiebeck musste nach der fünften Niederlage in Folge {verb}.",
        "Trainer Jonas Wiebeck musste wegen der Spesenaffäre {verb}.",
        "Nach der Pleite gegen Ostrach musste Trainer Jonas Wiebeck {verb}.",
    ],
)
def test_made_to_go_past_a_time_or_reason(template: str, verb: str) -> None:
    assert _dismissed(template.format(verb=verb)) == ["Jonas Wiebeck"]


@pytest.mark.parametrize("verb", ["gehen", "seine Koffer packen"])
@pytest.mark.parametrize(
    "template",
    [
        "Trainer Jonas Wiebeck musste zum Arzt {verb}.",
        "Trainer Jonas Wiebeck musste im Urlaub {verb}.",
        "Trainer Jonas Wiebeck musste nach Hause {verb}.",
        "Trainer Jonas Wiebeck musste nach Talheim {verb}.",
        "Trainer Jonas Wiebeck musste in Rente {verb}.",
        "Trainer Jonas Wiebeck musste in die Kabine {verb}.",
        "Trainer Jonas Wiebeck musste vor Gericht {verb}.",
        "Trainer Jonas Wiebeck musste mit seiner Frau {verb}.",
        "Trainer Jonas Wiebeck musste nicht {verb}.",
        "Muss Trainer Jonas Wiebeck jetzt {verb}?",
    ],
)
def test_made_to_go_look_alikes(template: str, verb: str) -> None:
    assert _dismissed(template.format(verb=verb)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Jonas Wiebeck musste nach dem Essen gehen.",  # no post of his is named
        "Trainer Jonas Wiebeck musste das Land verlassen.",  # no body of the post
        "Trainer Jonas Wiebeck musste das Spielfeld nach der roten Karte verlassen.",
        "Es war klar, dass Trainer Jonas Wiebeck das Land verlassen muss.",
    ],
)
def test_made_to_leave_look_alikes(text: str) -> None:
    assert _dismissed(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body in brackets after each name is the post's
        ("Damals mussten Jonas Wiebeck (SC Talheim) und Ole Brankow (FV Ostrach) gehen.", 2),
        ("Im Herbst mussten Jonas Wiebeck (SC Talheim) und Ole Brankow (FV Ostrach) ihre Koffer packen.", 2),
        # a gapped conjunct shares the verb
        ("Jonas Wiebeck musste beim Zulieferer Kerntec gehen, Ole Brankow beim Versorger Lahnwerk.", 2),
        (
            "Jonas Wiebeck musste beim Zulieferer Kerntec gehen, Ole Brankow beim Versorger Lahnwerk und "
            "Timo Pellmann beim Maschinenbauer Rotor.",
            3,
        ),
        ("Vorstandschef Jonas Wiebeck musste den Konzern verlassen, Ole Brankow die Bank.", 1),
    ],
)
def test_made_to_go_lists(text: str, expected: int) -> None:
    assert len(_dismissed(text)) == expected


def test_an_age_in_brackets_names_no_body() -> None:
    assert _dismissed("Jonas Wiebeck (58) musste nach dem Spiel gehen.") == []


# parting: a body ends its work with a person
@pytest.mark.parametrize(
    "text",
    [
        "Der FV Ostrach beendete am Sonntag die Zusammenarbeit mit Trainer Jonas Wiebeck.",
        "Der FV Ostrach hat mit Trainer Jonas Wiebeck die Zusammenarbeit beendet.",
        "Der FV Ostrach beendet die Zusammenarbeit mit Jonas Wiebeck mit sofortiger Wirkung.",
        "Der FV Ostrach trennte sich von dem 61 Jahre alten Trainer Jonas Wiebeck.",
    ],
)
def test_parting_with_a_person(text: str) -> None:
    assert _dismissed(text) == ["Jonas Wiebeck"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Trainer beendete die Zusammenarbeit mit seinem Berater Jonas Wiebeck.",
        "Die Firma beendete die Zusammenarbeit mit der Agentur Blaupunkt.",
        "Der FV Ostrach will die Zusammenarbeit mit Trainer Jonas Wiebeck beenden.",
        "Der FV Ostrach beendete die Zusammenarbeit mit Trainer Jonas Wiebeck nicht.",
        "Der FV Ostrach beendete die Saison auf Platz drei.",
    ],
)
def test_parting_look_alikes(text: str) -> None:
    assert _dismissed(text) == []


def test_an_age_before_the_title_is_no_count() -> None:
    text = "Der Drittligist hat sich von dem 61 Jahre alten einstigen Auswahltrainer getrennt."
    assert _dismissed(text) == ["dem 61 Jahre alten einstigen Auswahltrainer"]


# a counted subject or object and the list of its members
PARTICIPLES = ["entlassen", "abgesetzt", "gefeuert", "abberufen", "freigestellt", "beurlaubt"]
FINITES = [("entließ", ""), ("setzte", " ab"), ("feuerte", ""), ("berief", " ab"), ("stellte", " frei")]


@pytest.mark.parametrize("pp", PARTICIPLES)
@pytest.mark.parametrize(
    "template",
    [
        "Mit Jonas Wiebeck und Ole Brankow wurden am Montag zwei Geschäftsführer {pp}.",
        "Es war im Mai, als mit Jonas Wiebeck (SC Talheim) und Ole Brankow (FV Ostrach) zwei Trainer "
        "{pp} wurden.",
    ],
)
def test_members_of_a_counted_subject(template: str, pp: str) -> None:
    assert _dismissed(template.format(pp=pp)) == ["Jonas Wiebeck", "Ole Brankow"]


@pytest.mark.parametrize(("fin", "part"), FINITES)
@pytest.mark.parametrize(
    "template",
    [
        "Der Aufsichtsrat {fin} zwei Geschäftsführer{part}: Jonas Wiebeck und Ole Brankow.",
        "Der Präsident {fin} die Leiter zweier Ämter{part} – Jonas Wiebeck vom Amt Nord und Ole Brankow "
        "vom Amt Süd.",
    ],
)
def test_members_listed_after_a_mark(template: str, fin: str, part: str) -> None:
    rows = dismissal_rows(template.format(fin=fin, part=part))
    assert [r[0] for r in rows] == ["Jonas Wiebeck", "Ole Brankow"]
    assert all(r[1] in ("Der Aufsichtsrat", "Der Präsident") for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Mit Jonas Wiebeck und Ole Brankow wurden zwei Geschäftsführer vereidigt.",
        "Mit Jonas Wiebeck und Ole Brankow sprach der Kanzler, bevor zwei Minister entlassen wurden.",
        "Der Aufsichtsrat lobte zwei Geschäftsführer: Jonas Wiebeck und Ole Brankow.",
    ],
)
def test_member_look_alikes(text: str) -> None:
    assert not {"Jonas Wiebeck", "Ole Brankow"} & set(_dismissed(text))


# subjects listed together are no object
@pytest.mark.parametrize("pp", PARTICIPLES)
def test_listed_subjects_are_no_object(pp: str) -> None:
    text = f"Der SC Talheim und der FV Ostrach haben ihre Trainer Jonas Wiebeck und Ole Brankow {pp}."
    assert _dismissed(text) == ["Jonas Wiebeck", "Ole Brankow"]


@pytest.mark.parametrize(
    "text",
    [
        "Der SC Talheim und der FV Ostrach haben jeweils den Trainer entlassen.",
        "Sowohl der SC Talheim, der FV Ostrach als auch der TSV Kernen haben den Trainer gefeuert.",
    ],
)
def test_a_listed_subject_is_never_the_dismissed(text: str) -> None:
    dismissed = _dismissed(text)
    assert not any(club in d for d in dismissed for club in ("Talheim", "Ostrach", "Kernen"))


# apposition and coordination reaching the person
@pytest.mark.parametrize("pp", PARTICIPLES)
def test_opening_apposition_past_a_long_title(pp: str) -> None:
    text = f"Der Bürgermeister der am Fluss gelegenen Stadt Talheim, Jonas Wiebeck, wurde {pp}."
    assert _dismissed(text) == ["Jonas Wiebeck"]


def test_opening_apposition_past_a_relative_clause() -> None:
    text = "Der Bürgermeister von Talheim, Jonas Wiebeck, dessen Amtszeit umstritten war, wurde abgesetzt."
    assert _dismissed(text) == ["Jonas Wiebeck"]


def test_a_relative_clause_is_no_apposition() -> None:
    text = "Der Bürgermeister von Talheim, den Jonas Wiebeck lange kritisiert hatte, wurde abgesetzt."
    assert "Jonas Wiebeck" not in _dismissed(text)


def test_second_member_with_a_long_title() -> None:
    text = (
        "Auch der stellvertretende Innenminister Jonas Wiebeck und der stellvertretende Minister "
        "für Verkehr Ole Brankow wurden entlassen."
    )
    assert _dismissed(text) == ["Jonas Wiebeck", "Ole Brankow"]


def test_the_von_phrase_of_a_title_is_no_member() -> None:
    text = "Entlassen wurde Jonas Wiebeck und der Sprecher von Ole Brankow blieb."
    assert "Ole Brankow" not in _dismissed(text)


def test_relieved_of_ones_service() -> None:
    text = "Der Präsident hat den Gouverneur von Talheim, Jonas Wiebeck, von seinem Dienst entbunden."
    assert _dismissed(text) == ["Jonas Wiebeck"]


def test_service_without_possessive_is_no_post() -> None:
    assert _dismissed("Die Lehrerin wurde vom Dienst am Samstag entbunden.") == []


# a verb right before "und" closes its conjunct: the object is not the next verb's
def test_object_not_taken_from_the_next_conjunct() -> None:
    text = (
        "Präsident Ole Brankow gilt als launisch. Er hatte Aufsehen erregt, als er seinen Vertrauten "
        "Jonas Wiebeck als Chef der Kanzlei absetzte und durch den jungen Timo Pellmann ersetzte."
    )
    assert _dismissed(text) == ["Jonas Wiebeck"]


# resignations
@pytest.mark.parametrize(
    "text",
    [
        "Innenministerin Marla Sondheim gab ihren Posten ab.",
        "Innenministerin Marla Sondheim hat ihr Amt abgegeben.",
        "Marla Sondheim lege ihr Amt zum Monatsende nieder, teilte das Ministerium mit.",
    ],
)
def test_resignation_giving_up_ones_post(text: str) -> None:
    assert _resigned(text) == ["Marla Sondheim"]


@pytest.mark.parametrize(
    "text",
    [
        "Trainerin Marla Sondheim gab die Führung in der zweiten Halbzeit ab.",
        "Marla Sondheim gab ihr Paket am Schalter ab.",
        "Marla Sondheim gab ihre Stimme ab.",
        "Marla Sondheim will ihr Amt abgeben.",
        "Der FC Talheim gab die Führung ab.",
    ],
)
def test_resignation_look_alikes(text: str) -> None:
    assert _resigned(text) == []


# a subject in the middle field after a long Vorfeld
@pytest.mark.parametrize(("fin", "pp"), [("hat", "entlassen"), ("hat", "abgesetzt"), ("hat", "gefeuert")])
def test_middle_field_subject_after_a_long_vorfeld(fin: str, pp: str) -> None:
    text = (
        f"Ein Jahr nach dem Beginn der Offensive auf die Stadt {fin} der neue Präsident Wiebeck "
        f"einen hohen Offizier {pp}."
    )
    rows = dismissal_rows(text)
    assert [(r[0], r[1]) for r in rows] == [("einen hohen Offizier", "Wiebeck")]


def test_middle_field_subject_needs_an_accusative_object() -> None:
    rows = dismissal_rows("Im Mai hat der Verein den Trainer Jonas Wiebeck entlassen.")
    assert [(r[0], r[1]) for r in rows] == [("Jonas Wiebeck", "der Verein")]


# a list of names before a colon counted by the subject after it
@pytest.mark.parametrize(
    "verb",
    ["mussten am Montag ihre Koffer packen", "mussten am Montag gehen", "wurden am Montag entlassen"],
)
def test_headline_list_counted_by_the_subject(verb: str) -> None:
    text = f"Jonas Wiebeck, Ole Brankow und Timo Pellmann: Alle drei Coaches {verb}."
    assert _dismissed(text) == ["Jonas Wiebeck", "Ole Brankow", "Timo Pellmann"]


@pytest.mark.parametrize(
    "text",
    [
        "Jonas Wiebeck, Ole Brankow und Timo Pellmann: Drei Trainer stehen vor dem Aus.",
        "Jonas Wiebeck, Ole Brankow und Timo Pellmann: Drei Trainer müssen nicht gehen.",
        "Jonas Wiebeck und Ole Brankow: Zwei Minister wurden vereidigt.",
        "Jonas Wiebeck, Ole Brankow und Timo Pellmann: Zwei Trainer wurden entlassen.",
    ],
)
def test_headline_list_look_alikes(text: str) -> None:
    # (a count that does not count the list leaves the names out)
    assert not {"Jonas Wiebeck", "Ole Brankow", "Timo Pellmann"} & set(_dismissed(text))


def test_an_aside_between_dashes_is_no_goal() -> None:
    text = "Trainer Jonas Wiebeck musste am Dienstag – ausgerechnet zum Stichtag auf dem Markt – gehen."
    assert _dismissed(text) == ["Jonas Wiebeck"]


# one of a plural antecedent
@pytest.mark.parametrize("pp", PARTICIPLES)
@pytest.mark.parametrize(
    "template",
    [
        "Jonas Wiebeck ist einer von vier Coaches, die am Dienstag {pp} wurden.",
        "Marla Sondheim war eine der Ministerinnen, die im Mai {pp} wurden.",
    ],
)
def test_one_of_those_dismissed(template: str, pp: str) -> None:
    assert len(_dismissed(template.format(pp=pp))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Jonas Wiebeck ist einer von vier Coaches, die am Dienstag vereidigt wurden.",
        "Jonas Wiebeck ist einer von vier Coaches, die nicht entlassen wurden.",
        "Jonas Wiebeck kennt einen von vier Coaches, die entlassen wurden.",
    ],
)
def test_one_of_those_look_alikes(text: str) -> None:
    assert "Jonas Wiebeck" not in _dismissed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Bürgermeister der Stadt wurde wegen schwacher Leistungen ausgetauscht.",
        "Gouverneur Ole Brankow wurde am Montag ausgetauscht.",
        "Der Präsident tauschte den Gouverneur von Talheim aus.",
    ],
)
def test_replaced_holder_is_dismissed(text: str) -> None:
    assert len(_dismissed(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ole Brankow wurde in der 60. Minute ausgetauscht.",
        "Die beiden Staaten tauschten Gefangene aus.",
        "Die Minister tauschten sich über die Lage aus.",
        "Der Mechaniker hat den Motor ausgetauscht.",
    ],
)
def test_exchanged_look_alikes(text: str) -> None:
    assert _dismissed(text) == []


def test_a_person_parts_with_a_post_holder() -> None:
    rows = dismissal_rows("Der Sportdirektor trennte sich von Trainer Jonas Wiebeck.")
    assert [(r[0], r[1]) for r in rows] == [("Jonas Wiebeck", "Der Sportdirektor")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Sängerin trennte sich von ihrem Ehemann Jonas Wiebeck.",
        "Marla Sondheim trennte sich im Sommer von ihrem Freund Jonas Wiebeck.",
    ],
)
def test_private_separation_is_none(text: str) -> None:
    assert _dismissed(text) == []


# a possessor in -s is no participant
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brankows Stellvertreter wurde am Montag entlassen.", "Brankows Stellvertreter"),
        (
            "Brankows enge Berater in zwei Bezirken wurden ausgetauscht.",
            "Brankows enge Berater",
        ),
    ],
)
def test_possessor_is_no_participant(text: str, expected: str) -> None:
    assert _dismissed(text) == [expected]


# generalisations: every member of a class, a habit
@pytest.mark.parametrize(
    "text",
    [
        "Das gilt für alle Vereine, die im Winter ihren Coach entlassen haben.",
        "Das gilt für alle Vereine, die im Winter ihren Coach ausgetauscht haben.",
        "Jeder Verein, der seinen Trainer entlässt, zahlt eine Abfindung.",
        "Wieso Manager heute immer öfter gehen müssen",
        "Trainer müssen nach Niederlagen oft gehen.",
    ],
)
def test_generalisations_are_no_event(text: str) -> None:
    assert _dismissed(text) == []


def test_a_negation_past_a_colon_clause_is_another_clauses() -> None:
    text = (
        "Jonas Wiebeck musste beim Konzern Kerntec gehen, Ole Brankow beim Versorger Lahnwerk und "
        "Timo Pellmann beim Maschinenbauer Rotor: Keiner der drei Manager hat das gewollt."
    )
    assert _dismissed(text) == ["Jonas Wiebeck", "Ole Brankow", "Timo Pellmann"]


def test_a_negation_after_a_colon_of_the_event_itself() -> None:
    assert _dismissed("Der Verein teilte mit: Trainer Jonas Wiebeck wird nicht entlassen.") == []
