#!/usr/bin/env python3
"""Load test of the HTTP API: GET /api/events with filters over a large store.

1. Fills a fresh SQLite store with SYNTHETIC events (default 50,000; five per
   synthetic article), written straight into the store's tables with SQL. Every
   synthetic row is marked: article ids start with ``synthetic-``, the outlet is
   ``SYNTHETIC load test`` and each text starts with ``[synthetic load-test article]``.
   They are not news and must never be mixed with real data.
2. Starts ``hadath serve`` on 127.0.0.1 (a free port) in a subprocess.
3. Sends a bounded load (default 2,000 requests, 20 at a time) of GET
   /api/events with a mix of filters and pages, and reports requests/s,
   latency p50/p95/p99/max and errors, and the CPU time the server process and
   the load generator used per request (Linux ``/proc``; the two share the
   machine, so this tells the server's cost apart from the machine's load).

Loopback only: the server listens on 127.0.0.1 and the client talks to it alone.

``--queries`` skips the server and times the store's read queries directly
(``query_events`` per filter, ``counts_by_day``, ``facets``, a map page of
3,000 points; best of 7 runs each). ``--db`` may be a PostgreSQL URL of an
empty database (the synthetic rows are then written there, followed by
``VACUUM ANALYZE``, what autovacuum would do; they are not removed).

    python scripts/loadtest.py [--events 50000] [--requests 2000] [--concurrency 20] [--db PATH|URL] [--json]
    python scripts/loadtest.py --queries [--db PATH|URL] [--json]
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SYN_OUTLET = "SYNTHETIC load test"
TYPES = [
    ("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
    ("Strategic developments", "Arrests"),
]
ACTORS = ["Military Forces of Syria", "Syrian Democratic Forces", "Islamic State", "International Coalition",
          "Hayat Tahrir al-Sham", "Civilians", "Military Forces of Turkey", "Unidentified Armed Group"]
# (country, admin1, lon, lat) of a few provinces' centres
PLACES = [("Syria", "Aleppo", 37.16, 36.2), ("Syria", "Idleb", 36.63, 35.93), ("Syria", "Deir-ez-Zor", 40.14, 35.33),
          ("Syria", "Ar-Raqqa", 39.01, 35.95), ("Syria", "Al-Hasakeh", 40.75, 36.5), ("Syria", "Homs", 36.72, 34.73),
          ("Iraq", "Ninawa", 43.13, 36.34), ("Iraq", "Al Anbar", 42.0, 33.4), ("Yemen", "Taizz", 44.02, 13.58),
          ("Libya", "Tripoli", 13.19, 32.89)]


def fill(db: str, n_events: int, seed: int = 7) -> dict[str, float]:
    from sqlalchemy import insert

    from hadath.store import open_store
    from hadath.store import schema as S

    rnd = random.Random(seed)
    store = open_store(db)
    t0 = time.perf_counter()
    day0 = dt.date(2016, 1, 1)
    per_article = 5
    arts, evs = [], []
    for i in range(0, n_events, per_article):
        aid = f"synthetic-{i // per_article:07d}"
        pub = (day0 + dt.timedelta(days=rnd.randrange(1200))).isoformat()
        country, admin1, lon, lat = rnd.choice(PLACES)
        text = (f"[synthetic load-test article] مقال اصطناعي رقم {i // per_article} لاختبار الحمل فقط، "
                f"لا يصف أحداثًا حقيقية في {admin1}. " + "نص حشو. " * 30)
        arts.append({"id": aid, "content_hash": f"{i:064d}", "published": pub, "outlet": SYN_OUTLET,
                     "title": f"[synthetic] {i // per_article}", "url": None, "text": text, "country": country,
                     "warnings": "[]", "sentences": "[]", "n_events": per_article, "n_mentions": 0,
                     "hadath_version": "synthetic", "ingested_at": None})
        for k in range(min(per_article, n_events - i)):
            et, st = rnd.choice(TYPES)
            a1, a2 = rnd.sample(ACTORS, 2)
            fat = rnd.choice([0, 0, 0, 1, 2, 3, 5, 8, 13, None])
            day = (dt.date.fromisoformat(pub) - dt.timedelta(days=rnd.choice([0, 0, 1]))).isoformat()
            evs.append({"event_id": f"syn{i + k:012d}", "doc_id": aid, "seq": k, "event_type": et,
                        "sub_event_type": st, "event_date": day, "time_precision": 1, "actor1": a1, "inter1": 1,
                        "actor2": a2, "inter2": 2, "country": country, "admin1": admin1, "admin2": None,
                        "location": admin1, "location_text": None,
                        "latitude": round(lat + rnd.uniform(-0.6, 0.6), 4),
                        "longitude": round(lon + rnd.uniform(-0.6, 0.6), 4), "geo_precision": 2,
                        "fatalities": fat, "injuries": 0, "quantity": None, "attribution": "the article",
                        "certainty": "asserted", "persons": "[]", "evidence": "[[0, 40]]", "triggers": "[]",
                        "cluster_id": None})
    with store.engine.begin() as conn:
        for j in range(0, len(arts), 2000):
            conn.execute(insert(S.articles), arts[j:j + 2000])
        for j in range(0, len(evs), 5000):
            conn.execute(insert(S.events), evs[j:j + 5000])
    took = time.perf_counter() - t0
    if store.dialect == "postgresql":
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    store.close()
    return {"articles": len(arts), "events": len(evs), "fill_s": round(took, 2)}


# Store read queries timed by --queries: (name, method, keyword arguments).
STORE_QUERIES = [
    ("events: no filter", "query_events", {"limit": 50}),
    ("events: offset 4,950", "query_events", {"limit": 50, "offset": 4950}),
    ("events: type=Battles", "query_events", {"limit": 50, "type": "Battles"}),
    ("events: type=air/drone strike (sub-type)", "query_events", {"limit": 50, "type": "air/drone strike"}),
    ("events: country=syria (60% of rows)", "query_events", {"limit": 50, "country": "syria"}),
    ("events: country=Libya (10%)", "query_events", {"limit": 50, "country": "Libya"}),
    ("events: admin1=aleppo + type=Armed clash", "query_events", {"limit": 50, "admin1": "aleppo",
                                                                  "type": "Armed clash"}),
    ("events: 30 days", "query_events", {"limit": 50, "since": "2017-03-01", "until": "2017-03-31"}),
    ("events: actor=islamic", "query_events", {"limit": 50, "actor": "islamic"}),
    ("events: actor=Syria", "query_events", {"limit": 50, "actor": "Syria"}),
    ("events: bbox (1 degree)", "query_events", {"limit": 50, "bbox": "36.66,35.7,37.66,36.7"}),
    ("events: country=Syria, since, offset 500", "query_events", {"limit": 50, "country": "Syria",
                                                                   "since": "2017-01-01", "offset": 500}),
    ("events: text=Aleppo", "query_events", {"limit": 50, "text": "Aleppo"}),
    ("map points: country=Syria, 3,000", "query_events", {"limit": 3000, "country": "Syria",
                                                         "bbox": (-180.0, -90.0, 180.0, 90.0)}),
    ("timeline: no filter", "counts_by_day", {}),
    ("timeline: country=Syria", "counts_by_day", {"country": "Syria"}),
    ("timeline: type=Battles", "counts_by_day", {"type": "Battles"}),
    ("timeline: actor=islamic", "counts_by_day", {"actor": "islamic"}),
    ("facets", "facets", {}),
]


def time_queries(db: str, runs: int = 7) -> list[dict]:
    """Best-of-``runs`` wall time of each store query in STORE_QUERIES (one thread, warm cache)."""
    from hadath.store import open_store
    store = open_store(db)
    out = []
    try:
        for name, method, kw in STORE_QUERIES:
            best, size = float("inf"), None
            for _ in range(runs):
                t = time.perf_counter()
                res = getattr(store, method)(**kw)
                best = min(best, time.perf_counter() - t)
            size = (f"{res[1]:,} matching" if method == "query_events" else
                    f"{len(res):,} rows" if method == "counts_by_day" else
                    f"{sum(len(v) for v in res.values()):,} values")
            out.append({"query": name, "ms": round(best * 1000, 1), "result": size})
    finally:
        store.close()
    return out


def _cpu_s(pid: int) -> float | None:
    """User + system CPU seconds used so far by process ``pid`` (Linux), else None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def queries(n: int, seed: int = 11) -> list[dict[str, str | int]]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        q: dict[str, str | int] = {"limit": rnd.choice([20, 50, 100])}
        kind = rnd.randrange(8)
        if kind == 0:
            q["offset"] = rnd.randrange(0, 5000, 50)
        elif kind == 1:
            q["type"] = rnd.choice(TYPES)[0]
        elif kind == 2:
            q["country"] = rnd.choice(PLACES)[0]
        elif kind == 3:
            q["admin1"] = rnd.choice(PLACES)[1]
            q["type"] = rnd.choice(TYPES)[1]
        elif kind == 4:
            d = dt.date(2016, 1, 1) + dt.timedelta(days=rnd.randrange(1100))
            q["since"], q["until"] = d.isoformat(), (d + dt.timedelta(days=30)).isoformat()
        elif kind == 5:
            q["actor"] = rnd.choice(["islamic", "coalition", "Syria", "tahrir"])
        elif kind == 6:
            _, _, lon, lat = rnd.choice(PLACES)
            q["bbox"] = f"{lon - 0.5},{lat - 0.5},{lon + 0.5},{lat + 0.5}"
        else:
            q["country"] = "Syria"
            q["since"] = "2017-01-01"
            q["offset"] = rnd.randrange(0, 1000, 50)
        out.append(q)
    return out


