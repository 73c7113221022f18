"""Token classes and noun-phrase extents without a dependency parser.

German capitalizes nouns, so on a blank Doc a capitalized non-function word is a noun and
a lowercase inflected word between determiner and noun an adjective. When the pipeline
provides POS tags they are used instead.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import AGE_NOUN, SUBORDINATING_CONJUNCTIONS
from kzgraph.extract.grammar.speech_verbs import Lexicon
from kzgraph.extract.kinds.statements.quotes.names import known_surname, person_name_words, quoted_name_end
from kzgraph.extract.kinds.statements.quotes.vorfeld import NAME_PARTICLES, RELATIVE, VorfeldShapes

_AND_OR = closed_class().words("and_or")
_NAME_PARTICLE_ARTICLES = closed_class().words("name_particle_articles")
_ARTICLE_NAME_PARTICLES = closed_class().words("article_name_particles")  # "von der Leyen"
_NO_SPEAKER_WORDS = closed_class().words("no_speaker_words")

QUOTE_CHARS = frozenset("\"'„“”‚‘’«»‹›")
_WORDS = closed_class()
_FOCUS = _WORDS.words("focus_particles")
_DEMONSTRATIVES = frozenset(_WORDS.demonstrative_pronouns)
_ACCUSATIVE = _WORDS.words("masculine_accusative_determiners")
_NEUTER_PRONOUNS = _WORDS.words("neuter_pronouns")  # "es", "das", "dies": no speaker
_LIST_CONJUNCTIONS = _WORDS.words("list_conjunctions")
# the conjunctions, and "wie", which in a quotation opens a clause ("wie er sagte")
SUBORDINATORS = SUBORDINATING_CONJUNCTIONS | {"wie"}
_NUMBER_NOUN = re.compile(r"^\d+-[A-ZÄÖÜ]")  # "der 68-Jährige"


def has_pos(doc: Doc) -> bool:
    return any(t.pos_ for t in doc[:50])


class Phrases(VorfeldShapes):
    """NP extents over one Doc; ``limit`` bounds every search (the unit's end)."""

    def __init__(self, doc: Doc, lx: Lexicon) -> None:
        self.doc = doc
        self.lx = lx
        self.pos = has_pos(doc)
        # a surname that is also an adjective ("Still") is a name inside a sentence
        self.name_words = person_name_words(doc)

    # ---- token classes ---------------------------------------------------------------
    def is_noun(self, t: Token) -> bool:
        if self.pos and t.pos_:
            return (
                t.pos_ in ("NOUN", "PROPN")
                or (t.pos_ == "X" and t.text[:1].isupper())
                or known_surname(t, self.name_words)
            )
        text = t.text
        if _NUMBER_NOUN.match(text):
            return True
        if not text[:1].isupper() or text in QUOTE_CHARS:
            return False
        low = text.lower()
        return not (
            self.lx.is_function_word(low)
            or low in self.lx.pronoun_speakers
            or low in _NEUTER_PRONOUNS
            or low in SUBORDINATORS
        )

    def is_adj(self, t: Token) -> bool:
        if self.pos and t.pos_:
            return t.pos_ in ("ADJ", "NUM") or (t.pos_ == "ADV" and t.text[:1].islower() and t.tag_ == "ADJD")
        text = t.text
        if text[:1].isdigit():
            return not _NUMBER_NOUN.match(text)
        if not text.isalpha() or not text[:1].islower():
            return False
        low = text.lower()
        if self.lx.is_function_word(low) or low in self.lx.finite or low in self.lx.participles:
            return False
        return low.endswith(("e", "en", "er", "es", "em"))

    def is_adj_only(self, t: Token) -> bool:
        """An inflected adjective that cannot be a finite verb ("internationale")."""
        if self.pos and t.pos_:
            return t.pos_ == "ADJ"
        return t.lower_ in self.lx.prepositions or t.lower_ in self.lx.conjunctions

    def is_det(self, t: Token) -> bool:
        return t.lower_ in self.lx.determiners

    def is_punct(self, t: Token) -> bool:
        return not any(c.isalnum() for c in t.text)

    # ---- phrases -----------------------------------------------------------------------
    def np_after(self, i: int, limit: int, appositions: bool = True) -> tuple[int, int] | None:
        """The noun phrase starting at token ``i``: "der Sprecher des Ministeriums", "Tokajews Büro"."""
        doc, lx = self.doc, self.lx
        if i >= limit:
            return None
        t = doc[i]
        if t.lower_ in lx.pronoun_speakers and t.lower_ != "man":
            return (i, i + 1)
        j = i
        had_det = self.is_det(t)
        if had_det:
            j += 1
            quoted = quoted_name_end(doc, j, limit, QUOTE_CHARS, self.is_noun)
            if quoted > 0:
                return (i, quoted)  # "die „Süddeutsche Zeitung“", "die „Bild“-Zeitung"
        while j < limit and self.is_adj(doc[j]) and not self.is_noun(doc[j]):
            j += 1
        start_nouns = j
        j = self._nouns(j, limit, had_det)
        if j == start_nouns:
            return None
        # "der 58-Jährige der Lokalzeitung": an age takes no genitive, the phrase is the addressee
        if (
            had_det
            and j + 1 < limit
            and doc[j].lower_ in lx.genitive_determiners
            and not AGE_NOUN.match(doc[j - 1].text)
        ):
            k = j + 1
            while k < limit and self.is_adj(doc[k]) and not self.is_noun(doc[k]):
                k += 1
            end = self._nouns(k, limit, True)
            if end > k and not self._media_addressee(doc[j - 1].lower_, [t.lower_ for t in doc[k:end]]):
                j = end
        if appositions:
            name = self._apposition(j, limit) or self._apposition(self._pp_end(j, limit), limit)
            if name is not None:
                return name  # "der Sprecher der Polizei (in Köln), Hans Meier,"
        return (i, j)

    def _media_addressee(self, head: str, genitive_nouns: list[str]) -> bool:
        """ "der SPD-Politiker der Deutschen Presse-Agentur": the medium is told, unless the person
        has a role there ("der Sprecher der Zeitung")."""
        medium = any(w.strip('„“"»«').endswith(self.lx.media_endings) for w in genitive_nouns)
        return medium and not head.endswith(self.lx.media_roles)

    def _pp_end(self, j: int, limit: int) -> int:
        """End of a short prepositional phrase at ``j`` ("in Passau"), else ``j``."""
        doc = self.doc
        if j >= limit or doc[j].lower_ not in self.lx.prepositions:
            return j
        k = j + 1
        while (
            k < limit and k - j <= 6 and (self.is_det(doc[k]) or self.is_adj(doc[k]) or self.is_noun(doc[k]))
        ):
            k += 1
        return k if k > j + 1 and self.is_noun(doc[k - 1]) else j

    def _nouns(self, j: int, limit: int, had_det: bool) -> int:
        doc = self.doc
        start = j
        while j < limit:
            t = doc[j]
            if t.text.endswith("-") and j + 2 < limit and doc[j + 1].lower_ in _AND_OR:
                j += 2  # "Staats- und Parteichef"
            elif self.is_noun(t):
                j += 1
            elif t.text[:1].isdigit() and j > start and not (j + 1 < limit and self.is_noun(doc[j + 1])):
                j += 1  # "Khabar 24", but not "die Polizei 300 Festnahmen"
            elif (
                t.text in QUOTE_CHARS
                and j > start
                and j + 2 < limit
                and self.is_noun(doc[j + 1])
                and doc[j + 2].text in QUOTE_CHARS
            ):
                return j + 3  # a quoted name closes the phrase: "der Tageszeitung «Kommersant»"
            elif (
                t.lower_ in NAME_PARTICLES
                and j > start
                and not had_det
                and j + 1 < limit
                and (
                    self.is_noun(doc[j + 1])
                    # "von der Leyen", "van den Berg"; "zu den Gründen" is a prepositional phrase
                    or (doc[j + 1].lower_ in _NAME_PARTICLE_ARTICLES and t.lower_ in _ARTICLE_NAME_PARTICLES)
                )
            ):
                j += 1 if self.is_noun(doc[j + 1]) else 2  # "Ursula von der Leyen"
            else:
                break
        # a particle must be followed by a name, else give it back
        while j > start and not self.is_noun(doc[j - 1]) and not doc[j - 1].text[:1].isdigit():
            j -= 1
        return j

    def _apposition(self, j: int, limit: int) -> tuple[int, int] | None:
        """ ", Igor Petrow," after a description names the speaker."""
        doc = self.doc
        if j + 2 >= limit or doc[j].text != ",":
            return None
        k = j + 1
        while k < limit and k < j + 5 and self.is_noun(doc[k]) and not self.is_det(doc[k]):
            k += 1
        n = k - (j + 1)
        is_per = any(e.label_ == "PER" for e in doc[j + 1 : k].ents) if n else False
        if n and (n >= 2 or is_per) and (k >= limit or doc[k].text in (",", ".", ":")):
            return (j + 1, k)
        return None

    def np_before(self, end: int, start: int) -> tuple[int, int] | None:
        """The noun phrase ending right before ``end`` ("der Nachrichtenagentur Interfax" zufolge)."""
        doc = self.doc
        k = end
        while k > start and (self.is_noun(doc[k - 1]) or doc[k - 1].text[:1].isdigit()):
            k -= 1
        if k == end:
            return None
        while k > start and self.is_adj(doc[k - 1]) and not self.is_noun(doc[k - 1]):
            k -= 1
        if k > start and self.is_det(doc[k - 1]):
            k -= 1
            # "Angaben des Ministeriums zufolge": a genitive attached to a noun before it
            if doc[k].lower_ in self.lx.genitive_determiners and k > start and self.is_noun(doc[k - 1]):
                outer = self.np_before(k, start)
                if outer is not None:
                    return (outer[0], end)
        return (k, end)

    def subject(self, clause_start: int, finite: int, limit: int) -> tuple[int, int] | None:
        """Subject of a main clause whose finite verb is at ``finite``: the Vorfeld when it is a
        noun phrase directly before the verb, else the phrase right after the verb."""
        doc, lx = self.doc, self.lx
        i = self.after_heading(clause_start, finite)
        while i < finite and (
            doc[i].text in QUOTE_CHARS or doc[i].is_space or doc[i].lower_ in lx.conjunctions
        ):
            i += 1
        if (
            i < finite
            and doc[i].lower_ in _FOCUS
            and i + 1 < finite
            and (
                self.is_noun(doc[i + 1])
                or self.is_det(doc[i + 1])
                or doc[i + 1].lower_ in lx.pronoun_speakers
            )
        ):
            i += 1
        first = doc[i] if i < finite else None
        if self._parenthetical_frame(i, finite, limit):
            return (
                None  # "Der Grund, sagt X, sei …": the subject follows the verb, the content spans both sides
            )
        if first is not None and first.lower_ in _DEMONSTRATIVES and finite == i + 1:
            return (i, i + 1)  # "Diese bestätigte, …": a demonstrative pronoun
        if first is not None and doc[finite - 1].lower_ in lx.both_words and finite - i <= 2:
            return (i, finite)  # "Beide sagten", "Die beiden riefen … auf"
        if first is not None and first.tag_.endswith("FIN") and any(t.text == "," for t in doc[i:finite]):
            # "Sollte X scheitern, könne man …": a conditional clause fills the Vorfeld
            return self.after_verb(finite + 1, limit)
        vorfeld_np = self._vorfeld_np(i, finite) if first is not None else None
        if vorfeld_np is not None:
            return vorfeld_np
        if first is not None and self._particle_name(i, finite):
            return (i, finite)  # "Von der Leyen betonte": a name, not a prepositional phrase
        if first is not None and first.lower_ not in lx.prepositions and first.lower_ not in _ACCUSATIVE:
            long_np = self.long_vorfeld(i, finite)
            if long_np is not None:
                return self.with_coordinated_name(long_np, finite)
        if first is not None and finite > clause_start and doc[finite - 1].lower_ in _LIST_CONJUNCTIONS:
            coordinated = self._coordinated_subject(i, finite) or self._first_conjunct_subject(i, finite)
            if coordinated is not None:
                return coordinated
        if first is not None and first.lower_ not in lx.anaphoric_objects and finite - i > 8:
            return None  # a long Vorfeld we cannot read; better no speaker than a wrong one
        return self.after_verb(finite + 1, limit)

    def _vorfeld_np(self, i: int, finite: int) -> tuple[int, int] | None:
        """A noun phrase filling the Vorfeld up to the verb (adverbs may follow it)."""
        doc, lx = self.doc, self.lx
        first = doc[i]
        if (
            first.lower_ in lx.prepositions
            or first.lower_ in _ACCUSATIVE
            or (first.lower_ in lx.adverbs and not self.is_noun(first))
        ):
            return None
        np = self.np_after(i, finite)
        if np is None:
            return None
        k = np[1]
        if np[0] != i:  # an apposition: skip to its closing comma
            k = np[1] + 1 if np[1] < finite and doc[np[1]].text == "," else np[1]
        while k < finite and doc[k].lower_ in lx.adverbs:
            k += 1
        return np if k == finite else None

    def _coordinated_subject(self, i: int, finite: int) -> tuple[int, int] | None:
        """Coordinated verb phrases: "X stärkte ihm den Rücken und bezeichnete ...": the subject
        of the first conjunct, when a lowercase verb follows it."""
        doc, lx = self.doc, self.lx
        np = self.np_after(i, finite)
        k = np[1] if np else i
        while k < finite and doc[k].lower_ in lx.adverbs:
            k += 1
        if (
            np is not None
            and k < finite
            and doc[k].text[:1].islower()
            and not lx.is_function_word(doc[k].lower_)
        ):
            return np
        return None

    def _first_conjunct_subject(self, i: int, finite: int) -> tuple[int, int] | None:
        """ "Am Montag war die Ministerin zufrieden und sagte, …", "X zeigte sich erleichtert
        und sagte, …": the reporting verb is the second conjunct of a main clause with its own
        finite verb; their shared subject is that clause's. No comma: no subordinate clause."""
        doc = self.doc
        if any(t.text in (",", ";", ":") or t.text in QUOTE_CHARS for t in doc[i:finite]):
            return None
        first_verb = next((k for k in range(i, finite - 1) if doc[k].tag_.endswith("FIN")), -1)
        if first_verb < 0:
            return None
        return self.subject(i, first_verb, finite - 1)

    def long_vorfeld(self, i: int, finite: int) -> tuple[int, int] | None:
        """A Vorfeld that is one long noun phrase: head phrase plus attributes, prepositional
        phrases, brackets and appositions, but no clause ("Ein Sprecher der Behörde für X in Y
        (Z) sagte"). Returns the head phrase (or its named apposition)."""
        doc, lx = self.doc, self.lx
        relative = self._relative_insertion(i, finite)
        if relative >= 0:
            finite = relative  # "X von Y, die …, sagte": the phrase before the relative clause speaks
        if finite - i > 30 or finite - i < 2:
            return None
        np = self.np_after(i, finite)
        if np is None or (np[0] == i and np[1] == i + 1 and doc[i].lower_ in lx.pronoun_speakers):
            return None
        depth = 0
        for k in range(i, finite):
            t = doc[k]
            low = t.lower_
            if self.ph_quote(k):
                continue
            if t.text == "(":
                depth += 1
                continue
            if t.text == ")":
                depth -= 1
                continue
            if depth > 0:
                if low in lx.finite or low in lx.auxiliaries:
                    return None
                continue  # "(Nationale Wasserbehörde, NWB)"
            if t.text in (",", "-", "–", "/", "&"):
                if t.text == "," and k + 1 < finite and doc[k + 1].lower_ in RELATIVE:
                    return None  # ", dessen Rücktritt ...": a relative clause
                if t.text == "," and k + 1 < finite and self.is_det(doc[k + 1]):
                    nxt = doc[k + 2] if k + 2 < finite else None
                    if nxt is None or not (self.is_noun(nxt) or self.is_adj(nxt)):
                        return None  # ", der gestern ...": a relative clause
                continue
            if t.text[:1].isdigit() or low in lx.finite or low in lx.participles or low in lx.auxiliaries:
                if t.text[:1].isdigit():
                    continue
                return None
            if self.is_noun(t) or self.is_det(t) or low in lx.prepositions or low in _LIST_CONJUNCTIONS:
                continue
            if low in lx.pronoun_speakers or low in _NO_SPEAKER_WORDS:
                return None
            if "-" in t.text or (t.text[:1].isupper() and not t.text.isalpha()):
                continue  # lowercase names: "n-tv", "eBay"
            if self.is_adj(t):
                nxt = doc[k + 1] if k + 1 < finite else None
                if nxt is None or not (self.is_noun(nxt) or self.is_adj(nxt) or nxt.text in (",", "und")):
                    return None  # a verb-final clause, not an attribute
                continue
            return None
        if depth != 0:
            return None
        return np

    def ph_quote(self, k: int) -> bool:
        return self.doc[k].text in QUOTE_CHARS

    def after_verb(self, i: int, limit: int) -> tuple[int, int] | None:
        """Subject right after a (finite) verb, over adverbs and a reflexive: "teilte zudem das Amt mit"."""
        doc, lx = self.doc, self.lx
        steps = 0
        while i < limit and steps < 4 and (doc[i].lower_ in lx.adverbs or doc[i].lower_ == "sich"):
            i += 1
            steps += 1
        if i < limit and doc[i].lower_ in lx.auxiliaries:  # "..., hatte der Minister gesagt"
            i += 1
        np = self.np_after(i, limit)
        return self.with_coordinated_name(np, limit) if np is not None else None
