"""``hadath ingest``: extract articles and store them (articles, mentions, events, clusters)."""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter

from ..errors import HadathInputError
from ..io.readers import read_inputs

DEFAULT_DB = "events.db"


def add_db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=DEFAULT_DB,
                   help=f"database: a SQLite file path or sqlite:///path, or postgresql://... (default: {DEFAULT_DB})")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="extract articles and store their events in a database",
                       description="Extract events from articles (as for 'extract') and store articles, "
                                   "mentions, events and cross-report clusters. One transaction per "
                                   "article: an interrupted run loses no stored article, and running "
                                   "again skips what is already stored.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="input files ('-' for standard input)")
    add_db_arg(p)
    p.add_argument("--published", help="publication date (YYYY-MM-DD) for inputs that lack one")
    p.add_argument("--outlet", help="outlet name for inputs that lack one")
    p.add_argument("-q", "--quiet", action="store_true", help="print only the summary")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..store import open_store
    try:
        store = open_store(args.db)
    except HadathInputError as e:
        print(f"hadath ingest: {e}", file=sys.stderr)
        return 2
    status: Counter[str] = Counter()
    n_events = not_arabic = 0
    skipped: list[tuple[str, str]] = []
    t0 = time.perf_counter()
    from sqlalchemy.exc import SQLAlchemyError
    failed = None
    try:
        for item in read_inputs(args.paths, published=args.published, outlet=args.outlet):
            if item.article is None:
                skipped.append((item.source, item.error or "unreadable"))
                continue
            try:
                res = store.ingest(item.article)
            except HadathInputError as e:
                skipped.append((item.source, str(e)))
                continue
            status[res.status] += 1
            n_events += res.n_events
            if any(w.startswith("not Arabic") for w in res.warnings):
                not_arabic += 1
            if not args.quiet and res.status == "duplicate":
                print(f"  {item.source}: same content as stored article {res.duplicate_of}", file=sys.stderr)
    except SQLAlchemyError as e:
        # The database failed (disk full, read-only, server gone): stop; what was committed stays.
        failed = f"{type(e).__name__}: {str(e).splitlines()[0]}"
    try:
        stats = store.stats()
    except SQLAlchemyError:
        stats = None
    store.close()
    dt = time.perf_counter() - t0
    print(f"{status['inserted']} ingested, {status['updated']} updated, {status['unchanged']} unchanged, "
          f"{status['duplicate']} duplicate(s), {len(skipped)} skipped; {n_events} new event(s) "
          f"in {dt:.1f} s", file=sys.stderr)
    if not_arabic:
        print(f"  {not_arabic} ingested article(s) are not Arabic text: stored, no events coded", file=sys.stderr)
    if stats:
        print(f"store {args.db}: {stats['articles']} articles, {stats['events']} events, "
              f"{stats['clusters']} clusters ({stats['fused_clusters']} told by several articles), "
              f"{stats['contradictions']} contradiction(s)", file=sys.stderr)
    reasons = Counter(why for _, why in skipped)
    for why, n in reasons.most_common():
        print(f"  skipped {n}: {why}", file=sys.stderr)
    if not args.quiet:
        for src, why in skipped[:20]:
            print(f"    {src}: {why}", file=sys.stderr)
    if failed:
        print(f"hadath ingest: database error, stopped (articles stored before it are kept; "
              f"run again to resume): {failed}", file=sys.stderr)
        return 1
    got = sum(status.values())
    return 0 if got or not skipped else 1
