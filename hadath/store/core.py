"""The ``Store``: ingest, fusion updates and queries over SQLAlchemy Core."""
from __future__ import annotations

import contextlib
import datetime as _dt
import functools
import hashlib
import json
import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import (Connection, Float, Integer, and_, bindparam, create_engine, event, exists, false, func,
                        inspect, literal, or_, select)
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from ..errors import HadathInputError
from ..types import EVENT_FIELDS, Document
from . import _write
from . import schema as S
from . import rollup, search
from .result import IngestResult

__all__ = ["Store", "IngestResult", "StoreUnavailable", "normalise_url", "content_hash"]

_JSON_EVENT = ("persons", "evidence", "triggers")
_CLUSTER_FIELDS = ("event_type", "sub_event_type", "event_date", "time_precision", "actor1", "inter1",
                   "actor2", "inter2", "country", "admin1", "admin2", "location", "location_text",
                   "latitude", "longitude", "geo_precision", "fatalities", "injuries")


# An actor substring matching more stored names than this is passed to the database as a
# sub-query instead of a list of names.
_MAX_IN_NAMES = 200


# A text search matching more articles than this is passed to the database as a sub-query.
_MAX_IN_DOCS = 500


def _json_list(v: str) -> Any:
    return [] if v == "[]" else json.loads(v)


def _json_or_none(v: str | None) -> Any:
    return json.loads(v) if v else None


_EVENT_KEYS = ("doc_id", "event_id", *EVENT_FIELDS, "triggers", "cluster_id", "title", "outlet", "published", "url")


@functools.lru_cache(maxsize=16)
def _event_reader(columns: tuple[str, ...]) -> Any:
    """A function making the event dict (keys in ``_EVENT_KEYS`` order, JSON lists decoded) of a
    row with these result columns; reads the row by position, which is cheaper per row."""
    pos = {k: i for i, k in enumerate(columns)}
    plan = tuple((k, pos[k], _json_list if k in _JSON_EVENT else _json_or_none if k == "demand" else None)
                 for k in _EVENT_KEYS)

    def read(row: Any) -> dict[str, Any]:
        return {k: f(row[i]) if f else row[i] for k, i, f in plan}
    return read


def _hidden(col: Any) -> Any:
    """``col`` as an expression with the same values that SQLite will not look up in an index."""
    return col + 0 if isinstance(col.type, (Float, Integer)) else col.op("||")(literal(""))


def normalise_url(url: str) -> str:
    if not isinstance(url, str) or not url.strip():
        raise HadathInputError("a store needs a database path or URL")
    u = url.strip()
    if u.startswith("postgres://"):
        u = "postgresql://" + u[len("postgres://"):]
    if u.startswith("postgresql://"):
        return "postgresql+psycopg://" + u[len("postgresql://"):]
    if "://" in u:
        return u
    return "sqlite:///" + os.path.abspath(os.path.expanduser(u))


def content_hash(article: dict[str, Any]) -> str:
    """What makes two articles the same content: their text and publication date."""
    h = hashlib.sha256()
    h.update(str(article.get("published") or "")[:10].encode())
    h.update(b"\x00")
    h.update((article.get("text") or "").encode("utf-8"))
    return h.hexdigest()


class StoreUnavailable(HadathInputError):
    """The database cannot be opened or created (no server, bad credentials, unwritable path)."""


def _safe_url(u: Any) -> str:
    """The URL without its password, for messages."""
    try:
        return u.render_as_string(hide_password=True)
    except Exception:  # pragma: no cover - defensive
        return "(database)"


MAX_ID_CHARS = 512


def _check_storable(article: dict[str, Any]) -> None:
    """Refuse what one of the back-ends cannot store, the same way on both."""
    if len(str(article.get("id") or "")) > MAX_ID_CHARS:
        raise HadathInputError(f"article id longer than {MAX_ID_CHARS} characters")
    for k in ("text", "title", "outlet", "url"):
        v = article.get(k)
        if isinstance(v, str) and "\x00" in v:
            raise HadathInputError(f"the article's {k} contains NUL characters")


def _set_wal(cur: Any, *, deadline_s: float = 30.0) -> None:
    """Switch a SQLite connection to WAL, waiting while another process does the same.

    Two connections converting a new file at the same moment make SQLite refuse one at
    once (a deadlock guard that skips busy_timeout), so the refused one retries."""
    import random
    import sqlite3
    import time
    end = time.monotonic() + deadline_s
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or time.monotonic() > end:
                raise
            time.sleep(random.uniform(0.01, 0.1))


