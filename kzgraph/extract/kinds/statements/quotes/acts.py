"""Reported speech acts: a reporting verb whose object is a noun or prepositional phrase, not
a clause ("X kritisierte den Beschluss", "X sagte weitere Hilfe zu", "X berichtete von 30
Toten", "X rief zur Ruhe auf"). The speech act is the statement, told in the reporter's words:
mode "reported", the whole sentence as its text. Only verbs marked ``act`` in the lexicon, only
in a main clause with the speaker as its subject, and never a question or a passive. A mixin of
FrameFinder; it relies on its state (doc, lexicon, phrases, quotation index per token)."""

from __future__ import annotations

from dataclasses import dataclass

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.speech_verbs import Verb
from kzgraph.extract.kinds.statements.quotes.base import Found

_COORDINATORS = closed_class().words("coordinators")

_REASONS = closed_class().words("reason_conjunctions")
# "nannte ihr Produkt „Sonnenblick“": a verb that gives a name, and the things one names
_NAMING_VERBS = closed_class().words("naming_verbs")
_NAMED_THINGS = tuple(closed_class().word_list("named_things"))
_NEGATION = closed_class().words("negation_words")


@dataclass
class Leftovers:
    """What the readings of one unit left behind when none gave a statement."""

    context: tuple[int, int] | None = None  # a speaker the next subjunctive sentences may continue
    deferred: Found | None = None  # a frame to take only when no other frame reads the unit
    act: Found | None = None  # a reported speech act with a noun-phrase object


