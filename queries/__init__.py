"""The saved SPARQL queries (*.rq), installed as the data package ``kzgraph.queries`` (see setup.py)."""
