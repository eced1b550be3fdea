"""The web page in headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Starts ``hadath serve`` as a subprocess on 127.0.0.1 (a free port) over a store
filled like tests/test_web_api.py, then: loads the page, filters, brushes the
timeline, opens an event and checks the highlighted evidence and mentions,
opens a fused cluster, pastes an article, and checks that an article holding
``<script>`` markup is shown as text and never run. Every request the page
makes must stay on the server (no CDN).

Screenshots of the main views go to docs/img/ only when HADATH_SCREENSHOTS=1.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = os.environ.get("HADATH_CHROMIUM", "/usr/bin/chromium")
if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
    pytest.skip(f"chromium not found at {CHROMIUM} (apt-get install -y chromium); browser tests skipped",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="playwright not installed (pip install -e '.[e2e]'); browser tests skipped")
pytest.importorskip("fastapi", reason="the web app needs fastapi")

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the fixture builder is shared with the API tests
from test_web_api import SCRIPT_ARTICLE, SECOND_REPORT, TOKEN, build_store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHOTS = os.environ.get("HADATH_SCREENSHOTS") == "1"
IMG = ROOT / "docs" / "img"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage"]
PASTED = ("قالت مصادر محلية إن طائرات التحالف الدولي شنت اليوم غارات على مواقع لتنظيم داعش في بلدة "
          "الباغوز بريف دير الزور، ما أدى إلى مقتل أربعة عناصر من التنظيم.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str):
    with urllib.request.urlopen(url, timeout=5) as r:  # noqa: S310 - loopback only
        return json.loads(r.read())


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("e2e") / "events.db"
    store, expected = build_store(db)
    store.close()
    port = _free_port()
    env = dict(os.environ, HADATH_TOKEN=TOKEN, PYTHONUNBUFFERED="1")
    log = open(db.with_suffix(".log"), "w")
    proc = subprocess.Popen([sys.executable, "-m", "hadath", "serve", "--db", str(db), "--host", "127.0.0.1",
                             "--port", str(port), "--log-level", "warning"],
                            stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            if proc.poll() is not None:
                raise RuntimeError("hadath serve exited: " + db.with_suffix(".log").read_text())
            try:
                if _get(base + "/api/health")["ok"]:
                    break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("hadath serve did not start in 15 s")
        yield base, expected
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser_ctx(tmp_path_factory):
    with sync_api.sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, headless=True,
            args=ARGS, viewport={"width": 1360, "height": 900}, locale="en-US",
            reduced_motion="reduce")
        yield ctx
        ctx.close()


@pytest.fixture
def page(browser_ctx, server):
    base, _ = server
    pg = browser_ctx.new_page()
    host = urlparse(base).netloc
    outside: list[str] = []
    problems: list[str] = []

    def guard(route):
        if urlparse(route.request.url).netloc != host:
            outside.append(route.request.url)
            return route.abort()
        return route.continue_()
    pg.route("**/*", guard)
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))

    def console(m):  # the wrong-token step answers 401 on purpose; anything else is a fault
        if m.type == "error" and "401 (Unauthorized)" not in m.text:
            problems.append(f"console {m.type}: {m.text}")
    pg.on("console", console)
    pg.goto(base + "/")
    pg.wait_for_selector("body[data-ready='1']", timeout=15000)
    yield pg
    assert not outside, f"the page reached outside the server: {outside}"
    assert not problems, problems
    pg.close()


def _shot(pg, name: str, full: bool = False, selector: str | None = None):
    if SHOTS:
        IMG.mkdir(parents=True, exist_ok=True)
        if selector:
            pg.locator(selector).screenshot(path=str(IMG / name))
        else:
            pg.screenshot(path=str(IMG / name), full_page=full)


def _list_ids(pg) -> list[str]:
    return pg.eval_on_selector_all("#events .ev-button", "bs => bs.map(b => b.dataset.id)")


def _total(base: str) -> int:
    return _get(base + "/api/events?limit=1")["total"]


def _wait_list(pg, n: int):
    pg.wait_for_function("n => document.querySelectorAll('#events .ev-button').length === n", arg=n, timeout=10000)


PAGE = 50   # events the list shows before "More"


def _expect_list(pg, ids: set[str]) -> None:
    """The list shows exactly ``ids``, or its first page of them when there are more."""
    # The count says the filter's total once its results are in (the list may still hold
    # a page of the previous results, of the same length).
    pg.wait_for_function("n => document.getElementById('count').textContent.trim().startsWith(String(n) + ' ')"
                         " || document.getElementById('count').textContent.trim() === String(n)",
                         arg=len(ids), timeout=10000)
    _wait_list(pg, min(PAGE, len(ids)))
    shown = set(_list_ids(pg))
    assert shown == ids if len(ids) <= PAGE else shown <= ids


def test_load_map_timeline_and_list(page, server):
    base, expected = server
    geo = [e for e in expected if e["latitude"] is not None]
    assert page.locator("#map path.country").count() > 150
    assert page.locator("#map path.adm1").count() == 14
    page.wait_for_function("n => document.querySelectorAll('#map circle.pt').length === n", arg=len(geo))
    assert page.locator("#timeline rect.bar").count() > 5
    _wait_list(page, min(50, _total(base)))
    assert page.locator("#count").inner_text().startswith(str(_total(base)))
    # points are sized by fatalities: the deadliest event of the store has the biggest point
    radii = page.eval_on_selector_all("#map circle.pt", "cs => cs.map(c => [+c.dataset.f, +c.getAttribute('r')])")
    biggest = max(radii, key=lambda fr: fr[1])
    assert biggest[0] == max(f for f, _ in radii) == max(e["fatalities"] or 0 for e in geo) > 0
    # zoom buttons change the view
    vb = page.get_attribute("#map", "viewBox")
    page.click("#zoom-in")
    assert page.get_attribute("#map", "viewBox") != vb
    page.click("#zoom-reset")
    # wheel zooms in (the view gets narrower), dragging pans (same width, moved)
    mb = page.locator("#map").bounding_box()
    cx, cy = mb["x"] + mb["width"] / 2, mb["y"] + mb["height"] / 2
    w0 = float(page.get_attribute("#map", "viewBox").split()[2])
    page.mouse.move(cx, cy)
    page.mouse.wheel(0, -300)
    page.wait_for_function("w => +document.getElementById('map').getAttribute('viewBox').split(' ')[2] < w", arg=w0)
    x1, _, w1, _ = map(float, page.get_attribute("#map", "viewBox").split())
    page.mouse.move(cx + 100, cy + 40)
    page.mouse.down()
    page.mouse.move(cx - 50, cy, steps=5)
    page.mouse.up()
    x2, _, w2, _ = map(float, page.get_attribute("#map", "viewBox").split())
    assert w2 == w1 and x2 > x1
    page.click("#zoom-reset")
    _shot(page, "web-map.png")


def test_filters_narrow_map_and_list(page, server):
    _, expected = server
    page.select_option("#f-country", "Libya")
    libya = [e for e in expected if e["country"] == "Libya"]
    _expect_list(page, {e["event_id"] for e in libya})
    page.wait_for_function("n => document.querySelectorAll('#map circle.pt').length === n",
                           arg=sum(1 for e in libya if e["latitude"] is not None))
    page.click("#f-reset")
    _wait_list(page, min(50, _total(server[0])))
    page.select_option("#f-type", "Battles")
    battles = [e for e in expected if e["event_type"] == "Battles"]
    _expect_list(page, {e["event_id"] for e in battles})
    page.select_option("#f-type", "")
    page.fill("#f-actor", "Islamic State")
    page.press("#f-actor", "Enter")
    isis = [e for e in expected if "Islamic State" in (e["actor1"] or "", e["actor2"] or "")]
    _expect_list(page, {e["event_id"] for e in isis})


def test_brushing_the_timeline_filters_by_date(page, server):
    _, expected = server
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] * 0.5
    # drag over the right-most fifth: the 2019 Baghuz events (the latest dates)
    page.mouse.move(box["x"] + box["width"] * 0.80, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.90, y, steps=4)
    page.mouse.move(box["x"] + box["width"] - 2, y, steps=4)
    page.mouse.up()
    page.wait_for_function("() => document.getElementById('f-since').value !== ''")
    since, until = page.input_value("#f-since"), page.input_value("#f-until")
    # this store spans years, so the page draws months: the axis ends with the last month's end
    assert since <= until <= "2019-03-31"
    want = {e["event_id"] for e in expected if e["event_date"] and since <= e["event_date"] <= until}
    assert want
    _expect_list(page, want)
    assert float(page.get_attribute("#brush", "width")) > 10
    page.click("#brush-clear")
    _wait_list(page, min(50, _total(server[0])))


def test_event_shows_record_and_highlighted_evidence(page, server):
    _, expected = server
    ev = next(e for e in expected if e["doc_id"] == "seed-baghouz" and e["sub_event_type"] == "Arrests")
    page.fill("#f-text", "الباغوز")
    page.press("#f-text", "Enter")
    _wait_list(page, sum(1 for e in expected if e["doc_id"] in ("seed-baghouz", SECOND_REPORT["id"])))
    page.click(f"#events .ev-button[data-id='{ev['event_id']}']")
    page.wait_for_selector("#detail:not([hidden]) #article .ev-hl")
    art = page.locator("#article")
    assert art.get_attribute("dir") == "rtl"
    text = _get(server[0] + f"/api/events/{ev['event_id']}")["article"]["text"]
    assert art.text_content() == text
    hl = "".join(page.eval_on_selector_all("#article .ev-hl", "ss => ss.map(s => s.textContent)"))
    assert hl == "".join(text[a:b] for a, b in ev["evidence"])
    person = page.eval_on_selector_all("#article .m-person", "ss => ss.map(s => s.textContent)")
    assert "حسام الشلوف" in person
    places = page.eval_on_selector_all("#article .m-place", "ss => ss.map(s => s.textContent)")
    assert any("الباغوز" in p for p in places)
    # distinct styles for evidence and each mention kind
    styles = page.evaluate("""() => ['ev-hl','m-place','m-person'].map(c => {
        const s = getComputedStyle(document.querySelector('#article .' + c));
        return [s.backgroundColor, s.borderBottomStyle, s.borderBottomColor].join('|'); })""")
    assert len(set(styles)) == 3
    assert page.locator("#record").inner_text().count("Arrests") == 1
    assert page.locator(f"#map circle.pt.sel[data-id='{ev['event_id']}']").count() == 1
    _shot(page, "web-event.png", selector="#detail")


def test_fused_cluster_sources_side_by_side(page, server):
    _, expected = server
    second = next(e for e in expected if e["doc_id"] == SECOND_REPORT["id"])
    page.fill("#f-text", "مخيم الباغوز")
    page.press("#f-text", "Enter")
    page.wait_for_selector(f"#events .ev-button[data-id='{second['event_id']}']")
    page.click(f"#events .ev-button[data-id='{second['event_id']}']")
    page.wait_for_selector("#cluster .source-card")
    cards = page.locator("#cluster .source-card")
    assert cards.count() == 2
    both = cards.all_inner_texts()
    assert any(SECOND_REPORT["outlet"] in c for c in both) and any("العربي الجديد" in c for c in both)
    assert page.locator("#cluster .flag").count() >= 1
    assert page.locator("#cluster .figures .conflict").count() == 2
    # side by side on a laptop: the two cards share a row
    b0, b1 = cards.nth(0).bounding_box(), cards.nth(1).bounding_box()
    assert abs(b0["y"] - b1["y"]) < 2 and b0["x"] != b1["x"]
    _shot(page, "web-cluster.png", selector="#cluster")


def test_paste_an_article_and_store_it(page, server):
    base, _ = server
    api = json.loads(urllib.request.urlopen(urllib.request.Request(  # noqa: S310 - loopback
        base + "/api/extract", data=json.dumps({"text": PASTED, "published": "2019-03-10"}).encode(),
        headers={"Content-Type": "application/json"})).read())
    page.click("#tab-extract")
    page.fill("#x-text", PASTED)
    page.fill("#x-published", "2019-03-10")
    page.click("#x-go")
    page.wait_for_selector("#x-result:not([hidden])")
    assert page.locator("#x-article").text_content() == PASTED
    n = len(api["events"])
    if n:
        assert page.locator("#x-events .ev-button").count() == n
        assert page.locator("#x-article .ev-hl").count() >= 1
    else:
        assert page.locator("#x-events li.empty").count() == 1
    assert str(n) in page.locator("#x-status").inner_text()
    before = _get(base + "/api/health")
    _shot(page, "web-extract.png", selector="#view-extract")
    # store it with the token
    page.check("#x-store")
    page.fill("#x-token", "wrong")
    page.click("#x-go")
    page.wait_for_function("() => document.getElementById('x-status').classList.contains('error')")
    assert "token" in page.locator("#x-status").inner_text()
    page.fill("#x-token", TOKEN)
    page.click("#x-go")
    page.wait_for_function("() => /stored/.test(document.getElementById('x-status').textContent)")
    assert before["writable"] is True


def test_script_article_is_shown_not_run(page, server):
    _, expected = server
    ev = next(e for e in expected if e["doc_id"] == SCRIPT_ARTICLE["id"])
    page.fill("#f-text", "المسلحين فروا")
    page.press("#f-text", "Enter")
    page.wait_for_selector(f"#events .ev-button[data-id='{ev['event_id']}']")
    assert "<b>عنوان</b>" in page.locator("#events").inner_text()  # the title too is text
    page.click(f"#events .ev-button[data-id='{ev['event_id']}']")
    page.wait_for_selector("#detail:not([hidden]) #article .ev-hl")
    assert page.locator("#article").text_content() == SCRIPT_ARTICLE["text"]
    assert "<script>window.__hadath_pwned = 1;</script>" in page.locator("#article").inner_text()
    assert page.locator("#article script, #article img, #events b").count() == 0
    # pasted as well
    page.click("#tab-extract")
    page.fill("#x-text", SCRIPT_ARTICLE["text"])
    page.click("#x-go")
    page.wait_for_selector("#x-result:not([hidden])")
    assert page.locator("#x-article").text_content() == SCRIPT_ARTICLE["text"]
    assert page.locator("#x-article script, #x-article img").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__hadath_pwned") is None


def test_arabic_interface_and_phone_layout(page, server, browser_ctx):
    base, expected = server
    page.click("#lang-toggle")
    assert page.get_attribute("html", "dir") == "rtl" and page.get_attribute("html", "lang") == "ar"
    assert page.locator("#tab-explore").inner_text() == "استكشاف"
    assert "معارك" in page.locator("#legend").inner_text()
    assert "معارك" in page.locator("#events").inner_text()  # the list is relabelled too
    assert "الخريطة" in page.locator("#map-note").inner_text()
    page.wait_for_selector("#map circle.pt")
    _shot(page, "web-arabic.png")
    # the choice is remembered; switch back for the other tests
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    assert page.get_attribute("html", "dir") == "rtl"
    page.click("#lang-toggle")
    assert page.get_attribute("html", "dir") == "ltr"
    # phone: one column, no horizontal scrolling
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 392
    m, lst = page.locator(".map-panel").bounding_box(), page.locator(".list-panel").bounding_box()
    assert lst["y"] > m["y"] + m["height"] - 1
    _wait_list(page, min(50, _total(base)))
    _shot(page, "web-phone.png")
    page.click("#events .ev-button >> nth=0")
    page.wait_for_selector("#detail:not([hidden]) #article .ev-hl")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 392


def test_api_docs_render_offline(page, server):
    base, _ = server
    page.goto(base + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    paths = page.eval_on_selector_all(".opblock-summary-path", "ps => ps.map(p => p.textContent.trim())")
    for p in ("/api/events", "/api/extract", "/api/articles", "/api/clusters/{cluster_id}"):
        assert any(p in x for x in paths), (p, paths)
