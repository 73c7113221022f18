"""Quotations whose speaker is named without a reporting verb: a colon lead-in that is only a
noun phrase ("Die Ministerin: „…“", "Trainer Jan Ruf, nach dem Spiel: „…“", "X über
die Lage: „…“"), a line that only names the speaker of the quotation paragraph after it
(interview digests, quote collections), and a quotation followed by a verb of manner and its
speaker ("„…“, seufzte der Trainer", "„…“, winkte X ab"). A mixin of FrameFinder; it relies on
its state (doc, lexicon, phrases, quotation index per token) and its speaker tests."""

from __future__ import annotations

from bisect import bisect_left

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.kinds.statements.quotes.base import Found
from kzgraph.extract.kinds.statements.quotes.phrases import QUOTE_CHARS

# what may stand between the speaker and the colon of a verbless lead-in: an apposition
# (", Chef des Vereins"), or a topic ("über den Sieg", "zum Urteil", "nach dem Spiel")
_TOPIC_WORDS = closed_class().words("lead_in_topic_prepositions")
# tags of what may follow the speaker of "„…“, <verb> <speaker>": adverbs, adjectives used as
# adverbs, a separable particle, prepositional adjuncts and the final punctuation
_MANNER_TAIL_TAGS = frozenset({"ADV", "ADJD", "PTKVZ", "APPR", "APPRART", "ART", "ADJA", "NN", "NE", "CARD"})
_MIN_QUOTE_WORDS = 2  # "„Nein“, lachte X" is too little to tell a quotation from a title
_MIN_SENTENCE_WORDS = 4  # a quotation without a colon before it must read as a sentence


