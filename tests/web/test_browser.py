"""The pages in a real browser: Debian's chromium, headless, against a server on 127.0.0.1."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quotegraph.api import create_app, serve_in_background
from quotegraph.core import extract

from .corpus import IMG, SCRIPT

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def base_url(corpus: tuple[Path, dict[str, int]]) -> Iterator[str]:
    with serve_in_background(create_app(corpus[0], read_only=True)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed; `make test` installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.on("dialog", lambda dialog: (errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield page
    context.close()
    assert errors == [], errors  # no script error, no blocked inline script, no alert


def test_search_then_article_shows_the_quote_highlighted(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.fill("input[name=q]", "cranes")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/?q=cranes*")
    hit = page.locator("li.hit").first
    assert "We want to see the cranes." in hit.inner_text()
    hit.locator("a.article-link").click()
    page.wait_for_url("**/articles/**")
    focus = page.locator("mark#focus")
    assert focus.inner_text() == "We want to see the cranes."
    assert focus.is_visible()
    background = focus.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert "Tomas Okafor" in (focus.get_attribute("title") or "")
    # clicking the quote picks out who said it in the side panel
    focus.click()
    item = page.locator(f"#quote-{focus.get_attribute('data-q')}")
    assert "active" in (item.get_attribute("class") or "")
    assert "Tomas Okafor" in item.inner_text()


def test_speaker_page_draws_the_timeline(page: Any, base_url: str) -> None:
    page.goto(base_url + "/?q=gauges")
    page.locator("li.hit a.who").first.click()
    page.wait_for_url("**/speakers/**")
    assert page.locator("h1").inner_text() == "Priya Raman"
    chart = page.locator("svg.timeline")
    box = chart.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 60
    bars = chart.locator("rect.bar")
    heights = [bars.nth(i).bounding_box()["height"] for i in range(bars.count())]
    assert len(heights) >= 10
    assert sum(h > 5 for h in heights) == 4  # four weeks with quotes, the rest empty


def test_hostile_article_renders_as_text_and_runs_nothing(page: Any, base_url: str,
                                                          corpus: tuple[Path, dict[str, int]]) -> None:
    page.goto(f"{base_url}/articles/{corpus[1]['xss-1']}")
    page.wait_for_load_state("load")
    assert page.evaluate("window.__pwned") is None
    body = page.locator(".article-text")
    assert SCRIPT in body.inner_text() and IMG in body.inner_text()
    assert body.locator("script, img").count() == 0
    assert page.locator("h1").inner_text() == "Hostile <b>title</b> & friends"
    assert page.locator("a.source").count() == 0  # a javascript: URL is never linked
    page.locator("details.removed summary").click()
    removed = page.locator("details.removed").inner_text()
    assert IMG in removed and "<iframe src=//evil.example></iframe>" in removed
    assert page.locator("iframe").count() == 0
    page.locator("mark.quote").first.click()
    assert page.evaluate("window.__pwned") is None


@pytest.mark.model
def test_add_page_extracts_stores_and_links_the_article(page: Any, writable_db: Path, nlp: Any) -> None:
    app = create_app(writable_db, extractor=functools.partial(extract, model=nlp))
    text = ('The ferry will run again from Monday, the operator said.\n\n'
            '"We are ready to sail," said Marta Olsen, who runs the ferry company.')
    with serve_in_background(app) as url:
        page.goto(url + "/add")
        page.fill("textarea[name=text]", text)
        page.click("form.add button[type=submit]")
        page.wait_for_selector("p.notice.ok")
        marked = page.locator(".article-text mark.quote").all_inner_texts()
        assert any(m.startswith("We are ready to sail") for m in marked)
        page.locator("p.notice.ok a").click()
        page.wait_for_url("**/articles/**")
        assert "Marta Olsen" in page.locator(".article-text").inner_text()
        assert page.locator(".article-text mark.quote").count() == len(marked)
