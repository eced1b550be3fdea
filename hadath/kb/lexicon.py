"""A phrase index over folded tokens: finds multi-word names in tokenized text.

Aliases are tokenized and folded like the text. A match may start on a token
carrying proclitics (وبالباغوز matches الباغوز); later tokens must match
exactly (after folding). Longest match wins, scanning left to right.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..text.normalize import fold
from ..text.tokenize import Token, tokenize


@dataclass(slots=True)
class Match:
    i: int           # first token index
    j: int           # one past the last token index
    start: int       # offset in the original text (after stripped proclitics)
    end: int
    key: str         # the folded alias that matched
    payloads: list[Any]


def alias_key(alias: str) -> str:
    return " ".join(t.norm for t in tokenize(alias))


def _skip_letters(tok: Token, n_folded: int) -> int:
    """Offset in the text after the first ``n_folded`` folded letters of ``tok``."""
    if n_folded <= 0:
        return tok.start
    seen = 0
    for k, ch in enumerate(tok.text):
        if fold(ch):
            seen += 1
            if seen == n_folded:
                # also skip a tatweel or diacritics right after the clitic
                p = k + 1
                while p < len(tok.text) and not fold(tok.text[p]):
                    p += 1
                return tok.start + p
    return tok.start


class Lexicon:
    def __init__(self) -> None:
        self._index: dict[str, list[Any]] = {}
        self._firsts: set[str] = set()
        self.max_len = 1

    def __len__(self) -> int:
        return len(self._index)

    def add(self, alias: str, payload: Any) -> None:
        key = alias_key(alias)
        if not key:
            return
        lst = self._index.setdefault(key, [])
        if payload not in lst:
            lst.append(payload)
        parts = key.split(" ")
        self._firsts.add(parts[0])
        self.max_len = max(self.max_len, len(parts))

    def add_many(self, pairs: Iterable[tuple[str, Any]]) -> None:
        for alias, payload in pairs:
            self.add(alias, payload)

    def get(self, phrase: str) -> list[Any]:
        return self._index.get(alias_key(phrase), [])

    def keys(self) -> Iterator[str]:
        return iter(self._index)

    def find(self, toks: list[Token], lo: int = 0, hi: int | None = None,
             overlapping: bool = False) -> list[Match]:
        """Matches in ``toks[lo:hi]``; non-overlapping longest-first unless ``overlapping``."""
        hi = len(toks) if hi is None else hi
        out: list[Match] = []
        i = lo
        index, firsts = self._index, self._firsts
        while i < hi:
            best: Match | None = None
            for form in toks[i].stems:
                if form not in firsts:
                    continue
                key = form
                # a phrase written with the article on every word ("الوقفة الاحتجاجية", "العبوة
                # الناسفة") matches its entry without it, when the first word lost its article too
                bare = key
                definite = form != toks[i].norm and toks[i].norm.endswith(form) and "ال" in toks[i].norm[:-len(form)]
                # try the longest span first
                cands = [(1, key, key)]
                for n in range(2, min(self.max_len, hi - i) + 1):
                    w = toks[i + n - 1].norm
                    key = key + " " + w
                    bare = bare + " " + (w[2:] if definite and w.startswith("ال") and len(w) > 4 else w)
                    cands.append((n, key, bare))
                for n, k, b in reversed(cands):
                    k = k if k in index else b
                    if k in index:
                        if best is None or n > best.j - best.i:
                            stripped = len(toks[i].norm) - len(form)
                            best = Match(i, i + n, _skip_letters(toks[i], stripped),
                                         toks[i + n - 1].end, k, index[k])
                        break
            if best is not None:
                out.append(best)
                i = i + 1 if overlapping else best.j
            else:
                i += 1
        return out
