"""Statement extraction internals: quotation marks, reporting frames, speaker spans.

The public entry point is :func:`kzgraph.extract.statements.extract_statements`.
"""
