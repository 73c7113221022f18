"""Statement extraction internals: quotation marks, reporting frames, speaker spans.

The public entry point is :func:`kzgraph.extract.kinds.statements.extract.extract_statements`.
"""
