#!/usr/bin/env python3
"""A realistic store of N events for load tests, made from real coded articles.

1. Codes a corpus of real articles (default: the ANT corpus in
   ``../shared/data/corpora/ant_news.jsonl``) into a small *template* store with
   hadath's own ingest (mentions, events, clusters, search index: all real).
2. Copies the template articles that hold events until the new store holds N
   events. Each copy gets a new id (``synthetic-...``), the outlet ``SYNTHETIC
   copy of <outlet>``, a publication day drawn over ten years (2015-2025), and
   its events moved with it in time (the same day offset as in the original,
   plus 0-2 days) and in place (located events jittered by a few kilometres,
   keeping country and admin1). A template's events are repeated within a copy
   (``--per-article`` events per article on average) so that the copies share
   article texts and the database stays a few GB. Every event keeps its
   evidence offsets, which stay valid because the text is copied unchanged.
   Each event gets its own cluster (most events are told once); the canonical
   record follows the moved event.
3. Writes the rows with bulk inserts (SQLite ``executemany``; PostgreSQL
   ``COPY``), search-index rows included, then ``ANALYZE``.

The copies are not news: they must never be mixed with real data.

    python scripts/make_store.py --events 2000000 --db big.db [--corpus ant_news.jsonl] [--seed 7]
    python scripts/make_store.py --events 2000000 --db postgresql://user@host/empty_db
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Iterator

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "data" / "corpora" / "ant_news.jsonl"
FIRST_DAY, DAYS = dt.date(2015, 1, 1), 11 * 365
SYN_OUTLET = "SYNTHETIC copy of "


def _log(msg: str) -> None:
    print(f"[make_store {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def template_store(corpus: Path, path: str) -> str:
    """Ingest ``corpus`` into a new SQLite store at ``path`` with hadath's own ingest."""
    from hadath.store import open_store
    t = time.perf_counter()
    n = 0
    with open_store(path) as st, open(corpus, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                st.ingest(json.loads(line))
            except Exception:           # noqa: BLE001 - a bad line of the corpus is skipped
                continue
            n += 1
    _log(f"template store: {n:,} articles coded and ingested in {time.perf_counter() - t:.0f} s")
    return path


def _templates(path: str) -> list[dict[str, Any]]:
    """Each template article holding events: its article row, mentions, events, clusters, search body."""
    import sqlite3

    from hadath.store import search
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    out = []
    for a in con.execute("SELECT * FROM articles WHERE n_events > 0 ORDER BY id"):
        a = dict(a)
        evs = [dict(r) for r in con.execute("SELECT * FROM events WHERE doc_id = ? ORDER BY seq", (a["id"],))]
        if not evs:
            continue
        cl = {}
        for ev in evs:
            r = con.execute("SELECT * FROM clusters WHERE cluster_id = ?", (ev["cluster_id"],)).fetchone()
            if r is not None:
                cl[ev["event_id"]] = dict(r)
        ms = [dict(r) for r in con.execute("SELECT * FROM mentions WHERE article_id = ? ORDER BY seq", (a["id"],))]
        body = search.body_of(a["title"], a["text"], [(e["location"], e["location_text"]) for e in evs])
        out.append({"article": a, "events": evs, "clusters": cl, "mentions": ms, "body": body})
    con.close()
    return out


def _day(s: str | None, shift: int) -> str | None:
    if not s:
        return None
    try:
        return (dt.date.fromisoformat(s[:10]) + dt.timedelta(days=shift)).isoformat()
    except ValueError:
        return None


def copies(templates: list[dict[str, Any]], n_events: int, per_article: int, seed: int
           ) -> Iterator[tuple[dict, list[dict], list[dict], list[dict], str]]:
    """(article, mentions, events, clusters, search body) of each copy, until ``n_events``."""
    rnd = random.Random(seed)
    order = list(range(len(templates)))
    made = k = 0
    while made < n_events:
        if k % len(order) == 0:
            rnd.shuffle(order)
        t = templates[order[k % len(order)]]
        src = t["article"]
        aid = f"synthetic-{k:08d}"
        pub0 = dt.date.fromisoformat(src["published"]) if src["published"] else FIRST_DAY
        pub = FIRST_DAY + dt.timedelta(days=rnd.randrange(DAYS))
        shift = (pub - pub0).days
        reps = max(1, round(per_article / len(t["events"])))
        art = dict(src, id=aid, published=pub.isoformat(), outlet=SYN_OUTLET + (src["outlet"] or "unknown"),
                   title=src["title"], content_hash=f"{k:064x}", hadath_version="synthetic",
                   ingested_at=None)
        ms = [dict(m, article_id=aid) for m in t["mentions"]]
        evs, cls = [], []
        seq = 0
        for r in range(reps):
            for ev in t["events"]:
                if made >= n_events:
                    break
                eid = f"syn{k:08d}{seq:05d}"
                cid = f"syc{k:08d}{seq:05d}"
                d = dict(ev, event_id=eid, doc_id=aid, seq=seq, cluster_id=cid,
                         event_date=_day(ev["event_date"], shift - (rnd.randrange(3) if r else 0)))
                if d["latitude"] is not None and d["longitude"] is not None:
                    # a few km around the place (precision 1) or the area (2, 3)
                    spread = 0.02 if (d["geo_precision"] or 1) <= 1 else 0.12
                    d["latitude"] = round(min(89.9, max(-89.9, d["latitude"] + rnd.gauss(0, spread))), 5)
                    d["longitude"] = round(min(179.9, max(-179.9, d["longitude"] + rnd.gauss(0, spread))), 5)
                evs.append(d)
                c0 = t["clusters"].get(ev["event_id"])
                if c0 is not None:
                    canon = json.loads(c0["canonical"])
                    for key in ("event_date", "latitude", "longitude"):
                        if key in canon:
                            canon[key] = d[key]
                    canon["sources"] = [dict(s, event_id=eid, doc_id=aid) if isinstance(s, dict) else s
                                        for s in canon.get("sources", [])[:1]]
                    cls.append(dict(c0, cluster_id=cid, event_date=d["event_date"], latitude=d["latitude"],
                                    longitude=d["longitude"], n_events=1, n_articles=1, n_outlets=1,
                                    outlets=json.dumps([art["outlet"]], ensure_ascii=False),
                                    canonical=json.dumps(canon, ensure_ascii=False, separators=(",", ":"))))
                else:
                    d["cluster_id"] = None
                seq += 1
                made += 1
        art["n_events"] = len(evs)
        k += 1
        yield art, ms, evs, cls, t["body"]


def _columns(conn: Any, table: str) -> list[str]:
    from sqlalchemy import inspect
    return [c["name"] for c in inspect(conn).get_columns(table)]


_BULK_TABLES = ("articles", "mentions", "events", "clusters")


def _drop_indexes(cur: Any, pg: bool) -> list[str]:
    """Drop the secondary indexes of the bulk-loaded tables; return the SQL that rebuilds them
    (building an index once over sorted rows is many times faster than keeping it on insert)."""
    if pg:
        cur.execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                    "AND tablename = ANY(%s) AND indexname NOT IN (SELECT conname FROM pg_constraint)",
                    (list(_BULK_TABLES),))
    else:
        marks = ",".join("?" * len(_BULK_TABLES))
        cur.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                    f"AND tbl_name IN ({marks})", _BULK_TABLES)
    found = cur.fetchall()
    for name, _ in found:
        cur.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in found]


