"""Cue words around mentions: casualty cues, victim nouns, role cues, place cues, speech verbs."""
from __future__ import annotations

from functools import lru_cache

from ..kb.lexicon import Lexicon
from ..kb.loader import load_table


@lru_cache(maxsize=None)
def lexicon(name: str, key: str = "word") -> Lexicon:
    """A Lexicon over a bundled TSV, keyed by column ``key``, payload the row."""
    lex = Lexicon()
    for row in load_table(name):
        lex.add(row[key], row)
    return lex
