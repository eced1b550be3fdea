"""Small word tables (numbers, time words, cues) loaded from data files and folded for matching."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, alias_key
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


@lru_cache(maxsize=None)
def function_words(word_class: str) -> tuple[str, ...]:
    """The words of one closed class of function_words.tsv, as written, in file order."""
    words = tuple(dict.fromkeys(r["word"] for r in load_table("function_words.tsv") if r["class"] == word_class))
    if not words:
        raise KeyError(f"function_words.tsv has no class {word_class!r}")
    return words


@lru_cache(maxsize=None)
def function_keys(word_class: str) -> tuple[str, ...]:
    """The words of one class folded as an alias is (alias_key), in file order: what a token's norm or stem equals."""
    return tuple(dict.fromkeys(alias_key(w) for w in function_words(word_class)))
