#!/usr/bin/env python3
"""Find candidate pairs of reports for the fusion labelled set (tests/data/fusion_labels.jsonl).

Candidates are pairs of different articles, published at most ``--days`` apart,
that share a place name (a town or region found by hadath's place finder, not a
whole country) and both use attack words (قصف, غارة, انفجار, هجوم, اشتباك,
مقتل ...). Candidates are found without the fusion rule, so that labelling them
can measure both its precision and its recall.

Usage::

    hadath ingest /work/shared/data/corpora/ant_news.jsonl --db ant.db
    python scripts/build_fusion_set.py --db ant.db --out /tmp/candidates.jsonl --limit 120

Each output line holds both articles (id, date, title, first sentences), the
shared places and attack words, and the events hadath stored for each article,
for a person to read and label: same occurrence or not. The labelled pairs are
then written to tests/data/fusion_labels.jsonl with one hand-checked event per
article (``event_a``, ``event_b``) and scored with
``hadath clusters --evaluate tests/data/fusion_labels.jsonl``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import re
import sqlite3
import sys
from collections import defaultdict

sys.path.insert(0, ".")
from hadath.text.normalize import fold  # noqa: E402

ATTACK = ["قصف", "غاره", "غارات", "انفجار", "تفجير", "فجر", "هجوم", "اشتباك", "اشتباكات", "مقتل", "قتل",
          "قتلى", "سياره مفخخه", "انتحاري", "اغتيال", "اختطاف", "خطف", "اعتقال", "مسلحين", "مسلحون",
          "صاروخ", "قذائف", "كمين", "عبوه ناسفه", "لغم"]
_WORD = re.compile(r"[\u0621-\u064A]+")


def attack_words(text: str) -> set[str]:
    f = fold(text)
    return {w for w in ATTACK if re.search(r"(?<![\u0621-\u064A])(?:و|ف|ب|ل|ال|وال|بال)?" + w, f)}


def title_words(t: str) -> set[str]:
    return {w for w in _WORD.findall(fold(t or "")) if len(w) > 2}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a SQLite store made by 'hadath ingest' of the corpus")
    ap.add_argument("--out", required=True)
    ap.add_argument("--days", type=int, default=2, help="most days between the two publications (default 2)")
    ap.add_argument("--limit", type=int, default=150)
    a = ap.parse_args(argv)
    con = sqlite3.connect(f"file:{a.db}?mode=ro", uri=True)
    arts = {r[0]: {"id": r[0], "published": r[1], "title": r[2], "text": r[3]}
            for r in con.execute("select id, published, title, text from articles where published is not null")}
    for art in arts.values():
        art["attack"] = attack_words((art["title"] or "") + " " + art["text"][:1500])
    places: dict[str, set[str]] = defaultdict(set)
    for aid, text, value in con.execute("select article_id, text, value from mentions where kind='place'"):
        if aid not in arts or not arts[aid]["attack"]:
            continue
        cands = json.loads(value).get("candidates") or []
        if not cands or cands[0].get("kind") == "country":
            continue
        places[aid].add(cands[0].get("name") or fold(text))
    events: dict[str, list[dict]] = defaultdict(list)
    cols = ["event_id", "doc_id", "event_type", "sub_event_type", "event_date", "actor1", "actor2", "country",
            "admin1", "admin2", "location", "location_text", "latitude", "longitude", "geo_precision",
            "fatalities"]
    for r in con.execute(f"select {', '.join(cols)} from events"):
        events[r[1]].append(dict(zip(cols, r)))
    by_place: dict[str, list[str]] = defaultdict(list)
    for aid, ps in places.items():
        for p in ps:
            by_place[p].append(aid)
    pairs: dict[tuple[str, str], dict] = {}
    for p, ids in by_place.items():
        if len(ids) > 400:          # a capital named everywhere says nothing about one occurrence
            continue
        for x, y in itertools.combinations(sorted(ids), 2):
            ax, ay = arts[x], arts[y]
            gap = abs((dt.date.fromisoformat(ax["published"][:10]) - dt.date.fromisoformat(ay["published"][:10])).days)
            if gap > a.days:
                continue
            shared_attack = ax["attack"] & ay["attack"]
            if not shared_attack:
                continue
            key = (x, y)
            pr = pairs.setdefault(key, {"a": x, "b": y, "days_apart": gap, "places": set(),
                                        "attack": sorted(shared_attack)})
            pr["places"].add(p)
    out = []
    for (x, y), pr in pairs.items():
        tx, ty = title_words(arts[x]["title"]), title_words(arts[y]["title"])
        jac = len(tx & ty) / max(1, len(tx | ty))
        pr["title_overlap"] = round(jac, 3)
        pr["score"] = round(len(pr["places"]) + len(pr["attack"]) * 0.5 + 4 * jac, 3)
        out.append(pr)
    out.sort(key=lambda p: (-p["score"], p["a"], p["b"]))
    with open(a.out, "w", encoding="utf-8") as f:
        for pr in out[: a.limit]:
            rec = dict(pr, places=sorted(pr["places"]))
            for side in ("a", "b"):
                art = arts[pr[side]]
                rec[f"{side}_published"] = art["published"]
                rec[f"{side}_title"] = art["title"]
                rec[f"{side}_text"] = art["text"][:700]
                rec[f"{side}_events"] = events.get(pr[side], [])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(out)} candidate pairs, {min(len(out), a.limit)} written to {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
