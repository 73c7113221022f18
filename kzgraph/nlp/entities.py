"""General entity rules applied after the statistical NER (registered as ``kz_entity_rules``).

The NER is trained on only ~6k GermEval sentences, so it misses many names that news text
makes obvious from context. These rules use general German patterns, never names:

* a person title/role before capitalised name tokens -> PER ("US-Außenminister Antony
  Blinken", "der Sprecher des Verteidigungsministeriums, Igor Konaschenkow");
* a first name from a modest list followed by a name token -> PER;
* a surname already found as PER is PER elsewhere in the same document ("Tokajew");
* unknown all-caps acronyms -> ORG;
* a name ending in "-Institut", "-Stiftung" ... is an institution -> ORG (:mod:`.institutions`);
* a person the NER typed as a place or organisation, known by a foreign surname ending or a
  first name before unknown name words -> PER (:mod:`.name_shapes`);
* organisation nouns ("Innenministerium", "Präsidialamt", "Bundesregierung") are marked as
  ORG spans in the span group ``doc.spans["kz_org_nouns"]``, not in ``doc.ents``: they are
  nominal mentions, not names. GermEval (like CoNLL and the pretrained pipelines) tags them
  O, so putting them into ``doc.ents`` cost 1.2 F1 points there (32 of 33 such spans were
  wrong); the extractors classify such heads with their own agent lexicon;
* no person in a quoted work title, a lone office title or an all-capitals function word
  (:mod:`.name_contexts`);
* finally, the same entity text gets the same (majority) label throughout a document.

Lexicons live in ``data/``: person_titles.txt, first_names.txt, org_nouns.txt,
org_suffixes.txt, org_noun_exceptions.txt, acronym_stoplist.txt, name_stoplist.txt,
non_name_suffixes.txt.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kzgraph.nlp.gazetteer import CLASS_BITS, CONTINUATION, load_gazetteer
from kzgraph.nlp.institutions import institution_spans
from kzgraph.nlp.lexicon import word_list
from kzgraph.nlp.name_contexts import drop_non_persons, initial_names
from kzgraph.nlp.name_shapes import common_noun_surnames, nickname_names, person_shaped, retype_person_names
from kzgraph.nlp.person_names import (
    NAME,
    capitalised_mid_sentence_adverb,
    complete_particles,
    join_person_parts,
    names_are_proper_nouns,
    particle_names,
    split_two_persons,
)
from kzgraph.nlp.person_rules import NON_NAME_TAGS, PersonProposals

# Span group holding nominal organisation mentions (see the module docstring).
ORG_NOUNS_KEY = "kz_org_nouns"

# Letters only, 3-5: "A4", "KV" are roads, paper sizes, abbreviations far more often than bodies.
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{3,5}$")
# a lower-case abbreviation ("h.", "c.", "med."): never the start of a name, but "v." is "von"
_LOWER_ABBREVIATION = re.compile(r"^(?!v\.)[a-zäöü]{1,4}\.$")


class EntityRules(PersonProposals):
    def __init__(self, org_nouns: bool = True, acronyms: bool = True) -> None:
        self.use_org_nouns = org_nouns
        self.use_acronyms = acronyms
        self.titles = word_list("person_titles.txt")
        self.title_suffixes = tuple(sorted(t.lower() for t in self.titles if len(t) >= 4))
        self.first_names = word_list("first_names.txt")
        self.org_nouns = word_list("org_nouns.txt")
        self.org_suffixes = tuple(word_list("org_suffixes.txt"))
        self.org_exceptions = word_list("org_noun_exceptions.txt")
        self.acronym_stoplist = word_list("acronym_stoplist.txt")
        self.name_stoplist = word_list("name_stoplist.txt")
        self.non_name_suffixes = tuple(word_list("non_name_suffixes.txt"))
        introducers = word_list("org_name_introducers.txt")
        self.org_introducers = tuple(w.lstrip("+") for w in introducers if w[0] not in "-!")
        self.person_object_bodies = tuple(w[1:] for w in introducers if w.startswith("+"))
        self.org_compound_ends = tuple(w[1:] for w in introducers if w.startswith("-"))
        self.org_introducer_exceptions = frozenset(w[1:] for w in introducers if w.startswith("!"))

    # -- token tests -------------------------------------------------------------------
    def is_title(self, token: Token) -> bool:
        text = token.text
        if text in self.titles:
            return True
        # Compounds and prefixed forms: "Außenminister", "US-Außenminister", "Ex-Präsident".
        last = text.rsplit("-", 1)[-1].lower()
        return text[:1].isupper() and last.endswith(self.title_suffixes)

    def is_name_token(self, token: Token) -> bool:
        if not NAME.match(token.text) or token.text in self.name_stoplist:
            return False
        if self.is_title(token):
            return False
        if (
            token.tag_ in NON_NAME_TAGS
            and not self.double_first_name(token.text)
            and not capitalised_mid_sentence_adverb(token)
        ):
            return False
        if token.lower_.endswith(self.non_name_suffixes):
            return False
        return not self.is_org_noun(token)

    def is_org_noun(self, token: Token) -> bool:
        text = token.text
        if not text[:1].isupper() or text in self.org_exceptions:
            return False
        if text in self.org_nouns or text.rstrip("s") in self.org_nouns:
            return True
        lower = text.lower()
        return any(lower.endswith(s) and len(lower) > len(s) + 2 for s in self.org_suffixes)

    def _organisation_after_introducer(self, span: Span) -> Span:
        """ "der Nachrichtenagentur Interfax", "der Autobauer Tesla": a name right after an
        organisation noun names that organisation, whatever the NER said."""
        if span.label_ != "PER" or span.start == 0:
            return span
        before = span.doc[span.start - 1].lower_
        if before in self.org_introducer_exceptions:
            return span  # "Enkeltochter Marie"
        if before.endswith(self.person_object_bodies) and person_shaped(span):
            return span  # "holt der Verein Bernhard Quellmann": the club's object, a person
        compound_only = any(before.endswith(e) and len(before) > len(e) for e in self.org_compound_ends)
        if before[:1].isalpha() and (before.endswith(self.org_introducers) or compound_only):
            return Span(span.doc, span.start, span.end, label="ORG")
        return span

    def _trim_person(self, span: Span) -> Span:
        """Drop words that are no part of a person's name from a PER span the NER over-extended:
        "Kanzler [Scholz Mittwoch]" (weekdays, months and the like are in name_stoplist.txt) and a
        leading title ("[Graf Kinsky]", "[Kaiser Franz Joseph]"): the name is what follows it."""
        start, end = span.start, span.end
        while span.label_ == "PER" and end - start > 1 and span.doc[end - 1].text in self.name_stoplist:
            end -= 1
        while span.label_ == "PER" and end - start > 1 and (
            self.is_title(span.doc[start]) or _LOWER_ABBREVIATION.match(span.doc[start].text)
        ):
            start += 1  # also the rest of "Dr. h. c.": "[c. Wolfgang-Uwe]" is "Wolfgang-Uwe"
        if (start, end) == (span.start, span.end):
            return span
        return Span(span.doc, start, end, label=span.label)

    def _split_club_person(self, span: Span) -> list[Span]:
        """Split "stellte der [FC Hausen Paul Wendler] frei" (one ORG from the NER, the club's
        object right after it) into the club and the person: a club ending in a gazetteer place,
        then a gazetteer first name and one or two name words. "Detroit Red Wings" stays whole
        (no place before "Red")."""
        gazetteer, doc = load_gazetteer(), span.doc
        place, first = CLASS_BITS["LOC"] | CLASS_BITS["TOWN"], CLASS_BITS["FIRST"]
        for k in range(span.start + 2, span.end - 1):
            rest = range(k + 1, span.end)
            if (
                gazetteer.word_bits(doc[k - 1].text) & place
                and gazetteer.word_bits(doc[k].text) & first
                and len(rest) <= 2
                and all(self.is_name_token(doc[j]) for j in rest)
            ):
                return [Span(doc, span.start, k, label="ORG"), Span(doc, k, span.end, label="PER")]
        return [span]

    def _split_place_person(self, span: Span) -> list[Span]:
        """Split "in [Wiesbaden Franziska Brantner]" (one LOC from the NER) into the known place
        and the person: a gazetteer place, then a gazetteer first name and one or two name words."""
        if span.label_ == "ORG" and len(span) >= 4:
            return self._split_club_person(span)
        if len(span) < 3 or span.label_ == "ORG":  # "Detroit Red Wings" is a team, whatever "Red" is
            return [span]
        if span.label_ == "PER" and load_gazetteer().word_bits(span[0].text) & CLASS_BITS["FIRST"]:
            return [span]  # "Anna Lena Meier": a person's name that starts with a first name
        gazetteer, doc = load_gazetteer(), span.doc
        # A person's name the NER read whole starts with a place only if it is a real city or
        # country; a small town's name is too often a name of people too ("Mélida Anaya Montes").
        place = CLASS_BITS["LOC"] if span.label_ == "PER" else CLASS_BITS["LOC"] | CLASS_BITS["TOWN"]
        names = CLASS_BITS["FIRST"] | CLASS_BITS["LAST"]
        # A first name inside a known multi-word name is no person: "San Antonio (Spurs)", "North York".
        in_phrase = [bool(b & CONTINUATION) for b in gazetteer.features([t.text for t in span])]
        for k in range(span.start + 1, span.end - 1):
            bits = [gazetteer.word_bits(doc[j].text) for j in range(span.start, k)]
            if not all(b & CLASS_BITS["LOC"] or b & place and not b & names for b in bits):
                break  # a small place that is also a name ("Hilden", "Lohr") may start the person's name
            if in_phrase[k - span.start]:
                continue
            rest = range(k + 1, span.end)
            if (
                gazetteer.word_bits(doc[k].text) & CLASS_BITS["FIRST"]
                and len(rest) <= 2
                and all(self.is_name_token(doc[j]) for j in rest)
            ):
                first = "LOC" if span.label_ == "PER" else span.label_
                return [Span(doc, span.start, k, label=first), Span(doc, k, span.end, label="PER")]
        return [span]

    # -- rules -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        # The NER never saw whitespace tokens in training and sometimes tags "\n\n".
        ents = [e for e in (_trim_space(e) for e in doc.ents) if e is not None]
        ents = [self._trim_person(e) for e in ents]
        proposals: list[Span] = []
        proposals.extend(self.title_names(doc))
        proposals.extend(self.first_name_pairs(doc))
        proposals.extend(nickname_names(doc, self.is_name_token))
        ents = _merge(ents, proposals, override=True)
        # complete names with particles before the surname rule, so "Von der Leyen" later is known by
        # its particles (the later steps add no name that ends in, or stops before, a particle)
        ents = particle_names(complete_particles(ents), self.is_name_token)
        ents = _merge(ents, self.known_surnames(doc, ents), override=True)
        ents = _merge(ents, initial_names(doc), override=True)
        extra = self.acronym_spans(doc) if self.use_acronyms else []
        ents = join_person_parts(_merge(ents, extra, override=False))
        ents = common_noun_surnames(retype_person_names(ents, self.is_name_token))
        ents = [self._organisation_after_introducer(e) for e in ents]
        ents = institution_spans(doc, ents, self.is_name_token)
        ents = drop_non_persons(ents, self.is_title)
        doc.ents = [
            part
            for e in _consistent_labels(ents)
            for place_or_person in self._split_place_person(e)
            for part in split_two_persons(place_or_person)
        ]
        names_are_proper_nouns(doc)
        if self.use_org_nouns:
            doc.spans[ORG_NOUNS_KEY] = [s for s in self.org_noun_spans(doc) if not s[0].ent_type_]
        return doc

    def org_noun_spans(self, doc: Doc) -> list[Span]:
        return [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if self.is_org_noun(t)]

    def acronym_spans(self, doc: Doc) -> list[Span]:
        return [
            Span(doc, t.i, t.i + 1, label="ORG")
            for t in doc
            if _ACRONYM.match(t.text) and t.text not in self.acronym_stoplist
        ]


def _trim_space(span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    if start == end:
        return None
    return span if (start, end) == (span.start, span.end) else Span(span.doc, start, end, label=span.label)


def _consistent_labels(ents: list[Span]) -> list[Span]:
    """Within one document the same name keeps one type: relabel an entity whose exact text
    carries another label more often elsewhere ("Almaty" LOC 15x, PER 1x -> LOC)."""
    votes: dict[str, dict[str, int]] = {}
    for e in ents:
        counts = votes.setdefault(e.text, {})
        counts[e.label_] = counts.get(e.label_, 0) + 1
    result = []
    for e in ents:
        counts = votes[e.text]
        best = max(counts, key=lambda label: counts[label])
        if best != e.label_ and counts[best] > counts[e.label_]:
            e = Span(e.doc, e.start, e.end, label=best)
        result.append(e)
    return result


def _merge(ents: list[Span], proposals: list[Span], *, override: bool) -> list[Span]:
    """Add proposals to ents. With override, a proposal replaces entities it overlaps
    (title rules are more reliable than the small NER); otherwise overlaps are skipped."""
    result = list(ents)
    for prop in proposals:
        overlapping = [e for e in result if e.start < prop.end and prop.start < e.end]
        if not overlapping:
            result.append(prop)
        elif override and all(e.start >= prop.start and e.end <= prop.end for e in overlapping):
            result = [e for e in result if e not in overlapping] + [prop]
        elif override and len(overlapping) == 1 and overlapping[0].label_ == "PER":
            # Widen a partial PER ("Blinken" -> "Antony Blinken").
            e = overlapping[0]
            widened = Span(prop.doc, min(e.start, prop.start), max(e.end, prop.end), label="PER")
            result = [x for x in result if x is not e] + [widened]
    return sorted(result, key=lambda s: s.start)


@Language.factory(
    "kz_entity_rules",
    assigns=["doc.ents", "doc.spans"],
    default_config={"org_nouns": True, "acronyms": True},
)
def make_entity_rules(nlp: Language, name: str, org_nouns: bool, acronyms: bool) -> EntityRules:
    return EntityRules(org_nouns=org_nouns, acronyms=acronyms)
