"""``hadath places``: look a place name up in the gazetteer, or measure the transliteration matcher."""
from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "places", help="look a place up in the gazetteer",
        description="Print the gazetteer's places called QUERY (Arabic, with or without proclitics, "
                    "or English), best first for the context given.")
    p.add_argument("query", nargs="*", metavar="QUERY", help="a place name, e.g. الباغوز or 'Deir ez-Zor'")
    p.add_argument("--country", action="append", default=[],
                   help="keep places of this country (English name, ISO code or Arabic name); repeatable")
    p.add_argument("--context", action="append", default=[], metavar="COUNTRY",
                   help="rank as if the article named this country (does not filter); repeatable")
    p.add_argument("--near", action="append", default=[], metavar="LAT,LON",
                   help="rank places near this point first; repeatable")
    p.add_argument("--places", action="append", default=[], metavar="FILE",
                   help="also load this TSV/CSV of extra places (as $HADATH_PLACES does)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--translit-eval", action="store_true",
                   help="measure the Arabic-to-Latin matcher on the Airwars/UCDP pairs and exit")
    p.add_argument("--data", help="shared data directory for --translit-eval (default ../shared/data)")
    p.add_argument("--eval-gold", metavar="JSONL",
                   help="look up every gold event's location_text and report how many resolve within "
                        "10 km of the gold coordinates (or to the gold location name)")
    p.add_argument("--eval-ner", metavar="CONLL",
                   help="match the gazetteer over a 'token TAG' file (ANERcorp) and report precision and "
                        "recall of its matches against the B-/I-LOC spans")
    p.add_argument("--stats", action="store_true",
                   help="print the gazetteer's size by kind, country and source, and its loading time")
    p.set_defaults(func=run)


def _fmt(p, best: bool) -> str:
    coords = f"{p.latitude:.4f}, {p.longitude:.4f}" if p.coords else "no coordinates"
    admin = " / ".join(x for x in (p.country, p.admin1, p.admin2) if x)
    pop = f"  pop {p.population:,}" if p.population else ""
    names = "|".join(p.names_ar) or "-"
    mark = "*" if best else " "
    return (f"{mark} {p.name} [{p.kind}]  {admin}  ({coords}){pop}\n"
            f"    {names}\n"
            f"    id {p.id}  source {p.source}  licence {p.licence}")


def run(args: argparse.Namespace) -> int:
    if args.translit_eval:
        from pathlib import Path

        from ..kb.translit import default_sources, evaluate, format_eval
        if args.data:
            g = Path(args.data) / "gazetteer"
            aw, uc = str(g / "airwars_arabic_toponyms.csv"), str(g / "ucdp_syria_places.csv")
        else:
            aw, uc = default_sources()
        if not (Path(aw).exists() and Path(uc).exists()):
            print(f"hadath places: source files not found ({aw}, {uc}); use --data", file=sys.stderr)
            return 2
        r = evaluate(aw, uc)
        print(json.dumps(r, ensure_ascii=False) if args.json else format_eval(r))
        return 0
    if args.stats:
        return _stats(args)
    if args.eval_gold:
        return _eval_gold(args)
    if args.eval_ner:
        return _eval_ner(args)
    query = " ".join(args.query).strip()
    if not query:
        print("hadath places: give a QUERY (or --translit-eval)", file=sys.stderr)
        return 2
    from ..kb.gazetteer import load
    gaz = load(extra=args.places)
    cands = gaz.candidates(query)
    if args.country:
        keep = set()
        for c in args.country:
            cp = gaz.country(c)
            keep.add(cp.name if cp else c)
        cands = [p for p in cands if p.country in keep]
    near = []
    for s in args.near:
        try:
            la, lo = (float(x) for x in s.split(","))
            near.append((la, lo))
        except ValueError:
            print(f"hadath places: --near wants LAT,LON, not {s!r}", file=sys.stderr)
            return 2
    best = gaz.resolve(cands, countries=args.context + args.country, near=near)
    ordered = ([best] if best else []) + [p for p in cands if p is not best]
    if not ordered:
        print(f"no place called {query!r}", file=sys.stderr)
        return 1
    for p in ordered:
        if args.json:
            d = p.to_dict()
            d["best"] = p is best
            print(json.dumps(d, ensure_ascii=False))
        else:
            print(_fmt(p, p is best))
    return 0


