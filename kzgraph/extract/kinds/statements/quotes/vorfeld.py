"""Shapes of a Vorfeld that the phrase reader must see before it reads a subject: a relative
clause inside the subject, a parenthetical reporting clause, a surname opening with a
capitalized particle. A mixin of Phrases (split off to keep each module readable); it relies
on its state (doc, lexicon, POS availability) and its token classes."""

from __future__ import annotations

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.lexicon import RELATIVE_D_WORDS

_NAME_PARTICLE_ARTICLES = closed_class().words("name_particle_articles")

NAME_PARTICLES = closed_class().words("name_particles")
RELATIVE = closed_class().words("relative_words")


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
