"""A speech noun with its speaker in the genitive and its content set off by commas: "Die
Behauptung des Senators X, er sei unschuldig, sorgte für Spott", "Die Zusage der
Stadt, dass …, beruhigte …". The owner speaks when it can (a person, an organisation, a
titled holder); the content is a dass clause, a clause in the Konjunktiv or a zu-infinitive,
and ends at the comma before the main clause's indicative verb. The same noun as the object of
a rejection ("X wies Berichte der Zeitung Y zurück, er sei …") gives the owner the content up
to the unit's end: X rejects it, Y said it. A mixin of FrameFinder; it
relies on its state (doc, lexicon, phrases, quotation index per token)."""

from __future__ import annotations

from kzgraph.extract.kinds.statements.quotes.base import Found, has_org_hint
from kzgraph.extract.kinds.statements.quotes.phrases import QUOTE_CHARS

_NOUN_TAIL = 14  # tokens from the noun to the comma that opens the content


class SpeechNounFrames:
    def _speech_noun_frame(self, a: int, b: int) -> Found | None:
        doc, lx, lowers = self.doc, self.lx, self.lowers
        for k in range(a, b - 3):
            if self.qtok[k] >= 0 or not lowers[k].endswith(lx.speech_nouns):
                continue
            if lowers[k + 1] not in lx.genitive_determiners:
                continue
            owner = self.ph.np_after(k + 1, min(b, k + _NOUN_TAIL))
            if owner is None or owner[1] >= b or doc[owner[1]].text != "," or not self._can_speak(owner):
                continue
            found = self._speech_noun_content(owner[1] + 1, b, owner, (a, b))
            if found is not None:
                return found
        return None

    def _speech_noun_content(self, c: int, b: int, owner: tuple[int, int], unit) -> Found | None:  # type: ignore[no-untyped-def]
        """The content from ``c`` to the comma before an indicative finite verb."""
        doc, lx = self.doc, self.lx
        end = next(
            (
                m
                for m in range(c + 1, b - 1)
                if doc[m].text == ","
                and self.qtok[m] < 0
                and doc[m + 1].tag_.endswith("FIN")
                and not self._is_subjunctive(m + 1, m + 2, frame=True)
            ),
            -1,
        )
        if end < 0:
            return None
        opener = doc[c].lower_ in lx.clause_openers
        zu = any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[c:end])  # "zu streichen", "abzubauen"
        if not (opener or self._is_subjunctive(c, end) or zu):
            return None  # "Die Forderung der Partei, die seit Jahren …, ist alt": a relative clause
        start = c + 1 if doc[c].tag_ == "KOUS" else c  # the content after "dass"
        return self._content(start, end, owner, unit, "statement.direct.noun", "statement.indirect.noun", 0.7)

    def _rejected_noun_frame(self, a: int, b: int) -> Found | None:
        """ "X hat Berichte der Zeitung Y zurückgewiesen, er sei …": the owner Y speaks the
        content; the rejecting verb's subject does not (without an owner the verb reads as usual)."""
        doc, lx, lowers = self.doc, self.lx, self.lowers
        if not lx.rejected_nouns:
            return None
        for k in range(a + 1, b - 3):
            # the genitive after the noun first: a set lookup, before the endings
            if lowers[k + 1] not in lx.genitive_determiners or self.qtok[k] >= 0:
                continue
            if not lowers[k].endswith(lx.rejected_nouns):
                continue
            owner = self.ph.np_after(k + 1, min(b, k + _NOUN_TAIL))
            if owner is None or not self._owner_speaks(owner):
                continue
            owner = self._with_quoted_name(owner, b)
            comma = owner[1]
            while comma < b and comma - owner[1] < 3 and self._verb_part(comma):
                comma += 1  # "zurückgewiesen", "zurück", "hat"
            if comma + 1 >= b or doc[comma].text != "," or not self._rejected_before(a, comma):
                continue
            c = comma + 1
            opener = doc[c].lower_ in lx.clause_openers
            zu = any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[c:b])
            if not (opener or self._is_subjunctive(c, b) or zu):
                continue
            start = c + 1 if doc[c].tag_ == "KOUS" or lowers[c] == "wonach" else c
            rules = ("statement.direct.noun", "statement.indirect.noun")
            return self._content(start, b, owner, (a, b), *rules, 0.7)
        return None

    def _with_quoted_name(self, owner: tuple[int, int], b: int) -> tuple[int, int]:
        """ "der Wochenzeitung „Der Bote“": the quoted title belongs to the owner."""
        j = owner[1]
        if j >= b or self.qtok[j] < 0 or self.doc[j].text not in QUOTE_CHARS:
            return owner
        q, k = self.qtok[j], j + 1
        while k < b and self.qtok[k] == q and self.doc[k].text not in QUOTE_CHARS:
            k += 1
        return (owner[0], k + 1) if k < b and k - j <= 6 else owner

    def _owner_speaks(self, owner: tuple[int, int]) -> bool:
        """The owner can speak, or a body named by its kind ("der Zeitung Abendpost")."""
        return self._can_speak(owner) or any(has_org_hint(t.text) for t in self.doc[owner[0] : owner[1]])

    def _verb_part(self, k: int) -> bool:
        return self.qtok[k] < 0 and (self.doc[k].tag_.startswith("V") or self.doc[k].tag_ == "PTKVZ")

    def _rejected_before(self, a: int, comma: int) -> bool:
        """A rejecting verb ("wies … zurück", "dementierte", "bestritten") in the clause."""
        return any(verb.lemma in self.lx.rejecting_verbs for _, verb, _ in self._verbs(a, comma + 1))
