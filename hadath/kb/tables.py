"""Loaders of the bundled word tables as phrase indexes (compiled once, on first use).

``lexicon(name)`` indexes any cue table by its ``word`` column (casualty cues, role cues, place
cues, speech verbs ...); ``trigger_lexicon()`` the event triggers with their type, sub-type,
role and priority. They live in the knowledge layer so that every layer above (mentions,
events, the coder) and the knowledge facade itself read the same tables without importing
upwards.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon
from .loader import load_table


@lru_cache(maxsize=None)
def lexicon(name: str, key: str = "word") -> Lexicon:
    """A Lexicon over a bundled TSV, keyed by column ``key``, payload the row."""
    lex = Lexicon()
    for row in load_table(name):
        lex.add(row[key], row)
    return lex


@dataclass(frozen=True, slots=True)
class TriggerWord:
    event_type: str
    sub_event_type: str
    role: str
    priority: int
    implied_killed: int


@lru_cache(maxsize=None)
def trigger_lexicon() -> Lexicon:
    """``triggers.tsv``: words and phrases that tell an event, with what they tell."""
    lex = Lexicon()
    for r in load_table("triggers.tsv"):
        lex.add(r["word"], TriggerWord(r["event_type"], r["sub_event_type"], r["role"], int(r["priority"]),
                                       int(r.get("implied_killed") or 0)))
    return lex
