"""A speech noun with its speaker in the genitive and its content set off by commas: "Die
Behauptung des Senators X, er sei unschuldig, sorgte für Spott", "Die Zusage der
Stadt, dass …, beruhigte …". The owner speaks when it can (a person, an organisation, a
titled holder); the content is a dass clause, a clause in the Konjunktiv or a zu-infinitive,
and ends at the comma before the main clause's indicative verb. A mixin of FrameFinder; it
relies on its state (doc, lexicon, phrases, quotation index per token)."""

from __future__ import annotations

from kzgraph.extract.kinds.statements.quotes.base import Found

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
