"""Cross-report fusion: events of different articles that tell the same occurrence.

The rule is pairwise and symmetric (``same_occurrence``); clusters are the
connected components of that relation, and a cluster's id is ``"c"`` followed by
its smallest member ``event_id``. Because components do not depend on the order
in which their members arrive, the final clusters do not depend on ingest order.

Two events are the same occurrence when all of these hold:

- they come from different articles (one article's repeated mentions are
  already merged by the coder);
- same ``event_type``;
- both are dated and their dates are at most one day apart;
- their places agree: when both have coordinates at a precise level
  (``geo_precision`` 1 or 2) they lie within 10 km of each other; otherwise
  (either is imprecise, level 3, or lacks coordinates) they share ``admin2``,
  or, when either lacks it, the same location name;
  events in different countries never match;
- their actors are compatible: for each side, the same actor or one of the two
  missing, an "Unidentified ..." actor counting as missing (for Battles, the
  sides may be given in either order); ACLED's country qualifier on a generic
  actor is ignored (``Civilians (Syria)`` is ``Civilians``).

The canonical record of a cluster (``canonical_record``) keeps every source and
every figure; ``fatalities`` is the lowest positive figure reported (ACLED's
conservative rule), with ``fatalities_conflict`` set when the positive figures
disagree; its ``notes`` are built again from the canonical fields.
``find_contradiction`` flags a person reported killed by one article and
arrested or abducted by another.
"""
from __future__ import annotations

import datetime as _dt
import math
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..events.protest import CROWD_TYPES, GENERIC_ACTORS, notes_for, unqualified
from ..text.normalize import fold

MAX_KM = 10.0
MAX_DAYS = 1

__all__ = ["same_occurrence", "mismatch_reason", "cluster_events", "cluster_id_of",
           "canonical_record", "find_contradiction", "haversine_km", "MAX_KM", "MAX_DAYS"]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _day(s: Any) -> _dt.date | None:
    if not s:
        return None
    try:
        return _dt.date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def _norm(s: Any) -> str:
    return " ".join(str(s).casefold().split()) if s else ""


def _precise(e: dict[str, Any]) -> bool:
    return (e.get("latitude") is not None and e.get("longitude") is not None
            and e.get("geo_precision") in (1, 2))


def _place_reason(a: dict[str, Any], b: dict[str, Any]) -> str | None:
    ca, cb = _norm(a.get("country")), _norm(b.get("country"))
    if ca and cb and ca != cb:
        return "different countries"
    if _precise(a) and _precise(b):
        d = haversine_km(a["latitude"], a["longitude"], b["latitude"], b["longitude"])
        return None if d <= MAX_KM else f"places {d:.1f} km apart"
    a2, b2 = _norm(a.get("admin2")), _norm(b.get("admin2"))
    if a2 and b2:
        return None if a2 == b2 else "different admin2"
    la, lb = _norm(a.get("location")), _norm(b.get("location"))
    if la and lb and la == lb and ca == cb:
        return None
    return "places not comparable (imprecise and no common admin2)"


def _actor_key(x: Any) -> str:
    """A folded actor name; a generic actor without ACLED's country ('Civilians (Syria)' ==
    'Civilians', as stored before the qualifier was added). Named actors keep theirs:
    'Ansar al-Sharia (Tunisia)' is not 'Ansar al-Sharia (Libya)'."""
    bare = unqualified(x) if isinstance(x, str) else x
    return _norm(bare if bare in GENERIC_ACTORS else x)


def _side_ok(x: Any, y: Any) -> bool:
    x, y = _actor_key(x), _actor_key(y)
    # An unidentified actor is an unknown one: it may be the group another report names.
    x = "" if x.startswith("unidentified") else x
    y = "" if y.startswith("unidentified") else y
    return not x or not y or x == y


