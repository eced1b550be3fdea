"""Benchmark of ``hadath watch``: a local site (tests/watch_server.py, 127.0.0.1) with 50 feeds
(every third a sitemap) and 2,000 article pages made from ANT articles; round 1 fetches, extracts,
codes, stores and fuses everything; round 2 follows 50 new items (one per feed) and must fetch
only those; round 3 has nothing new.

    python scripts/watch_bench.py [--feeds 50] [--articles 2000] [--new 50] [--workers 4] [--db PATH] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from watch_server import build_feeds, load_articles, page_html, rfc822, rss, serve, sitemap  # noqa: E402

from hadath import watch as W  # noqa: E402
from hadath.store import open_store  # noqa: E402


def _site_process(conn, n_feeds: int, n_articles: int, n_new: int) -> None:
    """The site, in its own process (as a real site would be: its CPU is not the watcher's).
    Commands over ``conn``: "base", "round2" (one new item per feed, old items keep their dates),
    "hits" (requests per path), "stop"."""
    arts = load_articles(n_articles + n_new)
    old, new = arts[:n_articles], arts[n_articles:]
    site = serve()
    feeds = build_feeds(site, old, n_feeds)
    names = list(feeds)
    pub = {p: old[int(p.rsplit("/a", 1)[1][:-5])]["published"] for f in names for p in feeds[f]}
    while True:
        cmd = conn.recv()
        if cmd == "base":
            conn.send((site.base, names))
        elif cmd == "hits":
            with site.lock:
                conn.send(dict(site.hits))
        elif cmd == "round2":
            for i, art in enumerate(new):
                fp = names[i % len(names)]
                p = f"{fp.rsplit('/', 1)[0]}/new{i}.html"
                site.set(p, page_html(art))
                feeds[fp].append(p)
                pub[p] = art["published"]
            for k, fp in enumerate(names):
                items = [(site.url(p), p) for p in feeds[fp]]
                if k % 3 == 2:
                    site.set(fp, sitemap([(u, pub[p]) for u, p in items]))
                else:
                    site.set(fp, rss(f"outlet {k}", [(u, {"title": p}, rfc822(pub[p])) for u, p in items]))
            conn.send("ok")
        else:
            site.close()
            conn.send("bye")
            return


def main() -> int:
    import multiprocessing as mp
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--feeds", type=int, default=50)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--new", type=int, default=50)
    ap.add_argument("--workers", type=int, default=8, help="fetch threads")
    ap.add_argument("--code-workers", type=int, default=2, help="coding processes (0: code in this process)")
    ap.add_argument("--db", help="store (default: a temporary SQLite file)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    here, there = mp.Pipe()
    proc = mp.get_context("spawn").Process(target=_site_process, args=(there, a.feeds, a.articles, a.new),
                                           daemon=True)
    proc.start()
    here.send("base")
    base, names = here.recv()
    tmp = tempfile.TemporaryDirectory()
    db = a.db or str(Path(tmp.name) / "bench.db")
    store = open_store(db)
    w = W.Watcher(store, [W.Source(base + f) for f in names],
                  fetcher=W.Fetcher(timeout=10, retries=1, per_host_delay=0), workers=a.workers,
                  code_workers=a.code_workers)
    w._coders()
    list(w._procs.map(abs, range(a.code_workers * 2)))     # start the coding processes before timing

    def hits() -> dict:
        here.send("hits")
        return here.recv()
    out = {}
    t0, c0 = time.perf_counter(), time.process_time()
    st1 = w.run_round()
    cpu1 = time.process_time() - c0
    h1 = hits()
    out["round1"] = {"seconds": round(time.perf_counter() - t0, 2), "pages": st1.fetched, "stored": st1.stored,
                     "duplicate": st1.duplicate, "events": st1.events, "faults": dict(st1.faults),
                     "requests": sum(h1.values()),
                     "watcher_cpu_ms_per_article": round(cpu1 / max(1, st1.fetched) * 1000, 2)}
    out["round1"]["articles_per_s"] = round(st1.fetched / out["round1"]["seconds"], 1)
    here.send("round2")
    here.recv()
    t0 = time.perf_counter()
    st2 = w.run_round()
    h2 = hits()
    pages2 = [p for p in h2 if p.endswith(".html") and h2[p] != h1.get(p, 0)]
    out["round2"] = {"seconds": round(time.perf_counter() - t0, 2), "pages_fetched": len(pages2),
                     "only_new": all("/new" in p for p in pages2), "stored": st2.stored,
                     "feeds_not_modified": st2.feeds_unchanged}
    t0 = time.perf_counter()
    st3 = w.run_round()
    h3 = hits()
    out["round3"] = {"seconds": round(time.perf_counter() - t0, 2),
                     "pages_fetched": sum(1 for p in h3 if p.endswith(".html") and h3[p] != h2.get(p, 0)),
                     "feeds_not_modified": st3.feeds_unchanged}
    out["store"] = store.stats()
    w.close()
    store.close()
    here.send("stop")
    here.recv()
    proc.join(10)
    if a.json:
        print(json.dumps(out, indent=1))
    else:
        r1, r2, r3 = out["round1"], out["round2"], out["round3"]
        print(f"round 1: {r1['pages']} pages from {a.feeds} feeds in {r1['seconds']} s = {r1['articles_per_s']} "
              f"articles/s ({r1['stored']} stored, {r1['duplicate']} duplicate, {r1['events']} events, "
              f"faults {r1['faults'] or 'none'}); watcher process CPU {r1['watcher_cpu_ms_per_article']} ms "
              f"an article (coding processes apart)")
        print(f"round 2: {r2['pages_fetched']} pages fetched (only the new: {r2['only_new']}), {r2['stored']} stored, "
              f"{r2['feeds_not_modified']} feeds not modified, {r2['seconds']} s")
        print(f"round 3: {r3['pages_fetched']} pages fetched, {r3['feeds_not_modified']} feeds not modified "
              f"(304), {r3['seconds']} s")
        print(f"store: {out['store']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
