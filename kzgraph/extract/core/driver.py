"""The extraction driver: one ArticleContext per article, every registered fact type in
dependency order, each computed once.

First every type's extractor runs, after the types it needs, and gets their facts (de-duplicated);
then every type's declared steps run on its facts, each step getting the extracted facts of the
types it needs. A step may thus need a type that needs its own type (appointments' successors step
needs the replacements, which need the appointments).
"""

from __future__ import annotations

from spacy.tokens import Doc

from kzgraph.extract.core.context import ArticleContext
from kzgraph.extract.core.dedupe import dedupe
from kzgraph.extract.core.frame_fallback import frame_fallback
from kzgraph.extract.core.registry import fact_types
from kzgraph.extract.facts import ArticleFacts, Fact
from kzgraph.reading.article import Article


def extract_article(doc: Doc, article: Article) -> ArticleFacts:
    ctx = ArticleContext(doc, article)
    types = fact_types()
    found: dict[str, list[Fact]] = {}
    for fact_type in types:
        needed = {name: found[name] for name in fact_type.needs}
        facts = fact_type.extract(ctx, needed)
        # the valency-frame fallback of the type, where none of its rules fired in a sentence
        found[fact_type.name] = dedupe(frame_fallback(ctx, fact_type, facts))
    result = ArticleFacts(article_id=article.id)
    for fact_type in types:
        facts = found[fact_type.name]
        for step in fact_type.steps:
            facts = step.run(ctx, facts, {name: found[name] for name in step.needs})
        setattr(result, fact_type.name, facts)
    return result
