"""The example corpus, installed as the data package ``kzgraph.examples`` (see setup.py)."""
