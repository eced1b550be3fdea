"""A local news site for ``hadath watch`` tests and its benchmark: feeds, sitemaps and article
pages served from memory by ``http.server`` in a thread, on 127.0.0.1 only.

Articles come from the ANT corpus (``../shared/data/corpora/ant_news.jsonl``) when it is
there, else from ``tests/data/watch_articles.jsonl`` (a few Arabic articles written for the
tests). Every request is counted (``site.hits[path]``); pages and feeds answer conditional
GETs (ETag and Last-Modified) with 304.
"""
from __future__ import annotations

import hashlib
import html
import json
import threading
import time
from collections import Counter
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
ANT = ROOT.parent / "shared" / "data" / "corpora" / "ant_news.jsonl"
FALLBACK = ROOT / "tests" / "data" / "watch_articles.jsonl"


def load_articles(n: int, *, offset: int = 0, min_chars: int = 200, max_chars: int = 6000) -> list[dict]:
    """``n`` Arabic articles with distinct texts: ANT's if present, else the fallback (repeated with
    a numbered line added, so the texts stay distinct)."""
    out: list[dict] = []
    seen: set[str] = set()
    if ANT.exists():
        with ANT.open(encoding="utf-8") as f:
            skipped = 0
            for line in f:
                a = json.loads(line)
                t = (a.get("text") or "").strip()
                if not (min_chars <= len(t) <= max_chars) or t in seen or not a.get("published"):
                    continue
                if skipped < offset:
                    skipped += 1
                    continue
                seen.add(t)
                out.append({"id": a["id"], "title": a.get("title") or t[:60], "text": t,
                            "published": a["published"], "outlet": a.get("outlet")})
                if len(out) >= n:
                    return out
    base = [json.loads(x) for x in FALLBACK.read_text(encoding="utf-8").splitlines() if x.strip()]
    i = 0
    while len(out) < n:
        a = dict(base[(offset + i) % len(base)])
        k = (offset + i) // len(base)
        if k:
            a["text"] += f"\nتحديث رقم {k}."
            a["id"] = f"{a['id']}-{k}"
        out.append(a)
        i += 1
    return out


def page_html(a: dict) -> bytes:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in a["text"].split("\n") if p.strip())
    return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
            f"<title>{html.escape(a['title'])}</title>"
            f"<meta property='article:published_time' content='{a['published']}'></head>"
            f"<body><nav><a href='/'>الرئيسية</a></nav><article><h1>{html.escape(a['title'])}</h1>"
            f"{paras}</article><footer>© الموقع</footer></body></html>").encode("utf-8")


def rss(title: str, items: list[tuple[str, dict, str]]) -> bytes:
    """``items``: (link, article, RFC 822 date)."""
    body = "".join(f"<item><title>{html.escape(a['title'])}</title><link>{html.escape(link)}</link>"
                   f"<guid>{html.escape(link)}</guid><pubDate>{d}</pubDate></item>" for link, a, d in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{html.escape(title)}"
            f"</title><link>http://example.org/</link>{body}</channel></rss>").encode("utf-8")


def atom(title: str, items: list[tuple[str, dict, str]]) -> bytes:
    """``items``: (link, article, ISO date)."""
    body = "".join(f"<entry><title>{html.escape(a['title'])}</title><link href='{html.escape(link)}'/>"
                   f"<id>{html.escape(link)}</id><updated>{d}</updated></entry>" for link, a, d in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>{html.escape(title)}</title><id>urn:x</id><updated>2019-01-01T00:00:00Z</updated>"
            f"{body}</feed>").encode("utf-8")


def sitemap(items: list[tuple[str, str]]) -> bytes:
    body = "".join(f"<url><loc>{html.escape(u)}</loc><lastmod>{d}</lastmod></url>" for u, d in items)
    return ("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/"
            f"sitemap/0.9'>{body}</urlset>").encode("utf-8")


def rfc822(day: str, hour: int = 8) -> str:
    import datetime as dt
    d = dt.datetime.fromisoformat(day).replace(hour=hour, tzinfo=dt.timezone.utc)
    return format_datetime(d, usegmt=True)


class Site:
    """Routes: ``site.routes[path] = bytes | (status, bytes, content_type) | callable() -> either``;
    ``site.delay[path] = seconds`` (a slow answer). ``site.hits`` counts requests per path, and
    ``site.not_modified`` the 304 answers. ``site.posts`` keeps the bodies POSTed (webhooks)."""

    def __init__(self) -> None:
        self.routes: dict[str, Any] = {}
        self.delay: dict[str, float] = {}
        self.hits: Counter = Counter()
        self.not_modified: Counter = Counter()
        self.posts: list[tuple[str, Any]] = []
        self.post_status: dict[str, list[int]] = {}     # path -> statuses to answer in turn (then 200)
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a: Any) -> None:      # quiet
                pass

            def _send(self, status: int, body: bytes, ctype: str, extra: dict | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (extra or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            def do_GET(self) -> None:
                path = self.path
                with site.lock:
                    site.hits[path] += 1
                    route = site.routes.get(path)
                    delay = site.delay.get(path, 0)
                if delay:
                    time.sleep(delay)
                if callable(route):
                    route = route()
                if route is None:
                    return self._send(404, b"not found", "text/plain")
                status, body, ctype = route if isinstance(route, tuple) else (200, route, _ctype(path))
                if status != 200:
                    return self._send(status, body, ctype)
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    with site.lock:
                        site.not_modified[path] += 1
                    return self._send(304, b"", ctype, {"ETag": etag})
                self._send(200, body, ctype, {"ETag": etag})

            def do_POST(self) -> None:
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n)
                with site.lock:
                    queue = site.post_status.get(self.path) or []
                    status = queue.pop(0) if queue else 200
                    site.hits["POST " + self.path] += 1
                    if status == 200:
                        site.posts.append((self.path, json.loads(body)))
                self._send(status, b"{}", "application/json")

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                pass                    # a client that timed out and hung up: not an error here

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def set(self, path: str, value: Any) -> None:
        with self.lock:
            self.routes[path] = value


def _ctype(path: str) -> str:
    if path.endswith(".xml") or "feed" in path:
        return "application/xml; charset=utf-8"
    if path.endswith(".txt"):
        return "text/plain; charset=utf-8"
    return "text/html; charset=utf-8"


def build_feeds(site: Site, articles: list[dict], n_feeds: int, *, prefix: str = "/f") -> dict[str, list[str]]:
    """Spread ``articles`` over ``n_feeds`` RSS feeds (every third one a sitemap); returns
    ``{feed path: [page paths]}``."""
    feeds: dict[str, list[tuple[str, dict]]] = {f"{prefix}{i}/feed.xml": [] for i in range(n_feeds)}
    names = list(feeds)
    for i, a in enumerate(articles):
        fp = names[i % n_feeds]
        path = f"{fp.rsplit('/', 1)[0]}/a{i}.html"
        site.set(path, page_html(a))
        feeds[fp].append((path, a))
    for k, (fp, items) in enumerate(feeds.items()):
        if k % 3 == 2:
            site.set(fp, sitemap([(site.url(p), a["published"]) for p, a in items]))
        else:
            site.set(fp, rss(f"outlet {k}", [(site.url(p), a, rfc822(a["published"])) for p, a in items]))
    return {fp: [p for p, _ in items] for fp, items in feeds.items()}


def serve(setup: Callable[[Site], Any] | None = None) -> Site:
    s = Site()
    s.set("/robots.txt", b"User-agent: *\nDisallow: /private/\n")
    if setup:
        setup(s)
    return s
