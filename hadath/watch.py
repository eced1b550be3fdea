"""``hadath watch``: poll news feeds, fetch new article pages, code, store, fuse and alert.

A *round* fetches every source (RSS/Atom feed or sitemap) with a conditional GET
(ETag / Last-Modified), records every item it lists in ``watch_pages`` (pending),
then fetches the pending pages (a few at a time, per-host rate limit, robots.txt
respected), extracts their text (trafilatura, ``hadath.io.html``), and stores each
through ``Store.ingest`` (which codes it and re-fuses its clusters in one
transaction). A page stored once is never fetched again unless its feed item shows
a new date; then it is fetched with its validators, and if its text changed it is
coded again and its events replaced (same article id: ``Store.ingest`` replaces).
Text already stored under another URL (same SHA-256) is not coded again.

Faults (timeout, HTTP error, malformed feed, page not Arabic or without text,
robots.txt refusal, database error) are written to ``watch_faults`` with their
kind and reason; the page stays in ``watch_pages`` as ``error`` and is tried again
after a back-off (``retry_after``, doubled at each attempt), or stays ``pending``
when the database failed. Nothing is lost: a restart resumes from the table.

Alerts: ``watch_alerts`` holds saved filters (type, country, admin1, actor,
min_fatalities, words) and a webhook URL; every new event that matches adds one
``watch_deliveries`` row keyed by its cluster (so an occurrence told by several
outlets alerts once), which is POSTed as JSON to the webhook with retries.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import logging
import re
import threading
import time
import tomllib
import urllib.robotparser
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urldefrag, urljoin, urlsplit

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from . import __version__
from .store import schema as S

log = logging.getLogger("hadath.watch")

USER_AGENT = f"hadath-watch/{__version__} (+https://github.com/hadath/hadath; Arabic conflict news coder)"
FAULT_KINDS = ("timeout", "http", "network", "malformed", "not_arabic", "empty", "robots", "database",
               "webhook", "internal")
ALERT_FILTERS = ("type", "country", "admin1", "actor", "min_fatalities", "words")


def now_iso() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _later(seconds: float) -> str:
    return (_dt.datetime.now(_dt.timezone.utc) + _dt.timedelta(seconds=seconds)).isoformat(timespec="seconds")


def parse_interval(s: str | float | int) -> float:
    """``"15m"``, ``"90s"``, ``"1h"``, ``"2d"`` or a number of seconds."""
    if isinstance(s, (int, float)):
        return float(s)
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*", str(s))
    if not m:
        raise ValueError(f"not an interval: {s!r} (e.g. 15m, 90s, 1h)")
    return float(m.group(1)) * {None: 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}[m.group(2)]


# --- sources --------------------------------------------------------------------------------

@dataclass
class Source:
    url: str
    outlet: str | None = None
    country: str | None = None
    kind: str = "auto"              # auto | feed | sitemap


def load_sources(args: Iterable[str]) -> tuple[list[Source], dict[str, Any]]:
    """Feed URLs, or TOML files with ``[[feed]]`` tables (``url``, ``outlet``, ``country``,
    ``kind``) and an optional ``[watch]`` table of defaults (``every``)."""
    out: list[Source] = []
    settings: dict[str, Any] = {}
    for a in args:
        if re.match(r"(?i)https?://", a):
            out.append(Source(a))
            continue
        p = Path(a)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ValueError(f"{a}: neither a URL nor a sources file") from None
        except tomllib.TOMLDecodeError as e:
            raise ValueError(f"{a}: not a valid TOML file ({e})") from None
        settings.update(data.get("watch") or {})
        for i, f in enumerate(data.get("feed") or data.get("feeds") or [], 1):
            if not isinstance(f, dict) or not isinstance(f.get("url"), str):
                raise ValueError(f"{a}: feed #{i} has no url")
            kind = f.get("kind", "auto")
            if kind not in ("auto", "feed", "rss", "atom", "sitemap"):
                raise ValueError(f"{a}: feed #{i}: kind must be rss, atom or sitemap")
            out.append(Source(f["url"], f.get("outlet"), f.get("country"),
                              "feed" if kind in ("rss", "atom") else kind))
    return out, settings


# --- fetching -------------------------------------------------------------------------------

class FetchError(Exception):
    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind, self.reason = kind, reason


class Fetcher:
    """httpx client with timeouts, retries with back-off, a per-host rate limit and robots.txt."""

    def __init__(self, *, timeout: float = 10.0, retries: int = 2, backoff: float = 0.5,
                 per_host_delay: float = 0.5, user_agent: str = USER_AGENT, robots: bool = True) -> None:
        import httpx
        self.httpx = httpx
        self.client = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
                                   headers={"User-Agent": user_agent}, follow_redirects=True,
                                   limits=httpx.Limits(max_connections=16, max_keepalive_connections=16))
        self.retries, self.backoff, self.delay = retries, backoff, per_host_delay
        self.user_agent, self.use_robots = user_agent, robots
        self._hosts: dict[str, float] = {}
        self._host_locks: dict[str, threading.Lock] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def _wait_turn(self, host: str) -> None:
        if self.delay <= 0:
            return
        with self._lock:
            hl = self._host_locks.setdefault(host, threading.Lock())
        with hl:
            wait = self._hosts.get(host, 0.0) - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._hosts[host] = time.monotonic() + self.delay

    def allowed(self, url: str) -> bool:
        if not self.use_robots:
            return True
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            known = base in self._robots
            rp = self._robots.get(base)
        if not known:
            rp = urllib.robotparser.RobotFileParser()
            try:
                self._wait_turn(parts.netloc)
                r = self.client.get(base + "/robots.txt")
                if r.status_code in (401, 403):
                    rp.disallow_all = True
                elif r.status_code >= 400:
                    rp.allow_all = True
                else:
                    rp.parse(r.text.splitlines())
            except self.httpx.HTTPError:
                rp = None               # unknown: ask again next time, allow meanwhile
            with self._lock:
                if rp is not None:
                    self._robots[base] = rp
        return rp is None or rp.can_fetch(self.user_agent, url)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Any:
        """The response (200 or 304). Raises ``FetchError`` after the retries."""
        if not self.allowed(url):
            raise FetchError("robots", "refused by robots.txt")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        host = urlsplit(url).netloc
        err: FetchError | None = None
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            self._wait_turn(host)
            try:
                r = self.client.get(url, headers=headers)
            except self.httpx.TimeoutException as e:
                err = FetchError("timeout", f"timed out ({type(e).__name__})")
                continue
            except self.httpx.HTTPError as e:
                err = FetchError("network", f"{type(e).__name__}: {str(e)[:120]}")
                continue
            if r.status_code in (200, 304):
                return r
            err = FetchError("http", f"HTTP {r.status_code}")
            if r.status_code < 500 and r.status_code not in (408, 429):
                break                   # 404, 410, 403: retrying now will not help
        assert err is not None
        raise err


# --- feeds and sitemaps ---------------------------------------------------------------------

@dataclass
class Item:
    url: str
    stamp: str | None = None
    title: str | None = None
    published: str | None = None


def parse_listing(data: bytes, base_url: str) -> tuple[list[Item], list[str]]:
    """Items of an RSS/Atom feed or a sitemap; and sub-sitemaps of a sitemap index.
    Raises ``FetchError('malformed', ...)`` when it is neither."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048].lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        from lxml import etree
        try:
            root = etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError as e:
            raise FetchError("malformed", f"malformed sitemap XML ({str(e)[:100]})") from None
        items, subs = [], []
        for el in root:
            tag = etree.QName(el).localname if isinstance(el.tag, str) else ""
            loc = lastmod = None
            for c in el:
                if not isinstance(c.tag, str):
                    continue
                n = etree.QName(c).localname
                if n == "loc":
                    loc = (c.text or "").strip()
                elif n == "lastmod":
                    lastmod = (c.text or "").strip() or None
            if not loc:
                continue
            if tag == "sitemap":
                subs.append(urljoin(base_url, loc))
            elif tag == "url":
                items.append(Item(urljoin(base_url, loc), lastmod, None, (lastmod or "")[:10] or None))
        return items, subs
    import feedparser

    from .io.dates import clean_date
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    exc = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if exc is not None and type(exc).__name__ not in ("CharacterEncodingOverride", "NonXMLContentType"):
        # feedparser's loose parser may still recover items from broken XML; they are not trusted
        raise FetchError("malformed", f"malformed feed XML ({type(exc).__name__}: {str(exc)[:100]})")
    if not entries and not parsed.get("version"):
        raise FetchError("malformed", "neither a feed nor a sitemap")
    items = []
    for e in entries:
        link = e.get("link") or (e.get("id") if re.match(r"https?://", e.get("id") or "") else None)
        if not link:
            continue
        stamp = e.get("updated") or e.get("published")
        items.append(Item(urljoin(base_url, link), stamp, (e.get("title") or "").strip() or None,
                          clean_date(e.get("published") or e.get("updated"))))
    return items, []


