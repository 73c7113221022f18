"""A SPARQL 1.1 Graph Store HTTP Protocol client: put named graphs into a remote triple store.

Batching: GSP ``PUT`` replaces exactly one graph per request, so graphs are not combined into
one request. Instead several graphs are sent at the same time (``concurrency`` threads), and a
graph larger than ``chunk_triples`` is split: the first chunk is ``PUT`` (replacing the graph),
the others are ``POST``-ed (appended) to the same graph. A 413 (request too large) halves the
chunk size and sends the graph again from its first ``PUT``, so a retry never duplicates or
keeps stale triples. Loading the same data twice therefore leaves the same triples.

Retries with exponential backoff cover connection errors, timeouts, 5xx and 429 (honouring
``Retry-After``). Credentials come from the caller (the CLI reads environment variables).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

import pyoxigraph as ox
import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth


@dataclass(frozen=True)
class Flavor:
    gsp_path: str
    query_path: str
    auth: str  # default --auth: "basic" or "digest"
    # Protocol parameters that make the query's default graph the union of all graphs.
    union_params: tuple[tuple[str, str], ...] = ()


FLAVORS: dict[str, Flavor] = {
    # Oxigraph's server takes `union-default-graph` per request (or --union-default-graph).
    "oxigraph": Flavor("/store", "/query", "basic", (("union-default-graph", ""),)),
    # Virtuoso's authenticated GSP endpoint; /sparql-graph-crud (no auth) is read-only by default.
    # Its default graph, without default-graph-uri, already is the union of all graphs.
    "virtuoso": Flavor("/sparql-graph-crud-auth", "/sparql", "digest"),
    "generic": Flavor("/store", "/sparql", "basic"),
}

NTRIPLES = "application/n-triples"
RETRY_STATUS = {429, 500, 502, 503, 504}


class LoadError(Exception):
    """A graph could not be loaded; ``fatal`` errors (unreachable, refused) stop the whole load."""

    fatal = False


class UnreachableError(LoadError):
    fatal = True


class AuthError(LoadError):
    fatal = True


class TooLargeError(LoadError):
    pass


class ClientError(LoadError):
    """400 or 404: the request or the endpoint path is wrong; every retry would fail alike."""

    fatal = True


class EndpointError(LoadError):
    """The endpoint URL itself is malformed (a port out of range, no host)."""

    fatal = True


class StoppedError(LoadError):
    """A request not sent because the load had already stopped on a fatal error."""

    fatal = True


# 401/403: credentials; 400/404: request or path. Retrying cannot fix any of them.
FATAL_STATUS = {400: ClientError, 401: AuthError, 403: AuthError, 404: ClientError}


def make_auth(kind: str, user: str | None, password: str | None) -> AuthBase | None:
    if not user:
        return None
    if kind == "digest":
        return HTTPDigestAuth(user, password or "")
    return HTTPBasicAuth(user, password or "")


def _chunks(triples: list[ox.Triple], size: int) -> list[list[ox.Triple]]:
    return [triples[i : i + size] for i in range(0, len(triples), size)] or [[]]


def _has_blank_nodes(triples: list[ox.Triple]) -> bool:
    return any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples)


@dataclass
class GraphStoreClient:
    base_url: str
    gsp_path: str = "/store"
    query_path: str = "/query"
    auth: AuthBase | None = None
    retries: int = 5
    backoff: float = 0.5  # seconds before the first retry; doubles each time
    timeout: float = 120.0
    chunk_triples: int = 50_000
    sleep: Callable[[float], None] = time.sleep
    _local: threading.local = field(default_factory=threading.local, repr=False)
    # Shared by all threads: requests sent (retries included), and the fatal error that
    # stopped the load, after which nothing more is sent: when the first graph has spent the
    # retry budget on an unreachable server, the queued ones do not spend it again.
    sent: int = field(default=0, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _stopped: LoadError | None = field(default=None, init=False, repr=False)

    @property
    def stopped(self) -> LoadError | None:
        """The fatal error after which this client sends nothing more (None: still going)."""
        return self._stopped

    @property
    def gsp_url(self) -> str:
        return self.base_url.rstrip("/") + self.gsp_path

    @property
    def query_url(self) -> str:
        return self.base_url.rstrip("/") + self.query_path

    def _session(self) -> requests.Session:
        # requests.Session is not documented as thread-safe: one per worker thread.
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
        return session

    def request(self, method: str, url: str, allow: frozenset[int] = frozenset(),
                **kwargs: object) -> requests.Response:
        """One HTTP request with retries; raises LoadError subclasses for what cannot be retried.

        ``allow``: error statuses that are an answer here (404 to a DELETE), not an error."""
        try:
            return self._request(method, url, allow, **kwargs)
        except LoadError as err:
            if err.fatal:
                with self._lock:
                    self._stopped = self._stopped or err
            raise

    def _attempt(self, method: str, url: str, last: bool, **kwargs: object) -> requests.Response | None:
        """One try: the response, or None after a connection error that may be retried."""
        with self._lock:
            if self._stopped is not None:
                raise StoppedError(f"not sent: the load stopped ({self._stopped})")
            self.sent += 1
        try:
            response = self._session().request(method, url, auth=self.auth, timeout=self.timeout, **kwargs)
        except (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema,
                requests.exceptions.MissingSchema) as err:
            raise EndpointError(f"{url} is not a usable URL: {err}") from err
        except (requests.ConnectionError, requests.Timeout) as err:
            if last:
                raise UnreachableError(
                    f"cannot reach {url} after {self.retries + 1} attempts: is the server running "
                    f"and the --endpoint right? ({type(err).__name__})") from err
            return None
        return response

    def _request(self, method: str, url: str, allow: frozenset[int], **kwargs: object) -> requests.Response:
        delay = self.backoff
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            response = self._attempt(method, url, last, **kwargs)
            if response is not None:
                status = response.status_code
                if status in allow:
                    return response
                if status in FATAL_STATUS:
                    raise FATAL_STATUS[status](self._refusal(method, url, response))
                if status == 413:
                    raise TooLargeError(f"{method} {url}: HTTP 413, request too large")
                if status not in RETRY_STATUS:
                    if status >= 400:
                        raise LoadError(f"{method} {url}: HTTP {status}: {response.text.strip()[:300]}")
                    return response
                if last:
                    raise LoadError(f"{method} {url}: HTTP {status} after "
                                    f"{self.retries + 1} attempts: {response.text.strip()[:300]}")
                delay = max(delay, _retry_after(response))
            self.sleep(min(delay, 60.0))
            delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    def _refusal(self, method: str, url: str, response: requests.Response) -> str:
        status = response.status_code
        if status in (401, 403):
            how = "the credentials were refused" if self.auth else "no credentials were given"
            return (f"{method} {url}: HTTP {status}, {how}; set KZGRAPH_ENDPOINT_USER "
                    "and KZGRAPH_ENDPOINT_PASSWORD (and --auth digest for Virtuoso)")
        hint = ("no such endpoint: check --endpoint and --gsp-path / --flavor" if status == 404
                else "the server rejected the request")
        return f"{method} {url}: HTTP {status}, {hint}: {response.text.strip()[:300]}"

    def _send(self, method: str, graph: str | None, triples: list[ox.Triple]) -> None:
        params = {"graph": graph} if graph is not None else {"default": ""}
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) if triples else b""
        self.request(method, self.gsp_url, params=params, data=body,
                     headers={"Content-Type": f"{NTRIPLES}; charset=utf-8"})

    def put_graph(self, graph: str | None, triples: list[ox.Triple]) -> int:
        """Replace ``graph`` (None: the default graph) with ``triples``; returns the requests made."""
        size = max(1, self.chunk_triples)
        while True:
            chunks = _chunks(triples, size)
            if len(chunks) > 1 and _has_blank_nodes(triples):
                # Each request is its own document: a blank node split across two would become two.
                raise TooLargeError(f"graph {graph}: {len(triples)} triples with blank nodes cannot be "
                                    "split into several requests; raise --chunk-triples")
            try:
                for index, chunk in enumerate(chunks):
                    self._send("PUT" if index == 0 else "POST", graph, chunk)
                return len(chunks)
            except TooLargeError:
                if size == 1 or len(triples) <= 1:
                    raise
                size = max(1, min(size, len(triples)) // 2)

    def select(self, query: str, default_graph: str | None = None, union: tuple[tuple[str, str], ...] = ()
               ) -> list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode]]:
        """A SELECT query by the SPARQL 1.1 protocol; rows as pyoxigraph terms.

        ``union``: the flavor's parameters for a union default graph (``Flavor.union_params``),
        which is how kzgraph's saved queries are meant to run."""
        data = {"query": query, **dict(union)}
        if default_graph is not None:
            data["default-graph-uri"] = default_graph
        response = self.request("POST", self.query_url, data=data,
                                headers={"Accept": "application/sparql-results+json"})
        return rows_from_json(response.json())

    def graph_sizes(self) -> dict[str, int]:
        """Triples per named graph on the server (all of them, not only ours)."""
        rows = self.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return {row["g"].value: int(row["n"].value) for row in rows}


