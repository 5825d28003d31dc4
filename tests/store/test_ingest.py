"""ingest(): every source type into one corpus, idempotent, bad input recorded; uses the real pipeline."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from io import BytesIO
from pathlib import Path

import pytest

from quotegraph.ingest import Fetcher
from quotegraph.store import Store, ingest

from .conftest import corpus_rows

pytestmark = pytest.mark.model

SPEAKERS = [("Keir Starmer", "Prime Minister"), ("Emmanuel Macron", "President"),
            ("Olaf Scholz", "Chancellor"), ("Rachel Reeves", "Chancellor")]
TOPICS = ["the ceasefire", "the budget", "energy prices", "the railways", "housing", "the health service",
          "defence spending", "trade talks", "climate targets", "school funding"]
PLACES = ["London", "Paris", "Berlin", "Leeds", "Glasgow", "Cardiff", "Lyon", "Hamburg"]


def page(i: int, *, day: str | None = None) -> str:
    """A distinct small news page with two attributed quotes."""
    name, title = SPEAKERS[i % len(SPEAKERS)]
    topic, place = TOPICS[i % len(TOPICS)], PLACES[i % len(PLACES)]
    day = day or f"2025-{1 + i % 12:02d}-{10 + i % 18:02d}"
    return f"""<html><head><title>{name} on {topic} ({i})</title>
