"""``hadath evaluate``: score extraction against a gold file (EVENT_CODING.md section 4)."""
from __future__ import annotations

import argparse
import json
import os
import sys

from ..eval.report import details, format_details
from ..eval.score import format_scores, group_predictions, load_gold, load_predictions, score, score_by_type


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
    p.add_argument("--errors", action="store_true",
                   help="with --sentences: also print the protest family's misses, false alarms and wrong "
                        "sub-types, with their text (for a training or development set, not a test set)")
    p.add_argument("--json", action="store_true",
                   help="print one JSON object: the reference scorer's figures plus 'details'")
    p.add_argument("--figures-only", action="store_true",
                   help="print the reference scorer's figures only, no table per type, no details")
    p.add_argument("--ablation", action="store_true",
                   help="also code the gold with the rules alone, the learned model alone and both, "
                        "and print the three rows side by side")
    p.add_argument("--sentences", action="store_true",
                   help="GOLD.jsonl holds labelled sentences (text, published, events with event_type and "
                        "sub_event_type), such as tests/data/protest_sentences.jsonl or "
                        "training/corpus/sentences.jsonl: code each alone and print precision and recall "
                        "per sentence, for protests and riots and for every type")
    p.add_argument("--reading", choices=("alone", "context"),
                   help="with --sentences: score only the rows labelled read alone (reading: alone) or "
                        "only those read with their context (training/corpus/sentences.jsonl)")
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


def ablation(gold: list[dict]) -> list[str]:
    """Code the gold three times: the rules alone, the learned model alone, both (the default)."""
    import os

    from ..learn import model as learned
    rows = []
    saved = os.environ.get(learned.MODE_VAR)
    try:
        for mode in ("rules", "model", "both"):
            os.environ[learned.MODE_VAR] = mode
            r = score(gold, group_predictions(_extract(gold)[0]))
            fa = r["field_accuracy"]
            rows.append(f"  {mode:<6} F1 {r['f1']:.3f} (P {r['precision']:.3f} R {r['recall']:.3f})  "
                        f"sub-type {r['f1_sub_event_type']:.3f}  actors {fa['actors'] or 0:.3f}  "
                        f"location {fa['location'] or 0:.3f}  date {fa['event_date'] or 0:.3f}  "
                        f"fatalities {fa['fatalities'] or 0:.3f}")
    finally:
        if saved is None:
            os.environ.pop(learned.MODE_VAR, None)
        else:
            os.environ[learned.MODE_VAR] = saved
    return rows


def run_sentences(path: str, as_json: bool, errors: bool = False, reading: str | None = None) -> int:
    from ..eval.sentences import ALL, score_sentences
    try:
        rows = {name: score_sentences(path, fam, reading) for name, fam in
                (("protests and riots", ("Protests", "Riots")), ("every type", ALL))}
    except (OSError, json.JSONDecodeError, KeyError) as e:
        print(f"hadath evaluate: cannot read labelled sentences {path}: {e}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps({k: {f: v for f, v in r.items() if f != "errors"} for k, r in rows.items()},
                         ensure_ascii=False))
        return 0
    for name, r in rows.items():
        sub = "-" if r["sub_type_accuracy"] is None else f"{r['sub_type_accuracy']:.3f}"
        print(f"{name:<20} found {r['found']}  false alarms {r['false_alarms']}  missed {r['missed']}   "
              f"P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}   sub-type accuracy {sub}")
    if errors:
        # the protest family's sentences the coder got wrong, by kind (misses, false alarms, sub-types)
        for kind in ("missed", "false alarm", "sub-type"):
            errs = [e for e in rows["protests and riots"]["errors"] if e["error"] == kind]
            print(f"\n{kind} ({len(errs)})")
            for e in errs:
                what = e.get("gold") if kind == "missed" else e.get("pred") if kind == "false alarm" else \
                    f"{e.get('gold')} -> {e.get('pred')}"
                neg = f" neg={e['neg']}" if e.get("neg") else ""
                print(f"  {e['sid']}{neg} {what}\n    {e['text']}")
    return 0


HELD_OUT_FILES = ("heldout_articles.jsonl", "protest_sentences.jsonl")  # measured, never read for errors


def run(args: argparse.Namespace) -> int:
    if args.errors and os.path.basename(args.gold) in HELD_OUT_FILES and not os.environ.get("HADATH_READ_HELDOUT"):
        print(f"hadath evaluate: {os.path.basename(args.gold)} is held out: its figures only, not its errors (the "
              f"errors of a held-out file, once read, make it one more set tuned on; HADATH_READ_HELDOUT=1 overrides)",
              file=sys.stderr)
        return 2
    if args.sentences:
        return run_sentences(args.gold, args.json, errors=args.errors, reading=args.reading)
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
    by_type = {} if args.figures_only else score_by_type(gold, preds)
    if by_type:
        lines += ["", "by event type (gold / predicted / matched; P R F1; sub-type F1)"]
    for t, r in by_type.items():
        lines.append(f"  {t:<28} {r['gold_events']:>4} {r['predicted_events']:>4} {r['matched']:>4}   "
                     f"P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}   sub {r['f1_sub_event_type']:.3f}")
    if args.ablation and not args.predictions:
        lines += ["", "ablation (who codes: event F1, sub-type F1, actors, location, date, fatalities)"]
        lines += ablation(gold)
    if det is not None:
        lines += format_details(det)
    print("\n".join(lines))
    return 0
