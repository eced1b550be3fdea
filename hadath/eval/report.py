"""What the figures hide: a confusion table of event types and the list of errors.

* confusion: every gold event and every prediction counted once.  Matched pairs
  (same type, shared evidence sentence) sit on the diagonal; an unmatched gold
  event that shares an evidence sentence with an unmatched prediction of another
  type is counted in that (gold type, predicted type) cell; the remaining gold
  events are "missed" and the remaining predictions are "false alarm".
* misses and false alarms with their Arabic evidence text, and for matched pairs
  the scored fields that disagree (gold vs predicted).
"""
from __future__ import annotations

from typing import Any

from .score import FIELDS, field_ok, match_events, overlaps

TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
         "Strategic developments"]
SHORT = {"Battles": "BAT", "Explosions/Remote violence": "EXP", "Violence against civilians": "VAC",
         "Protests": "PRO", "Riots": "RIO", "Strategic developments": "STR"}
MISSED, FALSE_ALARM = "missed", "false alarm"


def _evidence_text(text: str, spans: list, limit: int = 220) -> str:
    parts = []
    for a, b in spans or []:
        try:
            parts.append(" ".join(text[int(a):int(b)].split()))
        except (TypeError, ValueError):
            continue
    s = " | ".join(parts)
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _field_values(name: str, ev: dict) -> str:
    if name == "actors":
        return f"{ev.get('actor1')} | {ev.get('actor2')}"
    if name == "location":
        lat, lon = ev.get("latitude"), ev.get("longitude")
        coords = f" ({lat}, {lon})" if lat is not None else ""
        return f"{ev.get('location')} [{ev.get('location_text')}]{coords}"
    return repr(ev.get(name)) if ev.get(name) is None else str(ev.get(name))


def details(gold_docs: list[dict], predictions: dict[Any, list[dict]]) -> dict[str, Any]:
    confusion: dict[str, dict[str, int]] = {}
    misses: list[dict] = []
    alarms: list[dict] = []
    disagreements: list[dict] = []

    def bump(row: str, col: str) -> None:
        confusion.setdefault(row, {}).setdefault(col, 0)
        confusion[row][col] += 1

    for doc in gold_docs:
        gold = doc.get("events", [])
        pred = predictions.get(doc["id"], [])
        text = doc.get("text", "")
        pairs = match_events(gold, pred)
        used_g = {gi for gi, _ in pairs}
        used_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            bump(g["event_type"], g["event_type"])
            bad = [{"field": f, "gold": _field_values(f, g), "predicted": _field_values(f, p)}
                   for f in FIELDS if field_ok(f, g, p) is False]
            if bad:
                disagreements.append({"doc_id": doc["id"], "event_type": g["event_type"],
                                      "sub_event_type": g.get("sub_event_type"),
                                      "evidence": g.get("evidence"),
                                      "text": _evidence_text(text, g.get("evidence")), "fields": bad})
        confused_with: dict[int, dict] = {}
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for pi, p in enumerate(pred):
                if pi in used_p:
                    continue
                if overlaps(g.get("evidence") or [], p.get("evidence") or []):
                    used_p.add(pi)
                    confused_with[gi] = p
                    break
            p = confused_with.get(gi)
            bump(g["event_type"], p.get("event_type") or "?" if p else MISSED)
            misses.append({"doc_id": doc["id"], "event_type": g["event_type"],
                           "sub_event_type": g.get("sub_event_type"), "evidence": g.get("evidence"),
                           "text": _evidence_text(text, g.get("evidence")),
                           "predicted_as": (f"{p.get('event_type')} / {p.get('sub_event_type')}" if p else None)})
        for pi, p in enumerate(pred):
            if pi in {q for _, q in pairs} or any(p is c for c in confused_with.values()):
                continue
            bump(FALSE_ALARM, p.get("event_type") or "?")
            alarms.append({"doc_id": doc["id"], "event_type": p.get("event_type"),
                           "sub_event_type": p.get("sub_event_type"), "evidence": p.get("evidence"),
                           "text": _evidence_text(text, p.get("evidence"))})
    return {"confusion": confusion, "misses": misses, "false_alarms": alarms,
            "disagreements": disagreements}


def format_details(det: dict[str, Any]) -> list[str]:
    conf = det["confusion"]
    seen = {c for row in conf.values() for c in row} | {r for r in conf if r != FALSE_ALARM}
    cols = [t for t in TYPES if t in seen] + sorted(c for c in seen if c not in TYPES and c != MISSED)
    rows = [t for t in cols if t in conf] + ([FALSE_ALARM] if FALSE_ALARM in conf else [])
    cols_all = cols + [MISSED]
    head = [SHORT.get(c, c[:6]) for c in cols_all]
    w = max([len(r) for r in rows] + [16])
    lines = ["", "confusion (rows: gold type; columns: predicted type, over events sharing an evidence sentence)"]
    if not rows:
        lines.append("  (no gold and no predicted events)")
    else:
        lines.append("  " + "gold \\ predicted".ljust(w) + "".join(h.rjust(8) for h in head))
        for r in rows:
            lines.append("  " + r.ljust(w) + "".join(
                (str(conf[r].get(c, 0)) if not (r == FALSE_ALARM and c == MISSED) else "").rjust(8)
                for c in cols_all))
        legend = ", ".join(f"{SHORT[t]} {t}" for t in TYPES if t in cols)
        lines.append(f"  ({legend})")

    lines += ["", f"misses: {len(det['misses'])} gold event(s) without a matching prediction"]
    for m in det["misses"]:
        also = f"  [predicted as {m['predicted_as']}]" if m["predicted_as"] else ""
        lines.append(f"  {m['doc_id']}  {m['event_type']} / {m['sub_event_type']}  {m['evidence']}{also}")
        lines.append(f"      {m['text']}")
    lines += ["", f"false alarms: {len(det['false_alarms'])} prediction(s) matching no gold event"]
    for a in det["false_alarms"]:
        lines.append(f"  {a['doc_id']}  {a['event_type']} / {a['sub_event_type']}  {a['evidence']}")
        lines.append(f"      {a['text']}")
    lines += ["", f"disagreements: {len(det['disagreements'])} matched pair(s) with a field wrong"]
    for d in det["disagreements"]:
        lines.append(f"  {d['doc_id']}  {d['event_type']} / {d['sub_event_type']}  {d['evidence']}")
        lines.append(f"      {d['text']}")
        for f in d["fields"]:
            lines.append(f"      {f['field']:<15} gold {f['gold']}   predicted {f['predicted']}")
    return lines
