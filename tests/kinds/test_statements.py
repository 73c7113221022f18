"""Statements: quote detection, frames and speakers on a blank German pipeline."""

from __future__ import annotations

import pytest
import spacy

from kzgraph.extract.facts import AgentKind
from kzgraph.extract.grammar.speech_verbs import lexicon
from kzgraph.extract.kinds.statements.quotes.frames import FrameFinder
from kzgraph.extract.kinds.statements.quotes.marks import find_quotations
from kzgraph.reading.article import Article, ArticleDate
from tests.extract_helpers import facts


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    pipe = spacy.blank("de")
    pipe.add_pipe("sentencizer")
    return pipe


def run(nlp, text: str):  # type: ignore[no-untyped-def]
    from kzgraph.extract.core.context import ArticleContext
    from kzgraph.extract.kinds.statements.extract import extract_statements

    ctx = ArticleContext(nlp(text), Article(id="t", text=text, date=ArticleDate.parse("2022-01-08")))
    return extract_statements(ctx)


def spans(nlp, text: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    found = FrameFinder(doc, [(s.start, s.end) for s in doc.sents]).run()
    return [
        (text[f.start : f.end], doc[f.speaker[0] : f.speaker[1]].text if f.speaker else "", f.mode)
        for f in found
    ]


@pytest.mark.parametrize(
    "text,inner",
    [
        ("Er sagte „ja, das stimmt“ heute.", "ja, das stimmt"),
        ("Er sagte «ja, das stimmt» heute.", "ja, das stimmt"),
        ("Er sagte »ja, das stimmt« heute.", "ja, das stimmt"),
        ('Er sagte "ja, das stimmt" heute.', "ja, das stimmt"),
        ("Er sagte ‚ja, das stimmt‘ heute.", "ja, das stimmt"),
        ("Er sagte 'ja, das stimmt' heute.", "ja, das stimmt"),
    ],
)
def test_quotation_styles(text: str, inner: str) -> None:
    qs = find_quotations(text)
    assert [text[q.start : q.end] for q in qs] == [inner]


def test_apostrophe_is_no_quote() -> None:
    assert find_quotations("Peter's Auto und Andrea's Haus.") == []


def test_lexicon_versioned_and_generated_forms() -> None:
    lx = lexicon()
    assert {"berichtete", "bezeichnete", "teilte", "sagte"} <= set(lx.finite)
    assert {"mitgeteilt", "berichtet", "angekündigt"} <= set(lx.participles)
    assert "meine" not in lx.finite  # possessive, not "meinen"


def test_inverted_direct(nlp) -> None:  # type: ignore[no-untyped-def]
    out = spans(nlp, "„Die Ordnung wurde wiederhergestellt“, sagte der Minister am Montag.")
    assert out == [("Die Ordnung wurde wiederhergestellt", "der Minister", "direct")]


def test_colon_direct(nlp) -> None:  # type: ignore[no-untyped-def]
    out = spans(nlp, "Die Ministerin sagte am Abend: „Wir haben keine Wahl.“")
    assert out == [("Wir haben keine Wahl.", "Die Ministerin", "direct")]


def test_subjunctive_without_dass_and_continuation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Die Lage habe sich beruhigt, teilte das Büro des Präsidenten am Samstag mit. "
        "Allerdings seien Kämpfer weiter aktiv. Die Stadt ist ruhig."
    )
    out = spans(nlp, text)
    assert out[0] == ("Die Lage habe sich beruhigt", "das Büro des Präsidenten", "indirect")
    assert out[1] == ("Allerdings seien Kämpfer weiter aktiv", "das Büro des Präsidenten", "indirect")
    assert len(out) == 2


def test_forward_indirect_extends_with_continuation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Generalsekretär Hans Muster sagte, das Bündnis sei besorgt. Es sei wichtig, dass die Gewalt ende."
    ((quote, speaker, mode),) = spans(nlp, text)
    assert quote == "das Bündnis sei besorgt. Es sei wichtig, dass die Gewalt ende"
    assert speaker == "Generalsekretär Hans Muster" and mode == "indirect"


def test_dass_after_adverbial_vorfeld(nlp) -> None:  # type: ignore[no-untyped-def]
    out = spans(nlp, "Am Morgen hatte das Staatsfernsehen berichtet, dass 26 Menschen getötet worden seien.")
    assert out == [("26 Menschen getötet worden seien", "das Staatsfernsehen", "indirect")]


def test_scare_quote_alone_is_no_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    assert spans(nlp, "Der Präsident hat die Proteste als „versuchten Staatsstreich“ verurteilt.") == []
    assert spans(nlp, "Die „Friedenssoldaten“ sollen die Polizei unterstützen.") == []


