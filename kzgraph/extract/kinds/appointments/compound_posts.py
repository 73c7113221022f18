"""Posts told by a compound noun of a post taken ("übernahm den Landesvorsitz", "übernimmt den
Trainerposten", "trat das Bürgermeisteramt an", "übernimmt die Parteiführung"). An end that names a
post whatever comes before it ("-vorsitz", "-ressort") is taken as it is; "-amt", "-posten",
"-sessel" only after a title ("Finanzamt", "Grenzposten", "Kanzleramt" are no post), the post then
being that title; "-führung", "-spitze" only after an organisation ("Tabellenführung" is a lead in
a table)."""

from __future__ import annotations

from spacy.tokens import Span

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.grammar.triggers import events_lexicon
from kzgraph.extract.kinds.offices.extract import base_title

# what may stand right before the compound: an article, a possessive, an adjective
_BEFORE_POST = ("ART", "PPOSAT", "ADJA")
_GENERIC_POST = events_lexicon()["dismissal"]["generic_office_nouns"][4]  # "Posten"


def compound_post(ctx: ArticleContext, cl: Span) -> tuple[str, int] | None:
    """The post told by a compound noun in the clause ``cl`` and where it stands."""
    ends = events_lexicon()["appointment"]["compound_posts"]
    doc = ctx.doc
    for t in cl:
        if t.tag_ != "NN" or t.i == cl.start:
            continue
        bare_plural = t.text in ends["high_posts"] and doc[t.i - 1].pos_ == "VERB"
        if doc[t.i - 1].tag_ not in _BEFORE_POST and not bare_plural:
            continue  # "übernehmen Schlüsselposten": a bare plural right after the verb
        low = t.lower_
        if t.text in ends["high_posts"]:
            return _GENERIC_POST, t.i  # "übernehmen Schlüsselposten": which post, the context says
        for end in ends["any_first_part"]:
            if low.endswith(end) and len(low) > len(end) + 2:
                return t.text, t.i
        for end in ends["after_title"]:
            first = t.text[: -len(end)]
            if low.endswith(end) and len(first) > 2 and ctx.lx.is_title(first):
                return base_title(first)[0], t.i
        for end in ends["after_organisation"]:
            first = low[: -len(end)]
            if low.endswith(end) and len(first) > 2 and ctx.lx.org_re.search(first.rstrip("s")):
                return t.text, t.i
    return None
