"""Round 21 classes of appointments, each over several lexemes with its look-alikes:
moving to a post told verb-final or in a subject relative clause ("…, der als Konsul nach Y
wechselt"), missions abroad and high posts taken over ("übernimmt die Botschaft in Y", "übernehmen
Schlüsselposten"), a service taken up with the title before it ("hatte als neue Leiterin ihren
Dienst aufgenommen"), further new holders in one sentence (own verb or gapped), the conjunct "und
wird dort TITLE", a possessor before the holder's description, two installed "in ihre Ämter"."""

from __future__ import annotations

import pytest

from tests.extract_helpers import appointment_rows


def _appointees(text: str) -> list[str]:
    return [row[0] for row in appointment_rows(text)]


@pytest.mark.parametrize("title", ["Botschafter", "Konsul", "Generalkonsul"])
@pytest.mark.parametrize(
    "frame",
    [
        "Die Ministerin ersetzt Timo Falkner, der als {t} nach Montevideo wechselt.",
        "Der bisherige Referent Timo Falkner wird künftig als {t} nach Montevideo wechseln.",
        "Timo Falkner ist im Frühjahr als {t} nach Montevideo gewechselt.",
    ],
)
def test_moving_to_a_post_verb_final(frame: str, title: str) -> None:
    assert "Timo Falkner" in _appointees(frame.format(t=title))


@pytest.mark.parametrize(
    "text",
    [
        "Timo Falkner will als Konsul nach Montevideo wechseln.",
        "Timo Falkner wird nicht als Konsul nach Montevideo wechseln.",
        "Die Ministerin traf Timo Falkner, der als Präsident das Thema wechselt.",
        "Timo Falkner wird als Präsident das Thema wechseln.",
    ],
)
def test_look_alikes_of_moving(text: str) -> None:
    assert "Timo Falkner" not in _appointees(text)


@pytest.mark.parametrize(
    "unit", ["die Botschaft in Asunción", "das Konsulat in Porto", "die Ständige Vertretung bei der OSZE"]
)
def test_a_mission_taken_over(unit: str) -> None:
    assert _appointees(f"Greta Solberg, bisher in Lima, übernimmt {unit}.") == ["Greta Solberg"]


@pytest.mark.parametrize(
    "text",
    [
        "Greta Solberg übernimmt während des Urlaubs die Vertretung von Timo Falkner.",
        "Der Konzern übernimmt die Botschaft als Mieter.",
    ],
)
def test_look_alikes_of_a_mission(text: str) -> None:
    assert "Greta Solberg" not in _appointees(text)


@pytest.mark.parametrize("post", ["Schlüsselposten", "Spitzenposten", "Führungspositionen"])
def test_high_posts_taken_by_a_listed_subject(post: str) -> None:
    text = f"Die bisherigen Staatssekretäre Greta Solberg und Timo Falkner übernehmen {post}."
    assert sorted(_appointees(text)) == ["Greta Solberg", "Timo Falkner"]


@pytest.mark.parametrize("title", ["Chefärztin", "Leiterin", "Direktorin"])
def test_service_taken_up_with_the_title_before(title: str) -> None:
    text = f"Im Mai hatte Greta Solberg als neue {title} der Klinik ihren Dienst aufgenommen."
    rows = appointment_rows(text)
    assert [r[0] for r in rows] == ["Greta Solberg"]
    assert rows[0][2] is not None and rows[0][2].startswith(title[:4])


def test_a_shift_begun_is_no_post() -> None:
    assert _appointees("Greta Solberg hat als Polizistin ihren Dienst um sechs Uhr aufgenommen.") == []


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Neuer Justizminister ist Timo Falkner, neue Kulturministerin wurde die bisherige "
            "Abgeordnete im Landtag, Greta Solberg.",
            "Greta Solberg",
        ),
        ("Neuer Konsul in Porto wird Timo Falkner, neue Konsulin in Braga Greta Solberg.", "Greta Solberg"),
        ("Neue Intendantin ist Greta Solberg, neuer Chefdirigent wird Timo Falkner.", "Timo Falkner"),
    ],
)
def test_further_new_holders_in_one_sentence(text: str, second: str) -> None:
    assert second in _appointees(text)


@pytest.mark.parametrize(
    "text",
    [
        "Timo Falkner wird Trainer, neuer Co-Trainer bleibt Jens Ortlieb.",
        "Timo Falkner ist Trainer, neue Spielerin ist Greta Solberg.",
    ],
)
def test_look_alikes_of_further_holders(text: str) -> None:
    assert not {"Jens Ortlieb", "Greta Solberg"} & set(_appointees(text))


@pytest.mark.parametrize("title", ["Botschafter", "Generalkonsul", "Chefredakteur"])
def test_moved_and_becomes_there(title: str) -> None:
    assert _appointees(f"Timo Falkner wechselt nach Porto und wird dort {title}.") == ["Timo Falkner"]


def test_moved_and_stays_is_no_post() -> None:
    assert _appointees("Timo Falkner wechselt nach Porto und wird dort Botschafter bleiben.") == []


