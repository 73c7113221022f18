"""The NLP the extractors read, as registered spaCy components that write it to the Doc.

``kzgraph.nlp.load_pipeline`` appends them to every pipeline it loads (the offline one and a
pretrained one), after the pipeline's own components, in this order:

- ``kz_event_verbs``: a lower-case finite form of an event verb that the tagger misread is
  tagged VVFIN/VERB (``token.tag``, ``token.pos``);
- ``kz_segments``: the article's sentences as the extractors read them (an opening quotation
  mark kept with its sentence, a headline and an agency dateline cut off), the span group
  ``doc.spans["kz_segments"]``;
- ``kz_persons``: the named persons of the article (names after titles, first names, PER
  entities, merged by surname, with roles and gender), ``doc._.kz_persons``, plain data;
- ``kz_dates``: the date expressions of each segment, before the article's date resolves them
  (``doc._.kz_dates``: one list per segment, in the order of ``doc.spans["kz_segments"]``).

The extraction (``core.context.ArticleContext``) only reads these. A Doc from a pipeline without
them (a blank tokenizer in tests, a pipeline loaded by hand) gets them from
:func:`ensure_annotated`, which runs the same components on it. The benchmark's "bare NLP
pipeline" is the pipeline without :data:`EXTRACTION_COMPONENTS`: their cost counts as extraction.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from kzgraph.extract.core.tokens import token_table
from kzgraph.extract.grammar.dates import date_expressions
from kzgraph.extract.grammar.event_verbs import retag_event_verbs
from kzgraph.extract.grammar.person_finder import find_persons
from kzgraph.extract.grammar.segments import article_sentences
from kzgraph.nlp.long_text import ARTICLE_COMPONENTS

SEGMENTS = "kz_segments"
EXTRACTION_COMPONENTS = ("kz_event_verbs", "kz_segments", "kz_persons", "kz_dates")

for _name in ("kz_event_verbs_done", "kz_persons", "kz_dates"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def tag_event_verbs(doc: Doc) -> Doc:
    retag_event_verbs(doc)
    doc._.kz_event_verbs_done = True
    return doc


def cut_segments(doc: Doc) -> Doc:
    # Span(doc, a, b) is doc[a:b] for bounds inside the Doc, without spaCy's slice checks in Python
    doc.spans[SEGMENTS] = [Span(doc, a, b) for a, b in article_sentences(doc)]
    return doc


def find_article_persons(doc: Doc) -> Doc:
    found = find_persons(doc, segment_bounds(doc))
    doc._.kz_persons = [rec.to_data() for rec, _ in found]
    return doc


def find_segment_dates(doc: Doc) -> Doc:
    # a span's text is the Doc's text between its offsets (Span.text would make every Token;
    # Doc.text too, on every access)
    text = token_table(doc).text
    segments = doc.spans[SEGMENTS]
    doc._.kz_dates = [[tuple(e) for e in date_expressions(text[s.start_char : s.end_char])] for s in segments]
    return doc


def segment_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds of the segments ``kz_segments`` wrote."""
    return [(seg.start, seg.end) for seg in doc.spans[SEGMENTS]]


@Language.factory(
    "kz_event_verbs",
    assigns=["token.tag", "token.pos", "doc._.kz_event_verbs_done"],
    requires=["token.tag", "token.is_sent_start"],
)
def make_event_verbs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return tag_event_verbs


@Language.factory("kz_segments", assigns=["doc.spans"], requires=["token.is_sent_start"])
def make_segments(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return cut_segments


@Language.factory(
    "kz_persons",
    assigns=["doc._.kz_persons"],
    requires=["doc.spans", "doc.ents", "token.tag", "token.pos"],
)
def make_persons(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return find_article_persons


@Language.factory("kz_dates", assigns=["doc._.kz_dates"], requires=["doc.spans"])
def make_dates(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return find_segment_dates


# what each component leaves on the Doc, to see whether it ran
_DONE: dict[str, Callable[[Doc], bool]] = {
    "kz_event_verbs": lambda doc: doc._.kz_event_verbs_done is not None,
    "kz_segments": lambda doc: SEGMENTS in doc.spans,
    "kz_persons": lambda doc: doc._.kz_persons is not None,
    "kz_dates": lambda doc: doc._.kz_dates is not None,
}
_RUN: dict[str, Callable[[Doc], Doc]] = {
    "kz_event_verbs": tag_event_verbs,
    "kz_segments": cut_segments,
    "kz_persons": find_article_persons,
    "kz_dates": find_segment_dates,
}


def ensure_annotated(doc: Doc) -> Doc:
    """Run, in order, the components that have not run on ``doc`` (a Doc from another pipeline)."""
    missing = False
    for name in EXTRACTION_COMPONENTS:
        # once one is missing, the later ones read its output: run them again after it
        missing = missing or not _DONE[name](doc)
        if missing:
            _RUN[name](doc)
    return doc


def add_extraction_components(nlp: Language) -> Language:
    """Append the components (those not in the pipeline yet) at the end of ``nlp``."""
    for name in EXTRACTION_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    # they read the whole article: a text parsed in parts gets them once, on the joined Doc
    nlp.meta[ARTICLE_COMPONENTS] = list(EXTRACTION_COMPONENTS)
    return nlp
