"""``hadath watch`` against a local news site (tests/watch_server.py, 127.0.0.1 only): feeds,
sitemaps and pages made from real ANT articles (or tests/data/watch_articles.jsonl), faulty
feeds and pages, a second round with new and changed items, alerts to a local webhook."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

import hadath
from hadath import watch as W
from hadath.store import open_store
from hadath.store import schema as S

sys.path.insert(0, str(Path(__file__).resolve().parent))
from watch_server import atom, load_articles, page_html, rfc822, rss, serve, sitemap  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def coded(articles):
    """Articles whose text the coder finds events in, with their events (to build expectations)."""
    out = []
    for a in articles:
        d = hadath.extract(a["text"], published=a["published"])
        out.append((a, d.events))
    return out


@pytest.fixture(scope="module")
def pool():
    arts = load_articles(120)
    with_events = [a for a, evs in coded(arts) if evs]
    without = [a for a, evs in coded(arts[:40]) if not evs]
    assert len(with_events) >= 8
    return with_events, without


def make_watcher(store, site, sources, **kw):
    f = W.Fetcher(timeout=kw.pop("timeout", 0.6), retries=kw.pop("retries", 1), backoff=0.01, per_host_delay=0)
    return W.Watcher(store, sources, fetcher=f, workers=kw.pop("workers", 3), retry_after=0,
                     webhook_backoff=0.01, **kw)


def events_of(store, doc_id):
    with store.engine.connect() as c:
        return sorted(r[0] for r in c.execute(select(S.events.c.event_id).where(S.events.c.doc_id == doc_id)))


def page_states(store):
    with store.engine.connect() as c:
        return {r[0]: (r[1], r[2]) for r in c.execute(select(S.watch_pages.c.url, S.watch_pages.c.state,
                                                             S.watch_pages.c.error_kind))}


def test_two_rounds_faults_changes_and_alerts(tmp_path, pool):
    good, plain = pool
    a = good[:8]
    english = {"title": "Weather", "published": "2019-03-12",
               "text": "The weather in London will be mild this week with light rain expected on "
                       "Tuesday and sunshine at the weekend, forecasters said on Monday. " * 3}
    site = serve()
    try:
        # feed 1 (RSS): three good pages, a page that times out, one that answers 500 (fixed in round 2),
        # one that is English, one that is empty, one refused by robots.txt
        for i in range(3):
            site.set(f"/n/{i}.html", page_html(a[i]))
        site.set("/n/slow.html", page_html(a[3]))
        site.delay["/n/slow.html"] = 2.0
        site.set("/n/err.html", (500, b"oops", "text/html"))
        site.set("/n/en.html", page_html(english))
        site.set("/n/empty.html", b"<html><body></body></html>")
        site.set("/private/x.html", page_html(a[4]))
        items1 = [(site.url(f"/n/{i}.html"), a[i], rfc822(a[i]["published"])) for i in range(3)]
        items1 += [(site.url(p), a[3], rfc822("2019-01-01")) for p in
                   ("/n/slow.html", "/n/err.html", "/n/en.html", "/n/empty.html", "/private/x.html")]
        site.set("/feed1.xml", rss("outlet one", items1))
        # feed 2 (Atom): one page, and a page with the same text as feed 1's first (another URL)
        site.set("/m/a.html", page_html(a[5]))
        site.set("/m/copy.html", page_html(a[0]))
        site.set("/feed2.xml", atom("outlet two", [(site.url("/m/a.html"), a[5], "2019-03-01T10:00:00Z"),
                                                   (site.url("/m/copy.html"), a[0], "2019-03-01T10:00:00Z")]))
        # a sitemap, a malformed feed, a feed answering 500, a feed that times out
        site.set("/s/1.html", page_html(a[6]))
        site.set("/sitemap.xml", sitemap([(site.url("/s/1.html"), "2019-03-02")]))
        site.set("/bad.xml", b"<rss><channel><item><title>x</ti <<<< not xml")
        site.set("/down.xml", (500, b"down", "text/plain"))
        site.set("/slowfeed.xml", rss("slow", []))
        site.delay["/slowfeed.xml"] = 2.0
        srcs = [W.Source(site.url(p), outlet=f"outlet {p}") for p in
                ("/feed1.xml", "/feed2.xml", "/sitemap.xml", "/bad.xml", "/down.xml", "/slowfeed.xml")]

        store = open_store(str(tmp_path / "w.db"))
        # an alert on every event with at least one death in the country of the first article
        country = hadath.extract(a[0]["text"], published=a[0]["published"]).events[0].country
        alert = W.add_alert(store, {"country": country}, site.url("/hook"), name="test")
        site.post_status["/hook"] = [500]            # the webhook fails once: retried
        w = make_watcher(store, site, srcs)

        st1 = w.run_round()
        states = page_states(store)
        assert st1.stored == 5                       # 3 + feed 2's page + the sitemap's page
        assert st1.duplicate == 1                    # /m/copy.html: same text as /n/0.html
        assert states[site.url("/n/0.html")] == ("done", None)
        assert states[site.url("/m/copy.html")] == ("done", None)
        for p, kind in (("/n/slow.html", "timeout"), ("/n/err.html", "http"), ("/n/en.html", "not_arabic"),
                        ("/n/empty.html", "empty"), ("/private/x.html", "robots")):
            assert states[site.url(p)] == ("error", kind), p
        assert site.hits["/private/x.html"] == 0     # robots.txt respected
        assert site.hits["/robots.txt"] == 1
        assert site.hits["/n/err.html"] == 2         # one retry with back-off
        for kind in ("timeout", "http", "not_arabic", "empty", "robots", "malformed"):
            assert st1.faults[kind] >= 1, kind
        assert st1.faults["timeout"] == 2 and st1.faults["http"] == 2 and st1.faults["malformed"] == 1
        s = W.status(store)
        assert s["errors"] == dict(st1.faults)
        assert s["waiting"] == 5
        feeds = {f["url"]: f for f in s["feeds"]}
        assert feeds[site.url("/feed1.xml")]["last_success"] and not feeds[site.url("/feed1.xml")]["last_error"]
        assert feeds[site.url("/down.xml")]["last_error"] == "http: HTTP 500"
        assert feeds[site.url("/bad.xml")]["last_success"] is None
        stored_ids = set(store.article_ids())
        assert {site.url(f"/n/{i}.html") for i in (1, 2)} <= stored_ids
        assert len({site.url("/n/0.html"), site.url("/m/copy.html")} & stored_ids) == 1   # stored once
        assert len(stored_ids) == 5
        # alerts: each matching occurrence delivered once, after a failed attempt
        with store.engine.connect() as c:
            deliveries = c.execute(select(S.watch_deliveries.c.item_id, S.watch_deliveries.c.state)).all()
        assert deliveries and all(st == "sent" for _, st in deliveries)
        assert site.hits["POST /hook"] == len(deliveries) + 1
        got = [p for path, p in site.posts if path == "/hook"]
        assert sorted(p["occurrence"] for p in got) == sorted(i for i, _ in deliveries)
        assert all(p["event"]["country"] == country and p["alert"]["id"] == alert["id"] for p in got)
        hits1 = dict(site.hits)

        # round 2: feed 1 has two new items, page 1 changed (its item dated anew), the 500 is fixed;
        # feed 2 and the sitemap are unchanged (304)
        site.set("/n/err.html", page_html(a[7]))
        site.set("/n/new1.html", page_html(good[8]))
        site.set("/n/new2.html", page_html(plain[0] if plain else good[9]))
        site.set("/n/1.html", page_html({**a[1], "text": good[9]["text"]}))
        old_events = events_of(store, site.url("/n/1.html"))
        items2 = items1[:1] + [(site.url("/n/1.html"), a[1], rfc822("2019-03-20"))] + items1[2:]
        items2 += [(site.url("/n/new1.html"), good[8], rfc822("2019-03-21")),
                   (site.url("/n/new2.html"), good[8], rfc822("2019-03-21"))]
        site.set("/feed1.xml", rss("outlet one", items2))
        site.delay.pop("/n/slow.html")
        st2 = w.run_round()
        fetched = {p: site.hits[p] - hits1.get(p, 0) for p in site.hits}
        assert fetched.get("/n/0.html", 0) == 0 and fetched.get("/n/2.html", 0) == 0
        assert fetched.get("/m/a.html", 0) == 0 and fetched.get("/s/1.html", 0) == 0
        assert fetched.get("/m/copy.html", 0) == 0
        assert fetched["/n/new1.html"] == 1 and fetched["/n/new2.html"] == 1 and fetched["/n/1.html"] == 1
        assert site.not_modified["/feed2.xml"] == 1 and site.not_modified["/sitemap.xml"] == 1
        assert st2.feeds_unchanged == 2
        assert st2.new_items == 3                    # two new, one changed
        assert st2.updated == 1
        new_events = events_of(store, site.url("/n/1.html"))
        expect = sorted(e.event_id for e in hadath.extract_article(
            {"id": site.url("/n/1.html"), "text": good[9]["text"], "published": a[1]["published"]}).events)
        assert len(new_events) == len(expect) and not set(new_events) & set(old_events)  # replaced, not added
        with store.engine.connect() as c:
            text = c.execute(select(S.articles.c.text).where(S.articles.c.id == site.url("/n/1.html"))).scalar()
        assert good[9]["text"].split("\n")[0].strip()[:80] in text
        states = page_states(store)
        assert states[site.url("/n/err.html")] == ("done", None)     # retried and stored
        assert states[site.url("/n/slow.html")] == ("done", None)
        assert states[site.url("/n/en.html")] == ("error", "not_arabic")
        assert len(store.article_ids()) == 5 + 4
        # nothing delivered twice
        got = [p["occurrence"] for path, p in site.posts if path == "/hook"]
        assert len(got) == len(set(got))
        # round 3: nothing new, the bad pages are tried again, nothing good is fetched again
        hits2 = dict(site.hits)
        st3 = w.run_round()
        assert st3.stored == st3.updated == 0
        again = {p for p in site.hits if site.hits[p] != hits2.get(p, 0)}
        assert again <= {"/n/en.html", "/n/empty.html", "/bad.xml", "/down.xml", "/slowfeed.xml",
                         "/feed1.xml", "/feed2.xml", "/sitemap.xml"}
        w.close()
        store.close()
    finally:
        site.close()


def test_database_locked_keeps_the_page_and_the_watch_goes_on(tmp_path, pool, monkeypatch):
    from sqlalchemy.exc import OperationalError
    good, _ = pool
    site = serve()
    try:
        for i in range(3):
            site.set(f"/p/{i}.html", page_html(good[i]))
        site.set("/feed.xml", rss("o", [(site.url(f"/p/{i}.html"), good[i], rfc822(good[i]["published"]))
                                        for i in range(3)]))
        store = open_store(str(tmp_path / "l.db"))
        real = store.ingest
        calls = {"n": 0}

        def flaky(article):
            calls["n"] += 1
            if calls["n"] == 2:
                raise OperationalError("INSERT", {}, Exception("database is locked"))
            return real(article)
        monkeypatch.setattr(store, "ingest", flaky)
        w = make_watcher(store, site, [W.Source(site.url("/feed.xml"))])
        st = w.run_round()
        assert st.faults == {"database": 1} and st.stored == 2
        assert W.status(store)["pages"] == {"done": 2, "pending": 1}
        st = w.run_round()
        assert st.stored == 1 and not st.faults
        assert len(store.article_ids()) == 3
        assert W.status(store)["errors"] == {"database": 1}
        w.close()
        store.close()
    finally:
        site.close()


def test_sources_file_intervals_and_alert_filters(tmp_path):
    p = tmp_path / "sources.toml"
    p.write_text('[watch]\nevery = "10m"\n\n[[feed]]\nurl = "https://a.example/rss"\noutlet = "A"\n'
                 'country = "Syria"\n\n[[feed]]\nurl = "https://b.example/sitemap.xml"\nkind = "sitemap"\n',
                 encoding="utf-8")
    srcs, settings = W.load_sources([str(p), "https://c.example/feed"])
    assert [s.url for s in srcs] == ["https://a.example/rss", "https://b.example/sitemap.xml",
                                     "https://c.example/feed"]
    assert srcs[0].outlet == "A" and srcs[0].country == "Syria" and srcs[1].kind == "sitemap"
    assert W.parse_interval(settings["every"]) == 600 and W.parse_interval("90s") == 90
    with pytest.raises(ValueError):
        W.parse_interval("soon")
    with pytest.raises(ValueError):
        W.load_sources([str(tmp_path / "missing.toml")])
    f = W.clean_filters({"type": "Battles", "min_fatalities": "2", "words": "هجين  دير"})
    ev = {"event_type": "Battles", "sub_event_type": "Armed clash", "country": "Syria", "fatalities": 3,
          "actor1": "Islamic State", "location_text": "هجين"}
    assert W.matches(f, ev, "في دير الزور") and not W.matches({**f, "min_fatalities": 4}, ev)
    assert W.matches({"actor": "islamic", "type": "armed clash"}, ev)
    with pytest.raises(ValueError):
        W.clean_filters({"colour": "red"})


def test_cli_once_status_and_sigterm(tmp_path, pool):
    good, _ = pool
    site = serve()
    try:
        for i in range(4):
            site.set(f"/p/{i}.html", page_html(good[i]))
        site.set("/feed.xml", rss("o", [(site.url(f"/p/{i}.html"), good[i], rfc822(good[i]["published"]))
                                        for i in range(4)]))
        site.set("/bad.xml", (500, b"", "text/plain"))
        src = tmp_path / "sources.toml"
        src.write_text(f'[[feed]]\nurl = "{site.url("/feed.xml")}"\noutlet = "O"\n\n'
                       f'[[feed]]\nurl = "{site.url("/bad.xml")}"\n', encoding="utf-8")
        db = tmp_path / "c.db"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        cmd = [sys.executable, "-m", "hadath", "watch", str(src), "--db", str(db), "--per-host-delay", "0",
               "--retries", "0"]
        r = subprocess.run(cmd + ["--once"], capture_output=True, text=True, env=env, timeout=120)
        assert r.returncode == 0, r.stderr
        assert "4 page(s) fetched: 4 stored" in r.stderr and "http 1" in r.stderr
        r = subprocess.run([sys.executable, "-m", "hadath", "watch", "--status", "--json", "--db", str(db)],
                           capture_output=True, text=True, env=env, timeout=60)
        s = json.loads(r.stdout)
        assert s["pages"] == {"done": 4} and s["errors"] == {"http": 1}
        r = subprocess.run([sys.executable, "-m", "hadath", "watch", "--db", str(db), "--alert",
                            '{"country": "Syria", "min_fatalities": 1}', "--webhook", site.url("/hook")],
                           capture_output=True, text=True, env=env, timeout=60)
        assert r.returncode == 0 and json.loads(r.stdout)["filters"] == {"country": "Syria", "min_fatalities": 1}
        r = subprocess.run([sys.executable, "-m", "hadath", "watch", "--db", str(db), "--alert", '{"x": 1}'],
                           capture_output=True, text=True, env=env, timeout=60)
        assert r.returncode == 2 and "unknown filter" in r.stderr
        # a service: rounds every second; SIGTERM ends it cleanly, a restart resumes
        site.set("/p/4.html", page_html(good[4]))
        site.set("/feed.xml", rss("o", [(site.url(f"/p/{i}.html"), good[i], rfc822(good[i]["published"]))
                                        for i in range(5)]))
        proc = subprocess.Popen(cmd + ["--every", "1s"], stderr=subprocess.PIPE, text=True, env=env)
        lines = []
        while len([ln for ln in lines if "page(s) fetched" in ln]) < 2:     # two rounds done
            ln = proc.stderr.readline()
            assert ln, "".join(lines)
            lines.append(ln)
        proc.send_signal(signal.SIGTERM)
        err = "".join(lines) + proc.communicate(timeout=60)[1]
        assert proc.returncode == 0, err
        assert "SIGTERM" in err
        r = subprocess.run([sys.executable, "-m", "hadath", "watch", "--status", "--db", str(db)],
                           capture_output=True, text=True, env=env, timeout=60)
        assert "done 5" in r.stdout and "http" in r.stdout
        assert site.hits["/p/0.html"] == 1
    finally:
        site.close()


def test_web_watches_health_and_stream(tmp_path, pool):
    from fastapi.testclient import TestClient

    from hadath.web import create_app
    good, _ = pool
    ev = hadath.extract(good[0]["text"], published=good[0]["published"]).events[0]
    store = open_store(str(tmp_path / "web.db"))
    c = TestClient(create_app(store, token="s3cret"))
    body = {"name": "one country", "webhook": "http://127.0.0.1:9/hook",
            "filters": {"country": ev.country, "min_fatalities": ev.fatalities or 0, "words": ""}}
    assert c.post("/api/watches", json=body).status_code == 401
    assert c.post("/api/watches", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    auth = {"Authorization": "Bearer s3cret"}
    r = c.post("/api/watches", json={**body, "filters": {"colour": "red"}}, headers=auth)
    assert r.status_code == 422 and "colour" in r.json()["error"]
    assert c.post("/api/watches", json={**body, "webhook": "file:///etc/passwd"}, headers=auth).status_code == 422
    r = c.post("/api/watches", json=body, headers=auth)
    assert r.status_code == 201 and r.json()["filters"] == {"country": ev.country,
                                                            "min_fatalities": ev.fatalities or 0}
    wid = r.json()["id"]
    assert [w["id"] for w in c.get("/api/watches").json()["items"]] == [wid]
    h = c.get("/api/health").json()
    assert h["ok"] and h["watch"]["waiting"] == 0 and h["watch"]["errors"] == {} and h["watch"]["alerts"] == 1
    # a match recorded by the watcher is listed
    store.ingest({"id": "x1", "text": good[0]["text"], "published": good[0]["published"]})
    n = W.match_new_events(store, "x1", good[0]["text"])
    items = c.get("/api/alerts").json()["items"]
    assert n >= 1 and len(items) == n
    assert all(i["alert_id"] == wid and i["event"]["country"] == ev.country for i in items)
    assert W.match_new_events(store, "x1", good[0]["text"]) == 0          # once
    with c.stream("GET", "/api/stream?seconds=0.3&every=0.1") as s:
        text = "".join(s.iter_text())
    assert "event: update" in text and '"articles": 1' in text
    assert c.delete(f"/api/watches/{wid}").status_code == 401
    assert c.delete(f"/api/watches/{wid}", headers=auth).status_code == 200
    assert c.delete(f"/api/watches/{wid}", headers=auth).status_code == 404
    assert c.get("/api/watches").json()["items"] == []
    page = c.get("/").text
    assert 'id="watch-form"' in page
    store.close()


@pytest.mark.skipif(not os.environ.get("HADATH_TEST_PG"), reason="HADATH_TEST_PG is not set: no PostgreSQL "
                                                                  "server to test against (.ci/run starts one)")
def test_watch_on_postgresql(pool):
    """The same round on PostgreSQL: revision 0004 applied, pages fetched once, a changed page
    replaced, a fault counted, an alert delivered once."""
    pytest.importorskip("psycopg")
    from sqlalchemy import delete
    stamp = f"\nرقم {time.time_ns()}"      # texts of this run only: no duplicate of other tests' articles
    good = [{**a, "text": a["text"] + stamp} for a in pool[0][:5]]
    store = open_store(os.environ["HADATH_TEST_PG"])
    with store._write_tx() as conn:
        for t in ("watch_deliveries", "watch_alerts", "watch_faults", "watch_pages", "watch_feeds"):
            conn.execute(delete(S.metadata.tables[t]))
    site = serve()
    try:
        for i in range(3):
            site.set(f"/pg/{i}.html", page_html(good[i]))
        site.set("/pg/bad.html", (500, b"", "text/html"))
        items = [(site.url(f"/pg/{i}.html"), good[i], rfc822(good[i]["published"])) for i in range(3)]
        site.set("/pgfeed.xml", rss("pg", items + [(site.url("/pg/bad.html"), good[0], rfc822("2019-01-01"))]))
        ev = hadath.extract(good[0]["text"], published=good[0]["published"]).events[0]
        W.add_alert(store, {"country": ev.country}, site.url("/hook"))
        w = make_watcher(store, site, [W.Source(site.url("/pgfeed.xml"))])
        st = w.run_round()
        assert st.stored == 3 and st.faults == {"http": 1}
        site.set("/pg/1.html", page_html({**good[1], "text": good[4]["text"]}))
        items[1] = (site.url("/pg/1.html"), good[1], rfc822("2019-03-20"))
        site.set("/pgfeed.xml", rss("pg", items))
        st2 = w.run_round()
        assert st2.updated == 1 and site.hits["/pg/0.html"] == 1 and site.hits["/pg/1.html"] == 2
        s = W.status(store)
        assert s["errors"] == {"http": 2} and s["pages"]["done"] == 3
        got = [p["occurrence"] for path, p in site.posts if path == "/hook"]
        assert got and len(got) == len(set(got))
        w.close()
    finally:
        site.close()
        store.close()
