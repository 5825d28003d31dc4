"""The app under uvicorn on 127.0.0.1: concurrent readers and writers, each request with its own store."""

from __future__ import annotations

import json
import shutil
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from quotegraph.api import create_app, serve_in_background

from .conftest import fake_extractor


def _get(url: str) -> int:
    with urllib.request.urlopen(url, timeout=30) as r:
        r.read()
        return int(r.status)


def _post(url: str, text: str) -> int:
    req = urllib.request.Request(url, data=json.dumps({"text": text}).encode(), method="POST",
                                 headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        r.read()
        return int(r.status)


def test_concurrent_reads_and_writes_all_succeed(corpus: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    db = tmp_path / "busy.db"
    shutil.copy(corpus[0], db)
    with serve_in_background(create_app(db, extractor=fake_extractor)) as base:
        before = json.loads(urllib.request.urlopen(f"{base}/api/quotes?limit=1").read())["total"]
        reads = [f"{base}{p}" for p in ("/", "/?q=wall", "/speakers/1", "/articles/1", "/api/quotes?q=tide",
                                        "/api/speakers/2", "/api/articles/3")] * 6
        with ThreadPoolExecutor(max_workers=8) as pool:
            read_status = list(pool.map(_get, reads))
            write_status = list(pool.map(lambda i: _post(f"{base}/api/articles", f"Busy statement {i}."), range(12)))
        after = json.loads(urllib.request.urlopen(f"{base}/api/quotes?limit=1").read())["total"]
    assert set(read_status) == {200}
    assert set(write_status) == {201}
    assert after == before + 12


def test_serve_in_background_stops_the_server(corpus: tuple[Path, dict[str, int]]) -> None:
    with serve_in_background(create_app(corpus[0], read_only=True)) as base:
        assert _get(f"{base}/api/speakers") == 200
    try:
        _get(f"{base}/api/speakers")
    except OSError:
        return
    raise AssertionError(f"{base} still answers after the server stopped")
