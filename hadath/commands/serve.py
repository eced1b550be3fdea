"""``hadath serve``: the web map and HTTP API over a store."""
from __future__ import annotations

import argparse
import ipaddress
import os
import sys
import tempfile


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the web map and HTTP API over a store",
                       description="Serve the web map (/) and the HTTP API (/api/..., docs at /docs) "
                                   "over an event store. Reading is open; POST /api/articles needs the "
                                   "token (--token or HADATH_TOKEN); without one, writing is refused.")
    p.add_argument("--db", default="events.db", help="store: a SQLite path or a database URL (default: events.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.add_argument("--token", help="bearer token for writing (default: $HADATH_TOKEN; none: read-only)")
    p.add_argument("--extract-limit", type=_extract_limit, metavar="RATE/PERIOD[,N]",
                   default=os.environ.get("HADATH_EXTRACT_LIMIT") or None,
                   help="bounds on POST /api/extract: RATE extractions per client per PERIOD (s, min, h) "
                        "and at most N at once, e.g. 30/min,2 (the default; $HADATH_EXTRACT_LIMIT); "
                        "'off' for none. Over the rate: 429; N running: 503; both with Retry-After")
    p.add_argument("--workers", type=int, default=1,
                   help="server processes (default 1); more serve more analysts at once, each with its "
                        "own connections and cache; on SQLite readers never block each other")
    p.add_argument("--cache-mb", type=float, default=None,
                   help="megabytes of read answers each process keeps while the store is unchanged "
                        "(default 64, $HADATH_CACHE_MB; 0: no cache)")
    p.add_argument("--no-columns", action="store_true",
                   help="answer the page's queries (list, map, timeline, facets) in SQL only; by default "
                        "each process also keeps the events' filter columns in memory (about 60 bytes an "
                        "event, built in the background at start and after writes) and answers from them")
    p.add_argument("--columns-dir", default=None,
                   help="where the columns are saved, per store and revision, so that the server "
                        "processes share one copy and a restart over an unchanged store starts at once "
                        "(default: $HADATH_COLUMNS_DIR, else hadath-columns-UID in the temporary directory)")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.set_defaults(func=run)


def _extract_limit(s: str):  # noqa: ANN202
    from ..web.limits import ExtractLimit
    try:
        return ExtractLimit.parse(s)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn
        from ..web.app import create_app
    except ImportError as e:  # pragma: no cover - deps are in the package's requirements
        print(f"error: the web server needs fastapi and uvicorn ({e})", file=sys.stderr)
        return 1
    from ..errors import HadathInputError
    from ..store import open_store

    token = args.token or os.environ.get("HADATH_TOKEN") or None
    from ..web.limits import DEFAULT, ExtractLimit
    limit = args.extract_limit or ExtractLimit.parse(DEFAULT)   # argparse parses $HADATH_EXTRACT_LIMIT too
    if not (0 < args.port < 65536):
        print(f"error: invalid port {args.port}", file=sys.stderr)
        return 2
    if not 1 <= args.workers <= 64:
        print(f"error: --workers must be from 1 to 64, not {args.workers}", file=sys.stderr)
        return 2
    cache_mb = args.cache_mb if args.cache_mb is not None else float(os.environ.get("HADATH_CACHE_MB") or 64)
    if cache_mb < 0:
        print("error: --cache-mb must be >= 0", file=sys.stderr)
        return 2
    columns_dir = args.columns_dir or os.environ.get("HADATH_COLUMNS_DIR") or os.path.join(
        tempfile.gettempdir(), f"hadath-columns-{os.getuid() if hasattr(os, 'getuid') else 'user'}")
    fresh = "://" not in args.db and not os.path.exists(os.path.expanduser(args.db))
    try:
        store = open_store(args.db)
    except HadathInputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if fresh:
        print(f"note: {args.db} did not exist: serving a new, empty store "
              "(fill it with hadath ingest, or POST /api/articles)", file=sys.stderr)
    if not _is_loopback(args.host):
        print(f"warning: listening on {args.host}, reachable from other machines; "
              "the API has no TLS, put it behind a reverse proxy", file=sys.stderr)
    print(f"hadath: serving {args.db} on http://{args.host}:{args.port}/ "
          f"(API docs /docs; writing {'enabled with a token' if token else 'disabled: no token'}; "
          f"extraction limit {limit}; {args.workers} process(es), cache {cache_mb:g} MB each)",
          file=sys.stderr)
    if args.workers > 1:
        # uvicorn starts each worker from the factory, which reads these variables
        store.close()
        os.environ.update(HADATH_DB=args.db, HADATH_EXTRACT_LIMIT=str(limit), HADATH_CACHE_MB=str(cache_mb),
                          HADATH_COLUMNS="0" if args.no_columns else "1", HADATH_COLUMNS_DIR=columns_dir)
        if token:
            os.environ["HADATH_TOKEN"] = token
        else:
            os.environ.pop("HADATH_TOKEN", None)
        uvicorn.run("hadath.web.app:app_from_env", factory=True, workers=args.workers, host=args.host,
                    port=args.port, log_level=args.log_level, server_header=False)
        return 0
    try:
        uvicorn.run(create_app(store, token=token, extract_limit=limit, cache_mb=cache_mb,
                               columns=not args.no_columns, columns_dir=columns_dir), host=args.host,
                    port=args.port, log_level=args.log_level, server_header=False)
    finally:
        store.close()
    return 0
