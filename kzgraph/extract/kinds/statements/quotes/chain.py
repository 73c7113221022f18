"""The pass over all units of an article: each unit's own frame, else a continuation of the
previous speaker. A bare quotation or a subjunctive (or reportive "soll … worden sein")
sentence without a frame of its own continues the current speaker; a sentence with its own
source, a first-person sentence, a paragraph break without a subjunctive, or two plain
sentences end the chain. A mixin of FrameFinder; it relies on its state and frame readers."""

from __future__ import annotations

from dataclasses import dataclass, replace

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.kinds.statements.quotes.base import IMPERSONAL, Found

_DATIVE_PRONOUNS = closed_class().words("dative_pronouns")
_HE_SHE = frozenset(closed_class().subject_pronouns)  # "er", "sie"
# frames that name the speaker after the quotation: earlier bare quotations may share it
_ANAPHORIC = "statement.reported.anaphoric"
_NAMING_AFTER = frozenset({"statement.direct.inverted", "statement.direct.so", "statement.direct.manner"})


@dataclass
class Chain:
    """What the next units may continue."""

    current: tuple[int, int] | None = None  # speaker span the next sentences may continue
    last: Found | None = None  # statement of the previous unit that a continuation may extend
    gap: int = 0  # sentences since the last statement of ``current`` (paragraph breaks count too)

    def end(self) -> None:
        self.current, self.last = None, None