def norm_url(url: str) -> str:
    return urldefrag(url.strip())[0]


def article_id_for(url: str) -> str:
    return url if len(url) <= 500 else "url:" + hashlib.sha256(url.encode()).hexdigest()


def text_hash(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


# --- alerts ---------------------------------------------------------------------------------

def clean_filters(f: dict[str, Any]) -> dict[str, Any]:
    """Keep the known filters, typed; raises ``ValueError`` for a bad one."""
    out: dict[str, Any] = {}
    for k, v in (f or {}).items():
        if k not in ALERT_FILTERS:
            raise ValueError(f"unknown filter {k!r} (known: {', '.join(ALERT_FILTERS)})")
        if v is None or v == "" or v == []:
            continue                    # (0 is kept: min_fatalities 0 is a filter, if a trivial one)
        if k == "min_fatalities":
            try:
                v = int(v)
            except (TypeError, ValueError):
                raise ValueError("min_fatalities must be a whole number") from None
            if v < 0:
                raise ValueError("min_fatalities must be 0 or more")
        elif k == "words":
            v = [w for w in (v.split() if isinstance(v, str) else [str(x) for x in v]) if w]
        else:
            v = str(v).strip()
        out[k] = v
    return out


def matches(f: dict[str, Any], ev: dict[str, Any], article_text: str = "") -> bool:
    def eq(a: Any, b: Any) -> bool:
        return (a or "").casefold() == (b or "").casefold()
    if f.get("type") and not (eq(f["type"], ev.get("event_type")) or eq(f["type"], ev.get("sub_event_type"))):
        return False
    if f.get("country") and not eq(f["country"], ev.get("country")):
        return False
    if f.get("admin1") and not eq(f["admin1"], ev.get("admin1")):
        return False
    if f.get("actor"):
        a = f["actor"].casefold()
        if not any(a in (ev.get(k) or "").casefold() for k in ("actor1", "actor2")):
            return False
    if f.get("min_fatalities") and (ev.get("fatalities") or 0) < f["min_fatalities"]:
        return False
    if f.get("words"):
        hay = " ".join(str(ev.get(k) or "") for k in ("location", "location_text", "title")) + " " + article_text
        hay = hay.casefold()
        if not all(w.casefold() in hay for w in f["words"]):
            return False
    return True


def add_alert(store: Any, filters: dict[str, Any], webhook: str | None, name: str | None = None) -> dict[str, Any]:
    f = clean_filters(filters)
    if webhook is not None and not re.match(r"(?i)https?://", webhook):
        raise ValueError("webhook must be an http(s) URL")
    with store._write_tx() as conn:
        r = conn.execute(insert(S.watch_alerts).values(name=name, filters=json.dumps(f, ensure_ascii=False),
                                                       webhook=webhook, created=now_iso(), active=True))
        aid = r.inserted_primary_key[0]
    return {"id": aid, "name": name, "filters": f, "webhook": webhook, "active": True}


def list_alerts(store: Any) -> list[dict[str, Any]]:
    with store.engine.connect() as c:
        rows = c.execute(select(S.watch_alerts).order_by(S.watch_alerts.c.id)).mappings().all()
        sent = dict(c.execute(select(S.watch_deliveries.c.alert_id, func.count())
                              .group_by(S.watch_deliveries.c.alert_id)).all())
    return [{"id": r["id"], "name": r["name"], "filters": json.loads(r["filters"] or "{}"),
             "webhook": r["webhook"], "created": r["created"], "active": bool(r["active"]),
             "n_matches": sent.get(r["id"], 0)} for r in rows]


def delete_alert(store: Any, alert_id: int) -> bool:
    with store._write_tx() as conn:
        conn.execute(S.watch_deliveries.delete().where(S.watch_deliveries.c.alert_id == alert_id))
        return conn.execute(S.watch_alerts.delete().where(S.watch_alerts.c.id == alert_id)).rowcount > 0


def recent_matches(store: Any, limit: int = 50, alert_id: int | None = None) -> list[dict[str, Any]]:
    d = S.watch_deliveries
    q = select(d).order_by(d.c.created.desc(), d.c.item_id).limit(limit)
    if alert_id is not None:
        q = q.where(d.c.alert_id == alert_id)
    with store.engine.connect() as c:
        rows = c.execute(q).mappings().all()
    return [{"alert_id": r["alert_id"], "item_id": r["item_id"], "event_id": r["event_id"],
             "state": r["state"], "attempts": r["attempts"], "created": r["created"], "sent_at": r["sent_at"],
             "event": json.loads(r["payload"] or "{}").get("event")} for r in rows]


def active_alerts(store: Any) -> list[Any]:
    with store.engine.connect() as c:
        return list(c.execute(select(S.watch_alerts).where(S.watch_alerts.c.active.is_(True))).mappings().all())


def match_new_events(store: Any, article_id: str, article_text: str = "", title: str | None = None,
                     alerts: list[Any] | None = None) -> int:
    """Add one delivery per alert and per new matching occurrence of this article's events."""
    if alerts is None:
        alerts = active_alerts(store)
    if not alerts:
        return 0
    evs = _events_of(store, article_id)
    added = 0
    for a in alerts:
        f = json.loads(a["filters"] or "{}")
        for ev in evs:
            ev.setdefault("title", title)
            if not matches(f, ev, article_text):
                continue
            item = ev.get("cluster_id") or ev["event_id"]
            payload = {"alert": {"id": a["id"], "name": a["name"], "filters": f},
                       "occurrence": item, "event": ev}
            try:
                with store._write_tx() as conn:
                    conn.execute(insert(S.watch_deliveries).values(
                        alert_id=a["id"], item_id=item, event_id=ev["event_id"],
                        payload=json.dumps(payload, ensure_ascii=False, default=str),
                        state="pending" if a["webhook"] else "sent", attempts=0, created=now_iso()))
                added += 1
            except IntegrityError:
                pass                    # this occurrence was delivered to this alert already
    return added


def _events_of(store: Any, article_id: str) -> list[dict[str, Any]]:
    e = S.events
    with store.engine.connect() as c:
        rows = c.execute(select(e).where(e.c.doc_id == article_id).order_by(e.c.seq)).mappings().all()
    keep = ("event_id", "doc_id", "cluster_id", "event_type", "sub_event_type", "event_date", "actor1",
            "actor2", "country", "admin1", "admin2", "location", "location_text", "latitude", "longitude",
            "fatalities", "injuries", "notes")
    return [{k: r.get(k) for k in keep} for r in rows]


def deliver_pending(store: Any, client: Any, *, retries: int = 2, backoff: float = 0.5,
                    record_fault: Any = None) -> Counter:
    """POST each pending delivery to its webhook; a failure stays pending for the next round."""
    d, a = S.watch_deliveries, S.watch_alerts
    with store.engine.connect() as c:
        rows = c.execute(select(d.c.alert_id, d.c.item_id, d.c.payload, d.c.attempts, a.c.webhook)
                         .join(a, a.c.id == d.c.alert_id).where(d.c.state == "pending")
                         .order_by(d.c.created)).all()
    n: Counter = Counter()
    for alert_id, item_id, payload, attempts, hook in rows:
        ok, why = False, ""
        for i in range(retries + 1):
            if i:
                time.sleep(backoff * 2 ** (i - 1))
            try:
                r = client.post(hook, content=payload.encode("utf-8"),
                                headers={"Content-Type": "application/json", "User-Agent": USER_AGENT})
                if 200 <= r.status_code < 300:
                    ok = True
                    break
                why = f"HTTP {r.status_code}"
            except Exception as e:      # noqa: BLE001 - any transport error is retried
                why = f"{type(e).__name__}"
        with store._write_tx() as conn:
            conn.execute(update(d).where(d.c.alert_id == alert_id, d.c.item_id == item_id).values(
                state="sent" if ok else ("failed" if attempts + 1 >= 10 else "pending"),
                attempts=attempts + 1, sent_at=now_iso() if ok else None))
        n["sent" if ok else "failed"] += 1
        if not ok and record_fault:
            record_fault("webhook", hook, f"webhook delivery failed: {why}")
    return n


# --- coding in worker processes --------------------------------------------------------------

def _init_coder() -> None:
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # the watcher stops them when it is done
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    from .io.runner import warm_up
    warm_up()


def prepare_page(body: bytes, url: str, page: dict[str, Any], code: bool = True) -> dict[str, Any]:
    """Extract a page's text, check it, and (``code``) code it: what ``Watcher._store_page``
    stores. Runs in a fetch thread or in a worker process; touches no database."""
    from .errors import HadathInputError
    from .io.html import NoArticleText, parse_html
    from .io.lang import detect
    from .store.core import content_hash
    try:
        meta = parse_html(body, url=url)
    except NoArticleText as e:
        return {"fault": ("empty", str(e))}
    h = text_hash(meta["text"])
    if h == page.get("content_hash"):
        return {"hash": h, "same": True}
    lang = detect(meta["text"])
    if not lang.arabic:
        return {"fault": ("not_arabic", f"not Arabic text ({lang.lang}, {lang.method})"), "hash": h}
    art = {"id": page.get("article_id") or article_id_for(url), "text": meta["text"], "title": meta.get("title"),
           "published": meta.get("published") or (page.get("stamp") and _stamp_date(page["stamp"]))
           or now_iso()[:10],
           "outlet": page.get("outlet") or meta.get("outlet"), "url": url}
    out: dict[str, Any] = {"hash": h, "article": art}
    if code:
        from .pipeline import extract_article
        try:
            out["doc"] = extract_article(art)
        except HadathInputError as e:
            return {"fault": ("empty", str(e)), "hash": h}
        out["content_hash"] = content_hash(art)
    return out


# --- the watcher ----------------------------------------------------------------------------

@dataclass
class RoundStats:
    feeds: int = 0
    feeds_unchanged: int = 0
    new_items: int = 0
    fetched: int = 0
    stored: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicate: int = 0
    events: int = 0
    alerts: int = 0
    faults: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def line(self) -> str:
        f = ", ".join(f"{k} {v}" for k, v in sorted(self.faults.items())) or "none"
        return (f"{self.feeds} feed(s) ({self.feeds_unchanged} unchanged), {self.new_items} new item(s), "
                f"{self.fetched} page(s) fetched: {self.stored} stored, {self.updated} updated, "
                f"{self.unchanged} unchanged, {self.duplicate} duplicate; {self.events} event(s), "
                f"{self.alerts} alert(s); faults: {f}; {self.seconds:.1f} s")


class Watcher:
    def __init__(self, store: Any, sources: list[Source], *, fetcher: Fetcher | None = None,
                 workers: int = 8, retry_after: float = 300.0, webhook_retries: int = 2,
                 webhook_backoff: float = 0.5, code_workers: int = 0) -> None:
        self.store, self.sources = store, sources
        self.code_workers = code_workers
        self._procs: Any = None
        self.fetcher = fetcher or Fetcher()
        self.workers = max(1, workers)
        self.retry_after = retry_after
        self.webhook_retries, self.webhook_backoff = webhook_retries, webhook_backoff
        self.stop = threading.Event()
        self._unsaved_faults: list[dict[str, Any]] = []
        self._alerts: list[Any] | None = None

    def close(self) -> None:
        self.fetcher.close()
        if self._procs is not None:
            self._procs.shutdown(wait=True, cancel_futures=True)
            self._procs = None

    def _coders(self) -> Any:
        """The pool of coding processes (``code_workers`` > 0), started once, before any fetch
        thread; a pool broken by a dead worker is replaced."""
        if self.code_workers <= 0:
            return None
        if self._procs is None or getattr(self._procs, "_broken", False):
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor
            ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
            self._procs = ProcessPoolExecutor(self.code_workers, mp_context=ctx, initializer=_init_coder)
        return self._procs

    # faults are written in their own transaction; if the database is down they wait in memory
    def fault(self, kind: str, url: str | None, reason: str, stats: RoundStats | None = None) -> None:
        log.warning("%s: %s: %s", kind, url, reason)
        if stats is not None:
            stats.faults[kind] += 1
        self._unsaved_faults.append({"at": now_iso(), "kind": kind, "url": url, "reason": reason[:500]})
        self._flush_faults()

    def _flush_faults(self) -> None:
        if not self._unsaved_faults:
            return
        try:
            with self.store._write_tx() as conn:
                conn.execute(insert(S.watch_faults), self._unsaved_faults)
            self._unsaved_faults = []
        except SQLAlchemyError:
            pass

    # -- one round
    def run_round(self) -> RoundStats:
        t0 = time.perf_counter()
        st = RoundStats()
        self._alerts = None             # read again once a round (alerts saved meanwhile count)
        self._flush_faults()
        for src in self.sources:
            if self.stop.is_set():
                break
            self._poll_source(src, st)
        if not self.stop.is_set():
            self._process_pending(st)
        if not self.stop.is_set():
            try:
                n = deliver_pending(self.store, self.fetcher.client, retries=self.webhook_retries,
                                    backoff=self.webhook_backoff,
                                    record_fault=lambda k, u, r: self.fault(k, u, r, st))
                st.alerts = n["sent"]
            except SQLAlchemyError as e:
                self.fault("database", None, f"alerts not delivered: {type(e).__name__}", st)
        st.seconds = time.perf_counter() - t0
        return st

    def _poll_source(self, src: Source, st: RoundStats, depth: int = 0) -> None:
        fd = S.watch_feeds
        st.feeds += 1
        try:
            with self.store.engine.connect() as c:
                row = c.execute(select(fd.c.etag, fd.c.last_modified).where(fd.c.url == src.url)).first()
        except SQLAlchemyError as e:
            self.fault("database", src.url, f"{type(e).__name__}", st)
            return
        etag, lm = (row or (None, None))
        at = now_iso()
        try:
            r = self.fetcher.get(src.url, etag, lm)
            if r.status_code == 304:
                st.feeds_unchanged += 1
                items, subs = [], []
            else:
                items, subs = parse_listing(r.content, str(r.url))
                etag, lm = r.headers.get("ETag"), r.headers.get("Last-Modified")
        except FetchError as e:
            self.fault(e.kind, src.url, e.reason, st)
            self._save_feed(src.url, row is not None, last_attempt=at, last_error=f"{e.kind}: {e.reason}",
                            n_errors=fd.c.n_errors + 1)
            return
        for sub in subs[:50] if depth == 0 else []:
            self._poll_source(Source(sub, src.outlet, src.country, "sitemap"), st, depth + 1)
        try:
            self._record_items(src, items, st)
        except SQLAlchemyError as e:
            self.fault("database", src.url, f"items not recorded: {type(e).__name__}", st)
            return              # validators not saved: the feed is read in full next round
        self._save_feed(src.url, row is not None, etag=etag, last_modified=lm, last_attempt=at,
                        last_success=at, last_error=None, n_ok=fd.c.n_ok + 1)

    def _save_feed(self, url: str, exists: bool, **vals: Any) -> None:
        fd = S.watch_feeds
        try:
            with self.store._write_tx() as conn:
                if not exists:
                    conn.execute(insert(fd).values(url=url, n_ok=0, n_errors=0))
                conn.execute(update(fd).where(fd.c.url == url).values(**vals))
        except SQLAlchemyError:
            pass

    def _record_items(self, src: Source, items: list[Item], st: RoundStats) -> None:
        if not items:
            return
        wp = S.watch_pages
        by_url: dict[str, Item] = {}
        for it in items:
            by_url.setdefault(norm_url(it.url), it)
        with self.store._write_tx() as conn:
            known = {}
            urls = list(by_url)
            for i in range(0, len(urls), 500):
                known.update({u: (s, stamp) for u, s, stamp in conn.execute(
                    select(wp.c.url, wp.c.state, wp.c.stamp).where(wp.c.url.in_(urls[i:i + 500])))})
            new = []
            for u, it in by_url.items():
                if u not in known:
                    new.append({"url": u, "feed_url": src.url, "outlet": src.outlet, "country": src.country,
                                "stamp": it.stamp, "state": "pending", "attempts": 0,
                                "first_seen": now_iso(), "next_try": None})
                elif known[u][0] == "done" and it.stamp and known[u][1] != it.stamp:
                    # the feed dates the item anew: the page may have changed, look again
                    conn.execute(update(wp).where(wp.c.url == u).values(state="pending", stamp=it.stamp))
                    st.new_items += 1
            if new:
                conn.execute(insert(wp), new)
            st.new_items += len(new)

    def _due_pages(self) -> list[dict[str, Any]]:
        wp = S.watch_pages
        now = now_iso()
        with self.store.engine.connect() as c:
            rows = c.execute(select(wp).where(
                (wp.c.state == "pending") | ((wp.c.state == "error") & (wp.c.next_try <= now)))
                .order_by(wp.c.first_seen, wp.c.url)).mappings().all()
        return [dict(r) for r in rows]

    def _fetch_page(self, page: dict[str, Any]) -> dict[str, Any]:
        """In a fetch thread: fetch, extract, and code in a worker process if there are (no database)."""
        try:
            r = self.fetcher.get(page["url"], page["etag"] if page["content_hash"] else None,
                                 page["last_modified"] if page["content_hash"] else None)
        except FetchError as e:
            return {"fault": (e.kind, e.reason)}
        if r.status_code == 304:
            return {"not_modified": True}
        keys = ("url", "content_hash", "article_id", "stamp", "outlet")
        small = {k: page.get(k) for k in keys}
        pool = self._procs
        if pool is not None:
            from concurrent.futures.process import BrokenProcessPool
            try:
                res = pool.submit(prepare_page, r.content, page["url"], small).result()
            except BrokenProcessPool:
                return {"fault": ("internal", "a coding process died (crashed, killed or out of memory)")}
        else:
            res = prepare_page(r.content, page["url"], small, code=False)
        res.update(etag=r.headers.get("ETag"), last_modified=r.headers.get("Last-Modified"))
        return res

    def _process_pending(self, st: RoundStats) -> None:
        try:
            pages = self._due_pages()
        except SQLAlchemyError as e:
            self.fault("database", None, f"pending pages not read: {type(e).__name__}", st)
            return
        if not pages:
            return
        self._coders()
        from concurrent.futures import FIRST_COMPLETED, wait
        with ThreadPoolExecutor(self.workers, thread_name_prefix="hadath-fetch") as pool:
            # pages are stored as their fetch (and coding) completes, a bounded number in flight
            todo = iter(pages)
            inflight: dict[Any, dict[str, Any]] = {}

            def refill() -> None:
                while len(inflight) < self.workers * 3 and not self.stop.is_set():
                    p = next(todo, None)
                    if p is None:
                        return
                    inflight[pool.submit(self._fetch_page, p)] = p
            refill()
            while inflight and not self.stop.is_set():
                done, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
                for fut in done:
                    if self.stop.is_set():
                        break           # pages not yet stored stay pending: a restart takes them up
                    page = inflight.pop(fut)
                    res = fut.result()
                    st.fetched += 1
                    try:
                        self._store_page(page, res, st)
                    except SQLAlchemyError as e:
                        # the database is locked or down: the page stays pending, tried next round
                        self.fault("database", page["url"],
                                   f"{type(e).__name__}: {str(e).splitlines()[0][:160]}", st)
                    except Exception as e:  # noqa: BLE001 - one page must not end the watch
                        self.fault("internal", page["url"], f"{type(e).__name__}: {str(e)[:160]}", st)
                        self._page_error(page, "internal", str(e)[:300])
                refill()
            for fut in inflight:
                fut.cancel()

    def _page_error(self, page: dict[str, Any], kind: str, reason: str) -> None:
        wp = S.watch_pages
        delay = min(self.retry_after * 2 ** min(page["attempts"] or 0, 10), 86400.0)
        try:
            with self.store._write_tx() as conn:
                conn.execute(update(wp).where(wp.c.url == page["url"]).values(
                    state="error", error_kind=kind, error=reason[:500], attempts=(page["attempts"] or 0) + 1,
                    last_fetched=now_iso(), next_try=_later(delay)))
        except SQLAlchemyError:
            pass

    def _store_page(self, page: dict[str, Any], res: dict[str, Any], st: RoundStats) -> None:
        wp = S.watch_pages
        url = page["url"]
        if "fault" in res:
            kind, reason = res["fault"]
            self.fault(kind, url, reason, st)
            self._page_error(page, kind, reason)
            return
        done = {"state": "done", "error_kind": None, "error": None, "last_fetched": now_iso(), "next_try": None}
        if res.get("not_modified") or res.get("same"):
            st.unchanged += 1
            if res.get("same"):
                done.update(etag=res["etag"], last_modified=res["last_modified"])
            with self.store._write_tx() as conn:
                conn.execute(update(wp).where(wp.c.url == url).values(**done))
            return
        h = res["hash"]
        done.update(etag=res["etag"], last_modified=res["last_modified"], content_hash=h)
        with self.store.engine.connect() as c:
            other = c.execute(select(wp.c.article_id).where(wp.c.content_hash == h, wp.c.url != url,
                                                            wp.c.state == "done").limit(1)).first()
        if other is not None:
            st.duplicate += 1
            with self.store._write_tx() as conn:
                conn.execute(update(wp).where(wp.c.url == url).values(article_id=other[0], **done))
            return
        art = res["article"]
        from .errors import HadathInputError
        try:
            if res.get("doc") is not None:
                r = self.store.ingest_document(res["doc"], content_hash=res["content_hash"])
            else:
                r = self.store.ingest(art)
        except HadathInputError as e:
            self.fault("empty", url, str(e), st)
            self._page_error(page, "empty", str(e))
            return
        if r.status == "duplicate":
            st.duplicate += 1
        elif r.status == "unchanged":
            st.unchanged += 1
        else:
            st.stored += r.status == "inserted"
            st.updated += r.status == "updated"
            st.events += r.n_events
        with self.store._write_tx() as conn:
            conn.execute(update(wp).where(wp.c.url == url).values(
                article_id=r.duplicate_of or r.article_id, attempts=0, **done))
        if r.changed and r.n_events:
            if self._alerts is None:
                self._alerts = active_alerts(self.store)
            match_new_events(self.store, r.article_id, art["text"], art.get("title"), self._alerts)

    # -- the loop
    def run(self, every: float, *, once: bool = False, report: Any = None) -> None:
        while not self.stop.is_set():
            st = self.run_round()
            if report:
                report(st)
            if once:
                break
            self.stop.wait(every)


def _stamp_date(stamp: str) -> str | None:
    from .io.dates import clean_date
    try:
        return clean_date(stamp)
    except Exception:                   # noqa: BLE001
        return None


# --- status ---------------------------------------------------------------------------------

def status(store: Any) -> dict[str, Any]:
    """Feeds (last success, last error), pages by state, articles waiting, faults by kind, alerts."""
    fd, wp, wf = S.watch_feeds, S.watch_pages, S.watch_faults
    with store.engine.connect() as c:
        feeds = [dict(r) for r in c.execute(select(fd.c.url, fd.c.last_success, fd.c.last_attempt,
                                                   fd.c.last_error, fd.c.n_ok, fd.c.n_errors)
                                            .order_by(fd.c.url)).mappings()]
        pages = dict(c.execute(select(wp.c.state, func.count()).group_by(wp.c.state)).all())
        faults = dict(c.execute(select(wf.c.kind, func.count()).group_by(wf.c.kind)).all())
        last = [dict(r) for r in c.execute(select(wf.c.at, wf.c.kind, wf.c.url, wf.c.reason)
                                           .order_by(wf.c.id.desc()).limit(10)).mappings()]
        deliveries = dict(c.execute(select(S.watch_deliveries.c.state, func.count())
                                    .group_by(S.watch_deliveries.c.state)).all())
        n_alerts = c.execute(select(func.count()).select_from(S.watch_alerts)).scalar()
    return {"feeds": feeds, "pages": {k: int(v) for k, v in pages.items()},
            "waiting": int(pages.get("pending", 0)) + int(pages.get("error", 0)),
            "errors": {k: int(v) for k, v in faults.items()}, "last_errors": last,
            "alerts": int(n_alerts or 0), "deliveries": {k: int(v) for k, v in deliveries.items()}}
