"""Small word tables (numbers, time words, cues) loaded from data files and folded for matching."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon
from .loader import load_table


@dataclass(frozen=True, slots=True)
class NumberWord:
    value: int
    kind: str


@dataclass(frozen=True, slots=True)
class TimeWord:
    kind: str
    value: int
    precision: int
    calendar: str


@lru_cache(maxsize=None)
def number_lexicon() -> Lexicon:
    lex = Lexicon()
    for row in load_table("numbers.tsv"):
        lex.add(row["word"], NumberWord(int(row["value"]), row["kind"]))
    return lex


@lru_cache(maxsize=None)
def time_lexicon() -> Lexicon:
    lex = Lexicon()
    for row in load_table("time_words.tsv"):
        lex.add(row["word"], TimeWord(row["kind"], int(row["value"]), int(row["precision"] or 1),
                                      row.get("calendar", "")))
    return lex


@lru_cache(maxsize=None)
def cue_lexicon(name: str) -> Lexicon:
    """A lexicon from a TSV whose first column is ``word``; payload is the row dict."""
    lex = Lexicon()
    for row in load_table(name):
        lex.add(row["word"], row)
    return lex
