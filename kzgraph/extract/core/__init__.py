"""The extraction core: the article context, the registry of fact types and the driver that
runs them. Nothing here names a fact type; the types declare themselves in
:mod:`kzgraph.extract.kinds`."""
