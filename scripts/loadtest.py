#!/usr/bin/env python3
"""Load test of the web app as analysts use it, over a realistic store of N events.

1. Makes the store with ``scripts/make_store.py`` (real ANT articles coded by hadath,
   copied and moved in time and place until N events; see that script), or reuses the
   store given by ``--db`` when it already holds events.
2. Starts ``hadath serve`` on 127.0.0.1 (a free port) with ``--workers`` processes.
3. Runs ``--concurrency`` virtual analysts. Each opens page after page: it picks
   filters as the page's menus offer them (types, countries, actors from the store's
   facets, a date window, sometimes a word to search; popular choices more often),
   then asks what the page asks: the list page (``/api/events``), the timeline
   (``/api/timeline?by=month``; per day too when it spans eight months at most), the map for a view (``/api/map/clusters`` below zoom 7,
   ``/api/map/points`` at 7 and above, the box widened to whole tiles as the page
   does), one event with its article (``/api/events/{id}``), and sometimes a pan or
   the list's next page. Reports requests/s, latency p50/p95/p99/max overall and per
   endpoint, errors, the share answered from the server's cache, the CPU the server
   and the load generator used per request, and the server's memory (all processes).

Loopback only: the server listens on 127.0.0.1 and the client talks to it alone.

``--queries`` skips the server and times the store's read queries directly (best of
5 runs each). ``--db`` may be a PostgreSQL URL (an empty database is filled).

    python scripts/loadtest.py [--events 50000] [--requests 4000] [--concurrency 20] [--workers 2]
                               [--cache-mb 64] [--rounds 1] [--db PATH|URL] [--json]
    python scripts/loadtest.py --queries [--db PATH|URL] [--json]
"""
from __future__ import annotations

import argparse
import asyncio
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_store  # noqa: E402

# Store read queries timed by --queries: (name, method, keyword arguments).
STORE_QUERIES = [
    ("events: no filter", "query_events", {"limit": 50}),
    ("events: offset 4,950", "query_events", {"limit": 50, "offset": 4950}),
    ("events: type=Battles", "query_events", {"limit": 50, "type": "Battles"}),
    ("events: type=air/drone strike (sub-type)", "query_events", {"limit": 50, "type": "air/drone strike"}),
    ("events: country=Syria", "query_events", {"limit": 50, "country": "Syria"}),
    ("events: country=Yemen + type=Battles", "query_events", {"limit": 50, "country": "Yemen",
                                                               "type": "Battles"}),
    ("events: 30 days", "query_events", {"limit": 50, "since": "2019-03-01", "until": "2019-03-31"}),
    ("events: actor=islamic", "query_events", {"limit": 50, "actor": "islamic"}),
    ("events: text=حلب", "query_events", {"limit": 50, "text": "حلب"}),
    ("events: text=قصف (common)", "query_events", {"limit": 50, "text": "قصف"}),
    ("map points: 1-degree box", "map_points", {"limit": 3000, "bbox": "36.5,35.5,37.5,36.5"}),
    ("map clusters: zoom 4, no filter", "grid_clusters", {"zoom": 4}),
    ("map clusters: zoom 6, country=Syria", "grid_clusters", {"zoom": 6, "country": "Syria"}),
    ("timeline (page): no filter", "counts_by_day", {}),
    ("timeline (page): country=Syria", "counts_by_day", {"country": "Syria"}),
    ("timeline by month: type=Battles", "timeline", {"by": "month", "type": "Battles"}),
    ("one event with its article", "get_event", {}),
    ("facets", "facets", {}),
]


