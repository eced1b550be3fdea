"""The map's rollup (revision 0006): events counted per month, type, sub-type, country,
admin1 and grid cell, kept by database triggers.

Counting two million events per map cell takes SQLite seconds; the same counts read from
``event_cells`` (about one row per 15 located events at ACLED scale) take tens of
milliseconds. A row holds, for one key (``month`` YYYY-MM or '' when undated,
``event_type``, ``sub_event_type``, ``country`` and ``admin1`` ('' when missing), the
cell ``gx``, ``gy`` of ``CELL`` degrees counted from longitude -180 and latitude -90, or
-1 without coordinates, and ``ex``/``ey`` = 1 when the longitude/latitude lies exactly on
the cell's west/south edge): the number of events ``n``, their deaths ``dead`` and the
sums of their coordinates ``slat``/``slon`` (a cell's mean position is ``slat / n``).

Cells of coarser zooms nest: the map's cell at zoom ``z <= CELL_ZOOM`` is
``(gx >> (CELL_ZOOM - z), gy >> ...)``. ``cells()`` answers the map's grid at zoom 6 and
below when the filters are among type, country, admin1, dates and a box on the grid
(the page widens its view to whole tiles, which are); whole months are read from the
rollup and the days of a partly covered month from the events, so every count is the
one a scan of the events gives. Actor and text filters, and boxes off the grid, are
answered from the events (``None`` here).

The triggers (row triggers on ``events``: insert, delete, and update of the counted
columns) keep the rollup in the writer's transaction, whoever writes; ``rebuild()``
recounts it from the events (the migration's back-fill, and bulk loads that drop the
triggers for speed).
"""
from __future__ import annotations

import datetime as _dt
import weakref
from typing import Any, Callable

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, and_, func, or_, select
from sqlalchemy import text as sql_text


__all__ = ["CELL_ZOOM", "CELL", "event_cells", "event_days", "ddl", "drop_ddl", "present", "rebuild", "cells",
           "months", "day_counts"]

CELL_ZOOM = 6
CELL = 45.0 / 2 ** CELL_ZOOM          # 0.703125 degrees, a binary fraction: edges are exact
# (table, grid zoom of its cells): the coarse one answers map zooms 0-6 and the monthly timeline,
# the fine one (cells of 0.088 degrees, about 10 km) zooms 7-9, where the page looks at a region.
LEVELS = (("event_cells", CELL_ZOOM), ("event_cells_fine", 9))
_KEY = ("month", "event_type", "sub_event_type", "country", "admin1", "gx", "gy", "ex", "ey")
_COUNTED = ("event_date", "event_type", "sub_event_type", "country", "admin1", "latitude", "longitude",
            "fatalities")
ROLLUP_FILTERS = frozenset({"since", "until", "type", "country", "admin1", "bbox"})

_md = MetaData()


def _table(name: str) -> Table:
    return Table(
        name, _md,
        Column("month", String(7), nullable=False),
        Column("event_type", String(64), nullable=False),
        Column("sub_event_type", String(128), nullable=False),
        Column("country", Text, nullable=False),
        Column("admin1", Text, nullable=False),
        Column("gx", Integer, nullable=False),
        Column("gy", Integer, nullable=False),
        Column("ex", Integer, nullable=False),
        Column("ey", Integer, nullable=False),
        Column("n", Integer, nullable=False),
        Column("dead", Integer, nullable=False),
        Column("slat", Float, nullable=False),
        Column("slon", Float, nullable=False),
    )


TABLES = {name: _table(name) for name, _ in LEVELS}
event_cells = TABLES["event_cells"]

# Events per day, type, sub-type and country: the page's timeline (per day and type) with
# filters among type, country and dates (two million events: 300,000 rows).
event_days = Table(
    "event_days", _md,
    Column("day", String(10), nullable=False),
    Column("event_type", String(64), nullable=False),
    Column("sub_event_type", String(128), nullable=False),
    Column("country", Text, nullable=False),
    Column("n", Integer, nullable=False),
)
_DAY_KEY = ("day", "event_type", "sub_event_type", "country")
_DAY_COUNTED = ("event_date", "event_type", "sub_event_type", "country")
DAY_FILTERS = frozenset({"since", "until", "type", "country"})


