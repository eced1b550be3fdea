"""A cache of the read API's responses, kept while the store is unchanged.

An analyst's page asks the same questions as the analysts before (the map of a
country, the month's timeline, the first page of battles); at two million events
some of these take the database a second. ``ReadCache`` is an ASGI middleware that
keeps the body of each successful ``GET`` of the read endpoints under its path and
normalised query string, together with the store's revision (``store_revision``,
kept by database triggers on every insert, update or delete of articles, events and
clusters, whoever writes them; revision 0006). A request is answered from the cache
only when the revision is the one the body was made at: a write anywhere makes every
kept body stale at once, so a page never shows a map older than the store.

* ``X-Cache: hit`` / ``miss`` tells which; ``ETag`` (the revision and the query) lets a
  browser revalidate with ``If-None-Match`` and get ``304 Not Modified``.
* Identical requests arriving while the first is computed wait for it instead of
  running the same query again (no stampede when many pages open at once).
* The cache holds at most ``max_bytes`` of bodies (least recently used dropped first);
  bodies over ``max_item`` bytes are not kept. Each server process has its own.
* Only ``GET``/``HEAD`` of the paths in ``CACHED`` with status 200 are kept; the live
  stream, health, watches and alerts are never cached.
"""
from __future__ import annotations

import asyncio
import contextvars
import hashlib
import time
from collections import OrderedDict
from typing import Any, Callable
from urllib.parse import parse_qsl, urlencode

__all__ = ["ReadCache", "CACHED", "cache_key", "REQUEST_REVISION"]

# The store's revision this request is answered at (set by ReadCache for the endpoint it calls),
# so the endpoint need not ask the database again; None outside a cached request.
REQUEST_REVISION: contextvars.ContextVar[int | None] = contextvars.ContextVar("hadath_revision", default=None)

CACHED = ("/api/events", "/api/points", "/api/map/", "/api/timeline", "/api/facets", "/api/clusters")
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
DEFAULT_MAX_ITEM = 4 * 1024 * 1024
_KEEP_HEADERS = {b"content-type", b"content-security-policy", b"x-content-type-options", b"referrer-policy",
                 b"x-frame-options"}


def cache_key(path: str, query_string: bytes | str) -> str:
    """The path and the query with its parameters sorted (``a=1&b=2`` = ``b=2&a=1``)."""
    qs = query_string.decode("latin-1") if isinstance(query_string, bytes) else query_string
    pairs = sorted(parse_qsl(qs, keep_blank_values=True))
    return path + ("?" + urlencode(pairs) if pairs else "")


class ReadCache:
    """ASGI middleware; ``revision()`` returns the store's revision (None: do not cache)."""

    def __init__(self, app: Any, revision: Callable[[], int | None], max_bytes: int = DEFAULT_MAX_BYTES,
                 max_item: int = DEFAULT_MAX_ITEM, register: list | None = None):
        self.app, self.revision = app, revision
        self.max_bytes, self.max_item = max(0, int(max_bytes)), int(max_item)
        self.items: OrderedDict[str, tuple[int, list, bytes, bytes]] = OrderedDict()
        self.size = 0
        self.pending: dict[tuple[str, int], asyncio.Future] = {}
        self.hits = self.misses = self.not_modified = 0
        self.started = time.time()
        if register is not None:        # lets the app report the cache's figures (/api/health)
            register.append(self)

    def stats(self) -> dict[str, Any]:
        return {"entries": len(self.items), "bytes": self.size, "max_bytes": self.max_bytes, "hits": self.hits,
                "misses": self.misses, "not_modified": self.not_modified}

    def clear(self) -> None:
        self.items.clear()
        self.size = 0

    async def __call__(self, scope, receive, send):
        if (scope["type"] != "http" or scope["method"] not in ("GET", "HEAD") or not self.max_bytes
                or not scope["path"].startswith(CACHED) or scope["path"].startswith("/api/stream")):
            return await self.app(scope, receive, send)
        try:
            rev = self.revision()
        except Exception:           # noqa: BLE001 - the database is down: let the endpoint say so
            rev = None
        if rev is None:
            return await self.app(scope, receive, send)
        key = cache_key(scope["path"], scope.get("query_string", b""))
        etag = b'W/"r%d-%s"' % (rev, hashlib.blake2b(key.encode(), digest_size=8).hexdigest().encode())
        if_none = next((v for k, v in scope.get("headers", []) if k == b"if-none-match"), None)
        head = scope["method"] == "HEAD"

        got = self.items.get(key)
        if got is None or got[0] != rev:
            fut = self.pending.get((key, rev))
            if fut is not None:                     # the same request is being answered: wait for it
                try:
                    await asyncio.shield(fut)
                except Exception:                   # noqa: BLE001 - the first one failed: answer ourselves
                    pass
                got = self.items.get(key)
        if got is not None and got[0] == rev:
            self.items.move_to_end(key)
            if if_none is not None and etag in [t.strip() for t in if_none.split(b",")]:
                self.not_modified += 1
                return await self._send(send, 304, [], b"", etag, b"hit", head=True)
            self.hits += 1
            return await self._send(send, 200, got[1], got[2], etag, b"hit", head=head)

        self.misses += 1
        fut = asyncio.get_running_loop().create_future()
        self.pending[(key, rev)] = fut
        status, headers, chunks = 0, [], []

        async def capture(msg):
            nonlocal status, headers
            if msg["type"] == "http.response.start":
                status = msg["status"]
                headers = [(k, v) for k, v in msg.get("headers", []) if k.lower() in _KEEP_HEADERS]
                if status == 200:
                    msg = dict(msg, headers=list(msg.get("headers", [])) + [
                        (b"etag", etag), (b"x-cache", b"miss"), (b"cache-control", b"no-cache")])
            elif msg["type"] == "http.response.body":
                chunks.append(msg.get("body", b""))
            await send(msg)

        token = REQUEST_REVISION.set(rev)
        try:
            await self.app(scope, receive, capture)
        finally:
            REQUEST_REVISION.reset(token)
            self.pending.pop((key, rev), None)
            body = b"".join(chunks)
            if status == 200 and not head and len(body) <= self.max_item:
                self._put(key, (rev, headers, body, etag))
            if not fut.done():
                fut.set_result(None)

    def _put(self, key: str, item: tuple[int, list, bytes, bytes]) -> None:
        old = self.items.pop(key, None)
        if old is not None:
            self.size -= len(old[2])
        self.items[key] = item
        self.size += len(item[2])
        while self.size > self.max_bytes and self.items:
            _, dropped = self.items.popitem(last=False)
            self.size -= len(dropped[2])

    @staticmethod
    async def _send(send, status: int, headers: list, body: bytes, etag: bytes, state: bytes,
                    head: bool = False) -> None:
        hs = [*headers, (b"etag", etag), (b"x-cache", state), (b"cache-control", b"no-cache")]
        if status == 200:
            hs.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": hs})
        await send({"type": "http.response.body", "body": b"" if head else body})
