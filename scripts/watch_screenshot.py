"""Screenshot of the web app with a saved watch and its matches (docs/img/web-watch.png).

    python scripts/watch_screenshot.py http://127.0.0.1:8765/ docs/img/web-watch.png

Needs Debian's chromium and playwright (pip install '.[e2e]'); the server is one started with
``hadath serve`` on a store that ``hadath watch`` filled (e.g. against tests/watch_server.py).
It picks Syria in the filters, so the map, list and the latest matches show together.
"""
from __future__ import annotations

import sys

from playwright.sync_api import sync_playwright


def main(url: str, out: str) -> None:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                              args=["--no-sandbox", "--disable-gpu"])
        pg = b.new_page(viewport={"width": 1360, "height": 1250})
        pg.goto(url)
        pg.wait_for_selector("body[data-ready='1']", timeout=30000)
        pg.select_option("#f-country", "Syria")
        pg.wait_for_timeout(1500)
        pg.wait_for_selector("#alerts li", timeout=10000)
        pg.screenshot(path=out, full_page=True)
        b.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
