"""Statements: speakers of explicit sources, plural descriptions, nominative labels."""

from __future__ import annotations

import pytest

from kzgraph.extract.facts import AgentKind, Statement
from tests.extract_helpers import facts

LEAD = "Bundesinnenministerin Nancy Faeser sprach von einem besonders schweren Fall. "


def statements(text: str) -> list[Statement]:
    return facts(text).statements


def speaker_of(text: str, fragment: str) -> str | None:
    """Label of the speaker of the statement whose quote contains ``fragment``; None if none."""
    hits = [st for st in statements(text) if fragment in st.quote]
    return hits[0].speaker.label if hits else None


# ---- an explicit source is never the previous speaker -------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Nach Angaben der Ermittler hatte er Informationen an die Botschaft weitergegeben.",
        "Nach Angaben der Fahnder hatte er Informationen an die Botschaft weitergegeben.",
        "Wie die Ermittler mitteilten, hatte er Informationen an die Botschaft weitergegeben.",
        "Die Ermittler sagten, er habe Informationen an die Botschaft weitergegeben.",
        "Den Ermittlern zufolge hatte er Informationen an die Botschaft weitergegeben.",
    ],
)
def test_plural_source_is_not_the_last_named_person(second: str) -> None:
    text = LEAD + "\n\nEin Mitarbeiter wurde festgenommen. " + second
    assert speaker_of(text, "Informationen an die Botschaft") not in (None, "Nancy Faeser")


def test_probe_article_last_paragraph() -> None:
    text = (
        "Bundesinnenministerin Nancy Faeser sprach von einem besonders schweren Fall. «Wir lassen uns "
        "von Putins Terror nicht einschüchtern», sagte die SPD-Politikerin.\n\nBereits im Januar war in "
        "Berlin ein Mitarbeiter der Bundeswehr wegen Landesverrats festgenommen worden. Nach Angaben der "
        "Ermittler hatte er Informationen an die russische Botschaft weitergegeben."
    )
    sts = [st for st in statements(text) if "Botschaft" in st.quote]
    assert len(sts) == 1
    assert sts[0].speaker.label == "Ermittler"
    assert sts[0].speaker.kind == AgentKind.GROUP
    # the quotation before still belongs to the minister
    assert speaker_of(text, "Putins Terror") == "Nancy Faeser"


@pytest.mark.parametrize(
    "singular",
    [
        "Die Ministerin sagte, er habe Informationen an die Botschaft weitergegeben.",
        "Nach Angaben der Ministerin hatte er Informationen an die Botschaft weitergegeben.",
    ],
)
def test_singular_description_still_resolves(singular: str) -> None:
    assert speaker_of(LEAD + singular, "Informationen an die Botschaft") == "Nancy Faeser"


def test_spokeswoman_is_not_the_minister() -> None:
    text = LEAD + "Die Sprecherin sagte, er habe Informationen an die Botschaft weitergegeben."
    assert speaker_of(text, "Informationen an die Botschaft") != "Nancy Faeser"


@pytest.mark.parametrize(
    "second",
    [
        "Laut Medienberichten seien zwei Menschen verletzt worden.",
        "Offiziellen Angaben zufolge seien zwei Menschen verletzt worden.",
        "Nach übereinstimmenden Berichten seien zwei Menschen verletzt worden.",
    ],
)
def test_generic_source_breaks_the_continuation(second: str) -> None:
    text = "Innenminister Karl Huber sagte, die Lage sei ruhig. " + second
    sts = statements(text)
    assert [st.speaker.label for st in sts] == ["Karl Huber"]
    assert "verletzt" not in sts[0].quote


def test_compound_source_speaks_and_breaks_the_continuation() -> None:
    text = (
        "Innenminister Karl Huber sagte, die Lage sei ruhig. "
        "Nach Polizeiangaben sollen zwei Menschen verletzt worden sein."
    )
    sts = statements(text)
    assert [st.speaker.label for st in sts] == ["Karl Huber", "Polizei"]
    assert "verletzt" not in sts[0].quote


