"""hadath (حدث): Arabic-native extraction of ACLED-style conflict events.

    >>> import hadath
    >>> doc = hadath.extract(text, published="2019-03-12")
    >>> for ev in doc.events: print(ev.event_type, ev.actor1, ev.location)
"""
from __future__ import annotations

__version__ = "0.1.0"

from .types import Document, Event, Mention, Span, EVENT_FIELDS  # noqa: E402
from .pipeline import extract, extract_article  # noqa: E402

__all__ = ["extract", "extract_article", "Document", "Event", "Mention", "Span", "EVENT_FIELDS",
           "__version__"]
