"""``hadath extract``: code events from articles (text files or JSONL)."""
from __future__ import annotations

import argparse
import sys

from ..errors import HadathInputError
from ..io.readers import read_inputs
from ..io.writers import CsvWriter, write_jsonl, write_table
from ..pipeline import extract_article


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract events from articles",
                       description="Extract events from .txt files or .jsonl (one article per line).")
    p.add_argument("paths", nargs="+", metavar="PATH", help="input files ('-' for standard input)")
    p.add_argument("--published", help="publication date (YYYY-MM-DD) for inputs that lack one")
    p.add_argument("--outlet", help="outlet name for inputs that lack one")
    p.add_argument("-o", "--output", help="write here instead of standard output")
    p.add_argument("--format", choices=["table", "jsonl", "csv"],
                   help="output format (default: table on a terminal, jsonl to a file)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    fmt = args.format or ("jsonl" if args.output else "table")
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    csvw = CsvWriter(out) if fmt == "csv" else None
    n_art = n_ev = 0
    skipped: list[tuple[str, str]] = []
    try:
        for item in read_inputs(args.paths, published=args.published, outlet=args.outlet):
            if item.article is None:
                skipped.append((item.source, item.error or "unreadable"))
                continue
            try:
                doc = extract_article(item.article)
            except HadathInputError as e:
                skipped.append((item.source, str(e)))
                continue
            n_art += 1
            for w in doc.warnings:
                if w.startswith("not Arabic"):
                    skipped.append((item.source, w))
            if fmt == "jsonl":
                n_ev += write_jsonl(doc, out)
            elif fmt == "csv":
                n_ev += csvw.write(doc)
            else:
                n_ev += write_table(doc, out)
            out.flush()
    finally:
        if args.output:
            out.close()
    print(f"{n_art} article(s) read, {n_ev} event(s) written, {len(skipped)} skipped", file=sys.stderr)
    for src, why in skipped:
        print(f"  skipped {src}: {why}", file=sys.stderr)
    return 1 if n_art == 0 else 0
