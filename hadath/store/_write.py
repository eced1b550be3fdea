"""Writing one article (with its mentions and events) and updating the clusters it touches,
all inside the caller's transaction."""
from __future__ import annotations

import datetime as _dt
import json
from typing import Any

from sqlalchemy import Connection, and_, delete, insert, or_, select, update

from .. import __version__
from .. import fusion
from ..types import Document
from . import schema as S
from . import search
from .result import IngestResult

_EVENT_COLS = ("event_type", "sub_event_type", "event_date", "time_precision", "actor1", "inter1",
               "actor2", "inter2", "country", "admin1", "admin2", "location", "location_text",
               "latitude", "longitude", "geo_precision", "fatalities", "injuries", "quantity",
               "attribution", "certainty", "assoc_actor_1", "assoc_actor_2", "crowd_size", "notes")


def _dumps(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def _shift(day: str, n: int) -> str:
    return (_dt.date.fromisoformat(day) + _dt.timedelta(days=n)).isoformat()


def _valid_day(s: Any) -> str | None:
    if not s:
        return None
    try:
        return _dt.date.fromisoformat(str(s)[:10]).isoformat()
    except ValueError:
        return None


def _row_to_event(m: Any) -> dict[str, Any]:
    d = {k: m[k] for k in ("event_id", "doc_id", "cluster_id", *_EVENT_COLS)}
    for k in ("persons", "evidence"):
        d[k] = json.loads(m[k])
    d["demand"] = json.loads(m["demand"]) if m["demand"] else None
    return d


_EV_SEL = (S.events.c.event_id, S.events.c.doc_id, S.events.c.cluster_id,
           *(S.events.c[k] for k in _EVENT_COLS), S.events.c.persons, S.events.c.evidence, S.events.c.demand)


def write_document(conn: Connection, doc: Document, content_hash: str) -> IngestResult:
    a, e, m = S.articles, S.events, S.mentions
    status = "inserted"
    seeds: set[str] = set()
    old = conn.execute(select(a.c.id).where(a.c.id == doc.id)).first()
    if old is not None:
        status = "updated"
        seeds |= _remove_article(conn, doc.id)
    conn.execute(insert(a).values(
        id=doc.id, content_hash=content_hash, published=doc.published, outlet=doc.outlet,
        title=doc.title, url=doc.url, text=doc.text, country=getattr(doc, "country", None),
        warnings=_dumps(list(doc.warnings)), sentences=_dumps([[s.start, s.end] for s in doc.sentences]),
        n_events=len(doc.events), n_mentions=len(doc.mentions), hadath_version=__version__,
        ingested_at=_dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")))
    if doc.mentions:
        conn.execute(insert(m), [
            {"article_id": doc.id, "seq": i, "kind": mn.kind, "start": mn.start, "end": mn.end,
             "text": mn.text, "value": _dumps(mn.value or {}), "sentence": mn.sentence}
            for i, mn in enumerate(doc.mentions)])
    rows = []
    seen: set[str] = set()
    for i, ev in enumerate(doc.events):
        if ev.doc_id != doc.id or not ev.event_id:
            ev.doc_id = doc.id
            ev.assign_id()
        eid = ev.event_id
        k = 2
        while eid in seen:          # two events with the same type and evidence in one article
            eid = f"{ev.event_id}-{k}"
            k += 1
        ev.event_id = eid
        seen.add(eid)
        row = {"event_id": eid, "doc_id": doc.id, "seq": i, "cluster_id": None,
               "persons": _dumps(list(ev.persons or [])), "evidence": _dumps([list(x) for x in ev.evidence]),
               "triggers": _dumps([list(x) for x in ev.triggers]),
               "demand": _dumps(ev.demand) if ev.demand else None}
        for c in _EVENT_COLS:
            row[c] = getattr(ev, c)
        row["event_date"] = _valid_day(row["event_date"])
        rows.append(row)
    if rows:
        conn.execute(insert(e), rows)
        new_events = [_row_to_event(r) for r in rows]
        seeds |= {r["event_id"] for r in rows}
        seeds |= _add_contradictions(conn, new_events)
    if search.has_index(conn):
        search.write_article(conn, conn.dialect.name, doc.id, doc.title, doc.text,
                             [(r["location"], r["location_text"]) for r in rows])
    changed = recluster(conn, seeds)
    return IngestResult(doc.id, status, n_events=len(rows), n_mentions=len(doc.mentions),
                        clusters_changed=changed, warnings=list(doc.warnings))


def _remove_article(conn: Connection, aid: str) -> set[str]:
    """Delete an article and what hangs on it; return the events whose clusters must be redone."""
    e, c, t = S.events, S.clusters, S.contradictions
    ids = [r[0] for r in conn.execute(select(e.c.event_id).where(e.c.doc_id == aid))]
    seeds: set[str] = set()
    if ids:
        cids = {r[0] for r in conn.execute(select(e.c.cluster_id).where(e.c.event_id.in_(ids))) if r[0]}
        if cids:
            seeds |= {r[0] for r in conn.execute(select(e.c.event_id).where(
                e.c.cluster_id.in_(cids), e.c.doc_id != aid))}
            conn.execute(delete(c).where(c.c.cluster_id.in_(cids)))
        for r in conn.execute(select(t.c.event_a, t.c.event_b).where(
                or_(t.c.event_a.in_(ids), t.c.event_b.in_(ids)))).all():
            seeds |= {r[0], r[1]}
        conn.execute(delete(t).where(or_(t.c.event_a.in_(ids), t.c.event_b.in_(ids))))
        conn.execute(delete(e).where(e.c.doc_id == aid))
    if search.has_index(conn):
        search.remove_article(conn, conn.dialect.name, aid)
    conn.execute(delete(S.mentions).where(S.mentions.c.article_id == aid))
    conn.execute(delete(S.articles).where(S.articles.c.id == aid))
    return seeds - set(ids)


def _window(conn: Connection, ev: dict[str, Any], any_type: bool = False) -> list[dict[str, Any]]:
    """Stored events of other articles dated within ``fusion.MAX_DAYS`` of ``ev``
    (of the same type unless ``any_type``)."""
    d = ev.get("event_date")
    if not d:
        return []
    e = S.events
    conds = [e.c.event_date >= _shift(d, -fusion.MAX_DAYS), e.c.event_date <= _shift(d, fusion.MAX_DAYS)]
    if ev.get("doc_id") is not None:
        conds.append(e.c.doc_id != ev["doc_id"])
    if not any_type:
        conds.append(e.c.event_type == ev["event_type"])
    return [_row_to_event(r._mapping) for r in conn.execute(select(*_EV_SEL).where(and_(*conds)))]


def _add_contradictions(conn: Connection, new_events: list[dict[str, Any]]) -> set[str]:
    t = S.contradictions
    partners: set[str] = set()
    for ev in new_events:
        if not ev.get("persons"):
            continue
        for other in _window(conn, ev, any_type=True):
            if not other.get("persons"):
                continue
            hit = fusion.find_contradiction(ev, other)
            if hit is None:
                continue
            a, b = sorted((ev["event_id"], other["event_id"]))
            exists_ = conn.execute(select(t.c.event_a).where(t.c.event_a == a, t.c.event_b == b,
                                                              t.c.kind == hit["kind"])).first()
            if exists_ is None:
                conn.execute(insert(t).values(event_a=a, event_b=b, kind=hit["kind"],
                                              persons=_dumps(hit["persons"])))
            partners.add(other["event_id"])
    return partners


def recluster(conn: Connection, seeds: set[str]) -> int:
    """Recompute the clusters of the connected components that contain ``seeds``.

    Explores the ``fusion.same_occurrence`` graph from the seeds through stored
    events (breadth first, by type and date window), so the components found are
    the same whatever order their events arrived in. Returns how many cluster
    rows were written.
    """
    if not seeds:
        return 0
    e = S.events
    comp: dict[str, dict[str, Any]] = {}
    frontier: list[dict[str, Any]] = []
    for r in conn.execute(select(*_EV_SEL).where(e.c.event_id.in_(sorted(seeds)))):
        ev = _row_to_event(r._mapping)
        comp[ev["event_id"]] = ev
        frontier.append(ev)
    windows: dict[tuple[str, str], list[dict[str, Any]]] = {}   # one query per (type, day)
    while frontier:
        ev = frontier.pop()
        if not ev.get("event_date"):
            continue
        key = (ev["event_type"], ev["event_date"])
        if key not in windows:
            windows[key] = _window(conn, {**ev, "doc_id": None})
        for other in windows[key]:
            if other["event_id"] in comp or other["doc_id"] == ev["doc_id"]:
                continue
            if fusion.same_occurrence(ev, other):
                comp[other["event_id"]] = other
                frontier.append(other)
    return _write_clusters(conn, list(comp.values()))


def _write_clusters(conn: Connection, evs: list[dict[str, Any]]) -> int:
    e, c, a = S.events, S.clusters, S.articles
    assign = fusion.cluster_events(evs)
    old_cids = sorted({ev["cluster_id"] for ev in evs if ev.get("cluster_id")})
    existing: dict[str, tuple[str, bool]] = {}
    for i in range(0, len(old_cids), 500):
        for r in conn.execute(select(c.c.cluster_id, c.c.canonical, c.c.contradiction)
                              .where(c.c.cluster_id.in_(old_cids[i:i + 500]))):
            existing[r[0]] = (r[1], bool(r[2]))
    by_cluster: dict[str, list[str]] = {}
    for eid, cid in assign.items():
        by_cluster.setdefault(cid, []).append(eid)
    ids = sorted(assign)
    # Sources and evidence text of every member.
    src: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in conn.execute(select(e.c.event_id, e.c.triggers, a.c.outlet, a.c.title, a.c.published,
                                     a.c.url, a.c.text).select_from(e.join(a, e.c.doc_id == a.c.id))
                              .where(e.c.event_id.in_(chunk))):
            src[r.event_id] = {"outlet": r.outlet, "title": r.title, "published": r.published, "url": r.url,
                               "text": r.text}
    in_contradiction = set()
    t = S.contradictions
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in conn.execute(select(t.c.event_a, t.c.event_b).where(
                or_(t.c.event_a.in_(chunk), t.c.event_b.in_(chunk)))):
            in_contradiction |= {r[0], r[1]}
    byid = {ev["event_id"]: ev for ev in evs}
    n = 0
    for cid, mids in sorted(by_cluster.items()):
        members = []
        for mid in sorted(mids):
            ev = dict(byid[mid])
            s = src.get(mid, {})
            ev.update({k: s.get(k) for k in ("outlet", "title", "published", "url")})
            txt = s.get("text") or ""
            ev["evidence_text"] = [txt[x:y] for x, y in ev.get("evidence") or []]
            members.append(ev)
        canon = fusion.canonical_record(members)
        canon_json = _dumps(canon)
        flagged = any(mid in in_contradiction for mid in mids)
        if existing.get(cid) == (canon_json, flagged) and all(byid[m].get("cluster_id") == cid for m in mids):
            continue                     # unchanged cluster: leave its row alone
        if cid in existing:
            conn.execute(delete(c).where(c.c.cluster_id == cid))
        if any(byid[m].get("cluster_id") != cid for m in mids):
            conn.execute(update(e).where(e.c.event_id.in_(sorted(mids))).values(cluster_id=cid))
        row = {k: canon.get(k) for k in ("event_type", "sub_event_type", "event_date", "time_precision",
                                         "actor1", "inter1", "actor2", "inter2", "country", "admin1",
                                         "admin2", "location", "location_text", "latitude", "longitude",
                                         "geo_precision", "fatalities", "injuries", "n_events",
                                         "n_articles", "n_outlets", "fatalities_conflict",
                                         "injuries_conflict")}
        row.update(cluster_id=cid, outlets=_dumps(canon["outlets"]), contradiction=flagged, canonical=canon_json)
        conn.execute(insert(c).values(**row))
        n += 1
    gone = sorted(set(existing) - set(by_cluster))
    if gone:
        conn.execute(delete(c).where(c.c.cluster_id.in_(gone)))
    return n


def recluster_all(conn: Connection) -> int:
    e = S.events
    conn.execute(delete(S.clusters))
    conn.execute(update(e).values(cluster_id=None))
    evs = [_row_to_event(r._mapping) for r in conn.execute(select(*_EV_SEL))]
    return _write_clusters(conn, evs)
