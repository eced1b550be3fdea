"""Gather the annotators' labels into the training corpus, and measure their agreement.

    python training/build_corpus.py [--shared ../shared]

Reads training/batches/ (what was given to label, made by sample.py) and
training/labels/ (what the annotators wrote), and writes:

- training/corpus/sentences.jsonl: one labelled sentence a line (text, source
  article, offsets, events with type/sub-type/trigger, negative reason);
- training/corpus/articles.jsonl: full records, each event with its evidence
  offsets and the offsets of the words its fields come from;
- training/agreement.json: the annotators' blind relabelling of dev articles
  scored against the dev gold with the shared scorer.

The dev articles of the blind check (blind_key.json) never enter the corpus.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Chemical weapon"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance", "Sexual violence"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Arrests", "Agreement", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}


def valid(ev: dict) -> bool:
    return ev.get("sub_event_type") in TYPES.get(ev.get("event_type"), ())


def read_jsonl(path: Path) -> list[dict]:
    out = []
    if not path.exists():
        return out
    for n, line in enumerate(path.open(encoding="utf-8"), 1):
        line = line.strip()
        if not line:
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as e:
            print(f"{path.name}:{n}: skipped, not JSON ({e})", file=sys.stderr)
    return out


def event_records(labelled: list | None, text: str, sents: list[list[int]], bad: Counter) -> list[dict]:
    """An annotator's records of one article (task B) as the corpus keeps them: each with a valid type and
    sub-type and at least one evidence sentence (else counted in ``bad``), its ``evidence`` the offsets of
    those sentences and its ``spans`` the offsets of the words each field came from."""
    out = []
    for e in labelled or []:
        if not isinstance(e, dict) or not valid(e):
            bad["invalid type"] += 1
            continue
        ev_s = [sents[k] for k in e.get("evidence_sents") or [] if isinstance(k, int) and 0 <= k < len(sents)]
        if not ev_s:
            bad["event without evidence"] += 1
            continue
        rec = {k: v for k, v in e.items() if k not in ("evidence_sents", "spans", "evidence")}
        rec["evidence"] = ev_s
        rec["spans"] = {k: span_of(text, w, ev_s) for k, w in (e.get("spans") or {}).items() if isinstance(w, str)}
        out.append(rec)
    return out


def score_blind(shared: Path, blind: list[dict]) -> dict:
    """The annotators' records of dev articles (``{"id", "events"}`` each) scored against the dev gold with the
    shared scorer (its ``--json`` report)."""
    gold = [json.loads(x) for x in (shared / "gold/dev.jsonl").open(encoding="utf-8") if x.strip()]
    ids = {p["id"] for p in blind}
    with tempfile.TemporaryDirectory() as td:
        g, p = Path(td) / "g.jsonl", Path(td) / "p.jsonl"
        g.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in gold if d["id"] in ids),
                     encoding="utf-8")
        p.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in blind), encoding="utf-8")
        res = subprocess.run([sys.executable, str(shared / "tools/score.py"), str(g), str(p), "--json"],
                             capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def span_of(text: str, words: str | None, sents: list[list[int]]) -> list[int] | None:
    """Offsets of ``words`` in the evidence sentences first, else anywhere in the text."""
    if not words or not isinstance(words, str):
        return None
    for a, b in sents:
        k = text.find(words, a, b)
        if k >= 0:
            return [k, k + len(words)]
    k = text.find(words)
    return [k, k + len(words)] if k >= 0 else None


def agreement(twice: dict[str, dict[str, list]]) -> dict:
    """How often two annotators, labelling the same sentences blind, agree: on whether the
    sentence tells a protest or riot, on its sub-types, and on its whole set of event types."""
    pairs = [list(v.values()) for v in twice.values() if len(v) == 2]
    fam = ("Protests", "Riots")

    def types(evs, sub=False, only=None):
        return {(e["event_type"], e["sub_event_type"] if sub else "") for e in evs
                if only is None or e["event_type"] in only}
    both_fam = sum(bool(types(a, only=fam)) and bool(types(b, only=fam)) for a, b in pairs)
    any_fam = sum(bool(types(a, only=fam)) or bool(types(b, only=fam)) for a, b in pairs)
    return {"sentences": len(pairs),
            "same_event_types": round(sum(types(a) == types(b) for a, b in pairs) / max(len(pairs), 1), 3),
            "same_sub_types": round(sum(types(a, True) == types(b, True) for a, b in pairs) / max(len(pairs), 1), 3),
            "protest_riot_either": any_fam, "protest_riot_both": both_fam,
            "protest_riot_same_sub_type": sum(types(a, True, fam) == types(b, True, fam) and bool(types(a, only=fam))
                                              for a, b in pairs)}


FAMILY = ("Protests", "Riots")


def _family(evs: list[dict]) -> list[dict]:
    return [e for e in evs if e.get("event_type") in FAMILY]


def _read_alone(batches: Path, labels: Path, sent_rows: list[dict], bad: Counter) -> tuple[list[dict], dict]:
    """Sentence labels are what the sentence itself tells, read alone (the protest test set's convention).

    - The training sentences with a protest word the rules declined were read again alone (batches
      cf_*, and a second time cf2_*): where both readings agree on whether the sentence tells a protest or
      riot, that reading's protest and riot events replace the context-read ones (other types stay), and
      the row is marked ``reading: alone``.
    - New sentences read alone (cfx_* and, from the wider wording, cfw_*: sample_contextfree.py) join the
      corpus (bucket ``alone``); where two annotators read one (the batches' _sources.json overlap), the
      owner batch's labels enter, the other's only measure agreement."""
    def labelled(stem: str) -> dict[str, dict]:
        return {lab["sid"]: lab for lab in read_jsonl(labels / f"{stem}.labels.jsonl") if "sid" in lab}

    def events(lab: dict) -> list[dict]:
        evs = [e for e in lab.get("events") or [] if isinstance(e, dict)]
        bad["invalid type"] += sum(not valid(e) for e in evs)
        return [{"event_type": e["event_type"], "sub_event_type": e["sub_event_type"], "trigger": e.get("trigger")}
                for e in evs if valid(e)]

    first, second = {}, {}
    for stem in ("cf_0", "cf_1"):
        first.update(labelled(stem))
    for stem in ("cf2_0", "cf2_1"):
        second.update(labelled(stem))
    changed = 0
    for row in sent_rows:
        a, b = first.get(row["sid"]), second.get(row["sid"])
        if a is None or b is None:
            continue
        fa, fb = _family(events(a)), _family(events(b))
        if bool(fa) != bool(fb):
            continue  # the two readings disagree: the context-read label stays
        changed += bool(fa) != bool(_family(row["events"]))
        row["events"] = [e for e in row["events"] if e["event_type"] not in FAMILY] + fa
        row["neg"] = None if row["events"] else (a.get("neg") or row.get("neg"))
        row["reading"] = "alone"
    figures = {"read_alone_again_changed_family": changed}
    for prefix, name in (("cfx", "double_labelled_alone"), ("cfw", "double_labelled_wide")):
        meta_path = batches / f"{prefix}_sources.json"
        if not meta_path.exists():
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        twice: dict[str, dict[str, list]] = {}
        for bf in sorted(batches.glob(f"{prefix}_*.jsonl")):
            given = {r["sid"]: r for r in read_jsonl(bf)}
            for sid, lab in labelled(bf.stem).items():
                r = given.get(sid)
                if r is None:
                    bad["unknown sid"] += 1
                    continue
                evs = events(lab)
                if sid in meta["overlap"]:
                    twice.setdefault(sid, {})[bf.stem] = evs
                    if meta["overlap"][sid][1] == bf.stem:
                        continue
                sent_rows.append({"sid": sid, "doc_id": r["doc_id"], "published": r.get("published"), "start": None,
                                  "end": None, "first": meta["source"].get(sid) == "ans", "text": r["text"],
                                  "events": evs, "neg": None if evs else lab.get("neg"), "bucket": "alone",
                                  "source": meta["source"].get(sid), "batch": bf.stem, "reading": "alone"})
        figures[name] = agreement(twice)
    return sent_rows, figures


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    args = ap.parse_args()
    batches, labels, out = HERE / "batches", HERE / "labels", HERE / "corpus"
    out.mkdir(exist_ok=True)
    key = json.loads((batches / "blind_key.json").read_text(encoding="utf-8"))
    sent_rows, art_rows, blind_pred = [], [], []
    bad = Counter()
    # sentences two annotators labelled blind (sample_protests.py --train): the first batch's
    # labels enter the corpus, the second's only measure agreement
    overlap = {}
    for op in batches.glob("overlap_*.json"):
        overlap.update(json.loads(op.read_text(encoding="utf-8")))
    twice: dict[str, dict[str, list]] = {}
    # protest sentences three annotators read: the majority's labels (adjudicate.py --write)
    adj_path = out / "adjudicated.json"
    adjudicated = json.loads(adj_path.read_text(encoding="utf-8")) if adj_path.exists() else {}
    for bf in sorted(batches.glob("sent_*.jsonl")):
        given = {r["sid"]: r for r in read_jsonl(bf)}
        done = read_jsonl(labels / (bf.stem + ".labels.jsonl"))
        for lab in done:
            r = given.get(lab.get("sid"))
            if r is None:
                bad["unknown sid"] += 1
                continue
            evs = [e for e in lab.get("events") or [] if isinstance(e, dict)]
            bad["invalid type"] += sum(not valid(e) for e in evs)
            evs = [{"event_type": e["event_type"], "sub_event_type": e["sub_event_type"],
                    "trigger": e.get("trigger")} for e in evs if valid(e)]
            if r["sid"] in overlap:
                twice.setdefault(r["sid"], {})[bf.stem] = evs
                if overlap[r["sid"]][1] == bf.stem:
                    continue
            row = {"sid": r["sid"], "doc_id": r["doc_id"], "published": r.get("published"),
                   "start": r["start"], "end": r["end"], "first": r["start"] == 0,
                   "text": r["text"], "events": evs, "neg": lab.get("neg"),
                   "bucket": r["bucket"], "batch": bf.stem}
            if r["sid"] in adjudicated:
                row["events"] = adjudicated[r["sid"]]["events"]
                row["neg"] = row["neg"] if not row["events"] else None
                row["adjudicated"] = True
            sent_rows.append(row)
    sent_rows, alone_agreement = _read_alone(batches, labels, sent_rows, bad)
    for bf in sorted(batches.glob("art_*.jsonl")):
        given = {r["id"]: r for r in read_jsonl(bf)}
        for lab in read_jsonl(labels / (bf.stem + ".events.jsonl")):
            a = given.get(lab.get("id"))
            if a is None:
                bad["unknown article"] += 1
                continue
            sents = a["sentences"]
            events = event_records(lab.get("events"), a["text"], sents, bad)
            if a["id"] in key:
                blind_pred.append({"id": key[a["id"]], "events": events})
                continue
            art_rows.append({"id": a["id"], "published": a.get("published"), "outlet": a.get("outlet"),
                             "title": a.get("title"), "text": a["text"], "sentences": sents,
                             "events": events, "batch": bf.stem})
    with (out / "sentences.jsonl").open("w", encoding="utf-8") as f:
        for r in sent_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with (out / "articles.jsonl").open("w", encoding="utf-8") as f:
        for r in art_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_art_sents = sum(len(a["sentences"]) for a in art_rows)
    counts = Counter(f"{e['event_type']} / {e['sub_event_type']}" for r in sent_rows for e in r["events"])
    counts.update(f"{e['event_type']} / {e['sub_event_type']}" for a in art_rows for e in a["events"])
    negs = Counter(r["neg"] for r in sent_rows if not r["events"])
    source_articles = {r["doc_id"] for r in sent_rows} | {a["id"] for a in art_rows}
    summary = {"labelled_sentences": len(sent_rows), "sentences_in_full_articles": n_art_sents,
               "full_articles": len(art_rows), "source_articles": len(source_articles),
               "events_in_full_articles": sum(len(a["events"]) for a in art_rows),
               "positive_sentences": sum(bool(r["events"]) for r in sent_rows),
               "by_type": dict(counts.most_common()), "negatives": dict(negs.most_common()),
               "problems": dict(bad)}
    if twice:
        summary["double_labelled"] = agreement(twice)
    summary.update(alone_agreement)
    summary["read_alone"] = sum(r.get("reading") == "alone" for r in sent_rows)
    # the blind check: the annotators' records of dev articles against the dev gold
    if blind_pred:
        summary["blind_dev_agreement"] = score_blind(Path(args.shared), blind_pred)
    (HERE / "corpus" / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(summary, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
