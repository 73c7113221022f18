"""Statements: the constructions German news use to tell who said what, one row per
construction, and their look-alikes (titles, scare quotes, names in quotation marks, verbs of
saying in another sense, questions). Grouped by mechanism: verb frames, source cues,
subjectless verbs of saying, quotations, chains over sentences. All sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts


def _rows(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.label, s.quote) for s in facts(text).statements]


# ---- verb frames: a subject and a verb of saying ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Die Ministerin Hanna Vogt sagte, die Reform sei notwendig.", "Hanna Vogt", "Reform sei"),
        ("Der Sprecher Timo Rausch erklärte, dass die Firma keine Stellen abbaue.", "Timo Rausch", "Stellen"),
        ("Die Bürgermeisterin Ilse Kramm betonte, man habe alles getan.", "Ilse Kramm", "alles getan"),
        ("Der Konzernchef Olaf Brenner räumte ein, Fehler gemacht zu haben.", "Olaf Brenner", "Fehler"),
        ("Die Stadtverwaltung teilte mit, die Straße bleibe gesperrt.", "Stadtverwaltung", "gesperrt"),
        ("Der Vorstand Dirk Malten kündigte an, das Werk zu schließen.", "Dirk Malten", "Werk"),
        ("Die Opposition warf der Regierung vor, die Bürger zu täuschen.", "Opposition", "täuschen"),
        ("Der Richter Anton Weil stellte klar, dass das Urteil gelte.", "Anton Weil", "Urteil"),
        ("Der Trainer Jens Ufer zeigte sich zuversichtlich, dass das Team gewinnt.", "Jens Ufer", "gewinnt"),
        ("Die Sängerin Mira Holt ließ mitteilen, sie sei gesund.", "Mira Holt", "gesund"),
        ("Die Ministerin Hanna Vogt sprach von einem großen Erfolg.", "Hanna Vogt", "Erfolg"),
        # an interview or a medium as addressee: the person speaks, not the medium
        ("Im Interview mit dem Blatt Morgenpost sagte Ina Vogt, die Reform komme.", "Ina Vogt", "Reform"),
        ("Trainer Jens Ufer sagte gegenüber dem Sender Radio Vella, man sei bereit.", "Jens Ufer", "bereit"),
    ],
)
def test_verb_frame(text: str, speaker: str, content: str) -> None:
    ((label, quote),) = _rows(text)
    assert speaker in label and content in quote


def test_second_verb_with_a_colon_quotation() -> None:
    rows = _rows(
        "Der Minister Karl Heid betonte, die Steuern würden nicht erhöht, "
        "und fügte hinzu: „Darauf gebe ich mein Wort.“"
    )
    assert rows == [
        ("Karl Heid", "die Steuern würden nicht erhöht"),
        ("Karl Heid", "Darauf gebe ich mein Wort."),
    ]


# ---- source cues: laut, zufolge, nach Angaben, wie X mitteilte, unter Berufung auf --------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nach Angaben der Feuerwehr wurden drei Menschen verletzt.", "Feuerwehr"),
        ("Wie die Polizei mitteilte, wurde der Täter gefasst.", "Polizei"),
        ("Dem Gutachten zufolge ist die Brücke einsturzgefährdet.", "Gutachten"),
        ("Laut Innenminister Karl Heid sind die Grenzen sicher.", "Karl Heid"),
        ("Wie der Minister Karl Heid der Zeitung Morgenblatt sagte, kommt das Gesetz.", "Karl Heid"),
        ("Die Polizei nahm nach eigenen Angaben zwölf Verdächtige fest.", "Polizei"),
        ("Unter Berufung auf Diplomaten meldete die Agentur Nordpress, der Gipfel platze.", "Nordpress"),
    ],
)
def test_source_cue(text: str, speaker: str) -> None:
    ((label, _),) = _rows(text)
    assert speaker in label


# ---- subjectless verbs of saying: the phrase of origin speaks ----------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Aus Regierungskreisen hieß es, der Gipfel werde verschoben.", "Regierungskreise"),
        ("Aus Kreisen der Koalition hieß es, man sei sich einig.", "Koalition"),
        ("Aus Kreisen der Koalition verlautete, man sei sich einig.", "Koalition"),
        ("Aus dem Ministerium verlautete, die Gespräche liefen.", "Ministerium"),
        ("„Wir sind uns einig“, verlautete aus der Parteizentrale.", "Parteizentrale"),
        ("In der Erklärung der Regierung hieß es: „Wir stehen an der Seite der Opfer.“", "Regierung"),
    ],
)
def test_origin_phrase_speaks(text: str, speaker: str) -> None:
    ((label, _),) = _rows(text)
    assert speaker in label


@pytest.mark.parametrize("text", ["Aus dem Werk verlautete nichts.", "In Berlin hieß es, der Gipfel falle."])
def test_subjectless_saying_without_source(text: str) -> None:
    assert _rows(text) == []


# ---- quotations: colon, split by the speaker, several sentences, speaker after ------------------------


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Die Trainerin Vera Lenz sagte: „Wir haben verdient gewonnen.“", ["Wir haben verdient gewonnen."]),
        (
            "„Wir haben verdient gewonnen“, sagte die Trainerin Vera Lenz, „aber es war knapp.“",
            ["Wir haben verdient gewonnen", "aber es war knapp."],
        ),
        (
            "„Wir sind bereit. Die Mannschaft ist fit. Niemand ist verletzt“, sagte die Trainerin Vera Lenz.",
            ["Wir sind bereit. Die Mannschaft ist fit. Niemand ist verletzt"],
        ),
        ("„Die Lage ist ernst“, sagte Ministerin Vera Lenz der Zeitung Nordkurier.", ["Die Lage ist ernst"]),
    ],
)
def test_quotation(text: str, quotes: list[str]) -> None:
    rows = _rows(text)
    assert [q for _, q in rows] == quotes
    assert all(label == "Vera Lenz" for label, _ in rows)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir sind bereit.“ Das sagte der Trainer Jens Ufer am Montag.", "Jens Ufer"),
        ("Die Mannschaft sei bereit. Dies teilte der Verein am Montag mit.", "Verein"),
    ],
)
def test_speaker_in_the_following_sentence(text: str, speaker: str) -> None:
    ((label, _),) = _rows(text)
    assert speaker in label


def test_konjunktiv_continues_the_speaker_of_a_colon_quotation() -> None:
    rows = _rows("Die Ministerin Hanna Vogt sagte: „Wir werden handeln.“ Man werde die Mittel verdoppeln.")
    assert rows == [("Hanna Vogt", "Wir werden handeln."), ("Hanna Vogt", "Man werde die Mittel verdoppeln")]


# ---- look-alikes: quotation marks and verbs of saying that state nothing -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Der sogenannte „Experte“ kam zu spät.",  # scare quotes
        "Sein Buch „Die Wahrheit über Berlin“ wurde ein Erfolg.",  # a title
        "Der Film „Wir sind die Nacht“ läuft im Kino.",
        "Die Ausstellung trägt den Titel „Licht und Schatten“.",
        "Das Motto lautet: „Gemeinsam stark“.",
        "Die Polizei befragte Zeugen.",
        "Die Polizei bat Zeugen um Hinweise.",
        "Der Minister Karl Heid sagte den Termin ab.",  # absagen: cancel
        "Die Sängerin Mira Holt sagte ihr Konzert ab.",
        "Der Vorsitzende Ulf Bremer sagte, als er ins Zimmer trat, kein Wort.",
        "Er sagt immer, was er denkt.",
        "Die Zeitung Abendblatt erscheint täglich.",
        "Der Sprecher der Polizei war nicht erreichbar.",
        "Wer hat gesagt, dass die Steuern sinken?",
        "Hat der Minister gesagt, die Steuern sänken?",
        # negated verbs of saying: "weder bestätigen noch dementieren"
        "Die Behörde wollte weder bestätigen noch ausschließen, dass Daten fehlten.",
        "Der Verein wollte den Bericht weder bestätigen noch dementieren.",
    ],
)
def test_look_alike_states_nothing(text: str) -> None:
    assert _rows(text) == []


# ---- a heading run into the first sentence without a full stop ----------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Neue Regeln für den Landtag Der Stadtrat schlug vor, eine Behörde zu gründen.", "Stadtrat"),
        ("Streit um Steuern Die Ministerin Hanna Vogt sagte, die Reform komme.", "Hanna Vogt"),
        # look-alike: a name with its own article after a noun with an article
        ("Die Zeitung Der Bote berichtete, der Gipfel sei geplatzt.", "Der Bote"),
    ],
)
def test_fused_heading_is_not_the_speaker(text: str, speaker: str) -> None:
    ((label, _),) = _rows(text)
    assert speaker in label


# ---- ruling out, threatening, a passive accusation with its agent ----------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Ermittlerin Nora Falk schloss aus, dass Brandstiftung vorliege.", "Nora Falk"),
        ("Der Vermieter Udo Rast hat dem Mieter die Kündigung angedroht.", "Udo Rast"),
        ("Ihm wird von der Behörde Betrug vorgeworfen.", "Behörde"),
        ("Dem Kassierer wird von der Staatsanwaltschaft Untreue vorgeworfen.", "Staatsanwaltschaft"),
    ],
)
def test_ruling_out_threat_and_passive_accusation(text: str, speaker: str) -> None:
    ((label, _),) = _rows(text)
    assert speaker in label


@pytest.mark.parametrize(
    "text",
    [
        "Der Hausmeister schloss die Tür aus Versehen ab.",  # "aus" a preposition
        "Der Verein schloss das Mitglied aus.",  # ausschließen: expel
        "Die Firma schloss das Werk aus Kostengründen.",
        "Die Schüler rechnen mit Brüchen.",
        "Die Kinder riefen laut aus dem Fenster.",
    ],
)
def test_verbs_of_another_sense_state_nothing(text: str) -> None:
    assert _rows(text) == []


def test_neither_nor_inside_the_content_keeps_the_statement() -> None:
    assert _rows("Der Trainer Jens Ufer sagte, das Team habe weder Geld noch Zeit.") == [
        ("Jens Ufer", "das Team habe weder Geld noch Zeit")
    ]


# ---- a zu-infinitive of saying under a verb that lets its subject say it -----------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sprecher Timo Rausch beeilte sich zu versichern, alles sei korrekt.", "Timo Rausch"),
        ("Die Ministerin Hanna Vogt nutzte die Gelegenheit, zu betonen, die Lage sei ruhig.", "Hanna Vogt"),
    ],
)
def test_controlled_verb_of_saying(text: str, speaker: str) -> None:
    ((label, _),) = _rows(text)
    assert label == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Der Sprecher Timo Rausch weigerte sich, zu erklären, warum die Zahlen fehlten.",
        "Der Sprecher Timo Rausch lehnte es ab, zu erklären, warum die Zahlen fehlten.",
    ],
)
def test_refusing_to_say_states_nothing(text: str) -> None:
    assert _rows(text) == []


# ---- forecasts, speculation, "heißt es wörtlich" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Zudem prognostizierte der Verbandschef Uwe Lamm einen Rückgang der Mieten.", "Uwe Lamm"),
        ("Der Verband hatte darüber spekuliert, die Beiträge zu senken.", "Verband"),
        ("So heißt es in dem Protokoll wörtlich: „Die Frist endet am Montag.“", "Protokoll"),
        ("In der Mitteilung der Stadt hieß es unter anderem, die Frist ende am Montag.", "Stadt"),
    ],
)
def test_forecast_speculation_and_wording(text: str, speaker: str) -> None:
    ((label, _),) = _rows(text)
    assert speaker in label


# ---- drohen / versprechen with a zu-infinitive and no comma: a threat or "be about to" -----------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Gewerkschaft drohte bald zu streiken.", "Gewerkschaft"),
        ("Der Trainer Jens Ufer versprach im Herbst den Titel zu holen.", "Jens Ufer"),
        ("Der Koch Ole Brand war wütend. Er drohte sofort zu kündigen.", "Ole Brand"),
    ],
)
def test_threat_or_promise_of_a_speaker(text: str, speaker: str) -> None:
    ((label, _),) = _rows(text)
    assert speaker in label


@pytest.mark.parametrize(
    "text",
    [
        "Der Hund drohte an der Leine zu reißen.",
        "Die Lage drohte an der Grenze zu eskalieren.",
        "Der Abend verspricht sehr lang zu werden.",
    ],
)
def test_about_to_is_no_statement(text: str) -> None:
    assert _rows(text) == []
