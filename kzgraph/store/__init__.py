"""Triple stores: the embedded Oxigraph store, and loading into SPARQL servers."""
