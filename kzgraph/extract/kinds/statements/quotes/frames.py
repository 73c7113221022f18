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

from kzgraph.extract.grammar.speech_verbs import Lexicon, Verb, lexicon
from kzgraph.extract.kinds.statements.quotes.base import IMPERSONAL, Found
from kzgraph.extract.kinds.statements.quotes.clauses import ClauseShapes
from kzgraph.extract.kinds.statements.quotes.content import ContentClauses
from kzgraph.extract.kinds.statements.quotes.cues import CueFrames
from kzgraph.extract.kinds.statements.quotes.expressions import ExpressionFrames
from kzgraph.extract.kinds.statements.quotes.extents import Extents
from kzgraph.extract.kinds.statements.quotes.impersonal import ImpersonalFrames
from kzgraph.extract.kinds.statements.quotes.marks import find_quotations
from kzgraph.extract.kinds.statements.quotes.phrases import Phrases


class FrameFinder(CueFrames, ClauseShapes, ContentClauses, Extents, ExpressionFrames, ImpersonalFrames):
    def __init__(self, doc: Doc, sentences: list[tuple[int, int]], lx: Lexicon | None = None) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token anew on each call: once per article
        self.lx = lx or lexicon()
        self.ph = Phrases(doc, self.lx)
        self.quotes = find_quotations(self.text)
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
    def _verbs(self, a: int, b: int) -> list[tuple[int, Verb, bool]]:
        doc, lx = self.doc, self.lx
        out = []
        for i in range(a, b):
            t = doc[i]
            if self.qtok[i] >= 0 or not t.text[:1].islower():
                continue
            low = t.text
            # a separable verb whose particle is present comes first: "ruft … auf" is aufrufen
            finite_cands = sorted(lx.finite.get(low, ()), key=lambda v: v.particle is None)
            cands = [(v, True) for v in finite_cands] + [
                (v, self._fused_finite(i, v)) for v in lx.participles.get(low, ())
            ]
            if not cands and t.pos_ in ("VERB", "AUX") and t.lemma_ in self.by_lemma:
                finite = "Fin" in t.morph.get("VerbForm") or t.tag_.endswith("FIN")
                cands = [(self.by_lemma[t.lemma_], finite)]
            end = self._clause_end(i + 1, b, appositions=True)  # the particle may follow an apposition
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
        before = next((k for k in range(a, v) if doc[k].lower_ in aux and self.qtok[k] < 0), -1)
        after = v + 1 < len(doc) and doc[v + 1].lower_ in aux and self.qtok[v + 1] < 0
        if after and (before < 0 or self._clause_end(before + 1, v) < v):
            return v + 1  # verb-final "…, bei dem sie gesagt hatte, …": the auxiliary follows
        return before if before >= 0 else v

    # ---- frames ------------------------------------------------------------------------
    def _frame(self, a: int, b: int) -> tuple[list[Found], tuple[int, int] | None]:
        """Statements of one unit, and the speaker it introduces when it has no content."""
        doc, ph = self.doc, self.ph
        unit = (a, b)
        context = None
        deferred: Found | None = None
        so = self._so_frame(a, b) or self._wie_frame(a, b)
        if so:
            return so, None
        for v, verb, finite, end in self._readings(a, b):
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
                    if found is None:  # "Der Grund, sagt X, sei …": only when no other frame reads the unit
                        deferred = deferred or self._parenthetical(a, cend, end, b, speaker)
                    if found is not None:
                        return [found, *self._trailing_quotes(end, b, speaker, unit)], None
            fin = self._finite_for(a, v, finite)
            if fin != v and self._passive(fin, v):
                continue  # "seien aufgefordert worden": the subject is addressed, not speaking
            if colon > 0:
                opener = self._subordinate_opener(a, v, fin, colon)  # "…, indem sie X aufforderte: „…“"
                speaker = (
                    self._adverbial_speaker(a, opener, v)
                    if opener >= 0
                    else self._subject_or_named_after_verb(a, fin, colon)
                )
                pair = self._quote_pair(colon + 1, b, speaker, unit) if speaker is not None else []
                if pair:
                    return pair, None
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
            opener = self._subordinate_opener(a, v, fin, end) if relative < 0 else -1
            if relative >= 0:
                # "…, denen X vorwirft, …": the speaker is inside the relative clause
                speaker = self._named_in(relative + 1, fin) or self._relative_subject(relative, v)
            elif opener >= 0:
                speaker = self._adverbial_speaker(a, opener, v)  # "…, da sie befürchtete, …"
            else:
                speaker = self._subject_or_named_after_verb(a, fin, end)
            if speaker is None:
                continue
            found = self._forward(v, verb, end, b, speaker, unit)
            if found is not None and relative >= 0:
                found = self._end_at_main_clause(found, end + 1, b) or found  # "…, denen X vorwirft, …, ist"
            if found is not None and opener >= 0 and self._fronted(a, opener):
                # "Nachdem X mitgeteilt hatte, dass …, vertagte Y …": the content ends where the
                # main clause begins, and a frame of the main clause itself comes first
                deferred = deferred or self._end_at_main_clause(found, end + 1, b)
                continue
            if found is not None:
                return [found], None
            context = context or speaker
        found_here = (
            self._expression_frame(a, b) or self._colon_quotation(a, b) or deferred or self._reported(a, b)
        )
        if found_here is not None:
            return [found_here], None
        return [], context

    def _trailing_quotes(self, i: int, b: int, speaker, unit) -> list[Found]:  # type: ignore[no-untyped-def]
        """„A“, sagte X, „B“: the second quotation has the same speaker."""
        out = []
        seen: set[int] = set()
        for k in range(i, b):
            q = self.qtok[k]
            if q >= 0 and q not in seen:
                seen.add(q)
                quote = self.quotes[q]
                if len(quote_text := self.text[quote.start : quote.end].split()) >= 3 and quote_text:
                    out.append(
                        Found(
                            quote.start, quote.end, "direct", "statement.direct.inverted", 0.85, speaker, unit
                        )
                    )
        return out

    def _reported_report(self, a: int, b: int) -> bool:
        """A subjunctive sentence whose reporting verbs are participles only: "Aiwanger habe
        Fehler eingeräumt, müsse aber …" is the current speaker's report, not Aiwanger's."""
        return self._is_subjunctive(a, b) and not any(finite for _, _, finite in self._verbs(a, b))

    def run(self) -> list[Found]:
        out: list[Found] = []
        current: tuple[int, int] | None = None  # speaker span the next sentences may continue
        last: Found | None = None  # statement of the previous unit that a continuation may extend
        gap = 0  # sentences since the last statement of ``current`` (paragraph breaks count too)
        for k, (a, b) in enumerate(self.units):
            if k and "\n" in self.text[self.doc[self.units[k - 1][1] - 1].idx : self.doc[a].idx]:
                last = None  # a new paragraph: a continuation starts a new statement
                gap += 1
            if IMPERSONAL.search(self.doc[a:b].text):
                # "hieß es": reported by nobody we can name, unless a source phrase names it
                sourced = self._impersonal_source(a, b)
                if sourced is not None:
                    out.append(sourced)
                    gap = 0
                current, last = None, None
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
            if context is not None and not (current is not None and self._reported_report(a, b)):
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
            subjunctive = self._reported_report(a, b)
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
