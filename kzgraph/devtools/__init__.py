"""Development tools (quote evaluation, extraction debugging, rebuilding data files). The runtime
package never imports them; run them with ``python -m kzgraph.devtools.<tool>``."""