def time_queries(db: str, runs: int = 5) -> list[dict]:
    """Best-of-``runs`` wall time of each store query in STORE_QUERIES (one thread, warm cache)."""
    from hadath.store import aggregate as AG
    from hadath.store import open_store
    store = open_store(db)
    out = []
    try:
        some_id = store.query_events(limit=1, offset=1000)[0][0]["event_id"]
        for name, method, kw in STORE_QUERIES:
            if method in ("map_points", "grid_clusters", "timeline"):
                fn = (lambda m, kw: (lambda: getattr(AG, m)(store, **kw)))(method, kw)
            elif method == "get_event":
                fn = lambda: store.get_event(some_id)  # noqa: E731
            else:
                fn = (lambda m, kw: (lambda: getattr(store, m)(**kw)))(method, kw)
            best = float("inf")
            for _ in range(runs):
                t = time.perf_counter()
                res = fn()
                best = min(best, time.perf_counter() - t)
            size = (f"{res[1]:,} matching" if method == "query_events" else
                    f"{res['total']:,} located" if method in ("map_points", "grid_clusters") else
                    f"{len(res):,} rows" if isinstance(res, list) else "")
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


def _zipf(rnd: random.Random, items: list, s: float = 1.1):
    """An item, the first ones (most frequent in the store) more often, as menus are used."""
    weights = [1 / (i + 1) ** s for i in range(len(items))]
    return rnd.choices(items, weights)[0]


class Catalogue:
    """What the page's menus offer, read from the store once (not timed)."""

    def __init__(self, db: str, seed: int = 11):
        from hadath.store import open_store
        with open_store(db) as st:
            f = st.facets()
            self.types = [t["value"] for t in f["types"]]
            self.countries = [c["value"] for c in f["countries"]][:12]
            self.actors = [a["value"].split()[-1].lower() for a in f["actors"][:15]]
            with st.engine.connect() as conn:
                from sqlalchemy import text
                self.centres = {r[0]: (float(r[1]), float(r[2])) for r in conn.execute(text(
                    "SELECT country, avg(longitude), avg(latitude) FROM (SELECT country, longitude, latitude "
                    "FROM events WHERE latitude IS NOT NULL ORDER BY event_id LIMIT 20000) x GROUP BY country"))}
                self.words = [r[0] for r in conn.execute(text(
                    "SELECT location_text FROM events WHERE location_text IS NOT NULL AND location_text <> '' "
                    "ORDER BY event_id LIMIT 400"))]
                self.days = conn.execute(text("SELECT min(event_date), max(event_date) FROM events")).first()
        self.words = list(dict.fromkeys(w for w in self.words if len(w) <= 30))[:120] + [
            "قصف", "اشتباكات", "غارة", "مظاهرة", "اعتقال"]
        self.rnd = random.Random(seed)

    def filters(self) -> dict[str, str]:
        import datetime as dt
        r = self.rnd
        f: dict[str, str] = {}
        if r.random() < 0.4:
            f["type"] = _zipf(r, self.types)
        if r.random() < 0.4:
            f["country"] = _zipf(r, self.countries)
        if r.random() < 0.1:
            f["actor"] = _zipf(r, self.actors)
        if r.random() < 0.1:
            f["text"] = _zipf(r, self.words, 0.8)
        w = r.random()
        if w < 0.5 and self.days[0]:
            first, last = (dt.date.fromisoformat(d) for d in self.days)
            span = {0: 365, 1: 30, 2: 7}[0 if w < 0.25 else 1 if w < 0.4 else 2]
            # recent periods are looked at more often
            back = int(abs(r.gauss(0, 0.35)) * ((last - first).days - span))
            start = last - dt.timedelta(days=min(back, (last - first).days) + span)
            f["since"], f["until"] = start.isoformat(), (start + dt.timedelta(days=span)).isoformat()
        return f

    def view(self, country: str | None) -> tuple[int, tuple[float, float, float, float]]:
        """A map zoom and the box the page asks for (a 1024x640 view widened to whole tiles)."""
        import math
        r = self.rnd
        zoom = r.choices([3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 3, 2, 2, 1])[0]
        lon, lat = self.centres.get(country) or _zipf(r, list(self.centres.values()))
        lon += r.gauss(0, 2 ** -(zoom - 5))
        lat += r.gauss(0, 2 ** -(zoom - 5))
        deg = 360 / 2 ** zoom                      # a 256-pixel tile
        half_w, half_h = 2 * deg, 1.25 * deg

        def snap(v, lo, hi, up):
            v = (math.ceil if up else math.floor)(v / deg) * deg
            return round(max(lo, min(hi, v)), 6)
        return zoom, (snap(lon - half_w, -180, 180, False), snap(lat - half_h, -90, 90, False),
                      snap(lon + half_w, -180, 180, True), snap(lat + half_h, -90, 90, True))


