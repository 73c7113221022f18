"""Source cues: "laut X", "X zufolge", "nach Angaben von X", "unter Berufung auf X", "nach
eigenen Angaben" (the clause's subject), and the cue that a sentence has a source of its own,
so it never continues the previous speaker. A source must be able to speak: a person, an
organisation, a medium or a document; a generic head ("Angaben", "Berichten") names nobody
unless a genitive or a compound names its owner ("Angaben des Ministeriums",
"Polizeiangaben"), and pictures, figures or one's own avowal never speak. A mixin of
FrameFinder; it relies on its state (doc, lexicon, phrases, quotation index per token)."""

from __future__ import annotations

from bisect import bisect_right
from functools import cache

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.speech_verbs import Lexicon
from kzgraph.extract.kinds.statements.quotes.base import Found
from kzgraph.extract.kinds.statements.quotes.phrases import QUOTE_CHARS

# possessives and "eigen" after a source cue point back to the speaker being reported
_OWN_WORDS = closed_class().words("own_words")
_SOURCE_PREPOSITIONS = closed_class().words("source_prepositions")  # "laut X", "gemäß X"
_VON = closed_class().words("von_forms")  # "nach Angaben von X", "vom Ministerium"
_EIGEN = closed_class().words("eigen_oblique_forms")  # "nach eigenen Angaben", "eigener Aussage"


def compound_owner(word: str, lx: Lexicon) -> str | None:
    """The owner a source compound names: "Polizeiangaben" -> "Polizei", "NASA-Angaben" ->
    "NASA", "Unternehmensangaben" -> "Unternehmen" (the linking s dropped); None for a plain head,
    a plural or unspecific owner ("Behördenangaben", "Medienberichten", "Presseberichten")."""
    low = word.lower()
    if low in lx.owned_heads:
        return None  # "Einschätzung" is a head itself, not "Ein-" + "schätzung"
    head = next((h for h in lx.owned_heads if low.endswith(h) and len(low) > len(h) + 2), None)
    if head is None:
        return None
    owner = word[: len(word) - len(head)]
    if owner.endswith("-"):
        owner = owner[:-1]
        return owner if owner[:1].isupper() and owner.lower() not in lx.unspecific_owners else None
    linked = owner.endswith("s") and not owner.endswith("ss")
    if linked:
        owner = owner[:-1]
    elif owner.endswith("en"):
        return None  # "Behörden-", "Zeugen-": several, none named
    if len(owner) < 3 or owner.lower() in lx.unspecific_owners:
        return None
    return owner[:1].upper() + owner[1:]


# conjunctions opening an adverbial clause, besides the content-clause openers of the lexicon
_CLAUSE_OPENERS = closed_class().words("adverbial_conjunctions")
_DATIVE_PRONOUNS = closed_class().words("dative_pronouns")  # "ihm zufolge"