def _day_exprs(r: str) -> list[str]:
    return [f"coalesce({r}.event_date, '')", f"{r}.event_type", f"{r}.sub_event_type", f"coalesce({r}.country, '')"]


def _days_ddl(dialect: str) -> list[str]:
    add = (f"INSERT INTO event_days ({', '.join(_DAY_KEY)}, n) VALUES ({', '.join(_day_exprs('NEW'))}, 1) "
           f"ON CONFLICT ({', '.join(_DAY_KEY)}) DO UPDATE SET n = event_days.n + 1")
    match = " AND ".join(f"{k} = {x}" for k, x in zip(_DAY_KEY, _day_exprs("OLD")))
    rm = f"UPDATE event_days SET n = n - 1 WHERE {match}; DELETE FROM event_days WHERE n <= 0 AND {match}"
    cols = ", ".join(_DAY_COUNTED)
    out = ["CREATE TABLE event_days (day VARCHAR(10) NOT NULL, event_type VARCHAR(64) NOT NULL, "
           "sub_event_type VARCHAR(128) NOT NULL, country TEXT NOT NULL, n INTEGER NOT NULL)",
           f"CREATE UNIQUE INDEX ux_event_days ON event_days ({', '.join(_DAY_KEY)})"]
    if dialect == "postgresql":
        out += ["CREATE OR REPLACE FUNCTION hadath_event_days() RETURNS trigger AS $$ BEGIN "
                f"IF TG_OP <> 'INSERT' THEN {rm}; END IF; IF TG_OP <> 'DELETE' THEN {add}; END IF; "
                "RETURN NULL; END; $$ LANGUAGE plpgsql",
                f"CREATE TRIGGER tr_event_days AFTER INSERT OR DELETE OR UPDATE OF {cols} ON events "
                "FOR EACH ROW EXECUTE FUNCTION hadath_event_days()"]
    else:
        out += [f"CREATE TRIGGER tr_event_days_ins AFTER INSERT ON events BEGIN {add}; END",
                f"CREATE TRIGGER tr_event_days_del AFTER DELETE ON events BEGIN {rm}; END",
                f"CREATE TRIGGER tr_event_days_upd AFTER UPDATE OF {cols} ON events BEGIN {rm}; {add}; END"]
    return out


def _size(zoom: int) -> float:
    return 45.0 / 2 ** zoom


def _exprs(dialect: str, r: str, size: float = CELL) -> list[str]:
    """SQL of the key of the event row ``r`` (``NEW``, ``OLD`` or a table alias), in _KEY order,
    for cells of ``size`` degrees."""
    def cell(col: str, shift: float) -> str:
        q = f"(({r}.{col} + {shift}) / {size!r})"
        return f"CAST(floor{q} AS INTEGER)" if dialect == "postgresql" else f"CAST({q} AS INTEGER)"

    def edge(col: str, shift: float) -> str:
        q = f"(({r}.{col} + {shift}) / {size!r})"
        whole = f"floor{q}" if dialect == "postgresql" else f"CAST({q} AS INTEGER)"
        return f"CASE WHEN {located} AND {q} = {whole} THEN 1 ELSE 0 END"
    located = f"({r}.latitude IS NOT NULL AND {r}.longitude IS NOT NULL)"
    return [f"coalesce(substr({r}.event_date, 1, 7), '')", f"{r}.event_type", f"{r}.sub_event_type",
            f"coalesce({r}.country, '')", f"coalesce({r}.admin1, '')",
            f"CASE WHEN {located} THEN {cell('longitude', 180.0)} ELSE -1 END",
            f"CASE WHEN {located} THEN {cell('latitude', 90.0)} ELSE -1 END",
            edge("longitude", 180.0), edge("latitude", 90.0)]


