"""Articles from RSS and Atom feeds, with feedparser.

Each item is one article: its text from the full content when the feed has it,
else from the summary, with the HTML stripped; its date from the item's
``published`` (else ``updated``) field, keeping the local date the outlet gave;
its outlet from the feed's title.  Nothing is fetched: the feed is parsed from
bytes the caller already has.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

from .dates import clean_date

_BLOCK = re.compile(r"(?i)</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|section|article)\b[^>]*>")
_SPACES = re.compile(r"[ \t\u00a0]+")


def looks_like_feed(head: bytes) -> bool:
    h = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048].lower()
    if not h.startswith(b"<"):
        return False
    return b"<rss" in h or b"<feed" in h or b"<rdf:rdf" in h


def strip_html(fragment: str) -> str:
    """Plain text of an HTML fragment: block elements become line breaks, entities are decoded."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    import lxml.html
    marked = _BLOCK.sub("\n", fragment)
    try:
        text = lxml.html.fromstring(f"<div>{marked}</div>").text_content()
    except Exception:                              # noqa: BLE001 - lxml refuses some broken fragments
        import html as _html
        text = _html.unescape(re.sub(r"<[^>]+>", " ", marked))
    lines = (_SPACES.sub(" ", ln).strip() for ln in text.splitlines())
    return "\n".join(ln for ln in lines if ln)


def _entry_text(e: Any) -> str:
    for c in e.get("content") or []:
        v = c.get("value") or ""
        if v.strip():
            return strip_html(v)
    return strip_html(e.get("summary") or e.get("description") or "")


def _entry_date(e: Any) -> str | None:
    for key in ("published", "updated", "created", "dc_date"):
        d = clean_date(e.get(key))
        if d:
            return d
    for key in ("published_parsed", "updated_parsed"):
        t = e.get(key)
        if t:
            return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
    return None


def parse_feed(data: bytes, name: str) -> tuple[list[tuple[str, dict[str, Any] | None, str | None]], str | None]:
    """Parse a feed; return ``([(suffix, article or None, error or None), ...], feed_error)``.

    ``suffix`` is ``"#<n>"``, the item's 1-based position, for error reports;
    ``feed_error`` is set when the file is not a feed at all.
    """
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
            return [], f"malformed feed ({type(parsed['bozo_exception']).__name__}: " \
                       f"{str(parsed['bozo_exception'])[:80]})"
        return [], "feed without items"
    feed = parsed.get("feed") or {}
    outlet = (feed.get("title") or "").strip() or None
    out = []
    for n, e in enumerate(entries, 1):
        text = _entry_text(e)
        if not text:
            out.append((f"#{n}", None, "feed item without text (no content or summary)"))
            continue
        title = strip_html(e.get("title") or "") or None
        art = {"id": e.get("id") or e.get("link") or f"{name}#{n}", "text": text,
               "published": _entry_date(e), "outlet": outlet, "title": title, "url": e.get("link")}
        out.append((f"#{n}", art, None))
    return out, None


def iter_feed(data: bytes, name: str) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    items, err = parse_feed(data, name)
    if err:
        yield "", None, err
    else:
        yield from items
