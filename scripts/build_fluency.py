"""Build hadath/data/fluency_bigrams.bin (the word pairs that ordinary Arabic news uses) and
hadath/data/common_words.bin (the words it uses in many articles).

    python scripts/build_fluency.py [--shared ../shared]

Counts pairs of adjacent folded words (proclitics peeled, as the coder matches them) over
the ANT news corpus (Apache-2.0), leaving out every article of ../shared/gold, and keeps
the pairs seen at least twice, as sorted 32-bit CRC hashes. The coder asks what share of
a sentence's word pairs are known: shuffled or random words ("word salad") share almost
none, real sentences share many, so no event is read out of text that is not language.
"""
from __future__ import annotations

import argparse
import json
import zlib
from array import array
from collections import Counter
from pathlib import Path

from hadath.text import tokenize

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "hadath" / "data" / "fluency_bigrams.bin"
WORDS_OUT = ROOT / "hadath" / "data" / "common_words.bin"


def pair_key(a: str, b: str) -> int:
    return zlib.crc32(f"{a} {b}".encode("utf-8"))


def word_key(w: str) -> int:
    return zlib.crc32(w.encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--min-docs", type=int, default=10,
                    help="a word in this many articles or more is a common word (not a place's name)")
    args = ap.parse_args()
    shared = Path(args.shared)
    gold = set()
    for name in ("dev.jsonl", "seed.jsonl"):
        for line in (shared / "gold" / name).open(encoding="utf-8"):
            if line.strip():
                gold.add(json.loads(line)["id"])
    counts: Counter = Counter()
    docs: Counter = Counter()
    n = 0
    for line in (shared / "data/corpora/ant_news.jsonl").open(encoding="utf-8"):
        a = json.loads(line)
        if a["id"] in gold:
            continue
        n += 1
        toks = tokenize(a["text"])
        words = [t.stems[-1] for t in toks]
        counts.update(pair_key(x, y) for x, y in zip(words, words[1:]))
        # a word counts for the common-word table only where the text writes it without a lone
        # "و" peeled off: "ورغة" (a mountain) is not the word "رغة", and a real word ("قال")
        # is written bare or with other proclitics in many articles anyway
        docs.update({t.stems[-1] for t in toks if t.norm != "و" + t.stems[-1]})
    keep = array("I", sorted(k for k, c in counts.items() if c >= args.min_count))
    OUT.write_bytes(zlib.compress(keep.tobytes(), 9))
    print(f"{n} articles, {len(counts):,} word pairs, {len(keep):,} kept -> {OUT} ({OUT.stat().st_size // 1024} KiB)")
    common = array("I", sorted({word_key(w) for w, c in docs.items() if c >= args.min_docs}))
    WORDS_OUT.write_bytes(zlib.compress(common.tobytes(), 9))
    print(f"{len(docs):,} words, {len(common):,} in {args.min_docs}+ articles -> {WORDS_OUT} "
          f"({WORDS_OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