def _like_escape(s: str) -> str:
    """``s`` taken literally inside a LIKE pattern (escape character: backslash)."""
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _parse_bbox(bbox: Any) -> tuple[float, float, float, float] | None:
    if bbox is None or bbox == "":
        return None
    if isinstance(bbox, str):
        bbox = bbox.split(",")
    try:
        w, s, e, n = (float(x) for x in bbox)
    except (TypeError, ValueError):
        raise HadathInputError("bbox must be four numbers: min_lon,min_lat,max_lon,max_lat") from None
    return w, s, e, n


def _check_day(d: Any, name: str) -> str | None:
    if d is None or d == "":
        return None
    s = str(d)[:10]
    try:
        return _dt.date.fromisoformat(s).isoformat()
    except ValueError:
        raise HadathInputError(f"--{name} {d!r} is not an ISO date (YYYY-MM-DD)") from None


class Store:
    """An event store. Create with ``hadath.store.open_store(url)``.

    Safe to share between threads of one process (each call uses its own
    connection from the pool; writes are serialised by a lock).
    """

    def __init__(self, url: str, *, upgrade: bool = True, create: bool = True, echo: bool = False) -> None:
        self.url = normalise_url(url)
        try:
            u = make_url(self.url)
        except ArgumentError as e:
            raise HadathInputError(f"not a database URL: {url!r}") from e
        self.dialect = u.get_backend_name()
        kw: dict[str, Any] = {"echo": echo, "future": True}
        if self.dialect == "sqlite":
            if u.database and u.database != ":memory:":
                if not create and not Path(u.database).is_file():
                    raise StoreUnavailable(f"no store at {u.database} (run 'hadath ingest ... --db' first)")
                try:
                    Path(u.database).parent.mkdir(parents=True, exist_ok=True)
                except OSError as e:
                    raise StoreUnavailable(f"cannot create the store {u.database}: {e.strerror or e}") from e
            kw["connect_args"] = {"timeout": 30, "check_same_thread": False}
        elif self.dialect == "postgresql":
            kw["pool_pre_ping"] = True
        try:
            self.engine: Engine = create_engine(self.url, **kw)
        except (NoSuchModuleError, ModuleNotFoundError) as e:
            raise HadathInputError(
                f"no driver for {self.dialect}: install hadath[postgres] for PostgreSQL ({e})") from e
        if self.dialect == "sqlite":
            @event.listens_for(self.engine, "connect")
            def _pragmas(dbapi_conn, _rec):  # noqa: ANN001
                dbapi_conn.isolation_level = None   # transactions are begun by _begin below
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA busy_timeout=30000")
                _set_wal(cur)
                cur.execute("PRAGMA synchronous=NORMAL")   # WAL + NORMAL: a killed process loses nothing committed
                cur.execute("PRAGMA foreign_keys=ON")
                cur.close()

            @event.listens_for(self.engine, "begin")
            def _begin(conn):  # noqa: ANN001
                # A writer takes the write lock at once (BEGIN IMMEDIATE): two processes ingesting
                # into one file then queue on busy_timeout instead of failing on a lock upgrade.
                conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("hadath_write")
                                     else "BEGIN")
        self._lock = threading.RLock()
        if upgrade:
            try:
                self.upgrade()
            except SQLAlchemyError as e:
                self.engine.dispose()
                raise StoreUnavailable(f"cannot open the store {_safe_url(u)}: "
                                       f"{str(e.orig if getattr(e, 'orig', None) else e).strip().splitlines()[0]}"
                                       ) from e

    # --- schema -----------------------------------------------------------------------------

    def upgrade(self) -> None:
        """Bring the schema to the newest Alembic revision (creates it in an empty database).

        Safe when several processes open a new store at once: the check and the
        migration run under the write lock, so one migrates and the others find it done."""
        if self._at_head():
            return
        from alembic import command
        from alembic.config import Config
        cfg = Config()
        cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
        with self._write_tx() as conn:
            if self._at_head(conn):
                return
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def _at_head(self, conn: Connection | None = None) -> bool:
        if conn is None:
            with self.engine.connect() as c:
                return self._at_head(c)
        if not inspect(conn).has_table("alembic_version"):
            return False
        return conn.execute(sql_text("SELECT version_num FROM alembic_version")).scalar() == S.SCHEMA_REVISION

    def close(self) -> None:
        """Release every connection."""
        for c in self.__dict__.pop("_rev_conns", []):
            c.close()
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # --- ingest -----------------------------------------------------------------------------

    def ingest(self, article: dict[str, Any]) -> IngestResult:
        """Extract events from an article dict (``id``, ``text``, ``published``, ``outlet``,
        ``title``, ``url``) and store it with its mentions and events, updating clusters.

        Idempotent: an article whose id is stored with the same content, or whose
        content is stored under another id, changes nothing (no extraction is run).
        The same id with new content replaces the old article. Raises
        ``HadathInputError`` for input that cannot be coded.
        """
        if not isinstance(article, dict) or not isinstance(article.get("text"), str):
            raise HadathInputError("an article must be a dict with a 'text' string")
        _check_storable(article)
        h = content_hash(article)
        aid = str(article.get("id") or "") or f"sha256:{h[:16]}"
        pre = self._precheck(aid, h)
        if pre is not None:
            return pre
        from ..pipeline import extract_article
        doc = extract_article({**article, "id": aid})
        return self.ingest_document(doc, content_hash=h)

    def _precheck(self, aid: str, h: str, conn: Connection | None = None) -> IngestResult | None:
        if conn is None:
            with self.engine.connect() as c:
                return self._precheck(aid, h, c)
        row = conn.execute(select(S.articles.c.content_hash).where(S.articles.c.id == aid)).first()
        if row is not None:
            return IngestResult(aid, "unchanged") if row[0] == h else None
        dup = conn.execute(select(S.articles.c.id).where(S.articles.c.content_hash == h).limit(1)).first()
        if dup is not None:
            return IngestResult(aid, "duplicate", duplicate_of=dup[0])
        return None

    def ingest_document(self, doc: Document, *, content_hash: str | None = None) -> IngestResult:
        """Store an already-extracted ``Document`` (same idempotence rules as ``ingest``)."""
        _check_storable({"id": doc.id, "text": doc.text, "title": doc.title, "outlet": doc.outlet,
                         "url": doc.url})
        h = content_hash or globals()["content_hash"]({"text": doc.text, "published": doc.published})
        aid = doc.id or f"sha256:{h[:16]}"
        doc.id = aid
        with self._lock:
            pre = self._precheck(aid, h)
            if pre is not None:
                return pre
            with self._write_tx() as conn:
                # Checked again under the write lock: another process may have stored it meanwhile.
                pre = self._precheck(aid, h, conn)
                if pre is not None:
                    return pre
                return _write.write_document(conn, doc, h)

    @contextlib.contextmanager
    def _write_tx(self) -> Iterator[Connection]:
        """A write transaction; one writer at a time across processes."""
        with self.engine.connect() as conn:
            conn.execution_options(hadath_write=True)
            with conn.begin():
                if self.dialect == "postgresql":
                    # Fusion reads the neighbours of new events, then rewrites their clusters.
                    conn.execute(sql_text("SELECT pg_advisory_xact_lock(54329001)"))
                yield conn

    def recluster_all(self) -> int:
        """Recompute every cluster from scratch (e.g. after the fusion rule changed).
        Returns the number of clusters."""
        with self._lock, self._write_tx() as conn:
            return _write.recluster_all(conn)

    # --- queries ----------------------------------------------------------------------------

    def _event_filters(self, since=None, until=None, type=None, actor=None, country=None,  # noqa: A002
                       admin1=None, text=None, bbox=None, table=None, conn: Connection | None = None,
                       hide: bool = False, by_actor: bool = False, keep: str | None = None) -> list[Any]:
        """SQL conditions for the filters (see the module doc) on ``events`` or ``clusters``.

        Written so the indexes of revision 0002 serve them: ``lower(column) = value``
        matches the ``lower(...)`` expression indexes, and the actor substring is
        matched against the small ``actor_names`` table, then found through the
        ``actor1``/``actor2`` indexes. With ``conn``, two cheap look-ups also drop
        the side of the type filter (``event_type`` or ``sub_event_type``) that no
        row has, so a single index can give the rows in listing order; the rows
        selected are the same either way.

        ``hide=True`` (SQLite) writes the same conditions on ``col || ''`` / ``col + 0``
        instead of the columns (same values, NULL stays NULL), which SQLite cannot
        look up in an index: it then reads the listing-order index and stops at the
        page, which is faster when the filter keeps many rows (``_walk_order``).
        Date conditions stay indexable (the listing-order index starts with the date).

        ``by_actor=True`` (SQLite, with an actor) hides every condition but the actor's,
        dates included: the actor indexes (revision 0006) then give the rows with every
        column an aggregate counts, so it is read from the indexes alone.

        ``keep`` (SQLite): the one filter left indexable (``date``, ``type``, ``country``,
        ``admin1``, ``actor``, ``bbox``); every other condition is hidden. A caller that knows
        which filter keeps fewest rows (``hadath.store.aggregate`` asks the rollup) picks it."""
        e = S.events if table is None else table
        same = (lambda col: col)
        if keep is None:
            by_actor = by_actor and bool(actor)
            keep = "actor" if by_actor else ("date" if hide else None)
        if keep is None:
            h = ha = hd = hb = hl = hc = same
        else:
            def pick(name):  # noqa: ANN001, ANN202
                return same if keep == name else _hidden
            ha, hd, hb, h = pick("actor"), pick("date"), pick("bbox"), pick("type")
            hc, hl = pick("country"), pick("admin1")
        a = S.articles
        conds: list[Any] = []
        since, until = _check_day(since, "since"), _check_day(until, "until")
        if since:
            conds.append(hd(e.c.event_date) >= since)
        if until:
            conds.append(hd(e.c.event_date) <= until)
        if type:
            t = str(type).lower()
            cols = [e.c.event_type, e.c.sub_event_type]
            if conn is not None:
                present = [col for col in cols
                           if conn.execute(select(literal(1)).where(func.lower(col) == t).limit(1)).first()]
                cols = present or cols
            sides = [func.lower(h(col)) == t for col in cols]
            conds.append(or_(*sides) if len(sides) > 1 else sides[0])
        if country:
            conds.append(func.lower(hc(e.c.country)) == str(country).lower())
        if admin1:
            conds.append(func.lower(hl(e.c.admin1)) == str(admin1).lower())
        if actor:
            pat = f"%{_like_escape(str(actor).lower())}%"
            an = S.actor_names
            names: Any = select(an.c.name).where(func.lower(an.c.name).like(pat, escape="\\"))
            if conn is not None:
                found = [r[0] for r in conn.execute(names.limit(_MAX_IN_NAMES + 1))]
                if len(found) <= _MAX_IN_NAMES:
                    names = found

            def actor_match(t):  # noqa: ANN001, ANN202
                if isinstance(names, list) and not names:
                    return false()
                return or_(ha(t.c.actor1).in_(names), ha(t.c.actor2).in_(names))
            if table is S.clusters:
                ev = S.events
                conds.append(e.c.cluster_id.in_(select(ev.c.cluster_id).where(actor_match(ev))))
            else:
                conds.append(actor_match(e))
        if text and self._indexed(conn):
            terms = search.query_terms(str(text))
            if not terms:
                conds.append(false())           # no letter or digit: nothing to look up
            else:
                docs: Any = search.matching_articles(self.dialect, terms)
                if conn is not None:
                    # few matching articles: their ids as a list, so the planner looks the events
                    # up by doc_id instead of testing the sub-query on every row another filter keeps
                    found = [r[0] for r in conn.execute(docs.limit(_MAX_IN_DOCS + 1))]
                    if len(found) <= _MAX_IN_DOCS:
                        docs = found
                if isinstance(docs, list) and not docs:
                    conds.append(false())
                elif table is S.clusters:
                    ev = S.events
                    conds.append(e.c.cluster_id.in_(select(ev.c.cluster_id).where(ev.c.doc_id.in_(docs))))
                else:
                    conds.append(e.c.doc_id.in_(docs))
        elif text:
            pat = f"%{_like_escape(str(text))}%"

            def text_match(t):  # noqa: ANN001, ANN202
                return or_(*(col.ilike(pat, escape="\\") for col in
                             (a.c.text, a.c.title, t.c.location_text, t.c.location)))
            if table is S.clusters:
                ev = S.events
                conds.append(exists().where(and_(ev.c.cluster_id == e.c.cluster_id, ev.c.doc_id == a.c.id,
                                                 text_match(ev))))
            else:
                conds.append(text_match(e))
        bb = _parse_bbox(bbox)
        if bb:
            w, s, east, n = bb
            lon, lat = hb(e.c.longitude), hb(e.c.latitude)
            conds += [lon >= w, lon <= east, lat >= s, lat <= n]
        return conds

    def _indexed(self, conn: Connection | None) -> bool:
        """Whether the text filter can use the search index (revision 0005); else ILIKE."""
        if conn is None:
            with self.engine.connect() as c:
                return search.has_index(c)
        return search.has_index(conn)

    @staticmethod
    def _event_dict(r: Any) -> dict[str, Any]:
        return _event_reader(tuple(r._fields))(r)

    def _events_select(self):  # noqa: ANN202
        e, a = S.events, S.articles
        return select(e, a.c.title, a.c.outlet, a.c.published, a.c.url).select_from(
            e.join(a, e.c.doc_id == a.c.id))

    def _walk_order(self, conn: Connection, table: Any, matching: int, needed: int, filtered: bool) -> bool:
        """Whether SQLite should find a page by reading the listing-order index and
        testing each row (``hide=True`` filters) rather than through the filters'
        indexes and a sort: when the filter keeps so many rows that the page is
        reached after reading fewer rows than it keeps (``needed * rows < matching**2``).
        PostgreSQL has statistics (``ANALYZE``) and chooses itself. Only the plan
        changes, never the rows."""
        if self.dialect != "sqlite" or not filtered or matching == 0:
            return False
        n = conn.execute(select(func.max(sql_text("rowid"))).select_from(table)).scalar() or 0
        return needed * n < matching * matching

    def query_events(self, *, since: str | None = None, until: str | None = None, type: str | None = None,  # noqa: A002
                     actor: str | None = None, country: str | None = None, admin1: str | None = None,
                     text: str | None = None, bbox: Any = None, limit: int | None = 100,
                     offset: int = 0, with_evidence_text: bool = False) -> tuple[list[dict[str, Any]], int]:
        """Events matching the filters (see the module doc), newest first
        (``event_date`` descending, then ``doc_id``, then position in the article).
        Returns ``(events, total)`` where ``total`` ignores ``limit``/``offset``;
        ``limit=None`` returns all. ``with_evidence_text`` adds ``evidence_text``
        (the quoted evidence sentences) to each event."""
        e, a = S.events, S.articles
        order = (e.c.event_date.desc().nulls_last(), e.c.doc_id, e.c.seq)
        with self.engine.connect() as conn:
            conds = self._event_filters(since, until, type, actor, country, admin1, text, bbox, conn=conn)
            # Only the text filter needs the articles; events.doc_id is a non-null foreign key,
            # so the join changes no count.
            src = e.join(a, e.c.doc_id == a.c.id) if text and not self._indexed(conn) else e
            q = self._events_select()
            if with_evidence_text:
                q = q.add_columns(a.c.text.label("article_text"))
            total = self._rollup_count(conn, dict(since=since, until=until, type=type, actor=actor,
                                                  country=country, admin1=admin1, text=text, bbox=bbox))
            if total is None:
                total = conn.execute(select(func.count()).select_from(src).where(*conds)).scalar_one()
            if limit is not None:
                # The page's ids first (from the indexes, in listing order), then their rows and
                # articles: the database sorts and skips narrow rows, and joins only one page.
                pconds = conds
                if self._walk_order(conn, e, total, int(limit) + int(offset),
                                    any((type, actor, country, admin1, bbox))):
                    pconds = self._event_filters(since, until, type, actor, country, admin1, text, bbox,
                                                 conn=conn, hide=True)
                page = (select(e.c.event_id).select_from(src).where(*pconds).order_by(*order)
                        .limit(int(limit)).offset(int(offset)))
                q = q.where(e.c.event_id.in_(page)).order_by(*order)
            else:
                q = q.where(*conds).order_by(*order)
                if offset:
                    q = q.offset(int(offset))
            rows = []
            res = conn.execute(q)
            read = _event_reader(tuple(res.keys()))
            for r in res:
                d = read(r)
                if with_evidence_text:
                    txt = r._mapping["article_text"]
                    d["evidence_text"] = [txt[a:b] for a, b in d["evidence"]]
                rows.append(d)
        return rows, int(total)

    def events_by_id(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """The event dicts (as ``query_events`` makes them) of ``ids``, in that order; ids not in
        the store are left out."""
        if not ids:
            return []
        q = self.__dict__.get("_by_id_q")
        if q is None:                            # made once: an expanding parameter, not 50 literals
            q = self._by_id_q = self._events_select().where(
                S.events.c.event_id.in_(bindparam("ids", expanding=True)))
        with self.engine.connect() as conn:
            res = conn.execute(q, {"ids": list(ids)})
            read = _event_reader(tuple(res.keys()))
            got = {d["event_id"]: d for d in map(read, res)}
        return [got[i] for i in ids if i in got]

    def _rollup_count(self, conn: Connection, f: dict[str, Any]) -> int | None:
        """The events matching ``f`` counted from the rollup (revision 0006), or None."""
        if f.get("actor") or f.get("text") or not rollup.present_cached(conn):
            return None
        f = {**f, "since": _check_day(f.get("since"), "since"), "until": _check_day(f.get("until"), "until")}

        def raw(g: dict[str, Any]) -> int:          # a partly covered month: by the date index
            conds = self._event_filters(**g, conn=conn, hide=self.dialect == "sqlite")
            return int(conn.execute(select(func.count()).select_from(S.events).where(*conds)).scalar_one())
        return rollup.total(conn, f, raw)

    def iter_events(self, batch: int = 1000, **filters: Any) -> Iterator[dict[str, Any]]:
        """Every matching event, in ``query_events`` order, fetched in batches."""
        off = 0
        while True:
            rows, _ = self.query_events(limit=batch, offset=off, **filters)
            yield from rows
            if len(rows) < batch:
                return
            off += batch

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """One event dict plus ``article`` (with its ``text``), ``mentions`` and ``evidence_text``."""
        with self.engine.connect() as conn:
            r = conn.execute(self._events_select().where(S.events.c.event_id == event_id)).first()
            if r is None:
                return None
            d = self._event_dict(r)
            art = conn.execute(select(S.articles).where(S.articles.c.id == d["doc_id"])).first()._mapping
            ms = conn.execute(select(S.mentions).where(S.mentions.c.article_id == d["doc_id"])
                              .order_by(S.mentions.c.seq)).all()
        d["article"] = {k: art[k] for k in ("id", "title", "outlet", "published", "url", "text")}
        d["mentions"] = [{"kind": m.kind, "start": m.start, "end": m.end, "text": m.text,
                          "value": json.loads(m.value), "sentence": m.sentence} for m in ms]
        d["evidence_text"] = [art["text"][a:b] for a, b in d["evidence"]]
        return d

    @staticmethod
    def _cluster_summary(r: Any) -> dict[str, Any]:
        m = r._mapping
        d: dict[str, Any] = {"cluster_id": m["cluster_id"]}
        for k in _CLUSTER_FIELDS:
            d[k] = m[k]
        for k in ("n_events", "n_articles", "n_outlets"):
            d[k] = m[k]
        d["outlets"] = json.loads(m["outlets"])
        for k in ("fatalities_conflict", "injuries_conflict", "contradiction"):
            d[k] = bool(m[k])
        return d

    def query_clusters(self, *, since: str | None = None, until: str | None = None, type: str | None = None,  # noqa: A002
                       actor: str | None = None, country: str | None = None, admin1: str | None = None,
                       text: str | None = None, bbox: Any = None, min_articles: int = 1,
                       limit: int | None = 100, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Clusters whose canonical record matches the filters (``actor`` and ``text``
        match any member). ``min_articles=2`` keeps only events told by several
        articles. Returns ``(cluster summaries, total)``, newest first."""
        c = S.clusters
        order = (c.c.event_date.desc().nulls_last(), c.c.cluster_id)
        with self.engine.connect() as conn:
            conds = self._event_filters(since, until, type, actor, country, admin1, text, bbox, table=c,
                                        conn=conn)
            if min_articles and min_articles > 1:
                conds.append(c.c.n_articles >= int(min_articles))
            total = conn.execute(select(func.count()).select_from(c).where(*conds)).scalar_one()
            if limit is not None:
                pconds = conds
                if self._walk_order(conn, c, total, int(limit) + int(offset),
                                    any((type, actor, country, admin1, bbox))):
                    pconds = self._event_filters(since, until, type, actor, country, admin1, text, bbox,
                                                 table=c, conn=conn, hide=True)
                    if min_articles and min_articles > 1:
                        pconds.append(c.c.n_articles >= int(min_articles))
                page = (select(c.c.cluster_id).where(*pconds).order_by(*order)
                        .limit(int(limit)).offset(int(offset)))
                q = select(c).where(c.c.cluster_id.in_(page)).order_by(*order)
            else:
                q = select(c).where(*conds).order_by(*order)
            rows = [self._cluster_summary(r) for r in conn.execute(q)]
        return rows, int(total)

    def iter_clusters(self, batch: int = 1000, **filters: Any) -> Iterator[dict[str, Any]]:
        """Every matching cluster (full ``get_cluster`` dicts), fetched in batches."""
        off = 0
        while True:
            rows, _ = self.query_clusters(limit=batch, offset=off, **filters)
            for r in rows:
                full = self.get_cluster(r["cluster_id"])
                if full is not None:
                    yield full
            if len(rows) < batch:
                return
            off += batch

    def get_cluster(self, cluster_id: str) -> dict[str, Any] | None:
        """A cluster: summary, ``canonical`` record, ``members`` (with sources and
        evidence text), ``figures`` and ``contradictions`` (see the module doc)."""
        with self.engine.connect() as conn:
            r = conn.execute(select(S.clusters).where(S.clusters.c.cluster_id == cluster_id)).first()
            if r is None:
                return None
            d = self._cluster_summary(r)
            canon = json.loads(r._mapping["canonical"])
            mem_rows = conn.execute(self._events_select().add_columns(S.articles.c.text.label("article_text"))
                                    .where(S.events.c.cluster_id == cluster_id)
                                    .order_by(S.events.c.event_id)).all()
            members = []
            for mr in mem_rows:
                md = self._event_dict(mr)
                md["evidence_text"] = [mr._mapping["article_text"][a:b] for a, b in md["evidence"]]
                members.append(md)
            ids = [m["event_id"] for m in members]
            contr = _contradictions_of(conn, ids)
        d["canonical"] = {k: canon.get(k) for k in EVENT_FIELDS if k in canon}
        d["canonical"]["sources"] = canon.get("sources", [])
        d["members"] = members
        d["figures"] = canon.get("figures", {})
        d["contradictions"] = contr
        return d

    def counts_by_day(self, *, since: str | None = None, until: str | None = None, type: str | None = None,  # noqa: A002
                      actor: str | None = None, country: str | None = None, admin1: str | None = None,
                      text: str | None = None, bbox: Any = None,
                      unit: str = "events", by: str = "day") -> list[dict[str, Any]]:
        """``[{"date", "event_type", "n"}]`` per day (``date`` YYYY-MM-DD) or month
        (``by="month"``, ``date`` YYYY-MM) and type, oldest first, for dated events
        (``unit="events"``) or clusters (``unit="clusters"``). The rollup of revision 0006
        answers when the filters allow; the counts are the same."""
        if unit not in ("events", "clusters"):
            raise HadathInputError("unit must be 'events' or 'clusters'")
        if by not in ("day", "month"):
            raise HadathInputError("by must be 'day' or 'month'")
        if by == "month":
            return self._counts_by_month(since=since, until=until, type=type, actor=actor, country=country,
                                         admin1=admin1, text=text, bbox=bbox, unit=unit)
        with self.engine.connect() as conn:
            if unit == "events" and rollup.present_cached(conn):
                got = rollup.day_counts(conn, {"since": _check_day(since, "since"), "until": _check_day(until, "until"),
                                               "type": type, "actor": actor, "country": country,
                                               "admin1": admin1, "text": text, "bbox": bbox})
                if got is not None:
                    return got
            if unit == "clusters":
                t = S.clusters
                conds = self._event_filters(since, until, type, actor, country, admin1, text, bbox, table=t,
                                            conn=conn)
                src = t
            else:
                t = S.events
                by_actor = bool(actor) and self.dialect == "sqlite"
                conds = self._event_filters(since, until, type, actor, country, admin1, text, bbox, conn=conn,
                                            by_actor=by_actor)
                src = t.join(S.articles, t.c.doc_id == S.articles.c.id) if text and not self._indexed(conn) else t
                if by_actor:       # group the actor index's rows, not walk the dates in order
                    day = _hidden(t.c.event_date).label("event_date")
                    q = (select(day, t.c.event_type, func.count().label("n")).select_from(src)
                         .where(day.is_not(None), *conds).group_by(day, t.c.event_type)
                         .order_by(day, t.c.event_type))
                    return [{"date": r[0], "event_type": r[1], "n": int(r[2])} for r in conn.execute(q)]
            q = (select(t.c.event_date, t.c.event_type, func.count().label("n")).select_from(src)
                 .where(t.c.event_date.is_not(None), *conds)
                 .group_by(t.c.event_date, t.c.event_type).order_by(t.c.event_date, t.c.event_type))
            return [{"date": r[0], "event_type": r[1], "n": int(r[2])} for r in conn.execute(q)]

    def _counts_by_month(self, unit: str = "events", **f: Any) -> list[dict[str, Any]]:
        f = {**f, "since": _check_day(f.get("since"), "since"), "until": _check_day(f.get("until"), "until")}

        def raw(g: dict[str, Any]) -> list[dict[str, Any]]:
            t = S.clusters if unit == "clusters" else S.events
            with self.engine.connect() as conn:
                by_actor = unit == "events" and bool(g.get("actor")) and self.dialect == "sqlite"
                conds = self._event_filters(**g, table=t if unit == "clusters" else None, conn=conn,
                                            by_actor=by_actor)
                src = t
                if unit == "events" and g.get("text") and not self._indexed(conn):
                    src = t.join(S.articles, t.c.doc_id == S.articles.c.id)
                m = func.substr(t.c.event_date, 1, 7).label("m")
                q = (select(m, t.c.event_type, func.count()).select_from(src)
                     .where(t.c.event_date.is_not(None), *conds).group_by(m, t.c.event_type)
                     .order_by(m, t.c.event_type))
                return [{"date": r[0], "event_type": r[1], "n": int(r[2])} for r in conn.execute(q)]
        if unit == "events":
            with self.engine.connect() as conn:
                if rollup.present_cached(conn):
                    got = rollup.month_type_counts(conn, f, raw)
                    if got is not None:
                        return got
        return raw(f)

    def facets(self) -> dict[str, list[dict[str, Any]]]:
        """Values present in the store, for filter menus: ``{"types", "countries", "admin1s",
        "actors"}``, each a list of ``{"value", "n"}`` (events), most frequent first;
        ``admin1s`` items also carry ``country``."""
        e = S.events

        def counted(col, *extra):  # noqa: ANN001, ANN202
            return (select(col, *extra, func.count().label("n")).where(col.is_not(None))
                    .group_by(col, *extra).order_by(func.count().desc(), col))
        with self.engine.connect() as conn:
            types = [{"value": r[0], "n": int(r[1])} for r in conn.execute(counted(e.c.event_type))]
            countries = [{"value": r[0], "n": int(r[1])} for r in conn.execute(counted(e.c.country))]
            admin1s = [{"value": r[0], "country": r[1], "n": int(r[2])}
                       for r in conn.execute(counted(e.c.admin1, e.c.country))]
            acts: dict[str, int] = {}
            for col in (e.c.actor1, e.c.actor2):
                for r in conn.execute(counted(col)):
                    acts[r[0]] = acts.get(r[0], 0) + int(r[1])
        actors = [{"value": k, "n": v} for k, v in sorted(acts.items(), key=lambda kv: (-kv[1], kv[0]))]
        return {"types": types, "countries": countries, "admin1s": admin1s, "actors": actors}

    def revision(self) -> int | None:
        """The store's change counter (revision 0006: database triggers add one on every
        insert, update or delete of articles, events or clusters), or None when the store
        has no counter. Read caches keep an answer while it is unchanged."""
        raw = self._raw_revision()
        if raw is not False:
            return raw
        try:
            with self.engine.connect() as conn:
                v = conn.execute(select(S.store_revision.c.n).where(S.store_revision.c.id == 1)).scalar()
        except SQLAlchemyError:
            return None
        return None if v is None else int(v)

    def _raw_revision(self) -> int | None | bool:
        """On a SQLite file: the revision read on this thread's own read-only connection (about
        3 us, against 100 us through the pool; every request of the web app asks it); False
        elsewhere (the caller reads it through the engine)."""
        if self.dialect != "sqlite":
            return False
        local = self.__dict__.get("_rev_local")
        if local is None:
            db = self.engine.url.database
            if not db or db == ":memory:" or db.startswith("file:"):
                self._rev_local = False
                return False
            local = self._rev_local = threading.local()
            self._rev_conns: list[Any] = []
            self._rev_uri = Path(db).absolute().as_uri() + "?mode=ro"
        elif local is False:
            return False
        import sqlite3
        conn = getattr(local, "conn", None)
        try:
            if conn is None:
                conn = local.conn = sqlite3.connect(self._rev_uri, uri=True, check_same_thread=False)
                self._rev_conns.append(conn)
            row = conn.execute("SELECT n FROM store_revision WHERE id = 1").fetchone()
        except sqlite3.Error:
            return None                  # no counter (an old store) or the file is gone
        return None if row is None or row[0] is None else int(row[0])

    def stats(self) -> dict[str, int]:
        """Row counts: articles, mentions, events, clusters, multi-article clusters, contradictions."""
        with self.engine.connect() as conn:
            out = {t: int(conn.execute(select(func.count()).select_from(getattr(S, t))).scalar_one())
                   for t in ("articles", "mentions", "events", "clusters", "contradictions")}
            out["fused_clusters"] = int(conn.execute(select(func.count()).select_from(S.clusters)
                                                     .where(S.clusters.c.n_articles > 1)).scalar_one())
        return out

    def article_ids(self) -> list[str]:
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(select(S.articles.c.id).order_by(S.articles.c.id))]


def _contradictions_of(conn: Connection, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Contradictions touching any of ``ids``, with both sides' evidence."""
    if not ids:
        return []
    t = S.contradictions
    rows = conn.execute(select(t).where(or_(t.c.event_a.in_(list(ids)), t.c.event_b.in_(list(ids))))
                        .order_by(t.c.event_a, t.c.event_b, t.c.kind)).all()
    out = []
    idset = set(ids)
    for r in rows:
        mine, other = (r.event_a, r.event_b) if r.event_a in idset else (r.event_b, r.event_a)
        sides = []
        other_cluster = None
        for eid in (mine, other):
            er = conn.execute(select(S.events.c.event_id, S.events.c.doc_id, S.events.c.evidence,
                                     S.events.c.cluster_id, S.articles.c.outlet, S.articles.c.text)
                              .select_from(S.events.join(S.articles, S.events.c.doc_id == S.articles.c.id))
                              .where(S.events.c.event_id == eid)).first()
            if er is None:
                continue
            spans = json.loads(er.evidence)
            sides.append({"event_id": er.event_id, "doc_id": er.doc_id, "outlet": er.outlet,
                          "spans": spans, "text": [er.text[a:b] for a, b in spans]})
            if eid == other:
                other_cluster = er.cluster_id
        out.append({"kind": r.kind, "event_id": mine, "other_event_id": other,
                    "other_cluster_id": other_cluster, "persons": json.loads(r.persons), "evidence": sides})
    return out
