"""``hadath clusters``: list fused clusters, show one, recompute them, or score fusion on labelled pairs."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..errors import HadathInputError
from .events import add_filter_args, filters_of
from .ingest import DEFAULT_DB


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("clusters", help="list, show, recompute or evaluate cross-report clusters",
                       description="Clusters are events told by several articles, fused. Without options: "
                                   "list clusters told by at least --min-articles articles.")
    p.add_argument("--db", default=None,
                   help=f"database: SQLite path or postgresql://... (default: {DEFAULT_DB}); with --evaluate, "
                        "also score the clusters hadath built in this store")
    add_filter_args(p)
    p.add_argument("--min-articles", type=int, default=2, help="only clusters told by this many articles (default 2)")
    p.add_argument("--show", metavar="CLUSTER_ID", help="print one cluster in full (JSON)")
    p.add_argument("--recompute", action="store_true", help="recompute every cluster from the stored events")
    p.add_argument("--evaluate", metavar="LABELS",
                   help="score the fusion rule on labelled article pairs (tests/data/fusion_labels.jsonl)")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=run)


def _prf(gold: list[bool], pred: list[bool]) -> dict[str, Any]:
    tp = sum(g and q for g, q in zip(gold, pred))
    fp = sum(q and not g for g, q in zip(gold, pred))
    fn = sum(g and not q for g, q in zip(gold, pred))
    tn = len(gold) - tp - fp - fn
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"pairs": len(gold), "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": p, "recall": r, "f1": f}


def evaluate(path: str, store: Any = None) -> dict[str, Any]:
    """Pairwise precision/recall of fusion on hand-labelled pairs of reports.

    Each line holds two reports (``a``, ``b``: article ids), the label ``same``
    (one occurrence or not) and each report's hand-coded event (``event_a``,
    ``event_b``). ``rule``: the pairwise rule on each pair alone. ``clusters``:
    whether the two events land in one cluster when every labelled event is
    clustered together (connected components, as the store does)."""
    from .. import fusion
    rows = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
    if not rows:
        raise HadathInputError(f"{path}: no labelled pairs")
    gold = [bool(r["same"]) for r in rows]
    rule = [fusion.same_occurrence(r["event_a"], r["event_b"]) for r in rows]
    evs: dict[str, dict[str, Any]] = {}
    for r in rows:
        for k in ("event_a", "event_b"):
            evs[r[k]["event_id"]] = r[k]
    comp = fusion.cluster_events(list(evs.values()))
    clus = [comp[r["event_a"]["event_id"]] == comp[r["event_b"]["event_id"]] for r in rows]
    errors = [{"a": r["a"], "b": r["b"], "same": g, "why": fusion.mismatch_reason(r["event_a"], r["event_b"]),
               "note": r.get("note")} for r, g, q in zip(rows, gold, rule) if g != q]
    res = {"labels": path, "positives": sum(gold), "negatives": len(gold) - sum(gold),
           "articles": len({r["a"] for r in rows} | {r["b"] for r in rows}),
           "rule": _prf(gold, rule), "clusters": _prf(gold, clus), "rule_errors": errors}
    if store is not None:
        g2, p2, missing = [], [], 0
        for r, g in zip(rows, gold):
            ca = _clusters_of(store, r["a"])
            cb = _clusters_of(store, r["b"])
            if ca is None or cb is None:
                missing += 1
                continue
            g2.append(g)
            p2.append(bool(ca & cb))
        res["end_to_end"] = _prf(g2, p2)
        res["end_to_end"]["pairs_not_in_store"] = missing
    return res


def _clusters_of(store: Any, doc_id: str) -> set[str] | None:
    """Cluster ids of an article's events, or None when the article is not stored."""
    from sqlalchemy import select

    from ..store import schema as S
    with store.engine.connect() as conn:
        if conn.execute(select(S.articles.c.id).where(S.articles.c.id == doc_id)).first() is None:
            return None
        return {r[0] for r in conn.execute(select(S.events.c.cluster_id).where(S.events.c.doc_id == doc_id))}


def run(args: argparse.Namespace) -> int:
    if args.evaluate:
        store = None
        try:
            if args.db:
                from ..store import open_store
                store = open_store(args.db, create=False)
            res = evaluate(args.evaluate, store)
        except (OSError, HadathInputError, KeyError, json.JSONDecodeError) as e:
            print(f"hadath clusters: cannot evaluate {args.evaluate}: {e}", file=sys.stderr)
            return 2
        finally:
            if store is not None:
                store.close()
        if args.format == "json":
            print(json.dumps(res, ensure_ascii=False, indent=1))
            return 0
        print(f"{res['rule']['pairs']} labelled pairs ({res['positives']} same occurrence, "
              f"{res['negatives']} not) over {res['articles']} articles")
        for k in ("rule", "clusters", "end_to_end"):
            if k not in res:
                continue
            m = res[k]
            print(f"  {k:9s} precision {m['precision']:.3f}  recall {m['recall']:.3f}  F1 {m['f1']:.3f}  "
                  f"(tp {m['tp']}, fp {m['fp']}, fn {m['fn']}, tn {m['tn']})")
        for e in res["rule_errors"]:
            print(f"  {'missed' if e['same'] else 'wrongly fused'}: {e['a']} / {e['b']}: {e['why'] or 'rule says same'}"
                  f"{' - ' + e['note'] if e.get('note') else ''}")
        return 0
    from ..store import open_store
    try:
        store = open_store(args.db or DEFAULT_DB, create=False)
    except HadathInputError as e:
        print(f"hadath clusters: {e}", file=sys.stderr)
        return 2
    try:
        if args.recompute:
            n = store.recluster_all()
            print(f"{n} cluster(s) recomputed", file=sys.stderr)
            return 0
        if args.show:
            c = store.get_cluster(args.show)
            if c is None:
                print(f"hadath clusters: no cluster {args.show}", file=sys.stderr)
                return 1
            print(json.dumps(c, ensure_ascii=False, indent=1))
            return 0
        rows, total = store.query_clusters(min_articles=args.min_articles, limit=args.limit or None,
                                           **filters_of(args))
    except HadathInputError as e:
        print(f"hadath clusters: {e}", file=sys.stderr)
        return 2
    finally:
        store.close()
    for d in rows:
        if args.format == "json":
            print(json.dumps(d, ensure_ascii=False))
            continue
        place = ", ".join(x for x in (d.get("location"), d.get("country")) if x) or "-"
        flags = "".join([" FIGURES-DIFFER" if d["fatalities_conflict"] else "",
                         " CONTRADICTION" if d["contradiction"] else ""])
        fat = "?" if d["fatalities"] is None else d["fatalities"]
        print(f"{d['event_date'] or '????-??-??'}  {d['cluster_id']}  {d['event_type']}  {place}  killed={fat}  "
              f"{d['n_articles']} articles: {', '.join(d['outlets'])}{flags}")
    print(f"{len(rows)} of {total} cluster(s)", file=sys.stderr)
    return 0