class Conn:
    """A minimal HTTP/1.1 keep-alive client on asyncio streams: the load generator shares the
    two cores with the server, and httpx costs several times more CPU per request."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def get(self, path: str, params: dict | None = None) -> tuple[int, dict[str, str], bytes]:
        from urllib.parse import urlencode
        target = path + ("?" + urlencode(params) if params else "")
        for attempt in (0, 1):
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            try:
                self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
                head = await self.reader.readuntil(b"\r\n\r\n")
                break
            except (ConnectionError, asyncio.IncompleteReadError):
                self.writer = None
                if attempt:
                    raise
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        hs = {}
        for ln in lines[1:]:
            if ":" in ln:
                k, v = ln.split(":", 1)
                hs[k.strip().lower()] = v.strip()
        body = await self.reader.readexactly(int(hs.get("content-length", "0")))
        if hs.get("connection", "").lower() == "close":
            self.writer.close()
            self.writer = None
        return status, hs, body

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def hammer(base: str, cat: Catalogue, n_requests: int, concurrency: int) -> dict:
    host, port = base.split("//")[1].split(":")
    lat: list[float] = []
    by_kind: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    hits = [0, 0]
    left = [n_requests]

    async def get(client, kind: str, path: str, params: dict | None = None, parse: bool = False):
        if left[0] <= 0:
            return None
        left[0] -= 1
        t = time.perf_counter()
        out = None
        try:
            status, hs, body = await client.get(path, params)
            key = None if status == 200 else f"HTTP {status}"
            if key is None:
                out = json.loads(body) if parse else body
                hits[0] += hs.get("x-cache") == "hit"
                hits[1] += 1
        except (OSError, asyncio.IncompleteReadError, ValueError) as e:
            key = type(e).__name__
        took = time.perf_counter() - t
        lat.append(took)
        by_kind.setdefault(kind, []).append(took)
        if key:
            errors[key] = errors.get(key, 0) + 1
        return out

    async def analyst(client):
        while left[0] > 0:
            f = cat.filters()
            page = await get(client, "list page", "/api/events", {"limit": 50, **f}, parse=True)
            # as the page: per month (and per day only when the events span at most eight months)
            tl = await get(client, "timeline", "/api/timeline",
                           {"by": "month", **{k: v for k, v in f.items() if k not in ("since", "until")}}, parse=True)
            if tl is not None and len({r["date"] for r in tl["items"]}) <= 8:
                await get(client, "timeline", "/api/timeline", {k: v for k, v in f.items()
                                                                 if k not in ("since", "until")})
            zoom, box = cat.view(f.get("country"))
            for pan in range(1 + (cat.rnd.random() < 0.3)):
                if pan:
                    d = 360 / 2 ** zoom
                    box = (max(-180, box[0] + d), box[1], min(180, box[2] + d), box[3])
                bb = ",".join(f"{x:.6f}".rstrip("0").rstrip(".") for x in box)
                if zoom >= 7:
                    pts = await get(client, "map points", "/api/map/points",
                                    {"limit": 3000, "fit": 1, "bbox": bb, **f})
                    if pts is None or b'"truncated":true' not in pts:
                        continue
                await get(client, "map clusters", "/api/map/clusters", {"zoom": zoom, "limit": 3000, "bbox": bb, **f})
            if page and page.get("items"):
                ev = cat.rnd.choice(page["items"])
                await get(client, "one event", f"/api/events/{ev['event_id']}")
                if cat.rnd.random() < 0.2:
                    await get(client, "list page 2", "/api/events", {"limit": 50, "offset": 50, **f})

    conns = [Conn(host, int(port)) for _ in range(concurrency)]
    await conns[0].get("/api/health")                   # warm-up (not counted)
    t0 = time.perf_counter()
    await asyncio.gather(*(analyst(c) for c in conns))
    wall = time.perf_counter() - t0
    for c in conns:
        c.close()
    lat.sort()

    def pct(xs: list[float], q: int) -> float:
        return round(statistics.quantiles(xs, n=100, method="inclusive")[q - 1] * 1000, 1) if len(xs) > 1 else \
            round(xs[0] * 1000, 1)
    return {"requests": len(lat), "concurrency": concurrency, "wall_s": round(wall, 2),
            "requests_per_s": round(len(lat) / wall, 1), "p50_ms": pct(lat, 50), "p95_ms": pct(lat, 95),
            "p99_ms": pct(lat, 99), "max_ms": round(lat[-1] * 1000, 1), "errors": sum(errors.values()),
            "error_kinds": errors, "cache_hit_share": round(hits[0] / max(1, hits[1]), 3),
            "by_endpoint": {k: {"n": len(v), "p50_ms": pct(sorted(v), 50), "p95_ms": pct(sorted(v), 95)}
                            for k, v in sorted(by_kind.items())}}


def _wait_columns(base: str, workers: int, timeout: float = 900.0) -> dict | None:
    """Until every server process has built its events' columns (``/api/health`` shows the state
    of the process that answers: wait for several answers in a row past building); their state."""
    import httpx
    end, run, last = time.monotonic() + timeout, 0, None
    while time.monotonic() < end:
        try:
            last = httpx.get(base + "/api/health", timeout=5, trust_env=False).json().get("columns")
        except (httpx.HTTPError, ValueError):
            last = None
        done = last is None or last.get("state") not in ("waiting", "building")
        run = run + 1 if done else 0
        if run >= 6 * workers:
            if last:
                print(f"columns: {last.get('state')}, {last.get('events')} events, built in "
                      f"{last.get('built_s')} s, {last.get('mib')} MiB a process", file=sys.stderr)
            return last
        time.sleep(0.05 if done else 0.5)
    raise SystemExit("the server's columns were not built in time")


def _rss_mib(pid: int) -> float:
    """Memory of ``pid`` and its children (MiB, Linux /proc): the proportional set size (pages
    shared by several processes, such as the columns every server process maps from one file,
    counted once in all), else the resident set size where the kernel has no smaps_rollup."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            try:
                lines = Path(f"/proc/{p}/smaps_rollup").read_text().splitlines()
                key = "Pss:"
            except OSError:
                lines = Path(f"/proc/{p}/status").read_text().splitlines()
                key = "VmRSS:"
            for line in lines:
                if line.startswith(key):
                    total += int(line.split()[1])
            for t in Path(f"/proc/{p}/task").iterdir():
                kids = (t / "children").read_text().split()
                todo += [int(k) for k in kids]
        except (OSError, ValueError):
            continue
    return round(total / 1024, 1)


