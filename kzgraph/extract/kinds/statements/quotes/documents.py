"""A document in the Vorfeld speaks for what its sentence reports, whatever the verb:
"In einem Memorandum wird die Lage durch den Satz gekennzeichnet, man stehe …", "Im Entwurf
steht, dass …", "Darin steht: „…“", "In diesem wird festgehalten, dass …".

Read only when a unit has no frame of its own (a verb of saying with a document is a frame
already: "In dem Gutachten heißt es / wird empfohlen, …"). Without this reading, such a
sentence with a Konjunktiv was taken as the previous speaker going on. Only a passive
("wird … gekennzeichnet") or "stehen" right after the document counts; an active verb has a
subject of its own ("Im Urteil hatte das Gericht festgestellt, …"), which the frames read.
A mixin of FrameFinder; it relies on FrameFinder's state (doc, lexicon, phrases, quotations).
"""

from __future__ import annotations

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.kinds.statements.quotes.base import Found
from kzgraph.extract.kinds.statements.quotes.impersonal import _IN_FORMS, _OWN_WORDS, _SELF_SPEAKING

_WORDS = closed_class()
_WERDEN = _WORDS.words("werden_forms")
_STEHEN = _WORDS.words("stehen_forms")
# "darin", "in diesem": the document named just before
_POINTING_BACK = _WORDS.words("document_pointers")
_DEMONSTRATIVE_DATIVES = _WORDS.words("document_demonstrative_datives")
_LOOK_BACK = 60  # tokens: the sentence before, about
_COMPLEMENTIZERS = _WORDS.words("content_complementizers")  # "dass", "ob"


class DocumentFrames:
    def _document_sentence(self, a: int, b: int) -> Found | None:
        """The statement of a unit opening with a document phrase, or None."""
        a = self._first_word(a, b)
        if a + 2 >= b or self.qtok[a] >= 0:
            return None
        found = self._document_in_vorfeld(a, b)
        if found is None:
            return None
        speaker, fin = found
        if self.lowers[fin] not in _WERDEN | _STEHEN:
            return None  # an active verb has its own subject, which the frames read
        cut = self._clause_end(fin + 1, b)
        if cut >= b - 1 or self.words[cut] not in (",", ":"):
            return None
        start = cut + 1
        if not self._reported_content(start, b):
            return None
        start += self.lowers[start] == "dass"  # the clause, as the other frames give it
        rule = "statement.indirect.document"
        return self._content(start, b, speaker, (a, b), "statement.direct.document", rule, 0.7)

    def _document_in_vorfeld(self, a: int, b: int) -> tuple[tuple[int, int], int] | None:
        """The speaker span (document or its owner) and the finite verb after it."""
        lowers = self.lowers
        if lowers[a] in _POINTING_BACK:
            named = self._document_before(a)
            return (named, a + 1) if named is not None and self._finite(a + 1) else None
        if lowers[a] not in _IN_FORMS:
            return None
        if lowers[a + 1] in _DEMONSTRATIVE_DATIVES and self._finite(a + 2):
            named = self._document_before(a)
            return (named, a + 2) if named is not None else None
        span = self.ph.np_after(a + 1, b, appositions=False)
        if span is None or self.doc[span[0]].lower_ in _OWN_WORDS:
            return None
        head = next((k for k in range(span[1] - 1, span[0] - 1, -1) if self._document_noun(k)), -1)
        if head < 0:
            return None
        fin = next((k for k in range(span[1], min(b, span[1] + 4)) if self._finite(k)), -1)
        if fin < 0 or any(self.words[k] in (",", ";", ":") or self.qtok[k] >= 0 for k in range(span[1], fin)):
            return None
        owner = self._document_owner(span) or self._genitive_after(head + 1, fin)
        return (owner or span), fin

    def _document_noun(self, k: int) -> bool:
        return self.words[k][:1].isupper() and self.lowers[k].endswith(_SELF_SPEAKING)

    def _finite(self, k: int) -> bool:
        return k < len(self.words) and self.qtok[k] < 0 and self.tags[k].endswith("FIN")

    def _document_before(self, a: int) -> tuple[int, int] | None:
        """The last document noun phrase before ``a`` ("ein Papier … Darin steht"), or None."""
        for k in range(a - 1, max(-1, a - _LOOK_BACK), -1):
            if self.qtok[k] < 0 and self._document_noun(k):
                owner = self._genitive_after(k + 1, a)  # "einen Brief des Verbandes"
                if owner is not None:
                    return owner
                start = k
                while start > 0 and self.tags[start - 1] in ("ART", "ADJA", "PDAT", "PIAT"):
                    start -= 1
                return start, k + 1
        return None

    def _reported_content(self, i: int, b: int) -> bool:
        """A quotation, a "dass"/"ob" clause or a Konjunktiv clause: what the document says."""
        if self._quotation_covering(i, b) >= 0:
            return True
        return self.lowers[i] in _COMPLEMENTIZERS or self._is_subjunctive(i, b, frame=True)
