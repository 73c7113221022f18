"""Clause shapes without a parser: passive, subjunctive, verb-second main clauses, and the
bare reporting frame. A mixin of FrameFinder (split off to keep each module readable); it
relies on FrameFinder's state (doc, lexicon, phrases, quotation index per token)."""

from __future__ import annotations

from dataclasses import replace

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.kinds.statements.quotes.base import CLAUSE_END, Found
from kzgraph.extract.kinds.statements.quotes.phrases import QUOTE_CHARS

# conjunctions that open a verb-final adverbial clause whose subject follows them directly
_OPENERS = closed_class().words("subject_first_clause_openers")
_HE_SHE = frozenset(closed_class().subject_pronouns)  # "er", "sie"
# the article of a description that clashes with the pronoun's gender: "er" and "die Sprecherin"
_CLASHING_ARTICLES = {
    "er": closed_class().words("feminine_nominative_articles"),
    "sie": closed_class().words("masculine_nominative_articles"),
}
_OBLIQUE_RELATIVE = closed_class().words("oblique_relative_pronouns")
_NOMINATIVE_DET = closed_class().words("nominative_determiners")
# "wurde … gesagt", "werden … zitiert": a passive
_PASSIVE_AUXILIARIES = closed_class().words("passive_auxiliaries")
# articles that can open an accusative object ("hat keine Rennen bestritten")
_ACCUSATIVE_DET = closed_class().words("accusative_determiners")
_ALWAYS_OBLIQUE = closed_class().words("always_oblique_determiners")
# "zitiert X mit den Worten": the quoting verb and the nouns of a wording
_QUOTING_STEMS = ("zitier",)


