"""HTTP API of ``hadath serve`` (hadath/web/app.py), through FastAPI's TestClient
on a temporary SQLite store filled with real Arabic articles.

The articles are the gold dev set (``../shared/gold/dev.jsonl``) stored with their
gold events (so the API is tested independently of the coder's progress) and the
mentions the pipeline finds plus place/person mentions taken from the gold
fields. Two articles written for these tests are added: a second report of the
Baghuz shelling with a different death toll (a fused cluster with a figures
conflict) and an article whose text contains HTML/JS markup.
"""
from __future__ import annotations

import json
import os
import warnings
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")

fastapi = pytest.importorskip("fastapi", reason="the web app needs fastapi (pip install -e '.[test]')")
from fastapi.testclient import TestClient  # noqa: E402

import hadath  # noqa: E402
from hadath.types import EVENT_FIELDS, Event, Mention  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GOLD_DEV = Path(os.environ.get("HADATH_SHARED", ROOT.parent / "shared")) / "gold" / "dev.jsonl"
TOKEN = "test-token-3f9a"

# Written for these tests: a second outlet's account of the shelling of the Baghuz camp
# (gold: 3 killed, this report: 5 killed).
SECOND_REPORT = {
    "id": "test-baghouz-second-report",
    "published": "2019-03-12",
    "outlet": "مرصد تجريبي",
    "title": "قصف على مخيم الباغوز",
    "text": ("أفادت مصادر ميدانية بأن تنظيم \"داعش\" قصف بقذائف الهاون مواقع \"قوات سورية الديمقراطية\" "
             "قرب مخيم الباغوز اليوم، ما أسفر عن مقتل خمسة من عناصرها."),
}
SECOND_EVENT = {
    "event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
    "event_date": "2019-03-12", "time_precision": 1, "actor1": "Islamic State", "inter1": 2,
    "actor2": "Syrian Democratic Forces", "inter2": 2, "country": "Syria", "admin1": "Deir ez-Zor",
    "admin2": "Abu Kamal", "location": "Baghuz Fawqani", "location_text": "مخيم الباغوز",
    "latitude": 34.4586, "longitude": 40.9506, "geo_precision": 2, "fatalities": 5, "injuries": 0,
    "quantity": None, "attribution": "local sources", "certainty": "reported", "persons": [],
}

# Markup in an article must come back as data and be shown as text, never run.
SCRIPT_ARTICLE = {
    "id": "test-script-article",
    "published": "2017-02-01",
    "outlet": "اختبار",
    "title": "<b>عنوان</b>",
    "text": ("قتل مسلحون مجهولون ثلاثة مدنيين في مدينة حلب أمس. "
             "<script>window.__hadath_pwned = 1;</script>"
             "<img src=x onerror=\"window.__hadath_pwned = 2\"> وقال شهود إن المسلحين فروا."),
}
SCRIPT_EVENT = {
    "event_type": "Violence against civilians", "sub_event_type": "Attack", "event_date": "2017-01-31",
    "time_precision": 1, "actor1": "Unidentified Armed Group", "inter1": 3, "actor2": "Civilians",
    "inter2": 7, "country": "Syria", "admin1": "Aleppo", "admin2": "Jebel Saman", "location": "Aleppo",
    "location_text": "حلب", "latitude": 36.2021, "longitude": 37.1343, "geo_precision": 1,
    "fatalities": 3, "injuries": 0, "quantity": None, "attribution": "the article", "certainty": "asserted",
    "persons": [],
}


def _gold_articles() -> list[dict]:
    if not GOLD_DEV.exists():
        pytest.skip(f"gold dev set not found at {GOLD_DEV} (set HADATH_SHARED to the shared/ folder)")
    out, seen = [], set()
    for line in GOLD_DEV.read_text(encoding="utf-8").splitlines():
        if line.strip():
            a = json.loads(line)
            if a["id"] not in seen:
                seen.add(a["id"])
                out.append(a)
    return out