@pytest.mark.parametrize("verb", ["ist", "wird"])
def test_a_possessor_before_the_description_is_not_the_holder(verb: str) -> None:
    text = f"Neue Ministerin {verb} Ortliebs bisherige Staatssekretärin Greta Solberg."
    assert _appointees(text) == ["Greta Solberg"]


def test_two_installed_into_their_offices_each_with_a_post() -> None:
    text = (
        "Innenministerin Karla Witt hat den neuen Polizeipräsidenten Timo Falkner und seinen "
        "Stellvertreter Jens Ortlieb in ihre Ämter eingeführt."
    )
    rows = sorted(appointment_rows(text))
    assert [r[0] for r in rows] == ["Jens Ortlieb", "Timo Falkner"]
    assert rows[0][2] == "Stellvertreter" and rows[1][2] == "Polizeipräsident"


@pytest.mark.parametrize(
    "departure",
    [
        "Der Verein hat Trainerin Karla Witt entlassen",
        "Vorstandschefin Karla Witt hat ihren Rücktritt erklärt",
    ],
)
def test_a_fronted_infinitive_takes_over_after_a_departure(departure: str) -> None:
    assert "Timo Falkner" in _appointees(f"{departure}, übernehmen wird Timo Falkner.")


def test_a_fronted_infinitive_without_a_departure_is_none() -> None:
    assert _appointees("Im Stadion war es laut, übernehmen wird Timo Falkner.") == []


@pytest.mark.parametrize("title", ["Botschafterin", "Generalkonsulin", "Trainerin"])
def test_a_place_and_a_titled_taker_without_an_object(title: str) -> None:
    text = f"In Porto übernimmt die derzeitige {title} in Braga, Greta Solberg."
    rows = appointment_rows(text)
    assert [r[0] for r in rows] == ["Greta Solberg"] and rows[0][2] == title


@pytest.mark.parametrize(
    "text",
    [
        "In Porto übernimmt Greta Solberg.",
        "In Porto übernahm in der 30. Minute Greta Solberg.",
    ],
)
def test_a_bare_take_over_without_title_or_departure_is_none(text: str) -> None:
    assert _appointees(text) == []


@pytest.mark.parametrize("job", ["seinen Job", "seine neue Stelle", "seinen Posten"])
def test_ones_own_job_taken_up(job: str) -> None:
    text = f"Botschafter Timo Falkner lebt in Rom. Falkner hatte {job} im Sommer angetreten."
    assert _appointees(text) == ["Timo Falkner"]


@pytest.mark.parametrize(
    "text", ["Timo Falkner trat seinen Dienst um sechs Uhr an.", "Timo Falkner trat die Reise an."]
)
def test_a_shift_or_a_journey_begun_is_no_post(text: str) -> None:
    assert _appointees(text) == []


def test_an_appointment_noun_still_due_is_none() -> None:
    assert _appointees("Am Abend steht im Landtag die Vereidigung von Timo Falkner als Minister an.") == []


def test_an_appointment_noun_decided_is_one() -> None:
    assert _appointees("Die Ernennung von Timo Falkner zum Minister steht fest.") == ["Timo Falkner"]


def test_the_name_in_apposition_not_whom_the_title_points_back_to() -> None:
    text = (
        "In Rom ist Botschafter Jens Ortlieb im Amt. Der bisherige Botschafter in Porto, Timo Falkner, "
        "wird ab Mai als Gesandter nach Lima wechseln."
    )
    assert _appointees(text) == ["Timo Falkner"]


def test_a_title_with_its_place_before_the_name_shares_the_subject() -> None:
    text = "Der bisherige Konsul in Peru Jonas Weidner wechselt nach Lima und wird dort Botschafter."
    assert _appointees(text) == ["Jonas Weidner"]


@pytest.mark.parametrize(
    "post", ["das Amt des Bundestrainers", "den Vorsitz der Partei", "die Leitung der Klinik"]
)
def test_a_post_taken_over_in_a_relative_clause(post: str) -> None:
    text = f"Die Ministerin traf Timo Falkner, der im Sommer {post} übernommen hatte."
    assert _appointees(text) == ["Timo Falkner"]


def test_a_demonstrative_points_to_the_last_named_person() -> None:
    text = (
        "Die Chefin Karla Witt kam vor drei Jahren zur Zeitung und hatte Timo Falkner abgelöst; "
        "der ist damals als Chefredakteur zu einem Sender gewechselt."
    )
    assert _appointees(text) == ["Timo Falkner"]


def test_ones_own_job_yields_to_the_fuller_telling() -> None:
    text = "Timo Falkner wird neuer Operndirektor am Theater in Kiel. Er tritt seine Stelle im März an."
    rows = appointment_rows(text)
    assert rows == [("Timo Falkner", None, "Operndirektor")]


def test_a_headline_with_the_post_keeps_it_against_a_telling_without() -> None:
    text = (
        "Greta Solberg neue Intendantin in Kiel\n\n"
        "Solberg, die ihr Amt im Herbst antritt, leitete zuvor ein Haus in Lübeck."
    )
    rows = appointment_rows(text)
    assert [(r[0], r[2]) for r in rows] == [("Greta Solberg", "Intendantin")]
