"""Is this language? The share of a sentence's adjacent word pairs that ordinary news uses.
And is this word common? (a word in many news articles is not an unknown village's name)

``fluency_bigrams.bin`` (built by ``scripts/build_fluency.py`` from the ANT news corpus)
holds hashes of the word pairs seen at least twice in ordinary Arabic news. Real sentences
share many of them (function words and the phrases around them); shuffled or random words
share almost none, so the coder reads no event out of a word salad.
"""
from __future__ import annotations

import zlib
from array import array
from functools import lru_cache
from pathlib import Path

from .tokenize import Token

PATH = Path(__file__).resolve().parent.parent / "data" / "fluency_bigrams.bin"
WORDS_PATH = PATH.with_name("common_words.bin")
MIN_PAIRS = 40  # shorter texts (a headline, a sentence or two) are not judged: too few pairs


@lru_cache(maxsize=2)
def _hashes(path: Path) -> frozenset[int]:
    """A table of sorted 32-bit CRC hashes (zlib-compressed), empty when missing."""
    if not path.exists():
        return frozenset()
    a = array("I")
    a.frombytes(zlib.decompress(path.read_bytes()))
    return frozenset(a)


def _known() -> frozenset[int]:
    return _hashes(PATH)


def pair_key(a: str, b: str) -> int:
    return zlib.crc32(f"{a} {b}".encode("utf-8"))


def pair_share(sentences: list[list[Token]]) -> float | None:
    """Share of known word pairs among the pairs inside these sentences; None when there are
    too few pairs to judge (or when the table is missing)."""
    known = _known()
    n = hit = 0
    for toks in sentences:
        words = [t.stems[-1] for t in toks]
        for a, b in zip(words, words[1:]):
            n += 1
            hit += pair_key(a, b) in known
    if not known or n < MIN_PAIRS:
        return None
    return hit / n


def fluency(toks: list[Token]) -> float | None:
    """The share of known word pairs of one sentence (see :func:`pair_share`)."""
    return pair_share([toks])


def is_common(word: str) -> bool:
    """True for a word (a token's last stem: proclitics and article peeled) that ten or more
    articles of the ANT news corpus use (``common_words.bin``, built by
    ``scripts/build_fluency.py``); False for a rare word or when the table is missing."""
    return zlib.crc32(word.encode("utf-8")) in _hashes(WORDS_PATH)
