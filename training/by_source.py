"""Protest and riot recall of a labelled sentence file by source (Tunisian local news, international news,
FIGNEWS), counts only (no sentence printed: safe on the held-out protest test set).

    python training/by_source.py tests/data/protest_sentences.jsonl

Each protest or riot event a sentence's labels give counts once; it is found when the coder gives that
sentence at least as many events of its type.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter

import hadath

FAMILY = ("Protests", "Riots")


def source(doc_id: str) -> str:
    if "localNews" in doc_id:
        return "Tunisian local news"
    if "internationalNews" in doc_id:
        return "international news"
    if doc_id.startswith("fig"):
        return "FIGNEWS"
    return "other"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sentences", help="a labelled sentence file (jsonl: text, published, events, doc_id)")
    args = ap.parse_args()
    total, found = Counter(), Counter()
    for line in open(args.sentences, encoding="utf-8"):
        r = json.loads(line)
        gold = Counter(e["event_type"] for e in r["events"] if e["event_type"] in FAMILY)
        if not gold:
            continue
        coded = Counter(e.event_type for e in hadath.extract(r["text"], r.get("published")).events
                        if e.event_type in FAMILY)
        src = source(str(r.get("doc_id", "")))
        total[src] += sum(gold.values())
        found[src] += sum(min(n, coded[t]) for t, n in gold.items())
    for src, n in total.most_common():
        print(f"{src:22} recall {found[src] / n:.3f} ({found[src]} of {n})")


if __name__ == "__main__":
    main()