def _document(article: dict, events: list[dict]) -> hadath.Document:
    """The pipeline's document for the article, with the given (gold) events and
    mentions for their places and persons added where the text names them."""
    doc = hadath.extract(article["text"], article.get("published"), doc_id=article["id"],
                         outlet=article.get("outlet"), title=article.get("title") or None)
    text = article["text"]
    evs, extra = [], []
    for g in events:
        ev = Event(**{k: g.get(k) for k in EVENT_FIELDS if k in g})
        ev.evidence = [list(s) for s in g.get("evidence") or [[0, len(text)]]]
        ev.persons = list(g.get("persons") or [])
        ev.doc_id = article["id"]
        ev.assign_id()
        evs.append(ev)
        for a, b in ev.evidence:
            for kind, word in [("place", ev.location_text)] + [("person", p) for p in ev.persons]:
                if word:
                    i = text.find(word, a, b)
                    if i >= 0:
                        extra.append(Mention(kind, i, i + len(word), word, {"name": ev.location if kind == "place" else word}))
    have = {(m.kind, m.start, m.end) for m in doc.mentions}
    doc.mentions = sorted(list(doc.mentions) + [m for m in extra if (m.kind, m.start, m.end) not in have],
                          key=lambda m: (m.start, m.end))
    doc.events = evs
    return doc


def build_store(path: Path):
    """A store at ``path`` with the gold dev articles and the two test articles.
    Returns ``(store, expected)`` where ``expected`` lists every stored event dict."""
    from hadath.store import open_store
    store = open_store(str(path))
    expected = []
    items = [(a, a["events"]) for a in _gold_articles()]
    items.append((SECOND_REPORT, [dict(SECOND_EVENT, evidence=[[0, len(SECOND_REPORT["text"])]])]))
    st = SCRIPT_ARTICLE["text"]
    items.append((SCRIPT_ARTICLE, [dict(SCRIPT_EVENT, evidence=[[0, st.index(".") + 1]])]))
    for art, evs in items:
        doc = _document(art, evs)
        res = store.ingest_document(doc)
        assert res.status == "inserted", res
        expected.extend(dict(e.to_dict(), outlet=art.get("outlet")) for e in doc.events)
    return store, expected


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    store, expected = build_store(tmp_path_factory.mktemp("web") / "events.db")
    yield store, expected
    store.close()


@pytest.fixture(scope="module")
def client(filled):
    from hadath.web.app import create_app
    with TestClient(create_app(filled[0], token=TOKEN)) as c:
        yield c


@pytest.fixture(scope="module")
def expected(filled):
    return filled[1]


def _all(client, **params):
    r = client.get("/api/events", params=dict(params, limit=1000))
    assert r.status_code == 200, r.text
    return r.json()


# ----------------------------------------------------------------------------- reading

def test_events_lists_everything_newest_first(client, expected):
    body = _all(client)
    assert body["total"] == len(expected) == len(body["items"])
    assert {e["event_id"] for e in body["items"]} == {e["event_id"] for e in expected}
    dates = [e["event_date"] for e in body["items"] if e["event_date"]]
    assert dates == sorted(dates, reverse=True)
    from hadath.web.app import EventsPage
    EventsPage.model_validate(body)  # the documented shape (OpenAPI) is the real one
    one = body["items"][0]
    for k in EVENT_FIELDS + ("event_id", "doc_id", "cluster_id", "outlet", "published"):
        assert k in one


@pytest.mark.parametrize("param,value,pred", [
    ("type", "Battles", lambda e: e["event_type"] == "Battles"),
    ("type", "Air/drone strike", lambda e: e["sub_event_type"] == "Air/drone strike"),
    ("country", "syria", lambda e: e["country"] == "Syria"),
    ("country", "Libya", lambda e: e["country"] == "Libya"),
    ("admin1", "Deir ez-Zor", lambda e: e["admin1"] == "Deir ez-Zor"),
    ("actor", "islamic", lambda e: "islamic" in f"{e['actor1']} {e['actor2']}".lower()),
    ("since", "2017-01-01", lambda e: (e["event_date"] or "") >= "2017-01-01"),
    ("until", "2016-06-30", lambda e: e["event_date"] is not None and e["event_date"] <= "2016-06-30"),
])
def test_event_filters_match_expected(client, expected, param, value, pred):
    body = _all(client, **{param: value})
    want = {e["event_id"] for e in expected if pred(e)}
    assert want, "the fixture should have events for this filter"
    assert {e["event_id"] for e in body["items"]} == want
    assert body["total"] == len(want)


