"""The speaker resolver (round 21, `kinds/statements/speakers.py`): a pronoun speaker is the
fitting person of the nearest earlier sentence that names one, never a person named inside
someone's quotation; two persons that fit equally give no name; an unnamed person description
in subject form before it is the speaker when nobody is named; a description speaker ("der
Minister") is the one earlier holder of the title or age, and with two holders it keeps its own
words. Invented sentences, one row per lexeme, with look-alikes."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts

WOMEN = ["Greta Anselm", "Nora Pilz", "Svenja Kröger"]
MEN = ["Lukas Brenner", "Mats Oberholz", "Anton Weiland"]
OTHER_WOMEN = ["Dana Quast", "Iris Melchior", "Pia Rothe"]
OTHER_MEN = ["Falk Winter", "Olaf Tessmer", "Rudi Albers"]
VERBS = ["sagte", "erklärte", "betonte"]
ROWS = list(zip(WOMEN, MEN, OTHER_WOMEN, OTHER_MEN, VERBS, strict=True))
NAMES = WOMEN + MEN + OTHER_WOMEN + OTHER_MEN
C = "die Halle werde erweitert"  # the content of each target statement


def _target_speaker(text: str, marker: str = "erweitert") -> list[str]:
    """Labels of the statements whose quotation holds ``marker`` (the last sentence's content)."""
    return [s.speaker.label for s in facts(text).statements if marker in s.quote]


def _names_no_candidate(labels: list[str]) -> bool:
    return not any(name in label for label in labels for name in NAMES)


# ---- a person named inside a quotation is no antecedent -----------------------------------


@pytest.mark.parametrize(("woman", "man", "woman2", "man2", "verb"), ROWS)
def test_pronoun_skips_a_person_named_inside_the_quotation(
    woman: str, man: str, woman2: str, man2: str, verb: str
) -> None:
    text = f"{man} {verb}: „Wir sind bereit. {man2} hat uns geholfen.“ Er fügte hinzu, {C}."
    assert _target_speaker(text) == [man]
    text = f"{woman} {verb}: „{woman2} hat recht.“ Sie kündigte an, {C}."
    assert _target_speaker(text) == [woman]


@pytest.mark.parametrize(("woman", "man", "woman2", "man2", "verb"), ROWS)
def test_a_person_named_outside_any_quotation_still_is_the_antecedent(
    woman: str, man: str, woman2: str, man2: str, verb: str
) -> None:
    # look-alike: the other man is named in the story, after the quotation, as its subject
    text = f"{man} {verb}: „Wir sind bereit.“ Danach traf {man2} ein. Er {verb}, {C}."
    assert _target_speaker(text) == [man2]


# ---- two persons that fit equally: no name ------------------------------------------------


@pytest.mark.parametrize(("woman", "man", "woman2", "man2", "verb"), ROWS)
def test_two_fitting_persons_give_no_name(woman: str, man: str, woman2: str, man2: str, verb: str) -> None:
    both_objects = f"Nach dem Treffen von {woman} mit {woman2} in Oberau {verb} sie, {C}."
    assert _names_no_candidate(_target_speaker(both_objects))
    both_subjects = f"{man} eröffnete die Messe, {man2} leitete die Feier. Er {verb}, {C}."
    assert _names_no_candidate(_target_speaker(both_subjects))


@pytest.mark.parametrize(("woman", "man", "woman2", "man2", "verb"), ROWS)
def test_one_subject_among_two_fitting_persons_is_the_antecedent(
    woman: str, man: str, woman2: str, man2: str, verb: str
) -> None:
    assert _target_speaker(f"{man} traf am Montag {man2}. Er {verb}, {C}.") == [man]
    assert _target_speaker(f"{woman} traf am Montag {man}. Sie {verb}, {C}.") == [woman]
    assert _target_speaker(f"{woman} traf am Montag {man}. Er {verb}, {C}.") == [man]


@pytest.mark.parametrize(("woman", "man", "woman2", "man2", "verb"), ROWS)
def test_the_previous_speaker_goes_on_between_two_subjects(
    woman: str, man: str, woman2: str, man2: str, verb: str
) -> None:
    text = f"{man} lobte den Plan, {man2} kritisierte ihn. Er {verb}, {C}."
    assert _target_speaker(text) == [man]


@pytest.mark.parametrize("verb", VERBS)
def test_a_pronoun_without_antecedent_names_nobody(verb: str) -> None:
    assert _target_speaker(f"Er {verb}, {C}.") == []
    assert _names_no_candidate(_target_speaker(f"{WOMEN[0]} besuchte die Messe. Er {verb}, {C}."))


# ---- an unnamed description before the pronoun -------------------------------------------


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Am Abend meldete sich der Vermieter bei der Polizei.", "der Vermieter"),
        ("Kurz darauf erschien der Wirt mit einem Schlüssel.", "der Wirt"),
        ("Gegen Mittag rief die Nachbarin beim Hausmeister an.", "die Nachbarin"),
        ("Nach dem Brand meldete sich der Eigentümer der Scheune.", "der Eigentümer der Scheune"),
        ("Am Morgen äußerte sich die Sprecherin der Stadtwerke.", "die Sprecherin der Stadtwerke"),
        ("Der Leiter der Feuerwehr wies die Vorwürfe zurück.", "der Leiter der Feuerwehr"),
    ],
)
def test_pronoun_after_an_unnamed_description_in_subject_form(opening: str, speaker: str) -> None:
    pronoun = "Sie" if speaker.startswith("die") else "Er"
    labels = _target_speaker(f"{opening} {pronoun} sagte, {C}.")
    assert [label.lower() for label in labels] == [speaker.lower()]


