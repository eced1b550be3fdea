"""Draw the protest test set's sentences (tests/data/protest_sentences.jsonl is labelled from them).

    python training/sample_protests.py [--shared ../shared] [--seed 21] [--n 420]
    python training/sample_protests.py --train [--seed 31] [--n 1500] [--batches 5] [--overlap 30]
    python training/sample_protests.py --fresh [--wide] [--seed 41] [--n 200] [--batches 5] [--overlap 20]

The second form draws protest *training* sentences the same way (round 4 of the training
corpus), from articles that neither the gold files, the training corpus nor the test set hold,
(sentences already labelled are skipped; other sentences of their articles may be drawn)
as sentence batches training/batches/sent_4NN.jsonl (with the sentence before and the title, as
sample.py writes them). Consecutive batches share ``--overlap`` sentences (listed in
batches/overlap_4.json) so that two annotators label them blind: build_corpus.py scores their
agreement and keeps the first batch's labels.

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
    ap.add_argument("--train", action="store_true", help="training batches sent_4NN.jsonl (see above)")
    ap.add_argument("--batches", type=int, default=5)
    ap.add_argument("--overlap", type=int, default=30)
    ap.add_argument("--fresh", action="store_true",
                    help="a fresh protest round read alone, like the test set: sentence batches "
                         "training/batches/pfresh_NN.jsonl (no sentence before, no title) from articles no "
                         "gold file, test set or article file holds (see fresh_batches)")
    ap.add_argument("--wide", action="store_true",
                    help="with --fresh: every unlabelled sentence with the wider wording and no protest word proper "
                         "(the protests told with no protest word that the test set's misses are mostly), as batches "
                         "training/batches/pwide_NN.jsonl, read alone the same way")
    args = ap.parse_args()
    if args.fresh:
        return fresh_batches(args)
    if args.train:
        return train_batches(args)
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
    rows = list(sentence_rows(shared, used, words))
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


def sentence_rows(shared: Path, used: set, words: re.Pattern):
    """Every sentence of 30-500 characters with ``words`` in it, of the ANT articles (split into sentences) and the
    FIGNEWS posts (each one sentence) whose id is not in ``used``: doc_id, published, start, end, text."""
    for line in (shared / "data/corpora/ant_news.jsonl").open(encoding="utf-8"):
        a = json.loads(line)
        if a["id"] in used:
            continue
        for sp in split_sentences(a["text"]):
            s = a["text"][sp.start:sp.end]
            if 30 <= len(s) <= 500 and words.search(s):
                yield {"doc_id": a["id"], "published": a["published"], "start": sp.start, "end": sp.end, "text": s}
    csv.field_size_limit(10**9)
    fig = shared / "data/corpora/fignews/FIGNEWS-2024-TEXT-IAA.tsv"
    for row in csv.DictReader(fig.open(encoding="utf-8"), delimiter="\t"):
        t = row["Text"] if row["Source Language"] == "Arabic" else row["Arabic MT"]
        did = f"fignews-{row['Batch']}-{row['ID']}"
        if did not in used and t and 30 <= len(t) <= 500 and words.search(t):
            yield {"doc_id": did, "published": None, "start": 0, "end": len(t), "text": t}


def write_ring(out: list[dict], names: list[str], overlap_n: int, rng: random.Random,
               drop: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """Split ``out`` into len(names) batches written to training/batches/NAME.jsonl; batch b also gets the
    first ``overlap_n`` sentences of batch b+1 (a ring), so that two annotators read them blind. Returns
    sid -> [the batch it belongs to, the batch that reads it a second time]; ``drop``: fields not handed out."""
    n = len(names)
    size = -(-len(out) // n)
    chunks = [out[i * size:(i + 1) * size] for i in range(n)]
    overlap = {}
    for b in range(n):
        nxt = chunks[(b + 1) % n][:overlap_n]
        for r in nxt:
            overlap[r["sid"]] = [names[(b + 1) % n], names[b]]
        rows = chunks[b] + nxt
        rng.shuffle(rows)
        (HERE / "batches" / f"{names[b]}.jsonl").write_text(
            "".join(json.dumps({k: v for k, v in r.items() if k not in drop}, ensure_ascii=False) + "\n"
                    for r in rows), encoding="utf-8")
    return overlap


def _pick(strong: list[dict], wide: list[dict], n: int, rng: random.Random) -> list[dict]:
    """Two in three of ``n`` sentences from ``strong`` (a protest word proper), the rest from ``wide``, each pool
    shuffled, at most two an article and no text twice; the draw shuffled."""
    rng.shuffle(strong)
    rng.shuffle(wide)
    out, seen, per_doc = [], set(), {}
    for want, pool in ((n * 2 // 3, strong), (n - n * 2 // 3, wide)):
        k = 0
        for r in pool:
            if k >= want:
                break
            if per_doc.get(r["doc_id"], 0) >= 2 or r["text"] in seen:
                continue
            per_doc[r["doc_id"]] = per_doc.get(r["doc_id"], 0) + 1
            seen.add(r["text"])
            out.append(r)
            k += 1
    rng.shuffle(out)
    return out


def train_batches(args: argparse.Namespace) -> None:
    """Protest training sentences: two in three with a protest word proper, one in three with
    the wider wording (the test set's two draws, in about its mix), at most two per article."""
    shared = Path(args.shared)
    rng = random.Random(args.seed)
    used = set()  # gold, test set and fully coded articles are out; labelled sentences of others too
    for name in ("dev.jsonl", "seed.jsonl"):
        used |= {json.loads(x)["id"] for x in (shared / "gold" / name).open(encoding="utf-8") if x.strip()}
    for p in [HERE.parent / "tests" / "data" / "protest_sentences.jsonl", *(HERE / "batches").glob("protest_*.jsonl"),
              *(HERE / "batches").glob("art_*.jsonl")]:
        used |= {json.loads(x).get("doc_id") or json.loads(x).get("id") for x in p.open(encoding="utf-8")}
    labelled = set()
    for p in (HERE / "batches").glob("sent_*.jsonl"):
        if not p.stem.startswith("sent_4"):
            labelled |= {(r["doc_id"], r["start"]) for r in map(json.loads, p.open(encoding="utf-8"))}
    strong, wide = [], []
    for line in (shared / "data/corpora/ant_news.jsonl").open(encoding="utf-8"):
        a = json.loads(line)
        if a["id"] in used:
            continue
        spans = split_sentences(a["text"])
        for i, sp in enumerate(spans):
            s = a["text"][sp.start:sp.end]
            if (a["id"], sp.start) in labelled or not (30 <= len(s) <= 500 and WORDS.search(s)):
                continue
            prev = a["text"][spans[i - 1].start:spans[i - 1].end][-300:] if i else ""
            row = {"doc_id": a["id"], "published": a["published"], "title": a.get("title") or "",
                   "start": sp.start, "end": sp.end, "text": s, "prev": prev}
            (strong if STRONG.search(s) else wide).append(dict(row, bucket="protest_strong" if STRONG.search(s)
                                                              else "protest_wide"))
    csv.field_size_limit(10**9)
    fig = shared / "data/corpora/fignews/FIGNEWS-2024-TEXT-IAA.tsv"
    for row in csv.DictReader(fig.open(encoding="utf-8"), delimiter="\t"):
        t = row["Text"] if row["Source Language"] == "Arabic" else row["Arabic MT"]
        did = f"fignews-{row['Batch']}-{row['ID']}"
        if did not in used and (did, 0) not in labelled and t and 30 <= len(t) <= 500 and WORDS.search(t):
            r = {"doc_id": did, "published": None, "title": "", "start": 0, "end": len(t), "text": t, "prev": ""}
            (strong if STRONG.search(t) else wide).append(dict(r, bucket="protest_strong" if STRONG.search(t)
                                                             else "protest_wide"))
    out = _pick(strong, wide, args.n, rng)
    for i, r in enumerate(out):
        r["sid"] = "u%05d" % i  # (round 2 used t)
    overlap = write_ring(out, [f"sent_{400 + b}" for b in range(args.batches)], args.overlap, rng)
    (HERE / "batches" / "overlap_4.json").write_text(json.dumps(overlap, indent=0), encoding="utf-8")
    print(f"{len(out)} sentences ({len(strong)} strong, {len(wide)} wide in the pool) from "
          f"{len({r['doc_id'] for r in out})} articles -> sent_400..sent_{399 + args.batches}, "
          f"{len(overlap)} labelled twice")


def fresh_batches(args: argparse.Namespace) -> None:
    """A fresh protest round, drawn and read as the test set was: each sentence alone (its text and the
    article's date, no sentence before, no title), two in three with a protest word proper and one in
    three with the wider wording, at most two per article, from articles that no gold file, the test
    set, no article file of the corpus (training, fresh, held-out) and no article batch holds; of
    articles whose sentences were labelled one by one, only sentences not labelled yet. Its
    first use is a blind measure of the coder on protest sentences nobody tuned on; its labels then go
    to the training corpus like the other rounds'. Batches pfresh_00.. share ``--overlap`` sentences in
    a ring (batches/overlap_pfresh.json), so that two annotators read them blind."""
    shared = Path(args.shared)
    rng = random.Random(args.seed)
    used = set()
    for name in ("dev.jsonl", "seed.jsonl"):
        used |= {json.loads(x)["id"] for x in (shared / "gold" / name).open(encoding="utf-8") if x.strip()}
    for p in [HERE.parent / "tests" / "data" / "protest_sentences.jsonl", *(HERE / "corpus").glob("*articles.jsonl"),
              *(HERE / "batches").glob("art_*.jsonl"), *(HERE / "batches").glob("pfresh_*.jsonl"),
              *(HERE / "batches").glob("pwide_*.jsonl")]:
        used |= {json.loads(x).get("doc_id") or json.loads(x).get("id") for x in p.open(encoding="utf-8")}
    labelled = set()  # sentences labelled already; the other sentences of their articles may be drawn
    for p in [HERE / "corpus" / "sentences.jsonl", *(HERE / "batches").glob("sent_*.jsonl")]:
        labelled |= {(r["doc_id"], int(r["start"] or 0)) for r in map(json.loads, p.open(encoding="utf-8"))}
    strong, wide = [], []

    def put(r: dict) -> None:
        if (r["doc_id"], r["start"]) not in labelled:
            (strong if STRONG.search(r["text"]) else wide).append(r)

    for r in sentence_rows(shared, used, WORDS):
        put(r)
    prefix = "pwide" if args.wide else "pfresh"
    if args.wide:  # every wide sentence, at most two per article and no text twice, shuffled
        rng.shuffle(wide)
        out, seen, per_doc = [], set(), {}
        for r in wide:
            if per_doc.get(r["doc_id"], 0) < 2 and r["text"] not in seen:
                per_doc[r["doc_id"]] = per_doc.get(r["doc_id"], 0) + 1
                seen.add(r["text"])
                out.append(dict(r, bucket="protest_wide"))
    else:
        out = _pick([dict(r, bucket="protest_strong") for r in strong], [dict(r, bucket="protest_wide") for r in wide],
                    args.n, rng)
    for i, r in enumerate(out):
        r["sid"] = ("w%05d" if args.wide else "f%05d") % i
    names = [f"{prefix}_{b:02d}" for b in range(args.batches)]
    overlap = write_ring(out, names, args.overlap, rng, drop=("bucket",))
    (HERE / "batches" / f"overlap_{prefix}.json").write_text(json.dumps(overlap, indent=0), encoding="utf-8")
    (HERE / "batches" / f"{prefix}_key.json").write_text(
        json.dumps({r["sid"]: r["bucket"] for r in out}, indent=0), encoding="utf-8")
    print(f"{len(out)} sentences ({len(strong)} strong, {len(wide)} wide in the pool) from "
          f"{len({r['doc_id'] for r in out})} articles -> {names[0]}..{names[-1]}, {len(overlap)} labelled twice")


if __name__ == "__main__":
    main()
