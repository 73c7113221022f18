"""Person proposals of the entity rules (:mod:`kzgraph.nlp.entities`): a title or role before
capitalised name tokens ("US-Außenminister Antony Blinken"), a known first name before a name
token, and a surname the document already introduced ("Tokajew" after "Kassym-Schomart
Tokajew"). ``EntityRules`` mixes these in; they read its lexicons (``first_names``, ``is_title``,
``is_name_token``)."""

from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Doc, Span, Token

from kzgraph.nlp.gazetteer import CLASS_BITS, load_gazetteer
from kzgraph.nlp.person_names import (
    NAME,
    NAME_PARTICLES,
    capitalised_mid_sentence_adverb,
    hyphen_particle_surname,
    is_first_name,
    subject_before_verb,
)

_GENITIVE_ARTICLES = frozenset({"des", "der"})
_PATRONYMIC_PARTICLES = frozenset({"bin", "ibn"})
# abbreviated academic titles: the word after them is a surname, even a common noun ("Dr. Klein")
_ACADEMIC_TITLES = frozenset({"Dr.", "Prof."})
# a surname the press shortens to its initial: "Ahmad M."
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
_TWO_INITIALS = re.compile(r"^[A-Z]{2}$")

# STTS tags that can never be part of a name even if capitalised (sentence-initial).
NON_NAME_TAGS = frozenset(
    {
        "ART",
        "APPR",
        "APPRART",
        "KON",
        "KOUS",
        "KOUI",
        "PPER",
        "PDS",
        "PDAT",
        "PIS",
        "PIAT",
        "PPOSAT",
        "PRELS",
        "PWS",
        "PWAV",
        "PROAV",
        "ADV",
        "VVFIN",
        "VAFIN",
        "VMFIN",
        "ADJD",
        "ADJA",
    }
)


def is_inflected_common_noun(token: Token) -> bool:
    """A noun the tagger lemmatised to another form ("Gesetze" -> "Gesetz"): a common noun,
    which ends a name that precedes it; names keep their form."""
    return token.tag_ == "NN" and token.lemma_ not in ("", token.text)


def is_double_first_name(text: str, first_names: Container[str]) -> bool:
    """ "Frank-Walter", "Hans-Peter": the tagger reads "-Walter" as an adjective ending."""
    first, _, second = text.partition("-")
    return second[:1].isupper() and "-" not in second and first[:1].isupper() and first in first_names


