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

from kzgraph.extract.core.tokens import TokenTable
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.speech_verbs import Lexicon, Verb, lexicon
from kzgraph.extract.kinds.statements.quotes.acts import Leftovers, SpeechActs
from kzgraph.extract.kinds.statements.quotes.base import Found, has_org_hint
from kzgraph.extract.kinds.statements.quotes.chain import Chains
from kzgraph.extract.kinds.statements.quotes.clauses import ClauseShapes
from kzgraph.extract.kinds.statements.quotes.content import ContentClauses
from kzgraph.extract.kinds.statements.quotes.cues import CueFrames
from kzgraph.extract.kinds.statements.quotes.documents import DocumentFrames
from kzgraph.extract.kinds.statements.quotes.expressions import ExpressionFrames
from kzgraph.extract.kinds.statements.quotes.extents import Extents
from kzgraph.extract.kinds.statements.quotes.impersonal import ImpersonalFrames
from kzgraph.extract.kinds.statements.quotes.lead_ins import LeadIns
from kzgraph.extract.kinds.statements.quotes.marks import find_quotations
from kzgraph.extract.kinds.statements.quotes.phrases import Phrases
from kzgraph.extract.kinds.statements.quotes.sources import SourceCues
from kzgraph.extract.kinds.statements.quotes.speech_nouns import SpeechNounFrames
from kzgraph.extract.kinds.statements.quotes.verbs import VerbReadings

_VON_FORMS = closed_class().words("von_forms")
_COORDINATORS = closed_class().words("coordinators")
_ADVERBIAL_OPENERS = closed_class().words("adverbial_conjunctions")  # "wenn", "weil", "nachdem"


