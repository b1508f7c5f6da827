"""A scripted HTTP server on 127.0.0.1 for connector tests.

    with FakeServer() as srv:
        srv.script("/api/v1/accounts/1/statuses",
                   Reply(500), Reply(200, body=[...], headers={"Link": "..."}))
        srv.route("/xrpc/app.bsky.feed.getAuthorFeed", lambda req: Reply(200, body=...))
        ... connector pointed at srv.url ...
        assert [r.query for r in srv.requests_to("/api/v1/accounts/1/statuses")]

`script` queues replies used once each, in order; `route` installs a handler
called for every request. A request with nothing left to answer gets a 404
whose body says so, and is listed in `srv.unanswered`.

Faults: `Reply(delay=...)` answers late (client timeouts), `Reply(truncate=n)`
sends only n bytes of the body under the full Content-Length and closes.
`RewriteAdapter` lets a client with a fixed base URL (tweepy) reach the server
through its requests session. `real_format(path)` reads a sample from
../shared/real-formats and skips the test when it is absent.
"""
from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from requests.adapters import HTTPAdapter

SHARED = Path(os.environ.get("SOCIALAUDIT_SHARED", Path(__file__).resolve().parents[3] / "shared"))
REAL_FORMATS = SHARED / "real-formats"


def real_format(relpath: str) -> Path:
    """Path of a real platform sample; skips the calling test when the shared folder is absent."""
    path = REAL_FORMATS / relpath
    if not path.exists():
        pytest.skip(f"needs the real-format sample {path} (../shared/real-formats)")
    return path


def real_json(relpath: str) -> Any:
    """A real JSON sample, parsed (skips when absent)."""
    return json.loads(real_format(relpath).read_text(encoding="utf-8"))


@dataclass
class Reply:
    """One scripted response. A dict/list body is sent as JSON."""
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    truncate: int | None = None

    def payload(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body).encode()


@dataclass
class SeenRequest:
    """A request the server received."""
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None


Handler = Callable[[SeenRequest], Reply]


class FakeServer:
    """Threaded HTTP server answering scripted replies per (method, path); records requests."""

    def __init__(self) -> None:
        self._queues: dict[tuple[str, str], list[Reply]] = {}
        self._handlers: dict[tuple[str, str], Handler] = {}
        self._lock = threading.Lock()
        self.requests: list[SeenRequest] = []
        self.unanswered: list[SeenRequest] = []
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02},
                                        daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def script(self, path: str, *replies: Reply, method: str = "GET") -> None:
        """Queue replies for `path`, each used once, in order."""
        with self._lock:
            self._queues.setdefault((method, path), []).extend(replies)

    def route(self, path: str, handler: Handler, method: str = "GET") -> None:
        """Answer every request to `path` with `handler(request)` (after any scripted replies)."""
        self._handlers[(method, path)] = handler

    def requests_to(self, path: str) -> list[SeenRequest]:
        return [r for r in self.requests if r.path == path]

    def __enter__(self) -> "FakeServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _answer(self, req: SeenRequest) -> Reply:
        with self._lock:
            self.requests.append(req)
            queue = self._queues.get((req.method, req.path))
            if queue:
                return queue.pop(0)
        handler = self._handlers.get((req.method, req.path))
        if handler:
            return handler(req)
        self.unanswered.append(req)
        return Reply(404, {"error": f"fakeserver: no reply left for {req.method} {req.path}"})

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out in two writes

            def _handle(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                req = SeenRequest(self.command, parts.path, parse_qs(parts.query),
                                  dict(self.headers.items()), self.rfile.read(length) if length else b"")
                _send(self, server._answer(req))

            do_GET = do_POST = do_DELETE = do_PUT = _handle

            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

        return _Handler


def _send(handler: BaseHTTPRequestHandler, reply: Reply) -> None:
    if reply.delay:
        time.sleep(reply.delay)
    data = reply.payload()
    try:
        handler.send_response(reply.status)
        headers = {"Content-Type": "application/json; charset=utf-8", **reply.headers}
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(data)))
        if reply.truncate is not None:
            handler.send_header("Connection", "close")
            handler.close_connection = True
        handler.end_headers()
        handler.wfile.write(data if reply.truncate is None else data[:reply.truncate])
        handler.wfile.flush()
    except (BrokenPipeError, ConnectionResetError):
        pass  # the client gave up (a timeout test); nothing to answer


class RewriteAdapter(HTTPAdapter):
    """Sends requests for `prefix` (e.g. "https://api.twitter.com/") to `target` instead."""

    def __init__(self, prefix: str, target: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.prefix, self.target = prefix, target.rstrip("/") + "/"

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        if request.url and request.url.startswith(self.prefix):
            request.url = self.target + request.url[len(self.prefix):]
        return super().send(request, **kwargs)


class FakeClock:
    """A clock for crawler.live.http that records sleeps instead of sleeping."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
