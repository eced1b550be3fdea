"""``hadath extract``: code events from articles (text, HTML, RSS/Atom, JSONL, directories)."""
from __future__ import annotations

import argparse
import io
import json
import sys

from ..io.dates import clean_date
from ..io.readers import describe, input_size, read_inputs
from ..io.runner import CRASH, LANGUAGE, OK, REFUSED, UNREADABLE, Progress, default_workers, run_items
from ..io.writers import CsvWriter, write_jsonl, write_table

MAX_LISTED = 200     # skipped items listed on stderr; --errors FILE gets them all


def _workers(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {s!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (all cores) or more")
    return n or default_workers()


def _date(s: str) -> str:
    d = clean_date(s)
    if not d:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {s!r}")
    return d


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract", help="extract events from articles",
        description="Extract events from articles: .txt, .html/.htm pages, RSS/Atom feeds "
                    "(.xml/.rss/.atom), .jsonl and .jsonl.gz (one article per line), .json, and "
                    "directories of these (recursively). Non-Arabic articles are skipped. Bad input "
                    "is reported, one reason per item, at the end; the run goes on.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="input files or directories ('-' for standard input)")
    p.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD) for inputs that lack one")
    p.add_argument("--outlet", help="outlet name for inputs that lack one")
    p.add_argument("-o", "--output", help="write here instead of standard output")
    p.add_argument("--format", choices=["table", "jsonl", "csv"],
                   help="output format (default: table on standard output, jsonl to a file)")
    p.add_argument("--workers", type=_workers, default=default_workers(), metavar="N",
                   help=f"processes to code with (default: all cores, here {default_workers()}; 1 = in this process)")
    p.add_argument("--errors", metavar="FILE",
                   help="write one JSON line {source, reason} per skipped item to FILE")
    p.add_argument("--no-language-check", dest="check_language", action="store_false",
                   help="code every article, even when it does not look Arabic")
    p.add_argument("--chunk-size", type=int, default=32, metavar="N", help=argparse.SUPPRESS)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary on standard error")
    p.add_argument("--engine", choices=["local", "spark"], default="local",
                   help="local (default: this machine, --workers processes) or spark: read JSONL, JSONL.gz, "
                        "Parquet or directories (any path Spark reads) and write Parquet to --output DIR, "
                        "partitioned by country and year_month (needs pip install 'hadath[spark]')")
    p.add_argument("--master", default="local[*]",
                   help="Spark master for --engine spark (default local[*]; spark-submit's wins when set)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.engine == "spark":
        return _run_spark(args)
    fmt = args.format or ("jsonl" if args.output else "table")
    try:
        out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
        errf = open(args.errors, "w", encoding="utf-8") if args.errors else None
    except OSError as e:
        print(f"hadath extract: cannot write {e.filename}: {e.strerror}", file=sys.stderr)
        return 2
    csvw = CsvWriter(out) if fmt == "csv" else None
    counts = {OK: 0, UNREADABLE: 0, REFUSED: 0, LANGUAGE: 0, CRASH: 0}
    n_ev = undated = done_bytes = 0
    skipped: list[tuple[str, str]] = []
    exclude = [x for x in (args.output, args.errors) if x]
    progress = Progress(quiet=args.quiet, label="hadath extract",
                        total=None if args.quiet else input_size(args.paths, exclude))
    items = read_inputs(args.paths, published=args.published, outlet=args.outlet, exclude=exclude)

    def skip(source: str, kind: str, why: str) -> None:
        counts[kind] += 1
        skipped.append((source, why))
        if errf:
            errf.write(json.dumps({"source": source, "reason": why}, ensure_ascii=False) + "\n")
            errf.flush()

    try:
        for r in run_items(items, workers=args.workers, chunksize=max(1, args.chunk_size),
                           check_language=args.check_language):
            done_bytes += r.nbytes
            if r.doc is None:
                skip(r.source, r.kind, r.error or "skipped")
            else:
                doc = r.doc
                # Rendered apart first: a record that cannot be written is this article's
                # skip, not half a record in the output and the end of the run.
                buf = io.StringIO()
                try:
                    if fmt == "jsonl":
                        k = write_jsonl(doc, buf)
                    elif fmt == "csv":
                        k = csvw.write(doc, buf)
                    else:
                        k = write_table(doc, buf)
                except Exception as e:              # noqa: BLE001 - one article must not end the run
                    skip(r.source, CRASH, f"internal error while writing its events: {describe(e)}")
                else:
                    counts[OK] += 1
                    n_ev += k
                    undated += doc.published is None
                    out.write(buf.getvalue())
                    out.flush()          # a killed run keeps every article written so far
            progress.update(counts[OK], n_ev, len(skipped), done_bytes)
    finally:
        progress.done()
        if args.output:
            out.close()
        if errf:
            errf.close()
    if not args.quiet:
        _summary(counts, n_ev, undated, skipped, progress.elapsed(), args)
    read = counts[OK] + counts[LANGUAGE]
    return 0 if read else 1


def _run_spark(args: argparse.Namespace) -> int:
    if not args.output:
        print("hadath extract: --engine spark needs --output DIR (a Parquet folder)", file=sys.stderr)
        return 2
    try:
        from .. import spark as hs
    except ImportError as e:
        print(f"hadath extract: {e}", file=sys.stderr)
        return 2
    import time
    t = time.perf_counter()
    try:
        sess = hs.session(args.master, "hadath extract")
    except Exception as e:                  # noqa: BLE001 - no Java, a bad master URL
        print(f"hadath extract: Spark did not start (is Java installed? java -version): "
              f"{' '.join(str(e).split())[:300]}", file=sys.stderr)
        return 2
    sess.sparkContext.setLogLevel("ERROR")
    df = hs.spread(hs.read_articles(sess, args.paths))
    if args.published or args.outlet:
        from pyspark.sql import functions as F
        for col, val in (("published", args.published), ("outlet", args.outlet)):
            if val:
                df = df.withColumn(col, F.coalesce(F.when(F.col(col) != "", F.col(col)), F.lit(val)))
    arts = hs.code(df, check_language=args.check_language)
    try:
        hs.write_output(arts, args.output)
    except Exception as e:                  # noqa: BLE001 - Spark's own errors (output exists, path)
        print(f"hadath extract: {' '.join(str(e).split())[:300]}", file=sys.stderr)
        return 1
    if not args.quiet:
        from pyspark.sql import functions as F
        back = sess.read.parquet(args.output.rstrip("/") + "/_articles/part-*")
        counts = {r["status"]: (r["n"], r["ev"]) for r in back.groupBy("status").agg(
            F.count("*").alias("n"), F.sum(F.size("events")).alias("ev")).collect()}
        n_ok, n_ev = counts.get(OK, (0, 0))
        skipped = ", ".join(f"{n:,} {k}" for k, (n, _) in sorted(counts.items()) if k != OK)
        print(f"hadath extract (spark): {n_ok:,} article(s) coded, {n_ev or 0:,} event(s) written to "
              f"{args.output}" + (f", skipped: {skipped}" if skipped else "")
              + f" in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return 0


def _summary(counts: dict[str, int], n_ev: int, undated: int, skipped: list[tuple[str, str]],
             elapsed: float, args: argparse.Namespace) -> None:
    err = sys.stderr
    parts = [f"{counts[k]:,} {label}" for k, label in
             ((LANGUAGE, "not Arabic"), (UNREADABLE, "unreadable"), (REFUSED, "refused"),
              (CRASH, "coder error")) if counts[k]]
    n = sum(counts.values())
    rate = f", {n / elapsed:,.1f} articles/s" if elapsed > 0 and n else ""
    line = (f"hadath extract: {counts[OK]:,} article(s) coded, {n_ev:,} event(s) written, "
            f"{len(skipped):,} skipped" + (f" ({', '.join(parts)})" if parts else "") + rate)
    print(line, file=err)
    if undated:
        print(f"  {undated:,} article(s) undated (no date in the input and no --published): "
              "relative dates left unresolved", file=err)
    for src, why in skipped[:MAX_LISTED]:
        print(f"  skipped {src}: {why}", file=err)
    if len(skipped) > MAX_LISTED:
        more = "; --errors FILE lists all" if not args.errors else f"; all in {args.errors}"
        print(f"  ... and {len(skipped) - MAX_LISTED:,} more{more}", file=err)
    if not (counts[OK] + counts[LANGUAGE]):
        print("hadath extract: nothing could be read", file=err)
