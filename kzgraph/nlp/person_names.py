"""Rules that assemble person names from the NER's spans: first names joined to surnames, name
particles ("von der Leyen", "van den Berg", "zu Guttenberg"), and the parts of speech of a name's
words. Used by the entity rules (:mod:`kzgraph.nlp.entities`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kzgraph.nlp.gazetteer import CLASS_BITS, load_gazetteer
from kzgraph.nlp.lexicon import word_list

# Latin letters with any diacritic (Latin-1 and Latin Extended-A, Romanian ș/ț): "Keïta", "Yıldız",
# "Şahin", "Ñúñez", "Dvořák"; the upper-case class also holds Extended-A's small letters (harmless).
NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-žȘȚ][a-zß-öø-ÿĀ-žșț'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-žȘȚ]?[a-zß-öø-ÿĀ-žșț'’]+)*$")
# Lower-case particles inside personal names ("von der Leyen", "van Gogh", "da Silva").
NAME_PARTICLES = frozenset(
    {"von", "vom", "zu", "van", "de", "der", "den", "da", "di", "del", "du", "la", "le", "ten", "ter"}
    | {"bin", "ibn"}  # "Mohammed bin Salman"
)
# particles that are also German prepositions: "von der Polizei" is no name, "von der Leyen" is
GERMAN_PARTICLES = frozenset({"von", "vom", "zu"})
# Articles are particles only after another one ("van den Berg", "von der Leyen"):
# "Philipp den Königstitel" is a name and the object.
ARTICLE_PARTICLES = frozenset({"der", "den"})


def hyphen_particle_surname(text: str) -> str | None:
    """The surname of a word joined to its particle by a hyphen ("al-Haddad" -> "Haddad", "el-Mansour"
    -> "Mansour", "Al-Haddad" opening a sentence), or None. Particles: ``data/hyphen_name_particles.txt``."""
    particle, dash, rest = text.partition("-")
    if not dash or particle.lower() not in word_list("hyphen_name_particles.txt") or not NAME.match(rest):
        return None
    return rest


# after these a capitalised word may open a (headline) sentence
_SENTENCE_OPENERS = frozenset({":", '"', "„", "«", "(", "-", "–"})


def capitalised_mid_sentence_adverb(token: Token) -> bool:
    """ "Verteidigungsminister Joav Galant", "Kanzler Kurz": a capitalised word inside a sentence
    that the tagger read as an adverbial adjective or adverb is a name (German writes those
    words in lower case); place adjectives ("Berliner", ADJA) stay out."""
    if token.tag_ not in ("ADJD", "ADV") or not token.text[:1].isupper() or token.is_sent_start:
        return False
    prev = token.nbor(-1) if token.i > 0 else None
    return prev is not None and not prev.is_space and prev.text not in _SENTENCE_OPENERS


def subject_before_verb(tok: Token) -> bool:
    """A known surname the tagger read as an adjective or adverb ("Kurz", "Lang") right before a
    finite verb is that verb's subject: "Kurz betonte", unlike "Kurz darauf"."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.tag_ in ("ADJD", "ADJA", "ADV") and nxt is not None and nxt.tag_ in ("VVFIN", "VAFIN", "VMFIN")


def names_are_proper_nouns(doc: Doc) -> None:
    """A capitalised word inside a person's name is a proper noun, whatever the tagger said
    out of context: "Ricarda Lang", "Sebastian Kurz" (not the adjectives "lang", "kurz")."""
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        for tok in ent:
            if tok.text[:1].isupper() and tok.pos_ not in ("PROPN", "NOUN"):
                tok.tag_, tok.pos_ = "NE", "PROPN"


def is_first_name(text: str, word_bits: Callable[[str], int]) -> bool:
    """Every part of a (hyphenated) word is a known first name: "Karl-Theodor", "Antony"."""
    return all(word_bits(part) & CLASS_BITS["FIRST"] for part in text.split("-"))


