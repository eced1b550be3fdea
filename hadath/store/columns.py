"""The events' filterable columns in memory (numpy), for the web page's read queries at
ACLED scale.

At two million events every page query the SQL path answers (a list page, the map of a
view, a timeline, the facets) costs the database 10-70 ms, and two cores then serve about
fifty requests a second. ``EventColumns`` holds what those queries filter and count, one
array per column in the listing order of ``Store.query_events`` (``event_date``
descending, NULL last, then ``doc_id`` and ``seq``): the day, type, sub-type, country,
admin1, both actors, coordinates, fatalities, location, event id and article. A query is
then array work:

* the date window is a slice (the rows are sorted by date);
* type, country and admin1 are comparisons of small integer codes;
* the actor substring is matched against the few thousand distinct names once, then
  looked up per row; the text filter asks the store's full-text index (revision 0005)
  for the matching articles, then looks them up per row; both masks are kept for the
  next request with the same word (a small LRU);
* the bounding box compares the coordinates.

The answers are the SQL path's answers (``tests/test_columns.py`` compares both on random
filters): the same events in the same order and the same counts. Only the list page's
records (50 at most) and one event with its article are read from the database, by id.

The columns are built from one read of the events table (about 10 s and 120 MiB per
process at two million events) and stamped with the store's revision (revision 0006);
``hadath.web`` builds them in a background thread, answers from SQL until they are ready
and again when the store has changed since, and rebuilds them then.

Not served here (the caller uses the SQL path): clusters, a store without the revision
counter, and a text filter on a store without the search index.
"""
from __future__ import annotations

import json
import os
import shutil
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import text as sql_text

from ..errors import HadathInputError
from . import search
from .aggregate import _FILTERS as FILTERS
from .aggregate import cell_degrees
from .core import _check_day as check_day
from .core import _parse_bbox

__all__ = ["EventColumns"]
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_BATCH = 50_000


def _sqlite_lower(s: str) -> str:
    """SQLite's ``lower()``: ASCII letters only."""
    return s.translate(_ASCII_LOWER)


class _Vocab:
    """Distinct strings of a column and the code of each (-1 for NULL)."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}
        self.values: list[str] = []

    def code(self, v: str | None) -> int:
        if v is None:
            return -1
        c = self.codes.get(v)
        if c is None:
            c = self.codes[v] = len(self.values)
            self.values.append(v)
        return c


def _mapped(f: Path) -> np.ndarray:
    """A saved array memory-mapped read-only, as a plain ndarray (the memmap subclass costs a
    Python call on every index)."""
    return np.load(f, mmap_mode="r", allow_pickle=False).view(np.ndarray)


def _day_int(d: str) -> int:
    """``YYYY-MM-DD`` as the integer YYYYMMDD (the same order as the strings)."""
    return int(d[0:4]) * 10000 + int(d[5:7]) * 100 + int(d[8:10])


def _check_day(d: Any, name: str) -> int | None:
    """The store's date check (the same message), as YYYYMMDD."""
    day = check_day(d, name)
    return None if day is None else _day_int(day)


def _check_filters(filters: dict[str, Any]) -> None:
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise HadathInputError(f"unknown filter(s): {', '.join(sorted(unknown))}")