def _retry_after(response: requests.Response) -> float:
    try:
        return float(response.headers.get("Retry-After", "0"))
    except ValueError:  # an HTTP date: not worth parsing, use the backoff
        return 0.0


def rows_from_json(data: dict) -> list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode]]:
    rows = []
    for binding in data.get("results", {}).get("bindings", []):
        row = {}
        for name, value in binding.items():
            kind = value.get("type")
            if kind == "uri":
                row[name] = ox.NamedNode(value["value"])
            elif kind == "bnode":
                row[name] = ox.BlankNode(value["value"])
            elif "xml:lang" in value:
                row[name] = ox.Literal(value["value"], language=value["xml:lang"])
            elif "datatype" in value:
                row[name] = ox.Literal(value["value"], datatype=ox.NamedNode(value["datatype"]))
            else:
                row[name] = ox.Literal(value["value"])
        rows.append(row)
    return rows


@dataclass
class LoadReport:
    graphs: int = 0
    triples: int = 0
    requests: int = 0  # HTTP requests sent, retries and failed ones included
    failed: list[str] = field(default_factory=list)  # "graph: why", one per graph not loaded
    seconds: float = 0.0
    stopped: LoadError | None = None  # the fatal error that ended the load early
    unsent: int = 0  # graphs read but not (completely) sent because the load stopped