def test_continuation_without_source_still_works() -> None:
    text = "Innenminister Karl Huber sagte, die Lage sei ruhig. Zwei Menschen seien verletzt worden."
    sts = statements(text)
    assert len(sts) == 1 and "verletzt" in sts[0].quote and sts[0].speaker.label == "Karl Huber"


# ---- nominative labels ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "label"),
    [
        ("nach Angaben des Kremls", "Kreml"),
        ("nach Angaben des Innenministeriums", "Innenministerium"),
        ("nach Angaben des Präsidialamtes", "Präsidialamt"),
        ("nach Angaben der Bundesanwaltschaft", "Bundesanwaltschaft"),
        ("nach Angaben des Landkreises", "Landkreis"),
        ("nach Angaben des russischen Verteidigungsministeriums", "das russische Verteidigungsministerium"),
        ("nach Angaben der russischen Behörden", "die russischen Behörden"),
        ("nach Informationen der Deutschen Presse-Agentur", "die Deutsche Presse-Agentur"),
        ("nach Angaben des Sprechers des Ministeriums", "Sprecher des Ministeriums"),
        ("nach Angaben eines Sprechers der Polizei", "ein Sprecher der Polizei"),
    ],
)
def test_genitive_source_label_is_nominative(source: str, label: str) -> None:
    text = f"Zwei Soldaten starben {source}."
    assert speaker_of(text, "Soldaten") == label


@pytest.mark.parametrize(
    ("source", "label"),
    [
        ("dem Ministerium zufolge", "Ministerium"),
        ("den Ermittlern zufolge", "Ermittler"),
    ],
)
def test_dative_source_label_is_nominative(source: str, label: str) -> None:
    text = f"{source[0].upper()}{source[1:]} starben zwei Soldaten."
    assert speaker_of(text, "Soldaten") == label


def test_kreml_name_is_nominative() -> None:
    text = "Generalstabschef Waleri Gerassimow bleibt nach Angaben des Kremls im Amt."
    st = statements(text)[0]
    assert st.speaker.label == "Kreml"
    assert st.speaker.name in (None, "Kreml")


@pytest.mark.parametrize("name", ["Paris", "Diess", "Tsipras", "VW"])
def test_names_ending_in_s_keep_it(name: str) -> None:
    text = f"Die Steuern steigen nach Angaben von {name}."
    label = speaker_of(text, "Steuern")
    assert label is not None and label.endswith(name)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Steuern steigen, teilte der Verein mit.", "der Verein"),
        ("Die Steuern steigen, teilte die Behörde mit.", "die Behörde"),
    ],
)
def test_nominative_subject_keeps_its_label(text: str, label: str) -> None:
    assert speaker_of(text, "Steuern") == label


@pytest.mark.parametrize(
    "second",
    [
        "Nach ihren Informationen habe der Täter in einem Hotel in Prag gewohnt.",
        "Nach seinen Worten habe der Täter in einem Hotel in Prag gewohnt.",
        "Ihr zufolge habe der Täter in einem Hotel in Prag gewohnt.",
    ],
)
def test_own_source_of_the_speaker_continues(second: str) -> None:
    text = "Die Anwältin Gül Demir sagte, ihre Mandantin habe Angst gehabt. " + second
    assert speaker_of(text, "Prag") == "Gül Demir"


def test_clause_before_semicolon_continues_the_source_after_does_not() -> None:
    text = (
        "Innenminister Karl Huber sagte, die Lage sei ruhig. Der Täter sei psychisch labil; "
        "nach Behördenangaben stecke keine terroristische Tat dahinter."
    )
    sts = statements(text)
    assert [st.speaker.label for st in sts] == ["Karl Huber"]
    assert "labil" in sts[0].quote and "Behördenangaben" not in sts[0].quote


# ---- descriptions, particles and addressees ------------------------------------------------


