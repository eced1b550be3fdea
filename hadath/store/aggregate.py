"""Light map queries over the store, answered in SQL: the points the map draws, grid
clusters at low zoom, and a timeline of counts and deaths per day or month.

At ACLED scale (millions of events) the map must never build full event records
(``Store.query_events`` joins the articles and decodes JSON) nor send more than a
few thousand items to the browser. These functions take an open ``Store`` (its
engine, dialect and filter builder) and return plain dicts; the filters are the
same as ``Store.query_events`` (``since``, ``until``, ``type``, ``actor``,
``country``, ``admin1``, ``text``, ``bbox``).

Grid clusters: at zoom ``z`` a cell is ``cell_degrees(z) = 45 / 2**z`` degrees wide
and high (about 32 pixels on a 256-pixel web-map tile), counted from longitude -180
and latitude -90; each cell reports its number of events, the sum of their
fatalities, the mean position of its events (a point inside the cell, where the
map draws it) and its bounds.
"""
from __future__ import annotations

from typing import Any

import datetime as _dt

from sqlalchemy import Integer, cast, func, select

from ..errors import HadathInputError
from . import rollup
from . import schema as S

__all__ = ["MAX_ZOOM", "cell_degrees", "map_points", "grid_clusters", "timeline"]

MAX_ZOOM = 20
_FILTERS = ("since", "until", "type", "actor", "country", "admin1", "text", "bbox")


def cell_degrees(zoom: int) -> float:
    """The side of a grid cell at ``zoom``, in degrees."""
    if isinstance(zoom, bool) or not isinstance(zoom, int) or not 0 <= zoom <= MAX_ZOOM:
        raise HadathInputError(f"zoom must be an integer from 0 to {MAX_ZOOM}")
    return 45.0 / (2 ** zoom)


def _short_window(filters: dict[str, Any], days: int = 62) -> bool:
    """Both dates given and at most ``days`` apart: the date index finds the rows best."""
    a, b = filters.get("since"), filters.get("until")
    if not a or not b:
        return False
    try:
        return (_dt.date.fromisoformat(str(b)[:10]) - _dt.date.fromisoformat(str(a)[:10])).days <= days
    except ValueError:
        return False


def _where(store: Any, conn: Any, filters: dict[str, Any], *, located: bool = False,
           by_date: bool = False) -> tuple[Any, list[Any]]:
    """The FROM clause and the WHERE conditions of the filtered events. ``by_date`` (SQLite),
    and any window of two months at most: only the date conditions may use an index (SQLite
    has no statistics of ranges and would read a wide box through the coordinates index).
    Else, with an actor: only the actor's (its indexes carry every column counted here)."""
    unknown = set(filters) - set(_FILTERS)
    if unknown:
        raise HadathInputError(f"unknown filter(s): {', '.join(sorted(unknown))}")
    e = S.events
    sqlite = store.dialect == "sqlite"
    keep = None
    if sqlite:
        if by_date or _short_window(filters):
            keep = "date"
        else:
            best = _narrowest_count(store, conn, filters)
            if filters.get("actor"):
                # the actor indexes carry every counted column; another filter wins when it keeps fewer
                keep = best[0] if best and _actor_rows(store, conn, filters["actor"], best[1]) > best[1] \
                    else "actor"
            elif best and sum(bool(filters.get(k)) for k in ("since", "type", "country", "admin1", "bbox")) > 1:
                keep = best[0]
    hide = keep is not None
    conds = store._event_filters(**{k: filters.get(k) for k in _FILTERS}, conn=conn, keep=keep)
    # Only the text filter reads the articles (as Store.query_events does); events.doc_id is a
    # non-null foreign key, so the join changes no count.
    src = e.join(S.articles, e.c.doc_id == S.articles.c.id) if filters.get("text") else e
    if located:
        lat, lon = (e.c.latitude + 0, e.c.longitude + 0) if hide else (e.c.latitude, e.c.longitude)
        conds = [*conds, lat.is_not(None), lon.is_not(None)]
    return src, conds


