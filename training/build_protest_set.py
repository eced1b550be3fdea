"""Build tests/data/protest_sentences.jsonl, the protest test set of issue 10, from the
annotators' labels of training/batches/protest_test*.jsonl (drawn by sample_protests.py from
articles neither the gold files nor the training corpus hold).

    python training/build_protest_set.py [--seed 5]

Every sentence labelled with a Protests or Riots event is kept; sentences labelled with events
of other types only are left out (they belong to neither side of the family); negatives are
drawn to match the positives in number, the ones with a reason (statements, plans, work
stoppages, history, threats, metaphors) first.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "tests" / "data" / "protest_sentences.jsonl"
FAMILY = ("Protests", "Riots")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pos, neg_reason, neg_plain = [], [], []
    for bf in sorted((HERE / "batches").glob("protest_test*.jsonl")):
        given = {json.loads(x)["sid"]: json.loads(x) for x in bf.open(encoding="utf-8")}
        lab_path = HERE / "labels" / (bf.stem + ".labels.jsonl")
        if not lab_path.exists():
            continue
        for line in lab_path.open(encoding="utf-8"):
            lab = json.loads(line)
            r = given.get(lab["sid"])
            if r is None:
                continue
            evs = [e for e in lab.get("events") or [] if e.get("event_type") in FAMILY]
            row = {"sid": r["sid"], "doc_id": r["doc_id"], "published": r.get("published"), "text": r["text"],
                   "events": [{k: e.get(k) for k in ("event_type", "sub_event_type", "trigger", "crowd_size",
                                                      "assoc_actor_1")} for e in evs],
                   "neg": lab.get("neg") if not lab.get("events") else None}
            if evs:
                pos.append(row)
            elif not lab.get("events"):
                (neg_reason if lab.get("neg") else neg_plain).append(row)
    rng.shuffle(neg_reason)
    rng.shuffle(neg_plain)
    negs = (neg_reason + neg_plain)[:len(pos)]
    rows = sorted(pos + negs, key=lambda r: r["sid"])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(pos)} protest/riot sentences, {len(negs)} negatives -> {OUT}")


if __name__ == "__main__":
    main()
