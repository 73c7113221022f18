"""Source cues and special frames: "…, so X", "wie X berichtete", "laut X" / "X zufolge",
"Es heißt", passive and reportive frames. A mixin of FrameFinder, split off to keep each
module readable; it relies on FrameFinder's state (doc, lexicon, phrases, units)."""

from __future__ import annotations

from dataclasses import replace

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import lexicons
from kzgraph.extract.kinds.statements.quotes.base import FIRST_PERSON, WIE_BLOCK, Found
from kzgraph.extract.kinds.statements.quotes.phrases import QUOTE_CHARS

_MODALS = closed_class().words("modal_verbs")
_WERDEN = closed_class().words("werden_forms")
_HE_SHE = frozenset(closed_class().subject_pronouns)  # "er", "sie"
_IMPERSONAL = closed_class().words("impersonal_pronouns")  # "man", "es": no speaker
_OBLIQUE_PRONOUNS = closed_class().words("oblique_pronouns")  # "ihm", "ihn", "ihnen", "es"
_SOLLEN = closed_class().words("sollen_forms")
_AUXILIARY_INFINITIVES = closed_class().words("auxiliary_infinitives")  # "soll … gesagt haben"


class CueFrames:
    def _so_frame(self, a: int, b: int) -> list[Found]:
        """ "„…“, so der Sprecher." / "Die Lage sei ruhig, so X, ..." : the frame without verb."""
        doc, ph, lx, lowers = self.doc, self.ph, self.lx, self.lowers
        for k in range(a + 3, b - 1):
            if lowers[k] != "so" or self.qtok[k] >= 0:
                continue
            prev = doc[k - 1]
            if not (prev.text == "," or (prev.text in QUOTE_CHARS and self.qtok[k - 1] >= 0)):
                continue
            speaker = ph.np_after(k + 1, b)
            if speaker is None or (speaker[1] - speaker[0] == 1 and doc[speaker[0]].lower_ == "man"):
                continue
            j = speaker[1]
            if speaker[0] > k + 1:  # an apposition: skip to its closing comma
                j = speaker[1] + 1 if speaker[1] < b and doc[speaker[1]].text == "," else speaker[1]
            while j < b and doc[j].lower_ in lx.adverbs and doc[j].lower_ != "laut":
                j += 1  # "so der Sprecher weiter"; "laut X" is a phrase, skipped below
            j = self._skip_adverbial_phrase(j, b)  # "so X im Interview", "so X am Montag"
            if j < b and doc[j].text not in (".", "!", "?", ",", ";") and not doc[j].is_space:
                continue
            cend = k - 1 if prev.text == "," else k
            rest = j + 1 < b and any(ph.is_noun(t) or t.text[:1].islower() for t in doc[j + 1 : b])
            if rest and doc[j].text == ",":  # "Die Lage, so X, sei ruhig."
                found = self._content(
                    self._content_start(a, cend),
                    b,
                    speaker,
                    (a, b),
                    "statement.direct.so",
                    "statement.indirect.so",
                    0.8,
                )
                if found is not None and self._quotation_covering(a, b) < 0:
                    return [found]
                continue
            found = self._content(
                self._content_start(a, cend),
                cend,
                speaker,
                (a, b),
                "statement.direct.so",
                "statement.indirect.so",
                0.85,
            )
            if found is not None:
                return [found, *self._trailing_quotes(j, b, speaker, (a, b))]
        return []

    def _wie_frame(self, a: int, b: int) -> list[Found]:
        """ "Wie die Polizei mitteilte, ..." / "..., wie das Ministerium am Montag berichtete." """
        doc, ph = self.doc, self.ph
        i = a
        while i < b and (doc[i].is_space or doc[i].text in QUOTE_CHARS):
            i += 1
        lowers = self.lowers
        for k in range(i, b - 2):
            if lowers[k] != "wie" or self.qtok[k] >= 0:
                continue
            if k != i and not (
                doc[k - 1].text == "," and k - 2 >= a and doc[k - 2].lower_ not in ("so", "genauso")
            ):
                continue
            j = k + 1
            if doc[j].lower_ in closed_class().words("origin_prepositions"):
                j += 1  # "Wie aus Regierungskreisen verlautete"
            speaker = ph.np_after(j, b)
            if speaker is None or doc[speaker[0]].lower_ in _IMPERSONAL:
                continue
            after = speaker[1]
            if speaker[0] > j and after < b and doc[after].text == ",":
                after += 1  # "Wie der Sprecher, Hans Meier, mitteilte": past the named apposition
            end = self._clause_end(after, b, appositions=True)  # "Wie X, Leiterin des Y, mitteilte"
            verb_at = self._wie_verb(after, end)
            if verb_at < 0 and k != i:
                # "…, wie X, Direktor des Y betont.": an apposition left open at the sentence end
                end = b
                while end > after and ph.is_punct(doc[end - 1]) and self.qtok[end - 1] < 0:
                    end -= 1
                verb_at = self._wie_verb(after, end)
            if verb_at < 0:
                continue
            if k == i:
                if end >= b or doc[end].text != ",":
                    continue
                cs, ce = end + 1, b
            else:
                cs, ce = self._content_start(a, k - 1), k - 1
            found = self._content(
                cs, ce, speaker, (a, b), "statement.direct.wie", "statement.indirect.wie", 0.8
            )
            if found is not None and found.mode == "indirect" and not self._is_subjunctive(cs, ce):
                # "X entließ Y, wie das Fernsehen berichtete": a fact with its source, like "laut X"
                found = replace(found, mode="reported", rule="statement.reported.wie")
            if found is not None:
                return [found]
        return []

    def _wie_verb(self, i: int, end: int) -> int:
        """The verb-final reporting verb of a "wie" clause in tokens [i, end), else -1."""
        doc, lx = self.doc, self.lx
        verb_at = -1
        for m in range(i, end):
            low = doc[m].lower_
            if low in WIE_BLOCK and not (low == "das" and doc[m - 1].lower_ in lx.prepositions):
                break  # ("an das Parlament": an article, not the pronoun)
            verbs = lx.participles.get(low, ()) + lx.finite.get(low, ())
            # verb-final: a separable verb is written fused ("mitteilte"); "sagte" is sagen,
            # even though zusagen shares the form
            if any(v.clause and (not v.particle or low.startswith(v.particle)) for v in verbs):
                verb_at = m
        if verb_at < 0 or any(
            doc[m].text[:1].islower() and doc[m].lower_ not in lx.auxiliaries for m in range(verb_at + 1, end)
        ):
            return -1
        return verb_at

    def _skip_adverbial_phrase(self, j: int, b: int) -> int:
        """End of prepositional phrases at ``j`` ("im Kölner Stadt-Anzeiger", "im Interview mit der
        Zeitung", "am Montag") of prepositions, determiners, adjectives, nouns and numbers; ``j``
        itself when there is none or when a verb shows that a clause goes on."""
        doc, ph, lx = self.doc, self.ph, self.lx
        if j >= b or self.qtok[j] >= 0 or doc[j].lower_ not in lx.prepositions:
            return j
        k = j + 1
        while k < b and k - j <= 8 and self.qtok[k] < 0 and doc[k].text not in (".", "!", "?", ",", ";", ":"):
            t = doc[k]
            if not (
                ph.is_det(t) or ph.is_adj(t) or ph.is_noun(t) or t.like_num or t.lower_ in lx.prepositions
            ):
                return j
            k += 1
        return k if k > j + 1 else j

    def _inverted_head(self, a: int, v: int, finite: bool) -> tuple[int, int] | None:
        """The finite verb of an inverted reporting clause after the content, and the content's
        end: "„…“, sagte X" / "…, so charakterisierte ihn X" / "„…“, hatte X erklärt"
        (auxiliary first, reporting participle last). None when ``v`` heads no such clause."""
        doc = self.doc
        p = self._finite_for(a, v, finite)  # "hatte X erklärt": the auxiliary opens the clause
        if p == v and not finite:
            return None
        if p != v and doc[p].lower_ in _MODALS and not (v + 1 < len(doc) and doc[v + 1].lower_ == "haben"):
            # "…, müssen die Kunden entscheiden": a modal reports no utterance, unless it is the
            # reportive "soll X gesagt haben"
            return None
        k = p - 1
        if k > a and doc[k].lower_ == "so" and self.qtok[k] < 0:
            k -= 1
        if k - a < 2:
            return None
        if doc[k].text == "," and self.qtok[k] < 0:
            return p, k
        if doc[k].text in QUOTE_CHARS and self.qtok[k] >= 0 and not self._title_in_phrase(a, k):
            return p, k + 1
        return None

    def _title_in_phrase(self, a: int, k: int) -> bool:
        """The quotation closing at ``k`` is a short title inside a phrase of the Vorfeld ("Im
        Gespräch mit dem „Kurier“ sagte X, …", "Der Zeitung „Post“ sagte X, …"): a name, no content."""
        q = self.qtok[k]
        m = k
        while m > a and self.qtok[m - 1] == q:
            m -= 1
        if m - a < 1 or k - m > 5:  # the quotation opens the Vorfeld, or is long: a content
            return False
        if any(self.tags[j].endswith("FIN") for j in range(a, m)):
            return False  # "Das sei ein „Skandal“ sagte X": a clause before the quotation
        t = self.doc[m - 1]
        return self.ph.is_det(t) or self.ph.is_noun(t) or t.lower_ in self.lx.prepositions

    def _parenthetical(self, a: int, cend: int, end: int, b: int, speaker) -> Found | None:  # type: ignore[no-untyped-def]
        """ "Der Grund, sagt X, sei ein anderer.": a reporting clause inside the content, whose
        subjunctive rest follows the frame; the content is the whole unit, as with "so X"."""
        doc = self.doc
        if end >= b - 1 or doc[end].text != "," or not self._is_subjunctive(end + 1, b):
            return None
        if any(self.qtok[k] >= 0 for k in range(a, b)):
            return None
        if any(t.ent_type_ == "PER" for t in doc[a:cend]):
            return None  # "X, Leiter des Y, sagte der Zeitung, …": the person before the verb speaks
        rule = "statement.indirect.inverted"
        return self._content(self._content_start(a, cend), b, speaker, (a, b), rule, rule, 0.8)

    def _skip_object_pronoun(self, i: int) -> int:
        """ "so charakterisierte ihn der Funktionär": the object pronoun before the subject."""
        doc = self.doc
        if i + 1 < len(doc) and doc[i].lower_ in _OBLIQUE_PRONOUNS and doc[i + 1].text[:1].isalpha():
            return i + 1
        return i

    def _colon_quotation(self, a: int, b: int) -> Found | None:
        """ "X reagierte gelassen: „…“" / "X tat die Kritik ab: «…»": a quotation that fills the
        rest of the unit after a colon, introduced by a clause without a reporting verb. The
        subject of that clause speaks; it must be a named person or a personal pronoun, since
        "Das Motto lautet: „…“" has the same shape.
        """
        words, tags = self.words, self.tags
        colon = next((k for k in range(a, b) if words[k] == ":" and self.qtok[k] < 0), -1)
        if colon < 0:
            return None
        # "X wies die Vorwürfe zurück: Sie habe ...": reported speech in the subjunctive
        quoted = self._quotation_covering(colon + 1, b) >= 0
        if not quoted and not self._is_subjunctive(colon + 1, b):
            return None
        for finite in range(a, colon):
            if self.qtok[finite] >= 0 or not tags[finite].endswith("FIN"):
                continue
            # A long fronted object ("Aufrufe …, eine Lösung zu finden, tat X … ab") leaves the
            # subject after the verb, where the named-person check below keeps it safe.
            speaker = self.ph.subject(a, finite, colon) or self.named_after_verb(finite, colon)
            # a title holder speaks a sentence, not a name: "Die Bürgermeisterin lacht: „Fragen Sie …“"
            # but not "Die Ministerin stellte ihr Buch vor: „Mein Weg“"
            titled_ok = not quoted or self._sentence_quotation(colon + 1, b)
            if speaker is not None and (self._personal(speaker) or titled_ok and self._titled(speaker)):
                break
        else:
            return None
        rule = "statement.direct.colon_clause" if quoted else "statement.indirect.colon_clause"
        return self._content(colon + 1, b, speaker, (a, b), rule, rule, 0.7)

    def _sentence_quotation(self, i: int, b: int) -> bool:
        """The quotation covering tokens [i, b) has at least four words: a sentence, not a name."""
        q = self._quotation_covering(i, b)
        return q >= 0 and len(self.text[self.quotes[q].start : self.quotes[q].end].split()) >= 4

    def _titled(self, span: tuple[int, int]) -> bool:
        """ "Die Ministerin", "der Sprecher des Amtes": a description headed by a title."""
        offices = lexicons()
        return any(offices.is_title(t.text) for t in self.doc[span[0] : span[1]])

    def _personal(self, span: tuple[int, int]) -> bool:
        mention = self.doc[span[0] : span[1]]
        return any(t.ent_type_ == "PER" for t in mention) or mention.text.lower() in _HE_SHE

    def named_after_verb(self, finite: int, limit: int) -> tuple[int, int] | None:
        """The phrase after the verb, when it names a person: the subject of a clause whose
        long Vorfeld ("Nachdem …, entgegnete X empört:") the phrase reader gives up on."""
        speaker = self.ph.after_verb(finite + 1, limit)
        return speaker if speaker is not None and self._personal(speaker) else None

    def _anaphoric(self, k: int) -> Found | None:
        """ "Das berichtete das Staatsfernsehen.": the content is the sentence before."""
        if k == 0:
            return None
        a, b = self.units[k]
        i = a
        while i < b and self.doc[i].is_space:
            i += 1
        if i + 2 >= b or self.doc[i].lower_ not in self.lx.anaphoric_objects:
            return None
        # The whole unit, so a separable verb finds its particle ("Das teilte X mit.").
        verbs = [v for v in self._verbs(i + 1, b) if v[0] == i + 1]
        if not verbs or not verbs[0][2] or not verbs[0][1].clause:
            return None
        speaker = self.ph.after_verb(i + 2, self._clause_end(i + 2, b))
        if speaker is None:
            return None
        pa, pb = self.units[k - 1]
        start, end = self._text_span(pa, pb)
        return Found(start, end, "reported", "statement.reported.anaphoric", 0.7, speaker, (pa, b))

    # ---- all units -----------------------------------------------------------------------

    def _passive_frame(self, a: int, b: int) -> bool:
        """ "Befürchtet wird, dass ...", "wie berichtet wurde": a frame without a nameable speaker."""
        doc, lx, lowers = self.doc, self.lx, self.lowers
        for k in range(a, b):
            if self.qtok[k] >= 0 or lowers[k] not in lx.participles:
                continue
            if not any(v.clause and v.lemma != "zitieren" for v in lx.participles[doc[k].lower_]):
                continue  # "X wird mit den Worten zitiert: ...": the subject is the speaker
            if doc[k].lower_.endswith(("te", "ten")):
                continue  # a verb-final finite form: "wie die Polizei mitteilte"
            near = {t.lower_ for t in doc[max(a, k - 1) : min(b, k + 2)]}
            comma = self._clause_end(k + 1, b)
            if near & _WERDEN and comma < b and comma - k <= 3 and doc[comma].text in (",", ":"):
                return True  # "Befürchtet wird jedoch, dass ...", "Es wurde mitgeteilt: ..."
        return False

    def _reportive(self, a: int, b: int) -> bool:
        """ "Dabei sollen zehn Menschen verletzt worden sein.": the reportive modal "sollen"."""
        doc, lowers = self.doc, self.lowers
        for k in range(a, b):
            if self.qtok[k] < 0 and lowers[k] in _SOLLEN and not self._verbs(a, b):
                # the modal's own clause: "sollen befragt werden, um … zu klären" ends at the comma
                end = self._clause_end(k + 1, b)
                tail = [t.lower_ for t in doc[k + 1 : end] if t.text.isalpha()]
                return bool(tail) and tail[-1] in _AUXILIARY_INFINITIVES or "worden" in tail
        return False

    def _new_subject(self, a: int, b: int) -> bool:
        """A sentence in the first person or with a quotation of its own breaks a chain."""
        lowers = self.lowers
        return any(self.qtok[k] >= 0 or lowers[k] in FIRST_PERSON for k in range(a, b))
