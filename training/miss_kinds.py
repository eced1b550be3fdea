"""Why the coder misses the protest and riot sentences of a labelled sentence file, by kind (counts only,
no sentence printed: it may be run on the held-out protest test set).

    python training/miss_kinds.py tests/data/protest_sentences.jsonl

For each sentence labelled with a protest or riot that the coder codes none for, it reports where the
rules lost it: no protest or riot trigger at all (and whether another type was coded), a trigger a
blocker stopped (with the blocker kinds), a candidate that made no record (no place, time, actor or
crowd in its sentence, or dated as old), or a record dropped as background or reference in the merge.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter

import hadath
from hadath import coder
from hadath.events import candidates
from hadath.events.roles import event_date

FAMILY = ("Protests", "Riots")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sentences", help="a labelled sentence file (jsonl: text, published, events)")
    ap.add_argument("--examples", action="store_true",
                    help="also print each missed sentence under its kind (refused for the held-out test set)")
    args = ap.parse_args()
    if args.examples and "protest_sentences" in args.sentences:
        ap.error("--examples prints sentences: not for the held-out protest test set")
    shown: dict[str, list[str]] = {}
    state: dict = {}
    rules_candidates, make_draft = candidates.sentence_candidates, coder._draft

    def seen_candidates(sm):
        cands, blocked = rules_candidates(sm)
        state["cands"] = [c for c in cands if c.event_type in FAMILY]
        state["blocked"] = [t.blocked for t in blocked if t.event_type in FAMILY]
        state["flags"] = sorted({("background" if c.background else "") + (" reference" if c.anaphoric else "")
                                 for c in state["cands"]})
        return cands, blocked

    def seen_draft(c, sm, *a, **k):
        d = make_draft(c, sm, *a, **k)
        if c.event_type in FAMILY:
            state.setdefault("drafts", []).append(d is not None)
            if d is None:
                state.setdefault("old", []).append(event_date(c, sm, *a[:1])[2])
        return d

    coder.sentence_candidates, coder._draft = seen_candidates, seen_draft
    kinds, blockers, n = Counter(), Counter(), 0
    try:
        for line in open(args.sentences, encoding="utf-8"):
            r = json.loads(line)
            gold = {e["event_type"] for e in r["events"] if e["event_type"] in FAMILY}
            if not gold:
                continue
            state.clear()
            events = hadath.extract(r["text"], r.get("published")).events
            coded = {e.event_type for e in events if e.event_type in FAMILY}
            if coded & gold:
                continue
            n += 1
            kind = classify(state, coded, events, r["text"])
            kinds[kind] += 1
            if kind == "trigger stopped by a blocker":
                blockers.update(set(state["blocked"]))
            shown.setdefault(kind, []).append(r["text"])
    finally:
        coder.sentence_candidates, coder._draft = rules_candidates, make_draft
    print(f"{n} protest or riot sentences missed")
    for k, v in kinds.most_common():
        print(f"  {v:>4}  {k}")
    if blockers:
        print("  blocker kinds: " + ", ".join(f"{k} {v}" for k, v in blockers.most_common()))
    if args.examples:
        for k, texts in shown.items():
            print(f"\n== {k}")
            for t in texts:
                print("  - " + t)


def classify(state: dict, coded: set, events: list, text: str) -> str:
    """The kind of one miss, from what the patched rule functions saw."""
    if coded:
        return "the family's other type coded (a riot for a protest or the reverse)"
    if not state.get("cands") and not state.get("blocked"):
        from hadath.events.triggers import find_triggers
        from hadath.text import tokenize
        roles = {t.role for t in find_triggers(tokenize(text, 0, len(text))) if t.event_type in FAMILY}
        what = ("protester noun only" if roles == {"anaphor"} else "a crowd deed without a crowd" if "crowd" in roles
                else "a modifier only" if roles == {"modifier"} else "no family word" if not roles
                else "trigger dropped (" + ",".join(sorted(roles)) + ")")
        return "no protest or riot trigger: " + what + (" (another type coded)" if events else "")
    if not state.get("cands"):
        return "trigger stopped by a blocker"
    if not any(state.get("drafts", [])):
        return "candidate with no record: " + ("dated as old" if any(state.get("old", [])) else "no anchor")
    return "record dropped in the merge (" + ",".join(f.strip() or "none" for f in state["flags"]) + ")"


if __name__ == "__main__":
    main()
