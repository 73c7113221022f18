"""Shapes of a Vorfeld that the phrase reader must see before it reads a subject: a relative
clause inside the subject, a parenthetical reporting clause, a surname opening with a
capitalized particle, a heading before the clause (with a colon, or run into it without a full
stop), two named persons joined by "und". A mixin of Phrases (split off to keep each module
readable); it relies on its state (doc, lexicon, POS availability) and its token classes."""

from __future__ import annotations

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import RELATIVE_D_WORDS

_NAME_PARTICLE_ARTICLES = closed_class().words("name_particle_articles")

NAME_PARTICLES = closed_class().words("name_particles")
RELATIVE = closed_class().words("relative_words")
_LIST_CONJUNCTIONS = closed_class().words("list_conjunctions")
_HEADING_MAX = 3  # words of a label before a colon ("Schulen:", "Innere Sicherheit:")
_FUSED_HEADING_MAX = 8  # words of a heading run into the sentence ("Streit um Steuern Die …")


class VorfeldShapes:
    def _parenthetical_frame(self, i: int, finite: int, limit: int) -> bool:
        """ "Der Grund, sagt ein Sprecher, sei …": one comma right before the verb, no clause in
        front of it, and only a noun phrase (and adverbs) between the verb and the next comma."""
        doc = self.doc
        if finite - 1 <= i or doc[finite - 1].text != ",":
            return False
        if any(t.text in ",(" or t.tag_.endswith("FIN") for t in doc[i : finite - 1]):
            return False
        after = self.after_verb(finite + 1, limit)
        return after is not None and all(t.lower_ in self.lx.adverbs for t in doc[after[1] : limit])

    def _particle_name(self, i: int, finite: int) -> bool:
        """A surname opening with a capitalized particle fills the Vorfeld ("Von der Leyen",
        "Van Gaal"): tagged proper nouns after the particle and an article, up to the verb."""
        doc = self.doc
        if not (self.pos and doc[i].text[:1].isupper() and doc[i].lower_ in NAME_PARTICLES):
            return False
        j = i + 1
        if j < finite and doc[j].lower_ in _NAME_PARTICLE_ARTICLES:
            j += 1
        return j < finite and all(
            (t.pos_ == "PROPN" or t.ent_type_ == "PER") and t.text[:1].isupper() for t in doc[j:finite]
        )

    def _relative_insertion(self, i: int, finite: int) -> int:
        """The comma opening a relative clause that closes with a comma right before the finite
        verb ("Anna Berger, die das Amt leitet, sagte"), else -1. The clause must hold a
        finite verb of its own, so an apposition (", die Leiterin des Amtes,") is no match."""
        doc = self.doc
        if finite - i < 4 or doc[finite - 1].text != ",":
            return -1
        for k in range(i + 1, finite - 1):
            if doc[k].text != ",":
                continue
            r = k + 1
            if doc[r].lower_ in self.lx.prepositions and r + 1 < finite:
                r += 1  # ", mit der …"
            # the tagger reads "der" in ", der Krickau geholt hatte," as an article: a d-word
            # opening a verb-final clause is a relative pronoun too
            last = doc[finite - 2]
            verb_final = last.tag_.endswith("FIN") or last.lower_ in self.lx.auxiliaries
            d_word = doc[r].lower_ in RELATIVE_D_WORDS and verb_final
            if not (doc[r].tag_ in ("PRELS", "PRELAT") or doc[r].lower_ in RELATIVE or d_word):
                continue
            if finite - r > 25:
                return -1  # too long to be sure where it ends
            inner = doc[r + 1 : finite - 1]
            if any(t.tag_.endswith("FIN") or t.lower_ in self.lx.auxiliaries for t in inner):
                return k
            return -1
        return -1

    def after_heading(self, start: int, finite: int) -> int:
        """Past a short label with a colon before the clause ("Schulen: Der Elternrat sagte
        …"): the subject stands after it."""
        doc = self.doc
        for k in range(start + 1, min(finite, start + _HEADING_MAX + 1)):
            if doc[k].text == ":":
                label = doc[start:k]
                words = all(self.is_noun(t) or self.is_adj(t) or t.is_space or t.text == "-" for t in label)
                return k + 1 if words else start
        stop = min(finite, start + _FUSED_HEADING_MAX + 1)
        fused = next((k for k in range(start + 2, stop) if self._fused_heading(start, k)), -1)
        return fused if fused > 0 else start

    def _fused_heading(self, start: int, k: int) -> bool:
        """A heading run into the sentence without a full stop ("Vorschlag an den Landtag Der Rat
        schlug …"): a capitalised article after a noun, with no verb or punctuation before it."""
        doc = self.doc
        t, prev = doc[k], doc[k - 1]
        if t.tag_ != "ART" or not t.text[:1].isupper() or not self.is_noun(prev) or prev.text.endswith("-"):
            return False
        if self.is_det(doc[start]):
            return False  # "Die Zeitung Der Bote", "Die Partei Die Mitte": a name with an article
        heading = ("APPR", "APPRART", "KON", "CARD")
        words = doc[start:k]
        return all(self.is_noun(w) or self.is_adj(w) or self.is_det(w) or w.tag_ in heading for w in words)

    def with_coordinated_name(self, np: tuple[int, int], limit: int) -> tuple[int, int]:
        """A named person joined by "und"/"sowie" to another named person ("Udo Kress und die
        Ministerin Eva Roth sagten"): both speak, the phrase spans both. Only names on both
        sides: "X und seine Frau", "X und fügte hinzu" keep the first phrase."""
        doc = self.doc
        j = np[1]
        if j + 1 >= limit or doc[j].lower_ not in _LIST_CONJUNCTIONS or not self._named(np):
            return np
        second = self.np_after(j + 1, limit, appositions=False)
        if second is None or second[0] != j + 1 or not self._named(second):
            return np
        return (np[0], second[1])

    def _named(self, span: tuple[int, int]) -> bool:
        return any(t.ent_type_ == "PER" for t in self.doc[span[0] : span[1]])
