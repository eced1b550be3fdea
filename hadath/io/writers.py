"""Write events as JSONL, ACLED-style CSV, or a readable table."""
from __future__ import annotations

import csv
import json
from typing import IO, Any

from ..types import Document

# ACLED's column names, in ACLED's order, for the fields ACLED has; hadath's extras follow.
# ``notes`` is the record's English sentence; the Arabic evidence is in ``evidence_text``.
ACLED_COLUMNS: list[tuple[str, str]] = [
    ("event_id_cnty", "event_id"), ("event_date", "event_date"), ("time_precision", "time_precision"),
    ("event_type", "event_type"), ("sub_event_type", "sub_event_type"),
    ("actor1", "actor1"), ("assoc_actor_1", "assoc_actor_1"), ("inter1", "inter1"),
    ("actor2", "actor2"), ("assoc_actor_2", "assoc_actor_2"), ("inter2", "inter2"),
    ("country", "country"), ("admin1", "admin1"), ("admin2", "admin2"), ("admin3", "admin3"),
    ("location", "location"), ("latitude", "latitude"), ("longitude", "longitude"),
    ("geo_precision", "geo_precision"), ("source", "outlet"), ("source_scale", "source_scale"),
    ("notes", "notes"), ("fatalities", "fatalities"), ("tags", "tags"),
]
EXTRA_COLUMNS = ["doc_id", "location_text", "injuries", "quantity", "attribution", "certainty",
                 "persons", "crowd_size", "demand", "evidence_text", "evidence"]


def event_rows(doc: Document) -> list[dict[str, Any]]:
    rows = []
    for ev in doc.events:
        d = ev.to_dict()
        d["outlet"] = doc.outlet
        d["tags"] = f"crowd size={ev.crowd_size or 'no report'}" if ev.event_type in ("Protests", "Riots") else None
        d["demand"] = ev.demand["text"] if ev.demand else None
        d["evidence_text"] = " ".join(doc.text[a:b] for a, b in ev.evidence)
        rows.append(d)
    return rows


def write_jsonl(doc: Document, out: IO[str]) -> int:
    n = 0
    for ev in doc.events:
        out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


class CsvWriter:
    def __init__(self, out: IO[str]) -> None:
        self.w = csv.writer(out)
        self.w.writerow([c for c, _ in ACLED_COLUMNS] + EXTRA_COLUMNS)

    def write(self, doc: Document, out: IO[str] | None = None) -> int:
        """Write the article's rows (to ``out`` instead, when given: the caller then copies them)."""
        rows = event_rows(doc)
        w = self.w if out is None else csv.writer(out)
        for d in rows:
            vals = [d.get(k) for _, k in ACLED_COLUMNS]
            vals += [json.dumps(d.get(k), ensure_ascii=False) if isinstance(d.get(k), list) else d.get(k)
                     for k in EXTRA_COLUMNS]
            w.writerow(["" if v is None else v for v in vals])
        return len(rows)


def write_table(doc: Document, out: IO[str]) -> int:
    """A readable block per event: the record's main fields and its Arabic evidence."""
    if not doc.events:
        return 0
    out.write(f"== {doc.id or 'article'} ({doc.published or 'undated'}): {len(doc.events)} event(s)\n")
    for k, ev in enumerate(doc.events, 1):
        actors = ev.actor1 or "?"
        if ev.actor2:
            actors += f" -> {ev.actor2}"
        place = ", ".join(x for x in (ev.location, ev.admin1, ev.country) if x) or "?"
        if ev.location_text:
            place += f" [{ev.location_text}]"
        fat = "?" if ev.fatalities is None else ev.fatalities
        inj = "?" if ev.injuries is None else ev.injuries
        out.write(f"{k}. {ev.event_type} / {ev.sub_event_type}\n")
        out.write(f"   date      {ev.event_date or 'undated'} (precision {ev.time_precision})\n")
        out.write(f"   actors    {actors}\n")
        out.write(f"   place     {place} (geo precision {ev.geo_precision})\n")
        out.write(f"   killed {fat}  injured {inj}  quantity {ev.quantity if ev.quantity is not None else '-'}\n")
        out.write(f"   source    {ev.attribution} ({ev.certainty})\n")
        if ev.event_type in ("Protests", "Riots"):
            out.write(f"   crowd     {ev.crowd_size or 'no report'}  who {ev.assoc_actor_1 or '-'}\n")
            if ev.demand:
                out.write(f"   demand    [{ev.demand['start']}:{ev.demand['end']}] {ev.demand['text']}\n")
        if ev.notes:
            out.write(f"   notes     {ev.notes}\n")
        for a, b in ev.evidence:
            out.write(f"   evidence  [{a}:{b}] {doc.text[a:b]}\n")
    out.write("\n")
    return len(doc.events)
