"""Reading articles: folders of .txt and .jsonl files, robustly.

>>> reader = read_corpus(Path("examples/kasachstan-2022"))
>>> for article in reader: ...
>>> print(reader.summary())

Bad input never raises (unless ``on_error="fail"``) and is never dropped silently: every
article not delivered is one fatal ``ReadProblem`` in ``reader.problems``.
"""

from .article import Article, ArticleDate, content_hash
from .corpus import CorpusReader, iter_corpus_files, read_corpus
from .problems import CorpusReadError, ReadProblem

__all__ = [
    "Article",
    "ArticleDate",
    "CorpusReadError",
    "CorpusReader",
    "ReadProblem",
    "content_hash",
    "iter_corpus_files",
    "read_corpus",
]
