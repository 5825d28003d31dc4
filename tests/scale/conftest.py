"""Fixtures for the batch tests: a small corpus written here, and one 2-worker LocalCluster per module."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

_PEOPLE = [
    ("Mayor Jane Holloway", "the city council"), ("union leader Tom Baker", "the port authority"),
    ("minister Paul Grant", "the treasury"), ("Dr. Amira Solano", "the health board"),
    ("coach Liam O'Neill", "the football club"), ("Senator Ruth Adeyemi", "the committee"),
]


def article_text(i: int, *, paragraphs: int = 3) -> str:
    """A made-up news article with direct and reported speech; ``paragraphs`` sets its length."""
    speaker, body = _PEOPLE[i % len(_PEOPLE)]
    parts = [f"Report {i}: {body} meets again", ""]
    for p in range(paragraphs):
        parts.append(
            f"{body.capitalize()} met on day {p + 1} of the talks over plan number {i}. "
            f'"We are not going to accept cuts of this size," {speaker} said on Tuesday. '
            f"{speaker.split()[-1]} added that the plan would be reviewed before the spring. "
            f'According to officials, the vote could come "as early as next week". '
            f"Others said the talks had stalled over funding, and a decision was not expected soon."
        )
        parts.append("")
    return "\n".join(parts)


def write_warc(path: Path, texts: list[str]) -> None:
    """A gzipped WARC: one 200 HTML response per text, plus a request and a 404 to skip."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)

        def response(uri: str, body: bytes, status: str = "200 OK") -> None:
            http = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8"),
                                             ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          length=len(body), http_headers=http))

        for i, text in enumerate(texts):
            if i == 1:
                req = StatusAndHeaders("GET /x HTTP/1.1", [("Host", "news.example")], is_http_request=True)
                writer.write_record(writer.create_warc_record("https://news.example/x", "request",
                                                              http_headers=req))
            paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
            html = f"<html><head><title>Story {i}</title></head><body><article>{paras}</article></body></html>"
            response(f"https://news.example/story/{i}", html.encode())
        response("https://news.example/gone", b"<html><body>gone</body></html>", "404 Not Found")


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A folder of text and HTML files (one empty, one binary), a JSONL file with two bad lines, a WARC."""
    root = tmp_path_factory.mktemp("corpus")
    docs = root / "docs"
    (docs / "sub").mkdir(parents=True)
    for i in range(3):
        (docs / f"note-{i}.txt").write_text(article_text(i), encoding="utf-8")
    for i in range(3, 5):
        paras = "".join(f"<p>{p}</p>" for p in article_text(i).split("\n\n"))
        (docs / "sub" / f"page-{i}.html").write_text(
            f"<html><head><title>Page {i}</title></head><body><article>{paras}</article></body></html>",
            encoding="utf-8")
    (docs / "empty.txt").write_text("", encoding="utf-8")  # fails: empty input
    (docs / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))  # fails: binary
    (docs / "skipped.csv").write_text("a,b\n1,2\n", encoding="utf-8")  # not read from a folder
    lines = [json.dumps({"id": f"j{i}", "text": article_text(10 + i), "publisher": "The Example Times",
                         "date": "2025-03-0{}".format(i % 9 + 1)}) for i in range(7)]
    lines.insert(3, "{not json")  # fails: invalid JSON, on line 4
    lines.insert(6, json.dumps({"id": "no-body"}))  # fails: neither text nor html
    (root / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_warc(root / "crawl.warc.gz", [article_text(20 + i) for i in range(4)])
    return {"root": root, "docs": docs, "jsonl": root / "news.jsonl", "warc": root / "crawl.warc.gz"}


@pytest.fixture(scope="session")
def finished(corpus: dict[str, Path], nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A batch folder of the corpus, its partitions run one after another in this process (no cluster)."""
    from quotegraph.scale import plan_batch, run_partition

    out = tmp_path_factory.mktemp("finished")
    plan = plan_batch([corpus["docs"], corpus["jsonl"], corpus["warc"]], out, partition_size=4)
    for part in plan.partitions:
        run_partition(part, str(out))
    return out


@pytest.fixture(scope="session")
def make_article() -> Callable[..., str]:
    """:func:`article_text`, for tests that need longer articles of their own."""
    return article_text


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """A client of a LocalCluster with 2 worker processes, one thread each, shared by a test module."""
    from quotegraph.scale import open_client

    with open_client(workers=2, memory_limit="2GB", dashboard_address=":0") as c:
        yield c
