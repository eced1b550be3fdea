"""Draw the training corpus's sentences and articles from the ANT corpus and FIGNEWS.

    python training/sample.py [--shared ../shared] [--seed 13]

Writes training/batches/sent_NN.jsonl (sentences to label, with the sentence
before for context) and training/batches/art_NN.jsonl (whole articles to code
in full). Articles whose id or text is in ../shared/gold/ are never drawn, so
no gold article enters training. A few dev articles are mixed, under neutral
ids, into the article batches for the blind agreement check; their ids are
kept apart in training/batches/blind_key.json and they are never trained on.

Sampling is on purpose (seeded): sentences the rule coder codes, sentences
with a blocked trigger (plans, denials, history), sentences with conflict,
protest, arrest or smuggling words that the coder leaves alone (what the rules
miss), and random sentences (the ordinary negatives), from international and
Tunisian local news alike; Arabic FIGNEWS posts add Gaza-war wording.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
from collections import defaultdict
from pathlib import Path

import hadath
from hadath.text import split_sentences

HERE = Path(__file__).resolve().parent
# words that make a sentence worth a look although the coder codes nothing there
KEYWORDS = re.compile(
    "قتل|مقتل|اغتيال|هجوم|غار|قصف|انفجار|تفجير|عبو|لغم|انتحاري|اشتباك|معارك|مواجهات|كمين|رصاص|"
    "اعتقال|اعتقل|القبض|إيقاف|ايقاف|حجز|تهريب|مهرب|سلاح|أسلحة|ذخير|"
    "احتجاج|محتج|متظاهر|مظاهر|تظاهر|مسيرة|وقفة|اعتصام|اعتصم|إضراب|اضراب|شغب|قطع الطريق|غلق الطريق|"
    "احتشد|تجمهر|رشق|حرق|أحرق|إحراق|خطف|اختطاف|رهائن|سيطر|استعاد|انسحاب|هدنة|اتفاق|استسلم|"
    "صاروخ|قذائف|طائرة مسيرة|درون|جرحى|شهيد|استشهاد|إرهاب|داعش|مسلح")
# the fresh rounds (fresh_round), as drawn on 2026-12-01: 5 half international news; 6 denser in events, mostly
# international, three sentences of conflict wording or more; 7 mostly Tunisian local news, drawn after 5 and 6 were
# read; 9 kept unread, measured only (a held-out check for later stops). Round 8 is sample_afp.py's.
FRESH_ROUNDS = {
    5: dict(n_full=50, n_blind=10, n_batches=5, international=0.5, min_sentences=2),
    6: dict(n_full=60, n_blind=6, n_batches=6, international=0.7, min_sentences=3),
    7: dict(n_full=54, n_blind=6, n_batches=6, international=0.3, min_sentences=2),
    9: dict(n_full=60, n_blind=6, n_batches=6, international=0.4, min_sentences=2),
    10: dict(n_full=60, n_blind=6, n_batches=6, international=0.0, min_sentences=2),  # (the international pool is spent)
    11: dict(n_full=60, n_blind=0, n_batches=6, international=0.0, min_sentences=2),
    12: dict(n_full=50, n_blind=0, n_batches=5, international=0.0, min_sentences=1),  # (the 2-sentence pool is spent: 25 left)
}
N_SENT_BATCHES = 6
N_ART_BATCHES = 6


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()[:300]


def load_gold(shared: Path) -> tuple[set[str], set[str], list[dict]]:
    ids, texts, dev = set(), set(), []
    for name in ("dev.jsonl", "seed.jsonl"):
        for line in (shared / "gold" / name).open(encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                ids.add(d["id"])
                texts.add(_fold(d["text"]))
                if name == "dev.jsonl":
                    dev.append(d)
    return ids, texts, dev


def sentence_rows(art: dict) -> list[dict]:
    text = art["text"]
    try:
        doc = hadath.extract(text, art.get("published"), doc_id=art["id"])
    except Exception:
        return []
    coded = {tuple(e) for ev in doc.events for e in ev.evidence}
    blocked = {m.sentence for m in doc.mentions if m.kind == "trigger" and m.value.get("blocked")}
    rows = []
    spans = doc.sentences or split_sentences(text)
    for si, sp in enumerate(spans):
        s = text[sp.start:sp.end]
        if len(s.strip()) < 25 or len(s) > 700:
            continue
        if (sp.start, sp.end) in coded:
            bucket = "coded"
        elif si in blocked:
            bucket = "blocked"
        elif KEYWORDS.search(s):
            bucket = "keyword"
        else:
            bucket = "random"
        prev = text[spans[si - 1].start:spans[si - 1].end] if si else ""
        rows.append({"doc_id": art["id"], "published": art.get("published"), "title": art.get("title") or "",
                     "start": sp.start, "end": sp.end, "text": s, "prev": prev[-300:], "bucket": bucket})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--articles", type=int, default=900)
    ap.add_argument("--per-article", type=int, default=5)
    ap.add_argument("--full", type=int, default=156, help="articles to code in full")
    ap.add_argument("--blind", type=int, default=24, help="dev articles for the blind agreement check")
    ap.add_argument("--round", type=int, default=1, help="2: draw the second round (more positives)")
    args = ap.parse_args()
    shared = Path(args.shared)
    if args.round == 2:
        second_round(shared, args.seed)
        return
    if args.round == 3:
        third_round(shared, args.seed)
        return
    if args.round in FRESH_ROUNDS:
        fresh_round(shared, args.seed, args.round, **FRESH_ROUNDS[args.round])
        return
    rng = random.Random(args.seed)
    gold_ids, gold_texts, dev = load_gold(shared)
    arts = []
    for line in (shared / "data/corpora/ant_news.jsonl").open(encoding="utf-8"):
        a = json.loads(line)
        if a["id"] in gold_ids or _fold(a["text"]) in gold_texts or len(a["text"]) < 80:
            continue
        arts.append(a)
    rng.shuffle(arts)
    # score each article by what the sampler looks for; keep a mix of rich and plain ones
    scored = []
    for a in arts:
        rows = sentence_rows(a)
        if rows:
            scored.append((a, rows))
    rich = [x for x in scored if any(r["bucket"] in ("coded", "blocked", "keyword") for r in x[1])]
    plain = [x for x in scored if x not in rich]
    chosen = rich[: int(args.articles * 0.9)] + plain[: args.articles - int(args.articles * 0.9)]
    full_pool = [x for x in chosen if 300 <= len(x[0]["text"]) <= 2200
                 and sum(r["bucket"] in ("coded", "keyword") for r in x[1]) >= 1]
    full = full_pool[: args.full]
    full_ids = {a["id"] for a, _ in full}
    sents = []
    order = {"coded": 0, "blocked": 1, "keyword": 2, "random": 3}
    for a, rows in chosen:
        if a["id"] in full_ids:
            continue  # coded in full: every sentence of it is labelled there
        want = {"coded": 3, "blocked": 1, "keyword": 3, "random": 1}
        pick = []
        by = defaultdict(list)
        for r in rows:
            by[r["bucket"]].append(r)
        for b in sorted(by, key=order.get):
            rng.shuffle(by[b])
            pick += by[b][: want[b]]
        rest = [r for r in rows if r not in pick]
        rng.shuffle(rest)
        pick = (pick + rest)[: args.per_article]
        sents += sorted(pick, key=lambda r: r["start"])
    # FIGNEWS: Arabic posts (and Arabic translations of the others), one unit each
    fig = shared / "data/corpora/fignews/FIGNEWS-2024-TEXT-IAA.tsv"
    csv.field_size_limit(10**9)
    posts = []
    for row in csv.DictReader(fig.open(encoding="utf-8"), delimiter="\t"):
        t = row["Text"] if row["Source Language"] == "Arabic" else row["Arabic MT"]
        if t and 25 <= len(t) <= 700:
            posts.append({"doc_id": f"fignews-{row['Batch']}-{row['ID']}", "published": None, "title": "",
                          "start": 0, "end": len(t), "text": t, "prev": "", "bucket": "fignews"})
    rng.shuffle(posts)
    sents += posts[:300]
    for i, r in enumerate(sents):
        r["sid"] = "s%05d" % i
    rng.shuffle(sents)
    out = HERE / "batches"
    out.mkdir(exist_ok=True)
    for k in range(N_SENT_BATCHES):
        with (out / f"sent_{k:02d}.jsonl").open("w", encoding="utf-8") as f:
            for r in sents[k::N_SENT_BATCHES]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # article batches: training articles plus blind dev articles under neutral ids
    blind = rng.sample(dev, args.blind)
    key = {}
    units = [dict(a) for a, _ in full]
    for d in blind:
        nid = "art-" + hashlib.sha1(d["id"].encode()).hexdigest()[:10]
        key[nid] = d["id"]
        units.append({"id": nid, "published": d["published"], "outlet": d.get("outlet"),
                      "title": d.get("title") or "", "text": d["text"]})
    rng.shuffle(units)
    for k in range(N_ART_BATCHES):
        with (out / f"art_{k:02d}.jsonl").open("w", encoding="utf-8") as f:
            for a in units[k::N_ART_BATCHES]:
                sp = split_sentences(a["text"])
                a = {"id": a["id"], "published": a.get("published"), "outlet": a.get("outlet"),
                     "title": a.get("title") or "", "text": a["text"],
                     "sentences": [[s.start, s.end] for s in sp]}
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
    (out / "blind_key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    n_art = len({r["doc_id"] for r in sents}) + len(full)
    print(f"{len(sents)} sentences ({len(posts[:300])} FIGNEWS), {len(full)} full articles, "
          f"{args.blind} blind dev articles, {n_art} source articles in all")
    c = defaultdict(int)
    for r in sents:
        c[r["bucket"]] += 1
    print(dict(c))




def handed_out(out: Path, skip: int | None = None) -> set[str]:
    """Ids of every article some batch already drew (so no later round draws it again), but those of round
    ``skip`` (batch files numbered skip*100 and on)."""
    used = set()
    for bf in out.glob("*.jsonl"):
        if skip is not None and bf.stem.split("_")[-1].isdigit() and int(bf.stem.split("_")[-1]) // 100 == skip:
            continue
        for line in bf.open(encoding="utf-8"):
            r = json.loads(line)
            used.add(r.get("doc_id") or r.get("id"))
    return used


def write_batches(out: Path, first: int, n_batches: int, sents: list[dict], full: list[dict]) -> None:
    """sent_NNN.jsonl (sentences) and art_NNN.jsonl (articles with their sentence offsets), dealt
    round-robin into ``n_batches`` batches numbered from ``first``."""
    for k in range(n_batches):
        with (out / f"sent_{first + k:03d}.jsonl").open("w", encoding="utf-8") as f:
            for r in sents[k::n_batches]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with (out / f"art_{first + k:03d}.jsonl").open("w", encoding="utf-8") as f:
            for a in full[k::n_batches]:
                sp = split_sentences(a["text"])
                f.write(json.dumps({"id": a["id"], "published": a.get("published"), "outlet": a.get("outlet"),
                                    "title": a.get("title") or "", "text": a["text"],
                                    "sentences": [[s.start, s.end] for s in sp]}, ensure_ascii=False) + "\n")


def second_round(shared: Path, seed: int, n_sent: int = 2400, n_full: int = 60, n_batches: int = 6) -> None:
    """Round 2: more positives. Sentences the coder codes, blocks or leaves with conflict words,
    from articles no earlier batch drew, plus conflict-dense international articles to code in
    full; files sent_2NN.jsonl / art_2NN.jsonl."""
    rng = random.Random(seed + 2)
    out = HERE / "batches"
    used = handed_out(out)
    gold_ids, gold_texts, _ = load_gold(shared)
    arts = []
    for line in (shared / "data/corpora/ant_news.jsonl").open(encoding="utf-8"):
        a = json.loads(line)
        if a["id"] in gold_ids or a["id"] in used or _fold(a["text"]) in gold_texts or len(a["text"]) < 80:
            continue
        arts.append(a)
    rng.shuffle(arts)
    sents, full = [], []
    for a in arts:
        rows = sentence_rows(a)
        good = [r for r in rows if r["bucket"] in ("coded", "keyword", "blocked")]
        if not good:
            continue
        if len(full) < n_full and "international" in a["id"] and 300 <= len(a["text"]) <= 2500 \
                and sum(r["bucket"] == "coded" for r in rows) >= 2:
            full.append(a)
            continue
        rng.shuffle(good)
        sents += sorted(good[:4], key=lambda r: r["start"])
        if len(sents) >= n_sent and len(full) >= n_full:
            break
    sents = sents[:n_sent]
    for i, r in enumerate(sents):
        r["sid"] = "t%05d" % i
    rng.shuffle(sents)
    write_batches(out, 200, n_batches, sents, full)
    print(f"round 2: {len(sents)} sentences, {len(full)} full articles")


def third_round(shared: Path, seed: int, n_full: int = 90, n_posts: int = 900, n_batches: int = 6) -> None:
    """Round 3: closer to what conflict-dense outlets write. International ANT articles with
    violence wording, to code in full, and the FIGNEWS posts not yet labelled (Gaza war);
    files art_3NN.jsonl / sent_3NN.jsonl."""
    rng = random.Random(seed + 3)
    out = HERE / "batches"
    used = handed_out(out)
    gold_ids, gold_texts, _ = load_gold(shared)
    full = []
    arts = [json.loads(x) for x in (shared / "data/corpora/ant_news.jsonl").open(encoding="utf-8")]
    rng.shuffle(arts)
    for a in arts:
        if len(full) >= n_full:
            break
        if a["id"] in gold_ids or a["id"] in used or _fold(a["text"]) in gold_texts \
                or "international" not in a["id"] or not 300 <= len(a["text"]) <= 2500:
            continue
        if any(r["bucket"] in ("coded", "keyword") for r in sentence_rows(a)):
            full.append(a)
    fig = shared / "data/corpora/fignews/FIGNEWS-2024-TEXT-IAA.tsv"
    csv.field_size_limit(10**9)
    posts = []
    for row in csv.DictReader(fig.open(encoding="utf-8"), delimiter="\t"):
        did = f"fignews-{row['Batch']}-{row['ID']}"
        t = row["Text"] if row["Source Language"] == "Arabic" else row["Arabic MT"]
        if did not in used and t and 25 <= len(t) <= 700:
            posts.append({"doc_id": did, "published": None, "title": "", "start": 0, "end": len(t), "text": t,
                          "prev": "", "bucket": "fignews"})
    rng.shuffle(posts)
    posts = posts[:n_posts]
    for i, r in enumerate(posts):
        r["sid"] = "f%05d" % i
    write_batches(out, 300, n_batches, posts, full)
    print(f"round 3: {len(full)} full articles, {len(posts)} FIGNEWS posts")


def labelled_ids() -> set[str]:
    """Ids of every article the committed corpus or the protest test set draws from (the batch files
    are not committed, so a later round reads what was kept)."""
    used = set()
    for f in (HERE / "corpus/sentences.jsonl", HERE / "corpus/articles.jsonl",
              HERE.parent / "tests/data/protest_sentences.jsonl"):
        for line in f.open(encoding="utf-8"):
            r = json.loads(line)
            used.add(r.get("doc_id") or r.get("id"))
    return used


def fresh_round(shared: Path, seed: int, number: int, n_full: int, n_blind: int, n_batches: int,
                international: float, min_sentences: int) -> None:
    """Rounds 5 and 6: a fresh check of articles nobody tuned on. ANT articles (``international`` of them
    Jawhara FM's international news, the rest Tunisian local news) that neither gold, the corpus, the protest
    test set nor an earlier round draws from, with conflict, protest or arrest wording in at least
    ``min_sentences`` sentences (chosen by words, not by what the coder finds, so its misses are drawn as often
    as its finds), to code in full; blind dev articles under neutral ids mixed in for the agreement check
    (blind_key_N.json); files art_N00.jsonl ..."""
    rng = random.Random(seed + number)
    out = HERE / "batches"
    out.mkdir(exist_ok=True)
    # (what another round drew: this round's own batches are left out, so that drawing it again gives them again)
    used = labelled_ids() | handed_out(out, skip=number)
    gold_ids, gold_texts, dev = load_gold(shared)
    arts = [json.loads(x) for x in (shared / "data/corpora/ant_news.jsonl").open(encoding="utf-8")]
    rng.shuffle(arts)
    n_int = round(n_full * international)
    want = {"international": n_int, "local": n_full - n_int}
    full = []
    for a in arts:
        kind = "international" if "international" in a["id"] else "local"
        if want[kind] <= 0 or a["id"] in gold_ids or a["id"] in used or _fold(a["text"]) in gold_texts \
                or not 300 <= len(a["text"]) <= 2500:
            continue
        if sum(bool(KEYWORDS.search(a["text"][s.start:s.end])) for s in split_sentences(a["text"])) >= min_sentences:
            full.append(a)
            want[kind] -= 1
    key = {}
    seen_dev = set()
    for f in out.glob("blind_key_*.json"):
        if f.stem == f"blind_key_{number}":
            continue
        seen_dev |= set(json.loads(f.read_text(encoding="utf-8")).values())
    for d in rng.sample([d for d in dev if d["id"] not in seen_dev], n_blind):
        nid = "art-" + hashlib.sha1((str(number) + d["id"]).encode()).hexdigest()[:10]
        key[nid] = d["id"]
        full.append({"id": nid, "published": d["published"], "outlet": d.get("outlet"),
                     "title": d.get("title") or "", "text": d["text"]})
    rng.shuffle(full)
    write_batches(out, number * 100, n_batches, [], full)
    (out / f"blind_key_{number}.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    print(f"round {number}: {len(full) - n_blind} fresh articles, {n_blind} blind dev articles")

if __name__ == "__main__":
    main()
