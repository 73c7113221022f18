"""Reporting frames: who said what, as token spans, before any speaker resolution.

A unit is a sentence, or several when a quotation crosses a sentence boundary. Per unit at
most one frame is read, in this order: the quote first with an inverted reporting clause
("„…“, sagte X."), a colon ("X sagte: „…“"), a content clause after the verb ("X sagte,
(dass) …" with dass, subjunctive, zu-infinitive or a quotation), a prepositional or "als"
object ("sprach von …", "bezeichnete … als „…“"), then a colon after a clause
without reporting verb ("X tat dies ab: „…“") and source cues ("laut X", "X zufolge").
Units without a frame continue the previous speaker when they are a bare quotation or in
the subjunctive; anything else ends the chain.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kzgraph.extract.quotes.base import CLAUSE_END, CREDIT, FIRST_PERSON, IMPERSONAL, TRAIL, Found
from kzgraph.extract.quotes.clauses import ClauseShapes
from kzgraph.extract.quotes.cues import CueFrames
from kzgraph.extract.quotes.lexicon import Lexicon, Verb, lexicon
from kzgraph.extract.quotes.marks import find_quotations
from kzgraph.extract.quotes.phrases import QUOTE_CHARS, SUBORDINATORS, Phrases


class FrameFinder(CueFrames, ClauseShapes):
    def __init__(self, doc: Doc, sentences: list[tuple[int, int]], lx: Lexicon | None = None) -> None:
        self.doc = doc
        self.lx = lx or lexicon()
        self.ph = Phrases(doc, self.lx)
        self.quotes = find_quotations(doc.text)
        self.qtok = self._quote_tokens()
        self.units = self._units(sentences)
        self.by_lemma: dict[str, Verb] = {v.lemma: v for vs in self.lx.finite.values() for v in vs}

    # ---- preparation -------------------------------------------------------------------
    def _quote_tokens(self) -> list[int]:
        """For each token the index of the quotation it lies in (marks included), else -1."""
        out = [-1] * len(self.doc)
        starts = sorted((q.outer_start, q.outer_end, k) for k, q in enumerate(self.quotes))
        k = 0
        for t in self.doc:
            while k < len(starts) and starts[k][1] <= t.idx:
                k += 1
            if k < len(starts) and starts[k][0] <= t.idx < starts[k][1]:
                out[t.i] = starts[k][2]
        return out

    def _units(self, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
        units: list[tuple[int, int]] = []
        for a, b in sentences:
            if units and self.qtok[a] >= 0 and self.qtok[a] == self.qtok[units[-1][1] - 1]:
                units[-1] = (units[-1][0], b)  # the quotation crosses the sentence boundary
            else:
                units.append((a, b))
        return units

    # ---- helpers -----------------------------------------------------------------------
    def _clause_end(self, i: int, b: int) -> int:
        while i < b and not (self.doc[i].text in CLAUSE_END and self.qtok[i] < 0):
            i += 1
        return i

    def _verbs(self, a: int, b: int) -> list[tuple[int, Verb, bool]]:
        doc, lx = self.doc, self.lx
        out = []
        for i in range(a, b):
            t = doc[i]
            if self.qtok[i] >= 0 or not t.text[:1].islower():
                continue
            low = t.text
            cands = [(v, True) for v in lx.finite.get(low, ())] + [
                (v, self._fused_finite(i, v)) for v in lx.participles.get(low, ())
            ]
            if not cands and t.pos_ in ("VERB", "AUX") and t.lemma_ in self.by_lemma:
                finite = "Fin" in t.morph.get("VerbForm") or t.tag_.endswith("FIN")
                cands = [(self.by_lemma[t.lemma_], finite)]
            end = self._clause_end(i + 1, b)
            for verb, finite in cands:
                if (
                    finite
                    and verb.particle
                    and not self._fused_finite(i, verb)
                    and not any(doc[k].lower_ == verb.particle for k in range(i + 1, end))
                ):
                    continue  # "gab" without "zu"/"bekannt" is not zugeben
                out.append((i, verb, finite))
                break
        return out

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
        for k in range(a, v):
            if self.doc[k].lower_ in self.lx.auxiliaries and self.qtok[k] < 0:
                return k
        return v

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
        text = doc.text
        if m := CREDIT.search(text, start, end):
            end = m.start()
        while end > start and text[end - 1] in TRAIL:
            end -= 1
        while start < end and text[start] in " \n\t":
            start += 1
        return start, end

    def _quotation_covering(self, i: int, j: int) -> int:
        """Index of a quotation that makes up all of tokens [i, j) but punctuation, else -1."""
        doc = self.doc
        ks = {self.qtok[k] for k in range(i, j) if not self.ph.is_punct(doc[k]) or self.qtok[k] >= 0}
        if len(ks) == 1 and -1 not in ks:
            return ks.pop()
        return -1

    def _content(
        self,
        i: int,
        j: int,
        speaker,
        unit,
        rule_direct: str,
        rule_indirect: str,  # type: ignore[no-untyped-def]
        conf: float,
    ) -> Found | None:
        if j - i < 2:
            return None
        q = self._quotation_covering(i, j)
        if q >= 0:
            quote = self.quotes[q]
            return Found(quote.start, quote.end, "direct", rule_direct, conf, speaker, unit)
        start, end = self._text_span(i, j)
        if end <= start:
            return None
        words = {t.lower_ for t in self.doc[i:j] if self.qtok[t.i] < 0}
        if rule_indirect.endswith(".inverted"):
            if self._is_subjunctive(i, j, frame=True):
                rule_indirect = "statement.indirect.subjunctive"
            elif words & FIRST_PERSON and not any(self.qtok[k] >= 0 for k in range(i, j)):
                return Found(start, end, "direct", "statement.direct.unmarked", conf - 0.15, speaker, unit)
            elif not any(self.qtok[k] >= 0 for k in range(i, j)) and not (
                words & self.lx.auxiliaries
                or self._main_clause_start(i, j)
                or self.doc[i].lower_ in SUBORDINATORS
            ):
                return None  # "Der Minister, Hans Müller, nannte ...": a phrase, not a clause
        return Found(start, end, "indirect", rule_indirect, conf, speaker, unit)

    # ---- frames ------------------------------------------------------------------------
    def _frame(self, a: int, b: int) -> tuple[list[Found], tuple[int, int] | None]:
        """Statements of one unit, and the speaker it introduces when it has no content."""
        doc, ph = self.doc, self.ph
        unit = (a, b)
        context = None
        so = self._so_frame(a, b) or self._wie_frame(a, b)
        if so:
            return so, None
        for v, verb, finite in self._verbs(a, b):
            end = self._clause_end(v + 1, b)
            # "„…“, sagte X." / "Die Lage sei ruhig, teilte X mit."
            colon = end if end < b and doc[end].text == ":" else -1
            head = self._inverted_head(a, v, finite) if colon < 0 else None
            if head is not None:
                p, cend = head
                speaker = ph.after_verb(self._skip_object_pronoun(p + 1), b if p == v else v)
                if speaker is not None:
                    found = self._content(
                        self._content_start(a, cend),
                        cend,
                        speaker,
                        unit,
                        "statement.direct.inverted",
                        "statement.indirect.inverted",
                        0.9,
                    )
                    if found is not None:
                        return [found, *self._trailing_quotes(end, b, speaker, unit)], None
            fin = self._finite_for(a, v, finite)
            if fin != v and self._passive(fin, v):
                continue  # "seien aufgefordert worden": the subject is addressed, not speaking
            if colon > 0:
                speaker = self._subject_or_named_after_verb(a, fin, colon)
                if speaker is not None:
                    found = self._content(
                        colon + 1,
                        b,
                        speaker,
                        unit,
                        "statement.direct.colon",
                        "statement.indirect.colon",
                        0.85,
                    )
                    if found is not None:
                        return [found], None
            if not (verb.clause or verb.zu or verb.preps or verb.als):
                context = context or ph.subject(a, fin, end)
                continue
            relative = self._relative_clause_start(a, fin)
            if relative >= 0:
                # "…, denen X vorwirft, …": the speaker is inside the relative clause
                speaker = self._named_in(relative + 1, fin)
            else:
                speaker = self._subject_or_named_after_verb(a, fin, end)
            if speaker is None:
                continue
            found = self._forward(v, verb, end, b, speaker, unit)
            if found is not None:
                return [found], None
            context = context or speaker
        found_here = self._colon_quotation(a, b) or self._reported(a, b)
        if found_here is not None:
            return [found_here], None
        return [], context

    def _forward(self, v: int, verb: Verb, end: int, b: int, speaker, unit) -> Found | None:  # type: ignore[no-untyped-def]
        doc, lx = self.doc, self.lx
        c = end + 1 if end < b and doc[end].text == "," else end
        if c < b and self.qtok[c] >= 0 and doc[c].text in QUOTE_CHARS:  # "X sagte „…“"
            return self._content(
                c, b, speaker, unit, "statement.direct.forward", "statement.indirect.mixed", 0.85
            )
        if end < b and doc[end].text == "," and c < b:
            first = doc[c].lower_
            nxt = self._clause_end(c + 1, b)
            if verb.clause and first in lx.clause_openers:
                rule = "statement.indirect.dass" if first == "dass" else "statement.indirect.clause"
                return self._content(c + 1 if first == "dass" else c, b, speaker, unit, rule, rule, 0.85)
            if verb.clause and self._is_subjunctive(c, nxt, frame=True):
                return self._content(
                    c, b, speaker, unit, "statement.direct.forward", "statement.indirect.subjunctive", 0.85
                )
            if verb.clause and self._bare_frame(v + 1, end, speaker) and self._main_clause_start(c, nxt):
                # "X sagte, die Lage ist ruhig": indicative indirect speech in verb-second order
                return self._content(
                    c, b, speaker, unit, "statement.direct.forward", "statement.indirect.clause", 0.75
                )
            if verb.zu and any(
                t.lower_ == "zu" or (t.lower_.endswith("en") and "zu" in t.lower_[2:-2]) for t in doc[c:nxt]
            ):
                return self._content(
                    c, b, speaker, unit, "statement.direct.forward", "statement.indirect.zu", 0.7
                )
        span = range(v + 1, b) if v + 1 < b else range(0)
        if verb.preps:
            for k in span:
                if doc[k].lower_ in verb.preps and self.qtok[k] < 0:
                    if doc[k].lower_ != "von" and not any(self.qtok[m] >= 0 for m in range(k, b)):
                        break  # "berichtete über den Fall": a topic, not a statement
                    return self._content(
                        k, b, speaker, unit, "statement.indirect.prep", "statement.indirect.prep", 0.65
                    )
        if verb.als and any(doc[k].lower_ == "als" for k in span):
            start = speaker[1] if speaker[0] > v else v + 1
            return self._content(
                start, b, speaker, unit, "statement.indirect.als", "statement.indirect.als", 0.7
            )
        return None

    def _trailing_quotes(self, i: int, b: int, speaker, unit) -> list[Found]:  # type: ignore[no-untyped-def]
        """„A“, sagte X, „B“: the second quotation has the same speaker."""
        out = []
        seen: set[int] = set()
        for k in range(i, b):
            q = self.qtok[k]
            if q >= 0 and q not in seen:
                seen.add(q)
                quote = self.quotes[q]
                if len(quote_text := self.doc.text[quote.start : quote.end].split()) >= 3 and quote_text:
                    out.append(
                        Found(
                            quote.start, quote.end, "direct", "statement.direct.inverted", 0.85, speaker, unit
                        )
                    )
        return out

    def run(self) -> list[Found]:
        out: list[Found] = []
        current: tuple[int, int] | None = None  # speaker span the next sentences may continue
        last: Found | None = None  # statement of the previous unit that a continuation may extend
        gap = 0  # sentences since the last statement of ``current`` (paragraph breaks count too)
        for k, (a, b) in enumerate(self.units):
            if k and "\n" in self.doc.text[self.doc[self.units[k - 1][1] - 1].idx : self.doc[a].idx]:
                last = None  # a new paragraph: a continuation starts a new statement
                gap += 1
            if IMPERSONAL.search(self.doc[a:b].text):
                current, last = None, None  # "hieß es": reported, but by nobody we can name
                continue
            anaphoric = self._anaphoric(k)
            found, context = ([anaphoric], None) if anaphoric else self._frame(a, b)
            if not found and self._passive_frame(a, b):
                # "Befürchtet wird, dass …": by nobody we can name. Checked after the frames,
                # since a passive in a subordinate clause ("Nachdem X gefragt wurde, …
                # entgegnete Y: …") leaves the main clause's speaker intact.
                current, last = None, None
                continue
            if found:
                out.extend(found)
                gap = 0
                current = found[-1].speaker
                tail = found[-1]
                ends_unit = tail.end >= self._text_span(a, b)[1] - 1 and tail.mode != "direct"
                last = tail if ends_unit else None
                continue
            if context is not None:
                current, last, gap = context, None, 0
                continue
            # an explicit source never inherits the previous speaker; only a clause before a
            # semicolon ("X sei ...; nach Behördenangaben stecke ...") may still continue it
            own = self._own_source(a, b) if current is not None else -1
            semi = next((k for k in range(a + 1, own) if self.doc[k].text == ";" and self.qtok[k] < 0), -1)
            if current is None or (own >= 0 and semi < 0):
                current, last = None, None
                continue
            b = semi if own >= 0 else b
            q = self._quotation_covering(a, b)
            subjunctive = self._is_subjunctive(a, b) and not self._verbs(a, b)
            if (
                gap
                and not (q >= 0 and gap == 1)
                and not (subjunctive and gap == 1)
                and not (gap <= 2 and self._reportive(a, b))
            ):
                current, last = None, None
                continue
            if q >= 0:
                quote = self.quotes[q]
                out.append(
                    Found(
                        quote.start,
                        quote.end,
                        "direct",
                        "statement.direct.continuation",
                        0.75,
                        current,
                        (a, b),
                        inherited=True,
                    )
                )
                last = None
            elif subjunctive or self._reportive(a, b):
                gap = 0
                start, end = self._text_span(a, b)
                if last is not None and out and out[-1] is last:
                    last = replace(last, end=end, unit=(last.unit[0], b))
                    out[-1] = last
                else:
                    last = Found(
                        start,
                        end,
                        "indirect",
                        "statement.indirect.continuation",
                        0.7,
                        current,
                        (a, b),
                        inherited=True,
                    )
                    out.append(last)
            elif gap < 2 and not self._new_subject(a, b):
                gap, last = gap + 1, None  # one plain sentence in between ("Sie starben.")
            else:
                current, last = None, None
            if own >= 0:
                current, last = None, None  # the source after the semicolon takes over
        return out