def graph_label(name: str | None) -> str:
    return name if name is not None else "(default graph)"


GraphItem = tuple[str | None, list[ox.Triple]]


def load_graphs(
    client: GraphStoreClient,
    graphs: Iterable[GraphItem],
    concurrency: int = 4,
    progress: Callable[[str | None, int], None] | None = None,
) -> LoadReport:
    """PUT every (graph name, triples) with up to ``concurrency`` requests in flight.

    A graph that fails is reported by name and the others go on; an unreachable server, a
    malformed endpoint, refused credentials, 400 or 404 stop the load (every further request
    would fail the same way): ``report.stopped`` says why, nothing more is sent.
    """
    report = LoadReport()
    started = time.monotonic()
    pending: dict[Future[int], GraphItem] = {}

    def collect(done: Iterable[Future[int]]) -> None:
        for future in done:
            name, triples = pending.pop(future)
            try:
                future.result()
            except LoadError as err:
                if isinstance(err, StoppedError):
                    report.unsent += 1
                    continue
                if err.fatal:
                    report.stopped = report.stopped or err
                report.failed.append(f"{graph_label(name)}: {err}")
                continue
            report.graphs += 1
            report.triples += len(triples)
            if progress is not None:
                progress(name, len(triples))

    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        for item in graphs:
            # Bounded in flight: graphs are read lazily, never all held in memory at once.
            while len(pending) >= 2 * concurrency:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                collect(done)
            if client.stopped is not None:
                break  # the rest would not be sent either
            pending[pool.submit(client.put_graph, *item)] = item
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            collect(done)
    report.requests = client.sent
    report.seconds = time.monotonic() - started
    return report


def graph_names(client: GraphStoreClient) -> set[str]:
    """The names of the server's named graphs (all of them, not only kzgraph's)."""
    rows = client.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    return {row["g"].value for row in rows if "g" in row}


def sync_graphs(client: GraphStoreClient, article_graph_prefix: str, loaded: set[str]) -> list[str]:
    """Delete the server's article graphs (names under ``article_graph_prefix``) that are not in
    ``loaded``: the graphs of articles pruned from the local store. Returns their names."""
    stale = sorted(g for g in graph_names(client) if g.startswith(article_graph_prefix) and g not in loaded)
    for name in stale:
        # 404: already gone, which is what a sync wants
        client.request("DELETE", client.gsp_url, allow=frozenset({404}), params={"graph": name})
    return stale
