"""Tests for kzgraph.nlp (the offline German pipeline)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kzgraph.nlp import OFFLINE, NLPError, load_pipeline, pipeline_info
from kzgraph.nlp.entities import ORG_NOUNS_KEY

DATASETS = Path(__file__).resolve().parents[1] / ".." / "shared" / "datasets"
needs_datasets = pytest.mark.skipif(not DATASETS.is_dir(), reason="../shared/datasets not available")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(OFFLINE)


def sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_pipeline_is_cached(nlp: Language) -> None:
    assert load_pipeline(OFFLINE) is nlp


def test_unknown_model_raises() -> None:
    with pytest.raises(NLPError):
        load_pipeline("no_such_model")


def test_pipeline_info(nlp: Language) -> None:
    info = pipeline_info(nlp)
    assert info["name"] == OFFLINE
    assert info["kind"] == "offline"
    assert {"kz_sentences", "kz_hanta", "kz_entity_rules"} <= set(info["components"])
    assert info["versions"]["spacy"] and info["versions"]["hanta"]
    assert "model" in info["versions"]


def test_missing_space_after_full_stop(nlp: Language) -> None:
    doc = nlp("Die Armee wollte die Polizei unterstützen.In der Nacht blieb es ruhig.")
    assert [t.text for t in doc][5:8] == ["unterstützen", ".", "In"]
    assert sentences(nlp, doc.text) == [
        "Die Armee wollte die Polizei unterstützen.",
        "In der Nacht blieb es ruhig.",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Am 12. Dezember kam es zu Protesten. Die Polizei griff ein.", 2),
        ("Mehr als 7.939 Menschen wurden festgenommen. Das meldete die Regierung.", 2),
        ("Die Preise stiegen um 2,2 Millionen Tenge. Danach wurde es ruhig.", 2),
        ("Er nannte z.B. Dr. Müller und Prof. Meier, bzw. ca. 20 Nr. 5 u.a. in St. Gallen.", 1),
        ("Das geschah am 3. Januar im Jahr 2022. Dann kam der 2. Weltkrieg zur Sprache.", 2),
        ("Er kam im Jahr 1990.Dann ging er.", 2),
    ],
)
def test_sentence_splitting(nlp: Language, text: str, expected: int) -> None:
    assert len(sentences(nlp, text)) == expected, sentences(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Er sagte: „Wir bleiben an der Macht.“ Danach ging er.",
        "Er sagte: «Wir bleiben an der Macht.» Danach ging er.",
        'Er sagte: "Wir bleiben an der Macht." Danach ging er.',
        "Er sagte: ‚Wir bleiben an der Macht.‘ Danach ging er.",
    ],
)
def test_closing_quote_stays_in_sentence(nlp: Language, text: str) -> None:
    first, second = sentences(nlp, text)
    assert first.endswith(("Macht.“", "Macht.»", 'Macht."', "Macht.‘"))
    assert second == "Danach ging er."


def test_quote_then_reporting_clause_is_one_sentence(nlp: Language) -> None:
    assert len(sentences(nlp, "„Wir bleiben!“, sagte der Präsident. Dann ging er.")) == 2


def test_blank_line_separates_headline(nlp: Language) -> None:
    assert len(sentences(nlp, "Säuberungen alter Kader\n\nDer Präsident entließ den Minister.")) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one line per paragraph, as web pages give it: a headline, a label, a list entry, an
        # ordinal at the end of a line ends its line
        ("Minister Berger entlassen\nDer Kanzler hat den Minister am Montag entlassen.", 2),
        ("Talheim: Kern gewinnt die Stichwahl\nDer bisherige Ortschef trat nicht mehr an.", 2),
        ("Anwesend:\nAnna Berg\nPaul Kern\nDie Sitzung begann um neun Uhr.", 4),
        ("Sie fuhr im Slalom auf Platz 8.\nDie Siegerin kam aus Italien.", 2),
        # a line ending in an article, a conjunction or a preposition goes on
        ("Die Polizei brachte den Mann in\nHamburg zur Wache.", 1),
        ("Der Bürgermeister begrüßte die Zuhörer und\nZuhörerinnen im Saal.", 1),
        # hard-wrapped text (a line goes on in lower case): line ends are no sentence ends
        ("Der Rat lehnte ab und vertagte\ndie Sitzung auf den Sommer Der Antrag\nkommt wieder.", 2),
    ],
)
def test_line_without_final_punctuation(nlp: Language, text: str, expected: int) -> None:
    assert len(sentences(nlp, text)) == expected, sentences(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A headline without a full stop before the first sentence of the article.
        ("Unruhen in Almaty Der Präsident rief den Notstand aus.", 2),
        ("Neue Proteste in der Hauptstadt Während die Regierung schweigt, wächst die Wut.", 2),
        # Capitalised article in a name or title: one sentence.
        ("Politiker der Partei Die Linke kritisierten den Beschluss.", 1),
        ("Das berichtete das Magazin Der Spiegel am Montag.", 1),
        ("Der Gipfel fand in Den Haag statt.", 1),
        ("Sie trafen sich in Nur-Sultan und Den Haag.", 1),
        # Capitalised forms of address are not sentence openers.
        ("Wir danken Ihnen für Ihre Geduld.", 1),
    ],
)
def test_sentence_without_final_punctuation(nlp: Language, text: str, expected: int) -> None:
    assert len(sentences(nlp, text)) == expected, sentences(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Die Lage ist ernst. aber niemand reagierte.", 2),
        ("„Hilfe!“ rief er laut.", 1),
        ("Er wartete... und dann ging er.", 1),
        ("Das kostete 3 Tsd. oder mehr.", 1),
    ],
)
def test_lowercase_after_full_stop(nlp: Language, text: str, expected: int) -> None:
    assert len(sentences(nlp, text)) == expected, sentences(nlp, text)


def test_tags_lemmas_morph(nlp: Language) -> None:
    doc = nlp("Der Präsident hat die Minister entlassen.")
    assert [t.pos_ for t in doc] == ["DET", "NOUN", "AUX", "DET", "NOUN", "VERB", "PUNCT"]
    assert doc[5].tag_ == "VVPP"
    assert doc[5].lemma_ == "entlassen"
    assert doc[2].lemma_ == "haben"
    assert "VerbForm=Part" in str(doc[5].morph)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Gestern traf US-Außenminister Antony Blinken in Genf ein.", "Antony Blinken"),
        ("Das sagte Justizminister Marco Buschmann am Montag.", "Marco Buschmann"),
        (
            "Das erklärte der Sprecher des Verteidigungsministeriums, Ruslan Petrenko, am Abend.",
            "Ruslan Petrenko",
        ),
        ("Präsident Kairat Baimuchanow entließ die Regierung.", "Kairat Baimuchanow"),
    ],
)
def test_title_before_name_is_person(nlp: Language, text: str, name: str) -> None:
    ents = {(e.text, e.label_) for e in nlp(text).ents}
    assert (name, "PER") in ents, ents


def test_organisation_nouns_are_a_span_group_not_names(nlp: Language) -> None:
    # Nominal mentions, not names: GermEval, CoNLL and the pretrained pipelines tag them O.
    doc = nlp("Das Innenministerium und die Bundesregierung widersprachen.")
    assert [(s.text, s.label_) for s in doc.spans[ORG_NOUNS_KEY]] == [
        ("Innenministerium", "ORG"),
        ("Bundesregierung", "ORG"),
    ]
    assert not {e.text for e in doc.ents} & {"Innenministerium", "Bundesregierung"}


def test_surname_repeated_later_is_person(nlp: Language) -> None:
    doc = nlp("Präsident Kairat Baimuchanow entließ die Regierung. Baimuchanow sprach von Terror.")
    assert ("Baimuchanow", "PER") in {(e.text, e.label_) for e in doc.ents}


def test_surname_with_particles_repeated_keeps_its_particles(nlp: Language) -> None:
    doc = nlp(
        "Kommissionspräsidentin Ursula von der Leyen reiste nach Kiew. Von der Leyen sprach dort. "
        "Später traf von der Leyen den Präsidenten."
    )
    people = {e.text for e in doc.ents if e.label_ == "PER"}
    assert {"Von der Leyen", "von der Leyen"} <= people
    assert "Leyen" not in people


@pytest.mark.slow
@needs_datasets
def test_germeval_split_keeps_evaluation_out() -> None:
    from kzgraph.nlp.corpora import germeval_splits

    trainable, evaluation = germeval_splits(DATASETS)
    assert len(evaluation) == 1000
    assert len(trainable) == 2200 + 5100 - 1000
    assert not any("deriv" in t or "part" in t or "OTH" in t for s in trainable for t in s.tags)


@pytest.mark.slow
@needs_datasets
def test_ud_reader_and_upos(nlp: Language) -> None:
    from spacy.tokens import Doc

    from kzgraph.nlp.corpora import UD_GSD_TEST, read_conllu

    sents = [s for _, s in zip(range(50), read_conllu(DATASETS / UD_GSD_TEST), strict=False)]
    correct = total = 0
    for sent in sents:
        doc = nlp(Doc(nlp.vocab, words=sent.words, spaces=sent.spaces))
        correct += sum(t.pos_ == g for t, g in zip(doc, sent.upos, strict=True))
        total += len(sent.upos)
    assert correct / total > 0.9


def test_entities_never_contain_whitespace_tokens(nlp: Language) -> None:
    doc = nlp("Neue Kader\n\nPräsident Kairat Baimuchanow entließ die Regierung.\n\nDanach Ruhe.")
    assert doc.ents
    assert all(not e[0].is_space and not e[-1].is_space for e in doc.ents)


def test_nominalised_adjective_is_a_noun(nlp: Language) -> None:
    doc = nlp("Das sagte der 68-Jährige am Freitag. Der Deutsche Bundestag tagte.")
    tags = {t.text: (t.tag_, t.pos_) for t in doc}
    assert tags["68-Jährige"] == ("NN", "NOUN")
    assert tags["Deutsche"][0] == "ADJA"  # attributive: a noun follows


def test_gazetteer_features() -> None:
    from kzgraph.nlp.gazetteer import CLASS_BITS, CONTINUATION, GENITIVE, Gazetteer

    gazetteer = Gazetteer({"FIRST": {"Angela"}, "LAST": {"Merkel"}, "LOC": {"Berlin", "New York"}})
    words = ["Angela", "Merkel", "flog", "von", "Berlins", "Flughafen", "nach", "New", "York", "."]
    bits = gazetteer.features(words)
    assert bits[0] == CLASS_BITS["FIRST"]
    assert bits[1] == CLASS_BITS["LAST"]
    assert bits[4] == CLASS_BITS["LOC"] | GENITIVE
    assert bits[7] == CLASS_BITS["LOC"]
    assert bits[8] == CLASS_BITS["LOC"] | CONTINUATION
    assert bits[2] == bits[5] == bits[9] == 0
    assert Gazetteer({}).features(words) == [0] * len(words)


def test_shipped_gazetteer_has_general_names() -> None:
    from kzgraph.nlp.gazetteer import CLASS_BITS, load_gazetteer

    gazetteer = load_gazetteer()
    assert gazetteer.word_bits("Angela") & CLASS_BITS["FIRST"]
    assert gazetteer.word_bits("Müller") & CLASS_BITS["LAST"]
    assert gazetteer.word_bits("München") & CLASS_BITS["LOC"]
    assert gazetteer.word_bits("Frankreich") & CLASS_BITS["LOC"]
    assert gazetteer.word_bits("GmbH") & CLASS_BITS["ORG"]
    # Function words are never gazetteer entries, even where they are someone's surname.
    assert not any(gazetteer.word_bits(w) for w in ("Die", "Der", "Und", "Im"))


def test_shipped_model_loads_and_tags_obvious_names(nlp: Language) -> None:
    import spacy

    from kzgraph.nlp import MODEL_DIR

    # The model directory alone round-trips through spacy.load once kzgraph.nlp is imported.
    assert spacy.load(MODEL_DIR).pipe_names == ["kz_hanta", "tok2vec", "ner"]
    ents = {(e.text, e.label_) for e in nlp("Angela Merkel besuchte Paris.").ents}
    assert ents == {("Angela Merkel", "PER"), ("Paris", "LOC")}


def test_person_never_ends_in_a_name_particle(nlp: Language) -> None:
    from spacy.tokens import Span

    from kzgraph.nlp.person_names import complete_particles

    doc = nlp.make_doc("Auch Ursula von der Leyen kam. Dann sprach Peter von.")
    completed = complete_particles([Span(doc, 1, 3, label="PER"), Span(doc, 9, 11, label="PER")])
    assert [(e.text, e.label_) for e in completed] == [("Ursula von der Leyen", "PER"), ("Peter", "PER")]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Berlin (dpa) - Kanzler Scholz hat Minister Lindner entlassen.",
            ["Berlin (dpa) -", "Kanzler Scholz hat Minister Lindner entlassen."],
        ),
        ("Moskau/Almaty (AFP) – Der Präsident sprach.", ["Moskau/Almaty (AFP) –", "Der Präsident sprach."]),
        ("BERLIN (dpa-AFX) - Die Aktie stieg.", ["BERLIN (dpa-AFX) -", "Die Aktie stieg."]),
        # Look-alikes: an article first, a space inside the brackets, an age.
        ("Die SPD (Partei) – kurz gesagt – verliert.", ["Die SPD (Partei) – kurz gesagt – verliert."]),
        ("Der Bericht (siehe unten) - So der Autor.", ["Der Bericht (siehe unten) - So der Autor."]),
        ("Tokajew (68) - Der Präsident sprach.", ["Tokajew (68) - Der Präsident sprach."]),
    ],
)
def test_agency_dateline_is_its_own_segment(nlp: Language, text: str, sentences: list[str]) -> None:
    assert [s.text for s in nlp(text).sents] == sentences


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an inflected common noun after the name (the tagger lemmatises it) is not part of it
        ("Zu oft hat Bundesminister Mustermann Gesetze blockiert.", "Mustermann"),
        # a weekday is never the end of a name
        ("Das sagte Kanzler Mustermann Mittwoch in Berlin.", "Mustermann"),
    ],
)
def test_person_name_after_title_stops_at_common_words(nlp: Language, text: str, name: str) -> None:
    persons = [e.text for e in nlp(text).ents if e.label_ == "PER"]
    assert name in persons, persons
    assert not [p for p in persons if p.startswith(name + " ")], persons


@pytest.mark.parametrize(
    "text",
    [
        "Das sagte er der Nachrichtenagentur Mustermann zufolge.",
        "Die Aktien des Autobauers Beispiel fielen, sagte der Autobauer Beispiel.",
    ],
)
def test_name_after_organisation_noun_is_no_person(nlp: Language, text: str) -> None:
    assert not [e.text for e in nlp(text).ents if e.label_ == "PER"]


def test_words_of_a_persons_name_are_proper_nouns(nlp: Language) -> None:
    doc = nlp("Die Grünen-Chefin Ricarda Lang forderte mehr Tempo.")
    lang = next(t for t in doc if t.text == "Lang")
    assert lang.ent_type_ == "PER"
    assert (lang.pos_, lang.tag_) == ("PROPN", "NE")


def test_known_surname_read_as_adjective_before_a_verb_is_a_person(nlp: Language) -> None:
    doc = nlp("Der frühere Kanzler Sebastian Kurz sagte das. Kurz betonte, er sei unschuldig.")
    assert [t.ent_type_ for t in doc if t.text == "Kurz"] == ["PER", "PER"]
    doc = nlp("Der frühere Kanzler Sebastian Kurz sagte das. Kurz darauf trat er zurück.")
    assert [t.ent_type_ for t in doc if t.text == "Kurz"] == ["PER", ""]


@pytest.mark.parametrize(
    ("words", "first", "expected"),
    [
        (["Ursula", "von", "der", "Leyen", "kam"], (0, 1), "Ursula von der Leyen"),
        (["Hans", "van", "den", "Berg", "kam"], (0, 1), "Hans van den Berg"),
        (["Anna", "von", "Berlin", "kam"], (0, 1), "Anna"),  # a frequent word after "von" is no surname
        (["Anna", "von", "der", "Polizei", "kam"], (0, 1), "Anna"),
    ],
)
def test_first_name_before_particles_and_a_rare_word_is_one_person(words, first, expected) -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from kzgraph.nlp.person_names import particle_names

    doc = Doc(spacy.blank("de").vocab, words=words)
    ents = particle_names([Span(doc, *first, label="PER")])
    assert [e.text for e in ents] == [expected]


def test_a_place_before_a_full_name_is_not_its_first_name(nlp: Language) -> None:
    from spacy.tokens import Doc, Span

    from kzgraph.nlp.person_names import join_person_parts

    doc = Doc(nlp.vocab, words=["in", "Berlin", "Olaf", "Scholz", "und", "Antony", "Blinken"])
    ents = [Span(doc, 1, 2, "LOC"), Span(doc, 2, 4, "PER"), Span(doc, 5, 6, "LOC"), Span(doc, 6, 7, "PER")]
    assert [(e.text, e.label_) for e in join_person_parts(ents)] == [
        ("Berlin", "LOC"),
        ("Olaf Scholz", "PER"),
        ("Antony Blinken", "PER"),
    ]