class ClauseShapes:
    def _bare_frame(self, i: int, end: int, speaker) -> bool:  # type: ignore[no-untyped-def]
        """Between the verb and its comma only the speaker, adverbs and adverbials ("am Montag
        in Berlin"), no object or predicate ("erklärte die Wahl für ungültig, ...")."""
        doc, ph, lx = self.doc, self.ph, self.lx
        for k in range(i, end):
            if speaker[0] <= k < speaker[1]:
                continue
            t = doc[k]
            low = t.lower_
            if low in closed_class().words("reflexive_or_expletive") or (
                t.text.isalpha()
                and t.text[:1].islower()
                and not (
                    lx.is_function_word(low) or ph.is_det(t) or low in lx.participles or low in lx.finite
                )
            ):
                return False
        return True

    def _main_clause_start(self, c: int, nxt: int) -> bool:
        """A verb-second clause opens at ``c``: a subject phrase, then a finite verb."""
        doc, ph = self.doc, self.ph
        if nxt - c < 3 or self.qtok[c] >= 0:
            return False
        first = doc[c]
        if first.lower_ in closed_class().words("pronoun_subjects") and not ph.is_noun(doc[c + 1]):
            return doc[c + 1].text[:1].islower() and not ph.is_det(doc[c + 1])
        if not (ph.is_det(first) or ph.is_noun(first)):
            return False
        np = ph.np_after(c, nxt, appositions=False)
        if np is None or np[1] >= nxt:
            return False
        infinitive = -1
        relative = False  # inside a relative clause ("Anna Berger, die das Amt leitet, …")
        for k in range(np[1], nxt):
            t = doc[k]
            if t.text == "," and self.qtok[k] < 0:
                relative = k + 1 < nxt and doc[k + 1].tag_.startswith("PREL")
                continue
            if (
                relative
                or k == infinitive
                or (not t.text.isalpha() or not t.text[:1].islower() or ph.is_det(t) or ph.is_adj_only(t))
            ):
                continue
            if t.lower_ == "zu" and k + 1 < nxt and doc[k + 1].text[:1].islower():
                infinitive = k + 1  # "das Foto zu retuschieren": an infinitive is no finite verb
                continue
            if t.lower_ in self.lx.prepositions:
                continue  # "Karl Huber, Chef von X": a preposition is no finite verb
            if ph.is_adj(t) and k + 1 < nxt and (ph.is_noun(doc[k + 1]) or ph.is_adj(doc[k + 1])):
                continue  # an attribute inside a prepositional phrase
            return True  # the first other lowercase word: the finite verb
        return False

    def _is_subjunctive(self, i: int, j: int, frame: bool = False) -> bool:
        lx, lowers, qtok = self.lx, self.lowers, self.qtok
        for k in range(i, min(j, len(lowers))):
            if qtok[k] >= 0:
                continue
            low = lowers[k]
            if (
                low in lx.subjunctive
                or (frame and low in lx.subjunctive_frame)
                or (self._subjunctive_mood(k) and (frame or low not in lx.subjunctive_frame))
                or self._konjunktiv_one(k)
            ):
                return True
        return False

    def _subjunctive_mood(self, k: int) -> bool:
        """The morphology of token ``k`` says Konjunktiv (read once per token: units are asked
        about the same words several times)."""
        mood = self._moods.get(k)
        if mood is None:
            mood = self._moods[k] = self.tokens.has_feature(k, "Mood", "Sub")
        return mood

    def _konjunktiv_one(self, k: int) -> bool:
        """A finite verb in the Konjunktiv I singular that the lexicon does not list: the stem of
        its infinitive plus "-e" ("gelte", "handele", "arbeite"), which the indicative third
        person never is ("gilt", "handelt"; the preterite "arbeitete" has one more syllable).
        Not after "ich", whose indicative has the same form."""
        low = self.lowers[k]
        if not self.tags[k].endswith("FIN") or not low.endswith("e"):
            return False
        lemma = self.doc[k].lemma_.lower()
        stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith(("ln", "rn")) else ""
        if len(stem) < 2 or low not in (stem + "e", stem[:-1] + "le" if stem.endswith("el") else ""):
            return False
        return "ich" not in self.lowers[max(0, k - 3) : k + 3]

    def _passive(self, fin: int, v: int) -> bool:
        words = {t.lower_ for t in self.doc[fin : v + 2]}
        return bool(words & _PASSIVE_AUXILIARIES) or self.doc[fin].lower_.startswith("w")

    def _relative_clause_start(self, a: int, fin: int) -> int:
        """Index of the relative pronoun when the verb at ``fin`` ends a relative clause
        ("…, denen unter anderem X vorwirft, …"), else -1."""
        doc = self.doc
        for k in range(fin - 1, a, -1):
            if self.qtok[k] >= 0:
                continue
            if doc[k].text in (",", ";", ":", "(", "–"):
                nxt = k + 1
                if nxt < fin and doc[nxt].lower_ in self.lx.prepositions:
                    nxt += 1  # "…, mit denen X …"
                return nxt if nxt < fin and doc[nxt].tag_ == "PRELS" else -1
        return -1

    def _subject_or_named_after_verb(self, a: int, fin: int, limit: int) -> tuple[int, int] | None:
        """The clause's subject; a named person right after the verb wins over a Vorfeld without
        a name ("Der Zeitung sagte X: …" puts the addressee first)."""
        subject = self.ph.subject(a, fin, limit)
        if subject is not None and subject[0] < fin and not self._personal(subject):
            named = self.named_after_verb(fin, limit)
            if (
                named is not None
                and named[0] == self._after_adverbs(fin + 1, limit)
                and self.lowers[named[0]] not in _ALWAYS_OBLIQUE  # "kritisierte den Senator X": the object
            ):
                return named
        return subject or self.named_after_verb(fin, limit)

    def _quoted_speaker(self, v: int, fin: int, limit: int) -> tuple[int, int] | None:
        """ "Die Zeitung zitiert eine Nachbarin mit den Worten: …": the one quoted speaks, the
        medium only reports; the object stands between the verb and "mit … Worten"."""
        doc = self.doc
        if not doc[v].lower_.startswith(_QUOTING_STEMS):
            return None
        np = self.ph.np_after(self._after_adverbs(fin + 1, limit), limit)
        if np is None or np[1] >= limit or doc[np[1]].lower_ not in self.lx.wording_prepositions:
            return None
        words = range(np[1] + 1, min(np[1] + 4, limit))
        return np if any(doc[k].lower_ in self.lx.wording_nouns for k in words) else None

    def _quoted_with_words(self, a: int, colon: int, verb) -> bool:  # type: ignore[no-untyped-def]
        """ "X wird mit den Worten zitiert: …": a passive quoting verb whose subject speaks."""
        if colon < 0 or verb.lemma != "zitieren":
            return False
        doc = self.doc
        return any(
            doc[k].lower_ in self.lx.wording_nouns
            and any(t.lower_ in self.lx.wording_prepositions for t in doc[max(a, k - 3) : k])
            for k in range(a, colon)
        )

    def _after_adverbs(self, i: int, limit: int) -> int:
        while i < limit and self.doc[i].lower_ in self.lx.adverbs:
            i += 1
        return i

    def _named_in(self, i: int, limit: int) -> tuple[int, int] | None:
        """The first phrase naming a person in tokens [i, limit) ("unter anderem X")."""
        for k in range(i, limit):
            if self.doc[k].ent_type_ == "PER" and self.qtok[k] < 0:
                return self.ph.np_after(k, limit)
        return None

    def _subordinate_opener(self, a: int, v: int, fin: int, end: int) -> int:
        """Index of the conjunction when the reporting verb ends an adverbial clause ("Nachdem X
        mitgeteilt hatte, …", "…, da sie befürchtete, …"), else -1. Only auxiliaries may follow
        the verb before the comma: the clause is verb-final."""
        doc, lx = self.doc, self.lx
        if any(doc[k].lower_ not in lx.auxiliaries for k in range(v + 1, end)) or not v <= fin < end:
            return -1
        k = v - 1
        while k >= a and not (doc[k].text in CLAUSE_END and self.qtok[k] < 0):
            k -= 1
        k += 1
        while k < v and (doc[k].is_space or doc[k].lower_ in lx.conjunctions or self.qtok[k] >= 0):
            k += 1
        return k if k < v and doc[k].lower_ in _OPENERS else -1

    def _clause_subject(self, i: int, v: int) -> tuple[int, int] | None:
        """The subject right after a conjunction or relative pronoun: a personal pronoun, a name
        or a phrase with a nominative article ("nachdem die Anwältin dem Richter …")."""
        doc, ph, lx = self.doc, self.ph, self.lx
        while i < v and doc[i].lower_ in lx.adverbs:
            i += 1
        if i >= v:
            return None
        first = doc[i]
        if first.lower_ in lx.pronoun_speakers and first.lower_ != "man":
            return (i, i + 1)
        if not (first.lower_ in _NOMINATIVE_DET or (ph.is_noun(first) and not ph.is_det(first))):
            return None
        np = ph.np_after(i, v, appositions=False)
        return np if np is not None and np[1] <= v else None

    def _adverbial_speaker(self, a: int, opener: int, v: int) -> tuple[int, int] | None:
        """Subject of the adverbial clause at ``opener``; a personal pronoun there ("X schlug …
        vor, indem sie …") stands for the subject of the main clause before it, when the
        article agrees ("die Firma … sie", "der Minister … er")."""
        speaker = self._clause_subject(opener + 1, v)
        if speaker is None or speaker[1] - speaker[0] != 1 or self._fronted(a, opener):
            return speaker
        pronoun = self.doc[speaker[0]].lower_
        if pronoun not in _HE_SHE:
            return speaker
        fin = next((k for k in range(a, opener) if self.doc[k].tag_.endswith("FIN") and self.qtok[k] < 0), -1)
        main = self.ph.subject(a, fin, opener) if fin > a else None
        if main is None or self.doc[main[0]].lower_ in self.lx.pronoun_speakers:
            return speaker
        article = self.doc[main[0]].lower_
        clash = _CLASHING_ARTICLES["er" if pronoun == "er" else "sie"]
        return speaker if article in clash else main

    def _relative_subject(self, relative: int, v: int) -> tuple[int, int] | None:
        """ "…, von dem die Polizei glaubt, …", "…, bei dem sie gesagt hatte, …": a relative
        pronoun that cannot be the subject (oblique or after a preposition) leaves the subject
        to the phrase after it."""
        doc = self.doc
        oblique = (
            doc[relative].lower_ in _OBLIQUE_RELATIVE or doc[relative - 1].lower_ in self.lx.prepositions
        )
        return self._clause_subject(relative + 1, v) if oblique else None

    def _fronted(self, a: int, opener: int) -> bool:
        """The adverbial clause opens the sentence (the main clause follows it)."""
        doc = self.doc
        return all(
            doc[k].is_space or self.qtok[k] >= 0 or doc[k].lower_ in self.lx.conjunctions
            for k in range(a, opener)
        )

    def _end_at_main_clause(self, found: Found, c: int, b: int) -> Found | None:
        """Cut the content before ", <finite verb>", where the main clause after a fronted
        adverbial clause begins; None when no main clause can be seen."""
        doc = self.doc
        for k in range(c, b - 1):
            if doc[k].text == "," and self.qtok[k] < 0 and doc[k + 1].tag_.endswith("FIN"):
                if found.mode == "direct":
                    return found if self._text_span(c, k)[1] >= found.end else None
                return replace(found, end=self._text_span(c, k)[1])
        return None

    def _quote_pair(self, i: int, b: int, speaker, unit) -> list[Found]:  # type: ignore[no-untyped-def]
        """ "X sagte: „A“, und fügte hinzu: „B“": two quotations after colons, joined by "und" and
        a reporting verb of the same subject. Both are X's; else an empty list."""
        doc, lx = self.doc, self.lx
        k = i
        while k < b and self.qtok[k] < 0 and (doc[k].is_space or doc[k].text in QUOTE_CHARS):
            k += 1
        if k >= b or self.qtok[k] < 0:
            return []
        m = k
        while m < b and self.qtok[m] == self.qtok[k]:
            m += 1
        colon = next((c for c in range(m, b) if doc[c].text == ":" and self.qtok[c] < 0), -1)
        if colon < 0 or self._quotation_covering(colon + 1, b) < 0:
            return []
        words = [t.lower_ for t in doc[m:colon] if t.text != ","]
        if not words or words[0] != "und" or not 2 <= len(words) <= 4:
            return []
        if not any(w in lx.finite or w in lx.participles for w in words[1:]):
            return []
        quotes = [self.quotes[self.qtok[k]], self.quotes[self._quotation_covering(colon + 1, b)]]
        rule = "statement.direct.colon"
        return [Found(q.start, q.end, "direct", rule, 0.85, speaker, unit) for q in quotes]

    def _object_in_frame(self, a: int, v: int, end: int, speaker) -> bool:  # type: ignore[no-untyped-def]
        """An accusative-looking phrase in the reporting clause, outside the speaker and not after
        a preposition: between the verb and its comma, and for a participle between the
        auxiliary and the participle ("hat im Sommer keine Rennen bestritten, …"). Such a verb
        has an object, so the clause after the comma is no indicative content clause."""
        doc, lx = self.doc, self.lx
        start = v + 1
        if not doc[v].tag_.endswith("FIN"):
            aux = next((k for k in range(v - 1, a - 1, -1) if doc[k].lower_ in lx.auxiliaries), -1)
            if aux >= 0 and self._clause_end(aux + 1, v) >= v:
                start = aux + 1
        for k in range(start, end):
            if k == v or speaker[0] <= k < speaker[1] or self.qtok[k] >= 0:
                continue
            if doc[k].lower_ in _ACCUSATIVE_DET and doc[k - 1].lower_ not in lx.prepositions:
                return True
        return False

    def _asked(self, a: int, b: int) -> bool:
        """A question in the reporter's words: it opens with a finite verb or a question word
        and ends with "?" outside quotation marks; a quoted question ("„Warum?“, fragte X") is
        not one. Reads the token lists (no spaCy Token per word)."""
        words, tags = self.words, self.tags
        last = b - 1
        while last >= a and words[last].isspace():
            last -= 1
        if last < a or words[last] != "?" or self.qtok[last] >= 0:
            return False
        first = a
        while first < b and words[first].isspace():
            first += 1
        tag = tags[first]
        return self.qtok[first] < 0 and (tag.endswith("FIN") or tag in ("PWS", "PWAV", "PWAT"))

    def _colon_quote(self, colon: int, b: int, speaker, unit) -> Found | None:  # type: ignore[no-untyped-def]
        """ "…, und fügte hinzu: „…“": the quotation right after a second verb's colon."""
        if colon >= b or self.doc[colon].text != ":" or self.qtok[colon] >= 0:
            return None
        q = self._quotation_covering(colon + 1, b)
        if q < 0:
            return None
        quote = self.quotes[q]
        return Found(quote.start, quote.end, "direct", "statement.direct.colon", 0.85, speaker, unit)

    def _without_object(self, agent: tuple[int, int] | None) -> tuple[int, int] | None:
        """ "von der Behörde Betrug vorgeworfen": a bare noun after the agent's noun is the
        object, not a genitive (which would bring its own article)."""
        if agent is None or agent[1] - agent[0] < 3 or self._can_speak(agent):
            return agent
        doc = self.doc
        last, before = doc[agent[1] - 1], doc[agent[1] - 2]
        if last.tag_ == "NN" and before.tag_ in ("NN", "NE") and not last.ent_type_:
            trimmed = (agent[0], agent[1] - 1)
            return trimmed if self._can_speak(trimmed) else agent
        return agent

    def _neither_nor(self, a: int, b: int) -> bool:
        """ "X konnte weder bestätigen noch ausschließen, dass …": the verbs of saying are
        negated, so the content is nobody's claim ("weder … noch" before the first comma)."""
        lowers = self.lowers
        stop = next((k for k in range(a, b) if lowers[k] == "," and self.qtok[k] < 0), b)
        weder = next((k for k in range(a, stop) if lowers[k] == "weder" and self.qtok[k] < 0), -1)
        return weder >= 0 and any(lowers[k] == "noch" for k in range(weder + 1, stop))

    def _controller(self, a: int, v: int) -> tuple[int, int] | None:
        """ "X beeilte sich zu versichern, …": the reporting verb is a zu-infinitive
        and the main clause's verb lets its subject say it; that subject speaks."""
        doc, lowers = self.doc, self.lowers
        if v == a or not (doc[v - 1].tag_ == "PTKZU" or doc[v].tag_ == "VVIZU"):
            return None
        k = next((k for k in range(a, v) if self.qtok[k] < 0 and doc[k].tag_.endswith("FIN")), -1)
        if k < 0 or lowers[k] not in self.lx.control_verbs:
            return None
        return self.ph.subject(a, k, v)