class Chains:
    def run(self) -> list[Found]:
        out: list[Found] = []
        chain = Chain()
        offsets = self.tokens.offsets
        pending: list[Found] = []  # bare quotations nobody was named for yet
        for k, (a, b) in enumerate(self.units):
            if k and "\n" in self.text[offsets[self.units[k - 1][1] - 1] : offsets[a]]:
                chain.last = None  # a new paragraph: a continuation starts a new statement
                chain.gap += 1
            before = len(out)
            self._unit(k, a, b, chain, out)
            pending = self._cataphoric(a, b, out, before, pending)
        return out

    def _cataphoric(self, a: int, b: int, out: list[Found], before: int, pending: list[Found]) -> list[Found]:
        """Quotations whose speaker is named only after the last of them: „A.“ „B“, sagte X.
        (or „A. B.“ So X.). Bare quotations without a speaker wait; the next unit that opens
        with a quotation framed by an inverted clause, or a verbless "So X." names their
        speaker. Anything else drops them."""
        if len(out) == before:
            q = self._quotation_covering(a, b) if self._has_quotation(a, b) else -1
            if q >= 0:
                quote = self.quotes[q]
                words = self.text[quote.start : quote.end].rstrip()
                if len(words.split()) < 3 or words.endswith("?"):
                    return []  # a title or an interviewer's question: nobody's statement to wait for
                rule = "statement.direct.cataphoric"
                return [*pending, Found(quote.start, quote.end, "direct", rule, 0.7, None, (a, b))]
            speaker = self._naming_sentence(a, b) if pending else None
            if speaker is not None:
                out.extend(replace(f, speaker=speaker) for f in pending)
            return []
        first = out[before]
        first_word = self._first_word(a, b)
        opens = first_word < b and self.qtok[first_word] >= 0
        if pending and opens and first.mode == "direct" and first.rule in _NAMING_AFTER:
            out[before:before] = [replace(f, speaker=first.speaker) for f in pending]
        elif pending and first.rule == _ANAPHORIC and len(out) == before + 1:
            # "„A.“ „B.“ Das sagte X.": X said every waiting quotation, word for word; the
            # anaphoric reading of the last one alone gives way to them
            out[before:] = [replace(f, speaker=first.speaker) for f in pending]
        return []

    def _unit(self, k: int, a: int, b: int, chain: Chain, out: list[Found]) -> None:
        if IMPERSONAL.search(self.text[self.tokens.offsets[a] : self.tokens.end_char(b - 1)]):
            # "hieß es": reported by nobody we can name, unless a source phrase names it
            sourced = self._impersonal_source(a, b)
            chain.end()
            if sourced is not None:
                # "In einer Erklärung des X heißt es, …": X may go on in the next sentences
                out.append(sourced)
                chain.gap, chain.current = 0, sourced.speaker
                chain.last = sourced if sourced.mode != "direct" else None
            return
        anaphoric = self._anaphoric(k)
        found, context = ([anaphoric], None) if anaphoric else self._frame(a, b)
        if not found and context is None:
            # "In einem Memorandum wird … gekennzeichnet, man stehe …": the document speaks
            document = self._document_sentence(a, b)
            found = [document] if document is not None else found
        if not found and self._passive_frame(a, b):
            # "Befürchtet wird, dass …": by nobody we can name. Checked after the frames,
            # since a passive in a subordinate clause ("Nachdem X gefragt wurde, …
            # entgegnete Y: …") leaves the main clause's speaker intact.
            chain.end()
            return
        if found:
            out.extend(found)
            chain.gap = 0
            chain.current = found[-1].speaker
            tail = found[-1]
            ends_unit = tail.end >= self._text_span(a, b)[1] - 1 and tail.mode != "direct"
            chain.last = tail if ends_unit else None
            return
        if context is not None and not (chain.current is not None and self._reported_report(a, b)):
            chain.current, chain.last, chain.gap = context, None, 0
            return
        self._continuation(a, b, chain, out)

    def _continuation(self, a: int, b: int, chain: Chain, out: list[Found]) -> None:
        """A unit without a frame of its own: the current speaker's, or the end of the chain."""
        # an explicit source never inherits the previous speaker; only a clause before a
        # semicolon ("X sei ...; nach Behördenangaben stecke ...") may still continue it
        own = self._own_source(a, b) if chain.current is not None else -1
        semi = next((k for k in range(a + 1, own) if self.doc[k].text == ";" and self.qtok[k] < 0), -1)
        if chain.current is None or (own >= 0 and semi < 0):
            chain.end()
            return
        b = semi if own >= 0 else b
        q = self._quotation_covering(a, b)
        q = q if q >= 0 else self._quotation_after_lead(a, b)
        subjunctive = self._reported_report(a, b)
        gap = chain.gap
        if (
            gap
            and not (q >= 0 and gap == 1)
            and not (subjunctive and gap == 1)
            and not (gap <= 2 and self._reportive(a, b))
            and not (gap == 1 and self._points_back(a, b))
            and not (gap == 1 and self._speaker_again(a, chain.current))
        ):
            chain.end()
            return
        if q >= 0:
            quote = self.quotes[q]
            rule = "statement.direct.continuation"
            out.append(
                Found(quote.start, quote.end, "direct", rule, 0.75, chain.current, (a, b), inherited=True)
            )
            chain.last = None
        elif subjunctive or self._reportive(a, b) or self._points_back(a, b):
            self._extend(a, b, chain, out)
        elif gap < 2 and not self._new_subject(a, b):
            # one plain sentence in between ("Sie starben."); one about the speaker ("X war
            # oft dort.") keeps the speaker as close as before
            chain.gap = gap if self._speaker_again(a, chain.current) else gap + 1
            chain.last = None
        else:
            chain.end()
        if own >= 0:
            chain.end()  # the source after the semicolon takes over

    def _extend(self, a: int, b: int, chain: Chain, out: list[Found]) -> None:
        """An indirect continuation: extends the previous statement of the same paragraph."""
        chain.gap = 0
        start, end = self._text_span(a, b)
        last = chain.last
        if last is not None and out and out[-1] is last:
            chain.last = replace(last, end=end, unit=(last.unit[0], b))
            out[-1] = chain.last
        else:
            rule = "statement.indirect.continuation"
            chain.last = Found(start, end, "indirect", rule, 0.7, chain.current, (a, b), inherited=True)
            out.append(chain.last)

    def _speaker_again(self, a: int, current: tuple[int, int]) -> bool:
        """The unit opens with the current speaker's name ("Roth war lange dort.")."""
        doc = self.doc
        if doc[a].ent_type_ != "PER" or a + 1 >= len(doc) or not doc[a + 1].tag_.endswith("FIN"):
            return False
        names = [t for t in doc[current[0] : current[1]] if t.ent_type_ == "PER"]
        if not names and current[1] - current[0] == 1 and doc[current[0]].lower_ in _HE_SHE:
            # "er sagte": the person named last before the pronoun
            names = [t for t in doc[max(0, current[0] - 80) : current[0]] if t.ent_type_ == "PER"][-1:]
        return bool(names) and doc[a].text == names[-1].text

    def _points_back(self, a: int, b: int) -> bool:
        """ "demnach", "ihm zufolge": the sentence tells what the current source said."""
        lowers = self.lowers
        for k in range(a, b):
            if self.qtok[k] >= 0:
                continue
            low = lowers[k]
            if low in ("demnach", "demzufolge"):
                return True
            if low == "zufolge" and k > a and lowers[k - 1] in _DATIVE_PRONOUNS:
                return True
        return False
