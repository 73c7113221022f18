"""Where clauses and quoted content end, in tokens and characters. A mixin of FrameFinder
(split off to keep each module readable); it relies on FrameFinder's state (doc, lexicon,
phrases, quotation index per token)."""

from __future__ import annotations

import re

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.kinds.statements.quotes.base import CLAUSE_END, CREDIT, TRAIL

# a letter or digit in the word: [^\W_] is what str.isalnum() says of a character
_ALNUM = re.compile(r"[^\W_]").search
_APPOSITION_MAX = 12  # tokens between the commas; longer insertions are clauses or lists
_APPOSITION_JOINERS = closed_class().words("coordinators") | frozenset({"-", "–", "(", ")", "&", "/"})


class Extents:
    def _clause_end(self, i: int, b: int, appositions: bool = False) -> int:
        """The next comma, semicolon or colon outside quotations, from ``i``. With
        ``appositions``, an apposition set off by commas after a noun (", Peter Wagner,", ", die
        Leiterin des Amtes,") does not end the clause: the verb's particle or its "dass" may
        still follow it ("X geht nach einem Treffen mit Y, Z, davon aus, dass …")."""
        words, qtok = self.words, self.qtok
        while i < b:
            if words[i] in CLAUSE_END and qtok[i] < 0:
                close = self._apposition_close(i, b) if appositions else -1
                if close < 0:
                    return i
                i = close
            i += 1
        return i

    def _clause_ends(self, i: int, b: int) -> list[int]:
        """The clause end from ``i``, then the one past appositions when that differs: a frame
        is read with the plain end first, so an apposition-like insertion ("erklärte am
        Nachmittag, das Ziel der Offensive, …") only counts when the plain reading fails."""
        plain = self._clause_end(i, b)
        wide = self._clause_end(i, b, appositions=True)
        return [plain] if wide == plain else [plain, wide]

    def _apposition_close(self, k: int, b: int) -> int:
        """The closing comma when the comma at ``k`` opens a noun-phrase apposition, else -1.

        The comma must follow a noun (or a bracket: "Müller (CDU), Chef der Firma,"); the
        insertion holds only nouns, determiners, adjectives, prepositions and numbers, ends
        in a noun and is closed by a second comma. A finite verb or a relative pronoun makes
        it a clause, which does end the reporting clause."""
        doc, ph, lx = self.doc, self.ph, self.lx
        if doc[k].text != "," or k == 0 or self.qtok[k - 1] >= 0:
            return -1
        prev = doc[k - 1]
        if not (ph.is_noun(prev) or prev.text == ")"):
            return -1
        first = k + 1
        if first >= b or not (ph.is_noun(doc[first]) or ph.is_det(doc[first]) or ph.is_adj(doc[first])):
            return -1
        if doc[first].tag_.startswith("PREL") or doc[first].lower_ in lx.pronoun_speakers:
            return -1  # ", der …" / ", die …" as a relative clause
        for m in range(first, min(b, first + _APPOSITION_MAX + 1)):
            t = doc[m]
            if self.qtok[m] >= 0:
                return -1
            if t.text == ",":
                last = doc[m - 1]
                if not (m > first and (ph.is_noun(last) or last.text == ")")):
                    return -1
                return -1 if self._infinitive_follows(m + 1, b) else m
            low = t.lower_
            if t.tag_.endswith("FIN") or low in lx.finite or low in lx.auxiliaries or low in lx.participles:
                return -1
            if not (
                ph.is_noun(t)
                or ph.is_det(t)
                or ph.is_adj(t)
                or low in lx.prepositions
                or low in _APPOSITION_JOINERS
                or t.text[:1].isdigit()
                or t.text[:1].isupper()
            ):
                return -1
            if ph.is_det(t) and t.tag_.startswith("PREL"):
                return -1
        return -1

    def _infinitive_follows(self, i: int, b: int) -> bool:
        """A zu-infinitive before the next comma ("…, den Beschuss zu unterbinden, …"): the
        commas set off an infinitive clause, not an apposition."""
        doc = self.doc
        for k in range(i, b - 1):
            if doc[k].text in CLAUSE_END:
                return False
            if doc[k].lower_ == "zu" and doc[k + 1].text[:1].islower() and doc[k + 1].lower_.endswith("en"):
                return True
        return False

    def _content_start(self, a: int, end: int) -> int:
        """Start of the quoted clause: after the last sentence end or colon outside quotations."""
        start = a
        for k in range(a, end):
            if self.qtok[k] < 0 and self.doc[k].text in (".", "!", "?", ":", ";"):
                start = k + 1
        return start

    def _text_span(self, i: int, j: int) -> tuple[int, int]:
        """Character span of tokens [i, j), trimmed of spaces and trailing punctuation."""
        doc = self.doc
        start = doc[i].idx
        end = doc[j - 1].idx + len(doc[j - 1].text)
        text = self.text  # type: ignore[attr-defined] - FrameFinder's, computed once
        if m := CREDIT.search(text, start, end):
            end = m.start()
        while end > start and text[end - 1] in TRAIL:
            end -= 1
        while start < end and text[start] in " \n\t":
            start += 1
        return start, end

    def _quotation_covering(self, i: int, j: int) -> int:
        """Index of a quotation that makes up all of tokens [i, j) but punctuation, else -1."""
        words = self.words
        ks = {self.qtok[k] for k in range(i, j) if self.qtok[k] >= 0 or _ALNUM(words[k])}
        if len(ks) == 1 and -1 not in ks:
            return ks.pop()
        return -1