def _values(r: str) -> list[str]:
    located = f"({r}.latitude IS NOT NULL AND {r}.longitude IS NOT NULL)"
    return ["1", f"coalesce({r}.fatalities, 0)", f"CASE WHEN {located} THEN {r}.latitude ELSE 0 END",
            f"CASE WHEN {located} THEN {r}.longitude ELSE 0 END"]


def _add(dialect: str, t: str, size: float) -> str:
    cols = ", ".join((*_KEY, "n", "dead", "slat", "slon"))
    return (f"INSERT INTO {t} ({cols}) VALUES ({', '.join(_exprs(dialect, 'NEW', size) + _values('NEW'))}) "
            f"ON CONFLICT ({', '.join(_KEY)}) DO UPDATE SET n = {t}.n + 1, "
            f"dead = {t}.dead + excluded.dead, slat = {t}.slat + excluded.slat, "
            f"slon = {t}.slon + excluded.slon")


def _remove(dialect: str, t: str, size: float) -> list[str]:
    match = " AND ".join(f"{k} = {x}" for k, x in zip(_KEY, _exprs(dialect, "OLD", size)))
    v = _values("OLD")
    return [f"UPDATE {t} SET n = n - 1, dead = dead - {v[1]}, slat = slat - {v[2]}, "
            f"slon = slon - {v[3]} WHERE {match}",
            f"DELETE FROM {t} WHERE n <= 0 AND {match}"]


def ddl(dialect: str) -> list[str]:
    """CREATE statements of the tables, their keys and the triggers."""
    real = "DOUBLE PRECISION" if dialect == "postgresql" else "REAL"
    cols = ", ".join(_COUNTED)
    out = []
    for t, z in LEVELS:
        size = _size(z)
        out += [f"CREATE TABLE {t} (month VARCHAR(7) NOT NULL, event_type VARCHAR(64) NOT NULL, "
                "sub_event_type VARCHAR(128) NOT NULL, country TEXT NOT NULL, admin1 TEXT NOT NULL, "
                "gx INTEGER NOT NULL, gy INTEGER NOT NULL, ex INTEGER NOT NULL, ey INTEGER NOT NULL, "
                f"n INTEGER NOT NULL, dead INTEGER NOT NULL, slat {real} NOT NULL, slon {real} NOT NULL)",
                f"CREATE UNIQUE INDEX ux_{t} ON {t} ({', '.join(_KEY)})"]
        rm = "; ".join(_remove(dialect, t, size))
        add = _add(dialect, t, size)
        if dialect == "postgresql":
            out += [f"CREATE OR REPLACE FUNCTION hadath_{t}() RETURNS trigger AS $$ BEGIN "
                    f"IF TG_OP <> 'INSERT' THEN {rm}; END IF; "
                    f"IF TG_OP <> 'DELETE' THEN {add}; END IF; "
                    "RETURN NULL; END; $$ LANGUAGE plpgsql",
                    f"CREATE TRIGGER tr_{t} AFTER INSERT OR DELETE OR UPDATE OF {cols} ON events "
                    f"FOR EACH ROW EXECUTE FUNCTION hadath_{t}()"]
        else:
            out += [f"CREATE TRIGGER tr_{t}_ins AFTER INSERT ON events BEGIN {add}; END",
                    f"CREATE TRIGGER tr_{t}_del AFTER DELETE ON events BEGIN {rm}; END",
                    f"CREATE TRIGGER tr_{t}_upd AFTER UPDATE OF {cols} ON events BEGIN {rm}; {add}; END"]
    return out + _days_ddl(dialect)


def drop_ddl(dialect: str) -> list[str]:
    if dialect == "postgresql":
        out = ["DROP TRIGGER IF EXISTS tr_event_days ON events", "DROP FUNCTION IF EXISTS hadath_event_days()"]
    else:
        out = [f"DROP TRIGGER IF EXISTS tr_event_days_{x}" for x in ("ins", "del", "upd")]
    out.append("DROP TABLE IF EXISTS event_days")
    for t, _ in LEVELS:
        if dialect == "postgresql":
            out += [f"DROP TRIGGER IF EXISTS tr_{t} ON events", f"DROP FUNCTION IF EXISTS hadath_{t}()"]
        else:
            out += [f"DROP TRIGGER IF EXISTS tr_{t}_{x}" for x in ("ins", "del", "upd")]
        out.append(f"DROP TABLE IF EXISTS {t}")
    return out


