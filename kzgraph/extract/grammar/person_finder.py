"""Find the named persons of one article: PER entities plus title and first-name cues.

Without a trained NER the precise signal is structure: a capitalized token sequence right
after an office title or role noun ("US-Außenminister Antony Blinken"), or after a title
phrase and a comma ("der Sprecher des Ministeriums, Igor Petrow,"), or after a known
first name. Later mentions are found by alias (surname, genitive surname, full name).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from kzgraph.extract.core.tokens import LazyTokens, TokenTable, token_table
from kzgraph.extract.grammar.adjacent_names import NameCandidate, split_adjacent_names
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.event_verbs import events_lexicon
from kzgraph.extract.grammar.lexicon import Lexicons, lexicons
from kzgraph.extract.grammar.name_openers import (
    CREDIT_WORDS,
    after_credit_cue,
    entity_end,
    name_after_body,
    ner_opened_first_name,
)
from kzgraph.extract.grammar.names import (
    before_agent_phrase,
    is_name_token,
    name_at,
    particle_surname,
    second_person_after_von,
    surname_like_role,
)
from kzgraph.extract.grammar.person_record import PersonRecord
from kzgraph.extract.grammar.segments import QUOTES
from kzgraph.extract.grammar.subject_position import plural_group_before_name
from kzgraph.nlp.gazetteer import load_gazetteer
from kzgraph.nlp.name_contexts import opens_quoted_work
from kzgraph.nlp.person_names import hyphen_particle_surname, is_first_name
from kzgraph.nlp.person_rules import is_double_first_name

_FEMININE_ARTICLES = closed_class().words("feminine_nominative_articles")


def _strip_genitive(tokens: tuple[str, ...], known: set[str]) -> tuple[str, ...]:
    last = tokens[-1]
    if last.endswith("s") and last[:-1] in known:
        return (*tokens[:-1], last[:-1])
    return tokens


_Candidate = NameCandidate


def find_persons(doc: Doc, sent_bounds: list[tuple[int, int]]) -> list[tuple[PersonRecord, int]]:
    """Candidate names with the token index where each was seen first."""
    lx = lexicons()
    tokens = LazyTokens(doc)  # a Token for the words the cues below read (each made once)
    words = token_table(doc)  # the cue scans read only the words (no Token property)
    texts = words.texts
    sent_end = [0] * len(doc)
    for a, b in sent_bounds:
        for k in range(a, b):
            sent_end[k] = b
    cands = _role_candidates(doc, tokens, texts, sent_end, lx)
    cands += _first_name_candidates(doc, tokens, texts, sent_end, lx)
    seen_after_prep = _after_place_preposition(words)
    cands += _surname_candidates(tokens, words, seen_after_prep, lx)
    cands += _entity_candidates(doc, seen_after_prep, lx)
    cands += _initial_surname_candidates(tokens, texts, lx)
    cands = [c for c in cands if not opens_quoted_work(doc, c[1])]  # "im Film „Anna Karenina“"
    cands = split_adjacent_names(cands, tokens, lx)
    out = _merge_candidates(cands, set(texts), lx)
    for rec, _ in out:
        rec.gender = _gender(rec, lx, doc)
    out.sort(key=lambda v: v[1])
    return out


def _role_candidates(
    doc: Doc, tokens: Sequence[Token], texts: list[str], sent_end: list[int], lx: Lexicons
) -> list[_Candidate]:
    """A name right after a title or role ("Außenminister X Y"), or after a title phrase and a
    comma ("der Sprecher des Ministeriums, X Y,")."""
    cands: list[_Candidate] = []
    for i, text in enumerate(texts):
        if not lx.is_role(text):  # the lexicons keep each word's answer (two regex searches)
            continue
        tok = tokens[i]
        end = sent_end[i]
        j = name_at(doc, i + 1, end, lx)
        if j > i + 1:
            # a lone genitive after "der Präsident" is a country, not a name ("der Präsident Frankreichs")
            single = j == i + 2
            if (
                single
                and tokens[i + 1].text.endswith("s")
                and i > 0
                and tokens[i - 1].lower_ in _GENITIVE_CUE
            ):
                continue
            # "wählten die Stadträte X": a plural group before the name is no title of it
            titled = not plural_group_before_name(doc, lx, i)
            cands.append((tuple(t.text for t in tokens[i + 1 : j]), i + 1, tok.text if titled else None, i))
            continue
        appositive = _appositive_name(doc, tokens, i, end, lx)
        if appositive is not None:
            cands.append(
                (tuple(t.text for t in tokens[appositive[0] : appositive[1]]), appositive[0], tok.text, i)
            )
    return cands


_GENITIVE_CUE = closed_class().words("oblique_definite_articles_with_der")


def _appositive_name(
    doc: Doc, tokens: Sequence[Token], i: int, end: int, lx: Lexicons
) -> tuple[int, int] | None:
    """ "der Sprecher des Ministeriums, Igor Petrow,": the bounds of the name after the comma that
    ends the title phrase opened at ``i``, or None."""
    for k in range(i + 1, min(end, i + 9)):
        text = tokens[k].text
        if text == ",":
            j = name_at(doc, k + 1, end, lx)
            after = tokens[j].text if j < end else "."
            if j - (k + 1) >= 2 and (after in {",", ".", ";", ")"} or tokens[j].text[:1].islower()):
                return k + 1, j
            return None
        if text in {".", ";", ":", "(", "und"} or text[:1] in QUOTES:
            return None
    return None


def _first_name_candidates(
    doc: Doc, tokens: Sequence[Token], texts: list[str], sent_end: list[int], lx: Lexicons
) -> list[_Candidate]:
    """A known first name (or a double first name) opening a name of two words or more; a first
    name of the full table counts where the NER opens a person with it, so that a surname that
    is also a common noun stays in the name ("Paul Kern wurde festgenommen"). Such a name ends
    with the entity, or one word after a lone first name ("wurde Lena Sommer Mitglied")."""
    first_names = lx.male | lx.female
    cands: list[_Candidate] = []
    for i, text in enumerate(texts):
        if after_credit_cue(texts, i):
            continue  # "Foto: Vorname Name": who took the picture, not a person of the story
        if text in first_names or "-" in text and is_double_first_name(text, first_names):
            j = name_at(doc, i, sent_end[i], lx)
        elif ner_opened_first_name(tokens, texts, i, lx):
            j = min(name_at(doc, i, sent_end[i], lx), max(entity_end(tokens, i, sent_end[i]), i + 2))
        elif name_after_body(tokens, texts, i, lx):
            j = i
        else:
            continue
        if j < i + 2 and name_after_body(tokens, texts, i, lx):
            j = entity_end(tokens, i, sent_end[i])  # "der Verein | Knut Hallmann": the whole entity
        if j >= i + 2:
            cands.append((tuple(t.text for t in tokens[i:j]), i, None, -1))
    return cands


_PLACE_PREPOSITIONS = closed_class().words("place_prepositions")


def _after_place_preposition(words: TokenTable) -> set[str]:
    """Words the article uses after a place preposition ("in X", "nach X"): places, not persons."""
    texts, lowers = words.texts, words.lowers
    return {texts[i] for i in range(1, len(texts)) if lowers[i - 1] in _PLACE_PREPOSITIONS}


def _surname_candidates(
    tokens: Sequence[Token], words: TokenTable, seen_after_prep: set[str], lx: Lexicons
) -> list[_Candidate]:
    """Transliterated surnames used alone as subjects ("Petrow sagte"), never after a place
    preposition."""
    texts, lowers = words.texts, words.lowers
    n = len(texts)
    subjectish: dict[str, int] = {}
    for i, t in enumerate(texts):
        if not t[:1].isupper() or i + 1 >= n:  # a name token is capitalised
            continue
        if (
            texts[i + 1][:1].islower()
            and lowers[i + 1] not in lx.prepositions
            and lowers[i + 1] not in lx.determiners
            and lx.surname_re.search(t.lower())
            and is_name_token(tokens[i], lx)
        ):
            subjectish.setdefault(t, i)
    return [((t,), i, None, -1) for t, i in subjectish.items() if t not in seen_after_prep]


def _entity_candidates(doc: Doc, seen_after_prep: set[str], lx: Lexicons) -> list[_Candidate]:
    """The pipeline's PER entities, without titles, agent phrases and what is no person."""
    cands: list[_Candidate] = []
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        toks = [
            t
            for t in ent
            if (not lx.is_role(t.text) or surname_like_role(t, lx)) and t.text not in lx.not_name
        ]
        toks = before_agent_phrase(_without_nickname(toks), lx)
        # "[Jens Maurer] von [Elke Dorn]": a first name after "von" starts another person
        cut = next(
            (k for k in range(1, len(toks)) if second_person_after_von(doc, toks[k].i, len(doc), lx)), None
        )
        toks = toks[:cut]
        if not toks or any(any(c.isdigit() for c in t.text) for t in toks):
            continue
        if not all(
            t.text[:1].isupper() or t.text in lx.particles or particle_surname(t.text, lx) for t in toks
        ):
            continue
        if len(toks) == 1 and lx.noun_end_re.search(toks[0].lower_):
            continue
        if _not_a_person(doc, ent, toks, seen_after_prep):
            continue
        cands.append((tuple(t.text for t in toks), toks[0].i, None, -1))
    return cands


