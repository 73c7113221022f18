"""Reporting expressions: a support verb with a noun or adjective that takes the content clause
("X vertritt die Ansicht, dass …", "X ist der Überzeugung, …", "X kam zu dem Schluss, dass …").
A mixin of FrameFinder (split off to keep each module readable); it relies on FrameFinder's
state (doc, lexicon, phrases, quotation index per token)."""

from __future__ import annotations

from kzgraph.extract.kinds.statements.quotes.base import Found

_GAP = 8  # tokens allowed between the support verb and the head ("vertritt wie Y die Ansicht")
_TAIL = 5  # tokens allowed between the head and the comma ("der Ansicht der Regierung")


class ExpressionFrames:
    def _expression_frame(self, a: int, b: int) -> Found | None:
        lowers, qtok = self.lowers, self.qtok
        present = set(lowers[a:b])  # most units hold none of an expression's verbs: not scanned
        for verbs, heads in self.lx.expressions:
            if present.isdisjoint(verbs):
                continue
            for v in range(a, b):
                if qtok[v] >= 0 or lowers[v] not in verbs:
                    continue
                h = self._expression_head(v, b, heads)
                if h < 0:
                    continue
                found = self._expression_content(a, v, h, b)
                if found is not None:
                    return found
        return None

    def _expression_head(self, v: int, b: int, heads: tuple[tuple[str, ...], ...]) -> int:
        """Index of the last word of a head sequence after the verb at ``v`` in the same clause,
        or before it when the verb ends its clause ("hatte die Vorgabe gemacht, dass …")."""
        lx, words, lowers = self.lx, self.words, self.lowers
        limit = min(self._clause_end(v + 1, b), v + 1 + _GAP)
        for k in range(v + 1, limit):
            if self.qtok[k] >= 0:
                continue
            for head in heads:
                n = len(head)
                if k + n <= limit and tuple(lowers[k : k + n]) == head:
                    return k + n - 1
        after = v + 1 if v + 1 < b and lowers[v + 1] not in lx.auxiliaries else v + 2
        if after >= b or words[after] != ",":
            return -1  # not verb-final
        k = v - 1
        while k > v - 1 - _GAP and k >= 0 and self.qtok[k] < 0 and words[k] not in (",", ";", ":"):
            for head in heads:
                n = len(head)
                if k - n + 1 >= 0 and tuple(lowers[k - n + 1 : k + 1]) == head:
                    return k
            k -= 1
        return -1

    def _expression_content(self, a: int, v: int, h: int, b: int) -> Found | None:
        doc, lx = self.doc, self.lx
        last = max(v, h)
        end = self._clause_end(last + 1, b)
        if end >= b or doc[end].text != "," or end - last > _TAIL or end + 1 >= b:
            return None  # "Er vertrat die Ansicht der Regierung.": no content of its own
        if any(t.tag_.endswith("FIN") and t.lower_ not in lx.auxiliaries for t in doc[last + 1 : end]):
            return None
        fin = self._finite_for(a, v, doc[v].tag_.endswith("FIN"))
        if fin != v and self._passive(fin, v):
            return None
        if self._relative_clause_start(a, fin) >= 0:
            return None  # "…, die X vertritt, …": the expression belongs to a relative clause
        speaker = self._subject_or_named_after_verb(a, fin, end)
        if speaker is None and fin + 1 < end:
            # "Laut X hält es der Minister für möglich, …": the subject after an object pronoun
            speaker = self.ph.after_verb(self._skip_object_pronoun(fin + 1), end)
        if speaker is None or speaker[1] > h or speaker[0] <= h < speaker[1]:
            return None  # "Das ist die Ansicht, …": the head itself is no speaker
        c = end + 1
        first = doc[c].lower_
        nxt = self._clause_end(c + 1, b)
        if first in lx.clause_openers:
            rule = "statement.indirect.dass" if first == "dass" else "statement.indirect.clause"
            return self._content(c + 1 if first == "dass" else c, b, speaker, (a, b), rule, rule, 0.8)
        if self._is_subjunctive(c, nxt, frame=True):
            rule = "statement.indirect.subjunctive"
            return self._content(c, b, speaker, (a, b), "statement.direct.forward", rule, 0.8)
        if any(t.lower_ == "zu" or (t.lower_.endswith("en") and "zu" in t.lower_[2:-2]) for t in doc[c:nxt]):
            rule = "statement.indirect.zu"
            return self._content(c, b, speaker, (a, b), "statement.direct.forward", rule, 0.7)
        return None
