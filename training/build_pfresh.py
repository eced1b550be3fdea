"""Build the fresh protest round (training/corpus/pfresh_sentences.jsonl) from the annotators' labels of
training/batches/pfresh_NN.jsonl (drawn by ``sample_protests.py --fresh``: sentences read alone, as the
test set's were, from articles nothing else holds).

    python training/build_pfresh.py [--wide]

With --wide it builds the wide round the same way (batches/pwide_NN.jsonl, drawn by ``sample_protests.py --fresh
--wide``: sentences with the wider wording and no protest word proper) into corpus/pwide_sentences.jsonl and
corpus/agreement_pwide.json.

Each sentence keeps the labels of the batch it belongs to; the sentences two batches share (the ring of
batches/overlap_pfresh.json) measure how far two annotators agree on the protest family
(``agreement_pfresh.json``, scored as adjudicate.py scores the test set's readings). Every sentence is
kept (the round is not balanced like the test set): rows have the test set's fields and the draw's bucket.
Score the coder on it with ``hadath evaluate training/corpus/pfresh_sentences.jsonl --sentences``.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from adjudicate import agreement

HERE = Path(__file__).resolve().parent
FAMILY = ("Protests", "Riots")
KEYS = ("event_type", "sub_event_type", "trigger", "crowd_size", "assoc_actor_1")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wide", action="store_true", help="the wide round (pwide_NN batches)")
    prefix = "pwide" if ap.parse_args().wide else "pfresh"
    out = HERE / "corpus" / f"{prefix}_sentences.jsonl"
    overlap = json.loads((HERE / "batches" / f"overlap_{prefix}.json").read_text(encoding="utf-8"))
    bucket = json.loads((HERE / "batches" / f"{prefix}_key.json").read_text(encoding="utf-8"))
    given, labels = {}, {}  # labels[batch][sid]
    for bf in sorted((HERE / "batches").glob(f"{prefix}_[0-9]*.jsonl")):
        for line in bf.open(encoding="utf-8"):
            r = json.loads(line)
            given[r["sid"]] = r
        lp = HERE / "labels" / (bf.stem + ".labels.jsonl")
        if lp.exists():
            labels[bf.stem] = {lab["sid"]: lab for lab in map(json.loads, lp.open(encoding="utf-8"))}
    rows, missing = [], 0
    for sid, r in sorted(given.items()):
        owner = overlap.get(sid, [None])[0] or next((b for b, ls in labels.items() if sid in ls), None)
        lab = labels.get(owner, {}).get(sid)
        if lab is None:
            missing += 1
            continue
        evs = lab.get("events") or []
        rows.append({"sid": sid, "doc_id": r["doc_id"], "published": r.get("published"), "text": r["text"],
                     "events": [{k: e.get(k) for k in KEYS} for e in evs],
                     "neg": lab.get("neg") if not evs else None, "bucket": bucket.get(sid)})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    first = {sid: labels[b][sid]["events"] or [] for sid, (b, _) in overlap.items()
             if sid in labels.get(b, {})}
    second = {sid: labels[b2][sid]["events"] or [] for sid, (_, b2) in overlap.items()
              if sid in labels.get(b2, {})}
    report = {"second reading vs first": agreement(first, second)}
    (HERE / "corpus" / f"agreement_{prefix}.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    fam = sum(any(e["event_type"] in FAMILY for e in r["events"]) for r in rows)
    print(f"{len(rows)} sentences ({fam} with a protest or riot, {missing} unlabelled) -> {out}")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