def test_description_without_a_person_head_is_not_the_last_named_person() -> None:
    # "der Tabellenletzte" is the club, not the coach named before.
    text = "Der Klub hat Trainer Peter Lang entlassen. Das gab der Tabellenletzte am Sonntag bekannt."
    assert speaker_of(text, "entlassen") not in (None, "Peter Lang")


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ("Der Angeklagte sagte, er sei unschuldig.", "Peter Lang"),
        ("Der 58-Jährige sagte, er sei unschuldig.", "Peter Lang"),
        ("Der Unternehmer sagte, er sei unschuldig.", "Peter Lang"),
    ],
)
def test_person_description_still_resolves(second: str, speaker: str) -> None:
    text = "Der Prozess gegen Peter Lang hat begonnen. " + second
    assert speaker_of(text, "unschuldig") == speaker


def test_surname_with_particles_opening_a_sentence_is_the_full_name() -> None:
    text = (
        "Brüssel (dpa) - EU-Kommissionspräsidentin Ursula von der Leyen hat den Plan verteidigt. "
        "Von der Leyen sagte, man werde nicht nachgeben."
    )
    assert speaker_of(text, "nicht nachgeben") == "Ursula von der Leyen"


def test_newspaper_after_an_age_is_the_addressee_not_a_genitive() -> None:
    text = "Peter Lang ist Bürgermeister. Das sei richtig, sagte der 58-Jährige der Lokalzeitung."
    assert speaker_of(text, "richtig") == "Peter Lang"
    # a role keeps its genitive attribute
    text = "Die Entscheidung sei richtig, sagte der Sprecher der Stadtverwaltung."
    assert speaker_of(text, "Entscheidung") == "der Sprecher der Stadtverwaltung"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "die Abgeordnete": a nominalised adjective takes its gender from the article
        ("Die Abgeordnete Kim Lorenz hat den Plan kritisiert. Sie sagte, er sei falsch.", "Kim Lorenz"),
        ("Die Vorsitzende des Rates, Kim Lorenz, hat kritisiert. Sie sagte, er sei falsch.", "Kim Lorenz"),
        # a singular verb makes "sie" one person, also of unknown gender
        ("Kim Lorenz hat den Plan kritisiert. Sie sagte, er sei falsch.", "Kim Lorenz"),
        ("Kim Lorenz hat den Plan kritisiert. Der Plan sei falsch, sagte sie.", "Kim Lorenz"),
        # plural "sie": the two named before, who spoke together (their criticism is a speech act)
        (
            "Kim Lorenz und Tom Berg haben den Plan kritisiert. Sie sagten, er sei falsch.",
            "Kim Lorenz und Tom Berg",
        ),
        # plural "sie" after one person: nobody; a man named before: nobody
        ("Kim Lorenz hat den Plan kritisiert. Sie sagten, er sei falsch.", None),
        ("Peter Lorenz hat den Plan kritisiert. Sie sagte, er sei falsch.", None),
    ],
)
def test_sie_resolves_by_article_gender_and_verb_number(text: str, speaker: str | None) -> None:
    assert speaker_of(text, "falsch") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Ministerin wies die Vorwürfe zurück: Sie habe sich nichts vorzuwerfen.", "Die Ministerin"),
        ("Anna Berg reagierte gelassen: Man werde abwarten.", "Anna Berg"),
    ],
)
def test_subjunctive_after_a_colon_is_reported_speech(text: str, speaker: str) -> None:
    (st,) = statements(text)
    assert (st.speaker.label, st.mode) == (speaker, "indirect")


@pytest.mark.parametrize(
    "text",
    [
        "Das Motto lautet: Es sei nie zu spät.",  # no speaker
        "Die Lage ist ernst: Es gebe kaum noch Wasser.",
        "Die Ministerin reiste ab: Es gibt kaum noch Wasser.",  # indicative: the narrator's
    ],
)
def test_colon_look_alikes(text: str) -> None:
    assert [st.quote for st in statements(text) if "Wasser" in st.quote or "spät" in st.quote] == []


@pytest.mark.parametrize(
    ("text", "speaker", "mode"),
    [
        ("„Wir prüfen alle Optionen“, hieß es aus Regierungskreisen.", "Regierungskreise", "direct"),
        ("In einer Mitteilung der Polizei hieß es, die Lage sei unter Kontrolle.", "Polizei", "indirect"),
        ("Aus dem Ministerium hieß es, man sehe keinen Anlass zur Sorge.", "Ministerium", "indirect"),
        ("Es hieß aus Sicherheitskreisen, der Angriff sei vereitelt.", "Sicherheitskreise", "indirect"),
    ],
)
def test_hiess_es_with_a_named_source(text: str, speaker: str, mode: str) -> None:
    (st,) = statements(text)
    assert (st.speaker.label, st.mode) == (speaker, mode)


