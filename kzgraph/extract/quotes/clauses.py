"""Clause shapes without a parser: passive, subjunctive, verb-second main clauses, and the
bare reporting frame. A mixin of FrameFinder (split off to keep each module readable); it
relies on FrameFinder's state (doc, lexicon, phrases, quotation index per token)."""

from __future__ import annotations


class ClauseShapes:
    def _bare_frame(self, i: int, end: int, speaker) -> bool:  # type: ignore[no-untyped-def]
        """Between the verb and its comma only the speaker, adverbs and adverbials ("am Montag
        in Berlin"), no object or predicate ("erklärte die Wahl für ungültig, ...")."""
        doc, ph, lx = self.doc, self.ph, self.lx
        for k in range(i, end):
            if speaker[0] <= k < speaker[1]:
                continue
            t = doc[k]
            low = t.lower_
            if low in ("sich", "es") or (
                t.text.isalpha()
                and t.text[:1].islower()
                and not (
                    lx.is_function_word(low) or ph.is_det(t) or low in lx.participles or low in lx.finite
                )
            ):
                return False
        return True

    def _main_clause_start(self, c: int, nxt: int) -> bool:
        """A verb-second clause opens at ``c``: a subject phrase, then a finite verb."""
        doc, ph = self.doc, self.ph
        if nxt - c < 3 or self.qtok[c] >= 0:
            return False
        first = doc[c]
        if first.lower_ in ("er", "sie", "es", "man", "ich", "wir", "dies", "das") and not ph.is_noun(
            doc[c + 1]
        ):
            return doc[c + 1].text[:1].islower() and not ph.is_det(doc[c + 1])
        if not (ph.is_det(first) or ph.is_noun(first)):
            return False
        np = ph.np_after(c, nxt, appositions=False)
        if np is None or np[1] >= nxt:
            return False
        for k in range(np[1], nxt):
            t = doc[k]
            if not t.text.isalpha() or not t.text[:1].islower() or ph.is_det(t) or ph.is_adj_only(t):
                continue
            if ph.is_adj(t) and k + 1 < nxt and (ph.is_noun(doc[k + 1]) or ph.is_adj(doc[k + 1])):
                continue  # an attribute inside a prepositional phrase
            return True  # the first other lowercase word: the finite verb
        return False

    def _is_subjunctive(self, i: int, j: int, frame: bool = False) -> bool:
        lx = self.lx
        for t in self.doc[i:j]:
            if self.qtok[t.i] >= 0:
                continue
            low = t.lower_
            if (
                low in lx.subjunctive
                or (frame and low in lx.subjunctive_frame)
                or ("Sub" in t.morph.get("Mood") and (frame or low not in lx.subjunctive_frame))
            ):
                return True
        return False

    def _passive(self, fin: int, v: int) -> bool:
        words = {t.lower_ for t in self.doc[fin : v + 2]}
        return bool(words & {"wurde", "wurden", "worden", "wird", "werden"}) or self.doc[
            fin
        ].lower_.startswith("w")
