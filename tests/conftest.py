"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline with the quotegraph component, loaded once."""
    from quotegraph.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repo; tests that need it skip with a reason when absent."""
    if not SHARED.is_dir():
        pytest.skip(f"evaluation data not found at {SHARED} (it sits beside the repo in CI)")
    return SHARED


class LocalSite:
    """Pages served by a local HTTP server on 127.0.0.1 (no outside network in tests).

    ``add(path, body)`` serves ``body``; ``fail_times`` answers 503 that many
    times first. ``hits`` records (path, User-Agent) for every request.
    """

    def __init__(self, base: str) -> None:
        self.base = base
        self.routes: dict[str, dict[str, object]] = {}
        self.hits: list[tuple[str, str]] = []

    def add(self, path: str, body: str | bytes, *, status: int = 200,
            content_type: str = "text/html; charset=utf-8", fail_times: int = 0,
            headers: dict[str, str] | None = None) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = {"body": data, "status": status, "type": content_type,
                             "fail": fail_times, "headers": headers or {}}
        return self.url(path)

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture
def local_site():
    """A :class:`LocalSite` on a free port, shut down after the test."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    site: LocalSite

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            site.hits.append((self.path, self.headers.get("User-Agent", "")))
            route = site.routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            if int(route["fail"]) > 0:  # type: ignore[call-overload]
                route["fail"] = int(route["fail"]) - 1  # type: ignore[call-overload]
                self.send_error(503)
                return
            body = route["body"]
            self.send_response(int(route["status"]))  # type: ignore[call-overload]
            self.send_header("Content-Type", str(route["type"]))
            self.send_header("Content-Length", str(len(body)))  # type: ignore[arg-type]
            for k, v in dict(route["headers"]).items():  # type: ignore[call-overload]
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)  # type: ignore[arg-type]

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site = LocalSite(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