def test_reporting_verb_with_scare_quote_is_one_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    out = spans(nlp, "Der Präsident sprach von einem versuchten „Staatsstreich“, der gesteuert gewesen sei.")
    assert out == [
        ("von einem versuchten „Staatsstreich“, der gesteuert gewesen sei", "Der Präsident", "indirect")
    ]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Laut Innenministerium wurden 300 Menschen festgenommen.", "Innenministerium"),
        (
            "Der Nachrichtenagentur Interfax zufolge wurden 300 Menschen festgenommen.",
            "Der Nachrichtenagentur Interfax",
        ),
        ("Nach Angaben des Innenministeriums wurden 300 Menschen festgenommen.", "des Innenministeriums"),
        ("Das Fernsehen meldete unter Berufung auf die Polizei 300 Festnahmen.", "die Polizei"),
    ],
)
def test_reported(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    ((quote, spk, mode),) = spans(nlp, text)
    assert spk == speaker and mode == "reported" and quote in text


def test_generic_sources_are_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    assert spans(nlp, "Offiziellen Angaben zufolge starben 18 Menschen.") == []
    assert spans(nlp, "Laut Medienberichten starben 18 Menschen.") == []


def test_passive_addressee_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    assert spans(nlp, "Die Menschen seien aufgefordert worden, die Plätze zu räumen.") == []


def test_impersonal_hiess_es_breaks_chain(nlp) -> None:  # type: ignore[no-untyped-def]
    assert spans(nlp, "Bewaffnete hätten Gebäude besetzt, hieß es.") == []


def test_pronoun_and_description_resolve_to_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Präsident Kurt Beispielmann erteilte einen Befehl. «Ich habe den Befehl gegeben», sagte der "
        "68-Jährige am Freitag. Die Lage sei ernst, erklärte er."
    )
    out = run(nlp, text)
    assert [s.quote for s in out] == ["Ich habe den Befehl gegeben", "Die Lage sei ernst"]
    assert all(s.speaker.name == "Kurt Beispielmann" for s in out)
    assert out[0].mode == "direct" and out[0].evidence.rule == "statement.direct.inverted"
    assert out[0].date is not None


def test_unnamed_speaker_keeps_description(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "«Ich sehe nur, was im Fernsehen kommt», sagte eine kasachische Journalistin, die dort lebt."
    (st,) = run(nlp, text)
    assert st.speaker.kind == AgentKind.PERSON and st.speaker.name is None
    assert st.speaker.label == "eine kasachische Journalistin"


def test_quotes_are_substrings(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "„Gruppen bewaffneter Kämpfer“ hätten gewartet und seien dann „in Aktion getreten“, sagte der "
        "Präsident. „Ihr Ziel war klar.“ Die Stadt ist ruhig."
    )
    out = run(nlp, text)
    assert len(out) == 2
    assert all(s.quote in text for s in out)
    assert out[1].quote == "Ihr Ziel war klar."


# ---- rules added for recall on unseen news ------------------------------------------------


def test_long_subject_with_prepositions_and_brackets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hans Beispiel von der Nationalen Umwelt Behörde des Landes (National Environment Agency, NEA) "
        "sagte, die Besorgnis resultiere aus der Tatsache, dass die Gifte sich verbreiteten."
    )
    ((quote, speaker, mode),) = spans(nlp, text)
    assert speaker.startswith("Hans Beispiel") and mode == "indirect"
    assert quote.startswith("die Besorgnis resultiere")


def test_long_subject_with_relative_clause_is_not_read(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Der Ministerpräsident der Provinz, dessen Rücktritt von den Demonstranten gefordert wird, griff zu."
    )
    assert spans(nlp, text) == []


