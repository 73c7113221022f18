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

    def _relative_clause_start(self, a: int, fin: int) -> int:
        """Index of the relative pronoun when the verb at ``fin`` ends a relative clause
        ("…, denen unter anderem X vorwirft, …"), else -1."""
        doc = self.doc
        for k in range(fin - 1, a, -1):
            if self.qtok[k] >= 0:
                continue
            if doc[k].text in (",", ";", ":", "(", "–"):
                nxt = k + 1
                if nxt < fin and doc[nxt].lower_ in self.lx.prepositions:
                    nxt += 1  # "…, mit denen X …"
                return nxt if nxt < fin and doc[nxt].tag_ == "PRELS" else -1
        return -1

    def _subject_or_named_after_verb(self, a: int, fin: int, limit: int) -> tuple[int, int] | None:
        """The clause's subject; a named person right after the verb wins over a Vorfeld without
        a name ("Der Zeitung sagte X: …" puts the addressee first)."""
        subject = self.ph.subject(a, fin, limit)
        if subject is not None and subject[0] < fin and not self._personal(subject):
            named = self.named_after_verb(fin, limit)
            if named is not None and named[0] == self._after_adverbs(fin + 1, limit):
                return named
        return subject or self.named_after_verb(fin, limit)

    def _after_adverbs(self, i: int, limit: int) -> int:
        while i < limit and self.doc[i].lower_ in self.lx.adverbs:
            i += 1
        return i

    def _named_in(self, i: int, limit: int) -> tuple[int, int] | None:
        """The first phrase naming a person in tokens [i, limit) ("unter anderem X")."""
        for k in range(i, limit):
            if self.doc[k].ent_type_ == "PER" and self.qtok[k] < 0:
                return self.ph.np_after(k, limit)
        return None
