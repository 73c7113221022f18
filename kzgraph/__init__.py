"""kzgraph: knowledge graphs from German news articles."""

__version__ = "0.1.0"