class PersonProposals:
    """PER spans proposed by rules; the host class supplies the lexicons."""

    first_names: Container[str]

    def is_title(self, token: Token) -> bool:
        raise NotImplementedError

    def is_name_token(self, token: Token) -> bool:
        raise NotImplementedError

    def _name_run(
        self, doc: Doc, start: int, limit: int = 3, after_title: bool = False, academic: bool = False
    ) -> int:
        end = start
        while end < len(doc) and end - start < limit:
            # "Machthaber Samir al-Haddad": the particle's surname ends the name; without a
            # title before it, only where the NER saw no place ("Ras al-Ain")
            particle = end > start and hyphen_particle_surname(doc[end].text)
            if particle and (after_title or doc[end].ent_type_ != "LOC"):
                end += 1
                break
            if (  # "Kronprinz Faisal bin Rashid": "bin"/"ibn" joins the next name word
                after_title
                and end > start
                and doc[end].text in _PATRONYMIC_PARTICLES
                and end + 1 < len(doc)
                and self.is_name_token(doc[end + 1])
            ):
                end += 2
                break
            if after_title and end == start and self._initials_before_name(doc, end):
                end += 1  # "der Politiker TJ Mbeki": two capitals as first names
                continue
            if not self.is_name_token(doc[end]):
                break
            # Stop before a place/organisation the NER found ("Außenminister Blinken Moskau"),
            # unless only first names came before: then it is the surname ("Marine [Le Pen]ORG")
            if end > start and doc[end].ent_iob_ == "B" and doc[end].ent_type_ != "PER":
                if not all(self._first_name(t) for t in doc[start:end]):
                    break
            if end > start and is_inflected_common_noun(doc[end]):
                break  # "Bundesminister Lindner Gesetze (blockiert)", "Präsident X Truppen"
            if self._frequent_noun_outside_person(doc[end]) and not (academic and end == start):
                break  # "Nachfolger [Harry Nippert] Platz (machen)"; but "Dr. [Klein]" is a name
            end += 1
        return end

    def _initials_before_name(self, doc: Doc, i: int) -> bool:
        """Two capitals for two first names, then a name word that is no known place or
        organisation: "Politiker TJ Mbeki", but "Trainer [FC] Hausen" names a club."""
        if not _TWO_INITIALS.match(doc[i].text) or i + 1 >= len(doc):
            return False
        nxt = doc[i + 1]
        known = CLASS_BITS["LOC"] | CLASS_BITS["TOWN"] | CLASS_BITS["ORG"]
        return self.is_name_token(nxt) and not load_gazetteer().word_bits(nxt.text) & known

    @staticmethod
    def _first_name(token: Token) -> bool:
        return bool(load_gazetteer().word_bits(token.text) & CLASS_BITS["FIRST"])

    def double_first_name(self, text: str) -> bool:
        """ "Frank-Walter" from the modest list, or two first names the gazetteer knows:
        "Wolf-Rüdiger", "Ann-Sophie" (the tagger reads "-Rüdiger" as an adjective ending)."""
        if is_double_first_name(text, self.first_names):
            return True
        first, dash, second = text.partition("-")
        return bool(dash) and second[:1].isupper() and is_first_name(text, load_gazetteer().word_bits)

    def title_names(self, doc: Doc) -> list[Span]:
        spans: list[Span] = []
        n = len(doc)
        for i, token in enumerate(doc):
            if not self.is_title(token):
                continue
            j = i + 1
            after_complement = False
            # "Sprecher des Verteidigungsministeriums, Igor Konaschenkow": skip a short
            # genitive complement that ends at a comma.
            if j < n and doc[j].lower_ in _GENITIVE_ARTICLES:
                k = j + 1
                while k < n and k - j <= 4 and doc[k].text != ",":
                    k += 1
                if k < n and doc[k].text == ",":
                    j, after_complement = k + 1, True
                else:
                    continue
            elif j < n and doc[j].text == ",":
                j, after_complement = j + 1, True
            end = self._name_run(doc, j, after_title=True, academic=token.text in _ACADEMIC_TITLES)
            length = end - j
            if length == 0:
                continue
            if length == 1:
                word = doc[j].text
                # A lone genitive ("Präsident Kasachstans") names a place, not a person;
                # after a comma a single word is too weak.
                if after_complement or word.endswith("s") or self._known_place_or_org(doc[j]):
                    continue
            spans.append(Span(doc, j, end, label="PER"))
        return spans

    @staticmethod
    def _frequent_noun_outside_person(token: Token) -> bool:
        """A common noun frequent in general text that the NER left outside any person is no
        name word; rare nouns ("Leyen", "Blinken") and the NER's own person words still are."""
        from kzgraph.nlp.clusters import is_rare_word

        return token.tag_ == "NN" and token.ent_type_ != "PER" and not is_rare_word(token.text)

    @staticmethod
    def _known_place_or_org(token: Token) -> bool:
        """A lone word after a title that the NER took for a place or organisation stays so
        if it is one the gazetteer knows ("Präsident Frankreich" is not a person); an unknown
        word there is the person's surname ("Motorenchef Mikulic")."""
        if token.ent_type_ not in ("LOC", "ORG"):
            return False
        # a small town only ("Staatschef Keïta"): GeoNames lists many surnames as hamlets
        known = CLASS_BITS["LOC"] | CLASS_BITS["ORG"]
        return bool(load_gazetteer().word_bits(token.text) & known)

    def first_name_pairs(self, doc: Doc) -> list[Span]:
        spans: list[Span] = []
        for i, token in enumerate(doc[:-1]):
            first = token.text in self.first_names or "-" in token.text and self.double_first_name(token.text)
            # the NER's lone first name, the next word left out: "[Nora] Fröhlich" (an adjective elsewhere)
            lone = token.ent_iob_ == "B" and doc[i + 1].ent_iob_ != "I" and doc[i + 1].ent_type_ == ""
            if first and token.ent_type_ != "PER" or lone and (first or self._first_name(token)):
                end = self._name_run(doc, i + 1, limit=2)
                if end > i + 1:
                    spans.append(Span(doc, i, end, label="PER"))
            if first and self._title_surname(doc, i + 1):
                spans.append(Span(doc, i, i + 2, label="PER"))
        return spans

    def _title_surname(self, doc: Doc, j: int) -> bool:
        """A title that is also a surname, right after a first name and before no other name:
        "Thomas König", "Anna Richter", but "Papst Benedikt Kardinal Brenner" (a name follows)."""
        if j >= len(doc) or not self.is_title(doc[j]) or doc[j].ent_type_ not in ("", "PER"):
            return False
        if not load_gazetteer().word_bits(doc[j].text) & CLASS_BITS["LAST"]:
            return False
        return j + 1 >= len(doc) or not doc[j + 1].text[:1].isupper() or doc[j + 1].is_sent_start

    def known_surnames(self, doc: Doc, ents: list[Span]) -> list[Span]:
        # surname -> the lower-cased name particles before it ("Leyen" -> ("von", "der")).
        particles: dict[str, tuple[str, ...]] = {}
        for e in ents:
            # only a word can be a surname: an NER span that ran into "." must not make every "." a name
            if e.label_ == "PER" and len(e) >= 2 and NAME.match(e[-1].text):
                start = e.end - 1
                while start > e.start + 1 and e.doc[start - 1].text in NAME_PARTICLES:
                    start -= 1
                before = tuple(t.text for t in e.doc[start : e.end - 1])
                particles[e[-1].text] = before
                particles[e[-1].text + "s"] = before  # genitive/possessive "Tokajews"
                bare = hyphen_particle_surname(e[-1].text)
                if bare:  # "Samir al-Haddad", later "Haddad" or "Haddads"
                    particles[bare] = particles[bare + "s"] = ()
        spans = self._initial_named_again(doc, ents)
        # Also relabels a lone "Nasarbajew" the NER called LOC once the document has
        # introduced "Nursultan Nasarbajew" as a person (override merge).
        for t in doc:
            # a known surname the tagger read as an adjective is the name before a verb ("Kurz
            # betonte") or capitalised inside a sentence ("so Herzlich nach dem Spiel")
            adjective_read = not subject_before_verb(t) and not capitalised_mid_sentence_adverb(t)
            if t.text not in particles or t.tag_ in NON_NAME_TAGS and adjective_read:
                continue
            if self.is_title(t) and t.i + 1 < len(doc) and self.is_name_token(doc[t.i + 1]):
                continue  # "Anna Richter", later "Richter Paul Schmid": the office of the next name
            before = particles[t.text]
            start = t.i - len(before)
            # "Von der Leyen" at the start of a sentence: the particles come along, capitalised or not.
            if before and start >= 0 and tuple(x.lower_ for x in doc[start : t.i]) == before:
                spans.append(Span(doc, start, t.i + 1, label="PER"))
            else:
                spans.append(Span(doc, t.i, t.i + 1, label="PER"))
        return spans

    @staticmethod
    def _initial_named_again(doc: Doc, ents: list[Span]) -> list[Span]:
        """A person the press names by first name and initial ("Rafik D.", "Oya T.") is later
        that first name alone, in the genitive too ("Rafik", "Rafiks Wohnung", "Oya T.s
        Bruder")."""
        firsts = {
            e[0].text for e in ents if e.label_ == "PER" and len(e) == 2 and _INITIAL.match(e[1].text)
        }
        spans: list[Span] = []
        for t in doc:
            word = t.text[:-1] if t.text.endswith("s") and t.text[:-1] in firsts else t.text
            if word not in firsts or t.tag_ in NON_NAME_TAGS and t.tag_ not in ("ADV", "ADJD", "ADJA"):
                continue
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            initial = nxt is not None and bool(_INITIAL.match(nxt.text.removesuffix("s")))
            spans.append(Span(doc, t.i, t.i + 2 if initial else t.i + 1, label="PER"))
        return spans
