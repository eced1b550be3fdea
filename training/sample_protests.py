"""Draw the protest test set's sentences (tests/data/protest_sentences.jsonl is labelled from them).

    python training/sample_protests.py [--shared ../shared] [--seed 21] [--n 420]

Sentences with protest, riot, strike, sit-in, march or crowd wording from ANT articles and
FIGNEWS posts that are in neither the gold files nor the training corpus (so the test set
measures the learned model on text it never saw), written to
training/batches/protest_test.jsonl for annotation.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
from pathlib import Path

from hadath.text import split_sentences

HERE = Path(__file__).resolve().parent
WORDS = re.compile(
    "احتج|محتج|متظاهر|مظاهر|تظاهر|مسير|وقفة|اعتصا|اعتصم|إضراب|اضراب|شغب|الطريق|احتشد|تجمهر|تجمع|"
    "رشق|الحجارة|العجلات|الإطارات|أحرق|إحراق|أضرم|الغاز المسيل|فرق|فض|الشوارع|غاضب|المعطلين|عصيان|"
    "النقابة|الاتحاد العام")
STRONG = re.compile("وقفة احتجاج|مسيرة|مسيرات|اعتصام|اعتصم|احتجاج|محتج|متظاهر|مظاهرة|تظاهر|شغب|"
                    "احتشد|تجمهر|رشق|أضرم|الغاز المسيل|قطع الطريق|غلق الطريق|إضراب عن الطعام|إضراب جوع")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--n", type=int, default=420)
    ap.add_argument("--strong", action="store_true",
                    help="second batch: only sentences with a protest word proper (more positives), "
                         "from articles the first batch did not draw -> protest_test_2.jsonl")
    args = ap.parse_args()
    words = STRONG if args.strong else WORDS
    shared = Path(args.shared)
    rng = random.Random(args.seed)
    used = set()
    for name in ("dev.jsonl", "seed.jsonl"):
        used |= {json.loads(x)["id"] for x in (shared / "gold" / name).open(encoding="utf-8") if x.strip()}
    for name in ("sentences.jsonl", "articles.jsonl"):
        p = HERE / "corpus" / name
        if p.exists():
            used |= {json.loads(x).get("doc_id") or json.loads(x).get("id") for x in p.open(encoding="utf-8")}
    for p in (HERE / "batches").glob("*.jsonl"):  # anything handed out already
        used |= {json.loads(x).get("doc_id") or json.loads(x).get("id") for x in p.open(encoding="utf-8")}
    rows = []
    for line in (shared / "data/corpora/ant_news.jsonl").open(encoding="utf-8"):
        a = json.loads(line)
        if a["id"] in used:
            continue
        for sp in split_sentences(a["text"]):
            s = a["text"][sp.start:sp.end]
            if 30 <= len(s) <= 500 and words.search(s):
                rows.append({"doc_id": a["id"], "published": a["published"], "start": sp.start, "end": sp.end,
                             "text": s})
    csv.field_size_limit(10**9)
    fig = shared / "data/corpora/fignews/FIGNEWS-2024-TEXT-IAA.tsv"
    for row in csv.DictReader(fig.open(encoding="utf-8"), delimiter="\t"):
        t = row["Text"] if row["Source Language"] == "Arabic" else row["Arabic MT"]
        did = f"fignews-{row['Batch']}-{row['ID']}"
        if did not in used and t and 30 <= len(t) <= 500 and words.search(t):
            rows.append({"doc_id": did, "published": None, "start": 0, "end": len(t), "text": t})
    rng.shuffle(rows)
    seen, out = set(), []
    for r in rows:  # at most two sentences an article
        k = sum(1 for x in out if x["doc_id"] == r["doc_id"])
        if k < 2 and r["text"] not in seen:
            seen.add(r["text"])
            out.append(r)
        if len(out) >= args.n:
            break
    for i, r in enumerate(out):
        r["sid"] = ("q%04d" if args.strong else "p%04d") % i
    dest = HERE / "batches" / ("protest_test_2.jsonl" if args.strong else "protest_test.jsonl")
    dest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"{len(out)} sentences from {len({r['doc_id'] for r in out})} articles -> {dest}")


if __name__ == "__main__":
    main()