def present(conn: Any) -> bool:
    """Whether the store has the rollup (revision 0006 or later)."""
    from sqlalchemy import inspect
    return inspect(conn).has_table("event_days")


_HAVE: "weakref.WeakSet[Any]" = weakref.WeakSet()


def present_cached(conn: Any) -> bool:
    """``present``, remembered per engine once true."""
    if conn.engine in _HAVE:
        return True
    if present(conn):
        _HAVE.add(conn.engine)
        return True
    return False


def rebuild(conn: Any) -> int:
    """Recount the rollup from the events (inside the caller's transaction); returns its rows."""
    d = conn.dialect.name
    total = 0
    for t, z in LEVELS:
        key = _exprs(d, "e", _size(z))
        v = _values("e")
        conn.execute(sql_text(f"DELETE FROM {t}"))
        conn.execute(sql_text(
            f"INSERT INTO {t} ({', '.join((*_KEY, 'n', 'dead', 'slat', 'slon'))}) "
            f"SELECT {', '.join(key)}, count(*), sum({v[1]}), sum({v[2]}), sum({v[3]}) "
            f"FROM events e GROUP BY {', '.join(key)}"))
        total += int(conn.execute(sql_text(f"SELECT count(*) FROM {t}")).scalar_one())
    key = _day_exprs("e")
    conn.execute(sql_text("DELETE FROM event_days"))
    conn.execute(sql_text(f"INSERT INTO event_days ({', '.join(_DAY_KEY)}, n) SELECT {', '.join(key)}, count(*) "
                          f"FROM events e GROUP BY {', '.join(key)}"))
    return total + int(conn.execute(sql_text("SELECT count(*) FROM event_days")).scalar_one())


# ------------------------------------------------------------------------------- reading

def _parse_bbox(bbox: Any) -> tuple[float, float, float, float]:
    """The box as the store reads it (already checked there): four numbers or 'w,s,e,n'."""
    parts = bbox.split(",") if isinstance(bbox, str) else bbox
    w, s, e, n = (float(x) for x in parts)
    return w, s, e, n


def _on_grid(v: float, shift: float, size: float = CELL) -> int | None:
    q = (v + shift) / size
    k = round(q)
    return k if abs(q - k) < 1e-9 else None


def _month_span(since: str | None, until: str | None) -> tuple[str | None, str | None, list[tuple[str, str]]]:
    """Whole months inside [since, until] (first, last; None: open) and the day ranges of
    the partly covered months, which are read from the events."""
    parts: list[tuple[str, str]] = []
    m0 = m1 = None
    if since:
        d = _dt.date.fromisoformat(since)
        if d.day == 1:
            m0 = since[:7]
        else:
            nxt = (d.replace(day=28) + _dt.timedelta(days=4)).replace(day=1)
            m0 = nxt.isoformat()[:7]
            parts.append((since, (nxt - _dt.timedelta(days=1)).isoformat()))
    if until:
        d = _dt.date.fromisoformat(until)
        last = (d.replace(day=28) + _dt.timedelta(days=4)).replace(day=1) - _dt.timedelta(days=1)
        if d == last:
            m1 = until[:7]
        else:
            first = d.replace(day=1)
            m1 = (first - _dt.timedelta(days=1)).isoformat()[:7]
            parts.append((first.isoformat(), until))
    if m0 is not None and m1 is not None and m0 > m1:
        # inside one or two partly covered months: the events alone, once
        return m0, m1, [(since, until)]
    return m0, m1, parts


