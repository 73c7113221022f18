""" "hieß es" with a named source: "„…“, hieß es aus Regierungskreisen", "In einer Mitteilung der
Polizei hieß es, …", "Aus dem Ministerium hieß es, …".

"es hieß" has no speaker of its own; the source, when there is one, stands in a phrase of
origin: "aus X", "von X", "bei X", "in X-kreisen", or "in einer Mitteilung / Erklärung … (des|der) X".
Without such a phrase the unit stays a report by nobody we can name.
A mixin of FrameFinder; it relies on FrameFinder's state (doc, lexicon, phrases, quotation index).
"""

from __future__ import annotations

from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.kinds.statements.quotes.base import IMPERSONAL, Found

_IN_FORMS = closed_class().words("in_forms")

_ORIGIN = closed_class().words("impersonal_origin_prepositions")
# documents a body speaks through: "in einer Mitteilung der Polizei"
_DOCUMENTS = (
    "mitteilung",
    "erklärung",
    "stellungnahme",
    "bericht",
    "schreiben",
    "verlautbarung",
    "presseerklärung",
    "pressemitteilung",
    "antwort",
    "statement",
)
# documents that speak by themselves when no owner is named ("In dem Gutachten heißt es, …"),
# as they do as a source ("Dem Gutachten zufolge"); an unnamed letter or report does, too
_SELF_SPEAKING = (
    *_DOCUMENTS,
    "gutachten",
    "memorandum",
    "brief",
    "papier",
    "dokument",
    "studie",
    "urteil",
    "protokoll",
    "entwurf",
    "vertrag",
    "beschluss",
    "abkommen",
    "manifest",
    "programm",
)
_HEISST = frozenset({"hieß", "heißt", "hieße"})
_MANNER = closed_class().words("impersonal_manner_words")  # "heißt es wörtlich:", "… unter anderem,"
_OWN_WORDS = closed_class().words("own_words")  # "in seinem Brief": the writer, through the possessive
_VERLAUTET = frozenset({"verlautete", "verlautet", "verlauteten", "verlautbarte"})