def _without_nickname(toks: list[Token]) -> list[Token]:
    """ "Tarik „Tiki“ Hasanovic" is Tarik Hasanovic: a quoted nickname is no part of the name."""
    kept, quoted = [], False
    for t in toks:
        if t.text in QUOTES:
            quoted = not quoted
        elif not quoted:
            kept.append(t)
    return kept


_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
_INITIALS = re.compile(r"^[A-ZÄÖÜ]\.(?:-[A-ZÄÖÜ]\.)?$")  # "A.-K. B."


def _initial_surname_candidates(tokens: Sequence[Token], texts: list[str], lx: Lexicons) -> list[_Candidate]:
    """A name whose surname the press shortens to its initial: "Karim B.", "Jana K." (a first
    name the tagger reads as a proper noun, then one capital and a full stop). Not a middle
    initial ("George W. Bush": a name goes on after it), not a label ("Gruppe B.": a common noun)."""
    cands: list[_Candidate] = []
    n = len(tokens)
    for i in range(1, n):
        if not _INITIAL.match(texts[i]):
            continue
        first = tokens[i - 1]
        if first.tag_ != "NE" and first.ent_type_ != "PER" and first.text not in lx.male | lx.female:
            continue
        if not first.is_alpha or not first.text[:1].isupper() or first.text in lx.not_name:
            continue
        if lx.is_role(first.text):
            continue
        after = tokens[i + 1] if i + 1 < n else None
        surname_after = after is not None and (after.tag_ == "NE" or after.ent_type_ == "PER")
        if surname_after and after is not None and is_name_token(after, lx):
            continue  # a middle initial: the surname follows
        cands.append(((first.text, tokens[i].text), i - 1, None, -1))
    return cands


