"""``hadath events``: list stored events, filtered."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..errors import HadathInputError
from .ingest import add_db_arg

FILTERS = ("since", "until", "type", "actor", "country", "admin1", "text", "bbox")


def add_filter_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters (combined with AND)")
    g.add_argument("--since", metavar="DATE", help="events on or after this date (YYYY-MM-DD)")
    g.add_argument("--until", metavar="DATE", help="events on or before this date (YYYY-MM-DD)")
    g.add_argument("--type", metavar="TYPE", help="event_type or sub_event_type, e.g. Battles, 'Air/drone strike'")
    g.add_argument("--actor", metavar="NAME", help="actor1 or actor2 contains this (case-insensitive)")
    g.add_argument("--country", metavar="NAME", help="country, e.g. Syria")
    g.add_argument("--admin1", metavar="NAME", help="first-level region, e.g. Aleppo")
    g.add_argument("--text", metavar="WORDS", help="words in the article, its title or the place name")
    g.add_argument("--bbox", metavar="W,S,E,N", help="bounding box: min_lon,min_lat,max_lon,max_lat")


def filters_of(args: argparse.Namespace) -> dict[str, Any]:
    return {k: getattr(args, k) for k in FILTERS if getattr(args, k, None) not in (None, "")}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("events", help="list stored events",
                       description="List events stored by 'hadath ingest', newest first.")
    add_db_arg(p)
    add_filter_args(p)
    p.add_argument("--clusters", action="store_true",
                   help="list fused clusters (one line per occurrence) instead of events")
    p.add_argument("--format", choices=["table", "jsonl"], default="table")
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50; 0 for all)")
    p.add_argument("--offset", type=int, default=0)
    p.set_defaults(func=run)


def _fmt_fat(v: Any) -> str:
    return "?" if v is None else str(v)


def run(args: argparse.Namespace) -> int:
    from ..store import open_store
    try:
        store = open_store(args.db, create=False)
        limit = None if args.limit == 0 else args.limit
        f = filters_of(args)
        if args.clusters:
            rows, total = store.query_clusters(limit=limit, offset=args.offset, **f)
        else:
            rows, total = store.query_events(limit=limit, offset=args.offset, with_evidence_text=True, **f)
    except HadathInputError as e:
        print(f"hadath events: {e}", file=sys.stderr)
        return 2
    out = sys.stdout
    for d in rows:
        if args.format == "jsonl":
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
            continue
        place = ", ".join(x for x in (d.get("location"), d.get("admin1"), d.get("country")) if x) or "-"
        actors = " vs ".join(x for x in (d.get("actor1"), d.get("actor2")) if x) or "-"
        if args.clusters:
            flags = "".join([" FIGURES-DIFFER" if d["fatalities_conflict"] else "",
                             " CONTRADICTION" if d["contradiction"] else ""])
            out.write(f"{d['event_date'] or '????-??-??'}  {d['cluster_id']}  {d['event_type']} / "
                      f"{d['sub_event_type']}  {place}  {actors}  killed={_fmt_fat(d['fatalities'])}  "
                      f"{d['n_articles']} article(s): {', '.join(d['outlets'])}{flags}\n")
        else:
            out.write(f"{d['event_date'] or '????-??-??'}  {d['event_type']} / {d['sub_event_type']}  {place}  "
                      f"{actors}  killed={_fmt_fat(d['fatalities'])}  [{d.get('outlet') or '-'} {d['doc_id']}]\n")
            for ev in d.get("evidence_text") or []:
                out.write(f"      « {' '.join(ev.split())[:300]} »\n")
    store.close()
    what = "cluster(s)" if args.clusters else "event(s)"
    print(f"{len(rows)} of {total} {what}", file=sys.stderr)
    return 0