async def hammer(base: str, qs: list[dict], concurrency: int) -> dict:
    import httpx
    lat: list[float] = []
    by_kind: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    it = iter(qs)

    async def worker(client: "httpx.AsyncClient"):
        for q in it:
            t = time.perf_counter()
            try:
                r = await client.get("/api/events", params=q)
                ok = r.status_code == 200 and "items" in r.json()
                key = None if ok else f"HTTP {r.status_code}"
            except httpx.HTTPError as e:
                key = type(e).__name__
            took = time.perf_counter() - t
            lat.append(took)
            by_kind.setdefault(_kind(q), []).append(took)
            if key:
                errors[key] = errors.get(key, 0) + 1

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits, trust_env=False) as client:
        await client.get("/api/events", params={"limit": 1})  # warm-up (not counted)
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    lat.sort()
    q = statistics.quantiles(lat, n=100, method="inclusive")
    return {"requests": len(lat), "concurrency": concurrency, "wall_s": round(wall, 2),
            "requests_per_s": round(len(lat) / wall, 1), "p50_ms": round(q[49] * 1000, 1),
            "p95_ms": round(q[94] * 1000, 1), "p99_ms": round(q[98] * 1000, 1),
            "max_ms": round(lat[-1] * 1000, 1), "errors": sum(errors.values()), "error_kinds": errors,
            "p50_ms_by_filter": {k: round(statistics.median(v) * 1000, 1) for k, v in sorted(by_kind.items())}}