def join_person_parts(ents: list[Span]) -> list[Span]:
    """A one-token entity directly before a PER is that person's first name
    ("[Antony]LOC [Blinken]PER" -> "Antony Blinken" PER) if it is a known first name: a place
    or team before a surname stays apart ("in Japan Rodins Signatur", "die Oilers Hawgood")."""
    gazetteer = load_gazetteer()
    result: list[Span] = []
    for e in ents:
        prev = result[-1] if result else None
        if (
            prev is not None
            and e.label_ == "PER"
            and prev.end == e.start
            and len(prev) == 1
            and len(e) == 1  # "[Berlin]LOC [Olaf Scholz]PER" is a place and a full name
            and (prev.label_ != "PER" or "-" in prev.text)  # "[Hans-Peter]PER [Kolbe]PER" too
            and NAME.match(prev.text)
            and is_first_name(prev.text, gazetteer.word_bits)
        ):
            result[-1] = Span(e.doc, prev.start, e.end, label="PER")
        else:
            result.append(e)
    return result


def complete_particles(ents: list[Span]) -> list[Span]:
    """A person's name never ends in a name particle: the small NER sometimes stops inside
    "Ursula von der Leyen". Extend such a PER over the particles and the capitalised name
    that follows; if none follows (or another entity starts there), drop the particles."""
    result: list[Span] = []
    for i, e in enumerate(ents):
        if e.label_ == "PER" and e[-1].text in NAME_PARTICLES:
            doc = e.doc
            end = e.end
            while end < len(doc) and doc[end].text in NAME_PARTICLES:
                end += 1
            next_start = ents[i + 1].start if i + 1 < len(ents) else len(doc)
            if end < next_start and NAME.match(doc[end].text):
                e = Span(doc, e.start, end + 1, label="PER")
            else:
                stop = e.end
                while stop > e.start and doc[stop - 1].text in NAME_PARTICLES:
                    stop -= 1
                if stop == e.start:
                    continue
                e = Span(doc, e.start, stop, label="PER")
        result.append(e)
    return result


def particle_names(ents: list[Span], is_name_word: Callable[[Token], bool] = lambda _: True) -> list[Span]:
    """A first name the NER stopped at, followed by name particles and a rare capitalised word,
    is one person: "[Ursula] von der Leyen", "[Karl-Theodor] zu [Guttenberg]". After "von"/"zu"
    the word must be rare in general text, so "Anna von Berlin" stays "Anna"; and it must pass
    ``is_name_word`` (the entity rules exclude titles: "Ida vom Bankdirektor")."""
    from kzgraph.nlp.clusters import is_rare_word

    gazetteer = load_gazetteer()
    result: list[Span] = []
    skip_until = -1
    for i, e in enumerate(ents):
        if e.start < skip_until:
            continue
        doc = e.doc
        if e.label_ == "PER" and len(e) == 1 and is_first_name(e[0].text, gazetteer.word_bits):
            end = e.end
            while end < len(doc) and doc[end].text in NAME_PARTICLES and end - e.end < 3:
                end += 1
            nxt = ents[i + 1] if i + 1 < len(ents) else None
            if (
                end > e.end
                and end < len(doc)
                and doc[e.end].text not in ARTICLE_PARTICLES
                and NAME.match(doc[end].text)
                and is_name_word(doc[end])
                and (doc[e.end].text not in GERMAN_PARTICLES or is_rare_word(doc[end].text))
                and (nxt is None or nxt.start > end or (nxt.start == end and len(nxt) == 1))
            ):
                skip_until = end + 1
                e = Span(doc, e.start, end + 1, label="PER")
        result.append(e)
    return result


def split_two_persons(span: Span) -> list[Span]:
    """Split "entließ [Wladimir Putin Sergej Schoigu]" (one PER from the NER) into the two
    persons: two full names side by side, each from a known first name, the second's first
    name after a word that is none ("Hans Peter Müller" and "José Luis Zapatero" stay one)."""
    if span.label_ != "PER" or len(span) < 4 or not all(NAME.match(t.text) for t in span):
        return [span]
    bits = load_gazetteer().word_bits
    doc = span.doc
    if not is_first_name(span[0].text, bits):
        return [span]
    for k in range(span.start + 2, span.end - 1):
        if is_first_name(doc[k].text, bits) and not is_first_name(doc[k - 1].text, bits):
            return [Span(doc, span.start, k, label="PER"), Span(doc, k, span.end, label="PER")]
    return [span]
