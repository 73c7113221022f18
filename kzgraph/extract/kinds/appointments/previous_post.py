"""The post of an election named in the sentence before: "Der Verband hat einen neuen Präsidenten.
X wurde ohne Gegenstimme gewählt", "Die Partei sucht eine neue Chefin. Gewählt wurde X". An
electing verb without a post of its own takes the post that the sentence right before names as
"ein(e) neue Title"; without one ("Die Sitzung dauerte lange. Gewählt wurde X") the verb
stays too vague to tell an appointment."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.grammar.closed_class import closed_class
from kzgraph.extract.grammar.triggers import Trigger, events_lexicon
from kzgraph.extract.kinds.offices.extract import office_label

_NEW = closed_class().words("neu_forms")
_ARTICLES = closed_class().words("new_post_articles")


def post_named_before(ctx: ArticleContext, sent: Span, trig: Trigger) -> str | None:
    """The title after "ein(e) neue(n)" in the sentence right before ``sent``, for an
    electing verb (``previous_post_verbs``); None otherwise."""
    if trig.lemma not in events_lexicon()["appointment"]["previous_post_verbs"]:
        return None
    index = next((n for n, s in enumerate(ctx.sentences) if s.start == sent.start), 0)
    if index == 0:
        return None
    before = ctx.sentences[index - 1]
    doc = ctx.doc
    for k in range(before.start + 1, before.end - 1):
        if doc[k].lower_ in _NEW and doc[k - 1].lower_ in _ARTICLES and ctx.lx.is_title(doc[k + 1].text):
            return office_label(ctx, k + 1)[0]
    return None