def _kind(q: dict) -> str:
    return "+".join(k for k in sorted(q) if k != "limit") or "none"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=50_000, help="synthetic events to store (default 50,000)")
    ap.add_argument("--requests", type=int, default=2000, help="requests to send (default 2,000)")
    ap.add_argument("--concurrency", type=int, default=20, help="requests in flight (default 20)")
    ap.add_argument("--db", help="store path (default: a temporary file, removed afterwards)")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--queries", action="store_true",
                    help="time the store's read queries directly instead of the HTTP load")
    a = ap.parse_args(argv)
    if a.events < 1 or a.requests < 1 or not (1 <= a.concurrency <= 200):
        ap.error("need --events >= 1, --requests >= 1 and 1 <= --concurrency <= 200")

    tmp = None
    if a.db:
        db = a.db
        if "://" in db:
            from hadath.store import open_store
            with open_store(db) as st:
                if st.stats()["articles"]:
                    ap.error(f"{db} holds articles: the load test fills an empty store")
        elif Path(db).exists():
            ap.error(f"{db} exists: the load test fills a new store")
    else:
        tmp = tempfile.TemporaryDirectory(prefix="hadath-load-")
        db = os.path.join(tmp.name, "synthetic.db")
    try:
        filled = fill(db, a.events)
        print(f"filled {db}: {filled['events']:,} synthetic events in {filled['articles']:,} synthetic articles "
              f"({filled['fill_s']} s)", file=sys.stderr)
        if a.queries:
            timings = time_queries(db)
            if a.json:
                print(json.dumps({**filled, "queries": timings, "python": sys.version.split()[0]}, indent=2))
            else:
                for t in timings:
                    print(f"{t['query']:45s} {t['ms']:8.1f} ms   ({t['result']})")
            return 0
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen([sys.executable, "-m", "hadath", "serve", "--db", db, "--host", "127.0.0.1",
                                 "--port", str(port), "--log-level", "warning"],
                                env={k: v for k, v in os.environ.items() if k != "HADATH_TOKEN"})
        try:
            import httpx
            for _ in range(300):
                if proc.poll() is not None:
                    raise SystemExit("hadath serve exited early")
                try:
                    if httpx.get(base + "/api/health", timeout=2, trust_env=False).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            else:
                raise SystemExit("hadath serve did not start in 30 s")
            cpu0, mine0 = _cpu_s(proc.pid), time.process_time()
            res = asyncio.run(hammer(base, queries(a.requests), a.concurrency))
            cpu1, mine1 = _cpu_s(proc.pid), time.process_time()
            if cpu0 is not None and cpu1 is not None:
                res["server_cpu_ms_per_request"] = round((cpu1 - cpu0) * 1000 / res["requests"], 2)
            res["client_cpu_ms_per_request"] = round((mine1 - mine0) * 1000 / res["requests"], 2)
            try:
                res["load_average"] = [round(x, 2) for x in os.getloadavg()]
            except OSError:
                pass
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        res.update(filled)
        res["python"] = sys.version.split()[0]
        res["cpus"] = os.cpu_count()
        if a.json:
            print(json.dumps(res, indent=2))
        else:
            print(f"{res['requests']:,} requests, {res['concurrency']} concurrent, in {res['wall_s']} s: "
                  f"{res['requests_per_s']} requests/s; latency p50 {res['p50_ms']} ms, p95 {res['p95_ms']} ms, "
                  f"p99 {res['p99_ms']} ms, max {res['max_ms']} ms; errors {res['errors']}"
                  + (f" {res['error_kinds']}" if res["errors"] else ""))
            if "server_cpu_ms_per_request" in res:
                print(f"CPU per request: server {res['server_cpu_ms_per_request']} ms, load generator "
                      f"{res['client_cpu_ms_per_request']} ms; load average {res.get('load_average')}")
            print("p50 by filter: " + ", ".join(f"{k} {v} ms" for k, v in res["p50_ms_by_filter"].items()))
        return 1 if res["errors"] else 0
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    sys.exit(main())