def _stats(args: argparse.Namespace) -> int:
    import time
    from collections import Counter

    from ..kb import gazetteer as gz
    t0 = time.perf_counter()
    gaz = gz.load(extra=args.places)
    t1 = time.perf_counter()
    lex = gaz.lexicon
    t2 = time.perf_counter()
    kinds = Counter(p.kind for p in gaz.places)
    countries = Counter(p.country for p in gaz.places if p.names_ar)
    sources = Counter(s for p in gaz.places for s in p.source.split("+"))
    d = {
        "places": len(gaz.places), "with_arabic_names": sum(1 for p in gaz.places if p.names_ar),
        "arabic_keys": len(lex), "load_seconds": round(t1 - t0, 3), "lexicon_seconds": round(t2 - t1, 3),
        "kinds": dict(kinds.most_common()), "sources": dict(sources.most_common()),
        "countries_with_arabic_names_top": dict(countries.most_common(15)),
    }
    if args.json:
        print(json.dumps(d, ensure_ascii=False))
    else:
        print(f"{d['places']} places, {d['with_arabic_names']} with Arabic names, {d['arabic_keys']} Arabic keys; "
              f"load {d['load_seconds']:.3f} s, lexicon {d['lexicon_seconds']:.3f} s (first use)")
        print("kinds:   " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
        print("sources: " + ", ".join(f"{k} {v}" for k, v in sources.most_common()))
        print("Arabic-named places by country: "
              + ", ".join(f"{k} {v}" for k, v in countries.most_common(15)))
    return 0


def _eval_gold(args: argparse.Namespace) -> int:
    """Gazetteer lookups of the gold location texts: found, and right without / with the country."""
    from ..kb import gazetteer as gz
    gaz = gz.load(extra=args.places)
    n = found = right_bare = right_ctx = 0
    misses = []
    with open(args.eval_gold, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            doc = json.loads(line)
            for ev in doc.get("events", []):
                text = ev.get("location_text")
                if not text:
                    continue
                n += 1
                cands = gaz.candidates(text)
                found += bool(cands)

                def ok(p) -> bool:
                    if p is None:
                        return False
                    if ev.get("location") and p.name == ev["location"]:
                        return True
                    if ev.get("latitude") is not None and p.coords:
                        return gz.distance_km(p.coords, (ev["latitude"], ev["longitude"])) <= 10
                    return ev.get("latitude") is None and p.country == ev.get("country")

                a = ok(gaz.resolve(cands))
                b = ok(gaz.resolve(cands, countries=[ev["country"]] if ev.get("country") else []))
                right_bare += a
                right_ctx += b
                if not b:
                    misses.append(text)
    r = {"locations": n, "found": found, "right_without_context": right_bare,
         "right_with_country": right_ctx, "misses": misses}
    if args.json:
        print(json.dumps(r, ensure_ascii=False))
    else:
        print(f"{n} gold location texts: {found} found in the gazetteer, {right_bare} resolved right "
              f"without context, {right_ctx} with the event's country"
              + (f"; wrong or missing: {', '.join(misses)}" if misses else ""))
    return 0


def _eval_ner(args: argparse.Namespace) -> int:
    """Gazetteer matches against LOC annotations of a CoNLL-style file (exact span match)."""
    from ..kb import gazetteer as gz
    from ..text.tokenize import tokenize
    gaz = gz.load(extra=args.places)
    words, tags = [], []
    with open(args.eval_ner, encoding="utf-8-sig", errors="replace") as f:
        for line in f:
            parts = line.replace("\u200e", "").split()
            if len(parts) >= 2 and not parts[0].startswith("-DOCSTART-"):
                words.append(parts[0])
                tags.append(parts[-1])
    # rebuild a text with offsets, in chunks of sentences so spans stay local
    text_parts, offsets, pos = [], [], 0
    for w in words:
        offsets.append((pos, pos + len(w)))
        text_parts.append(w)
        pos += len(w) + 1
    text = " ".join(text_parts)
    gold, cur = set(), None
    for k, t in enumerate(tags):
        if t in ("B-LOC", "I-LOC") and (t == "I-LOC" and cur is not None):
            cur = (cur[0], offsets[k][1])
        elif t == "B-LOC" or t == "I-LOC":
            if cur:
                gold.add(cur)
            cur = offsets[k]
        else:
            if cur:
                gold.add(cur)
            cur = None
    if cur:
        gold.add(cur)
    pred = set()
    for m in gaz.lexicon.find(tokenize(text)):
        # the word the proclitic-stripped match starts in, to compare with token-level gold spans
        start = max(a for a, b in offsets if a <= m.start) if offsets else m.start
        pred.add((start, m.end))
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    res = {"tokens": len(words), "gold_locations": len(gold), "matches": len(pred), "exact": tp,
           "precision": round(p, 3), "recall": round(r, 3),
           "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}
    print(json.dumps(res, ensure_ascii=False) if args.json else
          f"{res['tokens']} tokens, {res['gold_locations']} LOC spans, {res['matches']} gazetteer matches, "
          f"{tp} exact: precision {res['precision']:.3f}, recall {res['recall']:.3f}, F1 {res['f1']:.3f}")
    return 0
