"""The SHACL shapes (*.ttl), installed as the data package ``kzgraph.shapes`` (see setup.py)."""
