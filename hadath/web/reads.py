"""The page's read queries, answered from the in-memory columns when they are current.

``Reads`` wraps a ``Store``: ``query_events``, ``map_points``, ``grid_clusters``,
``timeline``, ``counts_by_day`` and ``facets`` give what the store (and
``hadath.store.aggregate``) give, from ``hadath.store.columns.EventColumns`` when those
were built at the store's current revision, else from SQL. The columns are built in a
background thread when the app starts and again when a request finds the store changed since
(at most one build at a time, and after a build that took more than a second not before four
times its length has passed; requests in between are answered from SQL, so an answer is never
stale). ``columns=False`` (``hadath serve --no-columns``) keeps every answer in SQL.
"""
from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from typing import Any

from ..store import aggregate as AG
from .cache import REQUEST_REVISION

log = logging.getLogger("hadath.web")

__all__ = ["Reads"]


def _store_key(store: Any) -> str:
    """A directory name for one store: its URL (password hidden) and, for a SQLite file, the
    file's device and inode (a file replaced by another is another store)."""
    import hashlib
    url = store.engine.url
    ident = url.render_as_string(hide_password=True)
    if store.dialect == "sqlite" and url.database:
        try:
            st = os.stat(url.database)
            ident += f"|{st.st_dev}|{st.st_ino}"
        except OSError:
            pass
    return hashlib.sha1(ident.encode()).hexdigest()[:16]


def glibc(call: str, *args: int) -> None:
    """Call a glibc memory function (``malloc_trim``, ``mallopt``) when the C library is glibc;
    best effort: other C libraries are left as they are."""
    try:
        import ctypes
        import ctypes.util
        name = ctypes.util.find_library("c")
        if name and "libc" in name:
            getattr(ctypes.CDLL(name), call)(*args)
    except (OSError, AttributeError, ValueError):
        pass


def _return_freed_memory() -> None:
    """Give the memory glibc keeps after a large build back to the system."""
    glibc("malloc_trim", 0)


