"""The extraction pipeline: text -> sentences/tokens -> mentions -> events.

Every stage adds to one ``Document``; no stage re-reads raw text except through
spans of it.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from .errors import HadathInputError
from .text import split_sentences
from .types import Document

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_LETTER = re.compile(r"[^\W\d_]")
MAX_CHARS = 2_000_000


def _check_date(published: Any) -> str | None:
    if published is None or published == "":
        return None
    if isinstance(published, (_dt.date, _dt.datetime)):
        return published.isoformat()[:10]
    s = str(published).strip()
    try:
        return _dt.date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        raise HadathInputError(f"publication date {published!r} is not an ISO date (YYYY-MM-DD)") from None


def extract(text: str, published: Any = None, *, doc_id: str = "", outlet: str | None = None,
            title: str | None = None, url: str | None = None) -> Document:
    """Code every event reported in an Arabic article.

    ``published`` (ISO date) anchors relative dates (اليوم, أمس, الأحد الماضي).
    Without it, events are dated only from explicit dates in the text and are
    otherwise left undated (``event_date`` None), with a warning on the document.
    Raises ``HadathInputError`` for text that is not a non-empty string.
    """
    if not isinstance(text, str):
        raise HadathInputError(f"text must be a str, not {type(text).__name__}")
    if not text.strip():
        raise HadathInputError("empty text: nothing to code")
    if len(text) > MAX_CHARS:
        raise HadathInputError(f"text of {len(text):,} characters exceeds the limit of {MAX_CHARS:,}")
    doc = Document(text=text, id=str(doc_id or ""), published=_check_date(published),
                   outlet=outlet, title=title, url=url)
    if doc.published is None:
        doc.warnings.append("no publication date: relative dates cannot be resolved; "
                            "events without an explicit date are left undated")
    arabic = len(_ARABIC.findall(text))
    letters = len(_LETTER.findall(text))
    if arabic == 0 or arabic < 0.3 * letters:
        doc.warnings.append("not Arabic text: nothing coded")
        return doc
    from . import coder  # late import keeps start-up light for commands that never extract
    doc.sentences = split_sentences(text)
    coder.run(doc)
    return doc


def extract_article(article: dict[str, Any]) -> Document:
    """Code an article given as a dict with ``text`` and optional ``id``, ``published``,
    ``outlet``, ``title``, ``url`` (extra keys are ignored)."""
    if not isinstance(article, dict):
        raise HadathInputError("an article must be a JSON object")
    return extract(article.get("text"), article.get("published"), doc_id=article.get("id") or "",
                   outlet=article.get("outlet"), title=article.get("title"), url=article.get("url"))
