"""Gather the fresh rounds (checks on articles nobody tuned on) into corpus/fresh_articles.jsonl and
corpus/heldout_articles.jsonl.

    python training/build_fresh.py [--shared ../shared]

Reads training/batches/art_5NN.jsonl ... art_10NN.jsonl (drawn by ``sample.py --round 5, 6, 7, 9, 10`` and
``sample_afp.py``, round 8) and the annotators' records in training/labels/art_NNN.events.jsonl. Writes:

- training/corpus/fresh_articles.jsonl: the fresh articles coded in full, in the format of
  corpus/articles.jsonl (and of the gold files: ``hadath evaluate`` and ../shared/tools/score.py read it), each
  with its ``round``, rounds 5-8, whose errors were read and fixed (so fitted); ``--round N`` writes that round's
  rows alone to standard output (to score one round);
- training/corpus/heldout_articles.jsonl: rounds 9 and 10, the same format, kept unread: only their figures are
  looked at, never their errors, so they stay a measure of text nobody tuned on;
- training/corpus/fresh_summary.json: counts, and the annotators' blind relabelling of the dev articles
  mixed into the batches (blind_key_N.json) scored against the dev gold with the shared scorer.

The blind dev articles never enter the file. The fresh articles are kept apart from corpus/articles.jsonl:
they are not trained on, so that `hadath evaluate training/corpus/fresh_articles.jsonl` measures the coder
on articles its rules and its model were not fitted to (until someone fixes what their errors show: the
README says when that happened).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from build_corpus import event_records, read_jsonl, score_blind

HERE = Path(__file__).resolve().parent
HELD_OUT = (9, 10)  # rounds 9 and 10 (2026-12-01): corpus/heldout_articles.jsonl, never read for errors


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    ap.add_argument("--round", type=int, help="print this round's rows of the written file and stop")
    args = ap.parse_args()
    if args.round:
        name = "heldout_articles.jsonl" if args.round in HELD_OUT else "fresh_articles.jsonl"
        for line in (HERE / "corpus" / name).open(encoding="utf-8"):
            if json.loads(line)["round"] == args.round:
                sys.stdout.write(line)
        return
    batches, labels = HERE / "batches", HERE / "labels"
    key = {}
    for f in sorted(batches.glob("blind_key_*.json"), key=lambda f: int(f.stem.split("_")[-1])):
        if int(f.stem.split("_")[-1]) < 5:
            continue
        key.update(json.loads(f.read_text(encoding="utf-8")))
    bad: Counter = Counter()
    rows, blind = [], []
    for bf in sorted(batches.glob("art_*.jsonl"), key=lambda f: int(f.stem.split("_")[1])):
        if int(bf.stem.split("_")[1]) < 500:
            continue  # (rounds 1-4 are the training articles, build_corpus.py)
        given = {r["id"]: r for r in read_jsonl(bf)}
        seen = set()
        for lab in read_jsonl(labels / (bf.stem + ".events.jsonl")):
            a = given.get(lab.get("id"))
            if a is None or a["id"] in seen:
                bad["unknown or repeated article"] += 1
                continue
            seen.add(a["id"])
            sents = a["sentences"]
            events = event_records(lab.get("events"), a["text"], sents, bad)
            if a["id"] in key:
                blind.append({"id": key[a["id"]], "events": events})
                continue
            rows.append({"id": a["id"], "published": a.get("published"), "outlet": a.get("outlet"),
                         "title": a.get("title"), "text": a["text"], "sentences": sents,
                         "events": events, "batch": bf.stem, "round": int(bf.stem.split("_")[1]) // 100})
        bad["articles not coded"] += len(set(given) - seen)
    out = HERE / "corpus"
    # the HELD_OUT rounds are kept unread in a file of their own: measured only, their errors not looked at
    with (out / "fresh_articles.jsonl").open("w", encoding="utf-8") as f, \
            (out / "heldout_articles.jsonl").open("w", encoding="utf-8") as g:
        for r in rows:
            (g if r["round"] in HELD_OUT else f).write(json.dumps(r, ensure_ascii=False) + "\n")
    summary = {"articles": len(rows), "events": sum(len(r["events"]) for r in rows),
               "by_round": {str(n): {"articles": sum(r["round"] == n for r in rows),
                                     "events": sum(len(r["events"]) for r in rows if r["round"] == n)}
                            for n in sorted({r["round"] for r in rows})},
               "international": sum("international" in r["id"] for r in rows),
               "by_type": dict(Counter(f"{e['event_type']} / {e['sub_event_type']}"
                                       for r in rows for e in r["events"]).most_common()),
               "problems": {k: v for k, v in bad.items() if v}}
    if blind:
        summary["blind_dev_articles"] = len(blind)
        summary["blind_dev_agreement"] = score_blind(Path(args.shared), blind)
    (out / "fresh_summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(summary, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
