"""The read cache of the web app (hadath/web/cache.py) and the store's revision counter
(revision 0006): answers are kept while the store is unchanged and never outlive a
write, whoever makes it."""
from __future__ import annotations

import sqlite3
import warnings

import pytest

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from hadath.store import open_store  # noqa: E402
from hadath.web.app import create_app  # noqa: E402
from hadath.web.cache import cache_key  # noqa: E402

# Written for these tests (news style).
ARTICLES = [
    {"id": "cache-1", "published": "2017-03-02", "outlet": "اختبار",
     "text": "قتل ثلاثة مدنيين وأصيب خمسة آخرون جراء غارة جوية استهدفت مدينة إدلب أمس."},
    {"id": "cache-2", "published": "2017-03-05", "outlet": "اختبار",
     "text": "اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية وتنظيم داعش في ريف الرقة الشمالي اليوم."},
]
LATER = {"id": "cache-3", "published": "2017-03-09", "outlet": "اختبار",
         "text": "قتل جنديان عراقيان بانفجار عبوة ناسفة في مدينة الموصل اليوم."}


@pytest.fixture()
def store(tmp_path):
    st = open_store(str(tmp_path / "c.db"))
    for a in ARTICLES:
        st.ingest(a)
    yield st
    st.close()


def test_revision_counts_every_write_whoever_makes_it(store, tmp_path):
    r0 = store.revision()
    assert isinstance(r0, int) and r0 > 0           # the fixture's ingest wrote rows
    store.ingest(LATER)
    r1 = store.revision()
    assert r1 > r0
    assert store.revision() == r1                   # reading changes nothing
    # another program deleting a row through plain SQL is counted too (database trigger)
    con = sqlite3.connect(tmp_path / "c.db")
    con.execute("DELETE FROM events WHERE doc_id = 'cache-3'")
    con.commit()
    con.close()
    assert store.revision() > r1


def test_cache_key_ignores_parameter_order():
    assert cache_key("/api/events", b"type=Battles&limit=50") == cache_key("/api/events", b"limit=50&type=Battles")
    assert cache_key("/api/events", b"") == "/api/events"
    assert cache_key("/api/events", b"type=Battles") != cache_key("/api/events", b"type=Protests")


def test_second_request_is_a_hit_and_a_write_makes_it_stale(store):
    c = TestClient(create_app(store))
    a = c.get("/api/events", params={"limit": 50, "country": "Syria"})
    assert a.status_code == 200 and a.headers["x-cache"] == "miss"
    b = c.get("/api/events", params={"country": "Syria", "limit": 50})     # same query, other order
    assert b.headers["x-cache"] == "hit" and b.content == a.content
    assert b.headers["content-type"].startswith("application/json")
    assert b.headers["x-content-type-options"] == "nosniff"
    n0 = a.json()["total"]
    assert n0 >= 2
    # a write by another path (here the store itself, as `hadath ingest` would) is seen at once
    store.ingest({**LATER, "id": "cache-4", "text": LATER["text"].replace("الموصل", "حلب")})
    d = c.get("/api/events", params={"limit": 50, "country": "Syria"})
    assert d.headers["x-cache"] == "miss" and d.json()["total"] == n0 + 1
    health = c.get("/api/health").json()
    assert "x-cache" not in c.get("/api/health").headers      # health is never cached
    assert health["cache"]["hits"] >= 1 and health["cache"]["misses"] >= 2


def test_etag_revalidation(store):
    c = TestClient(create_app(store))
    a = c.get("/api/map/timeline", params={"by": "month"})
    tag = a.headers["etag"]
    assert c.get("/api/map/timeline", params={"by": "month"}, headers={"If-None-Match": tag}).status_code == 304
    store.ingest(LATER)
    fresh = c.get("/api/map/timeline", params={"by": "month"}, headers={"If-None-Match": tag})
    assert fresh.status_code == 200 and fresh.headers["etag"] != tag
    assert sum(r["n"] for r in fresh.json()["items"]) == sum(r["n"] for r in a.json()["items"]) + 1


def test_errors_are_not_kept_and_the_cache_can_be_off(store):
    c = TestClient(create_app(store))
    for _ in range(2):
        r = c.get("/api/events", params={"since": "yesterday"})
        assert r.status_code == 422 and r.headers.get("x-cache") != "hit"
    off = TestClient(create_app(store, cache_mb=0))
    r = off.get("/api/events")
    assert r.status_code == 200 and "x-cache" not in r.headers
    assert off.get("/api/health").json()["cache"] is None


def test_the_cache_stays_within_its_size(store):
    app = create_app(store, cache_mb=0.004)          # about 4 KB
    c = TestClient(app)
    for lim in range(1, 30):
        c.get("/api/events", params={"limit": lim})
    st = c.get("/api/health").json()["cache"]
    assert 0 < st["bytes"] <= st["max_bytes"]
    assert st["entries"] < 29
