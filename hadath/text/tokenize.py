"""Tokenizer with proclitic splitting.

Tokens are maximal runs of letters and digits (Arabic or Latin). Each token
keeps its offsets and its folded form; ``stems`` lists the folded forms with
the proclitics و ف ب ل ك and the article ال peeled off (longest first), so
"وبالباغوز" can match "الباغوز" and "باغوز". A lone "لـ" or "و" before a quote
("لـ\"العربي\"", "و\"داعش\"") is its own token and never glues to the name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .normalize import fold

# (not "_": a hashtag's words are joined by it, "#رام_الله", and each is a word: the place is read)
_WORD = re.compile(r"(?:[^\W_]|[\u0610-\u061A\u064B-\u065F\u0670\u0640\u200c\u200d])+")
# a word of three Arabic letters or more with a number glued after it, typed without the space ("في مارس2016"):
# two tokens, the word and the number
_GLUED_NUMBER = re.compile(r"([\u0621-\u063A\u0641-\u064A]{3,})([0-9\u0660-\u0669]+)")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    norm: str
    stems: tuple[str, ...] = field(default_factory=tuple)


def proclitic_variants(w: str) -> tuple[str, ...]:
    """Folded word -> the word and its forms without proclitics, most literal first."""
    out = [w]
    if len(w) < 3:
        return tuple(out)
    rest = w
    if rest[0] in "وف" and len(rest) > 3 or rest[:2] == "وو":
        # (no word starts with two waws: the first is the conjunction, however short the rest, "وود مدني")
        rest = rest[1:]
        out.append(rest)
    if rest[:1] in "بلك" and len(rest) > 3:
        r2 = rest[1:]
        if rest[0] == "ل" and r2.startswith("ل"):
            # لل + noun = ل + ال + noun
            out.append("ا" + r2)
        out.append(r2)
        rest = r2
    if rest.startswith("ال") and len(rest) > 3:
        out.append(rest[2:])
    seen: list[str] = []
    for v in out:
        if v not in seen:
            seen.append(v)
    return tuple(seen)


_MARKS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640]")
_ARTICLE_PROCLITICS = "وفبكل"


def has_b(tok: Token) -> bool:
    """The word carries the preposition ب after its conjunction (بالباغوز، وبمدينة، وبريف)."""
    w = tok.norm[1:] if tok.norm[:1] in "وف" else tok.norm
    return w[:1] == "ب" and w[1:] in tok.stems


def has_article(tok: Token) -> bool:
    """The word carries the article ال after its proclitics, as written ("الهجوم"، "وبالهجوم"، "للهجوم"):
    the folded stems cannot tell, since folding writes the hamzated alef of "إلقاء"، "ألقت"، "إلحاق" as a
    bare one, and "القاء" then looks like ال + "قاء". (A word written without its hamza, "القاء", still
    reads as definite: the text does not say.)"""
    raw = _MARKS.sub("", tok.text)
    k = 0
    while True:
        seg = raw[k:]
        if len(seg) > 3 and (seg.startswith("ال") or seg.startswith("لل")):
            return True
        if k < 2 and seg[:1] in _ARTICLE_PROCLITICS and len(seg) > 3:
            k += 1
            continue
        return False


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    toks: list[Token] = []
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        glued = _GLUED_NUMBER.fullmatch(word) if word[-1].isdigit() and not word[0].isdigit() else None
        for a, b in ((m.start(), m.start() + glued.end(1)), (m.start() + glued.end(1), m.end())) if glued else \
                ((m.start(), m.end()),):
            raw = text[a:b]
            norm = fold(raw)
            if norm:
                toks.append(Token(a, b, raw, norm, proclitic_variants(norm)))
    return toks
