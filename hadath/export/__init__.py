"""Exports of stored events or clusters: ACLED-style CSV, GeoJSON, JSONL, Parquet.

Every writer takes an iterable of event dicts (``Store.query_events`` shape) or,
with ``clusters=True``, of cluster dicts (``Store.get_cluster`` shape) and a
binary or text output, and returns how many records it wrote.
"""
from __future__ import annotations

import csv
import datetime as _dt
import json
from collections.abc import Iterable
from typing import IO, Any

from ..events.protest import CROWD_TYPES, notes_for, unqualified
from ..kb.loader import load_table

# ACLED's columns, all of them, in ACLED's order. Always empty: admin3 (the gazetteer has no
# third level) and source_scale (hadath has no table of outlets' scales). ``notes`` is the
# English sentence built from the record (the Arabic evidence is in ``evidence_text``);
# ``tags`` carries ACLED's crowd size tag for Protests and Riots ("crowd size=hundreds").
ACLED_COLUMNS: list[str] = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]
# hadath's own columns, after ACLED's.
EXTRA_COLUMNS: list[str] = [
    "hadath_id", "cluster_id", "doc_ids", "location_text", "injuries", "quantity", "attribution",
    "certainty", "persons", "crowd_size", "demand", "evidence_text", "evidence", "url", "n_articles",
    "fatalities_reported", "fatalities_conflict", "contradiction",
]

# name: (ISO 3166 numeric, ISO alpha-3, ACLED region), from hadath/data/acled_countries.tsv
COUNTRIES: dict[str, tuple[int, str, str]] = {
    r["name"]: (int(r["iso"]), r["iso3"], r["region"]) for r in load_table("acled_countries.tsv")}

_POLITICAL_VIOLENCE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    """ACLED's disorder type, derived from the event type as ACLED's codebook assigns it."""
    if event_type in _POLITICAL_VIOLENCE:
        return "Political violence"
    if event_type == "Protests":
        return ("Political violence; Demonstrations" if sub_event_type == "Excessive force against protesters"
                else "Demonstrations")
    if event_type == "Riots":
        return "Political violence" if sub_event_type == "Mob violence" else "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return ""


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's numeric interaction code: the two inter codes, smaller first (``10`` when alone)."""
    if not inter1 and not inter2:
        return ""
    a, b = inter1 or 0, inter2 or 0
    if not a or not b:
        return str((a or b) * 10)
    lo, hi = sorted((a, b))
    return f"{lo}{hi}"


def _civilian_targeting(d: dict[str, Any]) -> str:
    if d.get("event_type") in _POLITICAL_VIOLENCE and (d.get("inter2") == 7
                                                        or unqualified(d.get("actor2")) == "Civilians"):
        return "Civilian targeting"
    return ""


def tags(d: dict[str, Any]) -> str:
    """ACLED's tags: the crowd size of a protest or riot ("crowd size=hundreds")."""
    if d.get("event_type") in CROWD_TYPES:
        return f"crowd size={d.get('crowd_size') or 'no report'}"
    return ""


def _cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return v


def flat_record(d: dict[str, Any], clusters: bool = False) -> dict[str, Any]:
    """One flat record (ACLED columns then hadath's) from an event or cluster dict."""
    if clusters:
        canon = dict(d.get("canonical") or {})
        members = d.get("members") or []
        base = {**canon, "event_id": d["cluster_id"], "cluster_id": d["cluster_id"]}
        outlets = []
        for m in members:
            if m.get("outlet") and m["outlet"] not in outlets:
                outlets.append(m["outlet"])
        source = "; ".join(outlets)
        evidence_text = " | ".join(f"[{m.get('outlet') or m.get('doc_id')}] " + " ".join(m.get("evidence_text") or [])
                                   for m in members)
        doc_ids = sorted({m["doc_id"] for m in members})
        url = "; ".join(m["url"] for m in members if m.get("url"))
        evidence = [[m["doc_id"], span] for m in members for span in m.get("evidence") or []]
        figures = [f.get("value") for f in (d.get("figures") or {}).get("fatalities", [])]
        n_articles = d.get("n_articles", len(doc_ids))
        fat_conflict, contradiction = d.get("fatalities_conflict"), d.get("contradiction")
    else:
        base = d
        source = d.get("outlet") or ""
        evidence_text = " ".join(d.get("evidence_text") or [])
        doc_ids = [d.get("doc_id")]
        url = d.get("url") or ""
        evidence = d.get("evidence")
        figures = [d.get("fatalities")]
        n_articles, fat_conflict, contradiction = 1, False, False
    cn = COUNTRIES.get(base.get("country") or "")
    date = base.get("event_date") or ""
    # records stored before the notes existed (store revision < 0003) get them built here
    notes = base.get("notes") or notes_for(base)
    demand = base.get("demand")
    out: dict[str, Any] = {
        "event_id_cnty": f"{cn[1] if cn else 'XXX'}-{base['event_id']}",
        "event_date": date, "year": date[:4],
        "time_precision": base.get("time_precision"),
        "disorder_type": disorder_type(base.get("event_type"), base.get("sub_event_type")),
        "event_type": base.get("event_type"), "sub_event_type": base.get("sub_event_type"),
        "actor1": base.get("actor1"), "assoc_actor_1": base.get("assoc_actor_1"), "inter1": base.get("inter1"),
        "actor2": base.get("actor2"), "assoc_actor_2": base.get("assoc_actor_2"), "inter2": base.get("inter2"),
        "interaction": interaction(base.get("inter1"), base.get("inter2")),
        "civilian_targeting": _civilian_targeting(base),
        "iso": cn[0] if cn else "", "region": cn[2] if cn else "",
        "country": base.get("country"), "admin1": base.get("admin1"), "admin2": base.get("admin2"),
        "admin3": "",
        "location": base.get("location"), "latitude": base.get("latitude"), "longitude": base.get("longitude"),
        "geo_precision": base.get("geo_precision"), "source": source, "source_scale": "", "notes": notes,
        "fatalities": base.get("fatalities"), "tags": tags(base),
        "timestamp": "",
        "hadath_id": base["event_id"], "cluster_id": base.get("cluster_id"),
        "doc_ids": "; ".join(str(x) for x in doc_ids if x), "location_text": base.get("location_text"),
        "injuries": base.get("injuries"), "quantity": base.get("quantity"),
        "attribution": base.get("attribution"), "certainty": base.get("certainty"),
        "persons": "; ".join(base.get("persons") or []), "crowd_size": base.get("crowd_size"),
        "demand": demand.get("text") if isinstance(demand, dict) else None, "evidence_text": evidence_text,
        "evidence": evidence, "url": url,
        "n_articles": n_articles, "fatalities_reported": figures,
        "fatalities_conflict": bool(fat_conflict), "contradiction": bool(contradiction),
    }
    return out


