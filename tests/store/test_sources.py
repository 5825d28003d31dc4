"""Planning sources: what each kind of SOURCE becomes, without running the pipeline."""

from __future__ import annotations

from pathlib import Path

from quotegraph.article import Failure
from quotegraph.ingest import Fetcher, RawDocument
from quotegraph.store._sources import plan_sources

from .test_ingest import write_warc

FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Feed File</title>'
        "<item><title>One</title><link>http://offline.invalid/1</link>"
        "<description>The item's own text, long enough to read.</description></item></channel></rss>")


def _items(sources: list[str], fetcher: Fetcher | None = None) -> list[RawDocument | Failure]:
    return [item for unit in plan_sources(sources, fetcher=fetcher) for item in unit.items()]


def test_sources_folder_dispatches_by_kind(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.html").write_text("<html><body><p>Page A text.</p></body></html>")
    (root / "sub" / "b.txt").write_text("Plain text B.")
    (root / "c.jsonl").write_text('{"id": "c1", "text": "Line one."}\n{"id": "c2", "text": "Line two."}\n')
    write_warc(root / "sub" / "d.warc.gz", {"http://a.example/1": "<html><body><p>An archived story.</p></body></html>",
                                            "http://a.example/2": "<html><body><p>Second archived page.</p></body></html>"})
    (root / "e.xml").write_text(FEED)
    (root / "f.bin").write_bytes(b"\x00\x01")  # not a text suffix: passed over
    (root / ".hidden.html").write_text("<p>hidden</p>")
    (root / ".git").mkdir()
    (root / ".git" / "x.html").write_text("<p>inside a hidden folder</p>")
    units = list(plan_sources([str(root)], fetcher=None))
    assert sum(u.count for u in units) == 1 + 2 + 2 + 1 + 1  # html, jsonl lines, warc pages, feed item, txt
    items = _items([str(root)])
    docs = [i for i in items if isinstance(i, RawDocument)]
    texts = " ".join(d.text for d in docs)
    assert "Page A" in texts and "Plain text B" in texts and "Line two" in texts
    assert "archived story" in texts and "item's own text" in texts
    assert "hidden" not in texts
    assert len(docs) == len(items) == 7


def test_sources_url_without_fetcher_and_missing_path_are_failures(tmp_path: Path) -> None:
    items = _items(["http://offline.invalid/x", str(tmp_path / "nope")])
    assert all(isinstance(i, Failure) for i in items)
    assert "turned off" in items[0].message and "no such file or folder" in items[1].message


def test_sources_url_page_and_feed(local_site) -> None:
    page = local_site.add("/story", "<html><body><p>A fetched story.</p></body></html>")
    feed = local_site.add("/rss", FEED.replace("http://offline.invalid/1", page), content_type="application/rss+xml")
    with Fetcher(timeout=5, retries=0) as fetcher:
        units = list(plan_sources([page, feed], fetcher=fetcher))
        assert [u.url for u in units] == [None, page]  # a feed item names the page it will fetch
        items = [i for u in units for i in u.items()]
    assert [type(i).__name__ for i in items] == ["RawDocument", "RawDocument"]
    assert all("A fetched story" in i.text for i in items if isinstance(i, RawDocument))
