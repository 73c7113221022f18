"""The OWL ontology (kzgraph.ttl), installed as the data package ``kzgraph.ontology`` (see setup.py)."""
