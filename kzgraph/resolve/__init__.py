"""Entity resolution across articles: one node per named person.

Within an article, pronouns, titles and descriptions are resolved by the extractors
(kzgraph.extract.core.context); here names are merged across the corpus.
"""

from kzgraph.resolve.registry import PersonRegistry, name_parts

__all__ = ["PersonRegistry", "name_parts"]
