"""Scoring of predicted events against gold events, as EVENT_CODING.md section 4 defines it.

The rule, in short:

* a prediction matches a gold event of the same document when both have the same
  ``event_type`` and at least one pair of evidence spans overlaps or, when no
  sentence is shared, the same ``event_date`` and a matching location (the same
  occurrence told in other sentences); each gold event and each prediction is
  used at most once; evidence matches are taken first, then pairs agreeing on
  more scored fields, then earlier gold events, then earlier predictions;
* precision, recall and F1 on ``event_type``; F1 again counting only matches that
  also agree on ``sub_event_type``;
* on matched pairs, five fields are scored by exact match: ``sub_event_type``,
  ``event_date``, ``fatalities``, actors (canonical names compared without case,
  punctuation or ACLED's trailing country qualifier, so ``Protesters (Tunisia)`` ==
  ``Protesters``; ``actor1`` and ``actor2`` in order, either order for Battles) and
  location (equal normalised Arabic ``location_text``, or equal English
  ``location``, or coordinates within 10 km).  A field the gold event leaves out is
  not scored; a field present as ``null`` is, and the prediction must be ``null``.

The figures and the printed lines are the same as those of the project's shared
reference scorer, so either can be quoted.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from typing import Any

FIELDS: tuple[str, ...] = ("sub_event_type", "event_date", "actors", "location", "fatalities")
EXTRA: tuple[str, ...] = ("injuries", "time_precision", "geo_precision", "certainty")  # reported only

# --- normalisation -------------------------------------------------------------------------

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")   # harakat, Quranic marks, tatweel
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_PUNCT = re.compile(r"[^\w\s]")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def _strip_clitics(word: str) -> str:
    """Drop a leading conjunction (و ف), then a preposition (ب ل ك), then the article (ال)."""
    i = 0
    if word[i:i + 1] in ("و", "ف"):
        i += 1
    if word[i:i + 1] in ("ب", "ل", "ك"):
        i += 1
    if word[i:i + 2] == "ال":
        i += 2
    return word[i:] or word


def norm_ar(s: str | None) -> str:
    """Arabic place names folded for comparison: no diacritics, alef/ya/ta-marbuta folded,
    punctuation as spaces, clitics stripped from each word."""
    if not s:
        return ""
    s = _PUNCT.sub(" ", _MARKS.sub("", s).translate(_FOLD))
    return " ".join(_strip_clitics(w) for w in s.split())


def norm_en(s: Any) -> str:
    """English names folded for comparison: lower case, letters and digits only."""
    return _NOT_ALNUM.sub("", (s or "").lower())


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of radius 6371 km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2) - math.radians(lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def overlaps(spans_a: Iterable, spans_b: Iterable) -> bool:
    spans_b = list(spans_b or [])
    for a0, a1 in spans_a or []:
        for b0, b1 in spans_b:
            if a0 < b1 and b0 < a1:
                return True
    return False


# --- fields --------------------------------------------------------------------------------


_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")


def norm_actor(s: Any) -> str:
    """An actor's name without ACLED's country qualifier: 'Protesters (Tunisia)' == 'Protesters'."""
    return norm_en(_QUALIFIER.sub("", s or ""))


def _actors_ok(g: dict, p: dict) -> bool | None:
    if "actor1" not in g:
        return None
    gold = (norm_actor(g.get("actor1")), norm_actor(g.get("actor2")))
    pred = (norm_actor(p.get("actor1")), norm_actor(p.get("actor2")))
    if g.get("event_type") == "Battles":
        return sorted(gold) == sorted(pred)
    return gold == pred


def _location_ok(g: dict, p: dict) -> bool | None:
    if "location" not in g and "location_text" not in g and "latitude" not in g:
        return None
    if g.get("location_text") and norm_ar(g["location_text"]) == norm_ar(p.get("location_text")):
        return True
    if g.get("location") and norm_en(g["location"]) == norm_en(p.get("location")):
        return True
    if g.get("latitude") is not None and p.get("latitude") is not None:
        try:
            return distance_km(g["latitude"], g["longitude"], p["latitude"], p["longitude"]) <= 10
        except (TypeError, KeyError):
            return False
    return False


def field_ok(name: str, g: dict, p: dict) -> bool | None:
    """Whether prediction ``p`` gets field ``name`` of gold event ``g`` right; None if not scored."""
    if name == "actors":
        return _actors_ok(g, p)
    if name == "location":
        return _location_ok(g, p)
    if name not in g:
        return None
    return g[name] == p.get(name)


# --- matching ------------------------------------------------------------------------------


def match_events(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """Index pairs (gold, prediction) of one document, chosen greedily as the module says."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.get("event_type") != p.get("event_type"):
                continue
            if overlaps(g.get("evidence") or [], p.get("evidence") or []):
                tier = 0
            elif g.get("event_date") and g.get("event_date") == p.get("event_date") \
                    and _location_ok(g, p):
                tier = 1
            else:
                continue
            agree = sum(1 for f in FIELDS if field_ok(f, g, p))
            cands.append((tier, -agree, gi, pi))
    cands.sort()
    taken_g: set[int] = set()
    taken_p: set[int] = set()
    pairs = []
    for _, _, gi, pi in cands:
        if gi not in taken_g and pi not in taken_p:
            taken_g.add(gi)
            taken_p.add(pi)
            pairs.append((gi, pi))
    return pairs


