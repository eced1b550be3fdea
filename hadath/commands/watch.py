"""``hadath watch``: poll news feeds, code and store new articles, fuse, alert (see hadath/watch.py)."""
from __future__ import annotations

import argparse
import json
import signal
import sys

from ..errors import HadathInputError
from .ingest import add_db_arg


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "watch", help="poll RSS/Atom feeds and sitemaps, code and store new articles, alert",
        description="Each round fetches every source (conditional GET), follows new items to their "
                    "pages, extracts, codes, stores and fuses them, delivers alerts, then sleeps. A page "
                    "is fetched once; a page whose feed item is dated anew is fetched again and, if its "
                    "text changed, coded again (its events replaced). Faults are logged, counted "
                    "(--status) and retried later. Ctrl-C / SIGTERM finish the current article and exit; "
                    "a restart resumes.")
    p.add_argument("sources", nargs="*", metavar="SOURCE",
                   help="feed or sitemap URLs, or TOML files listing them ([[feed]] url, outlet, country, kind)")
    add_db_arg(p)
    p.add_argument("--every", default=None, help="time between rounds: 15m (default), 90s, 1h")
    p.add_argument("--once", action="store_true", help="one round, then exit (cron, tests)")
    p.add_argument("--status", action="store_true", help="print the watch's state (feeds, waiting pages, "
                                                          "faults by kind, alerts) and exit")
    p.add_argument("--json", action="store_true", help="with --status: as JSON")
    p.add_argument("--workers", type=int, default=8, help="pages fetched at once (default 8)")
    p.add_argument("--code-workers", type=int, default=None,
                   help="processes that extract and code pages (default: 2 on a machine with 2 CPUs or more, "
                        "else 0: coded in this process)")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds per HTTP request (default 10)")
    p.add_argument("--retries", type=int, default=2, help="retries of a failed request, with back-off (default 2)")
    p.add_argument("--per-host-delay", type=float, default=0.5,
                   help="seconds between two requests to one host (default 0.5)")
    p.add_argument("--retry-after", default="5m", help="first wait before a failed page is tried again, "
                                                       "doubled at each failure (default 5m)")
    p.add_argument("--no-robots", action="store_true", help="do not read robots.txt (your own servers only)")
    p.add_argument("--alert", metavar="JSON", help="save an alert and exit: JSON filters "
                                                   "(type, country, admin1, actor, min_fatalities, words)")
    p.add_argument("--webhook", help="with --alert: the URL that receives each match (JSON POST)")
    p.add_argument("-q", "--quiet", action="store_true", help="no line per round")
    p.set_defaults(func=run)


def _print_status(s: dict, out=sys.stdout) -> None:
    print(f"pages: " + (", ".join(f"{k} {v}" for k, v in sorted(s["pages"].items())) or "none")
          + f"; waiting {s['waiting']}", file=out)
    print("errors by kind: " + (", ".join(f"{k} {v}" for k, v in sorted(s["errors"].items())) or "none"),
          file=out)
    print(f"alerts: {s['alerts']}; deliveries: "
          + (", ".join(f"{k} {v}" for k, v in sorted(s["deliveries"].items())) or "none"), file=out)
    for f in s["feeds"]:
        err = f" | last error: {f['last_error']}" if f["last_error"] else ""
        print(f"  {f['url']}: last success {f['last_success'] or 'never'} ({f['n_ok']} ok, "
              f"{f['n_errors']} failed){err}", file=out)
    for e in s["last_errors"][:5]:
        print(f"  {e['at']} {e['kind']}: {e['url']}: {e['reason']}", file=out)


def run(args: argparse.Namespace) -> int:
    from .. import watch as W
    from ..store import open_store
    try:
        store = open_store(args.db)
    except HadathInputError as e:
        print(f"hadath watch: {e}", file=sys.stderr)
        return 2
    try:
        if args.status:
            s = W.status(store)
            if args.json:
                print(json.dumps(s, ensure_ascii=False, indent=1))
            else:
                _print_status(s)
            return 0
        if args.alert is not None:
            try:
                a = W.add_alert(store, json.loads(args.alert), args.webhook)
            except (ValueError, json.JSONDecodeError) as e:
                print(f"hadath watch: --alert: {e}", file=sys.stderr)
                return 2
            print(json.dumps(a, ensure_ascii=False))
            return 0
        try:
            sources, settings = W.load_sources(args.sources)
            every = W.parse_interval(args.every or settings.get("every") or "15m")
            retry_after = W.parse_interval(args.retry_after)
        except ValueError as e:
            print(f"hadath watch: {e}", file=sys.stderr)
            return 2
        if not sources:
            print("hadath watch: no sources (give feed URLs or a sources file)", file=sys.stderr)
            return 2
        fetcher = W.Fetcher(timeout=args.timeout, retries=args.retries, per_host_delay=args.per_host_delay,
                            robots=not args.no_robots)
        import os
        code_workers = args.code_workers if args.code_workers is not None else (2 if (os.cpu_count() or 1) >= 2 else 0)
        w = W.Watcher(store, sources, fetcher=fetcher, workers=args.workers, retry_after=retry_after,
                      code_workers=code_workers)

        def _stop(signum, _frame):  # noqa: ANN001
            if not w.stop.is_set():
                print(f"hadath watch: {signal.Signals(signum).name}: finishing the current article",
                      file=sys.stderr)
            w.stop.set()
        old = {s: signal.signal(s, _stop) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            w.run(every, once=args.once,
                  report=None if args.quiet else (lambda st: print("hadath watch: " + st.line(),
                                                                   file=sys.stderr, flush=True)))
        finally:
            for s, h in old.items():
                signal.signal(s, h)
            w.close()
        return 0
    finally:
        store.close()
