"""`kzgraph load` errors, retries and splitting, against a small scripted HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kzgraph.cli import main
from kzgraph.store.embedded import export
from kzgraph.store.gsp import GraphStoreClient, TooLargeError
from tests.servers import factory_store, free_port


class Scripted(BaseHTTPRequestHandler):
    """Answers 503 to the first request, 413 to bodies over ``limit`` bytes, else 201; records all."""

    limit = 10**9
    log: list[tuple[str, int, int]] = []  # (method, body bytes, status)
    status: int | None = None  # force this status for every request

    def _answer(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.status is not None:
            status = self.status
        elif not self.log:
            status = 503
        else:
            status = 413 if len(body) > self.limit else 201
        type(self).log.append((self.command, len(body), status))
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST = _answer  # noqa: N815 - http.server's naming

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def scripted() -> Iterator[tuple[str, type[Scripted]]]:
    handler = type("Handler", (Scripted,), {"log": [], "limit": 10**9, "status": None})
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()


def _triples(n: int) -> list[ox.Triple]:
    return [ox.Triple(ox.NamedNode(f"http://e/s{i}"), ox.NamedNode("http://e/p"), ox.Literal("x" * 50))
            for i in range(n)]


def test_retry_then_split_on_413(scripted: tuple[str, type[Scripted]]) -> None:
    url, handler = scripted
    handler.limit = 2000  # about 25 triples per request
    client = GraphStoreClient(url, backoff=0.01)
    requests_made = client.put_graph("http://e/g", _triples(100))
    methods = [m for m, _, status in handler.log if status == 201]
    assert handler.log[0][2] == 503  # retried
    assert methods[0] == "PUT" and set(methods[1:]) == {"POST"} and len(methods) == requests_made
    assert all(size <= 2000 for _, size, status in handler.log if status == 201)


def test_one_triple_too_large_is_an_error(scripted: tuple[str, type[Scripted]]) -> None:
    url, handler = scripted
    handler.limit = 10
    with pytest.raises(TooLargeError):
        GraphStoreClient(url, backoff=0.01).put_graph("http://e/g", _triples(3))


@pytest.mark.parametrize("status,text", [(401, "HTTP 401"), (403, "HTTP 403"), (500, "HTTP 500")])
def test_http_errors_exit_2(scripted: tuple[str, type[Scripted]], tmp_path: Path, status: int,
                            text: str) -> None:
    url, handler = scripted
    handler.status = status
    turtle = tmp_path / "g.ttl"
    export(factory_store(), turtle, "turtle")
    result = CliRunner().invoke(main, ["load", str(turtle), "--endpoint", url, "--retries", "1"])
    assert result.exit_code == 2
    assert text in result.output


def test_unreachable_server_exit_2(tmp_path: Path) -> None:
    turtle = tmp_path / "g.ttl"
    export(factory_store(), turtle, "turtle")
    url = f"http://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(main, ["load", str(turtle), "--endpoint", url, "--retries", "0"])
    assert result.exit_code == 2
    assert "cannot reach" in result.output


def test_usage_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["load", "--endpoint", "http://127.0.0.1:1"]).exit_code == 2
    missing = runner.invoke(main, ["load", "--store", str(tmp_path / "none"), "--endpoint", "http://127.0.0.1:1"])
    assert missing.exit_code == 2 and "no store" in missing.output