class SpeechActs:
    def _particle_closes(self, v: int, b: int, verb: Verb) -> bool:
        """The separable particle after ``v`` closes its clause: tagged as a particle, or
        followed by punctuation, a conjunction or the unit's end ("rief den Notstand aus.")."""
        lowers, words = self.lowers, self.words
        for k in range(v + 1, b):
            if lowers[k] != verb.particle or self.qtok[k] >= 0:
                continue
            nxt = k + 1
            if self.tags[k] == "PTKVZ" or nxt >= b or not words[nxt][:1].isalnum():
                return True
            if lowers[nxt] in self.lx.conjunctions:
                return True
        return False

    def _act_reading(self, a: int, v: int, verb: Verb, fin: int, end: int, speaker) -> Found | None:  # type: ignore[no-untyped-def]
        """The unit as a reported speech act of ``speaker``, or None."""
        doc = self.doc
        if speaker is None or not verb.act or self.qtok[v] >= 0:
            return None
        b = self._unit_end(a)
        if fin >= b or self.qtok[fin] >= 0 or not doc[fin].tag_.endswith("FIN"):
            return None
        if doc[v].tag_ in ("VVINF", "VVIZU", "VAINF", "VMINF") or doc[v - 1].lower_ == "zu":
            return None  # "soll erlauben, … zu verlangen": an infinitive states no act
        if self._is_subjunctive(fin, fin + 1, frame=True):
            return None  # "Zeugen hätten von Schüssen berichtet": the current speaker's report
        if self._relative_clause_start(a, fin) >= 0 or self._subordinate_opener(a, v, fin, end) >= 0:
            return None  # "…, der den Plan kritisierte, …": the act of a dependent clause
        words = [t.lower_ for t in doc[a:b] if self.qtok[t.i] < 0]
        if "?" in words or _NEGATION & set(words):
            return None  # a question, or an act not done ("kritisierte den Plan nicht")
        clause = range(a, max(end, v + 1))
        lows = [doc[k].lower_ for k in clause if self.qtok[k] < 0]
        if verb.act_preps and not set(verb.act_preps) & set(lows):
            return None  # "droht eine Rezession": not the act "drohte mit …"
        if self._other_sense(a, v, end, verb):
            return None  # "forderte drei Menschenleben": another sense of the verb
        split = verb.particle and v == fin and not doc[v].lower_.startswith(verb.particle)
        if split and not self._particle_closes(v, b, verb):
            return None  # "riefen laut aus dem Fenster": a preposition, not the particle of ausrufen
        if self._naming(v, verb, range(v + 1, b)):
            return None  # "nannte ihr Produkt „Sonnenblick“": a name given, no judgement
        if not self._has_object(fin, v, end, speaker):
            return None
        quoted = self._quotation_in(clause)
        if quoted >= 0:
            # "verurteilte die Proteste als „Staatsstreich“": the quoted words are the speaker's
            quote = self.quotes[quoted]
            return Found(quote.start, quote.end, "direct", "statement.direct.act", 0.7, speaker, (a, b))
        start, stop = self._text_span(a, b)
        speaker = self._coordinated(speaker, fin)
        return Found(start, stop, "reported", "statement.reported.act", 0.65, speaker, (a, b))

    def _naming(self, v: int, verb: Verb, after: range) -> bool:
        """ "X nannte sein Boot „Möwe“": a naming verb whose object is a thing one gives a name
        (a product, a child, a pet, a project), followed by a quotation."""
        if verb.lemma not in _NAMING_VERBS or not any(self.qtok[k] >= 0 for k in after):
            return False
        first_quote = next(k for k in after if self.qtok[k] >= 0)
        return any(self.lowers[k].endswith(_NAMED_THINGS) for k in range(v + 1, first_quote))

    def _other_sense(self, a: int, v: int, end: int, verb: Verb) -> bool:
        """An object of another sense of the verb in its clause ("Zwei Menschenleben forderte das Feuer")."""
        if not verb.act_not_with:
            return False
        return any(
            self.doc[k].lower_.endswith(verb.act_not_with)
            for k in range(a, max(end, v + 1))
            if self.qtok[k] < 0
        )

    def _coordinated(self, speaker: tuple[int, int], fin: int) -> tuple[int, int]:
        """ "Kim Lorenz und Tom Berg haben …": both conjuncts before the verb speak."""
        j = speaker[1]
        if j < fin and self.doc[j].lower_ in _COORDINATORS:
            other = self.ph.np_after(j + 1, fin, appositions=False)
            if other is not None and other[1] == fin:
                return (speaker[0], fin)
        return speaker

    def _quotation_in(self, clause: range) -> int:
        """The longest quotation inside ``clause`` that is no name ("der Sender „X“"), else -1."""
        best, size = -1, 0
        for q in {self.qtok[k] for k in clause if self.qtok[k] >= 0}:
            quote = self.quotes[q]
            words = self.text[quote.start : quote.end].split()
            if self._medium_named(quote.start):
                continue  # "die Wochenzeitung „Le Monde diplomatique“": a name, however written
            if any(w[:1].islower() for w in words):  # all capitalized: a title or a name
                if quote.end - quote.start > size:
                    best, size = q, quote.end - quote.start
        return best

    def _medium_named(self, start: int) -> bool:
        """The quotation starting at character ``start`` follows a medium noun ("Zeitung", "Sender")."""
        before = self.text[max(0, start - 80) : start].rstrip(" „“\"»«‚'").split()
        if not before:
            return False
        noun = before[-1].lower()
        # also in the genitive: "des Magazins", "des Blattes"
        return any(form.endswith(self.lx.media_endings) for form in (noun, noun[:-1], noun[:-2]))

    def _unit_end(self, a: int) -> int:
        return self.unit_ends[a]

    def _has_object(self, fin: int, v: int, end: int, speaker: tuple[int, int]) -> bool:
        """Some word besides the speaker, adverbs and the verb's own parts in its clause."""
        doc = self.doc
        lo, hi = min(fin, v), max(end, v)
        for k in range(lo + 1, hi):
            if speaker[0] <= k < speaker[1] or k in (fin, v):
                continue
            t = doc[k]
            if self.ph.is_noun(t) or self.qtok[k] >= 0 or t.like_num:
                return True
        return False

    def _speech_act(self, a: int, b: int, left: Leftovers) -> Found | None:
        return self._reason_clause(a, b) or left.act or self._intention(a, b)

    def _intention(self, a: int, b: int) -> Found | None:
        """ "Die Partei will die Steuern senken": a body's or person's declared intention, told
        in the reporter's words (mode "reported"); only in a main clause with a subject that
        can speak, never a question, a negation or "man"."""
        doc, tags = self.doc, self.tags
        fin = next((k for k in range(a, b) if tags[k] == "VMFIN" and self.qtok[k] < 0), -1)
        if fin < 0 or doc[fin].lower_ not in self.lx.intention_modals:
            return None
        start = self.ph.after_heading(a, fin)  # "Bildung: Die Partei will …"
        if any(doc[k].text in (",", ";", ":") and self.qtok[k] < 0 for k in range(start, fin)):
            return None  # the modal of a later or dependent clause
        words = {self.lowers[k] for k in range(a, b) if self.qtok[k] < 0}
        if "?" in words or _NEGATION & words:
            return None
        speaker = self.ph.subject(a, fin, b)
        if speaker is None or not (self._can_speak(speaker) and not self._pronoun(speaker)):
            return None
        begin, stop = self._text_span(start, b)
        return Found(begin, stop, "reported", "statement.reported.intention", 0.55, speaker, (a, b))

    def _pronoun(self, span: tuple[int, int]) -> bool:
        return span[1] - span[0] == 1 and self.doc[span[0]].lower_ in self.lx.pronoun_speakers

    def _reason_clause(self, a: int, b: int) -> Found | None:
        """ "X wies den Vorwurf zurück, da er auf falschen Zahlen beruhe": a reason in the
        Konjunktiv is the subject's own account, reported speech of the main clause's subject
        (a named person or organisation, or "er"/"sie")."""
        words, lowers = self.words, self.lowers
        for k in range(a + 2, b - 2):
            if words[k] != "," or self.qtok[k] >= 0 or lowers[k + 1] not in _REASONS:
                continue
            end = self._clause_end(k + 2, b)
            if not self._is_subjunctive(k + 2, end, frame=True):
                continue
            fin = next((m for m in range(a, k) if self.tags[m].endswith("FIN") and self.qtok[m] < 0), -1)
            if fin < 0 or self._is_subjunctive(fin, fin + 1, frame=True):
                return None  # the main clause itself reported: the current speaker's
            speaker = self.ph.subject(a, fin, k)
            if speaker is None or not (self._personal(speaker) or self._organisation(speaker)):
                return None
            start, stop = self._text_span(k + 1, b)
            return Found(start, stop, "indirect", "statement.indirect.reason", 0.6, speaker, (a, b))
        return None

    def _organisation(self, span: tuple[int, int]) -> bool:
        return any(t.ent_type_ == "ORG" for t in self.doc[span[0] : span[1]])