def usable(filters: dict[str, Any], size: float = CELL) -> bool:
    keys = {k for k, v in filters.items() if v not in (None, "")}
    if not keys <= ROLLUP_FILTERS:
        return False
    bb = filters.get("bbox")
    if bb:
        w, s, e, n = _parse_bbox(bb)
        if None in (_on_grid(w, 180.0, size), _on_grid(e, 180.0, size), _on_grid(s, 90.0, size),
                    _on_grid(n, 90.0, size)):
            return False
    return True


def _conds(t: Any, filters: dict[str, Any], size: float = CELL) -> list[Any]:
    out = []
    if filters.get("type"):
        v = str(filters["type"]).lower()
        out.append(or_(func.lower(t.c.event_type) == v, func.lower(t.c.sub_event_type) == v))
    for k in ("country", "admin1"):
        if filters.get(k):
            out.append(func.lower(t.c[k]) == str(filters[k]).lower())
    if filters.get("bbox"):
        w, s, e, n = _parse_bbox(filters["bbox"])
        wi, ei = _on_grid(w, 180.0, size), _on_grid(e, 180.0, size)
        si, ni = _on_grid(s, 90.0, size), _on_grid(n, 90.0, size)
        # a cell inside the box, or an event exactly on its east or north edge (the box is closed)
        out.append(or_(and_(t.c.gx >= wi, t.c.gx < ei), and_(t.c.gx == ei, t.c.ex == 1)))
        out.append(or_(and_(t.c.gy >= si, t.c.gy < ni), and_(t.c.gy == ni, t.c.ey == 1)))
    return out


def _split(t: Any, filters: dict[str, Any], size: float = CELL, located: bool = False, dated: bool = False
           ) -> tuple[list[Any] | None, list[tuple[str, str]]]:
    """The conditions on the rollup's rows for the whole months of ``filters`` (None when the
    dates cover no whole month) and the day ranges to count from the events. ``located``:
    only rows with a cell (also implied by a box); ``dated``: only dated rows."""
    m0, m1, parts = _month_span(filters.get("since"), filters.get("until"))
    if m0 and m1 and m0 > m1:
        return None, parts
    conds = _conds(t, filters, size)
    if located or filters.get("bbox"):
        conds.append(t.c.gx >= 0)
    if m0:
        conds.append(t.c.month >= m0)
    if m1:
        conds.append(t.c.month <= m1)
    if dated or (m1 and not m0):
        conds.append(t.c.month != "")
    return conds, parts


