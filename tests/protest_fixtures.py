"""Shared by the protest tests: the demonstration-family records hadath codes in a text."""
from __future__ import annotations

from hadath import extract

CROWD_TYPES = ("Protests", "Riots")


def crowd_records(text: str, published: str) -> list[tuple[str, str]]:
    """(event_type, sub_event_type) of each Protests or Riots record coded in ``text``."""
    return [(e.event_type, e.sub_event_type) for e in extract(text, published).events
            if e.event_type in CROWD_TYPES]