def _tree_cpu_s(pid: int) -> float:
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        total += _cpu_s(p) or 0.0
        try:
            for t in Path(f"/proc/{p}/task").iterdir():
                todo += [int(k) for k in (t / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=50_000, help="events in the store it makes (default 50,000)")
    ap.add_argument("--requests", type=int, default=4000, help="requests to send (default 4,000)")
    ap.add_argument("--concurrency", type=int, default=20, help="analysts at once (default 20)")
    ap.add_argument("--workers", type=int, default=2, help="server processes (default 2)")
    ap.add_argument("--cache-mb", type=float, default=64, help="server cache per process (default 64; 0: none)")
    ap.add_argument("--db", help="store path or URL; a store holding events is reused as it is "
                                 "(default: a temporary file, removed afterwards)")
    ap.add_argument("--seed", type=int, default=11, help="seed of the analysts' choices")
    ap.add_argument("--rounds", type=int, default=1,
                    help="rounds of --requests against the same server, each with other analysts' choices "
                         "(round 1 starts with an empty cache)")
    ap.add_argument("--no-columns", action="store_true",
                    help="serve with --no-columns (every read in SQL), to compare")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--queries", action="store_true",
                    help="time the store's read queries directly instead of the HTTP load")
    a = ap.parse_args(argv)
    if a.events < 1 or a.requests < 1 or not (1 <= a.concurrency <= 200) or not (1 <= a.workers <= 16):
        ap.error("need --events >= 1, --requests >= 1, 1 <= --concurrency <= 200, 1 <= --workers <= 16")

    tmp, filled = None, {}
    db = a.db
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="hadath-load-")
        db = os.path.join(tmp.name, "load.db")
    try:
        from hadath.store import open_store
        have = 0
        if "://" in db or Path(db).exists():
            with open_store(db) as st:
                have = st.stats()["events"]
        if have:
            filled = {"events": have, "reused": True}
            print(f"using {db}: {have:,} events", file=sys.stderr)
        else:
            filled = make_store.make(db, a.events)
        if a.queries:
            timings = time_queries(db)
            if a.json:
                print(json.dumps({**filled, "queries": timings, "python": sys.version.split()[0]}, indent=2))
            else:
                for t in timings:
                    print(f"{t['query']:45s} {t['ms']:8.1f} ms   ({t['result']})")
            return 0
        cat = Catalogue(db, a.seed)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen([sys.executable, "-m", "hadath", "serve", "--db", db, "--host", "127.0.0.1",
                                 "--port", str(port), "--log-level", "warning", "--workers", str(a.workers),
                                 "--cache-mb", str(a.cache_mb)] + (["--no-columns"] if a.no_columns else []),
                                env={k: v for k, v in os.environ.items() if k != "HADATH_TOKEN"})
        try:
            import httpx
            for _ in range(600):
                if proc.poll() is not None:
                    raise SystemExit("hadath serve exited early")
                try:
                    if httpx.get(base + "/api/health", timeout=2, trust_env=False).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            else:
                raise SystemExit("hadath serve did not start in 60 s")
            time.sleep(1.0)                  # every worker up
            columns = _wait_columns(base, a.workers)
            rounds = []
            for i in range(a.rounds):
                cat.rnd = random.Random(a.seed + i)      # other analysts, the same server (and cache)
                cpu0, mine0 = _tree_cpu_s(proc.pid), time.process_time()
                res = asyncio.run(hammer(base, cat, a.requests, a.concurrency))
                cpu1, mine1 = _tree_cpu_s(proc.pid), time.process_time()
                res["round"] = i + 1
                res["server_cpu_ms_per_request"] = round((cpu1 - cpu0) * 1000 / res["requests"], 2)
                res["client_cpu_ms_per_request"] = round((mine1 - mine0) * 1000 / res["requests"], 2)
                res["server_rss_mib"] = _rss_mib(proc.pid)
                try:
                    res["load_average"] = [round(x, 2) for x in os.getloadavg()]
                except OSError:
                    pass
                rounds.append(res)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        meta = dict(store_events=filled.get("events"), workers=a.workers, cache_mb=a.cache_mb, columns=columns,
                    backend="postgresql" if "://" in db and not db.startswith("sqlite") else "sqlite",
                    python=sys.version.split()[0], cpus=os.cpu_count())
        if a.json:
            print(json.dumps({**meta, "rounds": rounds}, indent=2, ensure_ascii=False))
        for res in [] if a.json else rounds:
            print(f"round {res['round']}: {res['requests']:,} requests, {res['concurrency']} analysts, "
                  f"{a.workers} server processes, in {res['wall_s']} s: {res['requests_per_s']} requests/s; "
                  f"latency p50 {res['p50_ms']} ms, p95 {res['p95_ms']} ms, p99 {res['p99_ms']} ms, "
                  f"max {res['max_ms']} ms; errors {res['errors']}"
                  + (f" {res['error_kinds']}" if res["errors"] else "")
                  + f"; from the cache {res['cache_hit_share']:.0%}")
            print(f"  CPU per request: server {res['server_cpu_ms_per_request']} ms, load generator "
                  f"{res['client_cpu_ms_per_request']} ms; server memory {res['server_rss_mib']} MiB; "
                  f"load average {res.get('load_average')}")
            for k, v in res["by_endpoint"].items():
                print(f"  {k:14s} {v['n']:6,} requests  p50 {v['p50_ms']:7.1f} ms  p95 {v['p95_ms']:7.1f} ms")
        res = {"errors": sum(r["errors"] for r in rounds)}
        return 1 if res["errors"] else 0
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    sys.exit(main())
