"""``hadath export``: write stored events or clusters as ACLED CSV, GeoJSON, JSONL or Parquet."""
from __future__ import annotations

import argparse
import sys

from ..errors import HadathInputError
from .events import add_filter_args, filters_of
from .ingest import add_db_arg


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export stored events (ACLED CSV, GeoJSON, JSONL, Parquet)",
                       description="Export events stored by 'hadath ingest'. With --clusters, one record "
                                   "per fused occurrence (its canonical record, every source kept).")
    add_db_arg(p)
    p.add_argument("--format", required=True, choices=["acled-csv", "geojson", "jsonl", "parquet"])
    p.add_argument("--clusters", action="store_true", help="export clusters instead of single reports")
    p.add_argument("-o", "--output", help="output file (default: standard output; required for parquet)")
    add_filter_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from .. import export as X
    from ..store import open_store
    if args.format == "parquet" and not args.output:
        print("hadath export: parquet needs -o FILE", file=sys.stderr)
        return 2
    try:
        store = open_store(args.db, create=False)
        f = filters_of(args)
        store.query_events(limit=0, **f)   # validates the filters before any output is written
    except HadathInputError as e:
        print(f"hadath export: {e}", file=sys.stderr)
        return 2
    records = (store.iter_clusters(**f) if args.clusters
               else store.iter_events(with_evidence_text=True, **f))
    skipped: list[str] = []
    try:
        if args.format == "parquet":
            try:
                n = X.write_parquet(records, args.output, clusters=args.clusters)
            except RuntimeError as e:
                print(f"hadath export: {e}", file=sys.stderr)
                return 2
        else:
            out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
            try:
                if args.format == "acled-csv":
                    n = X.write_acled_csv(records, out, clusters=args.clusters)
                elif args.format == "geojson":
                    n = X.write_geojson(records, out, clusters=args.clusters, skipped=skipped)
                else:
                    n = X.write_jsonl(records, out, clusters=args.clusters)
            finally:
                if args.output:
                    out.close()
    finally:
        store.close()
    what = "cluster(s)" if args.clusters else "event(s)"
    msg = f"{n} {what} written"
    if skipped:
        msg += f"; {len(skipped)} without coordinates left out of the GeoJSON"
    print(msg, file=sys.stderr)
    return 0