class FrameFinder(
    Chains,
    SpeechActs,
    SourceCues,
    CueFrames,
    ClauseShapes,
    ContentClauses,
    Extents,
    ExpressionFrames,
    ImpersonalFrames,
    DocumentFrames,
    SpeechNounFrames,
    VerbReadings,
    LeadIns,
):
    def __init__(
        self,
        doc: Doc,
        sentences: list[tuple[int, int]],
        lx: Lexicon | None = None,
        tokens: TokenTable | None = None,
    ) -> None:
        self.doc = doc
        # the words as lists (the article context's when given): the frames scan every unit
        # token by token, and a Token per doc[i] cost more than the scans' own tests
        self.tokens = tokens or TokenTable.of(doc)
        self.words, self.lowers, self.tags = self.tokens.texts, self.tokens.lowers, self.tokens.tags
        self.text = self.tokens.text  # Doc.text joins every token anew on each call
        self._moods: dict[int, bool] = {}  # token -> its morphology says Konjunktiv, read once
        self.lx = lx or lexicon()
        self.ph = Phrases(doc, self.lx)
        self.quotes = find_quotations(self.text)
        self.qtok = self._quote_tokens()
        self.units = self._units(sentences)
        self.unit_ends = dict(self.units)  # unit start -> end, looked up per reading: no scan
        self.unit_starts = [u[0] for u in self.units]
        self.by_lemma: dict[str, Verb] = _verbs_by_lemma(self.lx)

    # ---- preparation -------------------------------------------------------------------
    def _quote_tokens(self) -> list[int]:
        """For each token the index of the quotation it lies in (marks included), else -1."""
        out = [-1] * len(self.doc)
        starts = sorted((q.outer_start, q.outer_end, k) for k, q in enumerate(self.quotes))
        k = 0
        for i, idx in enumerate(self.tokens.offsets):
            while k < len(starts) and starts[k][1] <= idx:
                k += 1
            if k < len(starts) and starts[k][0] <= idx < starts[k][1]:
                out[i] = starts[k][2]
        return out

    def _units(self, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
        units: list[tuple[int, int]] = []
        for a, b in sentences:
            if units and self.qtok[a] >= 0 and self.qtok[a] == self.qtok[units[-1][1] - 1]:
                units[-1] = (units[-1][0], b)  # the quotation crosses the sentence boundary
            else:
                units.append((a, b))
        return units

    # ---- reading a unit ------------------------------------------------------------------
    def _frame(self, a: int, b: int) -> tuple[list[Found], tuple[int, int] | None]:
        """Statements of one unit, and the speaker it introduces when it has no content."""
        so = self._so_frame(a, b) or self._wie_frame(a, b)
        if so:
            return so, None
        if self._asked(a, b) or self._neither_nor(a, b):
            return [], None  # "Hat X gesagt, dass …?", "X wollte weder bestätigen noch dementieren, dass …"
        rejected = self._rejected_noun_frame(a, b)
        if rejected is not None:
            return [rejected], None
        left = Leftovers()
        for v, verb, finite, end in self._readings(a, b):
            found = self._read_verb(a, b, v, verb, finite, end, left)
            if found:
                return found, None
        found_here = (
            self._expression_frame(a, b)
            or self._speech_noun_frame(a, b)
            or self._colon_quotation(a, b)
            or self._verbless_colon_lead(a, b)
            or self._manner_inverted(a, b)
            or self._unpunctuated_quotation(a, b)
            or left.deferred
            or self._verlautet(a, b)
            or self._reported(a, b)
            or self._speech_act(a, b, left)
        )
        if found_here is not None:
            return [found_here], None
        return [], left.context or self._speaker_line(a, b)

    def _read_verb(
        self, a: int, b: int, v: int, verb: Verb, finite: bool, end: int, left: Leftovers
    ) -> list[Found]:
        """The frame one reporting verb opens: inverted ("„…“, sagte X"), colon or forward."""
        if self._other_sense(a, v, end, verb):
            return []  # "Zwei Menschenleben forderte das Feuer": no speaker, none to continue either
        colon = end if end < b and self.doc[end].text == ":" else -1
        if colon < 0 or self._after_quotation(v):
            # also before a colon: "„…“, sagte X und fügte hinzu: „…“" (both quotations are X's)
            found = self._inverted_reading(a, b, v, finite, end, left)
            if found:
                return found
        fin = self._finite_for(a, v, finite)
        if fin != v and self._passive(fin, v) and not self._quoted_with_words(a, colon, verb):
            # "seien aufgefordert worden": the subject is addressed, not speaking; a von-agent
            # ("wird von den Behörden vorgeworfen, …") is the speaker; who "wird mit den Worten
            # zitiert: …" is quoted, and speaks
            return self._passive_with_agent(a, b, v, verb, fin, end)
        if colon > 0:
            found = self._colon_reading(a, b, v, fin, colon)
            if found:
                return found
        if not (verb.clause or verb.zu or verb.preps or verb.als):
            speaker = self.ph.subject(a, fin, end)
            left.context = left.context or speaker
            left.act = left.act or self._act_reading(a, v, verb, fin, end, speaker)
            return []
        return self._forward_reading(a, b, v, verb, fin, end, left)

    def _passive_with_agent(self, a: int, b: int, v: int, verb: Verb, fin: int, end: int) -> list[Found]:
        """A passive reporting verb with its agent: "Ihm wird von der Behörde Betrug vorgeworfen",
        "Vom Minister wurde betont, dass …": the agent speaks."""
        doc = self.doc
        if self._subordinate_opener(a, v, fin, end) >= 0 or self._relative_clause_start(a, fin) >= 0:
            return []  # "Nachdem X vom Moderator gefragt wurde, …, entgegnete Y": the main clause speaks
        lo, hi = min(fin, v), max(fin, v)
        start = next((k for k in range(a, hi) if doc[k].lower_ in _VON_FORMS and self.qtok[k] < 0), -1)
        if start < 0:
            return self._passive_in_document(a, b, v, verb, fin, end)
        if any(doc[k].text in (",", ";", ":") for k in range(start, hi)):
            return []
        agent = self._without_object(self.ph.np_after(start + 1, hi, appositions=False))
        if agent is None or agent[1] > hi or not self._can_speak(agent):
            return []
        if lo < start < hi or start < lo:
            found = self._forward(v, verb, end, b, agent, (a, b))
            if found is not None:
                return [found]
            if verb.act and not any(doc[k].text == "?" for k in range(a, b)):
                begin, stop = self._text_span(a, b)
                return [Found(begin, stop, "reported", "statement.reported.act", 0.6, agent, (a, b))]
        return []

    def _can_speak(self, span: tuple[int, int]) -> bool:
        """A person, an organisation or a holder of a title ("von der Polizei", "vom Minister")."""
        head = self.doc[span[1] - 1].text
        return self._personal(span) or self._organisation(span) or self._titled(span) or has_org_hint(head)

    def _inverted_reading(
        self, a: int, b: int, v: int, finite: bool, end: int, left: Leftovers
    ) -> list[Found]:
        """ "„…“, sagte X." / "Die Lage sei ruhig, teilte X mit." """
        head = self._inverted_head(a, v, finite)
        if head is None:
            return []
        p, cend = head
        if self._subject_with_relative(a, p):
            return []  # "X, die … vertritt, nennt das Urteil …": the Vorfeld is the subject
        speaker = self.ph.after_verb(self._skip_object_pronoun(p + 1), b if p == v else v)
        if speaker is None:
            return []
        unit = (a, b)
        rules = ("statement.direct.inverted", "statement.indirect.inverted")
        start = self._content_start(a, cend)
        # "Falls das zutreffe, drohe dem Mann …": an adverbial clause is the adjunct of the
        # clause after it, no content (a parenthetical frame may still read the unit)
        adjunct = self._adverbial_clause_only(start, cend)
        found = None if adjunct else self._content(start, cend, speaker, unit, *rules, 0.9)
        if found is None:  # "Der Grund, sagt X, sei …": only when no other frame reads the unit
            left.deferred = left.deferred or self._parenthetical(a, cend, end, b, speaker)
            return []
        trailing = self._trailing_quotes(end, b, speaker, unit)
        return [found, *(trailing or self._conjunct_after_speaker(speaker, b, unit))]

    def _adverbial_clause_only(self, start: int, cend: int) -> bool:
        """Tokens [start, cend) are one adverbial clause ("wenn …", "weil …") outside quotation
        marks: an adjunct of the clause after it, no content of a reporting verb."""
        first = start
        while first < cend and self.doc[first].is_space:
            first += 1
        if first >= cend or self.qtok[first] >= 0 or self.lowers[first] not in _ADVERBIAL_OPENERS:
            return False
        return not any(self.words[k] == "," and self.qtok[k] < 0 for k in range(first, cend))

    def _after_quotation(self, v: int) -> bool:
        """A closing quotation and a comma right before the verb: "„…“, sagte"."""
        doc = self.doc
        return v >= 2 and doc[v - 1].text == "," and (self.qtok[v - 2] >= 0 or doc[v - 2].text in '“”"»«')

    def _conjunct_after_speaker(self, speaker, b: int, unit) -> list[Found]:  # type: ignore[no-untyped-def]
        """ "„…“, sagte X und ergänzte, man sei …": the second verb shares the speaker."""
        k = speaker[1]
        if k + 1 >= b or self.doc[k].lower_ not in _COORDINATORS:
            return []
        second = [r for r in self._readings(k + 1, b) if r[0] == k + 1 and r[2]]
        if not second:
            return []
        v2, verb2, _, end2 = second[0]
        nxt = self._forward(v2, verb2, end2, b, speaker, unit)
        return [nxt] if nxt is not None else []

    def _with_second_conjunct(self, found: Found, end: int, b: int, speaker, unit) -> list[Found]:  # type: ignore[no-untyped-def]
        """ "X bestätigte, dass …, und gab an, … zu …": a second reporting verb joined by "und"
        shares the subject; the first content ends before it, the second verb has its own."""
        doc = self.doc
        for k in range(end + 1, b - 2):
            if doc[k].text != "," or self.qtok[k] >= 0 or doc[k + 1].lower_ != "und":
                continue
            second = [r for r in self._readings(k + 2, b) if r[0] == k + 2 and r[2]]
            if not second:
                continue
            v2, verb2, _, end2 = second[0]
            cut = (
                found if found.mode == "direct" else replace(found, end=self._text_span(found.unit[0], k)[1])
            )
            nxt = self._forward(v2, verb2, end2, b, speaker, unit)
            nxt = nxt or self._colon_quote(end2, b, speaker, unit)  # "…, und fügte hinzu: „…“"
            return [cut, nxt] if nxt is not None else [cut]
        return [found]

    def _subject_with_relative(self, a: int, p: int) -> bool:
        """ "Anna Celik, die … vertritt, nennt …": a name or noun phrase with a relative clause
        fills the Vorfeld; no clause stands before the relative one."""
        rel = self.ph._relative_insertion(a, p)
        if rel < 0:
            return False
        before = range(a, rel)
        inside = range(rel + 1, p - 1)  # "Die Frau, die X leitet, arbeitet zu viel, sagte": two clauses
        return not any(
            self.doc[k].text in (",", ";", ":") or self.doc[k].tag_.endswith("FIN") for k in before
        ) and (not any(self.doc[k].text in (",", ";", ":") for k in inside))

    def _colon_reading(self, a: int, b: int, v: int, fin: int, colon: int) -> list[Found]:
        """ "X sagte: „…“", "…, indem sie X aufforderte: „…“" """
        unit = (a, b)
        opener = self._subordinate_opener(a, v, fin, colon)
        speaker = (
            self._adverbial_speaker(a, opener, v)
            if opener >= 0
            else self._quoted_speaker(v, fin, colon) or self._subject_or_named_after_verb(a, fin, colon)
        )
        if speaker is None:
            return []
        pair = self._quote_pair(colon + 1, b, speaker, unit)
        if pair:
            return pair
        rules = ("statement.direct.colon", "statement.indirect.colon")
        found = self._content(colon + 1, b, speaker, unit, *rules, 0.85)
        return [found] if found is not None else []

    def _forward_reading(
        self, a: int, b: int, v: int, verb: Verb, fin: int, end: int, left: Leftovers
    ) -> list[Found]:
        """ "X sagte, (dass) …", "…, denen X vorwirft, …", "…, da sie befürchtete, …" """
        unit = (a, b)
        relative = self._relative_clause_start(a, fin)
        opener = self._subordinate_opener(a, v, fin, end) if relative < 0 else -1
        if relative >= 0:
            # "…, denen X vorwirft, …": the speaker is inside the relative clause
            speaker = self._named_in(relative + 1, fin) or self._relative_subject(relative, v)
        elif opener >= 0:
            speaker = self._adverbial_speaker(a, opener, v)  # "…, da sie befürchtete, …"
        else:
            speaker = self._controller(a, v) or self._subject_or_named_after_verb(a, fin, end)
        if speaker is None:
            return []
        found = self._forward(v, verb, end, b, speaker, unit)
        if found is not None and relative >= 0:
            found = self._end_at_main_clause(found, end + 1, b) or found  # "…, denen X vorwirft, …, ist"
        if found is not None and opener >= 0 and self._fronted(a, opener):
            # "Nachdem X mitgeteilt hatte, dass …, vertagte Y …": the content ends where the
            # main clause begins, and a frame of the main clause itself comes first
            left.deferred = left.deferred or self._end_at_main_clause(found, end + 1, b)
            return []
        if found is not None:
            return self._with_second_conjunct(found, end, b, speaker, unit)
        left.context = left.context or speaker
        if relative < 0 and opener < 0:
            left.act = left.act or self._act_reading(a, v, verb, fin, end, speaker)
        return []

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


_by_lemma: tuple[Lexicon, dict[str, Verb]] | None = None  # of the last lexicon asked for


def _verbs_by_lemma(lx: Lexicon) -> dict[str, Verb]:
    """The lexicon's verbs by lemma (the last of a lemma's forms wins), made once per lexicon
    instead of once per article."""
    global _by_lemma
    if _by_lemma is None or _by_lemma[0] is not lx:
        _by_lemma = (lx, {v.lemma: v for vs in lx.finite.values() for v in vs})
    return _by_lemma[1]
