"""``hadath bench``: throughput, latency, start-up and memory of extraction on a corpus."""
from __future__ import annotations

import argparse
import json
import sys


def _sizes(s: str) -> list[int]:
    try:
        out = [int(x.replace("_", "").replace("k", "000")) for x in s.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {s!r}") from None
    if not out or min(out) < 1:
        raise argparse.ArgumentTypeError("sizes must be positive")
    return out


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "bench", help="time extraction on a corpus",
        description="Measure articles/s and events/s (one worker and all cores), median and 95th "
                    "percentile latency per article, peak memory (RSS) and start-up time (import + "
                    "first extract). Each measurement runs in a fresh Python process.")
    p.add_argument("corpus", metavar="CORPUS", help="articles to time: .jsonl(.gz) or any input extract reads")
    p.add_argument("--limit", type=int, metavar="N", help="use the first N articles only")
    p.add_argument("--workers", type=int, metavar="N", help="processes for the all-cores run (default: all cores)")
    p.add_argument("--repeat", type=int, default=1, metavar="K", help="run each measurement K times; "
                                                                      "report the median run (default 1)")
    p.add_argument("--scaling", action="store_true",
                   help="also print cost by article length and by corpus size (corpus repeated)")
    p.add_argument("--sizes", type=_sizes, metavar="N,N,...", default=[1000, 10000, 100000],
                   help="corpus sizes for --scaling (default 1000,10000,100000; 10k also accepted)")
    p.add_argument("--profile", action="store_true", help="print a cProfile summary of one-worker extraction")
    p.add_argument("--top", type=int, default=25, help="functions listed by --profile (default 25)")
    p.add_argument("--no-language-check", dest="check_language", action="store_false",
                   help="time extraction without the language check")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress lines on standard error")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..eval.bench import bench, format_bench, load_articles

    if not load_articles(args.corpus, 1):
        print(f"hadath bench: no article could be read from {args.corpus}", file=sys.stderr)
        return 1
    log = None if args.quiet else (lambda s: print(f"hadath bench: {s}", file=sys.stderr, flush=True))
    try:
        res = bench(args.corpus, limit=args.limit, workers=args.workers, repeat=max(1, args.repeat),
                    scaling=args.scaling, sizes=args.sizes, profile=args.profile, top=args.top,
                    check_language=args.check_language, log=log)
    except RuntimeError as e:
        print(f"hadath bench: {e}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(res, ensure_ascii=False))
    else:
        print("\n".join(format_bench(res)))
    return 0
