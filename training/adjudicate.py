"""Three readings of each protest sentence, and the labels they agree on.

    python training/adjudicate.py [--write]

Two more annotator sessions relabelled blind (neither saw the first labels, nor each other's,
nor hadath's output) every sentence of the protest test set (``tests/data/protest_sentences.jsonl``)
and the training sentences about protests (every sentence labelled with a Protests or Riots
event, the sentences the rules code as one that were labelled without, and 100 more with a
protest word): batches ``training/batches/relabel_{test,train}_{0,1}{a,b}.jsonl``, labels in
``training/labels/``. This script

- measures how far two annotators agree on the protest family: each new reading scored against
  the first as if it were a coder (precision, recall, F1 of the family over the sentences, and
  sub-type accuracy over the sentences both call a protest or riot), the human ceiling for the
  coder's figures on the same sentences;
- with ``--write``, adjudicates by majority: a sentence tells a protest or riot when two readings
  of three say so, with the sub-types two readings give (else the first reading's, else the
  second's); events of other types keep the first reading. The test set keeps its first labels
  in ``first_events`` and the three readings in ``votes``; the training overrides go to
  ``training/corpus/adjudicated.json``, which ``build_corpus.py`` applies.

Figures go to ``training/corpus/agreement_protests.json``.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEST = HERE.parent / "tests" / "data" / "protest_sentences.jsonl"
FAMILY = ("Protests", "Riots")


def read_jsonl(p: Path) -> list[dict]:
    return [json.loads(x) for x in p.open(encoding="utf-8") if x.strip()] if p.exists() else []


def family(evs: list[dict] | None) -> frozenset[tuple[str, str]]:
    return frozenset((e.get("event_type"), e.get("sub_event_type")) for e in evs or []
                     if isinstance(e, dict) and e.get("event_type") in FAMILY)


def readings(kind: str) -> dict[str, dict[str, list[dict]]]:
    """sid -> {batch copy ('a' or 'b'): events} for the relabel batches of ``kind``."""
    out: dict[str, dict[str, list[dict]]] = {}
    for bf in sorted((HERE / "batches").glob(f"relabel_{kind}_*.jsonl")):
        given = {r["sid"] for r in read_jsonl(bf)}
        for lab in read_jsonl(HERE / "labels" / (bf.stem + ".labels.jsonl")):
            if lab.get("sid") in given:
                out.setdefault(lab["sid"], {})[bf.stem[-1]] = [e for e in lab.get("events") or [] if isinstance(e, dict)]
    return out


def agreement(first: dict[str, list[dict]], other: dict[str, list[dict]]) -> dict:
    """``other`` scored against ``first`` on the sentences both read."""
    tp = fp = fn = sub = 0
    for sid, evs in other.items():
        if sid not in first:
            continue
        g, p = family(first[sid]), family(evs)
        if g and p:
            tp += 1
            sub += bool(g & p)
        elif g:
            fn += 1
        elif p:
            fp += 1
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return {"sentences": sum(sid in first for sid in other), "both": tp, "only_other": fp, "only_first": fn,
            "precision": round(pr, 3), "recall": round(rc, 3),
            "f1": round(2 * pr * rc / (pr + rc), 3) if pr + rc else 0.0,
            "sub_type_accuracy": round(sub / tp, 3) if tp else None}


def majority(votes: list[list[dict]]) -> tuple[list[dict], bool]:
    """The family events two readings of three agree on, and whether it is a protest or riot."""
    sets = [family(v) for v in votes]
    if sum(bool(s) for s in sets) < 2:
        return [], False
    count = Counter(p for s in sets for p in s)
    pairs = [p for p, n in count.items() if n >= 2] or sorted(next(s for s in sets if s))
    out = []
    for et, st in sorted(pairs):
        src = next((e for v in votes for e in v if (e.get("event_type"), e.get("sub_event_type")) == (et, st)), {})
        out.append({"event_type": et, "sub_event_type": st, "trigger": src.get("trigger"),
                    "crowd_size": src.get("crowd_size"), "assoc_actor_1": src.get("assoc_actor_1")})
    return out, True


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help="write the majority labels (see above)")
    args = ap.parse_args()
    report: dict = {}
    # the test set
    rows = read_jsonl(TEST)
    first = {r["sid"]: r.get("first_events", r["events"]) for r in rows}
    new = readings("test")
    for copy in ("a", "b"):
        report[f"test: reading {copy} vs first"] = agreement(first, {s: v[copy] for s, v in new.items() if copy in v})
    report["test: reading b vs a"] = agreement({s: v["a"] for s, v in new.items() if "a" in v},
                                               {s: v["b"] for s, v in new.items() if "b" in v})
    changed = 0
    if args.write and rows:
        for r in rows:
            v = new.get(r["sid"], {})
            if len(v) < 2:
                continue
            fe = r.get("first_events", r["events"])
            votes = [fe, v["a"], v["b"]]
            evs, _ = majority(votes)
            r["first_events"] = fe
            r["votes"] = [sorted(f"{et} / {st}" for et, st in family(x)) for x in votes]
            changed += family(evs) != family(r["events"])
            r["events"] = evs
            r["neg"] = r.get("neg") if not evs else None
        TEST.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        report["test: sentences whose family labels the majority changed"] = changed
    # the training sentences
    corpus = {r["sid"]: r for r in read_jsonl(HERE / "corpus" / "sentences.jsonl")}
    adj_path = HERE / "corpus" / "adjudicated.json"
    old = json.loads(adj_path.read_text(encoding="utf-8")) if adj_path.exists() else {}
    tfirst = {sid: old[sid]["first"] if sid in old else r["events"] for sid, r in corpus.items()}
    tnew = readings("train")
    for copy in ("a", "b"):
        report[f"training: reading {copy} vs first"] = agreement(tfirst, {s: v[copy] for s, v in tnew.items() if copy in v})
    report["training: reading b vs a"] = agreement({s: v["a"] for s, v in tnew.items() if "a" in v},
                                                   {s: v["b"] for s, v in tnew.items() if "b" in v})
    if args.write:
        adj = {}
        for sid, v in tnew.items():
            if len(v) < 2 or sid not in tfirst:
                continue
            votes = [tfirst[sid], v["a"], v["b"]]
            evs, _ = majority(votes)
            other = [e for e in tfirst[sid] if e.get("event_type") not in FAMILY]
            fam = [{"event_type": e["event_type"], "sub_event_type": e["sub_event_type"], "trigger": e["trigger"]}
                   for e in evs]
            adj[sid] = {"first": tfirst[sid], "events": other + fam}
        adj_path.write_text(json.dumps(adj, ensure_ascii=False, indent=0), encoding="utf-8")
        report["training: sentences whose family labels the majority changed"] = sum(
            family(a["events"]) != family(a["first"]) for a in adj.values())
    (HERE / "corpus" / "agreement_protests.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