<meta name="date" content="{day}"></head><body><article><h1>{name} speaks on {topic}</h1>
<p>{title} {name} visited {place} on day {i} to talk about {topic} with local leaders and workers.</p>
<p>"We will deliver on {topic} for every family in {place}," {name} said in a speech to supporters.</p>
<p>Critics were unconvinced. "Story {i} shows the plans for {topic} are not enough," said Jane Doe{i}, a local organiser.</p>
<p>The visit number {i} ended with a meeting at the town hall in {place}, where the talk among residents turned to {topic}.</p>
</article></body></html>"""


def write_folder(root: Path, n: int, *, start: int = 0) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        sub = root / f"batch{i % 2}"
        sub.mkdir(exist_ok=True)
        (sub / f"article{i:03d}.html").write_text(page(i), encoding="utf-8")
    return root


def write_warc(path: Path, pages: dict[str, str]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(html.encode()),
                                                          http_headers=headers))
    return path


def rss(items: list[tuple[str, str | None]]) -> str:
    body = "".join(f"<item><title>Item</title><link>{link}</link>"
                   + (f"<description><![CDATA[{desc}]]></description>" if desc else "") + "</item>"
                   for link, desc in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local Feed</title>{body}</channel></rss>'


def test_ingest_every_source_type(tmp_path: Path, nlp, local_site) -> None:
    folder = write_folder(tmp_path / "folder", 3)
    (folder / "notes.bin").write_bytes(b"\x00\x01 ignored: not a text suffix")
    (folder / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n binary")
    jsonl = tmp_path / "items.jsonl"
    jsonl.write_text("\n".join([json.dumps({"id": "j1", "html": page(10), "publisher": "JSONL Times"}),
                                "{not json", json.dumps({"id": "j2", "text": ""})]) + "\n")
    warc = write_warc(tmp_path / "crawl.warc.gz", {"http://archive.example/a": page(11),
                                                   "http://archive.example/b": page(12)})
    local_site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    direct = local_site.add("/news/13", page(13))
    item_ok = local_site.add("/news/14", page(14))
    feed = local_site.add("/feed.xml", rss([(item_ok, None),
                                            (local_site.url("/news/gone"), page(15)),  # falls back
                                            (local_site.url("/private/16"), None)]),  # robots: fails
                          content_type="application/rss+xml")
    missing = str(tmp_path / "missing.html")
    sources = [str(folder), str(jsonl), str(warc), direct, feed, missing]

    events: list[str] = []
    with Store(tmp_path / "c.db") as store, Fetcher(timeout=5, retries=0) as fetcher:
        summary = ingest(sources, store, model=nlp, fetcher=fetcher, progress=lambda e, n: events.append(e))
        assert summary.articles == 3 + 1 + 2 + 1 + 2 and summary.duplicates == 0
        assert summary.failed == 5  # broken.html, bad JSON line, empty JSON text, robots-blocked, missing
        assert summary.quotes >= summary.articles  # each page has two attributed quotes
        assert events.count("planned") >= 1 and events.count("failed") == 5
        runs = store.connection.execute("SELECT status, articles, failed FROM runs").fetchall()
        assert runs == [("done", 9, 5)]
        errors = dict(store.connection.execute(
            "SELECT source, message FROM run_items WHERE status = 'failed'").fetchall())
        assert any("robots.txt" in m for m in errors.values())
        assert any("missing.html" in s for s in errors)
        urls = {r[0] for r in store.connection.execute("SELECT url FROM articles")}
        assert {direct, item_ok, local_site.url("/news/gone"), "http://archive.example/a"} <= urls
        publishers = {r[0] for r in store.connection.execute("SELECT publisher FROM articles")}
        assert "JSONL Times" in publishers  # the container's metadata fills what the page lacks
        starmer = store.search_quotes(speaker="Keir Starmer")
        assert starmer.total >= 1 and all(h.speaker_name == "Keir Starmer" for h in starmer.items)
        before = corpus_rows(tmp_path / "c.db")

        fetched_before = len(local_site.hits)
        again = ingest(sources, store, model=nlp, fetcher=fetcher)
        assert (again.articles, again.skipped) == (0, 9)
        refetched = [path for path, _ in local_site.hits[fetched_before:]]
        assert "/news/14" not in refetched  # a stored feed item is not fetched again
        assert again.failed == 5  # still recorded, still nothing changes
    assert corpus_rows(tmp_path / "c.db") == before


def test_ingest_syndicated_copy_is_linked_not_counted(tmp_path: Path, nlp) -> None:
    folder = tmp_path / "syn"
    folder.mkdir()
    (folder / "a.html").write_text(page(1))
    copy = page(1).replace("<article>", "<article><p>This story first appeared on a partner site.</p>")
    (folder / "b.html").write_text(copy.replace("with local leaders and workers", "with local leaders"))
    with Store(tmp_path / "c.db") as store:
        summary = ingest([str(folder)], store, model=nlp)
        assert (summary.articles, summary.duplicates) == (2, 1)
        all_quotes = store.search_quotes(include_duplicates=True).total
        assert store.search_quotes().total * 2 == all_quotes
        assert sum(s.quote_count for s in store.list_speakers().items) == store.search_quotes().total


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=0.1)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_ingest_sigkill_then_rerun_equals_clean_run(tmp_path: Path, nlp) -> None:
    folder = write_folder(tmp_path / "in", 40)
    cmd = [sys.executable, "-c", "from quotegraph.cli import main; main()", "ingest", str(folder), "--quiet"]
    crashed = tmp_path / "crashed.db"
    proc = subprocess.Popen([*cmd, "--db", str(crashed)], env={**os.environ, "QUOTEGRAPH_DB": ""})
    killed_at = None
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        if (n := _count(crashed)) >= 1:
            os.kill(proc.pid, signal.SIGKILL)
            killed_at = n
            break
        time.sleep(0.005)
    proc.wait(timeout=60)
    assert killed_at is not None and killed_at < 40, "ingest finished before the kill; add articles"
    rerun = subprocess.run([*cmd, "--db", str(crashed)], capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with Store(tmp_path / "clean.db") as store:
        ingest([str(folder)], store, model=nlp)
    assert corpus_rows(crashed) == corpus_rows(tmp_path / "clean.db")
    with Store(crashed, read_only=True) as store:
        statuses = [r[0] for r in store.connection.execute("SELECT status FROM runs ORDER BY id")]
    assert statuses == ["interrupted", "done"]
