"""Draw protest-word sentences from text no label has read yet, to be read alone (the test set's
convention: no title, no sentence before), as batches training/batches/cfx_N.jsonl.

    python training/sample_contextfree.py --antcorpus DIR --ans DIR [--seed 41] [--batches 4] [--overlap 20]

Sources (raw text only; the labels are the annotators'):
- the ANT corpus v1.1 (github.com/antcorpus/antcorpus.data, commit 06f6a10e, Apache-2.0 with a
  citation request): its articles that ``../shared/data/corpora/ant_news.jsonl`` does not hold
  (society, politics, culture, economy, sport ... of the same Tunisian outlet, 2013-17), each
  sentence with a protest word proper, and one in four of those with the wider wording;
- the shared ANT file's protest-word sentences that no batch, label or test article holds;
- ANS (github.com/latynt/ans, commit 9c5f313a, Apache-2.0 by its README): the genuine news
  headlines (``fake_flag`` 0) with a protest word, from several Arab countries, about 2018.

Nothing from the gold files' or the protest test set's articles is drawn. Consecutive batches share
``--overlap`` sentences (a ring) so that two annotators read them blind (agreement).

    python training/sample_contextfree.py --wide --antcorpus DIR --ans DIR [--seed 43] [--top 200] [--random 100]

draws instead from what is left once every sentence with a protest word proper has been read: the
sentences with only the wider wording (a road, a gathering, a strike, tyres, stones, a hamza spelling
the protest words' pattern misses: "وقفة إحتجاجية"), ranked by the shipped model's protest or riot
score: the ``--top`` best, and ``--random`` more drawn at random from the rest (so that the pool's
misses are measured too), as batches training/batches/cfw_N.jsonl.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import random
import re
import subprocess
from pathlib import Path

from hadath.text import split_sentences

from sample_protests import STRONG, WORDS, write_ring

HERE = Path(__file__).resolve().parent


def _git(repo: Path, *args: str) -> bytes:
    gd = repo / ".git" if (repo / ".git").exists() else repo
    return subprocess.run(["git", "--git-dir", str(gd), *args], capture_output=True, check=True).stdout


def _key(text: str) -> str:
    return hashlib.md5(re.sub(r"\s+", "", text)[:400].encode()).hexdigest()


def _tag(raw: str, t: str) -> str:
    m = re.search(rf"<{t}>(.*?)</{t}>", raw, re.S)
    return m.group(1).strip() if m else ""


def _day(time: str, doc_id: str) -> str | None:
    """The article's day from its TIME field, else from its file name (YYYYMMDD or DDMMYYYY)."""
    m = re.match(r"(\d{4}-\d\d-\d\d)", time)
    if m:
        return m.group(1)
    d = re.search(r"(\d{8})$", doc_id)
    if not d:
        return None
    x = d.group(1)
    return f"{x[:4]}-{x[4:6]}-{x[6:]}" if x.startswith("20") else f"{x[4:]}-{x[2:4]}-{x[:2]}"


