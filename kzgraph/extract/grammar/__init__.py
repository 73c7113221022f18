"""The shared grammar: clauses and their voice, subjects and objects, triggers and their
particles, names, coordination, relative clauses, dates, the lexicon loader. Used by every fact
type; imports none (kzgraph.extract.kinds)."""