def _merge_candidates(
    cands: list[_Candidate], words: set[str], lx: Lexicons
) -> list[tuple[PersonRecord, int]]:
    """One record per person: candidates merged by surname, the longest form is the name."""
    by_key: dict[str, tuple[PersonRecord, int]] = {}
    cands.sort(key=lambda c: -len(c[0]))
    family_first: dict[str, str] = {}  # "Yoon" -> key of "Yoon Suk Yeol" (family name first)
    opening: dict[str, set[str]] = {}  # first word -> keys of the longer names it opens
    for toks, start, role, role_i in cands:
        toks = _strip_genitive(toks, words)
        # "Samir al-Haddad", later "Haddad"; "Kemal Özdoğan", later "Ozdogan"
        key = _unaccented(hyphen_particle_surname(toks[-1]) or toks[-1])
        if key in by_key and _another_first_name(by_key[key][0].tokens, toks, lx):
            key = " ".join(toks)  # "Christine Strobl" beside "Thomas Strobl": two persons
        if len(toks) == 1 and key not in by_key and key in family_first:
            key = family_first[key]
        elif len(toks) == 1 and key not in by_key and len(opening.get(key, ())) == 1:
            # "Wir danken Nenad": the first name alone is the one person of the article it opens
            (key,) = opening[key]
        if key not in by_key:
            # a shorter candidate may be the genitive of a known surname ("Tokajews")
            if key.endswith("s") and key[:-1] in by_key:
                key = key[:-1]
            else:
                rec = PersonRecord(" ".join(toks), toks)
                by_key[key] = (rec, start)
                if len(toks) > 1 and (toks[0],) in rec.aliases():
                    family_first.setdefault(toks[0], key)
                if len(toks) > 1:
                    opening.setdefault(toks[0], set()).add(key)
        rec, first = by_key[key]
        by_key[key] = (rec, min(first, start))
        if role:
            rec.roles.append((role_i, role))
    return list(by_key.values())