def cells(conn: Any, zoom: int, filters: dict[str, Any], raw: Callable[[dict[str, Any]], dict]
          ) -> dict[tuple[int, int], list[float]] | None:
    """``{(gx, gy): [n, deaths, sum of latitudes, sum of longitudes]}`` of the located events
    matching ``filters`` at map zoom ``zoom``, or None when the rollup cannot answer.
    ``raw(filters)`` counts the same from the events (for the days of partly covered months)."""
    level = next(((name, z) for name, z in LEVELS if zoom <= z), None)
    if level is None:
        return None
    t, size = TABLES[level[0]], _size(level[1])
    if not usable(filters, size):
        return None
    div = 2 ** (level[1] - zoom)
    conds, parts = _split(t, filters, size, located=True)
    out: dict[tuple[int, int], list[float]] = {}
    if conds is not None:
        gx, gy = (t.c.gx // div).label("x"), (t.c.gy // div).label("y")
        q = (select(gx, gy, func.sum(t.c.n), func.sum(t.c.dead), func.sum(t.c.slat), func.sum(t.c.slon))
             .where(*conds).group_by(gx, gy))
        for r in conn.execute(q):
            out[(int(r[0]), int(r[1]))] = [int(r[2]), int(r[3]), float(r[4]), float(r[5])]
    for lo, hi in parts:
        for key, v in raw({**filters, "since": lo, "until": hi}).items():
            acc = out.setdefault(key, [0, 0, 0.0, 0.0])
            for i in range(4):
                acc[i] += v[i]
    return {k: v for k, v in out.items() if v[0] > 0}


def months(conn: Any, filters: dict[str, Any], raw: Callable[[dict[str, Any]], dict]
           ) -> dict[str, list[int]] | None:
    """``{"YYYY-MM": [n, deaths]}`` of the dated events matching ``filters``, or None when the
    rollup cannot answer; ``raw(filters)`` counts the same from the events."""
    if not usable(filters):
        return None
    t = event_cells
    conds, parts = _split(t, filters, dated=True)
    out: dict[str, list[int]] = {}
    if conds is not None:
        q = select(t.c.month, func.sum(t.c.n), func.sum(t.c.dead)).where(*conds).group_by(t.c.month)
        for r in conn.execute(q):
            out[r[0]] = [int(r[1]), int(r[2])]
    for lo, hi in parts:
        for m, (n, dead) in raw({**filters, "since": lo, "until": hi}).items():
            acc = out.setdefault(m, [0, 0])
            acc[0] += n
            acc[1] += dead
    return {k: v for k, v in out.items() if v[0] > 0}


def day_counts(conn: Any, filters: dict[str, Any]) -> list[dict[str, Any]] | None:
    """``[{"date", "event_type", "n"}]`` per day and type of the dated events matching
    ``filters``, oldest first, or None when the filters are not among type, country, dates."""
    keys = {k for k, v in filters.items() if v not in (None, "")}
    if not keys <= DAY_FILTERS:
        return None
    t = event_days
    conds = [t.c.day != ""]
    if filters.get("since"):
        conds.append(t.c.day >= filters["since"])
    if filters.get("until"):
        conds.append(t.c.day <= filters["until"])
    if filters.get("type"):
        v = str(filters["type"]).lower()
        conds.append(or_(func.lower(t.c.event_type) == v, func.lower(t.c.sub_event_type) == v))
    if filters.get("country"):
        conds.append(func.lower(t.c.country) == str(filters["country"]).lower())
    n = func.sum(t.c.n)
    q = select(t.c.day, t.c.event_type, n).where(*conds).group_by(t.c.day, t.c.event_type).having(n > 0) \
        .order_by(t.c.day, t.c.event_type)
    return [{"date": r[0], "event_type": r[1], "n": int(r[2])} for r in conn.execute(q)]


def month_type_counts(conn: Any, filters: dict[str, Any], raw: Callable[[dict[str, Any]], list]
                      ) -> list[dict[str, Any]] | None:
    """``[{"date": "YYYY-MM", "event_type", "n"}]`` of the dated events matching ``filters``,
    oldest first, or None when the rollup cannot answer; ``raw(filters)`` gives the same rows
    counted from the events (for partly covered months)."""
    if not usable(filters):
        return None
    t = event_cells
    conds, parts = _split(t, filters, dated=True)
    out: dict[tuple[str, str], int] = {}
    if conds is not None:
        for r in conn.execute(select(t.c.month, t.c.event_type, func.sum(t.c.n)).where(*conds)
                              .group_by(t.c.month, t.c.event_type)):
            out[(r[0], r[1])] = int(r[2])
    for lo, hi in parts:
        for r in raw({**filters, "since": lo, "until": hi}):
            k = (r["date"], r["event_type"])
            out[k] = out.get(k, 0) + r["n"]
    return [{"date": m, "event_type": ty, "n": n} for (m, ty), n in sorted(out.items()) if n > 0]


def total(conn: Any, filters: dict[str, Any], raw: Callable[[dict[str, Any]], int]) -> int | None:
    """The number of events (located or not; located only with a box) matching ``filters``,
    or None when the rollup cannot answer; ``raw(filters)`` counts from the events (for the
    days of partly covered months)."""
    if not usable(filters):
        return None
    t = event_cells
    conds, parts = _split(t, filters)
    n = 0
    if conds is not None:
        n = int(conn.execute(select(func.coalesce(func.sum(t.c.n), 0)).where(*conds)).scalar_one())
    for lo, hi in parts:
        n += raw({**filters, "since": lo, "until": hi})
    return n
