"""What a reporting verb says: the content after its comma ("dass …", a subjunctive or
verb-second clause, a zu-infinitive, a quotation), its prepositional or "als" object, and the
check that a span is a clause at all. A mixin of FrameFinder (split off to keep each module
readable); it relies on FrameFinder's state (doc, lexicon, phrases, quotation index per token)."""

from __future__ import annotations

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.speech_verbs import Verb
from kzgraph.extract.kinds.statements.quotes.base import FIRST_PERSON, Found
from kzgraph.extract.kinds.statements.quotes.phrases import QUOTE_CHARS, SUBORDINATORS

_D_WORDS = closed_class().words("relative_d_words")
_SUBJECT_TAGS = frozenset({"ADJA", "NN", "NE", "ART", "CARD"})


class ContentClauses:
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

    def _relative_opener(self, c: int, nxt: int) -> bool:
        """ "…, die angeblich von ihnen ausgehe": a relative clause on the object, no content. A
        d-word the tagger reads as an article ("sagte, die Lage sei ruhig") opens content,
        unless it follows a noun and its clause ends in the finite verb ("kritisierte die
        Förderung der Halle, die Erinnerungen wecke"): verb-final, so a relative clause."""
        if self.tags[c] in ("PRELS", "PRELAT"):
            return True
        if self.lowers[c] not in _D_WORDS or c < 2 or self.tags[c - 2] not in ("NN", "NE"):
            return False
        last = nxt - 1
        while last > c and self.tags[last].startswith("$"):
            last -= 1  # the full stop
        if last <= c + 1 or not self.tags[last].endswith("FIN"):
            return False
        middle = self.tags[c + 1 : last]
        if any(tag.endswith("FIN") for tag in middle):
            return False
        # "die Erinnerungen an den Krieg wecke": more than a subject before the verb; "der neue
        # Bau dauere" may be a verb-second clause whose verb happens to come last
        nouns = sum(tag in ("NN", "NE") for tag in middle)
        return nouns > 1 or any(tag not in _SUBJECT_TAGS for tag in middle)

    def _forward(self, v: int, verb: Verb, end: int, b: int, speaker, unit) -> Found | None:  # type: ignore[no-untyped-def]
        doc, lx = self.doc, self.lx
        c = end + 1 if end < b and doc[end].text == "," else end
        if c < b and self.qtok[c] >= 0 and doc[c].text in QUOTE_CHARS:  # "X sagte „…“"
            return self._content(
                c, b, speaker, unit, "statement.direct.forward", "statement.indirect.mixed", 0.85
            )
        if end < b and doc[end].text == "," and c < b:
            if doc[c].tag_.endswith("FIN"):
                # "X habe Fehler eingeräumt, müsse aber …": a second predicate of the same
                # subject (verb first, no subject of its own), not what the verb reports
                return None
            first = doc[c].lower_
            nxt = self._clause_end(c + 1, b)
            if verb.clause and first in lx.clause_openers:
                rule = "statement.indirect.dass" if first == "dass" else "statement.indirect.clause"
                return self._content(c + 1 if first == "dass" else c, b, speaker, unit, rule, rule, 0.85)
            if verb.clause and self._is_subjunctive(c, nxt, frame=True) and not self._relative_opener(c, nxt):
                return self._content(
                    c, b, speaker, unit, "statement.direct.forward", "statement.indirect.subjunctive", 0.85
                )
            if (
                verb.clause
                and self._bare_frame(v + 1, end, speaker)
                and not self._object_in_frame(unit[0], v, end, speaker)
                and self._main_clause_start(c, nxt)
            ):
                # "X sagte, die Lage ist ruhig": indicative indirect speech in verb-second order
                return self._content(
                    c, b, speaker, unit, "statement.direct.forward", "statement.indirect.clause", 0.75
                )
            if verb.zu and any(
                t.lower_ == "zu" or (t.lower_.endswith("en") and "zu" in t.lower_[2:-2]) for t in doc[c:nxt]
            ):
                found = self._content(
                    c, b, speaker, unit, "statement.direct.forward", "statement.indirect.zu", 0.7
                )
                # a zu-infinitive has no finite verb: ", schreibt X" after it is another clause
                return self._end_at_main_clause(found, c, b) or found if found is not None else None
        if verb.zu and (end >= b or doc[end].text != ","):
            found = self._zu_without_comma(v, verb, end, speaker, unit)
            if found is not None:
                return found
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

    def _zu_without_comma(self, v: int, verb: Verb, end: int, speaker, unit) -> Found | None:  # type: ignore[no-untyped-def]
        """ "X hat versprochen im Herbst den Titel zu holen": a zu-infinitive the writer did
        not set off by a comma (allowed since 1996) ends the reporting verb's clause."""
        doc = self.doc
        if doc[v].tag_ not in ("VVFIN", "VVPP"):
            return None  # "… fordern zu dürfen", "zu prüfen versprechen": an infinitive reports nothing
        if verb.lemma in self.lx.zu_modal_verbs and not (self._can_speak(speaker) or self._pronoun(speaker)):
            return None  # "Die Lage drohte an der Grenze zu eskalieren": about to, not a threat
        stop = end
        while stop > v + 1 and not doc[stop - 1].text.isalnum():
            stop -= 1
        last = doc[stop - 1] if stop > v + 1 else None
        if last is None or not (last.tag_ == "VVIZU" or (stop - 2 > v and doc[stop - 2].tag_ == "PTKZU")):
            return None
        c = v + 1
        if verb.particle:
            # "forderte X auf … zu senken": the content follows the particle
            c = next((k + 1 for k in range(v + 1, stop) if doc[k].lower_ == verb.particle), c)
        if stop - c < 2 or any(t.tag_.endswith("FIN") or self.qtok[t.i] >= 0 for t in doc[c:stop]):
            return None
        start, stop_char = self._text_span(c, stop)
        return Found(start, stop_char, "indirect", "statement.indirect.zu", 0.6, speaker, unit)