def test_filters_combine_and_bbox(client, expected):
    body = _all(client, country="Syria", type="Explosions/Remote violence", since="2019-01-01")
    assert body["total"] == sum(1 for e in expected if e["country"] == "Syria" and e["event_date"] >= "2019-01-01"
                                and e["event_type"] == "Explosions/Remote violence") == 3
    # a box around Baghuz: only events with coordinates inside it
    box = _all(client, bbox="40.5,34.0,41.5,35.0")
    want = {e["event_id"] for e in expected if e["latitude"] is not None
            and 40.5 <= e["longitude"] <= 41.5 and 34.0 <= e["latitude"] <= 35.0}
    assert {e["event_id"] for e in box["items"]} == want and len(want) == 6
    # free text searches the article text
    txt = _all(client, text="الباغوز")
    assert {e["doc_id"] for e in txt["items"]} == {"seed-baghouz", SECOND_REPORT["id"]}


def test_pagination_is_disjoint_and_ordered(client):
    full = client.get("/api/events", params={"limit": 6}).json()["items"]
    p1 = client.get("/api/events", params={"limit": 3, "offset": 0}).json()
    p2 = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert [e["event_id"] for e in p1["items"] + p2["items"]] == [e["event_id"] for e in full]
    assert p1["limit"] == 3 and p2["offset"] == 3 and p1["total"] == p2["total"] > 6
    past = client.get("/api/events", params={"offset": 10_000}).json()
    assert past["items"] == [] and past["total"] == p1["total"]


@pytest.mark.parametrize("params,word", [
    ({"limit": 0}, "limit"), ({"limit": 5000}, "limit"), ({"offset": -1}, "offset"),
    ({"limit": "ten"}, "limit"), ({"since": "yesterday"}, "since"), ({"until": "2019-02-30"}, "until"),
    ({"bbox": "1,2,3"}, "bbox"), ({"bbox": "10,50,20,40"}, "bbox"),
    ({"since": "2019-01-02", "until": "2019-01-01"}, "since"),
])
def test_bad_query_parameters_give_422_with_reason(client, params, word):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/json")
    assert word in r.json()["error"]