def map_points(store: Any, *, limit: int = 5000, fit: bool = False, **filters: Any) -> dict[str, Any]:
    """``{"total", "items", "truncated"}``: the located events matching the filters, newest
    first, at most ``limit`` of them, each ``{"id", "lat", "lon", "type", "fatalities",
    "date", "location"}``; ``total`` counts every located match (from the rollup when it
    holds the filters). When many events match, SQLite finds the newest by reading the
    listing order and testing each row (the same rows, found sooner). ``fit=True``: when
    more than ``limit`` match, no items are read (``items`` empty, ``truncated`` true), which
    is all a map that then draws cells needs."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise HadathInputError("limit must be a positive integer")
    e = S.events
    with store.engine.connect() as conn:
        src, conds = _where(store, conn, filters, located=True)
        total = _rollup_total(store, conn, filters) if _has_rollup(conn) else None
        if total is None:
            total = int(conn.execute(select(func.count()).select_from(src).where(*conds)).scalar_one())
        if fit and total > limit:
            return {"total": total, "items": [], "truncated": True}
        pconds = conds
        f = {k: filters.get(k) for k in _FILTERS}
        if store._walk_order(conn, e, total, limit, True):
            pconds = [*store._event_filters(**f, conn=conn, hide=True),
                      (e.c.latitude + 0).is_not(None), (e.c.longitude + 0).is_not(None)]
        elif store.dialect == "sqlite" and not filters.get("actor") and not filters.get("text"):
            keep = narrowest(store, conn, filters)
            if keep is not None:
                pconds = [*store._event_filters(**f, conn=conn, keep=keep),
                          (e.c.latitude + 0).is_not(None), (e.c.longitude + 0).is_not(None)]
        q = (select(e.c.event_id, e.c.latitude, e.c.longitude, e.c.event_type, e.c.fatalities,
                    e.c.event_date, e.c.location)
             .select_from(src).where(*pconds)
             .order_by(e.c.event_date.desc().nulls_last(), e.c.doc_id, e.c.seq).limit(limit))
        items = [{"id": r[0], "lat": r[1], "lon": r[2], "type": r[3], "fatalities": r[4], "date": r[5],
                  "location": r[6]} for r in conn.execute(q)]
    return {"total": total, "items": items, "truncated": total > len(items)}


def _actor_rows(store: Any, conn: Any, actor: str, cap: int) -> int:
    """Events with the actor on either side, counted from the actor indexes up to ``cap`` + 1
    a side (so it costs no more than reading the rival filter's rows)."""
    from sqlalchemy import literal
    e = S.events
    names = select(S.actor_names.c.name).where(func.lower(S.actor_names.c.name).like(
        f"%{str(actor).lower().replace(chr(92), chr(92) * 2).replace('%', chr(92) + '%').replace('_', chr(92) + '_')}%",
        escape="\\"))
    n = 0
    for col in (e.c.actor1, e.c.actor2):
        sub = select(literal(1)).where(col.in_(names)).limit(cap + 1).subquery()
        n += int(conn.execute(select(func.count()).select_from(sub)).scalar_one())
    return n


def _narrowest_count(store: Any, conn: Any, filters: dict[str, Any]) -> tuple[str, int] | None:
    """The filter (``date``, ``type``, ``country``, ``admin1`` or ``bbox``) that alone keeps the
    fewest located events and that count, from the rollup; None when none can be counted.
    SQLite has no statistics of ranges or of how the filters combine; the rollup has the
    counts, so the query is told which index to read (the rows are the same)."""
    if not _has_rollup(conn):
        return None
    counts = {}
    for name, keys in (("date", ("since", "until")), ("type", ("type",)), ("country", ("country",)),
                       ("admin1", ("admin1",)), ("bbox", ("bbox",))):
        one = {k: filters[k] for k in keys if filters.get(k)}
        if one:
            n = _rollup_total(store, conn, one)
            if n is not None:
                counts[name] = n
    if not counts:
        return None
    k = min(counts, key=lambda x: counts[x])
    return k, counts[k]


def narrowest(store: Any, conn: Any, filters: dict[str, Any]) -> str | None:
    """``_narrowest_count``'s filter when at least two can be counted, else None."""
    n = sum(bool(filters.get(k)) for k in ("since", "type", "country", "admin1", "bbox"))
    best = _narrowest_count(store, conn, filters) if n > 1 else None
    return best[0] if best else None


def _rollup_total(store: Any, conn: Any, filters: dict[str, Any]) -> int | None:
    """The located events matching ``filters`` counted from the rollup, or None."""
    for _, z in rollup.LEVELS:
        got = rollup.cells(conn, z, filters, lambda f: raw_cells(store, conn, z, f, by_date=True))
        if got is not None:
            return sum(int(v[0]) for v in got.values())
    return None


def _cell_exprs(store: Any, size: float) -> tuple[Any, Any]:
    e = S.events
    fx = (e.c.longitude + 180.0) / size
    fy = (e.c.latitude + 90.0) / size
    # Coordinates shifted to be >= 0, so truncation is floor; PostgreSQL rounds on CAST.
    if store.dialect == "sqlite":
        return cast(fx, Integer).label("gx"), cast(fy, Integer).label("gy")
    return cast(func.floor(fx), Integer).label("gx"), cast(func.floor(fy), Integer).label("gy")


def raw_cells(store: Any, conn: Any, zoom: int, filters: dict[str, Any], by_date: bool = False
              ) -> dict[tuple[int, int], list[float]]:
    """``{(gx, gy): [n, deaths, sum of latitudes, sum of longitudes]}`` counted from the events."""
    e = S.events
    src, conds = _where(store, conn, filters, located=True, by_date=by_date)
    gx, gy = _cell_exprs(store, cell_degrees(zoom))
    q = (select(gx, gy, func.count(), func.coalesce(func.sum(e.c.fatalities), 0), func.sum(e.c.latitude),
                func.sum(e.c.longitude)).select_from(src).where(*conds).group_by(gx, gy))
    return {(int(r[0]), int(r[1])): [int(r[2]), int(r[3]), float(r[4]), float(r[5])] for r in conn.execute(q)}


def raw_months(store: Any, conn: Any, filters: dict[str, Any], by_date: bool = False) -> dict[str, list[int]]:
    """``{"YYYY-MM": [n, deaths]}`` counted from the events."""
    e = S.events
    src, conds = _where(store, conn, filters, by_date=by_date)
    key = func.substr(e.c.event_date, 1, 7).label("d")
    q = (select(key, func.count(), func.coalesce(func.sum(e.c.fatalities), 0)).select_from(src)
         .where(e.c.event_date.is_not(None), *conds).group_by(key))
    return {r[0]: [int(r[1]), int(r[2])] for r in conn.execute(q)}


def _has_rollup(conn: Any) -> bool:
    return rollup.present_cached(conn)


def grid_clusters(store: Any, *, zoom: int, limit: int = 5000, **filters: Any) -> dict[str, Any]:
    """``{"zoom", "cell", "total", "fatalities", "items", "truncated"}``: the located events
    matching the filters counted per grid cell (GROUP BY in the database). Each item is
    ``{"lat", "lon", "n", "fatalities", "bounds": [west, south, east, north]}``, most
    events first; ``total``/``fatalities`` cover every cell, also those past ``limit``.
    At zoom 6 and below, with filters the rollup holds (``hadath.store.rollup``), the
    counts come from it; the answer is the same."""
    size = cell_degrees(zoom)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise HadathInputError("limit must be a positive integer")
    unknown = set(filters) - set(_FILTERS)
    if unknown:
        raise HadathInputError(f"unknown filter(s): {', '.join(sorted(unknown))}")
    e = S.events
    with store.engine.connect() as conn:
        got = (rollup.cells(conn, zoom, filters, lambda f: raw_cells(store, conn, zoom, f, by_date=True))
               if _has_rollup(conn) else None)
        if got is not None:
            order = sorted(got.items(), key=lambda kv: (-kv[1][0], kv[0]))
            items = [{"lat": round(v[2] / v[0], 5), "lon": round(v[3] / v[0], 5), "n": int(v[0]),
                      "fatalities": int(v[1]), "bounds": _bounds(gx, gy, size)} for (gx, gy), v in order[:limit]]
            return {"zoom": zoom, "cell": size, "total": sum(int(v[0]) for v in got.values()),
                    "fatalities": sum(int(v[1]) for v in got.values()), "cells": len(got), "items": items,
                    "truncated": len(got) > len(items)}
        src, conds = _where(store, conn, filters, located=True)
        gx, gy = _cell_exprs(store, size)
        n = func.count().label("n")
        dead = func.coalesce(func.sum(e.c.fatalities), 0).label("dead")
        cells = (select(gx, gy, n, dead, func.avg(e.c.latitude).label("lat"),
                        func.avg(e.c.longitude).label("lon"))
                 .select_from(src).where(*conds).group_by(gx, gy).subquery())
        # One grouping: the totals over every cell come with the first `limit` cells (window sums).
        rows = conn.execute(select(cells, func.count().over().label("n_cells"),
                                   func.sum(cells.c.n).over().label("n_all"),
                                   func.sum(cells.c.dead).over().label("dead_all"))
                            .order_by(cells.c.n.desc(), cells.c.gx, cells.c.gy).limit(limit)).all()
    whole = (rows[0].n_cells, rows[0].n_all, rows[0].dead_all) if rows else (0, 0, 0)
    items = []
    for r in rows:
        items.append({"lat": round(float(r.lat), 5), "lon": round(float(r.lon), 5), "n": int(r.n),
                      "fatalities": int(r.dead), "bounds": _bounds(r.gx, r.gy, size)})
    return {"zoom": zoom, "cell": size, "total": int(whole[1]), "fatalities": int(whole[2]),
            "cells": int(whole[0]), "items": items, "truncated": int(whole[0]) > len(items)}


def _bounds(gx: int, gy: int, size: float) -> list[float]:
    w, s = gx * size - 180.0, gy * size - 90.0
    return [round(w, 6), round(s, 6), round(w + size, 6), round(s + size, 6)]


def timeline(store: Any, *, by: str = "day", **filters: Any) -> list[dict[str, Any]]:
    """``[{"date", "n", "fatalities"}]`` for the dated events matching the filters, per day
    (``date`` YYYY-MM-DD) or per month (``by="month"``, ``date`` YYYY-MM), oldest first.
    Per month, with filters the rollup holds, the counts come from it."""
    if by not in ("day", "month"):
        raise HadathInputError("by must be 'day' or 'month'")
    e = S.events
    with store.engine.connect() as conn:
        if by == "month" and _has_rollup(conn):
            if set(filters) - set(_FILTERS):
                raise HadathInputError(f"unknown filter(s): {', '.join(sorted(set(filters) - set(_FILTERS)))}")
            got = rollup.months(conn, filters, lambda f: raw_months(store, conn, f, by_date=True))
            if got is not None:
                return [{"date": m, "n": v[0], "fatalities": v[1]} for m, v in sorted(got.items())]
        src, conds = _where(store, conn, filters)
        key = e.c.event_date if by == "day" else func.substr(e.c.event_date, 1, 7)
        key = key.label("d")
        q = (select(key, func.count(), func.coalesce(func.sum(e.c.fatalities), 0))
             .select_from(src).where(e.c.event_date.is_not(None), *conds).group_by(key).order_by(key))
        return [{"date": r[0], "n": int(r[1]), "fatalities": int(r[2])} for r in conn.execute(q)]
