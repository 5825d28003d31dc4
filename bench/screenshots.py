"""Screenshots of the search, speaker and article pages over the demo corpus, into docs/img/.

    .venv/bin/python bench/screenshots.py [--out docs/img]

Drives Debian's chromium (``/usr/bin/chromium``) headless through Playwright;
the server runs on 127.0.0.1 on a free port for the length of the run.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from quotegraph.api import create_app, serve_in_background
from quotegraph.store import Store
from quotegraph.web import demo_articles

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "docs" / "img")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        with Store(db) as store:
            for article in demo_articles():
                store.add_article(article)
        with serve_in_background(create_app(db, read_only=True)) as base, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 860}, device_scale_factor=1)
            shots = {
                "search.png": f"{base}/?q=wall",
                "speaker.png": f"{base}/speakers/1",
                "article.png": f"{base}/articles/1",
            }
            for name, url in shots.items():
                page.goto(url)
                page.screenshot(path=str(args.out / name), full_page=False)
                print(f"wrote {args.out / name}")
            browser.close()


if __name__ == "__main__":
    main()
