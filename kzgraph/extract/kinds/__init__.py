"""The fact types, one package each: every package declares its type with
:func:`kzgraph.extract.core.registry.register` (fact class, extractor, what it needs first,
post-processing steps, graph writer, saved query, lexicon). The registry imports every package
here; nothing else lists the types. See docs/adding-a-fact-type.md."""
