"""The reporting verbs of a unit and their readings: finite or participle, a separable verb's
particle, a participle fused with its auxiliary, the finite verb a participle belongs to, and
where an insertion ends. A mixin of FrameFinder (split off to keep each module readable); it
relies on FrameFinder's state (doc, lexicon, the word lists, quotation index per token)."""

from __future__ import annotations

from kzgraph.extract.grammar.speech_verbs import Verb


class VerbReadings:
    def _verbs(self, a: int, b: int) -> list[tuple[int, Verb, bool]]:
        doc, lx, words, lowers, qtok = self.doc, self.lx, self.words, self.lowers, self.qtok
        out = []
        for i in range(a, b):
            low = words[i]
            if qtok[i] >= 0 or not low[:1].islower():
                continue
            # a separable verb whose particle is present comes first: "ruft … auf" is aufrufen
            listed = lx.finite.get(low)
            finite_cands = sorted(listed, key=lambda v: v.particle is None) if listed else []
            if i > a and low.startswith("ge") and lowers[i - 1] + low in lx.participles:
                # "bekannt gegeben": the particle written apart from the participle
                finite_cands, low = [], lowers[i - 1] + low
            cands = [(v, True) for v in finite_cands]
            participles = lx.participles.get(low)
            if participles:
                cands += [(v, self._fused_finite(i, v)) for v in participles]
            if not cands:
                t = doc[i] if self.tokens.poses[i] in ("VERB", "AUX") else None
                if t is not None and t.lemma_ in self.by_lemma:
                    finite = "Fin" in t.morph.get("VerbForm") or t.tag_.endswith("FIN")
                    cands = [(self.by_lemma[t.lemma_], finite)]
                else:
                    continue  # no reporting verb: the clause end is not needed
            end = self._clause_end(i + 1, b, appositions=True)  # the particle may follow an apposition
            for verb, finite in cands:
                if (
                    finite
                    and verb.particle
                    and not self._fused_finite(i, verb)
                    and verb.particle not in lowers[i + 1 : end]
                ):
                    continue  # "gab" without "zu"/"bekannt" is not zugeben
                if finite and not verb.particle and self._foreign_particle(i + 1, end):
                    continue  # "sagte den Termin ab" is absagen, not sagen
                out.append((i, verb, finite))
                break
        return out

    def _foreign_particle(self, i: int, end: int) -> bool:
        """A separable particle closes the clause: the verb is another one ("sagte … ab")."""
        tags = self.tags
        for k in range(i, end):
            if self.qtok[k] >= 0:
                continue
            if tags[k].endswith("FIN"):
                return False  # "… und kündigte an": the particle of the next verb
            low = self.lowers[k]
            if tags[k] == "PTKVZ" and low not in self.lx.determiners and low not in self.lx.adverbs:
                return True  # ("ein" before a noun is an article, "weiter" an adverb the tagger misread)
        return False

    def _readings(self, a: int, b: int) -> list[tuple[int, Verb, bool, int]]:
        """Each reporting verb with its clause end, then with the end past an apposition."""
        return [
            (v, verb, fin, end) for v, verb, fin in self._verbs(a, b) for end in self._clause_ends(v + 1, b)
        ]

    def _fused_finite(self, i: int, verb: Verb | None) -> bool:
        """A separable verb written as one finite word at the end of a subordinate clause
        ("…, der X vorwirft, …", "wie X mitteilte"): finite, its particle already inside."""
        t = self.doc[i]
        particle = verb.particle if verb is not None else None
        fused = (
            t.lower_.startswith(particle)
            if particle
            else any(
                v.particle and t.lower_.startswith(v.particle) for v in self.lx.participles.get(t.text, ())
            )
        )
        return bool(fused) and t.tag_.endswith("FIN")

    def _finite_for(self, a: int, v: int, finite: bool) -> int:
        """Position of the finite verb: the reporting verb, or the auxiliary before its participle."""
        if finite and (self.doc[v].text not in self.lx.participles or self._fused_finite(v, None)):
            return v
        doc, aux = self.doc, self.lx.auxiliaries
        before = next(
            (
                k
                for k in range(a, v)
                if doc[k].lower_ in aux and self.qtok[k] < 0 and not self._ends_insertion(a, k)
            ),
            -1,
        )
        if before >= 0 and all(self.doc[k].is_space or self.doc[k].is_punct for k in range(a, before)):
            # a verb-first conditional opens the unit: "Sollte X scheitern, könne man …"
            before = self._auxiliary_after_comma(before, v)
        present = finite and doc[v].tag_.endswith("FIN")
        if present and before >= 0 and self._own_clause_without_auxiliary(before, v):
            return v  # "Die Lage ist ruhig, erklärt X": present tense, the "ist" is the content's
        after = v + 1 < len(doc) and doc[v + 1].lower_ in aux and self.qtok[v + 1] < 0
        if after and (before < 0 or self._clause_end(before + 1, v) < v):
            return v + 1  # verb-final "…, bei dem sie gesagt hatte, …": the auxiliary follows
        return before if before >= 0 else v

    def _own_clause_without_auxiliary(self, before: int, v: int) -> bool:
        """A comma separates the auxiliary at ``before`` from the verb at ``v``, and no auxiliary
        stands between that comma and the verb."""
        doc = self.doc
        comma = next((k for k in range(v - 1, before, -1) if doc[k].text == "," and self.qtok[k] < 0), -1)
        return comma >= 0 and not any(
            doc[k].lower_ in self.lx.auxiliaries and self.qtok[k] < 0 for k in range(comma + 1, v)
        )

    def _auxiliary_after_comma(self, before: int, v: int) -> int:
        """The auxiliary of the verb's own clause when a comma separates it from an earlier one:
        "Sollte X scheitern, könne man nur annehmen, …" (not the conditional's "Sollte")."""
        doc = self.doc
        comma = next((k for k in range(v - 1, before, -1) if doc[k].text == "," and self.qtok[k] < 0), -1)
        if comma < 0:
            return before
        own = next(
            (k for k in range(comma + 1, v) if doc[k].lower_ in self.lx.auxiliaries and self.qtok[k] < 0), -1
        )
        both_finite = doc[before].tag_.endswith("FIN") and own >= 0 and doc[own].tag_.endswith("FIN")
        return own if both_finite else before

    def _ends_insertion(self, a: int, k: int) -> bool:
        """The verb at ``k`` closes a relative or dependent clause set off by commas ("X, der
        seit Jahren im Amt ist, hat …"): it is not the main clause's auxiliary."""
        doc = self.doc
        if k + 1 >= len(doc) or doc[k + 1].text != ",":
            return False
        c = next((m for m in range(k - 1, a - 1, -1) if doc[m].text == ","), -1)
        if c < 0 or c + 1 >= k:
            return False
        opener = doc[c + 1]
        return opener.tag_ in ("PRELS", "PRELAT", "KOUS") or (
            opener.tag_ == "APPR" and c + 2 < k and doc[c + 2].tag_ in ("PRELS", "PRELAT")
        )

    # ---- frames ------------------------------------------------------------------------