def _actors_ok(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if _side_ok(a.get("actor1"), b.get("actor1")) and _side_ok(a.get("actor2"), b.get("actor2")):
        return True
    if a.get("event_type") == "Battles":
        return _side_ok(a.get("actor1"), b.get("actor2")) and _side_ok(a.get("actor2"), b.get("actor1"))
    return False


def mismatch_reason(a: dict[str, Any], b: dict[str, Any]) -> str | None:
    """Why two events are not the same occurrence, or None when they are."""
    if a.get("doc_id") is not None and a.get("doc_id") == b.get("doc_id"):
        return "same article"
    if a.get("event_type") != b.get("event_type"):
        return "different event types"
    da, db = _day(a.get("event_date")), _day(b.get("event_date"))
    if da is None or db is None:
        return "undated"
    if abs((da - db).days) > MAX_DAYS:
        return f"dates {abs((da - db).days)} days apart"
    why = _place_reason(a, b)
    if why:
        return why
    if not _actors_ok(a, b):
        return "incompatible actors"
    return None


def same_occurrence(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True when two event dicts (``Event.to_dict()`` shape) tell the same occurrence."""
    return mismatch_reason(a, b) is None


def cluster_id_of(event_ids: Iterable[str]) -> str:
    return "c" + min(event_ids)


def cluster_events(events: list[dict[str, Any]]) -> dict[str, str]:
    """Connected components of ``same_occurrence`` over ``events``: ``{event_id: cluster_id}``.

    Quadratic within a (type, date) block; meant for the affected neighbourhood
    of an update or for an evaluation set, not for millions of events at once.
    """
    parent = {e["event_id"]: e["event_id"] for e in events}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_type: dict[str, list[dict[str, Any]]] = {}
    for e in events:
        if _day(e.get("event_date")) is not None:
            by_type.setdefault(e.get("event_type") or "", []).append(e)
    for group in by_type.values():
        group.sort(key=lambda e: (str(e["event_date"]), e["event_id"]))
        for i, a in enumerate(group):
            da = _day(a["event_date"])
            for b in group[i + 1:]:
                if (_day(b["event_date"]) - da).days > MAX_DAYS:
                    break
                if same_occurrence(a, b):
                    ra, rb = find(a["event_id"]), find(b["event_id"])
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
    members: dict[str, list[str]] = {}
    for eid in parent:
        members.setdefault(find(eid), []).append(eid)
    out: dict[str, str] = {}
    for ids in members.values():
        cid = cluster_id_of(ids)
        for eid in ids:
            out[eid] = cid
    return out


def _mode(values: Iterable[Any], tie=min) -> Any:
    vals = [v for v in values if v not in (None, "")]
    if not vals:
        return None
    c = Counter(vals)
    best = max(c.values())
    return tie([v for v, n in c.items() if n == best])


def _figure(values: list[int | None]) -> tuple[int | None, bool]:
    """(canonical figure, conflict): lowest positive figure; null if deaths were reported
    without a number and no report gives one; 0 if every report gives 0."""
    pos = [v for v in values if v is not None and v > 0]
    if pos:
        return min(pos), len(set(pos)) > 1
    if any(v is None for v in values):
        return None, False
    return 0, False


def canonical_record(members: list[dict[str, Any]]) -> dict[str, Any]:
    """The canonical record of a cluster from its member event dicts.

    Members carry the event fields plus their source (``outlet``, ``title``,
    ``published``, ``url``, and optionally ``evidence_text``). Returns a dict
    with the EVENT_CODING fields, ``sources``, ``figures`` and the conflict flags.
    """
    ms = sorted(members, key=lambda e: e["event_id"])
    out: dict[str, Any] = {"cluster_id": cluster_id_of(e["event_id"] for e in ms),
                           "event_type": ms[0].get("event_type")}
    out["sub_event_type"] = _mode(e.get("sub_event_type") for e in ms)
    out["event_date"] = _mode(e.get("event_date") for e in ms)
    tps = [e.get("time_precision") for e in ms if e.get("event_date") == out["event_date"]
           and e.get("time_precision") is not None]
    out["time_precision"] = min(tps) if tps else None
    a1 = _mode(e.get("actor1") for e in ms)
    a2 = _mode(e.get("actor2") for e in ms if e.get("actor2") != a1)
    out["actor1"], out["actor2"] = a1, a2
    out["inter1"] = next((e.get("inter1") for e in ms if e.get("actor1") == a1 and a1), None)
    out["inter2"] = next((e.get("inter2") for e in ms if e.get("actor2") == a2 and a2), None)
    # The place of the most precise member; ties: the most reported location, then smallest id.
    loc_count = Counter(e.get("location") for e in ms)
    best = min(ms, key=lambda e: (e.get("geo_precision") or 9,
                                  0 if e.get("latitude") is not None else 1,
                                  -loc_count[e.get("location")], e["event_id"]))
    for k in ("country", "admin1", "admin2", "location", "location_text", "latitude", "longitude",
              "geo_precision"):
        out[k] = best.get(k)
    out["fatalities"], fat_conflict = _figure([e.get("fatalities") for e in ms])
    out["injuries"], inj_conflict = _figure([e.get("injuries") for e in ms])
    qs = [e.get("quantity") for e in ms if e.get("quantity")]
    out["quantity"] = min(qs) if qs else None
    atts: list[str] = []
    for e in ms:
        if e.get("attribution") and e["attribution"] not in atts:
            atts.append(e["attribution"])
    out["attribution"] = "; ".join(atts) if atts else "the article"
    certs = {e.get("certainty") for e in ms}
    out["certainty"] = ("disputed" if "disputed" in certs or fat_conflict
                        else "reported" if "reported" in certs else "asserted")
    persons: list[str] = []
    for e in ms:
        for p in e.get("persons") or []:
            if p not in persons:
                persons.append(p)
    out["persons"] = persons
    # ACLED's protest fields: the most reported associated actors and crowd size (a count over
    # "no report"), the first member's demand (its offsets are into that member's article)
    for k in ("assoc_actor_1", "assoc_actor_2"):
        out[k] = _mode(e.get(k) for e in ms)
    if out["event_type"] in CROWD_TYPES:
        sizes = [e.get("crowd_size") for e in ms if e.get("crowd_size") not in (None, "", "no report")]
        out["crowd_size"] = _mode(sizes) if sizes else "no report"
    else:
        out["crowd_size"] = None
    dem = next((e for e in ms if e.get("demand")), None)
    out["demand"] = {**dem["demand"], "doc_id": dem.get("doc_id")} if dem else None
    out["notes"] = notes_for(out)
    out["evidence"] = [[e["doc_id"], s] for e in ms for s in (e.get("evidence") or [])]
    out["sources"] = [{k: e.get(k) for k in ("event_id", "doc_id", "outlet", "title", "published", "url",
                                             "attribution", "certainty", "evidence", "evidence_text")}
                      for e in ms]
    out["figures"] = {f: [{"event_id": e["event_id"], "doc_id": e.get("doc_id"), "outlet": e.get("outlet"),
                           "attribution": e.get("attribution"), "value": e.get(f)} for e in ms]
                      for f in ("fatalities", "injuries")}
    out["fatalities_conflict"], out["injuries_conflict"] = fat_conflict, inj_conflict
    out["n_events"] = len(ms)
    out["n_articles"] = len({e.get("doc_id") for e in ms})
    outlets = sorted({e.get("outlet") for e in ms if e.get("outlet")})
    out["outlets"], out["n_outlets"] = outlets, len(outlets)
    return out


# --- contradictions -----------------------------------------------------------------------------

_CAPTURE_SUBTYPES = {"Arrests", "Abduction/forced disappearance"}
_KILLING_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _person_key(p: str) -> str | None:
    """A folded full name; single words (``محمد``) are too ambiguous to compare."""
    k = " ".join(fold(p).split())
    return k if len(k.split()) >= 2 else None


def _killed(e: dict[str, Any]) -> bool:
    f = e.get("fatalities")
    return e.get("event_type") in _KILLING_TYPES and (f is None or f > 0) and bool(e.get("persons"))


def find_contradiction(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any] | None:
    """``{"kind": "killed-vs-captured", "persons": [...]}`` when one article reports a named
    person killed and another reports the same person arrested or abducted, within a day,
    in the same country (when both give one); else None.

    Limits: names are compared after folding, whole names only (two words or more);
    a person named in a deadly event is taken to be among the dead, which is not
    always true (a commander may be named as the attacker).
    """
    if a.get("doc_id") == b.get("doc_id"):
        return None
    cap, kil = None, None
    if a.get("sub_event_type") in _CAPTURE_SUBTYPES and _killed(b):
        cap, kil = a, b
    elif b.get("sub_event_type") in _CAPTURE_SUBTYPES and _killed(a):
        cap, kil = b, a
    if cap is None:
        return None
    dc, dk = _day(cap.get("event_date")), _day(kil.get("event_date"))
    if dc is None or dk is None or abs((dc - dk).days) > MAX_DAYS:
        return None
    cc, ck = _norm(cap.get("country")), _norm(kil.get("country"))
    if cc and ck and cc != ck:
        return None
    kk = {_person_key(p): p for p in kil.get("persons") or [] if _person_key(p)}
    shared = [p for p in cap.get("persons") or [] if _person_key(p) in kk]
    if not shared:
        return None
    return {"kind": "killed-vs-captured", "persons": shared}
