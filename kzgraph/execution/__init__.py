"""How a build runs its per-article work: in this process, in local worker processes, or on a
Dask cluster.

A build has two per-article steps (:mod:`kzgraph.execution.tasks`): *extract* (NLP and the
extraction rules) and *graph* (the article's triples under the corpus-wide person names,
validated and serialised). Both run wherever the executor puts them (:mod:`.local`,
:mod:`.cluster`); the parent only merges person names and writes into the store. Every
article's step runs under a time budget (:mod:`.budget`): one that runs past it is stopped and
reported as a failed article, and the build goes on.
"""