@cache
def _cues_by_first_word(cues: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The multi-word source cues ("nach Angaben", "unter Berufung auf") by their first word, in
    the lexicon's order: a token is compared only with the cues it can begin."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for cue in cues:
        out.setdefault(cue[0], []).append(cue)
    return {first: tuple(cues) for first, cues in out.items()}


class SourceCues:
    def _reported(self, a: int, b: int) -> Found | None:
        doc, lx, ph, lowers = self.doc, self.lx, self.ph, self.lowers
        cues_by_first = _cues_by_first_word(lx.reported_before)
        for k in range(a, b):
            if self.qtok[k] >= 0:
                continue
            low = lowers[k]
            span = None
            rule = "statement.reported.laut"
            if low in lx.reported_after:
                span = ph.np_before(k, a)
                rule = "statement.reported.zufolge"
                if span is not None and lowers[span[0]] in _EIGEN:
                    span = self._own_figures_source(a, b)  # "eigenen Angaben zufolge": the subject
                elif span is not None:
                    span = self._strip_generic(span)
            elif low == "nach" and self._nach_source(k, b) is not None:
                span = self._nach_source(k, b)
                rule = "statement.reported.angaben"
            else:
                for cue in cues_by_first.get(low, ()):
                    n = len(cue)
                    if tuple(lowers[k : k + n]) == cue:
                        j = k + n
                        if j < b and lowers[j] in _VON:
                            j += 1
                        if "eigenen" in cue or j < b and lowers[j] in _EIGEN:
                            # "nahm die Polizei nach eigenen Angaben … fest": the clause's subject
                            span = self._own_figures_source(a, b)
                            rule = "statement.reported.angaben"
                            break
                        span = self._quoted_source(j, b) or ph.np_after(j, b, appositions=False)
                        if span is not None:
                            span = self._strip_generic(span)
                        rule = (
                            "statement.reported.laut"
                            if cue[0] in _SOURCE_PREPOSITIONS
                            else "statement.reported.berufung"
                            if cue[0] == "unter"
                            else "statement.reported.angaben"
                        )
                        break
            if span is None:
                continue
            if all(
                (lx.is_generic_source(t.text) and compound_owner(t.text, lx) is None) or not ph.is_noun(t)
                for t in doc[span[0] : span[1]]
            ) and not (self._quoted(span) or self._one_person(span)):
                continue
            begin = self._cue_clause_start(a, k)
            begin = self._past_fronted_relative(begin, k, span, b)
            start, end = self._text_span(begin, self._cue_clause_end(k, b))
            return Found(start, end, "reported", rule, 0.75, span, (a, b))
        return None

    def _own_figures_source(self, a: int, b: int) -> tuple[int, int] | None:
        """The subject of the unit's first finite verb, before or right after it."""
        finite = next((k for k in range(a, b) if self.doc[k].tag_.endswith("FIN") and self.qtok[k] < 0), -1)
        if finite < 0:
            return None
        return self.ph.subject(a, finite, b) or self.ph.after_verb(finite + 1, b)

    def _strip_generic(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """ "Angaben des Ministeriums" -> "des Ministeriums"."""
        doc = self.doc
        first = next((t for t in doc[span[0] : span[1]] if self.lx.is_generic_source(t.text)), None)
        if first is None:
            return span
        for k in range(first.i + 1, span[1]):
            if doc[k].lower_ in self.lx.genitive_determiners or doc[k].lower_ in _VON:
                owner = (k, self._genitive_end(k, span[1]))
                # "Aufnahmen einer Überwachungskamera zufolge": a device owns the pictures, and says nothing
                return None if doc[owner[1] - 1].lower_.endswith(self.lx.mute_owners) else owner
        if compound_owner(first.text, self.lx) is not None:
            return (first.i, first.i + 1)  # "Polizeiangaben": the police
        if first.i > span[0] and self._saxon_genitive(doc[first.i - 1]):
            return (first.i - 1, first.i)  # "nach Müllers Angaben": Müller
        return span if self._one_person(span) else None

    def _one_person(self, span: tuple[int, int]) -> bool:
        """ "laut einem Augenzeugen", "nach dem Experten": a singular article makes one person."""
        doc = self.doc
        return (
            span[1] - span[0] >= 2
            and doc[span[0]].lower_ in self.lx.singular_person_articles
            and doc[span[1] - 1].lower_ in self.lx.singular_person_sources
        )

    def _genitive_end(self, k: int, end: int) -> int:
        """ "des Prüfers Geld kassiert": a common noun after the genitive noun is the clause's
        object, not part of the owner ("des Präsidenten Karl Moor" keeps its name)."""
        doc = self.doc
        for m in range(k + 2, end):
            prev, t = doc[m - 1], doc[m]
            if prev.tag_ == "NN" and prev.text.endswith("s") and t.tag_ == "NN" and not t.ent_type_:
                return m
        return end

    def _saxon_genitive(self, t) -> bool:  # type: ignore[no-untyped-def]
        """A name with the genitive s before its noun ("Müllers Angaben")."""
        return t.ent_type_ in ("PER", "ORG") and t.text.endswith("s") and t.text[:1].isupper()

    def _quoted_source(self, j: int, b: int) -> tuple[int, int] | None:
        """ "laut „Tagesblatt“": a quoted name right after the cue."""
        doc, q = self.doc, self.qtok[j] if j < b else -1
        if q < 0 or doc[j].text not in QUOTE_CHARS:
            return None
        k = j + 1
        while k < b and self.qtok[k] == q and doc[k].text not in QUOTE_CHARS:
            k += 1
        inner = doc[j + 1 : k]
        if not 0 < len(inner) <= 4 or not all(t.text[:1].isupper() or not t.is_alpha for t in inner):
            return None
        return (j + 1, k)

    def _own_source(self, a: int, b: int) -> int:
        """A source cue outside quotation marks, named or generic ("nach Polizeiangaben", "laut
        Medienberichten", "Angaben zufolge"): the sentence says whose word it is, so it never
        continues the previous speaker. The cue's index, or -1."""
        lx, words, lowers = self.lx, self.words, self.lowers
        cues_by_first = _cues_by_first_word(lx.reported_before)
        for k in range(a, b):
            if self.qtok[k] >= 0:
                continue
            low = lowers[k]
            if low in lx.reported_after:
                if k > a and lowers[k - 1] in _DATIVE_PRONOUNS:
                    continue  # "ihm zufolge": the speaker already in play
                return k
            if k + 1 >= b:
                continue
            if lowers[k + 1] in _OWN_WORDS:
                continue  # "nach ihren Informationen", "nach eigenen Angaben": the speaker's own
            if low == "nach":
                j = k + 1
                while j < b - 1 and j <= k + 2 and words[j][:1].islower():
                    j += 1  # "nach übereinstimmenden Berichten"
                if words[j][:1].isupper() and lx.is_generic_source(words[j]):
                    return k  # "nach Regierungsangaben", "nach Berichten"
            nxt = k + 1
            if low in _SOURCE_PREPOSITIONS and (words[nxt][:1].isupper() or lowers[nxt] in lx.determiners):
                return k  # the preposition, not the adverb ("laut rufen")
            if any(tuple(lowers[k : k + len(c)]) == c for c in cues_by_first.get(low, ())):
                return k
        return -1

    def _quoted(self, span: tuple[int, int]) -> bool:
        return span[0] > 0 and self.qtok[span[0]] >= 0

    def _nach_source(self, k: int, b: int) -> tuple[int, int] | None:
        """ "nach Polizeiangaben", "nach Müllers Angaben": "nach" and a source compound or a
        name's generic head, which the fixed cues ("nach Angaben von") leave out."""
        doc = self.doc
        j = k + 1
        if j + 1 < b and doc[j].lower_.startswith("eigene") and self.lx.is_generic_source(doc[j + 1].text):
            return self._own_figures_source(self._cue_clause_start(self.unit_start(k), k), b)
        if j + 1 < b and self._saxon_genitive(doc[j]):
            j += 1
        elif j < b and doc[j].lower_ in self.lx.determiners:
            # "nach einem internen Bericht des Ausschusses": the owner in the genitive
            m = j + 1
            while m < b and self.ph.is_adj(doc[m]) and not self.ph.is_noun(doc[m]):
                m += 1
            if (
                m < b
                and self.lx.is_generic_source(doc[m].text)
                and compound_owner(doc[m].text, self.lx) is None
            ):
                phrase = self.ph.np_after(j, b, appositions=False)
                return self._strip_generic(phrase) if phrase is not None else None
            return None
        if j >= b or self.qtok[j] >= 0 or not self.lx.is_generic_source(doc[j].text):
            return None
        if j == k + 1 and compound_owner(doc[j].text, self.lx) is not None:
            return (j, j + 1)
        return (j - 1, j) if j > k + 1 else None

    def _cue_clause_start(self, a: int, k: int) -> int:
        """Where the clause holding the cue at ``k`` begins: a cue inside a dependent or a later
        main clause ("…, da X nach Müllers Angaben …", "…, bei der laut X …", "…, trotzdem gelang
        nach Polizeiangaben …", "…; laut X …") covers that clause only, not the sentence before it."""
        doc, lx = self.doc, self.lx
        for c in range(k - 1, a, -1):
            if doc[c].text not in (",", ";") or self.qtok[c] >= 0:
                continue
            if doc[c].text == ";":
                # a semicolon closes the main clause before, unless what follows has no verb of
                # its own ("…, was dauern wird; laut X rund drei Monate")
                stop = self._cue_clause_end(k, self.unit_ends.get(a, len(doc)))
                return c + 1 if any(t.tag_.endswith("FIN") for t in doc[c + 1 : stop]) else a
            nxt = doc[c + 1] if c + 1 < k else None
            if nxt is None:
                return a
            opener = nxt.lower_ in lx.clause_openers or nxt.lower_ in _CLAUSE_OPENERS or nxt.tag_ == "PRELS"
            relative = nxt.lower_ in lx.prepositions and c + 2 < k and doc[c + 2].tag_ in ("PRELS", "PRELAT")
            finite = any(t.tag_.endswith("FIN") for t in doc[c + 1 : k])
            return c + 1 if opener or relative or finite else a
        return a

    def _past_fronted_relative(self, begin: int, k: int, span: tuple[int, int], b: int) -> int:
        """ "Nach einer Schätzung des X, die sich auf … stützt, fällt …": a fronted cue whose
        source has a relative clause; what was said starts after that clause."""
        doc = self.doc
        if any(not (doc[m].is_space or doc[m].text in '„“"') for m in range(begin, k)):
            return begin
        c = span[1]
        if c + 2 >= b or doc[c].text != "," or doc[c + 1].tag_ not in ("PRELS", "PRELAT"):
            return begin
        close = next((m for m in range(c + 2, b) if doc[m].text == "," and self.qtok[m] < 0), -1)
        if close < 0 or not doc[close - 1].tag_.endswith("FIN") or close + 1 >= b:
            return begin
        return close + 1

    def _cue_clause_end(self, k: int, b: int) -> int:
        """A semicolon after the cue ends its main clause: "… laut X geschlossen; die Lage …"
        tells the next clause in the reporter's own voice."""
        return next((c for c in range(k + 1, b) if self.doc[c].text == ";" and self.qtok[c] < 0), b)

    def unit_start(self, k: int) -> int:
        return self.unit_starts[bisect_right(self.unit_starts, k) - 1]
