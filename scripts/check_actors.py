#!/usr/bin/env python
"""Validate and describe hadath's actor dictionary; count alias hits on a news corpus.

    python scripts/check_actors.py                      # validation + counts
    python scripts/check_actors.py --corpus /work/shared/data/corpora/ant_news.jsonl --top 40
    python scripts/check_actors.py --corpus FILE --kwic "القاعدة" --n 15   # hits of one alias in context
    python scripts/check_actors.py --gold /work/shared/gold/actors.tsv  # every gold actor present?

Exit status 1 when validation finds an error (unknown associated actor, duplicate
name, gold actor missing or with another inter, alias shared with generic_agents).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from hadath.kb.actors import ActorDB, load
from hadath.kb.lexicon import alias_key
from hadath.kb.loader import read_tsv, split_list
from hadath.text.tokenize import tokenize


def validate(db: ActorDB, gold: str | None) -> list[str]:
    errors: list[str] = []
    names = {a.name for a in db.actors}
    for a in db.actors:
        for other in a.associated:
            if other not in names:
                errors.append(f"{a.name}: associated actor not in the dictionary: {other}")
        if len(set(a.aliases)) != len(a.aliases):
            errors.append(f"{a.name}: duplicate aliases")
        if not a.aliases:
            errors.append(f"{a.name}: no aliases")
    if gold:
        for g in read_tsv(gold):
            a = db.by_name(g["name"])
            if a is None:
                errors.append(f"gold actor missing: {g['name']}")
                continue
            if str(a.inter) != g["inter"]:
                errors.append(f"gold actor {g['name']}: inter {a.inter} != gold {g['inter']}")
            missing = set(split_list(g.get("arabic_aliases", ""))) - set(a.aliases)
            if missing:
                errors.append(f"gold actor {g['name']}: aliases missing {sorted(missing)}")
    return errors


def shared_aliases(db: ActorDB) -> dict[str, list[str]]:
    """Alias keys that name more than one actor (resolved by date/country at coding time)."""
    out = {}
    for key in db.lexicon.keys():
        payloads = db.lexicon.get(key)
        if len(payloads) > 1:
            out[key] = [a.name for a in payloads]
    return out


def stats(db: ActorDB) -> None:
    n_alias = sum(len(a.aliases) for a in db.actors)
    n_keys = sum(1 for _ in db.lexicon.keys())
    print(f"actors: {len(db.actors)}  aliases: {n_alias}  distinct alias keys: {n_keys}  "
          f"generic agents: {len(db.generics)}  blocking phrases (not_actor): {len(db.blocks)}")
    print("by inter:  " + "  ".join(f"{k}:{v}" for k, v in sorted(Counter(a.inter for a in db.actors).items())))
    print("by kind:   " + "  ".join(f"{k}:{v}" for k, v in Counter(a.kind for a in db.actors).most_common()))
    by_c = Counter(a.country or "(none)" for a in db.actors)
    print("by country: " + "  ".join(f"{k}:{v}" for k, v in by_c.most_common()))
    print("generic roles: " + "  ".join(f"{k}:{v}" for k, v in Counter(g.role for g in db.generics).most_common()))
    dated = [a for a in db.actors if a.valid_from or a.valid_to]
    print(f"actors with validity dates: {len(dated)}")
    sh = shared_aliases(db)
    print(f"alias keys shared by several actors: {len(sh)}")
    for k, v in sorted(sh.items()):
        print(f"  {k}: {' | '.join(v)}")
    overlap = [k for k in db.lexicon.keys() if db.generic_lexicon.get(k)]
    print(f"alias keys also in generic_agents: {len(overlap)}: {' | '.join(sorted(overlap))}")


def iter_corpus(path: str):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                yield d.get("id", ""), (d.get("title") or "") + "\n" + (d.get("text") or "")


def corpus_hits(db: ActorDB, path: str, top: int, generic: bool) -> None:
    hits: Counter[str] = Counter()
    docs: dict[str, set[str]] = defaultdict(set)
    actor_hits: Counter[str] = Counter()
    n_docs = 0
    lex = db.generic_lexicon if generic else db.lexicon
    for doc_id, text in iter_corpus(path):
        n_docs += 1
        for m in lex.find(tokenize(text)):
            hits[m.key] += 1
            docs[m.key].add(doc_id)
            if not generic:
                for a in {p.name for p in m.payloads}:
                    actor_hits[a] += 1
    n_keys = sum(1 for _ in lex.keys())
    print(f"corpus: {path}  articles: {n_docs}")
    print(f"{'generic' if generic else 'named-actor'} alias keys: {n_keys}  firing at least once: {len(hits)} "
          f"({100 * len(hits) / max(n_keys, 1):.1f}%)  hits: {sum(hits.values())}")
    print(f"top {top} aliases (hits, articles):")
    for k, v in hits.most_common(top):
        names = ", ".join(sorted({getattr(p, 'name', None) or getattr(p, 'role', '') for p in lex.get(k)}))
        print(f"  {v:6d} {len(docs[k]):5d}  {k}  -> {names}")
    if not generic:
        print(f"actors found at least once: {len(actor_hits)} of {len(db.actors)}; top {top}:")
        for k, v in actor_hits.most_common(top):
            print(f"  {v:6d}  {k}")


def kwic(db: ActorDB, path: str, alias: str, n: int, width: int = 60) -> None:
    key = alias_key(alias)
    shown = 0
    for doc_id, text in iter_corpus(path):
        for m in db.lexicon.find(tokenize(text)):
            if m.key == key:
                left = text[max(0, m.start - width):m.start].replace("\n", " ")
                right = text[m.end:m.end + width].replace("\n", " ")
                print(f"{doc_id}: …{left}[{text[m.start:m.end]}]{right}…")
                shown += 1
                if shown >= n:
                    return


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="JSONL with title/text fields")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--generic", action="store_true", help="count generic agents instead of named actors")
    ap.add_argument("--kwic", help="show hits of this alias in context")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--gold", help="gold actors.tsv to check against")
    ap.add_argument("--extra", action="append", default=[], help="user actor TSV to load as well")
    args = ap.parse_args(argv)
    db = load(extra=args.extra)
    errors = validate(db, args.gold)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if args.kwic:
        if not args.corpus:
            ap.error("--kwic needs --corpus")
        kwic(db, args.corpus, args.kwic, args.n)
        return 1 if errors else 0
    stats(db)
    if args.corpus:
        if not Path(args.corpus).exists():
            ap.error(f"no such corpus: {args.corpus}")
        corpus_hits(db, args.corpus, args.top, args.generic)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