def test_indicative_main_clause_after_reporting_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    out = spans(nlp, "Ein Reporter des Senders berichtete am Montag, die Lage ist ruhig.")
    assert out == [("die Lage ist ruhig", "Ein Reporter des Senders", "indirect")]
    # an object or predicate between verb and comma: the clause after it is no content
    assert (
        spans(
            nlp, "Der Rechnungshof erklärte die Ausschreibung für fehlerhaft, der Auftrag wurde neu vergeben."
        )
        == []
    )


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        (
            "Die Lage sei ruhig, so der Sprecher des Ministeriums.",
            "Die Lage sei ruhig",
            "der Sprecher des Ministeriums",
        ),
        ("„Wir sind bereit“, so Beispielmann.", "Wir sind bereit", "Beispielmann"),
    ],
)
def test_so_frame(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    ((q, spk, _),) = spans(nlp, text)
    assert (q, spk) == (quote, speaker)


def test_so_look_alikes(nlp) -> None:  # type: ignore[no-untyped-def]
    assert spans(nlp, "Es regnete stark, so dass die Straßen überflutet waren.") == []
    assert spans(nlp, "Er lief schnell, so schnell wie nie.") == []


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        (
            "Die Straße wurde gesperrt, wie das Ministerium am Montag mitteilte.",
            "Die Straße wurde gesperrt",
            "das Ministerium",
        ),
        (
            "Wie die Polizei berichtete, wurden zehn Menschen verletzt.",
            "wurden zehn Menschen verletzt",
            "die Polizei",
        ),
    ],
)
def test_wie_frame(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    ((q, spk, _),) = spans(nlp, text)
    assert (q, spk) == (quote, speaker)


def test_wie_look_alikes(nlp) -> None:  # type: ignore[no-untyped-def]
    assert spans(nlp, "Wie erwartet wurde der Vertrag unterzeichnet.") == []
    assert spans(nlp, "Er arbeitet so, wie sein Vater es ihm sagte.") == []


def test_new_verbs_with_particle(nlp) -> None:  # type: ignore[no-untyped-def]
    out = spans(nlp, "Der Angeklagte gab jedoch an, es gehe ihm nur um die Kinder.")
    assert out == [("es gehe ihm nur um die Kinder", "Der Angeklagte", "indirect")]
    assert spans(nlp, "Die Firma gab den Betrieb an ihren Sohn ab.") == []


def test_pronoun_resolves_to_last_named_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Minister Hans Beispiel reiste nach Norden. Die Lage war schlecht. Es regnete. Es war kalt. "
        "Er sagte, dass die Lage ruhig sei."
    )
    (st,) = run(nlp, text)
    assert st.speaker.name == "Hans Beispiel"


def test_reportive_continuation_across_paragraph_and_plain_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nach Angaben der Polizei wurden sechs Menschen getötet. Sie starben im Krankenhaus.\n\n"
        "Außerdem sollen zehn weitere Menschen verletzt worden sein."
    )
    out = spans(nlp, text)
    assert [s for _, s, _ in out] == ["der Polizei", "der Polizei"]
    assert out[1][0] == "Außerdem sollen zehn weitere Menschen verletzt worden sein"


def test_chain_ends_after_two_plain_sentences_or_passive_frame(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nach Angaben der Polizei wurden sechs Menschen getötet. Die Stadt ist groß. Der Fluss ist breit. "
        "Es ist kalt. Außerdem sollen zehn Menschen verletzt worden sein."
    )
    assert len(spans(nlp, text)) == 1
    text = "Die Lage sei ruhig, sagte der Sprecher. Befürchtet wird jedoch, dass die Zahl höher sein könne."
    assert len(spans(nlp, text)) == 1


def test_unnamed_plural_speaker_gives_no_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    assert run(nlp, "Im Internet berichten Menschen, sie könnten ihre Angehörigen nicht erreichen.") == []
    (st,) = run(nlp, "Im Internet berichten Augenzeugen, sie könnten ihre Angehörigen nicht erreichen.")
    assert st.speaker.label == "Augenzeugen"


def test_inverted_without_clause_is_no_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    assert spans(nlp, "Der Innenminister des Landes, Hans Beispiel, nannte die Randalierer Gesindel.") == []


def test_report_cue_names_its_source(nlp) -> None:  # type: ignore[no-untyped-def]
    ((_, spk, mode),) = spans(nlp, "Nach einem Bericht der Zeitung Tagesblatt gelang ihm die Flucht.")
    assert spk == "der Zeitung Tagesblatt" and mode == "reported"
    assert spans(nlp, "Nach einem Bericht wurde das Haus verkauft.") == []


def test_adverb_in_vorfeld_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    out = spans(nlp, "Insgesamt spricht die Polizei von weniger Auseinandersetzungen.")
    assert [s for _, s, _ in out] == ["die Polizei"]


# ---- with the offline pipeline (POS tags, entities) ------------------------------------


def _statements(text: str) -> list[tuple[str, str, str]]:
    from tests.extract_helpers import facts

    return [(st.speaker.label, st.quote, st.evidence.rule) for st in facts(text).statements]


def test_quote_first_with_age_description_speaker() -> None:
    found = _statements(
        "Präsident Hans Berger hatte die Armee gerufen. «Ich habe den Befehl gegeben, das Feuer zu "
        "eröffnen», sagte der 68-Jährige am Freitag in einer Fernsehansprache."
    )
    quote = "Ich habe den Befehl gegeben, das Feuer zu eröffnen"
    assert ("Hans Berger", quote, "statement.direct.inverted") in found