def _labelled_texts() -> set[str]:
    seen = set()
    for p in [HERE / "corpus" / "sentences.jsonl", *(HERE / "batches").glob("*.jsonl"),
              HERE.parent / "tests" / "data" / "protest_sentences.jsonl"]:
        if p.exists():
            for line in p.open(encoding="utf-8"):
                r = json.loads(line)
                if "text" in r:
                    seen.add(r["text"].strip())
    return seen


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    ap.add_argument("--antcorpus", required=True, help="a clone or bare mirror of antcorpus/antcorpus.data")
    ap.add_argument("--ans", required=True, help="a clone or bare mirror of latynt/ans")
    ap.add_argument("--seed", type=int, default=41)
    ap.add_argument("--batches", type=int, default=4)
    ap.add_argument("--overlap", type=int, default=20)
    ap.add_argument("--force", action="store_true", help="overwrite batches already handed out")
    ap.add_argument("--wide", action="store_true", help="the wider wording's sentences, ranked (see above)")
    ap.add_argument("--top", type=int, default=200)
    ap.add_argument("--random", type=int, default=100)
    args = ap.parse_args()
    prefix = "cfw" if args.wide else "cfx"
    if not args.force and any((HERE / "batches").glob(f"{prefix}_*.jsonl")):
        # (a second run skips every sentence the first drew, as they are labelled now: it would empty them)
        raise SystemExit(f"training/batches/{prefix}_*.jsonl exist and may be labelled: rerun with --force to overwrite")
    rng = random.Random(args.seed)
    shared = Path(args.shared)
    out_of_bounds = set()  # gold and test-set articles
    for name in ("dev.jsonl", "seed.jsonl"):
        out_of_bounds |= {json.loads(x)["id"] for x in (shared / "gold" / name).open(encoding="utf-8") if x.strip()}
    for p in [HERE.parent / "tests" / "data" / "protest_sentences.jsonl", *(HERE / "batches").glob("protest_*.jsonl")]:
        out_of_bounds |= {json.loads(x).get("doc_id") for x in p.open(encoding="utf-8")}
    seen = _labelled_texts()
    strong, wide = [], []

    def add(doc_id: str, published: str | None, text: str, source: str) -> None:
        for sp in split_sentences(text):
            s = text[sp.start:sp.end].strip()
            if not (30 <= len(s) <= 500) or s in seen:
                continue
            seen.add(s)
            row = {"doc_id": doc_id, "published": published, "title": "", "prev": "", "text": s, "source": source}
            if STRONG.search(s):
                strong.append(row)
            elif WORDS.search(s):
                wide.append(row)

    have, keys = set(), set()
    for line in (shared / "data/corpora/ant_news.jsonl").open(encoding="utf-8"):
        a = json.loads(line)
        have.add(a["id"])
        keys.add(_key(a["text"]))
        if a["id"] not in out_of_bounds:
            add(a["id"], a["published"], a["text"], "ant")
    repo = Path(args.antcorpus)
    for f in _git(repo, "ls-tree", "-r", "--name-only", "HEAD").decode().split("\n"):
        did = f.rsplit("/", 1)[-1][:-4]
        if not (f.endswith(".txt") and did.startswith("JA-")) or did in have or did in out_of_bounds:
            continue
        raw = _git(repo, "show", "HEAD:" + f).decode("utf-8", "replace")
        text = _tag(raw, "TEXT")
        if not text or _key(text) in keys:
            continue
        add(did, _day(_tag(raw, "TIME"), did), text, "ant-v1.1")
    ans = Path(args.ans)
    for split in ("train", "dev", "test"):
        rows = csv.DictReader(io.StringIO(_git(ans, "show", f"HEAD:data/claim/{split}.csv").decode("utf-8")))
        for i, r in enumerate(rows):
            if r["fake_flag"].strip() == "0":
                t = r["claim_s"].strip()
                if t not in seen and WORDS.search(t) and STRONG.search(t):
                    seen.add(t)
                    strong.append({"doc_id": f"ans-{split}-{i}", "published": None, "title": "", "prev": "",
                                   "text": t, "source": "ans"})
    if args.wide:
        return wide_batches(wide, args, rng)
    rng.shuffle(strong)
    rng.shuffle(wide)
    out = strong + wide[:len(strong) // 4]
    rng.shuffle(out)
    for i, r in enumerate(out):
        r["sid"] = "x%05d" % i
    overlap = write_ring(out, [f"cfx_{b}" for b in range(args.batches)], args.overlap, rng, drop=("source",))
    (HERE / "batches" / "cfx_sources.json").write_text(
        json.dumps({"overlap": overlap, "source": {r["sid"]: r["source"] for r in out}}, indent=0), encoding="utf-8")
    by = {s: sum(1 for r in out if r["source"] == s) for s in ("ant", "ant-v1.1", "ans")}
    print(f"{len(out)} sentences ({len(strong)} strong, {len(wide)} wide in the pool; by source {by}) "
          f"-> cfx_0..cfx_{args.batches - 1}, {len(overlap)} read twice")


def _family_score(row: dict) -> float:
    """The shipped model's protest or riot score of a sentence read alone."""
    import datetime

    from hadath.learn import model
    from hadath.learn.features import sentence_features
    from hadath.mentions.finders import find_sentence_mentions
    from hadath.text import tokenize
    from hadath.types import Span
    published = row.get("published")
    try:
        datetime.date.fromisoformat(published or "")
    except ValueError:
        published = None  # (a file name that is no date)
    t = row["text"]
    sm = find_sentence_mentions(t, 1, Span(0, len(t)), tokenize(t, 0, len(t)), published)
    scores = model.load().scores(sentence_features(sm))
    return max(scores.get("Protests", 0.0), scores.get("Riots", 0.0))


def wide_batches(wide: list[dict], args: argparse.Namespace, rng: random.Random) -> None:
    ranked = sorted(wide, key=lambda r: (-_family_score(r), r["text"]))
    top, rest = ranked[:args.top], ranked[args.top:]
    rng.shuffle(rest)
    out = [dict(r, pick="top") for r in top] + [dict(r, pick="random") for r in rest[:args.random]]
    rng.shuffle(out)
    for i, r in enumerate(out):
        r["sid"] = "w%05d" % i
    overlap = write_ring(out, [f"cfw_{b}" for b in range(args.batches)], args.overlap, rng, drop=("source", "pick"))
    (HERE / "batches" / "cfw_sources.json").write_text(json.dumps(
        {"overlap": overlap, "source": {r["sid"]: r["source"] for r in out}, "pick": {r["sid"]: r["pick"] for r in out}},
        indent=0), encoding="utf-8")
    by = {s: sum(1 for r in out if r["source"] == s) for s in ("ant", "ant-v1.1")}
    print(f"{len(out)} sentences ({len(top)} ranked first, {len(out) - len(top)} at random, of {len(wide)} in the "
          f"pool; by source {by}) -> cfw_0..cfw_{args.batches - 1}, {len(overlap)} read twice")


if __name__ == "__main__":
    main()
