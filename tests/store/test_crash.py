"""Crash safety: SIGKILL while writing, then the same work again, gives the database of a clean run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from .conftest import corpus_rows

# Adds N hand-built articles in order, skipping what is stored, as `quotegraph ingest` does.
SCRIPT = textwrap.dedent('''
    import sys
    from quotegraph.article import Article, Entity, Quote, Span
    from quotegraph.store import Store

    db, n = sys.argv[1], int(sys.argv[2])
    people = ["Keir Starmer", "Boris Johnson", "Jo Johnson", "Emmanuel Macron", "Olaf Scholz"]
    with Store(db) as store:
        for i in range(n):
            name = people[i % len(people)]
            line = f"Statement {i} on topic {i * 7 % 13} from the capital"
            text = f'"{line}," {name} said on day {i}. ' + " ".join(f"word{i}x{j}" for j in range(40))
            start = text.index(name)
            article = Article(
                text=text, id=str(i), url=f"https://news{i % 3}.example/{i}",
                published=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", publisher=f"Paper {i % 3}",
                entities=[Entity("e1", name, "PERSON", [Span(start, start + len(name), name)])],
                quotes=[Quote("direct", Span(1, 1 + len(line), line), speaker="e1", speaker_name=name,
                              speaker_mention=Span(start, start + len(name), name), resolution="name")],
            )
            if i % 10 == 9:  # a syndicated copy of the previous article
                article.url = f"https://partner.example/{i}"
                article.text = text_prev + " Reprinted with permission."
                article.quotes, article.entities = quotes_prev, entities_prev
            text_prev, quotes_prev, entities_prev = article.text, article.quotes, article.entities
            store.add_article(article)
''')

N = 200


def _run(db: Path, *, kill_after: int | None = None) -> bool:
    """Run the script; with ``kill_after``, SIGKILL it once that many articles are stored. True if killed."""
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(db), str(N)])
    if kill_after is None:
        assert proc.wait(timeout=120) == 0
        return False
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=0.1)
            try:
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.Error:
            stored = 0
        if stored >= kill_after:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.002)
    proc.wait(timeout=120)
    return False


@pytest.mark.slow
def test_crash_sigkill_then_rerun_equals_clean_run(tmp_path: Path) -> None:
    clean = tmp_path / "clean.db"
    _run(clean)
    crashed = tmp_path / "crashed.db"
    kills = sum(_run(crashed, kill_after=k) for k in (5, 90))
    assert kills >= 1, "the writer finished before it could be killed; raise N"
    _run(crashed)
    expected = corpus_rows(clean)
    assert len(expected["articles"]) == N and len(expected["quotes"]) == N
    assert corpus_rows(crashed) == expected