class EventColumns:
    """The events' filter columns of one store at one revision (see the module doc)."""

    def __init__(self) -> None:
        self.revision: int | None = None
        self.n = 0
        self.built_s = 0.0
        self._lock = threading.Lock()
        self._masks: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._cube_n = self._cube_f = self._g_onehot = None
        self._cells: dict[str, np.ndarray] | None = None
        self.mask_dir: str | None = None          # where masks of words and actors are kept (see load)

    # ------------------------------------------------------------------ building

    @classmethod
    def build(cls, store: Any) -> "EventColumns":
        """Read the store's events once (in one transaction, with the revision it shows)."""
        t0 = time.perf_counter()
        self = cls()
        self.dialect = store.dialect
        self._low = _sqlite_lower if store.dialect == "sqlite" else str.lower
        self._store = store
        types, subs, countries, admin1s, actors, locs = (_Vocab() for _ in range(6))
        dates = _Vocab()
        chunks: dict[str, list[np.ndarray]] = {k: [] for k in
                                               ("date", "type", "sub", "country", "admin1", "a1", "a2", "lat",
                                                "lon", "fat", "loc", "sdoc", "id_len")}
        id_parts: list[bytes] = []
        nan = float("nan")
        with store.engine.connect() as conn:
            if store.dialect != "sqlite":
                # one snapshot: the revision read is the revision of the rows read
                conn = conn.execution_options(isolation_level="REPEATABLE READ", stream_results=True,
                                              yield_per=_BATCH)
            with conn.begin():
                rev = conn.execute(sql_text("SELECT n FROM store_revision WHERE id = 1")).scalar()
                self.revision = None if rev is None else int(rev)
                self.has_search = search.has_index(conn)
                join = ("LEFT JOIN search_docs d ON d.article_id = e.doc_id" if self.has_search else "")
                sdoc = "d.id" if self.has_search else "NULL"
                res = conn.execute(sql_text(
                    f"SELECT e.event_id, e.event_date, e.event_type, e.sub_event_type, e.country, e.admin1, "
                    f"e.actor1, e.actor2, e.latitude, e.longitude, e.fatalities, e.location, {sdoc} "
                    f"FROM events e {join} "
                    f"ORDER BY e.event_date DESC NULLS LAST, e.doc_id, e.seq"))
                for batch in iter(lambda: res.fetchmany(_BATCH), []):
                    (eid, date, et, st, cty, adm, a1, a2, lat, lon, fat, loc, sd) = zip(*batch)
                    for name, vocab, col, dt in (("date", dates, date, np.int32), ("type", types, et, np.int32),
                                                 ("sub", subs, st, np.int32), ("country", countries, cty, np.int32),
                                                 ("admin1", admin1s, adm, np.int32), ("a1", actors, a1, np.int32),
                                                 ("a2", actors, a2, np.int32), ("loc", locs, loc, np.int32)):
                        code = vocab.code
                        chunks[name].append(np.fromiter((code(v) for v in col), dt, len(col)))
                    chunks["lat"].append(np.array([nan if v is None else v for v in lat], np.float64))
                    chunks["lon"].append(np.array([nan if v is None else v for v in lon], np.float64))
                    chunks["fat"].append(np.array([-1 if v is None else v for v in fat], np.int64))
                    chunks["sdoc"].append(np.array([-1 if v is None else v for v in sd], np.int64))
                    enc = [v.encode() for v in eid]
                    chunks["id_len"].append(np.fromiter(map(len, enc), np.int64, len(enc)))
                    id_parts.append(b"".join(enc))

        def cat(name: str, dtype: Any) -> np.ndarray:
            parts = chunks.pop(name)
            return np.concatenate(parts).astype(dtype, copy=False) if parts else np.empty(0, dtype)

        def small(name: str, nvalues: int) -> np.ndarray:
            return cat(name, np.int16 if nvalues < 32_000 else np.int32)
        for v in dates.values:
            if len(v) != 10 or v[4] != "-" or v[7] != "-":
                raise ValueError(f"event_date {v!r} is not YYYY-MM-DD")
        # the distinct days, oldest first; a row's day is its rank among them (later: larger), -1: no date
        day_ints = np.asarray([_day_int(v) for v in dates.values], np.int64)
        rank = np.empty(len(day_ints), np.int64)
        order = np.argsort(day_ints, kind="stable")
        rank[order] = np.arange(len(day_ints))
        self.days = day_ints[order]
        dcode = cat("date", np.int64)
        self.day = np.where(dcode >= 0, rank[dcode] if rank.size else -1, -1).astype(
            np.int16 if len(self.days) < 32_000 else np.int32)
        self.type = small("type", len(types.values))
        self.sub = small("sub", len(subs.values))
        self.country = small("country", len(countries.values))
        self.admin1 = small("admin1", len(admin1s.values))
        self.a1 = small("a1", len(actors.values))
        self.a2 = small("a2", len(actors.values))
        self.loc = small("loc", len(locs.values))
        self.lat = cat("lat", np.float64)
        self.lon = cat("lon", np.float64)
        self.located = ~(np.isnan(self.lat) | np.isnan(self.lon))
        fat = cat("fat", np.int64)
        self.fat_known = fat >= 0
        self.fat = np.where(fat >= 0, fat, 0).astype(np.int32 if fat.size == 0 or fat.max() < 2**31 else np.int64)
        del fat
        sd = cat("sdoc", np.int64)
        self.sdoc = sd.astype(np.int32) if sd.size == 0 or sd.max() < 2**31 else sd
        self.ids = np.frombuffer(b"".join(id_parts), np.uint8)
        ends = np.cumsum(cat("id_len", np.int64))
        self.id_ends = ends.astype(np.int32) if self.ids.size < 2**31 else ends
        n = int(self.day.size)
        self.types, self.subs, self.countries = types.values, subs.values, countries.values
        self.admin1s, self.actors, self.locs = admin1s.values, actors.values, locs.values
        self._derive()
        self._neg_day = -self.day
        self._months, self._month_of_day = np.unique(self.days // 100, return_inverse=True)
        self.n = n
        self._build_cube()
        self._build_cells()
        del self._g_of_row
        self.built_s = round(time.perf_counter() - t0, 2)
        return self

    # ------------------------------------------------------------------ saving

    _ARRAYS = ("days", "day", "_neg_day", "type", "sub", "country", "admin1", "a1", "a2", "lat", "lon",
               "located", "fat_known", "fat", "loc", "sdoc", "ids", "id_ends", "_months", "_month_of_day",
               "_g_type", "_g_sub", "_g_onehot", "_cube_n", "_cube_f")
    _LISTS = ("types", "subs", "countries", "admin1s", "actors", "locs")
    _FORMAT = 1

    def save(self, path: str | os.PathLike) -> None:
        """Write the columns as ``.npy`` files and ``meta.json`` into the new directory ``path``
        (written beside it, then renamed: readers never see half of it)."""
        path = Path(path)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        try:
            for name in self._ARRAYS:
                a = getattr(self, name)
                if a is not None:
                    np.save(tmp / f"{name.lstrip('_')}.npy", np.asarray(a), allow_pickle=False)
            if self._cells is not None:
                for k, a in self._cells.items():
                    np.save(tmp / f"cells_{k}.npy", a, allow_pickle=False)
            meta = {"format": self._FORMAT, "revision": self.revision, "n": self.n, "dialect": self.dialect,
                    "has_search": self.has_search, "built_s": self.built_s,
                    **{k: getattr(self, k) for k in self._LISTS}}
            (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise

    @classmethod
    def load(cls, path: str | os.PathLike, store: Any) -> "EventColumns | None":
        """The columns saved in ``path`` (memory-mapped: processes that load the same files share
        them), or None when there are none, of another format or of another back-end."""
        path = Path(path)
        try:
            meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if meta.get("format") != cls._FORMAT or meta.get("dialect") != store.dialect:
            return None
        self = cls()
        self.dialect, self._store = store.dialect, store
        self._low = _sqlite_lower if store.dialect == "sqlite" else str.lower
        self.revision, self.n, self.has_search = meta["revision"], meta["n"], meta["has_search"]
        self.built_s = meta.get("built_s", 0.0)
        for k in cls._LISTS:
            setattr(self, k, meta[k])
        try:
            for name in cls._ARRAYS:
                f = path / f"{name.lstrip('_')}.npy"
                setattr(self, name, _mapped(f) if f.exists() else None)
            cells = {k: _mapped(path / f"cells_{k}.npy")
                     for k in ("gx", "gy", "g", "c", "n", "fat", "lat", "lon")
                     if (path / f"cells_{k}.npy").exists()}
        except (OSError, ValueError):
            return None
        self._cells = cells if len(cells) == 8 else None
        self._derive()
        self.mask_dir = str(path / "masks")
        return self

    def _derive(self) -> None:
        """The look-up tables made from the vocabularies (cheap; not saved)."""
        low = self._low

        def lowered(values: list[str]) -> dict[str, list[int]]:
            out: dict[str, list[int]] = {}
            for i, v in enumerate(values):
                out.setdefault(low(v), []).append(i)
            return out
        self._type_codes = lowered(self.types)
        self._sub_codes = lowered(self.subs)
        self._country_codes = lowered(self.countries)
        self._admin1_codes = lowered(self.admin1s)
        self._actor_low = [low(a) for a in self.actors]

    def nbytes(self) -> int:
        arrays = (self.day, self.type, self.sub, self.country, self.admin1, self.a1, self.a2, self.lat,
                  self.lon, self.located, self.fat_known, self.fat, self.loc, self.sdoc, self.id_ends)
        return int(sum(a.nbytes for a in arrays) + self.ids.nbytes)

    # ------------------------------------------------------------------ filters

    def _event_id(self, i: int) -> str:
        a = int(self.id_ends[i - 1]) if i else 0
        return self.ids[a:int(self.id_ends[i])].tobytes().decode()

    def _date_str(self, code: int) -> str:
        v = int(self.days[code])
        return f"{v // 10000:04d}-{v // 100 % 100:02d}-{v % 100:02d}"

    def _slice(self, since: int | None, until: int | None) -> tuple[int, int]:
        """Rows whose day is in [since, until] (ints YYYYMMDD): a slice of the listing order,
        where the day codes fall from the newest day to 0, then -1 (no date)."""
        if since is None and until is None:
            return 0, self.n
        # codes of the days in the window
        hi_code = (int(np.searchsorted(self.days, until, "right")) - 1) if until is not None else len(self.days) - 1
        lo_code = int(np.searchsorted(self.days, since, "left")) if since is not None else 0
        if hi_code < lo_code:
            return 0, 0
        neg = self._neg_day              # non-decreasing along the rows (no date: +1, last)
        # the value in the array's own type: another type would convert the whole array first
        lo = int(np.searchsorted(neg, neg.dtype.type(-hi_code), "left"))
        hi = int(np.searchsorted(neg, neg.dtype.type(-lo_code), "right"))
        return lo, hi

    def _code_mask(self, arr: np.ndarray, codes: list[int] | None, lo: int, hi: int) -> np.ndarray | bool:
        if not codes:
            return False
        if len(codes) == 1:
            return arr[lo:hi] == codes[0]
        return np.isin(arr[lo:hi], codes)

    def _cached(self, kind: str, key: str, make: Any) -> np.ndarray:
        k = (kind, key)
        with self._lock:
            m = self._masks.get(k)
            if m is not None:
                self._masks.move_to_end(k)
                return m
        m = self._mask_file(kind, key, make)
        with self._lock:
            self._masks[k] = m
            while len(self._masks) > 24:
                self._masks.popitem(last=False)
        return m

    MAX_MASK_FILES = 4096

    def _mask_file(self, kind: str, key: str, make: Any) -> np.ndarray:
        """``make()``, through the files of ``mask_dir`` when the columns were saved: a word's
        mask (one bit an event) is then found once for every server process and restart."""
        d = self.mask_dir
        if d is None:
            return make()
        import hashlib
        f = Path(d) / f"{kind}-{hashlib.sha1(key.encode()).hexdigest()[:20]}.npy"
        try:
            return np.unpackbits(np.load(f, allow_pickle=False), count=self.n).view(bool)
        except (OSError, ValueError):
            pass
        m = make()
        try:
            Path(d).mkdir(exist_ok=True)
            if sum(1 for _ in Path(d).iterdir()) < self.MAX_MASK_FILES:
                tmp = f.with_name(f".{f.name}.{os.getpid()}.{threading.get_ident()}.npy")
                np.save(tmp, np.packbits(m), allow_pickle=False)
                os.replace(tmp, f)
        except OSError:
            pass                                 # a read-only or full disk: kept in memory only
        return m

    def _actor_mask(self, actor: str) -> np.ndarray:
        def make() -> np.ndarray:
            pat = str(actor).lower()
            lut = np.zeros(len(self.actors) + 1, bool)        # the last entry: NULL (-1)
            for i, name in enumerate(self._actor_low):
                if pat in name:
                    lut[i] = True
            if not lut.any():
                return np.zeros(self.n, bool)
            return lut[self.a1] | lut[self.a2]
        return self._cached("actor", str(actor).lower(), make)

    def _text_mask(self, text: str) -> np.ndarray:
        def make() -> np.ndarray:
            terms = search.query_terms(str(text))
            if not terms:
                return np.zeros(self.n, bool)
            with self._store.engine.connect() as conn:
                if self.dialect == "sqlite":
                    q = sql_text("SELECT rowid FROM search_fts WHERE search_fts MATCH :q")
                    rows = conn.execute(q, {"q": search.fts5_query(terms)})
                else:
                    q = sql_text("SELECT id FROM search_docs WHERE to_tsvector('simple', body) @@ "
                                 "to_tsquery('simple', :q)")
                    rows = conn.execute(q, {"q": search.tsquery(terms)})
                found = np.fromiter((r[0] for r in rows), np.int64)
            if not found.size:
                return np.zeros(self.n, bool)
            top = int(max(found.max(), self.sdoc.max(initial=0))) + 2
            lut = np.zeros(top, bool)
            lut[found] = True                 # sdoc -1 (no search row) reads lut[-1]: False
            return lut[self.sdoc]
        return self._cached("text", str(text), make)

    def select(self, filters: dict[str, Any], *, located: bool = False) -> tuple[int, int, np.ndarray | None]:
        """``(lo, hi, mask)``: the rows matching ``filters`` are those of ``lo:hi`` where ``mask``
        (over that slice) is true; ``mask`` None means all of them."""
        _check_filters(filters)
        since = _check_day(filters.get("since"), "since")
        until = _check_day(filters.get("until"), "until")
        lo, hi = self._slice(since, until)
        mask: Any = None

        def both(m: Any) -> None:
            nonlocal mask
            if m is False:
                mask = np.zeros(hi - lo, bool)
            elif mask is None:
                mask = m                 # may be a view of a kept mask: never changed in place
            else:
                mask = mask & m
        if hi <= lo:
            return lo, lo, None
        t = filters.get("type")
        if t:
            t = str(t).lower()
            tc, sc = self._type_codes.get(t), self._sub_codes.get(t)
            if tc and sc:
                both(self._code_mask(self.type, tc, lo, hi) | self._code_mask(self.sub, sc, lo, hi))
            elif tc:
                both(self._code_mask(self.type, tc, lo, hi))
            else:
                both(self._code_mask(self.sub, sc, lo, hi))
        c = filters.get("country")
        if c:
            both(self._code_mask(self.country, self._country_codes.get(str(c).lower()), lo, hi))
        a = filters.get("admin1")
        if a:
            both(self._code_mask(self.admin1, self._admin1_codes.get(str(a).lower()), lo, hi))
        if filters.get("actor"):
            both(self._actor_mask(filters["actor"])[lo:hi])
        if filters.get("text"):
            both(self._text_mask(filters["text"])[lo:hi])
        bb = filters.get("bbox")
        if bb is not None and bb != "":
            bb = _parse_bbox(bb)
        if bb:
            w, s, e, n = bb
            lon, lat = self.lon[lo:hi], self.lat[lo:hi]
            both((lon >= w) & (lon <= e) & (lat >= s) & (lat <= n))
        elif located:
            both(self.located[lo:hi])
        if mask is not None and mask is not False and not isinstance(mask, np.ndarray):
            mask = np.full(hi - lo, bool(mask))
        return lo, hi, mask

    def serves(self, filters: dict[str, Any]) -> bool:
        """Whether these filters can be answered here (text needs the store's search index)."""
        return not filters.get("text") or self.has_search

    def _rows(self, filters: dict[str, Any], located: bool = False) -> np.ndarray:
        """The matching row numbers, in listing order."""
        lo, hi, mask = self.select(filters, located=located)
        if mask is None:
            return np.arange(lo, hi)
        return np.flatnonzero(mask) + lo

    @staticmethod
    def _count(lo: int, hi: int, mask: np.ndarray | None) -> int:
        return hi - lo if mask is None else int(np.count_nonzero(mask))

    # ------------------------------------------------------------------ queries

    def page(self, filters: dict[str, Any], limit: int | None, offset: int = 0) -> tuple[list[str], int]:
        """The event ids of one list page (listing order) and the number of matching events."""
        lo, hi, mask = self.select(filters)
        total = self._count(lo, hi, mask)
        stop = None if limit is None else offset + int(limit)
        if mask is None:
            idx = range(lo + offset, hi if stop is None else min(hi, lo + stop))
        else:
            idx = (np.flatnonzero(mask)[offset:stop] + lo).tolist()
        return [self._event_id(i) for i in idx], total

    def map_points(self, *, limit: int = 5000, fit: bool = False, **filters: Any) -> dict[str, Any]:
        """As ``hadath.store.aggregate.map_points``."""
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise HadathInputError("limit must be a positive integer")
        if fit:                                  # the count alone may say they do not fit
            got = self._cells_from_cube(filters, self.CUBE_ZOOM)
            if got is not None and int(got[2].sum()) > limit:
                return {"total": int(got[2].sum()), "items": [], "truncated": True}
        lo, hi, mask = self.select(filters, located=True)
        total = self._count(lo, hi, mask)
        if fit and total > limit:
            return {"total": total, "items": [], "truncated": True}
        rows = (np.arange(lo, hi) if mask is None else np.flatnonzero(mask) + lo)[:limit]
        items = []
        types, locs = self.types, self.locs
        for i, la, lo_, t, f, fk, d, lc in zip(rows.tolist(), self.lat[rows].tolist(), self.lon[rows].tolist(),
                                               self.type[rows].tolist(), self.fat[rows].tolist(),
                                               self.fat_known[rows].tolist(), self.day[rows].tolist(),
                                               self.loc[rows].tolist()):
            items.append({"id": self._event_id(i), "lat": la, "lon": lo_, "type": types[t],
                          "fatalities": f if fk else None, "date": self._date_str(d) if d >= 0 else None,
                          "location": locs[lc] if lc >= 0 else None})
        return {"total": total, "items": items, "truncated": total > len(items)}

    def grid_clusters(self, *, zoom: int, limit: int = 5000, **filters: Any) -> dict[str, Any]:
        """As ``hadath.store.aggregate.grid_clusters``."""
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise HadathInputError("limit must be a positive integer")
        size = cell_degrees(zoom)              # checks the zoom too
        got = self._cells_from_cube(filters, zoom)
        if got is None:
            lo, hi, mask = self.select(filters, located=True)
            if mask is None:
                lat, lon, fat = self.lat[lo:hi], self.lon[lo:hi], self.fat[lo:hi]
            else:
                lat, lon, fat = self.lat[lo:hi][mask], self.lon[lo:hi][mask], self.fat[lo:hi][mask]
            gx = ((lon + 180.0) / size).astype(np.int64)      # >= 0, so truncation is floor
            gy = ((lat + 90.0) / size).astype(np.int64)
            ones = None
        else:
            gx, gy, ones, fat, lat, lon = got                  # per cube group: its events and sums
        total = int(lat.size if ones is None else ones.sum())
        out = {"zoom": zoom, "cell": size, "total": total, "fatalities": int(round(float(fat.sum()))),
               "cells": 0, "items": [], "truncated": False}
        if not gx.size or not total:
            return out
        x0, y0 = int(gx.min()), int(gy.min())
        w, h = int(gx.max()) - x0 + 1, int(gy.max()) - y0 + 1
        if w * h <= 4 * gx.size + 65536:
            key = (gx - x0) * h + (gy - y0)
            n = np.bincount(key, weights=ones, minlength=w * h)
            keys = np.flatnonzero(n)
            inv = None
        else:
            keys, inv = np.unique((gx - x0) * h + (gy - y0), return_inverse=True)
            key = inv
            n = np.bincount(key, weights=ones)
        dead = np.bincount(key, weights=fat, minlength=n.size)
        slat = np.bincount(key, weights=lat, minlength=n.size)
        slon = np.bincount(key, weights=lon, minlength=n.size)
        if inv is None:
            n, dead, slat, slon = n[keys], dead[keys], slat[keys], slon[keys]
        n = np.rint(n).astype(np.int64)
        keep = n > 0
        if not keep.all():
            keys, n, dead, slat, slon = keys[keep], n[keep], dead[keep], slat[keep], slon[keep]
        cx, cy = keys // h + x0, keys % h + y0
        order = np.lexsort((cy, cx, -n))[:limit]
        items = []
        for k in order.tolist():
            c = int(n[k])
            gxk, gyk = int(cx[k]), int(cy[k])
            ww, ss = gxk * size - 180.0, gyk * size - 90.0
            items.append({"lat": round(float(slat[k]) / c, 5), "lon": round(float(slon[k]) / c, 5), "n": c,
                          "fatalities": int(round(dead[k])),
                          "bounds": [round(ww, 6), round(ss, 6), round(ww + size, 6), round(ss + size, 6)]})
        out.update(cells=int(keys.size), items=items, truncated=int(keys.size) > len(items))
        return out

    # -- the map's cube: events per cell of the finest cube zoom, (type, sub-type) pair and country

    CUBE_ZOOM = 9

    def _build_cells(self) -> None:
        self._cells = None
        loc = np.flatnonzero(self.located)
        if not loc.size:
            return
        size = cell_degrees(self.CUBE_ZOOM)
        gx = ((self.lon[loc] + 180.0) / size).astype(np.int64)
        gy = ((self.lat[loc] + 90.0) / size).astype(np.int64)
        nc = len(self.countries) + 1
        ng = len(self._g_type)
        ny = int(gy.max()) + 1
        cty = np.where(self.country[loc] >= 0, self.country[loc], nc - 1)
        key = ((gx * ny + gy) * ng + self._g_of_row[loc]) * nc + cty
        uk, inv = np.unique(key, return_inverse=True)
        if uk.size > max(200_000, loc.size // 2):        # too little gathered to be worth it
            return
        rest, c = np.divmod(uk, nc)
        cell, g = np.divmod(rest, ng)
        gxu, gyu = np.divmod(cell, ny)
        self._cells = {"gx": gxu, "gy": gyu, "g": g, "c": c,
                       "n": np.bincount(inv).astype(np.float64),
                       "fat": np.bincount(inv, weights=self.fat[loc]),
                       "lat": np.bincount(inv, weights=self.lat[loc]),
                       "lon": np.bincount(inv, weights=self.lon[loc])}

    def _cells_from_cube(self, filters: dict[str, Any], zoom: int) -> tuple[np.ndarray, ...] | None:
        """``(gx, gy, n, deaths, sum lat, sum lon)`` per cube group, with the group's cell at
        ``zoom``, for the filters the cube holds: type, country, and a box on the cell edges of
        ``zoom`` (what the page asks); None otherwise (the rows answer)."""
        cube = self._cells
        if cube is None or zoom > self.CUBE_ZOOM or \
                any(filters.get(k) for k in ("since", "until", "actor", "text", "admin1")):
            return None
        _check_filters(filters)
        shift = self.CUBE_ZOOM - zoom
        gx, gy = cube["gx"] >> shift, cube["gy"] >> shift
        keep = np.ones(gx.size, bool)
        bb = filters.get("bbox")
        if bb is not None and bb != "":
            bb = _parse_bbox(bb)
        if bb:
            w, s, e, n = bb
            size = cell_degrees(zoom)
            edges = [(w + 180.0) / size, (s + 90.0) / size, (e + 180.0) / size, (n + 90.0) / size]
            if any(v != int(v) or v < 0 for v in edges):
                return None                     # a box off the grid: the rows answer
            # an event exactly on the east or north edge is inside the box but in the next cell
            if np.any((self.lon == e) | (self.lat == n)):
                return None
            x0, y0, x1, y1 = (int(v) for v in edges)
            keep &= (gx >= x0) & (gx < x1) & (gy >= y0) & (gy < y1)
        t = filters.get("type")
        if t:
            t = str(t).lower()
            gsel = np.isin(self._g_type, self._type_codes.get(t, [])) | \
                np.isin(self._g_sub, self._sub_codes.get(t, []))
            keep &= gsel[cube["g"]]
        c = filters.get("country")
        if c:
            csel = np.zeros(len(self.countries) + 1, bool)
            csel[self._country_codes.get(str(c).lower(), [])] = True
            keep &= csel[cube["c"]]
        return gx[keep], gy[keep], cube["n"][keep], cube["fat"][keep], cube["lat"][keep], cube["lon"][keep]

    def _build_cube(self) -> None:
        """Events and deaths per month, (type, sub-type) pair and country: the timeline of the
        page's usual filters (type, country, no dates) is then a sum over a few thousand cells."""
        self._cube_n = self._cube_f = None
        ns = max(1, len(self.subs))
        pair = self.type.astype(np.int64) * ns + self.sub
        upairs, g = np.unique(pair, return_inverse=True)
        self._g_type, self._g_sub = upairs // ns, upairs % ns
        self._g_of_row = g.astype(np.int64)
        nc = len(self.countries) + 1                       # the last: no country
        m, ng = len(self._months), len(upairs)
        if not m or m * ng * nc > 4_000_000:
            return
        dated = self.day >= 0
        cty = np.where(self.country >= 0, self.country, nc - 1)[dated]
        key = (self._month_of_day[self.day[dated]].astype(np.int64) * ng + g[dated]) * nc + cty
        self._cube_n = np.bincount(key, minlength=m * ng * nc).reshape(m, ng, nc).astype(np.int32)
        self._cube_f = np.bincount(key, weights=self.fat[dated], minlength=m * ng * nc).reshape(m, ng, nc)
        # a pair -> its type, as a matrix (pairs x types) to fold the pairs into types
        self._g_onehot = np.zeros((ng, len(self.types)), np.float64)
        self._g_onehot[np.arange(ng), self._g_type] = 1.0

    def _from_cube(self, filters: dict[str, Any]) -> tuple[np.ndarray, np.ndarray] | None:
        """``(n, deaths)`` per month and type from the cube, when the filters are type and
        country only; else None."""
        if self._cube_n is None or any(filters.get(k) for k in ("since", "until", "actor", "text", "admin1")) \
                or filters.get("bbox") not in (None, ""):
            return None
        _check_filters(filters)
        n, f = self._cube_n, self._cube_f
        t = filters.get("type")
        if t:
            t = str(t).lower()
            gsel = np.isin(self._g_type, self._type_codes.get(t, [])) | \
                np.isin(self._g_sub, self._sub_codes.get(t, []))
            n, f = n[:, gsel], f[:, gsel]
            onehot = self._g_onehot[gsel]
        else:
            onehot = self._g_onehot
        c = filters.get("country")
        if c:
            codes = self._country_codes.get(str(c).lower(), [])
            n, f = n[:, :, codes].sum(axis=2), f[:, :, codes].sum(axis=2)
        else:
            n, f = n.sum(axis=2), f.sum(axis=2)
        return n @ onehot, f @ onehot

    def _counts(self, filters: dict[str, Any], by: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(labels, n, deaths)``: the days (YYYYMMDD) or months (YYYYMM) and, per label and
        type, the dated matching events and their deaths."""
        if by not in ("day", "month"):
            raise HadathInputError("by must be 'day' or 'month'")
        if by == "month":
            got = self._from_cube(filters)
            if got is not None:
                return self._months, got[0], got[1]
        lo, hi, mask = self.select(filters)
        day = self.day[lo:hi]
        dated = day >= 0
        mask = dated if mask is None else (mask & dated)
        if by == "month":
            unit, labels = self._month_of_day[day[mask]], self._months
        else:
            unit, labels = day[mask], self.days
        nt = len(self.types)
        key = unit.astype(np.int64) * nt + self.type[lo:hi][mask]
        size = labels.size * nt
        n = np.bincount(key, minlength=size).reshape(labels.size, nt)
        f = np.bincount(key, weights=self.fat[lo:hi][mask], minlength=size).reshape(labels.size, nt)
        return labels, n, f

    def _labels(self, by: str) -> list[str]:
        """The label of each day code (YYYY-MM-DD) or month code (YYYY-MM), made once."""
        key = "_month_labels" if by == "month" else "_day_labels"
        got = self.__dict__.get(key)
        if got is None:
            if by == "month":
                got = [f"{v // 100:04d}-{v % 100:02d}" for v in self._months.tolist()]
            else:
                got = [f"{v // 10000:04d}-{v // 100 % 100:02d}-{v % 100:02d}" for v in self.days.tolist()]
            self.__dict__[key] = got
        return got

    def timeline(self, *, by: str = "day", **filters: Any) -> list[dict[str, Any]]:
        """As ``hadath.store.aggregate.timeline``: ``[{"date", "n", "fatalities"}]``."""
        _, n, f = self._counts(filters, by)
        n, f = np.rint(n.sum(axis=1)).astype(np.int64), np.rint(f.sum(axis=1)).astype(np.int64)
        keep = np.flatnonzero(n > 0)
        labels = self._labels(by)
        return [{"date": labels[k], "n": a, "fatalities": b}
                for k, a, b in zip(keep.tolist(), n[keep].tolist(), f[keep].tolist())]

    def counts_by_day(self, *, by: str = "day", **filters: Any) -> list[dict[str, Any]]:
        """As ``Store.counts_by_day`` (events): ``[{"date", "event_type", "n"}]``."""
        _, n, _ = self._counts(filters, by)
        names = sorted(range(len(self.types)), key=lambda i: self.types[i])   # ORDER BY event_type
        n = np.rint(n[:, names]).astype(np.int64)
        ks, js = np.nonzero(n > 0)
        labels, types = self._labels(by), [self.types[i] for i in names]
        return [{"date": labels[k], "event_type": types[j], "n": v}
                for k, j, v in zip(ks.tolist(), js.tolist(), n[ks, js].tolist())]

    def facets(self) -> dict[str, list[dict[str, Any]]]:
        """As ``Store.facets``."""
        def counted(codes: np.ndarray, values: list[str]) -> list[dict[str, Any]]:
            n = np.bincount(codes[codes >= 0], minlength=len(values))
            return [{"value": values[i], "n": int(n[i])}
                    for i in sorted(np.flatnonzero(n).tolist(), key=lambda i: (-int(n[i]), values[i]))]
        types = counted(self.type, self.types)
        countries = counted(self.country, self.countries)
        ok = self.admin1 >= 0
        nc = len(self.countries) + 1
        pair = self.admin1[ok].astype(np.int64) * nc + np.where(self.country[ok] >= 0, self.country[ok], nc - 1)
        pn = np.bincount(pair)
        admin1s = []
        for k in np.flatnonzero(pn).tolist():
            a, c = divmod(k, nc)
            admin1s.append({"value": self.admin1s[a], "country": self.countries[c] if c < nc - 1 else None,
                            "n": int(pn[k])})
        admin1s.sort(key=lambda d: (-d["n"], d["value"], d["country"] or ""))
        na = np.bincount(self.a1[self.a1 >= 0], minlength=len(self.actors)) + \
            np.bincount(self.a2[self.a2 >= 0], minlength=len(self.actors))
        actors = [{"value": self.actors[i], "n": int(na[i])}
                  for i in sorted(np.flatnonzero(na).tolist(), key=lambda i: (-int(na[i]), self.actors[i]))]
        return {"types": types, "countries": countries, "admin1s": admin1s, "actors": actors}