# --- loading -------------------------------------------------------------------------------


def load_gold(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def group_predictions(rows: Iterable[dict]) -> dict[Any, list[dict]]:
    """Predicted events by document id, from per-event rows (``doc_id``) or per-article rows
    (``id`` and ``events``)."""
    by_doc: dict[Any, list[dict]] = {}
    for row in rows:
        if "events" in row:
            by_doc.setdefault(row["id"], []).extend(row["events"])
        else:
            by_doc.setdefault(row.get("doc_id"), []).append(row)
    return by_doc


def load_predictions(path: str) -> dict[Any, list[dict]]:
    with open(path, encoding="utf-8") as f:
        return group_predictions(json.loads(line) for line in f if line.strip())


# --- figures -------------------------------------------------------------------------------


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold_docs: list[dict], predictions: dict[Any, list[dict]]) -> dict[str, Any]:
    """The figures, as a dict with the same keys and values as the reference scorer's ``--json``."""
    n_gold = n_pred = tp = tp_sub = 0
    right = {f: 0 for f in FIELDS + EXTRA}
    scored = {f: 0 for f in FIELDS + EXTRA}
    for doc in gold_docs:
        gold = doc.get("events", [])
        pred = predictions.get(doc["id"], [])
        n_gold += len(gold)
        n_pred += len(pred)
        for gi, pi in match_events(gold, pred):
            g, p = gold[gi], pred[pi]
            tp += 1
            if g.get("sub_event_type") == p.get("sub_event_type"):
                tp_sub += 1
            for f in FIELDS + EXTRA:
                ok = field_ok(f, g, p)
                if ok is None:
                    continue
                scored[f] += 1
                right[f] += 1 if ok else 0
    p, r, f1 = _prf(tp, n_pred, n_gold)
    f1_sub = _prf(tp_sub, n_pred, n_gold)[2]
    return {
        "documents": len(gold_docs),
        "gold_events": n_gold,
        "predicted_events": n_pred,
        "matched": tp,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f1, 4),
        "f1_sub_event_type": round(f1_sub, 4),
        "field_accuracy": {f: (round(right[f] / scored[f], 4) if scored[f] else None) for f in FIELDS},
        "field_counts": dict(scored),
        "extra_field_accuracy": {f: (round(right[f] / scored[f], 4) if scored[f] else None) for f in EXTRA},
    }


def score_by_type(gold_docs: list[dict], predictions: dict[Any, list[dict]]) -> dict[str, dict[str, Any]]:
    """The figures of :func:`score` for each event type alone (gold and predictions of that type)."""
    types = sorted({e.get("event_type") for d in gold_docs for e in d.get("events", [])}
                   | {e.get("event_type") for evs in predictions.values() for e in evs} - {None})
    out = {}
    for t in types:
        docs = [dict(d, events=[e for e in d.get("events", []) if e.get("event_type") == t]) for d in gold_docs]
        preds = {k: [e for e in v if e.get("event_type") == t] for k, v in predictions.items()}
        out[t] = score(docs, preds)
    return out


def format_scores(res: dict[str, Any]) -> list[str]:
    """The lines the reference scorer prints, character for character."""
    lines = [
        f"documents {res['documents']}  gold {res['gold_events']}  predicted {res['predicted_events']}"
        f"  matched {res['matched']}",
        f"event type   P {res['precision']:.3f}  R {res['recall']:.3f}  F1 {res['f1']:.3f}",
        f"sub-type     F1 {res['f1_sub_event_type']:.3f}",
    ]
    for f, acc in res["field_accuracy"].items():
        shown = "-" if acc is None else f"{acc:.3f}"
        lines.append(f"  {f:<16} {shown}  (n={res['field_counts'][f]})")
    if "extra_field_accuracy" in res:
        lines.append("also (not used for matching):")
        for f, acc in res["extra_field_accuracy"].items():
            shown = "-" if acc is None else f"{acc:.3f}"
            lines.append(f"  {f:<16} {shown}  (n={res['field_counts'][f]})")
    return lines
