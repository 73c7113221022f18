"""Who came first, told by other constructions: taking a team or the helm over from a named
person ("übernahm den Klub / das Ruder von A"), an office compound taken from A ("hat von A das
Gesundheitsressort übernommen"), a relative genitive ("A, dessen Nachfolger B …", "B, deren
Vorgängerin A …"), the genitive possessive ("die Ernennung seines Nachfolgers B") and a bare
successor noun opening a clause after a departure ("A trat zurück, Nachfolger wurde B").
Look-alikes: a thing, a firm or a lead taken over, a body that takes over, a plan."""

from __future__ import annotations

import pytest

from tests.extract_helpers import replacement_rows


@pytest.mark.parametrize(
    "text",
    [
        "Jonas Weidner übernahm im Herbst den Klub von Ole Brand.",
        "Jonas Weidner übernahm nach der Saison das Ruder von Amtsvorgänger Ole Brand.",
        (
            "Die Bilanz von Jonas Weidner mit dem SV Lindental, den "
            "er im Mai von Ole Brand übernommen hatte, ist gut."
        ),
        "Jonas Weidner hat von Ole Brand das Gesundheitsressort übernommen.",
    ],
)
def test_taken_over_from_a_named_person(text: str) -> None:
    assert replacement_rows(text) == [("Jonas Weidner", "Ole Brand")]


@pytest.mark.parametrize(
    "text",
    [
        "Jonas Weidner übernahm den Hof von seinem Vater Ole Brand.",
        "Der Konzern übernahm die Firma von Gründer Ole Brand.",
        "In der zehnten Runde übernahm Jonas Weidner die Führung von Ole Brand.",
        "Jonas Weidner wollte den Klub von Ole Brand übernehmen.",
    ],
)
def test_look_alikes_of_taking_over(text: str) -> None:
    assert replacement_rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ole Brand, dessen Nachfolger Jonas Weidner im Mai gewählt wurde, verlässt die Stadt.",
        "Jonas Weidner, dessen Vorgänger Ole Brand zurückgetreten war, stellte sich vor.",
    ],
)
def test_relative_genitive_keeps_who_came_first(text: str) -> None:
    assert replacement_rows(text) == [("Jonas Weidner", "Ole Brand")]


def test_genitive_possessive_successor_names_the_successor() -> None:
    text = (
        "Minister Ole Brand räumt am Freitag sein Büro. Am Montag "
        "folgt die Vereidigung seines Nachfolgers Jonas Weidner."
    )
    assert replacement_rows(text) == [("Jonas Weidner", "Ole Brand")]


def test_successor_noun_after_a_departure_in_the_same_sentence() -> None:
    text = "Ministerin Mara Lenz trat im März zurück, Nachfolger wurde Jonas Weidner."
    assert replacement_rows(text) == [("Jonas Weidner", "Mara Lenz")]


def test_successor_told_across_two_clauses_keeps_who_came_first() -> None:
    text = (
        "Finanzminister Ole Brand ließ die Frist verstreichen, "
        "sein Nachfolger Jonas Weidner hat sie verlängert."
    )
    assert replacement_rows(text) == [("Jonas Weidner", "Ole Brand")]


def test_baton_handed_to_a_dative_receiver() -> None:
    assert replacement_rows("Ole Brand übergibt Jonas Weidner im Januar den Stab.") == [
        ("Jonas Weidner", "Ole Brand")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ole Brand übergab Jonas Weidner den Bericht.",
        "Ole Brand übergab dem Team den Ball.",
    ],
)
def test_things_handed_to_a_dative_receiver_are_no_succession(text: str) -> None:
    assert replacement_rows(text) == []


def test_named_apposition_of_the_durch_phrase_is_the_successor() -> None:
    text = "Präsident Ole Brand wird durch den Abteilungsleiter im Ministerium, Jonas Weidner, ersetzt."
    assert replacement_rows(text) == [("Jonas Weidner", "Ole Brand")]


def test_saxon_genitive_owner_of_the_post_taken_over() -> None:
    text = "Ole Brand verlässt die Firma im Sommer. Dann übernimmt Jonas Weidner Ole Brands Posten."
    assert replacement_rows(text) == [("Jonas Weidner", "Ole Brand")]


def test_a_thing_of_a_named_owner_taken_over_is_no_succession() -> None:
    assert replacement_rows("Ole Brand zog um. Jonas Weidner übernahm Ole Brands Auto.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Trainer Ole Brand muss gehen und der Klub hat mit Jonas Weidner schon einen Nachfolger gefunden.",
        "Der Verein hat mit Jonas Weidner einen Nachfolger für den entlassenen Trainer Ole Brand gefunden.",
        "Trainer Ole Brand wurde entlassen. Ein Nachfolger wurde mit Jonas Weidner rasch gefunden.",
    ],
)
def test_successor_found_in_a_named_person(text: str) -> None:
    assert replacement_rows(text) == [("Jonas Weidner", "Ole Brand")]


@pytest.mark.parametrize(
    "text",
    [
        "Trainer Ole Brand wurde entlassen. Der Verein muss mit Jonas Weidner einen Nachfolger finden.",
        "Trainer Ole Brand wurde entlassen. Der Verein sucht einen Nachfolger.",
        "Trainer Ole Brand wurde entlassen. Als Nachfolger gilt der mit Jonas Weidner gefundene Kandidat.",
    ],
)
def test_a_successor_searched_or_a_candidate_is_no_succession(text: str) -> None:
    assert replacement_rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mira Haslach übernahm den Verein von Udo Kern und soll ihn nun sanieren.",
        "Mira Haslach übernahm das Team von Udo Kern, das angeblich verkauft werden soll.",
    ],
)
def test_a_hedge_elsewhere_in_the_sentence_does_not_crash(text: str) -> None:
    """A finite take-over (no announcing modal) in a sentence with a hedge word ran the hedge check
    with no set of tokens to ignore and raised a TypeError: the article lost every fact."""
    assert ("Mira Haslach", "Udo Kern") in replacement_rows(text)