def test_get_event_has_article_mentions_and_evidence(client, expected):
    ev = next(e for e in expected if e["doc_id"] == "seed-baghouz" and e["sub_event_type"] == "Arrests")
    r = client.get(f"/api/events/{ev['event_id']}")
    assert r.status_code == 200
    d = r.json()
    from hadath.web.app import EventDetail
    EventDetail.model_validate(d)
    text = d["article"]["text"]
    assert d["evidence"] == ev["evidence"] == [[1420, 1727], [1929, 2036]]
    assert d["evidence_text"] == [text[a:b] for a, b in ev["evidence"]]
    assert d["persons"] == ["حسام الشلوف"]
    kinds = {m["kind"] for m in d["mentions"]}
    assert {"place", "person"} <= kinds
    for m in d["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]


def test_unknown_ids_give_404_json(client):
    for path in ("/api/events/0000000000000000", "/api/clusters/c-nope", "/api/nothing-here"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert r.json()["error"]


def test_fused_cluster_shows_every_source_and_the_conflict(client, expected):
    second = next(e for e in expected if e["doc_id"] == SECOND_REPORT["id"])
    d = client.get(f"/api/events/{second['event_id']}").json()
    cl = client.get(f"/api/clusters/{d['cluster_id']}")
    assert cl.status_code == 200
    c = cl.json()
    assert c["n_articles"] == 2 and len(c["members"]) == 2
    assert sorted(m["fatalities"] for m in c["members"]) == [3, 5]
    assert c["fatalities_conflict"] is True
    assert {m["outlet"] for m in c["members"]} == {"العربي الجديد", SECOND_REPORT["outlet"]}
    listed = client.get("/api/clusters", params={"admin1": "Deir ez-Zor", "limit": 100}).json()
    assert d["cluster_id"] in {x["cluster_id"] for x in listed["items"]}
    assert listed["total"] == len(listed["items"])


def test_timeline_counts_match_events(client, expected):
    rows = client.get("/api/timeline").json()["items"]
    assert sum(r["n"] for r in rows) == sum(1 for e in expected if e["event_date"])
    day = [r for r in rows if r["date"] == "2019-03-12"]
    assert {r["event_type"]: r["n"] for r in day} == {
        "Battles": 1, "Explosions/Remote violence": 3, "Strategic developments": 2}
    only = client.get("/api/timeline", params={"type": "Battles"}).json()["items"]
    assert {r["event_type"] for r in only} == {"Battles"}


def test_facets(client, expected):
    f = client.get("/api/facets").json()
    countries = {x["value"]: x["n"] for x in f["countries"]}
    assert countries["Syria"] == sum(1 for e in expected if e["country"] == "Syria")
    assert "Battles" in {x["value"] for x in f["types"]}
    assert "Islamic State" in {x["value"] for x in f["actors"]}


# ----------------------------------------------------------------------------- extraction and writing

ARTICLE = ("قالت مصادر محلية إن طائرات التحالف الدولي شنت اليوم غارات على مواقع لتنظيم داعش في بلدة "
           "الباغوز بريف دير الزور، ما أدى إلى مقتل أربعة عناصر من التنظيم.")


def test_extract_returns_events_and_mentions_without_storing(client):
    before = client.get("/api/events").json()["total"]
    r = client.post("/api/extract", json={"text": ARTICLE, "published": "2019-03-10"})
    assert r.status_code == 200, r.text
    d = r.json()
    from hadath.web.app import DocumentOut
    DocumentOut.model_validate(d)
    assert d["text"] == ARTICLE and d["published"] == "2019-03-10"
    assert isinstance(d["events"], list) and isinstance(d["mentions"], list) and d["sentences"]
    for m in d["mentions"]:
        assert ARTICLE[m["start"]:m["end"]] == m["text"]
    for e in d["events"]:
        for a, b in e["evidence"]:
            assert 0 <= a < b <= len(ARTICLE)
    assert client.get("/api/events").json()["total"] == before


@pytest.mark.parametrize("body,status,word", [
    ({"text": ""}, 400, "empty"),
    ({"text": ARTICLE, "published": "10/03/2019"}, 400, "date"),
    ({"published": "2019-03-10"}, 422, "text"),
    ({"text": 5}, 422, "text"),
])
def test_extract_bad_input(client, body, status, word):
    r = client.post("/api/extract", json=body)
    assert r.status_code == status
    assert word in r.json()["error"]


def test_extract_malformed_json(client):
    r = client.post("/api/extract", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and "error" in r.json()


def test_body_over_limit_gives_413(client):
    big = "قصف " * 300_000  # ~1.5 MB of UTF-8
    for path in ("/api/extract", "/api/articles"):
        r = client.post(path, json={"text": big, "published": "2019-03-10"},
                        headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 413, path
        assert "too large" in r.json()["error"]

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(30):
            yield b"x" * 50_000
    r = client.post("/api/extract", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert r.json()["limit"] == 1_000_000


def test_articles_need_the_token(client):
    body = {"text": ARTICLE, "published": "2019-03-10", "outlet": "اختبار"}
    r = client.post("/api/articles", json=body)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert "token" in r.json()["error"]
    r = client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    r = client.post("/api/articles", json=body, headers={"Authorization": f"Basic {TOKEN}"})
    assert r.status_code == 401
    ok = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 201, ok.text
    res = ok.json()
    from hadath.web.app import IngestOut
    IngestOut.model_validate(res)
    assert res["status"] == "inserted" and res["article_id"]
    again = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.status_code == 200 and again.json()["status"] == "unchanged"     # resent: nothing created
    assert again.json()["article_id"] == res["article_id"]
    other_id = client.post("/api/articles", json=dict(body, id="same-text-other-id"),
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert other_id.status_code == 200, other_id.text
    assert other_id.json()["status"] == "duplicate" and other_id.json()["duplicate_of"] == res["article_id"]
    # every word of the query (the store's text index): the new article's events are among the hits
    hits = client.get("/api/events", params={"text": "أربعة عناصر من التنظيم", "limit": 500}).json()
    assert hits["total"] == len(hits["items"])
    assert sum(e["doc_id"] == res["article_id"] for e in hits["items"]) == res["n_events"] >= 1


def test_writing_refused_without_configured_token(filled):
    from hadath.web.app import create_app
    with TestClient(create_app(filled[0], token=None)) as c:
        r = c.post("/api/articles", json={"text": ARTICLE}, headers={"Authorization": "Bearer anything"})
        assert r.status_code == 403
        assert "--token" in r.json()["error"] and "HADATH_TOKEN" in r.json()["error"]
        assert c.get("/api/health").json()["writable"] is False


def test_script_article_is_returned_as_data(client, expected):
    ev = next(e for e in expected if e["doc_id"] == SCRIPT_ARTICLE["id"])
    r = client.get(f"/api/events/{ev['event_id']}")
    assert r.headers["content-type"].startswith("application/json")
    d = r.json()
    assert d["article"]["text"] == SCRIPT_ARTICLE["text"]
    assert "<script>window.__hadath_pwned = 1;</script>" in d["article"]["text"]
    assert d["article"]["title"] == "<b>عنوان</b>"
    # the extract endpoint echoes markup as data too
    x = client.post("/api/extract", json={"text": SCRIPT_ARTICLE["text"], "published": "2017-02-01"}).json()
    assert x["text"] == SCRIPT_ARTICLE["text"]


# ----------------------------------------------------------------------------- page, assets, docs

def test_page_is_served_with_a_strict_policy(client):
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert r.headers["x-content-type-options"] == "nosniff"
    html = r.text
    assert 'src="/static/app.js"' in html and "http://" not in html and "https://" not in html
    js = client.get("/static/app.js")
    assert js.status_code == 200
    # article data goes in as text only: the page's script never parses strings as HTML
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in js.text, sink
    css = client.get("/static/style.css")
    assert css.status_code == 200 and "http" not in css.text


def test_basemap_is_compiled_into_the_package(client):
    bm = client.get("/static/basemap.json").json()
    assert len(bm["countries"]) > 150
    assert {a["pcode"] for a in bm["admin1"]} == {f"SY{i:02d}" for i in range(1, 15)}
    assert all(a["name_ar"] for a in bm["admin1"])
    assert abs(bm["projection"]["kx"] - 0.829) < 0.001


def test_docs_are_served_offline(client):
    spec = client.get("/openapi.json").json()
    for p in ("/api/events", "/api/events/{event_id}", "/api/clusters", "/api/clusters/{cluster_id}",
              "/api/timeline", "/api/facets", "/api/extract", "/api/articles"):
        assert p in spec["paths"], p
    page = client.get("/docs")
    assert page.status_code == 200
    assert "http://" not in page.text and "https://" not in page.text
    for src in [s.split('"')[1] for s in page.text.split("src=")[1:]]:
        assert src.startswith("/"), src
        assert client.get(src).status_code == 200, src


def test_serve_command_reads_the_token_from_the_environment(filled, tmp_path):
    import socket
    import subprocess
    import sys
    import time
    import httpx
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path / "serve.db"
    env = dict(os.environ, HADATH_TOKEN="env-token-77")
    proc = subprocess.Popen([sys.executable, "-m", "hadath", "serve", "--db", str(db), "--port", str(port),
                             "--log-level", "warning"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            assert proc.poll() is None, proc.stdout.read().decode()
            try:
                health = httpx.get(base + "/api/health", timeout=2, trust_env=False).json()
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            pytest.fail("hadath serve did not start")
        assert health["writable"] is True
        body = {"text": ARTICLE, "published": "2019-03-10"}
        assert httpx.post(base + "/api/articles", json=body, trust_env=False).status_code == 401
        r = httpx.post(base + "/api/articles", json=body, trust_env=False,
                       headers={"Authorization": "Bearer env-token-77"}, timeout=30)
        assert r.status_code == 201 and r.json()["status"] == "inserted"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    out = proc.stdout.read().decode()
    assert "127.0.0.1" in out and "writing enabled" in out