class Reads:
    def __init__(self, store: Any, *, columns: bool = True, columns_dir: str | None = None) -> None:
        self.store = store
        self.columns_dir = columns_dir
        self.enabled = columns and callable(getattr(store, "revision", None)) and hasattr(store, "engine")
        self.cols: Any = None
        self.state = "off" if not self.enabled else "waiting"
        self.error: str | None = None
        self._building = False
        self._lock = threading.Lock()
        self.served = {"columns": 0, "sql": 0}
        self.loaded = False
        self._failed_at: int | None = None
        self._built_at = 0.0

    # ---- the columns' life
    def start(self) -> None:
        """Build the columns in the background (no-op when disabled or already building)."""
        if not self.enabled:
            return
        with self._lock:
            if self._building:
                return
            self._building = True
        threading.Thread(target=self._build, name="hadath-columns", daemon=True).start()

    def _build(self) -> None:
        try:
            from ..store.columns import EventColumns
            self.state = "building"
            cols = self._load_or_build(EventColumns)
            self.cols, self.state, self.error = cols, "ready", None
            self._built_at = time.monotonic()
            _return_freed_memory()          # the build's row objects: about as much again as the arrays
            log.info("columns: %s events at revision %s in %.1f s", cols.n, cols.revision, cols.built_s)
        except Exception as e:                  # noqa: BLE001 - SQL answers instead; reported in health
            self.cols = None
            self.state, self.error = "failed", f"{type(e).__name__}: {e}"
            try:
                self._failed_at = self.store.revision()
            except Exception:                   # noqa: BLE001 - the database is down
                self._failed_at = None
            log.warning("columns not built (%s); answering from SQL", self.error)
        finally:
            with self._lock:
                self._building = False

    def _load_or_build(self, EventColumns: Any) -> Any:
        """Without a directory: build. With one: the columns saved there at the store's revision
        (memory-mapped, so every server process shares one copy), else build and save them; a lock
        file makes one process build while the others wait for its copy."""
        if not self.columns_dir:
            return EventColumns.build(self.store)
        try:
            import fcntl
        except ImportError:                     # not POSIX: each process builds its own
            return EventColumns.build(self.store)
        os.makedirs(self.columns_dir, mode=0o700, exist_ok=True)
        if hasattr(os, "getuid") and os.stat(self.columns_dir).st_uid != os.getuid():
            log.warning("columns: %s belongs to another user; not used", self.columns_dir)
            return EventColumns.build(self.store)
        base = os.path.join(self.columns_dir, _store_key(self.store))
        os.makedirs(base, mode=0o700, exist_ok=True)
        with open(os.path.join(base, "lock"), "a+") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                rev = self.store.revision()
                path = os.path.join(base, f"rev-{rev}")
                cols = EventColumns.load(path, self.store) if rev is not None else None
                if cols is not None and cols.revision == rev and cols.n == self._count_events():
                    self.loaded = True
                    return cols
                cols = EventColumns.build(self.store)
                if cols.revision is not None:
                    mine = f"rev-{cols.revision}"
                    try:
                        cols.save(os.path.join(base, mine))
                    except OSError as e:            # a full or read-only disk: this process's own copy
                        log.warning("columns not saved in %s (%s)", base, e)
                        return cols
                    for old in os.listdir(base):       # older copies (a process still using one
                        if old.startswith("rev-") and old != mine:      # keeps its open files)
                            shutil.rmtree(os.path.join(base, old), ignore_errors=True)
                    # use the saved files (shared) rather than this process's own arrays
                    cols = EventColumns.load(os.path.join(base, mine), self.store) or cols
                return cols
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _count_events(self) -> int:
        """The store's events now: a saved copy of another store that happens to share the URL and
        the revision number (a database dropped and made again) is not taken for this one's."""
        from sqlalchemy import text
        with self.store.engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM events")).scalar_one())

    def wait(self, timeout: float = 600.0) -> bool:
        """Until a build finishes (for tests and benchmarks); True when the columns are ready."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self._lock:
                if not self._building and self.state != "waiting":
                    return self.cols is not None
            time.sleep(0.02)
        return False

    def status(self) -> dict[str, Any]:
        c = self.cols
        return {"state": self.state, "events": c.n if c else None, "revision": c.revision if c else None,
                "built_s": c.built_s if c else None, "mib": round(c.nbytes() / 2**20, 1) if c else None,
                "loaded": self.loaded, "dir": self.columns_dir, "error": self.error,
                "served": dict(self.served)}

    def _current(self, filters: dict[str, Any]) -> Any:
        c = self.cols
        if c is None or self.state == "failed":
            if self.state == "failed" and self._failed_at != self.store.revision():
                self.start()                      # the store changed since: try again
            self.served["sql"] += 1
            return None
        rev = REQUEST_REVISION.get()             # the cache read it for this request
        if rev is None:
            rev = self.store.revision()
        if rev is None or rev != c.revision:
            # the store changed: build again (SQL meanwhile), but a store written every minute does
            # not keep a core rebuilding: a pause of four builds' time after a long build
            pause = 4 * c.built_s if c.built_s > 1 else 0.0
            if time.monotonic() - self._built_at >= pause:
                self.start()
            self.served["sql"] += 1
            return None
        if not c.serves(filters):
            self.served["sql"] += 1
            return None
        self.served["columns"] += 1
        return c

    # ---- the queries
    def query_events(self, *, limit: int | None = 100, offset: int = 0, **filters: Any
                     ) -> tuple[list[dict[str, Any]], int]:
        c = self._current(filters)
        if c is None:
            return self.store.query_events(limit=limit, offset=offset, **filters)
        ids, total = c.page(filters, limit, offset)
        return self.store.events_by_id(ids), total

    def map_points(self, **kw: Any) -> dict[str, Any]:
        c = self._current(kw)
        return AG.map_points(self.store, **kw) if c is None else c.map_points(**kw)

    def grid_clusters(self, **kw: Any) -> dict[str, Any]:
        c = self._current(kw)
        return AG.grid_clusters(self.store, **kw) if c is None else c.grid_clusters(**kw)

    def timeline(self, **kw: Any) -> list[dict[str, Any]]:
        c = self._current(kw)
        return AG.timeline(self.store, **kw) if c is None else c.timeline(**kw)

    def counts_by_day(self, **kw: Any) -> list[dict[str, Any]]:
        c = self._current(kw)
        return self.store.counts_by_day(**kw) if c is None else c.counts_by_day(**kw)

    def facets(self) -> dict[str, list[dict[str, Any]]]:
        c = self._current({})
        return self.store.facets() if c is None else c.facets()