def _pause_rollup(cur: Any, pg: bool) -> list[str]:
    """Stop the rollup's row triggers for the bulk load (it is recounted once at the end);
    return the SQL that restarts them."""
    if pg:
        cur.execute("SELECT tgname FROM pg_trigger WHERE tgname LIKE 'tr_event_cells%' OR tgname = 'tr_event_days'")
        names = [r[0] for r in cur.fetchall()]
        for n in names:
            cur.execute(f"ALTER TABLE events DISABLE TRIGGER {n}")
        return [f"ALTER TABLE events ENABLE TRIGGER {n}" for n in names]
    cur.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND (name LIKE 'tr_event_cells%' OR name LIKE 'tr_event_days%')")
    found = cur.fetchall()
    for name, _ in found:
        cur.execute(f'DROP TRIGGER "{name}"')
    return [sql for _, sql in found]


def write(db: str, rows: Iterator[tuple], batch_articles: int = 2000) -> dict[str, int]:
    """Bulk-write the copies into the (empty, migrated) store ``db``."""
    from hadath.store import open_store
    store = open_store(db)
    counts = {"articles": 0, "mentions": 0, "events": 0, "clusters": 0}
    with store.engine.connect() as conn:
        cols = {t: [c for c in _columns(conn, t)] for t in ("articles", "mentions", "events", "clusters")}
    pg = store.dialect == "postgresql"
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        if not pg:
            cur.execute("PRAGMA synchronous=OFF")
            cur.execute("PRAGMA cache_size=-3000000")       # 3 GB of page cache: random index inserts
            cur.execute("SELECT coalesce(max(id), 0) FROM search_docs")
            next_id = cur.fetchone()[0] + 1
        saved = _drop_indexes(cur, pg)
        saved_triggers = _pause_rollup(cur, pg)
        raw.commit()
        buf: dict[str, list] = {"articles": [], "mentions": [], "events": [], "clusters": [], "search": []}

        def flush() -> None:
            for t in ("articles", "mentions", "clusters", "events"):
                if not buf[t]:
                    continue
                cs = cols[t]
                if pg:
                    with cur.copy(f"COPY {t} ({', '.join(chr(34) + c + chr(34) for c in cs)}) FROM STDIN") as cp:
                        for r in buf[t]:
                            cp.write_row(r)
                else:
                    cur.executemany(f"INSERT INTO {t} ({', '.join(chr(34) + c + chr(34) for c in cs)}) "
                                    f"VALUES ({', '.join('?' * len(cs))})", buf[t])
                counts[t] += len(buf[t])
                buf[t].clear()
            if buf["search"]:
                if pg:
                    with cur.copy("COPY search_docs (article_id, body) FROM STDIN") as cp:
                        for aid, _, body in buf["search"]:
                            cp.write_row((aid, body))
                else:
                    cur.executemany("INSERT INTO search_docs (id, article_id) VALUES (?, ?)",
                                    [(i, aid) for aid, i, _ in buf["search"]])
                    cur.executemany("INSERT INTO search_fts (rowid, body) VALUES (?, ?)",
                                    [(i, body) for _, i, body in buf["search"]])
                buf["search"].clear()
            raw.commit()

        for art, ms, evs, cls, body in rows:
            buf["articles"].append(tuple(art.get(c) for c in cols["articles"]))
            buf["mentions"].extend(tuple(m.get(c) for c in cols["mentions"]) for m in ms)
            buf["events"].extend(tuple(e.get(c) for c in cols["events"]) for e in evs)
            buf["clusters"].extend(tuple(c.get(k) for k in cols["clusters"]) for c in cls)
            if pg:
                buf["search"].append((art["id"], None, body))
            else:
                buf["search"].append((art["id"], next_id, body))
                next_id += 1
            if len(buf["articles"]) >= batch_articles:
                flush()
                if counts["articles"] % 50_000 == 0:
                    _log(f"{counts['articles']:,} articles, {counts['events']:,} events written")
        flush()
        _log(f"rows written; building {len(saved)} indexes and the map's rollup")
        for sql in saved:
            cur.execute(sql)
        for sql in saved_triggers:
            cur.execute(sql)
        raw.commit()
        with store.engine.begin() as conn:
            from hadath.store import rollup
            if rollup.present(conn):
                rollup.rebuild(conn)
        if pg:
            raw.dbapi_connection.autocommit = True
            cur.execute("VACUUM ANALYZE")
        else:
            cur.execute("ANALYZE")
            raw.commit()
    finally:
        raw.close()
        store.close()
    return counts


