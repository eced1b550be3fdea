"""Article text and metadata from an HTML page, with trafilatura.

Main text, title, publication date and outlet (site name) come from
trafilatura's extraction and its metadata (htmldate for the date).  Nothing is
fetched: the page is read from bytes the caller already has.
"""
from __future__ import annotations

import logging
from typing import Any

from .dates import clean_date

# trafilatura and htmldate log parser complaints at WARNING; they are not ours to show.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


class NoArticleText(ValueError):
    """The page holds no article text trafilatura could find."""


def parse_html(data: bytes | str, url: str | None = None) -> dict[str, Any]:
    """Return ``{"text", "title", "published", "outlet", "url"}`` for one page.

    Raises ``NoArticleText`` when no main text is found (an empty page, a page of
    navigation only, or markup too broken to parse).
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as e:                         # noqa: BLE001 - lxml/trafilatura errors on broken markup
        raise NoArticleText(f"HTML could not be parsed ({type(e).__name__})") from None
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = (meta.get("text") or "").strip()
    if not text:
        raise NoArticleText("no article text found in the HTML page")
    title = (meta.get("title") or "").strip() or None
    # trafilatura keeps a heading that repeats the title as the first line; drop it so the
    # headline is not coded twice (offsets then point into the body text we return).
    if title:
        first, _, rest = text.partition("\n")
        if first.strip() == title and rest.strip():
            text = rest.strip()
    return {
        "text": text,
        "title": title,
        "published": clean_date(meta.get("date")),
        "outlet": (meta.get("sitename") or meta.get("hostname") or "").strip() or None,
        "url": meta.get("url") or url,
    }


def looks_like_html(head: bytes) -> bool:
    h = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()[:512]
    return h.startswith((b"<!doctype html", b"<html")) or b"<html" in h or (b"<body" in h and b"<rss" not in h)
