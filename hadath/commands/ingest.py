"""``hadath ingest``: extract articles and store them (articles, mentions, events, clusters)."""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter

from ..errors import HadathInputError
from ..io.readers import describe, input_size, read_inputs
from ..io.runner import Progress

DEFAULT_DB = "events.db"
LISTED = 5           # duplicates named in the summary (the rest are counted)


def add_db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=DEFAULT_DB,
                   help=f"database: a SQLite file path or sqlite:///path, or postgresql://... (default: {DEFAULT_DB})")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="extract articles and store their events in a database",
                       description="Extract events from articles (as for 'extract') and store articles, "
                                   "mentions, events and cross-report clusters. One transaction per "
                                   "article: an interrupted run loses no stored article, and running "
                                   "again skips what is already stored. Articles that are not Arabic "
                                   "are stored without events. An item that cannot be read or coded is "
                                   "reported with its reason and the run goes on. Exit code: 0, or 1 "
                                   "when nothing was stored and something was skipped, or when the "
                                   "database failed; 2 when the store cannot be opened.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="input files ('-' for standard input), or the Parquet folder of "
                        "'hadath extract --engine spark' (its coded events are stored as they are)")
    add_db_arg(p)
    p.add_argument("--published", help="publication date (YYYY-MM-DD) for inputs that lack one")
    p.add_argument("--outlet", help="outlet name for inputs that lack one")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress while it runs: only the summary at the end")
    p.set_defaults(func=run)


def _is_spark_output(p: str) -> bool:
    from pathlib import Path
    return (Path(p) / "_articles").is_dir()


def _spark_items(dirs: list[str]):
    """Items whose ``article`` is a coded ``Document`` rebuilt from the ``_articles`` Parquet of
    ``hadath extract --engine spark`` (events as coded there; mentions are not carried)."""
    if not dirs:
        return
    from dataclasses import fields
    from pathlib import Path

    import pyarrow.parquet as pq

    from ..io.readers import Item
    from ..types import Document, Event
    names = {f.name for f in fields(Event)}
    for d in dirs:
        files = sorted(Path(d, "_articles").glob("part-*.parquet"))
        table = pq.read_table(files) if files else None
        if table is None:
            yield Item(f"{d}/_articles", error="no Parquet file in it")
            continue
        for batch in table.to_batches(max_chunksize=256):
            for row in batch.to_pylist():
                src = f"{d}:{row.get('id')}"
                if row["status"] not in ("ok", "language"):
                    yield Item(src, error=row.get("reason") or row["status"])
                    continue
                evs = [Event(**{k: v for k, v in e.items() if k in names}) for e in row["events"] or []]
                doc = Document(text=row["text"], id=row["id"] or "", published=row.get("published"),
                               outlet=row.get("outlet"), title=row.get("title"), url=row.get("url"),
                               events=evs, warnings=list(row.get("warnings") or []))
                yield Item(src, article=doc)


def run(args: argparse.Namespace) -> int:
    from ..store import open_store
    try:
        store = open_store(args.db)
    except HadathInputError as e:
        print(f"hadath ingest: {e}", file=sys.stderr)
        return 2
    status: Counter[str] = Counter()
    n_events = not_arabic = done_bytes = 0
    skipped: list[tuple[str, str]] = []
    duplicates: list[tuple[str, str, str | None]] = []     # (source, its id, id of the stored copy)
    t0 = time.perf_counter()
    from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError
    failed = None
    progress = Progress(quiet=args.quiet, label="hadath ingest",
                        total=None if args.quiet else input_size(args.paths))
    spark_dirs = [p for p in args.paths if _is_spark_output(p)]
    paths = [p for p in args.paths if p not in spark_dirs]
    try:
        for item in _spark_items(spark_dirs):
            if item.article is None:
                skipped.append((item.source, item.error or "unreadable"))
                continue
            try:
                res = store.ingest_document(item.article)
            except HadathInputError as e:
                skipped.append((item.source, str(e)))
                continue
            except (DataError, IntegrityError) as e:
                skipped.append((item.source, f"the database refused it ({type(e).__name__})"))
                continue
            status[res.status] += 1
            n_events += res.n_events
            not_arabic += any(w.startswith("not Arabic") for w in res.warnings)
            if res.status == "duplicate":
                duplicates.append((item.source, res.article_id, res.duplicate_of))
            progress.update(sum(status.values()), n_events, len(skipped), done_bytes)
        for item in read_inputs(paths, published=args.published, outlet=args.outlet) if paths else ():
            done_bytes += item.nbytes
            if item.article is None:
                skipped.append((item.source, item.error or "unreadable"))
            else:
                try:
                    res = store.ingest(item.article)
                except HadathInputError as e:
                    skipped.append((item.source, str(e)))
                except (DataError, IntegrityError) as e:
                    # This article's values, refused by the database: its transaction is rolled back.
                    skipped.append((item.source, f"the database refused it ({type(e).__name__})"))
                except SQLAlchemyError:
                    raise
                except Exception as e:              # noqa: BLE001 - one article must not end the run
                    skipped.append((item.source, f"internal error: {describe(e)}"))
                else:
                    status[res.status] += 1
                    n_events += res.n_events
                    if any(w.startswith("not Arabic") for w in res.warnings):
                        not_arabic += 1
                    if res.status == "duplicate":
                        duplicates.append((item.source, res.article_id, res.duplicate_of))
            progress.update(sum(status.values()), n_events, len(skipped), done_bytes)
    except SQLAlchemyError as e:
        # The database failed (disk full, read-only, server gone): stop; what was committed stays.
        failed = f"{type(e).__name__}: {str(e).splitlines()[0]}"
    finally:
        progress.done()
    try:
        stats = store.stats()
    except SQLAlchemyError:
        stats = None
    store.close()
    dt = time.perf_counter() - t0
    print(f"{status['inserted']} ingested, {status['updated']} updated, {status['unchanged']} unchanged, "
          f"{status['duplicate']} duplicate(s), {len(skipped)} skipped; {n_events} new event(s) "
          f"in {dt:.1f} s", file=sys.stderr)
    if duplicates:
        named = ", ".join(f"{src} (= {of})" for src, _, of in duplicates[:LISTED])
        more = f" and {len(duplicates) - LISTED:,} more" if len(duplicates) > LISTED else ""
        print(f"  {len(duplicates):,} duplicate(s) not stored again, same text and date as a stored "
              f"article: {named}{more}", file=sys.stderr)
    if not_arabic:
        print(f"  {not_arabic} ingested article(s) are not Arabic text: stored, no events coded", file=sys.stderr)
    if stats:
        print(f"store {args.db}: {stats['articles']} articles, {stats['events']} events, "
              f"{stats['clusters']} clusters ({stats['fused_clusters']} told by several articles), "
              f"{stats['contradictions']} contradiction(s)", file=sys.stderr)
    reasons = Counter(why for _, why in skipped).most_common()
    for why, n in reasons[:10]:
        print(f"  skipped {n}: {why}", file=sys.stderr)
    if len(reasons) > 10:
        print(f"  skipped {sum(n for _, n in reasons[10:]):,} more, for {len(reasons) - 10:,} other reasons",
              file=sys.stderr)
    for src, why in skipped[:20]:
        print(f"    {src}: {why}", file=sys.stderr)
    if len(skipped) > 20:
        print(f"    ... and {len(skipped) - 20:,} more", file=sys.stderr)
    if failed:
        print(f"hadath ingest: database error, stopped (articles stored before it are kept; "
              f"run again to resume): {failed}", file=sys.stderr)
        return 1
    got = sum(status.values())
    return 0 if got or not skipped else 1
