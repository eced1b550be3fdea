"""Publication dates from what input metadata gives (JSON fields, RSS/Atom, HTML meta).

Shared by the readers (``readers``, ``feeds``, ``html``); it imports none of them, so
``readers`` can use ``feeds`` and ``html`` without an import circle.
"""
from __future__ import annotations

import datetime as _dt
import email.utils
import re
from typing import Any

_ISO = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")


def clean_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) from what metadata gives, or None when there is none.

    Accepts ISO dates and datetimes (the local date is kept, not converted to UTC),
    ``YYYY/MM/DD``, and RFC 822 dates as in RSS (``Tue, 12 Mar 2019 01:00:00 +0300``
    gives 2019-03-12).  Returns None for anything else.
    """
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    s = str(value).strip()
    if not s:
        return None
    m = _ISO.match(s)
    if m:
        try:
            return _dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    try:
        d = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        return None
    return d.date().isoformat() if d else None