def test_colon_quotation_after_clause_without_reporting_verb() -> None:
    found = _statements(
        "Aufrufe aus dem Ausland, eine friedliche Lösung zu finden, tat Hans Berger als «Dummheit» ab: "
        "«Was für Verhandlungen kann es mit Verbrechern geben?»"
    )
    quote = "Was für Verhandlungen kann es mit Verbrechern geben?"
    assert [(s, q) for s, q, _ in found] == [("Hans Berger", quote)]


@pytest.mark.parametrize(
    "text",
    [
        "Das Motto der Demonstration lautete: «Freiheit für alle Gefangenen jetzt»",
        "Auf dem Plakat stand in großen Buchstaben: «Nie wieder Krieg in Europa»",
    ],
)
def test_colon_quotation_needs_a_person_subject(text: str) -> None:
    assert _statements(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        # auxiliary first, reporting participle last
        (
            "„Wir wollen die Werke enger verzahnen“, hatte Konzernchef Martin Kramer im Interview erklärt.",
            "Martin Kramer",
        ),
        # "so" + reporting verb + object pronoun before the subject
        (
            "„Er ist die eiserne Hand im eisernen Handschuh“, so charakterisierte ihn der Gewerkschafter "
            "Bernard Aubin.",
            "Bernard Aubin",
        ),
        # "so X" followed by an adverbial phrase
        (
            "Ilona Schreiber vertritt die Frau. „Ich dachte, dass sie ihn vor dem Gericht festnehmen“, "
            "so Schreiber im Interview mit der Zeitung.",
            "Ilona Schreiber",
        ),
        # colon frame after a long subordinate clause with a passive in it
        (
            "Nachdem dieser vom Moderator gefragt wurde, was seine Liste auszeichne, entgegnete Otto "
            "Brenner verärgert: „Wollen Sie das wirklich so hinnehmen?“",
            "Otto Brenner",
        ),
    ],
)
def test_more_inverted_and_colon_frames(text: str, speaker: str) -> None:
    assert [s for s, _, _ in _statements(text)] == [speaker]


def test_she_resolves_to_a_woman_known_only_from_the_gender_lexicon() -> None:
    from kzgraph.extract.grammar.lexicon import lexicons

    assert "Wiltrud" not in lexicons().female  # the hand list does not know her
    found = _statements(
        "Am Montag trat Wiltrud Hagedorn als Vorsitzende zurück. Sie wird mit den Worten zitiert: "
        "„Nach zwölf Jahren ist es genug.“"
    )
    assert [s for s, _, _ in found] == ["Wiltrud Hagedorn"]


def test_passive_frame_without_speaker_still_gives_nothing() -> None:
    assert _statements("Befürchtet wird, dass es viele zivile Todesopfer geben könnte.") == []


def test_named_subject_after_verb_beats_an_addressee_first() -> None:
    found = _statements("Der Zeitung sagte Jonas Weber: „Ich bleibe in der Haft standhaft.“")
    assert [s for s, _, _ in found] == ["Jonas Weber"]


@pytest.mark.parametrize(
    "text, speakers",
    [
        (
            "Im Mittelpunkt stand der Streit um die Landesbank, der unter anderem Pedro Alvarez vorwirft, "
            "für die hohen Verluste verantwortlich zu sein.",
            ["Pedro Alvarez"],
        ),
        # nobody named in the relative clause: the main clause's subject is not the speaker
        ("Im Mittelpunkt stand die Landesbank, der man vorwirft, die Verluste verschuldet zu haben.", []),
        ("Die Lage sei ruhig, wie das Ministerium am Montag mitteilte.", ["das Ministerium"]),
    ],
)
def test_reporting_verb_at_the_end_of_a_relative_clause(text: str, speakers: list[str]) -> None:
    assert [s for s, _, _ in _statements(text)] == speakers


@pytest.mark.parametrize(
    "text",
    [
        "Die Lage ist ruhig. Das teilte die Polizei mit.",
        "Die Lage ist ruhig. Das gab die Polizei am Abend bekannt.",
    ],
)
def test_anaphoric_frame_with_separable_verb(text: str) -> None:
    # The particle ends the sentence, so the verb must be read over the whole unit.
    statements = facts(text).statements
    assert [(s.speaker.label, s.quote) for s in statements] == [("die Polizei", "Die Lage ist ruhig")]


def test_description_speaker_is_not_a_description_inside_the_quote() -> None:
    text = (
        "Bundeskanzler Olaf Scholz sprach. Christian Lindner wies die Vorwürfe zurück. "
        "Der Kanzler habe die Koalition in eine Krise geführt, erklärte der 45-Jährige."
    )
    statements = facts(text).statements
    # "wies die Vorwürfe zurück" is a reported speech act of his own
    assert [s.speaker.name for s in statements] == ["Christian Lindner", "Christian Lindner"]