def make(db: str, n_events: int, *, corpus: Path = DEFAULT_CORPUS, template: str | None = None,
         per_article: int = 8, seed: int = 7) -> dict[str, Any]:
    t0 = time.perf_counter()
    tmp = None
    if template is None or not os.path.exists(template):
        if not corpus.exists():
            raise SystemExit(f"corpus {corpus} not found (--corpus)")
        if template is None:
            tmp = tempfile.TemporaryDirectory(prefix="hadath-template-")
            template = os.path.join(tmp.name, "template.db")
        template_store(corpus, template)
    try:
        tpl = _templates(template)
    finally:
        if tmp is not None:
            tmp.cleanup()
    n_tpl_events = sum(len(t["events"]) for t in tpl)
    _log(f"{len(tpl):,} template articles with {n_tpl_events:,} events")
    t1 = time.perf_counter()
    counts = write(db, copies(tpl, n_events, per_article, seed))
    counts.update(template_articles=len(tpl), template_events=n_tpl_events,
                  write_s=round(time.perf_counter() - t1, 1), total_s=round(time.perf_counter() - t0, 1))
    _log(f"{db}: {counts['events']:,} events in {counts['articles']:,} articles ({counts['write_s']} s writing)")
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=50_000, help="events to make (default 50,000)")
    ap.add_argument("--db", required=True, help="a new SQLite path, or the URL of an empty PostgreSQL database")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL articles to code (default: ANT)")
    ap.add_argument("--template", help="keep (or reuse) the coded template store at this SQLite path")
    ap.add_argument("--per-article", type=int, default=8, help="events per copied article, about (default 8)")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    if a.events < 1 or a.per_article < 1:
        ap.error("--events and --per-article must be >= 1")
    check_empty(a.db, ap.error)
    print(json.dumps(make(a.db, a.events, corpus=a.corpus, template=a.template, per_article=a.per_article,
                          seed=a.seed)))
    return 0


def check_empty(db: str, fail: Any) -> None:
    if "://" in db:
        from hadath.store import open_store
        with open_store(db) as st:
            if st.stats()["articles"]:
                fail(f"{db} holds articles: the generator fills an empty store")
    elif Path(db).exists():
        fail(f"{db} exists: the generator makes a new store")


if __name__ == "__main__":
    sys.exit(main())
