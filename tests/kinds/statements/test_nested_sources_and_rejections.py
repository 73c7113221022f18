"""Statements: who speaks when a sentence names two possible sources, grouped by mechanism.

* a judgement or agreement frame inside a "laut X" / "nach einem Bericht X" sentence: the
  subject of the frame speaks, the medium only reports ("Laut Radio Y hält es der Minister für
  möglich, dass …");
* a rejected report with its owner ("X wies Berichte der Zeitung Y zurück, er sei …"): the
  content is the owner's word, not the rejecting subject's;
* coordinated named subjects ("A und B sagten"): both speak;
* a document without a named owner ("In dem Gutachten heißt es, …") speaks itself;
* look-alikes: a question in the reporter's words, a judgement without content clause, an
  agreement on a noun, a rejection without an owner, a confirmation (the subject speaks).
All sentences and names are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, s.quote) for s in facts(text).statements]


# ---- judgement and agreement frames (reporting expressions) --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Laut der Agentur Nordpress hält es der Bürgermeister Ortwin Faller für möglich, "
        "dass die Brücke gesperrt wird.",
        "Vermutlich hält es der Bürgermeister Ortwin Faller für möglich, dass die Brücke gesperrt wird.",
        "Der Bürgermeister Ortwin Faller hält es für wahrscheinlich, dass die Brücke gesperrt wird.",
        "Nach einem Bericht des Senders Radio Vella hält Ortwin Faller es für ausgeschlossen, "
        "dass die Brücke gesperrt wird.",
    ],
)
def test_judgement_frame_inner_subject_speaks(text: str) -> None:
    rows = _rows(text)
    assert [label for label, _ in rows] == ["Ortwin Faller"]
    assert "Brücke gesperrt" in rows[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "Die Ärztin Tina Roos hält den Impfstoff für sicher.",  # no content clause
        "Die Polizei hält den Mann für verdächtig.",
    ],
)
def test_judgement_without_content_is_no_statement(text: str) -> None:
    assert _rows(text) == []


def test_agreement_frame_with_coordinated_named_parties() -> None:
    text = (
        "Nach einem Bericht der Zeitung Morgenblatt haben sich die Parteichefs Udo Kress und Lena Baum "
        "darauf verständigt, die Wahl zu verschieben."
    )
    assert _rows(text) == [("Udo Kress und Lena Baum", "die Wahl zu verschieben")]


@pytest.mark.parametrize(
    "text", ["Die Länder einigten sich darauf nicht.", "Die Länder einigten sich auf einen Kompromiss."]
)
def test_agreement_without_content_is_no_statement(text: str) -> None:
    assert _rows(text) == []


# ---- coordinated named subjects -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Udo Kress und Lena Baum sagten, die Wahl werde verschoben.",
        "Präsident Udo Kress und Regierungschefin Lena Baum erklärten, die Wahl werde verschoben.",
    ],
)
def test_two_named_persons_speak_together(text: str) -> None:
    assert [label for label, _ in _rows(text)] == ["Udo Kress und Lena Baum"]


def test_a_named_person_and_a_description_keep_the_named_speaker() -> None:
    rows = _rows("Udo Kress und seine Frau sagten, die Wahl werde verschoben.")
    assert [label for label, _ in rows] == ["Udo Kress"]


# ---- rejected reports: the owner said the content ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "owner", "content"),
    [
        (
            "Minister Paul Wendt hat Berichte der Zeitung Abendpost zurückgewiesen, er habe Geld angenommen.",
            "Abendpost",
            "er habe Geld angenommen",
        ),
        (
            "Der Trainer Jens Ufer wies den Vorwurf des Vereins zurück, er habe Spieler beleidigt.",
            "Verein",
            "er habe Spieler beleidigt",
        ),
        (
            "Die Sängerin Mira Holt dementierte Meldungen des Senders Radio Vella, dass sie aufhöre.",
            "Radio Vella",
            "sie aufhöre",
        ),
        (
            "Minister Paul Wendt hat Berichte der Wochenzeitung „Der Bote“ zurückgewiesen, "
            "er plane einen Wechsel.",
            "Der Bote",
            "er plane einen Wechsel",
        ),
        (
            "Der Konzern bestritt die Darstellung der Gewerkschaft, wonach tausend Stellen wegfallen sollen.",
            "Gewerkschaft",
            "tausend Stellen wegfallen sollen",
        ),
    ],
)
def test_rejected_report_content_is_the_owners(text: str, owner: str, content: str) -> None:
    ((label, quote),) = _rows(text)
    assert owner in label
    assert quote.strip() == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # no owner: the rejecting verb reads as before
        ("Die Sängerin Mira Holt dementierte Gerüchte, sie werde ihre Karriere beenden.", "Mira Holt"),
        # confirming is saying it oneself
        ("Minister Paul Wendt bestätigte Berichte der Zeitung Abendpost, er trete zurück.", "Paul Wendt"),
        # the rejection alone is the subject's act
        ("Der Trainer Jens Ufer wies den Vorwurf des Vereins zurück.", "Jens Ufer"),
    ],
)
def test_rejection_look_alikes_keep_the_subject(text: str, speaker: str) -> None:
    assert [label for label, _ in _rows(text)] == [speaker]


# ---- verb forms -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Die Gutachter wiesen daraufhin, dass die Werte stiegen.", "Gutachter", "Werte stiegen"),
        ("Präsident Ivo Stern bestritt, davon gewusst zu haben.", "Ivo Stern", "gewusst zu haben"),
        ("Die Firma Nordwerk dementierte, Stellen abbauen zu wollen.", "Nordwerk", "abbauen zu wollen"),
    ],
)
def test_denials_and_fused_particles(text: str, speaker: str, content: str) -> None:
    ((label, quote),) = _rows(text)
    assert speaker in label and content in quote


@pytest.mark.parametrize(
    "text",
    [
        "Die Behörde wies daraufhin den Antrag ab.",
        "Der Lehrer wies daraufhin alle Schüler an, das Haus zu verlassen.",
    ],
)
def test_daraufhin_as_adverb_is_no_frame(text: str) -> None:
    assert _rows(text) == []


# ---- documents as sources -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In dem Gutachten heißt es, die Brücke sei marode.", "Gutachten"),
        ("In einem Positionspapier hieß es, die Frist sei zu kurz.", "Positionspapier"),
        ("In einer Erklärung der Stadtwerke hieß es, die Preise stiegen.", "Stadtwerke"),
    ],
)
def test_document_speaks_when_no_owner_is_named(text: str, speaker: str) -> None:
    ((label, _),) = _rows(text)
    assert speaker in label


@pytest.mark.parametrize(
    "text", ["In Berlin hieß es, der Gipfel werde verschoben.", "In der Stadt heißt es, die Fabrik schließe."]
)
def test_place_is_no_document(text: str) -> None:
    assert _rows(text) == []


# ---- questions in the reporter's words state nothing -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hat der Minister Karl Heid gesagt, die Steuern sänken?",
        "Hat der Minister Karl Heid gesagt, dass die Steuern sinken?",
        "Wann hat der Minister Karl Heid gesagt, dass die Steuern sinken?",
    ],
)
def test_question_about_saying_is_no_statement(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "„Wann kommt der Zug?“, fragte der Reisende Ole Kern.",
        "Der Minister Karl Heid fragte: „Wer soll das bezahlen?“",
        "Die Reisende Ida Kern fragte, wann der Zug komme.",
    ],
)
def test_quoted_or_reported_question_is_a_statement(text: str) -> None:
    assert len(_rows(text)) == 1


# ---- a passive reporting verb inside a document -------------------------------------------------

LEAD = "Die Ministerin Hanna Vogt sprach im Landtag. "


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ("In dem Bericht der Prüfer wird kritisiert, dass die Behörde zu langsam arbeite.", "Prüfer"),
        ("In dem Gutachten wird empfohlen, die Brücke abzureißen.", "Gutachten"),
        ("Im Jahresbericht des Rechnungshofs wird festgestellt, dass Geld fehlte.", "Rechnungshof"),
    ],
)
def test_passive_report_in_a_document(second: str, speaker: str) -> None:
    ((label, _),) = _rows(LEAD + second)
    assert speaker in label


@pytest.mark.parametrize(
    "second", ["Befürchtet wird, dass Preise steigen.", "In Berlin wird befürchtet, dass Preise steigen."]
)
def test_passive_report_without_document_names_nobody(second: str) -> None:
    assert _rows(LEAD + second) == []


# ---- a description with another nationality is someone else --------------------------------------

OPENING = "Der chilenische Präsident Tomás Varela eröffnete das Treffen. "


@pytest.mark.parametrize("opening", [OPENING, "Chiles Präsident Tomás Varela eröffnete das Treffen. "])
def test_description_with_other_nationality_is_not_the_named_person(opening: str) -> None:
    rows = _rows(opening + "Der peruanische Präsident sagte, die Bank werde bald gegründet.")
    assert [label for label, _ in rows] == ["peruanische Präsident"]


@pytest.mark.parametrize(
    "opening",
    [
        "Frankreichs Präsident Jules Morel eröffnete das Treffen. ",
        "Der französische Präsident Jules Morel eröffnete das Treffen. ",
    ],
)
def test_country_genitive_and_its_adjective_are_the_same_origin(opening: str) -> None:
    rows = _rows(opening + "Der französische Präsident sagte, die Bank werde bald gegründet.")
    assert [label for label, _ in rows] == ["Jules Morel"]


@pytest.mark.parametrize(
    "second",
    [
        "Der chilenische Präsident sagte, die Bank werde bald gegründet.",
        "Der Präsident sagte, die Bank werde bald gegründet.",
    ],
)
def test_description_with_same_or_no_nationality_is_the_named_person(second: str) -> None:
    assert [label for label, _ in _rows(OPENING + second)] == ["Tomás Varela"]
