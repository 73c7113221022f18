"""Statement recall on general German frames: appositions and relative clauses inside the
reporting clause, noun-based reporting expressions, adverbial and relative clauses with their
own speaker, zu-infinitives; each with look-alikes that must give nothing (or the right thing).
All sentences are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzgraph.devtools.eval_quotes import select
from tests.extract_helpers import facts


def statements(text: str) -> list[tuple[str, str, str]]:
    """(speaker label, quote, mode) of each statement extracted from ``text``."""
    return [(st.speaker.label, st.quote, st.mode) for st in facts(text).statements]


def one(text: str) -> tuple[str, str, str]:
    (found,) = statements(text)
    return found


# ---- an apposition between the verb and its particle or "dass" --------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Die Ministerin geht nach einem Gespräch mit dem Bürgermeister der Stadt, Peter Wagner, "
            "davon aus, dass die Schule bald wieder öffnet.",
            "Ministerin",
            "die Schule bald wieder öffnet",
        ),
        (
            "Zu dieser Zeit ging Berger, die Leiterin des Amtes, noch davon aus, "
            "dass die Kosten sinken würden.",
            "Berger",
            "die Kosten sinken würden",
        ),
        (
            "Unterdessen ruft die Vereinigung der Bauern, eine in Köln ansässige Gruppe, alle Landwirte "
            "dazu auf, keine Milch mehr zu liefern.",
            "Vereinigung",
            "keine Milch mehr zu liefern",
        ),
    ],
)
def test_apposition_does_not_end_the_reporting_clause(text: str, speaker: str, quote: str) -> None:
    label, found, mode = one(text)
    assert speaker in label and found == quote and mode == "indirect"


def test_apposition_alone_makes_no_statement() -> None:
    assert statements("Die Ministerin ging nach dem Gespräch mit Peter Wagner davon aus.") == []
    assert statements("Die Ministerin traf den Bürgermeister, Peter Wagner, in Köln.") == []


def test_infinitive_clause_is_no_apposition() -> None:
    # the commas around "das Ziel der Offensive" do not set off an apposition of "Nachmittag"
    text = (
        "Der Minister Karl Huber erklärte am Nachmittag, das Ziel der Offensive, den Beschuss zu "
        "unterbinden, sei noch nicht erreicht."
    )
    assert all(quote != "sei noch nicht erreicht" for _, quote, _ in statements(text))


def test_wie_parenthesis_with_apposition_open_at_sentence_end() -> None:
    text = (
        "Das Manöver wird viel Geschick erfordern, "
        "wie Anna Berg, Direktorin des Instituts für Raumfahrt betont."
    )
    label, quote, _ = one(text)
    assert label == "Anna Berg" and quote == "Das Manöver wird viel Geschick erfordern"


def test_named_apposition_after_a_prepositional_phrase_names_the_speaker() -> None:
    text = (
        "Die Sängerin Lena Vogt ist gestorben. Wie die Leiterin der Agentur in Passau, "
        "Anna Thomas, bekanntgab, starb sie am Sonntag in einer Klinik."
    )
    label, quote, _ = one(text)
    assert label == "Anna Thomas" and quote == "starb sie am Sonntag in einer Klinik"
    label, _, _ = one("Der Sprecher der Polizei in Köln, Hans Meier, sagte, die Lage sei ruhig.")
    assert label == "Hans Meier"


def test_wie_parenthesis_with_apposition() -> None:
    label, quote, _ = one(
        "Wie der Sprecher des Vereins in Köln, Peter Wagner, mitteilte, wurde das Spiel abgesagt."
    )
    assert label == "Peter Wagner" and quote == "wurde das Spiel abgesagt"


# ---- a relative clause or a long apposition inside the subject ---------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Anna Berger, die das Projekt seit Jahren leitet, sagte, dass die Kosten steigen.",
            "Anna Berger",
            "die Kosten steigen",
        ),
        (
            "Karl Huber, der den Verein seit 2010 leitet, erklärte, dass er zurücktrete.",
            "Karl Huber",
            "er zurücktrete",
        ),
        (
            "Ein Beamter, den die Zeitung zitiert, kommentierte, die Pläne seien überflüssig.",
            "Beamter",
            "die Pläne seien überflüssig",
        ),
        (
            "Karl Huber, ein Abgeordneter aus Bayern und Richter außer Dienst, sagte zu den Vorwürfen, "
            "dass er nichts wisse.",
            "Karl Huber",
            "er nichts wisse",
        ),
    ],
)
def test_subject_with_relative_clause_or_apposition(text: str, speaker: str, quote: str) -> None:
    label, found, _ = one(text)
    assert speaker in label and found == quote


def test_relative_clause_inside_inverted_content() -> None:
    # the verb of the relative clause is not the content's finite verb; the one after it is
    label, quote, _ = one("Die Frau, die das Projekt leitet, arbeitet zu viel, sagte der Arzt Peter Wolf.")
    assert label == "Peter Wolf" and quote == "Die Frau, die das Projekt leitet, arbeitet zu viel"


def test_relative_clause_without_content_is_no_statement() -> None:
    assert statements("Der Mann, der den Verein leitet, ging nach Hause.") == []
    assert statements("Anna Berger, die das Projekt leitet, sagte den Termin ab.") == []


# ---- noun- and adjective-based reporting expressions -------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Hugo Meier vertritt wie seine Partei die Ansicht, dass die Steuern sinken müssen.",
            "Hugo Meier",
            "die Steuern sinken müssen",
        ),
        (
            "Die Gewerkschaft ist der Meinung, die Löhne seien zu niedrig.",
            "Gewerkschaft",
            "die Löhne seien zu niedrig",
        ),
        (
            "Die Prüfer kamen zu dem Schluss, dass die Bilanz gefälscht war.",
            "Prüfer",
            "die Bilanz gefälscht war",
        ),
        (
            "Die Trainerin zeigte sich zuversichtlich, das Spiel gewinnen zu können.",
            "Trainerin",
            "das Spiel gewinnen zu können",
        ),
        (
            "Der Trainer Paul Wolf ist zuversichtlich, das Spiel zu gewinnen.",
            "Paul Wolf",
            "das Spiel zu gewinnen",
        ),
        (
            "Der Präsident erteilte der Armee den Befehl, den Menschen in der Region zu helfen.",
            "Präsident",
            "den Menschen in der Region zu helfen",
        ),
        # the noun before a verb-final participle
        (
            "Eine Agentur hatte die Vorgabe gemacht, dass nur kurz berichtet werden dürfe.",
            "Agentur",
            "nur kurz berichtet werden dürfe",
        ),
    ],
)
def test_reporting_expressions(text: str, speaker: str, quote: str) -> None:
    label, found, mode = one(text)
    assert speaker in label and found == quote and mode == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "Der Verband vertrat die Ansicht der Regierung.",
        "Das ist die Ansicht, dass alles gut wird.",
        "Er war der Meinung seines Vaters.",
        "Die Ansicht, dass die Erde flach sei, ist falsch.",
        "Die Prüfer kamen zu dem Schluss.",
        "Er gab den Auftrag, den er bekommen hatte, zurück.",
        "Die Firma macht den Vorschlag der Regierung zum Gesetz.",
    ],
)
def test_reporting_expression_look_alikes(text: str) -> None:
    assert statements(text) == []


# ---- zu-infinitives and participles of strong verbs --------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Der Minister erklärte, von den Plänen nichts zu wissen.",
            "Minister",
            "von den Plänen nichts zu wissen",
        ),
        (
            "Die Partei hat sich bereit erklärt, weitere Mittel bereitzustellen.",
            "Partei",
            "weitere Mittel bereitzustellen",
        ),
        ("Der Händler bot an, die Ware am Montag zu liefern.", "Händler", "die Ware am Montag zu liefern"),
        ("Die Bundeswehr hat entschieden, das Lager aufzugeben.", "Bundeswehr", "das Lager aufzugeben"),
        ("Der Minister hat bestritten, dass er Geld angenommen habe.", "Minister", "er Geld angenommen habe"),
        # the zu-infinitive has no finite verb: ", schreibt die Zeitung" is another clause
        (
            "Die Firma hatte sich entschieden, das Foto zu retuschieren, schreibt die Zeitung.",
            "Firma",
            "das Foto zu retuschieren",
        ),
    ],
)
def test_zu_infinitive_and_participle(text: str, speaker: str, quote: str) -> None:
    label, found, _ = one(text)
    assert speaker in label and found == quote


@pytest.mark.parametrize(
    "text",
    [
        "Der Händler bot die Ware am Montag an.",
        "Das Gericht hat über den Fall entschieden.",
        "Der Minister erklärte die Wahl für ungültig.",
        # "bestreiten" with an object: to compete, not to deny
        "Anna Berg ist erkältet, sie hat im Sommer keine Rennen bestritten, die Form stimmt noch nicht.",
        # a modal verb after the content reports no utterance
        "Ob uns das gelingt, müssen unsere Kunden entscheiden.",
    ],
)
def test_zu_infinitive_look_alikes(text: str) -> None:
    assert statements(text) == []


def test_fronted_infinitive_clause_before_inverted_frame() -> None:
    label, quote, _ = one("Diese Aufgabe an den Vorstand zu geben, schaffe nur Arbeit, warnte Vogel.")
    assert label == "Vogel" and quote == "Diese Aufgabe an den Vorstand zu geben, schaffe nur Arbeit"


def test_particle_verb_wins_when_its_particle_is_there() -> None:
    label, quote, _ = one("Der Verband ruft alle Mitglieder dazu auf, am Montag zu streiken.")
    assert "Verband" in label and quote == "am Montag zu streiken"


# ---- adverbial and relative clauses with a speaker of their own ---------------------------


def test_fronted_adverbial_clause_speaks_until_the_main_clause() -> None:
    text = (
        "Nachdem die Anwältin dem Gericht mitgeteilt hatte, dass der Mann gesucht werde, "
        "vertagte der Richter die Sitzung."
    )
    label, quote, _ = one(text)
    assert "Anwältin" in label and quote == "der Mann gesucht werde"


def test_main_clause_frame_wins_over_fronted_adverbial_clause() -> None:
    text = (
        "Nachdem der Reporter gefragt hatte, ob er zurücktrete, antwortete der Minister Hans Berg: "
        "„Das kommt nicht in Frage.“"
    )
    label, quote, mode = one(text)
    assert label == "Hans Berg" and quote == "Das kommt nicht in Frage." and mode == "direct"


def test_pronoun_in_adverbial_clause_is_the_main_subject() -> None:
    label, quote, _ = one(
        "Die Mutter ging zur Beratungsstelle, da sie befürchtete, man wolle ihr die Kinder wegnehmen."
    )
    assert label == "Die Mutter" and quote == "man wolle ihr die Kinder wegnehmen"
    text = (
        "Die Schutzvereinigung für Aktionäre (SdA) schlug in die gleiche Kerbe, indem sie den Vorstand "
        "zum Handeln aufforderte: „Jetzt ist der Aufsichtsrat gefordert.“"
    )
    label, quote, mode = one(text)
    assert "Schutzvereinigung" in label and mode == "direct"


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Gesucht wird ein Mann, von dem die Polizei glaubt, er sei ins Ausland geflohen.",
            "Polizei",
            "er sei ins Ausland geflohen",
        ),
        (
            "Der Mann, den die Polizei fragte, ob er etwas gesehen habe, schwieg.",
            "Polizei",
            "ob er etwas gesehen habe",
        ),
        (
            "Die Männer, denen der Staatsanwalt vorwirft, Geld gestohlen zu haben, schweigen.",
            "Staatsanwalt",
            "Geld gestohlen zu haben",
        ),
        (
            "Anna Berg klagte. Anlass war ein Interview, bei dem sie gesagt hatte, sie habe einen falschen "
            "Namen benutzt.",
            "Anna Berg",
            "sie habe einen falschen Namen benutzt",
        ),
    ],
)
def test_speaker_inside_relative_clause(text: str, speaker: str, quote: str) -> None:
    label, found, _ = one(text)
    assert speaker in label and found == quote


def test_adverbial_clause_look_alikes() -> None:
    # an object pronoun after the conjunction: the subject is not where the rule looks
    assert statements("Nachdem ihn die Polizei gefragt hatte, ob er zurücktrete, schwieg er.") == []
    assert statements("Als der Zug ankam, stiegen alle aus.") == []


# ---- names, parentheticals, quotations -----------------------------------------------------


def test_surname_with_capitalized_particle_opens_the_sentence() -> None:
    text = (
        "Bundesministerin Ursula von der Leyen (CDU) sprach in Berlin. "
        "Von der Leyen betonte, unter den Bewerbern seien viele Frauen."
    )
    label, quote, _ = one(text)
    assert "Leyen" in label and quote == "unter den Bewerbern seien viele Frauen"
    assert statements("Von der Regierung kam keine Antwort.") == []


def test_so_frame_with_prepositional_phrase() -> None:
    text = (
        "„Wir wollen den Fans eine Möglichkeit bieten“, so Vereinschef Karl Huber zu den Gründen des Vereins."
    )
    assert one(text) == ("Karl Huber", "Wir wollen den Fans eine Möglichkeit bieten", "direct")


def test_two_quotations_joined_by_a_reporting_verb() -> None:
    text = (
        "Die Forscherin erläutert die Hypothese so: „Es gibt zwei Arten von Teilchen“, "
        "und fügt hinzu: „Wir prüfen das bald.“"
    )
    out = statements(text)
    assert [(q, m) for _, q, m in out] == [
        ("Es gibt zwei Arten von Teilchen", "direct"),
        ("Wir prüfen das bald.", "direct"),
    ]
    # "lachte" is no reporting verb: no second statement of its own
    other = statements(
        "Die Forscherin sagte: „Es gibt zwei Arten von Teilchen“, und lachte: „Wir prüfen das bald.“"
    )
    assert len(other) == 1


def test_parenthetical_reporting_clause() -> None:
    label, quote, _ = one("Der Hintergrund der Scheidungen, sagt ein Vereinsmitglied, sei nicht selten Geld.")
    assert "Vereinsmitglied" in label and quote.endswith("sei nicht selten Geld")
    # a named person before the verb is its subject, the phrase after it the addressee
    label, quote, _ = one(
        "Peter Wagner, Leiter der Gesundheitsdienste, sagte der Agentur Reuters, "
        "von 28 Proben seien fünf positiv."
    )
    assert label == "Peter Wagner" and quote == "von 28 Proben seien fünf positiv"


def test_apposition_with_preposition_is_no_content_clause() -> None:
    text = (
        "Karl Huber, Vorsitzender von SWB, nennt den Vorgang ein "
        "„Beispiel für Solidarität unter den Städten“."
    )
    assert all("Vorgang" not in label for label, _, _ in statements(text))


def test_subjunctive_strong_verb_and_anaphoric_davon() -> None:
    text = (
        "Die Wahl wird für Sonntag erwartet. Davon geht Peter Berg, der zuständige Minister, aus. "
        "Er gehe davon aus, dass die Partei gewinnen werde."
    )
    out = statements(text)
    assert ("Peter Berg", "die Partei gewinnen werde", "indirect") in out
    assert statements("Davon ging die Welt nicht unter.") == []
    assert one("Darüber hinaus erklärte der Minister, dass er bleibe.")[1] == "er bleibe"


# ---- the evaluation's subsets ----------------------------------------------------------------


def test_eval_subsets_split_every_third_file() -> None:
    files = [Path(f"{n:02d}.json") for n in (5, 1, 3, 0, 2, 4, 6)]
    assert [p.stem for p in select(files, "heldout")] == ["00", "03", "06"]
    assert [p.stem for p in select(files, "look")] == ["01", "02", "04", "05"]
    assert [p.stem for p in select(files, "all")] == ["00", "01", "02", "03", "04", "05", "06"]
    with pytest.raises(ValueError):
        select(files, "train")
