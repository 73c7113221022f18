"""Find the named persons of one article: PER entities plus title and first-name cues.

Without a trained NER the precise signal is structure: a capitalized token sequence right
after an office title or role noun ("US-Außenminister Antony Blinken"), or after a title
phrase and a comma ("der Sprecher des Ministeriums, Igor Petrow,"), or after a known
first name. Later mentions are found by alias (surname, genitive surname, full name).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from kzgraph.extract.grammar.lexicon import Lexicons, lexicons
from kzgraph.extract.grammar.segments import QUOTES
from kzgraph.nlp.lexicon import word_list
from kzgraph.nlp.person_rules import is_double_first_name, is_inflected_common_noun

MAX_NAME = 4
# particles that can open a particle group; "der"/"den" only follow one ("von der")
_PARTICLE_START = {
    "von",
    "van",
    "de",
    "da",
    "di",
    "du",
    "del",
    "al",
    "el",
    "bin",
    "ibn",
    "zu",
    "ten",
    "ter",
    "vom",
}


@dataclass
class PersonRecord:
    name: str  # the longest form seen: "Kassym-Schomart Tokajew"
    tokens: tuple[str, ...]
    gender: str | None = None  # "m" | "f" | None
    roles: list[tuple[int, str]] = field(default_factory=list)  # (token index of the role word, role word)
    starts: list[int] = field(default_factory=list)  # where a name was introduced after a role
    ages: set[str] = field(default_factory=set)

    @property
    def surname(self) -> tuple[str, ...]:
        # "Ursula von der Leyen" -> ("von", "der", "Leyen"); "Xi Jinping" -> ("Jinping",)
        toks = self.tokens
        for k, t in enumerate(toks[1:], 1):
            if t[:1].islower():
                return toks[k:]
        return toks[-1:]

    def aliases(self) -> list[tuple[str, ...]]:
        out = [self.tokens]
        sur = self.surname
        if sur != self.tokens:
            out.append(sur)
        out.append((*sur[:-1], sur[-1] + "s"))
        if self.tokens != sur:
            out.append((*self.tokens[:-1], self.tokens[-1] + "s"))
        lx = lexicons()
        # East Asian order (family name first): "Xi Jinping" is later just "Xi".
        first = self.tokens[0]
        if len(self.tokens) == 2 and len(first) <= 3 and first not in lx.male | lx.female:
            out.append((first,))
        # Korean names come in three short syllables: "Yoon Suk Yeol" is later "Yoon"
        elif (
            len(self.tokens) == 3
            and all(len(t) <= 5 for t in self.tokens)
            and not any(t in lx.male | lx.female for t in self.tokens)
        ):
            out.append((first,))
        # A surname with particles opens a sentence capitalised: "Von der Leyen sagte ...".
        out += [(a[0].capitalize(), *a[1:]) for a in out if a[0][:1].islower()]
        return out


def is_name_token(tok: Token, lx: Lexicons) -> bool:
    t = tok.text
    if not t[:1].isupper() or t in lx.not_name or len(t) < 2:
        return False
    if any(c.isdigit() for c in t) or any(c in QUOTES for c in t) or t.isupper() and len(t) > 3:
        return False
    if t.endswith("-") or lx.is_role(t):
        return False
    low = t.lower()
    if lx.noun_end_re.search(low) or lx.org_re.search(low) or lx.group_re.search(low):
        return False
    if tok.pos_ in ("VERB", "AUX", "ADJ", "ADV", "DET", "ADP", "PRON") and tok.i > 0:
        # "Frank-Walter": a double first name the tagger reads as an adjective in "-er"
        if "-" not in t or not is_double_first_name(t, lx.male | lx.female):
            return False
    return tok.ent_type_ not in ("ORG", "LOC", "MISC")


@cache
def _common_noun_endings() -> tuple[str, ...]:
    """Endings of German common nouns ("-heit", "-ung", "-schaft" …): no surname ends so."""
    return tuple(sorted(word_list("non_name_suffixes.txt")))


def _before_agent_phrase(toks: list[Token], lx: Lexicons) -> list[Token]:
    """An entity that runs on into a "von der" phrase of a common noun ends before it: "Hu von der
    Staatssicherheit" is Hu (the passive agent follows), "Ursula von der Leyen" stays whole."""
    for k in range(1, len(toks)):
        if toks[k].text not in lx.particles or toks[k - 1].text in lx.particles:
            continue
        head = next((t for t in toks[k:] if t.text not in lx.particles), None)
        if head is not None and head.lower_.endswith(_common_noun_endings()):
            return toks[:k]
    return toks


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
        if is_name_token(tok, lx):
            j += 1
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


def _strip_genitive(tokens: tuple[str, ...], known: set[str]) -> tuple[str, ...]:
    last = tokens[-1]
    if last.endswith("s") and last[:-1] in known:
        return (*tokens[:-1], last[:-1])
    return tokens


