"""Corpora for the serve tests: the demo articles plus one hostile article, built by hand."""

from __future__ import annotations

from pathlib import Path

from quotegraph.article import Article
from quotegraph.store import Store
from quotegraph.web import demo_articles
from quotegraph.web._demo import DemoQuote, build_article

#: Would set ``window.__pwned`` if the page ran it.
SCRIPT = "<script>window.__pwned = 1</script>"
IMG = "<img src=x onerror=\"window.__pwned = 2\">"
HOSTILE_TITLE = "Hostile <b>title</b> & friends"


def hostile_article() -> Article:
    """An article whose text, speaker name, cue and boilerplate carry script payloads."""
    return build_article(
        id="xss-1",
        title=HOSTILE_TITLE,
        url="javascript:window.__pwned=3",
        published="2026-06-01",
        publisher="Evil <i>Press</i>",
        paragraphs=[
            f"A reader sent this: {SCRIPT} and also {IMG} to the desk.",
            f"\u201cNever trust {SCRIPT} in a quote,\u201d said Mallory <Hacker>.",
        ],
        people={"e1": ("Mallory <Hacker>", "PERSON", ["<Hacker>"])},
        quotes=[DemoQuote(f"Never trust {SCRIPT} in a quote", "e1", "said", "Mallory <Hacker>")],
        removed=[(f"Footer {IMG}", "boilerplate"), ("<iframe src=//evil.example></iframe>", "navigation")],
    )


def build_corpus(path: Path, *, hostile: bool = True) -> dict[str, int]:
    """Store the demo articles (and the hostile one) at ``path``; returns article id by document id."""
    ids: dict[str, int] = {}
    with Store(path) as store:
        for article in demo_articles() + ([hostile_article()] if hostile else []):
            ids[str(article.id)] = store.add_article(article).article_id
    return ids