@pytest.mark.parametrize(
    "text",
    [
        "Es hieß, die Gespräche gingen weiter.",  # nobody named
        "In Berlin hieß es, die Gespräche gingen weiter.",  # a place is no source
        "Ricarda Lang sagte das. In Berlin hieß es, die Gespräche gingen weiter.",  # nor the last speaker
    ],
)
def test_hiess_es_without_a_source_gives_no_speaker(text: str) -> None:
    assert [st for st in statements(text) if "Gespräche" in st.quote] == []


def test_surname_that_is_also_an_adjective_speaks() -> None:
    text = "Die Grünen-Chefin Ricarda Lang forderte, das Gesetz müsse schnell kommen."
    assert speaker_of(text, "Gesetz") == "Ricarda Lang"
    text = "Der frühere Kanzler Sebastian Kurz sagte das. Kurz betonte, er habe nichts falsch gemacht."
    assert speaker_of(text, "nichts falsch") == "Sebastian Kurz"


def test_frame_finder_mixins_define_each_method_once() -> None:
    # The mixins share one namespace: a second method of the same name silently replaces the first.
    from collections import Counter

    from kzgraph.extract.kinds.statements.quotes.frames import FrameFinder

    names = Counter(
        name
        for cls in FrameFinder.__mro__
        if cls.__module__.startswith("kzgraph.extract.kinds.statements.quotes")
        for name, value in vars(cls).items()
        if callable(value) and not name.startswith("__")
    )
    assert [name for name, n in names.items() if n > 1] == []


def test_er_after_a_womans_statement_is_the_unnamed_man_before() -> None:
    text = (
        "Nancy Faeser sagte, es sei ernst. Ein Sprecher der russischen Botschaft wies die Vorwürfe "
        "zurück. Es handle sich um eine Provokation, erklärte er."
    )
    assert speaker_of(text, "Provokation") == "Ein Sprecher der russischen Botschaft"
    # with no such man, "er" is not the woman who spoke last
    text = "Nancy Faeser sagte, es sei ernst. Es handle sich um eine Provokation, erklärte er."
    assert speaker_of(text, "Provokation") is None


def test_a_reporting_verb_in_the_subjunctive_is_the_current_speakers_report() -> None:
    text = (
        'Eine Entlassung wäre "nicht verhältnismäßig", sagte Söder am Sonntag. '
        "Aiwanger habe Fehler eingeräumt, müsse aber verlorenes Vertrauen zurückgewinnen."
    )
    # "müsse aber …" is a second predicate of Aiwanger, not what "eingeräumt" reports; and
    # the whole sentence is Söder's indirect speech
    assert speaker_of(text, "müsse aber") == "Söder"
    assert not [s for s in statements(text) if s.quote.startswith("müsse")]


def test_clause_before_hiess_es_aus_is_the_sources_statement() -> None:
    text = "Die Probleme hatten zuletzt mehrere Modellstarts verzögert, hieß es aus Unternehmenskreisen."
    (st,) = statements(text)
    assert st.speaker.label == "Unternehmenskreise"
    assert st.quote == "Die Probleme hatten zuletzt mehrere Modellstarts verzögert"


@pytest.mark.parametrize(
    "text",
    [
        # the tagger reads "der" before a name as an article; the clause is still relative
        'Sportdirektor Ljubomir Vranjes, der Krickau vor drei Jahren geholt hatte, sagte: "Das ist schwer."',
        'Ljubomir Vranjes, der Krickau holte, sagte: "Das ist schwer."',
    ],
)
def test_a_relative_clause_with_a_name_between_speaker_and_verb(text: str) -> None:
    assert speaker_of(text, "Das ist schwer") == "Ljubomir Vranjes"