class ImpersonalFrames:
    def _impersonal_source(self, a: int, b: int) -> Found | None:
        doc = self.doc
        if not IMPERSONAL.search(doc[a:b].text):
            return None
        verb = next((k for k in range(a, b) if doc[k].lower_ in _HEISST and self.qtok[k] < 0), -1)
        if verb < 0:
            return None
        return self._from_origin(a, b, verb)

    def _verlautet(self, a: int, b: int) -> Found | None:
        """ "Aus Kreisen der Koalition verlautete, …", "„…“, verlautete aus dem Ministerium":
        "verlauten" has no subject that speaks; the phrase of origin names the source."""
        verb = next((k for k in range(a, b) if self.lowers[k] in _VERLAUTET and self.qtok[k] < 0), -1)
        return self._from_origin(a, b, verb) if verb >= 0 else None

    def _from_origin(self, a: int, b: int, verb: int) -> Found | None:
        """The statement of a subjectless verb of saying at ``verb`` with its phrase of origin."""
        doc = self.doc
        origin = self._origin_phrase(a, verb, b)
        if origin is None:
            return None
        speaker, phrase = origin
        unit = (a, b)
        rule = "statement.reported.impersonal"
        # "„…“, hieß es aus X": the quotation before the verb
        before = self._quotation_covering(a, verb)
        if before >= 0:
            quote = self.quotes[before]
            return Found(quote.start, quote.end, "direct", "statement.direct.impersonal", 0.8, speaker, unit)
        # "Die Probleme hatten Starts verzögert, hieß es aus X": the clause before the verb
        if verb - 1 > a and doc[verb - 1].text == "," and self.qtok[verb - 1] < 0 and phrase.start > verb:
            return self._content(
                a, verb - 1, speaker, unit, "statement.direct.impersonal", "statement.indirect.inverted", 0.75
            )
        # "In einer Mitteilung der Polizei hieß es, …" / "Aus X hieß es: …"
        start = verb + 1
        while start < b and (doc[start].lower_ in ("es", *_ORIGIN, *_MANNER) or start in phrase):
            start += 1
        if start >= b or doc[start].text not in (",", ":"):
            return None
        return self._content(start + 1, b, speaker, unit, "statement.direct.impersonal", rule, 0.75)

    def _origin_phrase(self, a: int, verb: int, b: int) -> tuple[tuple[int, int], range] | None:
        """The speaker span of the source phrase around "hieß es" and the tokens of the whole
        phrase ("aus dem Ministerium"), or None."""
        doc, ph = self.doc, self.ph
        for k in range(a, b):
            if self.qtok[k] >= 0 or k == verb:
                continue
            low = doc[k].lower_
            if low in _ORIGIN and k + 1 < b:
                span = ph.np_after(k + 1, b, appositions=False)
                if span is not None and self._near(span, verb):
                    owner = self._circles_owner(span, b)
                    return owner, range(k, max(span[1], owner[1]))
            if low in _IN_FORMS and k + 1 < b:
                span = ph.np_after(k + 1, b, appositions=False)
                if span is None or not self._near(span, verb):
                    continue
                head = doc[span[1] - 1].lower_
                if head.endswith(("kreisen", "kreise")):  # "in Regierungskreisen"
                    return span, range(k, span[1])
                body = self._document_owner(span)
                if body is not None:
                    return body, range(k, span[1])
                if head.endswith(_SELF_SPEAKING) and not self._document_of_text(span):
                    owner = self._genitive_after(span[1], b)  # "Im Jahresbericht des Amtes"
                    if owner is not None:
                        return owner, range(k, owner[1])
                    return span, range(k, span[1])  # "in einem Positionspapier": the document speaks
        return None

    def _document_owner(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """ "einer Mitteilung der Polizei" -> "der Polizei"."""
        doc, lx = self.doc, self.lx
        for k in range(span[0], span[1] - 1):
            if doc[k].lower_.endswith(_DOCUMENTS) and doc[k + 1].lower_ in lx.genitive_determiners:
                return (k + 1, span[1])
        return None

    def _near(self, span: tuple[int, int], verb: int) -> bool:
        """Right before or after "hieß es" (the phrase of its own clause)."""
        doc = self.doc
        lo, hi = (span[1], verb) if span[1] <= verb else (verb + 1, span[0])
        return not any(doc[k].text in (",", ";", ":") or self.qtok[k] >= 0 for k in range(lo, hi))

    def _document_of_text(self, span: tuple[int, int]) -> bool:
        """ "in dem Text", "im Artikel": the article itself, not a source (never listed above);
        "in seinem Brief" names its writer through the possessive, whom the context resolves."""
        return self.doc[span[0]].lower_ in _OWN_WORDS

    def _passive_in_document(self, a: int, b: int, v: int, verb, fin: int, end: int) -> list[Found]:  # type: ignore[no-untyped-def]
        """ "In dem Gutachten wird empfohlen, …", "Im Bericht des Rechnungshofs wird festgestellt,
        dass …": the document (or its owner) speaks, as with "heißt es"."""
        origin = self._origin_phrase(a, fin, b)
        if origin is None or origin[0][1] > fin:
            return []
        found = self._forward(v, verb, end, b, origin[0], (a, b))
        return [found] if found is not None else []

    def _genitive_after(self, j: int, b: int) -> tuple[int, int] | None:
        if j >= b or self.doc[j].lower_ not in self.lx.genitive_determiners:
            return None
        return self.ph.np_after(j, b, appositions=False)

    def _circles_owner(self, span: tuple[int, int], b: int) -> tuple[int, int]:
        """ "aus Kreisen der Koalition": the coalition's circles, so the coalition speaks."""
        if self.doc[span[1] - 1].lower_ not in ("kreisen", "kreise"):
            return span
        return self._genitive_after(span[1], b) or span
