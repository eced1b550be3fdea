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

from sqlalchemy import Integer, cast, func, select

from ..errors import HadathInputError
from . import schema as S
from .core import _parse_bbox

__all__ = ["MAX_ZOOM", "cell_degrees", "map_points", "grid_clusters", "timeline"]

MAX_ZOOM = 20
_FILTERS = ("since", "until", "type", "actor", "country", "admin1", "text", "bbox")


def cell_degrees(zoom: int) -> float:
    """The side of a grid cell at ``zoom``, in degrees."""
    if isinstance(zoom, bool) or not isinstance(zoom, int) or not 0 <= zoom <= MAX_ZOOM:
        raise HadathInputError(f"zoom must be an integer from 0 to {MAX_ZOOM}")
    return 45.0 / (2 ** zoom)


def _where(store: Any, conn: Any, filters: dict[str, Any], *, located: bool = False,
           scan_bbox: bool = False) -> tuple[Any, list[Any]]:
    """The FROM clause and the WHERE conditions of the filtered events. ``scan_bbox`` (SQLite)
    writes the box on ``longitude + 0`` so that SQLite reads the table instead of looking
    up each row of a wide box through ``ix_events_lon_lat`` (3 times faster for a country's
    view at 500,000 events); the rows are the same."""
    unknown = set(filters) - set(_FILTERS)
    if unknown:
        raise HadathInputError(f"unknown filter(s): {', '.join(sorted(unknown))}")
    e = S.events
    hide = scan_bbox and store.dialect == "sqlite" and filters.get("bbox")
    f = {k: filters.get(k) for k in _FILTERS}
    if hide:
        f["bbox"] = None
    conds = store._event_filters(**f, conn=conn)
    if hide:
        w, s, east, n = _parse_bbox(filters["bbox"])     # checked as the store checks it
        lon, lat = e.c.longitude + 0, e.c.latitude + 0
        conds += [lon >= w, lon <= east, lat >= s, lat <= n]
    # Only the text filter reads the articles (as Store.query_events does); events.doc_id is a
    # non-null foreign key, so the join changes no count.
    src = e.join(S.articles, e.c.doc_id == S.articles.c.id) if filters.get("text") else e
    if located:
        conds = [*conds, e.c.latitude.is_not(None), e.c.longitude.is_not(None)]
    return src, conds


def map_points(store: Any, *, limit: int = 5000, **filters: Any) -> dict[str, Any]:
    """``{"total", "items", "truncated"}``: the located events matching the filters, newest
    first, at most ``limit`` of them, each ``{"id", "lat", "lon", "type", "fatalities",
    "date", "location"}``; ``total`` counts every located match."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise HadathInputError("limit must be a positive integer")
    e = S.events
    with store.engine.connect() as conn:
        src, conds = _where(store, conn, filters, located=True)
        total = int(conn.execute(select(func.count()).select_from(src).where(*conds)).scalar_one())
        q = (select(e.c.event_id, e.c.latitude, e.c.longitude, e.c.event_type, e.c.fatalities,
                    e.c.event_date, e.c.location)
             .select_from(src).where(*conds)
             .order_by(e.c.event_date.desc().nulls_last(), e.c.doc_id, e.c.seq).limit(limit))
        items = [{"id": r[0], "lat": r[1], "lon": r[2], "type": r[3], "fatalities": r[4], "date": r[5],
                  "location": r[6]} for r in conn.execute(q)]
    return {"total": total, "items": items, "truncated": total > len(items)}


def grid_clusters(store: Any, *, zoom: int, limit: int = 5000, **filters: Any) -> dict[str, Any]:
    """``{"zoom", "cell", "total", "fatalities", "items", "truncated"}``: the located events
    matching the filters counted per grid cell (GROUP BY in the database). Each item is
    ``{"lat", "lon", "n", "fatalities", "bounds": [west, south, east, north]}``, most
    events first; ``total``/``fatalities`` cover every cell, also those past ``limit``."""
    size = cell_degrees(zoom)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise HadathInputError("limit must be a positive integer")
    e = S.events
    with store.engine.connect() as conn:
        src, conds = _where(store, conn, filters, located=True, scan_bbox=True)
        fx = (e.c.longitude + 180.0) / size
        fy = (e.c.latitude + 90.0) / size
        # Coordinates shifted to be >= 0, so truncation is floor; PostgreSQL rounds on CAST.
        if store.dialect == "sqlite":
            gx, gy = cast(fx, Integer), cast(fy, Integer)
        else:
            gx, gy = cast(func.floor(fx), Integer), cast(func.floor(fy), Integer)
        gx, gy = gx.label("gx"), gy.label("gy")
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
        w, s = r.gx * size - 180.0, r.gy * size - 90.0
        items.append({"lat": round(float(r.lat), 5), "lon": round(float(r.lon), 5), "n": int(r.n),
                      "fatalities": int(r.dead),
                      "bounds": [round(w, 6), round(s, 6), round(w + size, 6), round(s + size, 6)]})
    return {"zoom": zoom, "cell": size, "total": int(whole[1]), "fatalities": int(whole[2]),
            "cells": int(whole[0]), "items": items, "truncated": int(whole[0]) > len(items)}


def timeline(store: Any, *, by: str = "day", **filters: Any) -> list[dict[str, Any]]:
    """``[{"date", "n", "fatalities"}]`` for the dated events matching the filters, per day
    (``date`` YYYY-MM-DD) or per month (``by="month"``, ``date`` YYYY-MM), oldest first."""
    if by not in ("day", "month"):
        raise HadathInputError("by must be 'day' or 'month'")
    e = S.events
    with store.engine.connect() as conn:
        src, conds = _where(store, conn, filters)
        key = e.c.event_date if by == "day" else func.substr(e.c.event_date, 1, 7)
        key = key.label("d")
        q = (select(key, func.count(), func.coalesce(func.sum(e.c.fatalities), 0))
             .select_from(src).where(e.c.event_date.is_not(None), *conds).group_by(key).order_by(key))
        return [{"date": r[0], "n": int(r[1]), "fatalities": int(r[2])} for r in conn.execute(q)]