def _another_first_name(known: tuple[str, ...], toks: tuple[str, ...], lx: Lexicons) -> bool:
    """Two full names with one surname and different first names are two persons (a couple, a
    father and son): "Christine Strobl" is not "Thomas Strobl"."""
    if len(known) < 2 or len(toks) < 2 or _unaccented(known[0]) == _unaccented(toks[0]):
        return False  # "Émile Durand" is "Emile Durand"
    if all(_INITIALS.match(t) for t in (known[0], toks[0])) or _INITIALS.match(toks[-1]):
        # "L. B." is not "M. B."; "Okan T." is not "Oya T." (an initial is a weak surname)
        return True
    bits = load_gazetteer().word_bits
    return all(t in lx.male or t in lx.female or is_first_name(t, bits) for t in (known[0], toks[0]))


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@cache
def _offence_nouns() -> frozenset[str]:
    """The offences the charges lexicon names ("Betrug", "Stalking"): a noun, never a person."""
    charges = events_lexicon()["charges"]
    return frozenset(charges["deeds"].values()) | frozenset(charges["offenders"].values())


def _not_a_person(doc: Doc, ent: Span, toks: list[Token], seen_after_prep: set[str]) -> bool:
    """Cues that overrule a statistical PER label, which is weak without vectors:
    a lone word used as a place ("in X", "nach X"), a lone offence ("durch Stalking"), a name
    standing alone in quotation marks (a newspaper, a show, a slogan), or a photo credit
    ("Foto: Agentur/Name")."""
    if len(toks) == 1 and (toks[0].text in seen_after_prep or toks[0].text in _offence_nouns()):
        return True
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    after = doc[ent.end].text if ent.end < len(doc) else ""
    if before[:1] in QUOTES and after[:1] in QUOTES:
        return True
    if before == "/":
        return True
    if before == ":" and ent.start >= 2 and doc[ent.start - 2].text in CREDIT_WORDS:
        return True  # "… den Tatort. Foto: Vorname Name": a credit inside the caption's sentence
    sent = ent.sent if doc.has_annotation("SENT_START") else None
    return sent is not None and len(sent) > 1 and sent[0].text in CREDIT_WORDS and sent[1].text == ":"


def _gender(rec: PersonRecord, lx: Lexicons, doc: Doc) -> str | None:
    first = rec.tokens[0].split("-")[0] if len(rec.tokens) > 1 else rec.tokens[0]  # "Jan-Christian"
    # "Li Fei", "Yoon Suk Yeol": the family name comes first and tells no gender
    family_first = len(rec.tokens) > 1 and (rec.tokens[0],) in rec.aliases()
    if not family_first:
        if first in lx.female:
            return "f"
        if first in lx.male:
            return "m"
        if len(rec.tokens) > 1 and rec.tokens[0] in lx.gender_of:
            return lx.gender_of[rec.tokens[0]]
    for i, role in rec.roles:
        if role.lower().endswith(("in", "innen")):  # "Präsidentin", "Sprecherin"
            return "f"
        # a nominalised adjective takes its gender from the article: "die Abgeordnete"
        if role.endswith("e") and i > 0 and doc[i - 1].lower_ in _FEMININE_ARTICLES:
            return "f"
    if len(rec.tokens) > 1 and lx.female_surname_re.search(rec.tokens[-1].lower()):
        return "f"
    if rec.roles:
        return "m"  # a masculine role noun: "Präsident", "Sprecher"
    return None
