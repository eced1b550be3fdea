"""Knowledge base: data files (actors, places, triggers, phrases) and their compiled indexes.

``knowledge()`` returns the one loaded ``Knowledge``: the actor dictionary, the
gazetteer and the country table behind a small interface the mention finders use.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .facade import Knowledge


@lru_cache(maxsize=1)
def knowledge() -> "Knowledge":
    from .facade import Knowledge
    return Knowledge()
