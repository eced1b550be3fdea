"""The ANERcorp round: every sentence of the ANERcorp newswire, read alone for the protest family.

    python training/aner_sentences.py --batches 7 --overlap 30    # batches/aner_NN.jsonl to label
    python training/aner_sentences.py --build                      # corpus/aner_labels.jsonl -> /tmp file to score

ANERcorp (Benajiba et al. 2007: about 4,700 sentences of Arabic newswire from 2002-06, one token a
line) is free for research but not to redistribute, so the project keeps only the labels
(``corpus/aner_labels.jsonl``: sentence number, a hash of its text, the protest-family events read in
it) and rebuilds the text from ``../shared/data/ner/anercorp/ANERCorp.txt``. Unlike the ANT rounds,
it is labelled whole, not drawn by protest wording: a protest told with no protest word is as likely
to be read as one told with one, so its recall counts every form.

``--build`` joins the text back to the labels and writes the rows ``hadath evaluate --sentences``
scores (``--out``, by default /tmp/aner_sentences.jsonl): the articles have no date, so neither
have the rows (the coder reads them as FIGNEWS posts are read).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = HERE / "corpus" / "aner_labels.jsonl"
FAMILY = ("Protests", "Riots")
KEYS = ("event_type", "sub_event_type", "trigger", "crowd_size", "assoc_actor_1")
_NO_SPACE_BEFORE = set(".,،:;؛!?)]»%")
_NO_SPACE_AFTER = set("([«")


def sentences(shared: Path) -> list[str]:
    """ANERcorp's tokens joined back into sentences (a sentence ends at a full-stop token)."""
    out: list[str] = []
    cur: list[str] = []
    for line in (shared / "data" / "ner" / "anercorp" / "ANERCorp.txt").open(encoding="utf-8"):
        tok = line.rstrip("\n").rsplit(" ", 1)[0].strip()
        if not tok:
            continue
        cur.append(tok)
        if tok in (".", "!", "?", "؟"):
            out.append(_join(cur))
            cur = []
    if cur:
        out.append(_join(cur))
    return out


def _join(toks: list[str]) -> str:
    text = ""
    for t in toks:
        if text and t not in _NO_SPACE_BEFORE and text[-1] not in _NO_SPACE_AFTER:
            text += " "
        text += t
    return text


def sid(i: int) -> str:
    return f"aner{i:05d}"


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    ap.add_argument("--batches", type=int, default=7)
    ap.add_argument("--overlap", type=int, default=30)
    ap.add_argument("--seed", type=int, default=51)
    ap.add_argument("--build", action="store_true", help="join corpus/aner_labels.jsonl with the text")
    ap.add_argument("--collect", action="store_true",
                    help="gather labels/aner_NN.labels.jsonl into corpus/aner_labels.jsonl (the ring's "
                         "agreement into corpus/agreement_aner.json)")
    ap.add_argument("--out", default="/tmp/aner_sentences.jsonl")
    args = ap.parse_args()
    sents = [s for s in sentences(Path(args.shared))]
    if args.build:
        return build(sents, Path(args.out))
    if args.collect:
        return collect(sents)
    rows = [{"sid": sid(i), "text": s} for i, s in enumerate(sents) if len(s.split()) >= 3]
    n = args.batches
    size = (len(rows) + n - 1) // n
    parts = [rows[k * size:(k + 1) * size] for k in range(n)]
    rng = random.Random(args.seed)
    ring = {}
    for k in range(n):  # batch k also reads `overlap` sentences of batch k+1 (in a ring)
        nxt = parts[(k + 1) % n]
        for r in rng.sample(nxt, args.overlap):
            ring[r["sid"]] = [f"aner_{(k + 1) % n:02d}", f"aner_{k:02d}"]
    (HERE / "batches").mkdir(exist_ok=True)
    for k in range(n):
        extra = [r for r in rows if ring.get(r["sid"], [None, None])[1] == f"aner_{k:02d}"]
        with (HERE / "batches" / f"aner_{k:02d}.jsonl").open("w", encoding="utf-8") as f:
            for r in parts[k] + extra:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    (HERE / "batches" / "overlap_aner.json").write_text(json.dumps(ring, ensure_ascii=False, indent=0),
                                                       encoding="utf-8")
    print(f"{len(rows)} sentences in {n} batches of about {size} (+{args.overlap} shared)")


def collect(sents: list[str]) -> None:
    from adjudicate import agreement
    by_sid = {sid(i): s for i, s in enumerate(sents)}
    ring = json.loads((HERE / "batches" / "overlap_aner.json").read_text(encoding="utf-8"))
    labels: dict[str, dict[str, dict]] = {}
    for lp in sorted((HERE / "labels").glob("aner_[0-9]*.labels.jsonl")):
        batch = lp.name.split(".")[0]
        labels[batch] = {}
        for line in lp.open(encoding="utf-8"):
            if line.strip():
                lab = json.loads(line)
                labels[batch][lab["sid"]] = lab
    owners = {}
    for bf in sorted((HERE / "batches").glob("aner_[0-9]*.jsonl")):
        for line in bf.open(encoding="utf-8"):
            s = json.loads(line)["sid"]
            owners.setdefault(s, bf.stem)  # a batch's own sentences come first in it
    rows = []
    for s, owner in sorted(owners.items()):
        if ring.get(s):
            owner = ring[s][0]
        lab = labels.get(owner, {}).get(s, {"events": [], "neg": None})
        evs = [{k: e.get(k) for k in KEYS} for e in lab.get("events") or [] if e.get("event_type") in FAMILY]
        if evs or lab.get("neg"):
            rows.append({"sid": s, "sha1": digest(by_sid[s]), "events": evs,
                         "neg": None if evs else lab.get("neg")})
    LABELS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    first = {s: labels.get(a, {}).get(s, {}).get("events") or [] for s, (a, b) in ring.items()}
    second = {s: labels.get(b, {}).get(s, {}).get("events") or [] for s, (a, b) in ring.items()}
    agree = agreement(first, second)
    (HERE / "corpus" / "agreement_aner.json").write_text(json.dumps(agree, ensure_ascii=False, indent=1),
                                                         encoding="utf-8")
    print(f"{len(owners)} sentences read; {sum(1 for r in rows if r['events'])} tell a protest or riot; "
          f"ring agreement {agree}")


def build(sents: list[str], out: Path) -> None:
    labs = {}
    for line in LABELS.open(encoding="utf-8"):
        r = json.loads(line)
        labs[r["sid"]] = r
    n = bad = 0
    with out.open("w", encoding="utf-8") as f:
        for i, text in enumerate(sents):
            if len(text.split()) < 3:
                continue
            r = labs.get(sid(i), {"events": [], "neg": None})
            if r.get("sha1") and r["sha1"] != digest(text):
                bad += 1
                continue
            f.write(json.dumps({"sid": sid(i), "text": text, "published": None, "events": r["events"],
                                "neg": r.get("neg")}, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} sentences -> {out}" + (f" ({bad} whose text changed skipped)" if bad else ""))


if __name__ == "__main__":
    main()