def find_persons(doc: Doc, sent_bounds: list[tuple[int, int]]) -> list[tuple[PersonRecord, int]]:
    """Candidate names with the token index where each was seen first."""
    lx = lexicons()
    cands: list[tuple[tuple[str, ...], int, str | None, int]] = []  # tokens, start, role word, role index
    sent_end = [0] * len(doc)
    for a, b in sent_bounds:
        for k in range(a, b):
            sent_end[k] = b
    n = len(doc)
    for i, tok in enumerate(doc):
        if not lx.is_role(tok.text):
            continue
        end = sent_end[i] if i < n else n
        j = name_at(doc, i + 1, end, lx)
        if j > i + 1:
            # a lone genitive after "der Präsident" is a country, not a name ("der Präsident Frankreichs")
            single = j == i + 2
            if (
                single
                and doc[i + 1].text.endswith("s")
                and i > 0
                and doc[i - 1].lower_ in ("der", "des", "dem", "den")
            ):
                continue
            cands.append((tuple(t.text for t in doc[i + 1 : j]), i + 1, tok.text, i))
            continue
        # appositive: "der Sprecher des Ministeriums, Igor Petrow," (title phrase, comma, name)
        for k in range(i + 1, min(end, i + 9)):
            if doc[k].text == ",":
                j = name_at(doc, k + 1, end, lx)
                after = doc[j].text if j < end else "."
                if j - (k + 1) >= 2 and (after in {",", ".", ";", ")"} or doc[j].text[:1].islower()):
                    cands.append((tuple(t.text for t in doc[k + 1 : j]), k + 1, tok.text, i))
                break
            if doc[k].text in {".", ";", ":", "(", "und"} or doc[k].text[:1] in QUOTES:
                break
    first_names = lx.male | lx.female
    for i, tok in enumerate(doc):
        if tok.text in first_names or "-" in tok.text and is_double_first_name(tok.text, first_names):
            j = name_at(doc, i, sent_end[i], lx)
            if j >= i + 2:
                cands.append((tuple(t.text for t in doc[i:j]), i, None, -1))
    # transliterated surnames used alone as subjects ("Petrow sagte"), never after a place preposition
    place_prep = {"in", "nach", "aus", "bei", "um", "von"}
    seen_after_prep: set[str] = set()
    subjectish: dict[str, int] = {}
    for i, tok in enumerate(doc):
        t = tok.text
        if i > 0 and doc[i - 1].lower_ in place_prep:
            seen_after_prep.add(t)
        if (
            lx.surname_re.search(t.lower())
            and is_name_token(tok, lx)
            and i + 1 < n
            and doc[i + 1].text[:1].islower()
            and doc[i + 1].lower_ not in lx.prepositions
            and doc[i + 1].lower_ not in lx.determiners
        ):
            subjectish.setdefault(t, i)
    for t, i in subjectish.items():
        if t not in seen_after_prep:
            cands.append(((t,), i, None, -1))
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        toks = [t for t in ent if not lx.is_role(t.text) and t.text not in lx.not_name]
        toks = _before_agent_phrase(toks, lx)
        if not toks or any(any(c.isdigit() for c in t.text) for t in toks):
            continue
        if not all(t.text[:1].isupper() or t.text in lx.particles for t in toks):
            continue
        if len(toks) == 1 and lx.noun_end_re.search(toks[0].lower_):
            continue
        if _not_a_person(doc, ent, toks, seen_after_prep):
            continue
        cands.append((tuple(t.text for t in toks), toks[0].i, None, -1))
    # merge candidates by surname; the longest form is the name
    words = {t.text for t in doc}
    by_key: dict[str, tuple[PersonRecord, int]] = {}
    cands.sort(key=lambda c: -len(c[0]))
    family_first: dict[str, str] = {}  # "Yoon" -> key of "Yoon Suk Yeol" (family name first)
    opening: dict[str, set[str]] = {}  # first word -> keys of the longer names it opens
    for toks, start, role, role_i in cands:
        toks = _strip_genitive(toks, words)
        key = toks[-1]
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
    out = [v for v in by_key.values()]
    for rec, _ in out:
        rec.gender = _gender(rec, lx, doc)
    out.sort(key=lambda v: v[1])
    return out


def _another_first_name(known: tuple[str, ...], toks: tuple[str, ...], lx: Lexicons) -> bool:
    """Two full names with one surname and different first names are two persons (a couple, a
    father and son): "Christine Strobl" is not "Thomas Strobl"."""
    if len(known) < 2 or len(toks) < 2 or known[0] == toks[0]:
        return False
    first_names = lx.male | lx.female
    return known[0] in first_names and toks[0] in first_names


def _not_a_person(doc: Doc, ent: Span, toks: list[Token], seen_after_prep: set[str]) -> bool:
    """Cues that overrule a statistical PER label, which is weak without vectors:
    a lone word used as a place ("in X", "nach X"), a name standing alone in quotation marks
    (a newspaper, a show, a slogan), or a photo credit ("Foto: Agentur/Name")."""
    if len(toks) == 1 and toks[0].text in seen_after_prep:
        return True
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    after = doc[ent.end].text if ent.end < len(doc) else ""
    if before[:1] in QUOTES and after[:1] in QUOTES:
        return True
    if before == "/":
        return True
    sent = ent.sent if doc.has_annotation("SENT_START") else None
    credit = {"Foto", "Fotos", "Bild", "Bilder"}
    return sent is not None and len(sent) > 1 and sent[0].text in credit and sent[1].text == ":"


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
        if role.endswith("e") and i > 0 and doc[i - 1].lower_ in ("die", "eine"):
            return "f"
    if len(rec.tokens) > 1 and lx.female_surname_re.search(rec.tokens[-1].lower()):
        return "f"
    if rec.roles:
        return "m"  # a masculine role noun: "Präsident", "Sprecher"
    return None
