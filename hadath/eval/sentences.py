"""Score the coder on labelled sentences of one event family (the protest test set).

Each sentence is coded alone (with its article's publication date); a sentence counts as
found when the coder gives an event of the family with evidence in it. Figures: precision and
recall of the family over the sentences, and sub-type accuracy over the sentences found.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..pipeline import extract


ALL = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
       "Strategic developments")


def score_sentences(path: str | Path, family: tuple[str, ...] = ("Protests", "Riots"),
                    reading: str | None = None) -> dict[str, Any]:
    """``family``: the event types that count (``ALL`` for every type); a sentence is found when
    a predicted event's type is one of its gold types. ``reading``: only the rows read so ("alone":
    ``reading: alone``; "context": the others)."""
    tp = fp = fn = sub_ok = 0
    errors: list[dict] = []
    for line in Path(path).open(encoding="utf-8"):
        r = json.loads(line)
        if reading is not None and (r.get("reading") == "alone") != (reading == "alone"):
            continue
        gold = [e for e in r["events"] if e["event_type"] in family]
        pred = [e for e in extract(r["text"], r.get("published")).events if e.event_type in family]
        if gold and pred and not {e.event_type for e in pred} & {e["event_type"] for e in gold}:
            pred = []  # another type: a miss, and not a false alarm of the family either
        if gold and pred:
            tp += 1
            gs = {(e["event_type"], e["sub_event_type"]) for e in gold}
            ok = any((e.event_type, e.sub_event_type) in gs for e in pred)
            sub_ok += ok
            if not ok:
                errors.append({"sid": r["sid"], "error": "sub-type", "gold": sorted(gs),
                               "pred": [(e.event_type, e.sub_event_type) for e in pred], "text": r["text"]})
        elif gold:
            fn += 1
            errors.append({"sid": r["sid"], "error": "missed", "gold": [e["sub_event_type"] for e in gold],
                           "text": r["text"]})
        elif pred:
            fp += 1
            errors.append({"sid": r["sid"], "error": "false alarm", "neg": r.get("neg"),
                           "pred": [(e.event_type, e.sub_event_type) for e in pred], "text": r["text"]})
    p = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"sentences": tp + fp + fn, "found": tp, "false_alarms": fp, "missed": fn,
            "precision": round(p, 3), "recall": round(rec, 3),
            "f1": round(2 * p * rec / (p + rec), 3) if p + rec else 0.0,
            "sub_type_accuracy": round(sub_ok / tp, 3) if tp else None, "errors": errors}
