"""Saved SPARQL queries: discovery, parameters as bindings, execution, output formats."""

from kzgraph.query.run import QueryError, QueryResult, run_query
from kzgraph.query.saved import SavedQuery, find_query, list_queries

__all__ = ["QueryError", "QueryResult", "SavedQuery", "find_query", "list_queries", "run_query"]
