"""Offset-preserving normalisation of Arabic text.

Folding is for matching only: ``fold_with_map`` returns the folded string and,
for each folded character, the offset of the character it came from in the
original text, so a match in folded text maps back to the user's text.
"""
from __future__ import annotations

import re

# Harakat, Quranic marks, superscript alef, tatweel.
_DROP = set(chr(c) for c in range(0x0610, 0x061B)) | set(chr(c) for c in range(0x064B, 0x0660)) \
    | {"\u0670", "\u0640"} | set(chr(c) for c in range(0x06D6, 0x06EE))
# Bidi controls, zero-width characters, BOM, soft hyphen.
_DROP |= {"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff", "\u00ad",
          "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}

_MAP: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك",
    "ؤ": "و", "ئ": "ي",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "″": '"', "‘": "'", "’": "'",
    "٫": ".", "٬": ",", "،": "،",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Eastern Arabic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian digits

_TABLE = {ord(k): v for k, v in _MAP.items()}
_TABLE.update({ord(c): None for c in _DROP})
_NEEDS_MAP = re.compile("[" + "".join(re.escape(c) for c in _DROP) + "]")


def fold(s: str) -> str:
    """Fold a string for matching: drop diacritics and invisible marks, unify letter variants and digits."""
    return s.translate(_TABLE)


def fold_with_map(s: str) -> tuple[str, list[int]]:
    """Fold ``s`` and return (folded, index) where ``index[i]`` is the offset in ``s`` of folded char ``i``.

    ``index`` has one extra entry, ``len(s)``, so an end offset maps too.
    """
    if not _NEEDS_MAP.search(s):
        # Length-preserving case: only one-to-one replacements.
        return s.translate(_TABLE), list(range(len(s) + 1))
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(s):
        r = _TABLE.get(ord(ch), ch)
        if r is None:
            continue
        out.append(r)
        index.append(i)
    index.append(len(s))
    return "".join(out), index