@pytest.mark.parametrize(
    "opening",
    [
        "Am Abend befragte die Polizei den Vermieter.",  # an object, not the subject
        "Am Abend stritten der Vermieter und der Mieter.",  # two descriptions: no guess
        "Am Abend meldete sich die Tochter des Vermieters.",  # feminine: not "er"
    ],
)
def test_no_unnamed_description_fits(opening: str) -> None:
    assert _target_speaker(f"{opening} Er sagte, {C}.") == []


# ---- a description speaker: exactly one earlier holder --------------------------------------


@pytest.mark.parametrize(("woman", "man", "woman2", "man2", "verb"), ROWS)
def test_description_with_one_holder_names_the_holder(
    woman: str, man: str, woman2: str, man2: str, verb: str
) -> None:
    text = f"Innenminister {man} traf {woman}. Am Abend {verb} der Minister, {C}."
    assert _target_speaker(text) == [man]
    text = f"Landrätin {woman} besuchte die Messe. Die Halle werde erweitert, {verb} die Landrätin."
    assert _target_speaker(text) == [woman]


@pytest.mark.parametrize(("woman", "man", "woman2", "man2", "verb"), ROWS)
def test_description_with_two_holders_keeps_its_words(
    woman: str, man: str, woman2: str, man2: str, verb: str
) -> None:
    text = f"Innenminister {man} und Finanzminister {man2} kamen. Der Minister {verb}, {C}."
    assert _target_speaker(text) == ["Der Minister"]
    text = f"Landrätin {woman} traf Landrätin {woman2}. Die Landrätin {verb}, {C}."
    assert _target_speaker(text) == ["Die Landrätin"]


@pytest.mark.parametrize(("woman", "man", "woman2", "man2", "verb"), ROWS)
def test_description_of_a_title_or_gender_nobody_holds_is_no_holder(
    woman: str, man: str, woman2: str, man2: str, verb: str
) -> None:
    for other in ("Der Bürgermeister", "Die Ministerin", "Der Sprecher"):
        text = f"Innenminister {man} besuchte die Messe. {other} {verb}, {C}."
        assert _target_speaker(text) == [other]


# ---- a feminine title is stronger evidence than a first-name list -------------------------


@pytest.mark.parametrize("first", ["Sascha", "Toni", "Luca"])  # listed as men's names
def test_a_feminine_title_makes_the_person_a_woman(first: str) -> None:
    text = f"Die Architektin {first} Merten widersprach Greta Anselm. Sie sagte, {C}."
    assert _target_speaker(text) == [f"{first} Merten"]
    text = f"Die Architektin {first} Merten traf Greta Anselm. Dabei hatte sie gesagt, {C}."
    assert _target_speaker(text) == [f"{first} Merten"]


@pytest.mark.parametrize("first", ["Sascha", "Toni", "Luca"])
def test_a_masculine_title_leaves_the_woman_named_before(first: str) -> None:
    text = f"Der Architekt {first} Merten widersprach Greta Anselm. Sie sagte, {C}."
    assert _target_speaker(text) == ["Greta Anselm"]


@pytest.mark.parametrize(("woman", "man", "woman2", "man2", "verb"), ROWS)
def test_a_pronoun_whose_only_candidate_is_quoted_names_nobody(
    woman: str, man: str, woman2: str, man2: str, verb: str
) -> None:
    text = f"„Ohne {man2} ginge es nicht“, hieß es in dem Brief. Er {verb}, {C}."
    assert _names_no_candidate(_target_speaker(text))


@pytest.mark.parametrize(("woman", "man", "woman2", "man2", "verb"), ROWS)
def test_a_definite_description_after_a_name_leaves_the_name(
    woman: str, man: str, woman2: str, man2: str, verb: str
) -> None:
    # "der Angeklagte" is the man just named, not a new speaker without a name
    text = f"Die Polizei nahm {man} fest. Der Angeklagte habe gestanden. Er {verb}, {C}."
    assert _target_speaker(text) == [man]


@pytest.mark.parametrize(("woman", "man", "woman2", "man2", "verb"), ROWS)
def test_a_former_holder_named_before_the_nearest_one_is_not_meant(
    woman: str, man: str, woman2: str, man2: str, verb: str
) -> None:
    text = (
        f"Der frühere Innenminister {man2} hatte den Plan verworfen. Drei Jahre später legte "
        f"Innenminister {man} ihn wieder vor. Am Montag {verb} der Minister, {C}."
    )
    assert _target_speaker(text) == [man]


# ---- which of two fitting persons is a subject ----------------------------------------------


@pytest.mark.parametrize(("woman", "man", "woman2", "man2", "verb"), ROWS)
def test_a_name_in_apposition_to_a_subject_description_is_the_subject(
    woman: str, man: str, woman2: str, man2: str, verb: str
) -> None:
    text = f"Mit {man} war man sich einig, anders sah das der Sprecher der Partei, {man2}. Er {verb}, {C}."
    assert _target_speaker(text) == [man2]
    text = f"Mit {man} war man sich einig, anders sah das ein Gast aus Oberau, {man2}. Er {verb}, {C}."
    assert _target_speaker(text) == [man2]


@pytest.mark.parametrize(("woman", "man", "woman2", "man2", "verb"), ROWS)
def test_a_name_right_after_the_finite_verb_of_an_adjunct_vorfeld_is_the_subject(
    woman: str, man: str, woman2: str, man2: str, verb: str
) -> None:
    text = f"Nach dem Gespräch mit dem Sprecher der Partei, {man2}, reiste {man} ab. Er {verb}, {C}."
    assert _target_speaker(text) == [man]
    # look-alike: a name before the verb is the subject, the one after it the object
    text = f"{man} traf am Montag {man2}. Er {verb}, {C}."
    assert _target_speaker(text) == [man]
