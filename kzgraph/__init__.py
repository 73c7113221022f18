"""kzgraph: knowledge graphs from German news articles."""

from kzgraph import spacy_cli as _spacy_cli

__version__ = "0.1.0"

_spacy_cli.defer()  # spaCy's own CLI is imported when used, not with spaCy (start-up time)
