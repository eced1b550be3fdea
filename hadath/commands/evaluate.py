"""``hadath evaluate``: score extraction against a gold file (EVENT_CODING.md section 4)."""
from __future__ import annotations

import argparse
import json
import sys

from ..eval.report import details, format_details
from ..eval.score import format_scores, group_predictions, load_gold, load_predictions, score


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "evaluate", help="score extraction against a gold file",
        description="Code the gold articles (or read predictions) and print precision, recall and "
                    "F1 on event type, F1 with sub-type, field accuracies (the same lines as the "
                    "reference scorer), then a confusion table of event types, the misses, the "
                    "false alarms and the fields that disagree on matched pairs.")
    p.add_argument("gold", metavar="GOLD.jsonl", help="gold file: one article per line with id, text, "
                                                      "published and events")
    p.add_argument("--predictions", metavar="PRED.jsonl",
                   help="score these instead of running extraction: one event per line with doc_id, "
                        "or one article per line with id and events")
    p.add_argument("--save-predictions", metavar="FILE",
                   help="write the events extraction produced (one JSON line each) to FILE")
    p.add_argument("--json", action="store_true",
                   help="print one JSON object: the reference scorer's figures plus 'details'")
    p.add_argument("--figures-only", action="store_true", help="print the figures only, no details")
    p.set_defaults(func=run)


def _extract(gold_docs: list[dict]) -> tuple[dict, list[str]]:
    from ..errors import HadathInputError
    from ..pipeline import extract_article

    rows, problems = [], []
    for doc in gold_docs:
        art = {k: doc.get(k) for k in ("id", "text", "published", "outlet", "title", "url")}
        try:
            d = extract_article(art)
        except HadathInputError as e:
            problems.append(f"{doc.get('id')}: {e}")
            continue
        rows.extend(ev.to_dict() for ev in d.events)
    return rows, problems


def run(args: argparse.Namespace) -> int:
    try:
        gold = load_gold(args.gold)
    except (OSError, json.JSONDecodeError) as e:
        print(f"hadath evaluate: cannot read gold file {args.gold}: {e}", file=sys.stderr)
        return 2
    if args.predictions:
        try:
            preds = load_predictions(args.predictions)
        except (OSError, json.JSONDecodeError) as e:
            print(f"hadath evaluate: cannot read predictions {args.predictions}: {e}", file=sys.stderr)
            return 2
    else:
        rows, problems = _extract(gold)
        for p in problems:
            print(f"hadath evaluate: not coded: {p}", file=sys.stderr)
        if args.save_predictions:
            with open(args.save_predictions, "w", encoding="utf-8") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        preds = group_predictions(rows)
    res = score(gold, preds)
    det = None if args.figures_only else details(gold, preds)
    if args.json:
        out = dict(res)
        if det is not None:
            out["details"] = det
        print(json.dumps(out, ensure_ascii=False))
        return 0
    lines = format_scores(res)
    if det is not None:
        lines += format_details(det)
    print("\n".join(lines))
    return 0