class LeadIns:
    def _verbless_colon_lead(self, a: int, b: int) -> Found | None:
        """ "Die Ministerin: „…“": a unit that opens with a noun phrase naming a person (or a
        title holder), maybe an apposition or topic after it, then a colon and a quotation that
        fills the rest of the unit. No finite verb stands before the colon."""
        if not self._has_quotation(a, b):
            return None
        colon = next((k for k in range(a, b) if self.words[k] == ":" and self.qtok[k] < 0), -1)
        if colon < 0 or colon - a < 1 or self._quotation_covering(colon + 1, b) < 0:
            return None
        if any(self.tags[k].endswith("FIN") and self.qtok[k] < 0 for k in range(a, colon)):
            return None
        start = self._first_word(a, colon)
        speaker = self.ph.np_after(start, colon) if start < colon else None
        if speaker is None or not self._speaker_like(speaker) or not self._lead_rest(speaker[1], colon):
            return None
        rule = "statement.direct.colon_lead"
        return self._content(colon + 1, b, speaker, (a, b), rule, rule, 0.8)

    def _speaker_line(self, a: int, b: int) -> tuple[int, int] | None:
        """A unit that is only a person's name (and title) with the next unit a bare quotation:
        the name is the speaker the quotation continues ("SPD-Chefin Eva Roth" / "«…»")."""
        k = bisect_left(self.unit_starts, a)
        if k + 1 >= len(self.units) or self.unit_starts[k] != a or b - a > 12:
            return None
        na, nb = self.units[k + 1]
        opening = self._first_word(na, nb)
        if opening >= nb or self.qtok[opening] < 0 or self._quotation_covering(na, nb) < 0:
            return None
        start = self._first_word(a, b)
        end = b
        while end > start and (self.doc[end - 1].is_space or self.words[end - 1] in (":", ".")):
            end -= 1
        if end - start > 6 or any(self.tags[i].endswith("FIN") for i in range(start, end)):
            return None
        speaker = self.ph.np_after(start, end, appositions=False)
        if speaker is None or speaker[1] != end or not any(t.ent_type_ == "PER" for t in self.doc[start:end]):
            return None
        return speaker

    def _manner_inverted(self, a: int, b: int) -> Found | None:
        """ "„…“, seufzte der Trainer.", "„…“, winkte Anna Roth ab.": a unit that opens with a
        quotation, then a comma and a finite verb outside the lexicon, whose subject after it is
        a named person, a pronoun or a title holder, with only adjuncts after the subject."""
        first = self._first_word(a, b)
        q = self.qtok[first] if first < b else -1
        if q < 0:
            return None
        k = first
        while k < b and self.qtok[k] == q:
            k += 1
        if k + 2 >= b or self.words[k] != "," or not self.tags[k + 1].endswith("FIN"):
            return None
        quote = self.quotes[q]
        if len(self.text[quote.start : quote.end].split()) < _MIN_QUOTE_WORDS:
            return None
        speaker = self.ph.after_verb(k + 2, b)
        if speaker is None or not (self._personal(speaker) or self._titled(speaker)):
            return None
        for i in range(speaker[1], b):
            if self.qtok[i] >= 0 or self.doc[i].is_space or self.doc[i].is_punct:
                continue
            if self.tags[i] not in _MANNER_TAIL_TAGS:
                return None
        return Found(quote.start, quote.end, "direct", "statement.direct.manner", 0.75, speaker, (a, b))

    def _unpunctuated_quotation(self, a: int, b: int) -> Found | None:
        """ "X sagte im Netz „…“": a reporting clause whose quotation follows without a
        colon or comma and fills the rest of the unit; the clause's subject speaks."""
        if not self._has_quotation(a, b):
            return None
        start = next((k for k in range(a, b) if self.qtok[k] >= 0), -1)
        if start < 0 or self._quotation_covering(start, b) < 0:
            return None
        if any(self.words[k] in (",", ":", ";") for k in range(a, start)):
            return None
        quote = self.quotes[self.qtok[start]]
        if len(self.text[quote.start : quote.end].split()) < _MIN_SENTENCE_WORDS:
            return None
        for v, verb, finite in self._verbs(a, start):
            if not (finite and verb.clause):
                continue
            speaker = self._subject_or_named_after_verb(a, v, start)
            if speaker is not None and (self._speaker_like(speaker) or self._organisation(speaker)):
                rule = "statement.direct.unpunctuated"
                return Found(quote.start, quote.end, "direct", rule, 0.75, speaker, (a, b))
        return None

    def _so_sentence(self, a: int, b: int) -> tuple[int, int] | None:
        """ "So Trainer Jan Ruf nach dem Spiel.": a unit of "so", a speaker and adjuncts only."""
        first = self._first_word(a, b)
        if first + 1 >= b or self.lowers[first] != "so" or any(self.qtok[k] >= 0 for k in range(first, b)):
            return None
        speaker = self.ph.np_after(first + 1, b)
        if speaker is None or not self._speaker_like(speaker):
            return None
        for i in range(speaker[1], b):
            if not (self.doc[i].is_space or self.doc[i].is_punct or self.tags[i] in _MANNER_TAIL_TAGS):
                return None
        return speaker

    def _naming_sentence(self, a: int, b: int) -> tuple[int, int] | None:
        """A unit that names the speaker of the bare quotations before it: "So X." or an
        opener that points back ("So", "Das", "Mit diesen Worten") and a finite verb, then the
        speaker: "So äußerte sich X am Montag.", "Mit diesen Worten beruhigte X die Bürger"."""
        found = self._so_sentence(a, b)
        if found is not None:
            return found
        first = self._first_word(a, b)
        if first + 2 >= b or self._has_quotation(first, b):
            return None
        low = self.lowers
        verb = -1
        if low[first] == "so" or low[first] in self.lx.anaphoric_objects:
            verb = first + 1
        elif low[first] in self.lx.wording_prepositions and low[first + 1] in self.lx.pointing_back:
            if first + 3 < b and low[first + 2] in self.lx.wording_nouns:
                verb = first + 3
        if verb < 0 or not self.tags[verb].endswith("FIN"):
            return None
        speaker = self.ph.after_verb(verb + 1, b)
        return speaker if speaker is not None and self._speaker_like(speaker) else None

    def _quotation_after_lead(self, a: int, b: int) -> int:
        """ "Und: „…“", "Außerdem: „…“": a connective and a colon before a quotation that fills
        the rest of the unit; the index of that quotation, else -1."""
        first = self._first_word(a, b)
        if first + 2 >= b or self.qtok[first] >= 0 or self.words[first + 1] != ":":
            return -1
        if self.lowers[first] not in self.lx.continuation_leads:
            return -1
        return self._quotation_covering(first + 2, b)

    def _has_quotation(self, a: int, b: int) -> bool:
        """Some token of [a, b) lies in a quotation (one pass in C over the index list)."""
        return b > a and max(self.qtok[a:b]) >= 0

    def _first_word(self, a: int, b: int) -> int:
        while a < b and (self.words[a].isspace() or (self.words[a] in QUOTE_CHARS and self.qtok[a] < 0)):
            a += 1
        return a

    def _speaker_like(self, span: tuple[int, int]) -> bool:
        """A named person or a title holder ("die Ministerin", "Trainer Jan Ruf")."""
        return any(t.ent_type_ == "PER" for t in self.doc[span[0] : span[1]]) or self._titled(span)

    def _lead_rest(self, i: int, colon: int) -> bool:
        """Between the speaker and the colon: nothing, an apposition after a comma, or a topic
        phrase opened by a preposition; no second clause."""
        if i == colon:
            return True
        first = self.lowers[i]
        return first == "," or first in _TOPIC_WORDS
