"""Time the map's queries (hadath/store/aggregate.py) on a large store.

Makes a store with ``scripts/make_store.py`` (ANT articles coded by hadath and copied
until N events, default 500,000; or reuses ``--db`` if it already holds events) and reports the best-of-N wall time of
the light points, grid clusters and timelines, next to the full-record map page
(``Store.query_events`` with 3,000 rows) that the page used before.

    python scripts/bench_map.py [--events 500000] [--db PATH|URL] [--runs 5] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_store import make  # noqa: E402

WORLD = (-180.0, -90.0, 180.0, 90.0)
SYRIA_VIEW = "35.5,32.3,42.4,37.4"
ALEPPO_VIEW = "36.6,35.7,37.7,36.7"
# views as the page asks them: a 1024x640 view widened to whole tiles of 360/2^zoom degrees
TUNIS_Z7 = "2.8125,30.9375,16.875,39.375"
TUNIS_Z9 = "8.4375,35.859375,11.953125,37.96875"


def cases():  # noqa: ANN201
    from hadath.store import aggregate as AG
    return [
        ("before: map page, full records (query_events, 3,000)", lambda s: s.query_events(limit=3000, bbox=WORLD)),
        ("points: no filter (3,000 of all)", lambda s: AG.map_points(s, limit=3000)),
        ("points: country=Syria (3,000)", lambda s: AG.map_points(s, limit=3000, country="Syria")),
        ("points: Aleppo view bbox (3,000)", lambda s: AG.map_points(s, limit=3000, bbox=ALEPPO_VIEW)),
        ("points: type=Battles, 30 days", lambda s: AG.map_points(s, limit=3000, type="Battles",
                                                                    since="2017-03-01", until="2017-03-31")),
        ("clusters: zoom 2, no filter", lambda s: AG.grid_clusters(s, zoom=2)),
        ("clusters: zoom 5, no filter", lambda s: AG.grid_clusters(s, zoom=5)),
        ("clusters: zoom 6, Syria view bbox", lambda s: AG.grid_clusters(s, zoom=6, bbox=SYRIA_VIEW)),
        ("clusters: zoom 5, type=Battles", lambda s: AG.grid_clusters(s, zoom=5, type="Battles")),
        ("clusters: zoom 5, actor=islamic", lambda s: AG.grid_clusters(s, zoom=5, actor="islamic")),
        ("timeline: per day, no filter", lambda s: AG.timeline(s, by="day")),
        ("timeline: per month, no filter", lambda s: AG.timeline(s, by="month")),
        ("timeline: per month, country=Syria", lambda s: AG.timeline(s, by="month", country="Syria")),
        ("timeline: per day and type (counts_by_day), no filter", lambda s: s.counts_by_day()),
        ("timeline (page): per month and type, no filter", lambda s: s.counts_by_day(by="month")),
        ("clusters (page): zoom 7, Tunis view on the tile grid", lambda s: AG.grid_clusters(s, zoom=7, bbox=TUNIS_Z7)),
        ("points (page, fit=1): zoom 9, Tunis view", lambda s: AG.map_points(s, limit=3000, fit=True, bbox=TUNIS_Z9)),
        ("points (page, fit=1): zoom 9, Tunis view, type=Riots",
         lambda s: AG.map_points(s, limit=3000, fit=True, bbox=TUNIS_Z9, type="Riots")),
    ]


def _size(res) -> str:  # noqa: ANN001
    if isinstance(res, tuple):
        return f"{len(res[0]):,} rows of {res[1]:,}"
    if isinstance(res, list):
        return f"{len(res):,} rows"
    if "cells" in res:
        return f"{len(res['items']):,} cells, {res['total']:,} events"
    return f"{len(res['items']):,} points of {res['total']:,}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=500_000)
    ap.add_argument("--db", help="store path or URL (default: a temporary file, removed afterwards)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    from hadath.store import open_store
    tmp = None
    db = a.db
    if db is None:
        tmp = tempfile.mkdtemp(prefix="hadath-map-")
        db = os.path.join(tmp, "map.db")
    try:
        store = open_store(db)
        have = store.stats()["events"]
        store.close()
        if not have:
            t = time.perf_counter()
            make(db, a.events)
            print(f"made {db}: {a.events:,} events in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        store = open_store(db)
        out = []
        for name, f in cases():
            best, res = float("inf"), None
            for _ in range(a.runs):
                t = time.perf_counter()
                res = f(store)
                best = min(best, time.perf_counter() - t)
            out.append({"query": name, "ms": round(best * 1000, 1), "result": _size(res)})
            if not a.json:
                print(f"{name:<52} {best * 1000:9.1f} ms   {out[-1]['result']}", flush=True)
        store.close()
        if a.json:
            print(json.dumps(out, indent=1))
    finally:
        if tmp:
            import shutil
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