def write_acled_csv(records: Iterable[dict[str, Any]], out: IO[str], *, clusters: bool = False) -> int:
    """ACLED-style CSV: ACLED's column names in ACLED's order, then hadath's columns.
    ``timestamp`` is the export time (Unix seconds), as ACLED's is its last update."""
    w = csv.writer(out, lineterminator="\n")
    cols = ACLED_COLUMNS + EXTRA_COLUMNS
    w.writerow(cols)
    ts = int(_dt.datetime.now(_dt.timezone.utc).timestamp())
    n = 0
    for d in records:
        r = flat_record(d, clusters)
        r["timestamp"] = ts
        w.writerow([_cell(r.get(c)) for c in cols])
        n += 1
    return n


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str], *, clusters: bool = False) -> int:
    """One JSON object per line: the event dicts (or full cluster dicts) as stored."""
    n = 0
    for d in records:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
        n += 1
    return n


_GEO_PROPS = ["hadath_id", "cluster_id", "event_date", "event_type", "sub_event_type", "actor1",
              "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "country", "admin1", "admin2",
              "location", "location_text", "geo_precision", "time_precision", "fatalities", "injuries",
              "quantity", "attribution", "certainty", "persons", "crowd_size", "demand", "tags", "source",
              "doc_ids", "url", "n_articles", "fatalities_conflict", "contradiction", "notes", "evidence_text",
              "evidence"]


def geojson_features(records: Iterable[dict[str, Any]], *, clusters: bool = False,
                     skipped: list[str] | None = None) -> Iterable[dict[str, Any]]:
    for d in records:
        r = flat_record(d, clusters)
        lat, lon = r.get("latitude"), r.get("longitude")
        if lat is None or lon is None:
            if skipped is not None:
                skipped.append(r["hadath_id"])
            continue
        props = {}
        for k in _GEO_PROPS:
            v = r.get(k)
            props[k] = json.dumps(v) if k == "evidence" else v   # nested lists: a JSON string for GIS tools
        yield {"type": "Feature", "id": r["hadath_id"],
               "geometry": {"type": "Point", "coordinates": [round(float(lon), 6), round(float(lat), 6)]},
               "properties": props}


def write_geojson(records: Iterable[dict[str, Any]], out: IO[str], *, clusters: bool = False,
                  skipped: list[str] | None = None) -> int:
    """A GeoJSON FeatureCollection (RFC 7946: WGS 84, [longitude, latitude]) of Points.
    Records without coordinates are left out (their ids appended to ``skipped``).
    Written feature by feature, so large exports need little memory."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for f in geojson_features(records, clusters=clusters, skipped=skipped):
        if n:
            out.write(",\n")
        out.write(json.dumps(f, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def write_parquet(records: Iterable[dict[str, Any]], path: str, *, clusters: bool = False) -> int:
    """Parquet (needs ``pip install 'hadath[parquet]'``): the CSV's columns with typed values."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise RuntimeError("parquet export needs pyarrow: pip install 'hadath[parquet]'") from e
    ints = {"time_precision", "inter1", "inter2", "iso", "geo_precision", "fatalities", "injuries",
            "quantity", "n_articles", "timestamp"}
    floats = {"latitude", "longitude"}
    bools = {"fatalities_conflict", "contradiction"}
    fields = []
    for c in ACLED_COLUMNS + EXTRA_COLUMNS:
        t = (pa.int64() if c in ints else pa.float64() if c in floats else pa.bool_() if c in bools
             else pa.list_(pa.int64()) if c == "fatalities_reported" else pa.string())
        fields.append(pa.field(c, t))
    schema = pa.schema(fields)
    ts = int(_dt.datetime.now(_dt.timezone.utc).timestamp())
    cols: dict[str, list[Any]] = {c: [] for c in schema.names}
    n = 0
    writer = pq.ParquetWriter(path, schema)
    try:
        for d in records:
            r = flat_record(d, clusters)
            r["timestamp"] = ts
            for c in schema.names:
                v = r.get(c)
                if v == "" and (c in ints or c in floats):
                    v = None
                elif c == "evidence":
                    v = json.dumps(v)
                elif c not in ints and c not in floats and c not in bools and c != "fatalities_reported" \
                        and v is not None:
                    v = str(v)
                cols[c].append(v)
            n += 1
            if n % 5000 == 0:
                writer.write_table(pa.table(cols, schema=schema))
                cols = {c: [] for c in schema.names}
        if any(cols.values()) or n == 0:
            writer.write_table(pa.table(cols, schema=schema))
    finally:
        writer.close()
    return n
