"""Numbers in three digit scripts and in words, with hedges and vague counts.

A number mention's value: ``{"value": int | None, "vague": bool, "hedge": str | None}``.
Vague counts (عشرات, مئات, آلاف) keep ``value`` None and ``vague`` True.
"""
from __future__ import annotations

from ..kb.words import number_lexicon
from ..text.tokenize import Token
from ..types import Mention


def _digit_value(tok: Token) -> int | None:
    s = tok.norm
    if s.isdigit() and len(s) <= 9:
        return int(s)
    # a digit glued to a proclitic: و3, ب5
    if len(s) > 1 and s[0] in "وبل" and s[1:].isdigit() and len(s) <= 10:
        return int(s[1:])
    # a count glued to its noun by a missing space: "لقي 15حوثيا مصرعه"
    k = 0
    while k < len(s) and s[k].isdigit():
        k += 1
    if 0 < k <= 6 and len(s) - k >= 3 and all("\u0621" <= ch <= "\u064a" for ch in s[k:]):
        return int(s[:k])
    return None


def find_numbers(text: str, toks: list[Token], sentence: int = -1) -> list[Mention]:
    """Number mentions in ``toks`` (one sentence)."""
    lex = number_lexicon()
    words = {m.i: m for m in lex.find(toks)}
    out: list[Mention] = []
    i, n = 0, len(toks)
    hedge: str | None = None
    hedge_start: int | None = None
    while i < n:
        tok = toks[i]
        dv = _digit_value(tok)
        m = words.get(i)
        if dv is None and m is None:
            hedge, hedge_start = None, None
            i += 1
            continue
        if m is not None and m.payloads[0].kind.startswith("hedge"):
            hedge = m.payloads[0].kind.split("_")[1]
            hedge_start = m.start
            i = m.j
            continue
        start = hedge_start if hedge_start is not None else (tok.start if dv is not None else m.start)
        if dv is not None:
            value, vague, j, end = dv, False, i + 1, tok.end
            # 8 مليون / 3 آلاف
            if j < n and toks[j].norm in ("الف", "آلاف", "الاف"):
                value *= 1000
                end = toks[j].end
                j += 1
            elif j < n and toks[j].norm in ("مليون", "ملايين"):
                value *= 1_000_000
                end = toks[j].end
                j += 1
        else:
            w = m.payloads[0]
            j, end = m.j, m.end
            if w.kind == "vague":
                value, vague = None, True
                if w.value == 0 and not (j < n and toks[j].norm in ("من",)):
                    # "عدد"/"العديد" alone is not a count
                    i = j
                    hedge, hedge_start = None, None
                    continue
            else:
                value, vague = w.value, False
                # compounds: خمسة وعشرون, ثلاث مئة, ثلاثة آلاف
                while j < n:
                    nxt = words.get(j)
                    if nxt is None:
                        break
                    p = nxt.payloads[0]
                    if p.kind == "tens" and toks[j].norm.startswith("و"):
                        value += p.value
                    elif p.kind == "cardinal" and p.value == 10 and 3 <= value <= 9 and not toks[j].norm.startswith("و"):
                        value += 10  # "سبعة عشر"، "خمس عشرة": thirteen to nineteen
                    elif p.kind == "hundred" and value < 10:
                        value = value * 100 if p.value == 100 else value + p.value
                    elif p.kind in ("thousand", "vague") and p.value == 1000 and value < 1000:
                        value = value * 1000
                    else:
                        break
                    end, j = nxt.end, nxt.j
        # trailing hedge: "خمس غارات على الأقل" is found by the caller; here only "على الأقل" right after
        if j + 1 < n and toks[j].norm == "علي" and toks[j + 1].norm == "الاقل":
            hedge = hedge or "min"
        out.append(Mention("number", start, end, text[start:end],
                           {"value": value, "vague": vague, "hedge": hedge}, sentence))
        hedge, hedge_start = None, None
        i = j
    return out
