"""Whether a word can be part of a person's name, and where a name that starts at a word ends.

The person finder (``person_finder.find_persons``) and the mentions of an article read names
with these tests: a capitalized word that is no common noun, organisation or group, particles
("von", "al-"), double first names.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import Lexicons
from kzgraph.extract.grammar.segments import QUOTES
from kzgraph.nlp.gazetteer import CLASS_BITS, load_gazetteer
from kzgraph.nlp.lexicon import word_list
from kzgraph.nlp.person_names import is_first_name
from kzgraph.nlp.person_rules import is_double_first_name, is_inflected_common_noun

MAX_NAME = 4
# particles that can open a particle group; "der"/"den" only follow one ("von der")
_PARTICLE_START = closed_class().words("name_particle_starts")


def is_name_token(tok: Token, lx: Lexicons) -> bool:
    t = tok.text
    if not t[:1].isupper() or t in lx.not_name or len(t) < 2:
        return False
    if any(c.isdigit() for c in t) or any(c in QUOTES for c in t) or t.isupper() and len(t) > 3:
        return False
    if t.endswith("-"):
        return False
    low = t.lower()
    if lx.noun_end_re.search(low) or lx.org_re.search(low):
        return False
    if (lx.is_role(t) or lx.group_re.search(low) or t in _nlp_titles()) and not surname_like_role(tok, lx):
        return False
    if tok.pos_ in ("VERB", "AUX", "ADJ", "ADV", "DET", "ADP", "PRON") and tok.i > 0:
        # "Frank-Walter": a double first name the tagger reads as an adjective in "-er"
        if "-" not in t or not is_double_first_name(t, lx.male | lx.female):
            return False
    return tok.ent_type_ not in ("ORG", "LOC", "MISC")


def surname_like_role(tok: Token, lx: Lexicons) -> bool:
    """A role or title word that is the surname of the person the NER found: the last word of a
    PER entity, right after a known first name ("Bruno Kellerherr", "Ulf Kegelspieler"), and if it
    is an office title, one the gazetteer also lists as a surname ("Anna Richter", "Thomas
    König"). A role after a first name that is not the entity's end opens the next name
    ("Papst Benedikt Kardinal Brenner")."""
    doc = tok.doc
    gazetteer = load_gazetteer()
    if _surname_after_role(tok, lx, gazetteer.word_bits(tok.text)):
        return True
    if tok.ent_type_ != "PER" or tok.ent_iob_ != "I" or tok.i == 0:
        return False
    if lx.is_title(tok.text) and not gazetteer.word_bits(tok.text) & CLASS_BITS["LAST"]:
        return False  # an office ("Gerd Bezirksbürgermeister" in a list) is no surname
    if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":
        return False
    first = doc[tok.i - 1].text
    return first in lx.male or first in lx.female or is_first_name(first, gazetteer.word_bits)


def _surname_after_role(tok: Token, lx: Lexicons, bits: int) -> bool:
    """A title the gazetteer lists as a surname, right after a role noun and closing the name:
    "Trainer Richter wurde entlassen", "Bürgermeister König sagte". Two role nouns in a row
    name one person by the second's surname; before a further name the title stays a title
    ("Präsident König Harald", "Trainer Richter Meier" stay unread)."""
    doc = tok.doc
    if tok.i == 0 or not bits & CLASS_BITS["LAST"] or not lx.is_role(doc[tok.i - 1].text):
        return False
    if tok.i > 1 and doc[tok.i - 2].text[:1].isupper() and doc[tok.i - 2].tag_ == "NN":
        return False  # "die Ausbildung Trainer Richter …": no role opens the name
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return after is None or not after.text[:1].isupper()


@cache
def _nlp_titles() -> frozenset[str]:
    """The titles the entity rules know ("Bundesrätin", "Generalvikar"): no name word either."""
    return word_list("person_titles.txt")


@cache
def _common_noun_endings() -> tuple[str, ...]:
    """Endings of German common nouns ("-heit", "-ung", "-schaft" …): no surname ends so."""
    return tuple(sorted(word_list("non_name_suffixes.txt")))


def before_agent_phrase(toks: list[Token], lx: Lexicons) -> list[Token]:
    """An entity that runs on into a "von der" phrase of a common noun ends before it: "Hu von der
    Staatssicherheit" is Hu (the passive agent follows), "Ursula von der Leyen" stays whole."""
    for k in range(1, len(toks)):
        if toks[k].text not in lx.particles or toks[k - 1].text in lx.particles:
            continue
        head = next((t for t in toks[k:] if t.text not in lx.particles), None)
        if head is not None and head.lower_.endswith(_common_noun_endings()):
            return toks[:k]
    return toks


def second_person_after_von(doc: Doc, j: int, end: int, lx: Lexicons) -> bool:
    """ "von" at ``j`` before a listed first name and a surname: a person of their own ("von Elke
    Dorn"); a nobility particle stands before a surname or place ("von Kleist", "von der Leyen")."""
    return (
        doc[j].text in _PARTICLE_START
        and j + 2 < end
        and doc[j + 1].text in lx.gender_of
        and is_name_token(doc[j + 2], lx)
    )


def name_at(doc: Doc, i: int, end: int, lx: Lexicons) -> int:
    """End (exclusive) of a name starting at token i, or i when there is none."""
    j = i
    while j < end and j - i < MAX_NAME:
        tok = doc[j]
        if j > i and is_inflected_common_noun(tok) and doc[j - 1].text not in lx.particles:
            # "Minister X Gesetze (blockiert)"; after a particle the word is the surname, however
            # tagged ("von der Leyen", lemma "Leye")
            break
        if j > i and doc[j - 1].text in lx.particles and tok.lower_.endswith(_common_noun_endings()):
            break  # "wurde Hu von der Staatssicherheit verhaftet": an agent, no "von der Leyen"
        if j > i and tok.ent_iob_ == "B" and tok.ent_type_ == "PER" and doc[j - 1].ent_iob_ == "I":
            break  # "entließ [Wladimir Putin] [Sergej Schoigu]": a second full name starts
        if j > i and tok.ent_iob_ == "O" and tok.tag_ == "NN" and doc[j - 1].ent_iob_ == "I":
            break  # "wurde [Lena Sommer] Mitglied": a common noun after a full name the NER closed
        if is_name_token(tok, lx) or j > i and particle_surname(tok.text, lx):
            j += 1
        elif j > i and second_person_after_von(doc, j, end, lx):
            break  # "übernimmt X von Elke Dorn": a first name after "von" starts another person
        elif (
            tok.text in _PARTICLE_START
            and j > i
            and j + 1 < end
            and (is_name_token(doc[j + 1], lx) or (doc[j + 1].text in lx.particles and j + 2 < end))
        ):
            j += 1
        elif (
            tok.text in lx.particles
            and j > i
            and doc[j - 1].text in _PARTICLE_START
            and j + 1 < end
            and is_name_token(doc[j + 1], lx)
        ):
            j += 1  # "von der Leyen", "van den Berg"
        else:
            break
    while j > i and doc[j - 1].text in lx.particles:
        j -= 1
    return j


def particle_surname(text: str, lx: Lexicons) -> bool:
    """A surname joined to its lower-case particle by a hyphen: "al-Hakim", "el-Amin"."""
    particle, dash, rest = text.partition("-")
    return bool(dash) and particle in lx.particles and rest[:1].isupper()
