"""Sentence splitting that keeps offsets and does not split at the Arabic comma.

A sentence ends at a newline, or at . ! ? ؟ … (with any closing quotes or
brackets after it) when what follows is a space, the end, or the start of a
new word and the word before is not a short abbreviation (ار.تي.ال) or a
number (3.5).
"""
from __future__ import annotations

import re
import unicodedata

from ..types import Span

_END = re.compile(r'[.!?؟…]+["\'»”)\]]*')
_CLOSERS = '"\'»”)]'


def _is_abbrev(text: str, pos: int) -> bool:
    """True when the period at ``pos`` belongs to an abbreviation or a number."""
    if text[pos] != ".":
        return False
    before = text[max(0, pos - 3):pos]
    after = text[pos + 1:pos + 2]
    if before[-1:].isdigit() and after.isdigit():
        return True
    # A word of one or two letters before the period and a letter right after: ار.تي.ال, U.S.
    m = re.search(r"(?:^|[^\w])(\w{1,2})$", text[max(0, pos - 4):pos])
    if m and after and after.isalpha():
        return True
    return False


# "قبلي : القبض على ..." — news digests run headlines together, each led by a short label and a
# spaced colon; a new sentence starts at the label (its last two words before the colon).
_LABEL = re.compile(r"(?:^|(?<=\s))(\w+(?:\s+\w+)?)\s+:\s+")


def _split_labels(text: str, span: Span) -> list[Span]:
    seg = text[span.start:span.end]
    cuts = [span.start + m.start(1) for m in _LABEL.finditer(seg) if m.start(1) > 0]
    if not cuts:
        return [span]
    out, a = [], span.start
    for c in cuts:
        b = c
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(Span(a, b))
        a = c
    out.append(Span(a, span.end))
    return out


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence spans (whitespace trimmed, empty ones dropped)."""
    spans: list[Span] = []
    start = 0
    n = len(text)

    def blank(ch: str) -> bool:
        return ch.isspace() or unicodedata.category(ch) == "Cf"  # bidi and zero-width marks

    def emit(a: int, b: int) -> None:
        while a < b and blank(text[a]):
            a += 1
        while b > a and blank(text[b - 1]):
            b -= 1
        if b > a:
            spans.extend(_split_labels(text, Span(a, b)))

    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            emit(start, i)
            start = i + 1
            i += 1
            continue
        if ch in ".!?؟…":
            m = _END.match(text, i)
            end = m.end()
            nxt = text[end:end + 1]
            if not _is_abbrev(text, i) and (not nxt or nxt.isspace() or nxt.isalpha() or nxt in '"«'):
                emit(start, end)
                start = end
            i = end
            continue
        i += 1
    emit(start, n)
    return spans
