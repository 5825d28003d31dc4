"""Golden test: one complete scraped article, end to end, against hand-made expectations.

The article (``examples/ceasefire-call.txt``) was written for this test in the
style of a scraped UK news page: consent text, related links, a caption and
promos inside the story; a quote over two paragraphs; indirect speech; scare
quotes; and one person named five ways.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quotegraph

pytestmark = pytest.mark.model

HERE = Path(__file__).resolve().parent
ARTICLE = HERE.parent.parent / "examples" / "ceasefire-call.txt"
EXPECTED = json.loads((HERE / "ceasefire-call.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def article(nlp) -> quotegraph.Article:
    return quotegraph.extract(ARTICLE.read_bytes(), published="2025-03-15", publisher="Sky News", model=nlp)


def test_golden_boilerplate_removed_story_kept(article) -> None:
    for gone in EXPECTED["text_excludes"]:
        assert gone not in article.text
    for kept in EXPECTED["text_includes"]:
        assert kept in article.text
    reasons = " ".join(r.reason for r in article.removed)
    for word in EXPECTED["removed_reasons_include"]:
        assert word in reasons


def test_golden_offsets_index_the_text(article) -> None:
    for q in article.quotes:
        for span in [q.content, *q.content_parts, q.cue, q.speaker_mention]:
            if span is not None:
                assert article.text[span.start:span.end] == span.text
    for e in article.entities:
        for m in e.mentions:
            assert article.text[m.start:m.end] == m.text


def _find(article, prefix: str):
    return next((q for q in article.quotes if q.content.text.startswith(prefix)), None)


@pytest.mark.parametrize("want", EXPECTED["quotes"], ids=lambda w: w["content_starts"][:30])
def test_golden_quote(article, want) -> None:
    q = _find(article, want["content_starts"])
    assert q is not None, [x.content.text[:40] for x in article.quotes]
    assert q.kind == want["kind"]
    if "cue" in want:
        assert q.cue is not None and q.cue.text == want["cue"]
    assert q.speaker_name == want["speaker_name"]
    if "speaker_mention" in want:
        assert q.speaker_mention is not None and q.speaker_mention.text == want["speaker_mention"]
    if "content_includes" in want:
        assert want["content_includes"] in q.content.text


def test_golden_scare_quotes_are_not_quotes(article) -> None:
    for q in article.quotes:
        assert q.content.text not in ("yes, but", "coalition of the willing", "operational phase")


@pytest.mark.parametrize("want", EXPECTED["entities"], ids=lambda w: w["name"])
def test_golden_entity(article, want) -> None:
    entity = next((e for e in article.entities if e.name == want["name"]), None)
    assert entity is not None, [e.name for e in article.entities]
    assert entity.type == want["type"]
    mentions = {m.text for m in entity.mentions}
    for m in want["mentions_include"]:
        assert m in mentions
