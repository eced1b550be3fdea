"""Time expressions resolved against the publication date.

Value of a time mention: ``{"date": ISO | None, "precision": 1|2|3, "kind": ..., "days_before": int | None}``.
``kind`` is relative (اليوم, أمس), weekday (الأحد الماضي), explicit (26 جوان 2015),
period (الأسبوع الماضي, نهاية الأسبوع), month (آذار 2019) or year (عام 1979: marks history).
Month and weekday names count only next to a day or year number, or after يوم/شهر,
so a person called رمضان is not a date.
"""
from __future__ import annotations

import datetime as dt
import re

from ..kb.lexicon import alias_key
from ..kb.words import function_keys, number_lexicon, time_lexicon
from ..text.tokenize import Token, has_article
from ..types import Mention

_YEAR = re.compile(r"^(19|20)\d\d$")
_NAMED_AFTER_DATE = frozenset(function_keys("named_after_date"))  # "شارع 26 سبتمبر": a street named after a date
_MARKET_NOUNS = frozenset(function_keys("market_noun"))  # "سوق الثلاثاء": a place named after a weekday
_OLD_YEAR = re.compile(r"^1[5-8]\d\d$")  # 1500-1899, not a Hijri year (13xx, 14xx)
_HIJRI_YEAR = re.compile(r"^1[34]\d\d$")
# a date in digits, day first as Arabic papers write it ("15/03/2019"، "15-3-2019"، "15.03.2019") or ISO ("2019-03-15"),
# in Western or Eastern Arabic digits
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NUMERIC_DATE = re.compile(r"(?<![\d/.:-])(?:(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)|((?:19|20)\d\d)([/-])(\d{1,2})\6(\d{1,2}))"
                           r"(?![\d/.:-]?\d)")
YEAR_SLIP_DAYS = 7  # a January date of last year within this many days before a January publication: the old year written by habit


def _num(tok: Token | None) -> int | None:
    if tok is None:
        return None
    s = tok.norm
    if s and s[0] in "وب" and s[1:].isdigit():
        s = s[1:]
    return int(s) if s.isdigit() and len(s) <= 4 else None


def _hijri_to_iso(y: int, m: int, d: int) -> str | None:
    try:
        from hijridate import Hijri
        return Hijri(y, m, d).to_gregorian().isoformat()
    except Exception:  # out of range or package missing
        return None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# weekday names that, with the article, are only ever days in news ("قصفت المليشيات، السبت، حي ...");
# الاثنين is also "the two", so it counts alone only between commas
_DAY_ONLY = {"السبت", "الاحد", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"}


def _bare_weekday(text: str, toks: list[Token], i: int) -> bool:
    """A weekday name standing alone as the time of the sentence: definite and unambiguous, or
    set off by commas."""
    tok = toks[i]
    if any(st in _DAY_ONLY for st in tok.stems) and has_article(tok):
        return True
    before = text[toks[i - 1].end:tok.start] if i > 0 else ""
    after = text[tok.end:toks[i + 1].start] if i + 1 < len(toks) else ""
    if "،" in before + after or "," in before + after:
        return True
    # "قاموا الإثنين بوقفة", "الذي استهدف الاثنين حفلا": right after a verb of the deed it is the day
    # ("the two" follows a noun or stands with معا / من)
    prev = toks[i - 1].norm if i > 0 else ""
    nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
    return nxt not in ("معا", "من", "منهم", "منهما") and (
        (prev.endswith("وا") and len(prev) > 3) or prev in _DEED_VERBS)


_DEED_VERBS = frozenset(function_keys("weekday_verb"))  # "الذي استهدف الاثنين حفلا"، "تعرض الاثنين إلى هجوم"


AGO = ("قبل", "منذ")  # "قبل عامين" (ago), "منذ ستة أشهر" (for six months: since then)


def _ago(toks: list[Token], m, days: int, pub: dt.date | None, plural: bool = False) -> dict | None:
    """"قبل عامين"، "قبل ثلاثة أسابيع"، "منذ نحو 6 أشهر": "قبل" or "منذ" (not "قبل ... من", before another event), an
    optional number (digits or a number word), then a unit of ``days`` days: that long before publication
    (precision: a day for days, a week for weeks, a month beyond). "counted": 1 when a number stands between."""
    k = m.i - 1
    n, counted = None, 0
    if k >= 0 and toks[k].norm not in AGO:
        n = _num(toks[k])
        if n is None:
            hit = [x for x in number_lexicon().find(toks, k, k + 1) if x.j == m.i and x.payloads[0].kind == "cardinal"]
            n = hit[0].payloads[0].value if hit else None
        if n is None:
            return None
        k, counted = k - 1, 1
    if k >= 0 and toks[k].norm in ("نحو", "حوالي", "قرابه", "زهاء") and k - 1 >= 0 and toks[k - 1].norm in AGO:
        k, counted = k - 1, counted + 1  # "منذ نحو 6 أشهر"
    if k < 0 or toks[k].norm not in AGO or (m.j < len(toks) and (toks[m.j].norm == "من" or _num(toks[m.j]) is not None)):
        # (not before another event, "قبل أسبوعين من الانتخابات"; nor a year named, "منذ سنة 2014")
        return None
    if plural and n is None:
        return None  # "منذ أيام قليلة": some days, no count
    back = days * (n or 1)
    prec = 1 if back < 7 else 2 if back < 28 else 3
    date = (pub - dt.timedelta(days=back)).isoformat() if pub else None
    return {"date": date, "precision": prec, "kind": "relative" if back < 7 else "period", "days_before": back,
            "counted": counted}


def find_times(text: str, toks: list[Token], published: str | None, sentence: int = -1) -> list[Mention]:
    pub = dt.date.fromisoformat(published) if published else None
    lex = time_lexicon()
    out: list[Mention] = []
    n = len(toks)
    used: set[int] = set()
    found = lex.find(toks)
    twins: set[int] = set()  # the second name of a month written in two traditions ("14 آذار/مارس 2019")
    for m in found:
        if m.i in twins:
            continue
        w = m.payloads[0]
        prev = toks[m.i - 1] if m.i > 0 else None
        nxt = toks[m.j] if m.j < n else None
        if w.kind == "month":
            twin = next((x for x in found if x.i == m.j and x.payloads[0].kind == "month"
                         and x.payloads[0].value == w.value and x.payloads[0].calendar == w.calendar), None)
            if twin is not None:
                twins.add(twin.i)
                nxt = toks[twin.j] if twin.j < n else None
        start, end = m.start, m.end
        val: dict | None = None
        if w.kind in ("relative", "period") and toks[m.i].norm == "قبل" and nxt is not None and nxt.norm == "من":
            continue  # "صور التقطها قبل أيام من العملية": days before another event, not before the report
        if w.kind == "relative" or w.kind == "period":
            date = (pub - dt.timedelta(days=w.value)).isoformat() if pub else None
            val = {"date": date, "precision": w.precision, "kind": w.kind, "days_before": w.value}
        elif w.kind == "weekend":
            # "في نهاية الأسبوع": the last weekend before the paper, dated by its Saturday (the day
            # both the Friday-Saturday and the Saturday-Sunday weekends hold), with the week's precision
            back = ((pub.weekday() - w.value) % 7 or 1) if pub else None
            date = (pub - dt.timedelta(days=back)).isoformat() if pub else None
            val = {"date": date, "precision": w.precision, "kind": "period", "days_before": back}
        elif w.kind == "weekday":
            after = nxt.norm if nxt else ""
            ok = (prev is not None and prev.norm in ("يوم", "اليوم", "امس", "فجر", "صباح", "مساء", "ليل", "ليله", "ظهر", "عصر")) \
                or after in ("الماضي", "الفائت", "المنصرم", "المقبل", "القادم") or _num(nxt) is not None \
                or _bare_weekday(text, toks, m.i)
            if not ok or prev is not None and alias_key(prev.stems[-1]) in _MARKET_NOUNS:
                continue  # ("سوق الثلاثاء"، "سوق الجمعة": a market or a quarter named by its day, no time)
            if pub:
                back = (pub.weekday() - w.value) % 7
                if after in ("الماضي", "الفائت", "المنصرم"):
                    back = back or 7
                    end = nxt.end
                elif after in ("المقبل", "القادم"):
                    back = -((w.value - pub.weekday()) % 7 or 7)  # next Monday: a plan
                    end = nxt.end
                date = (pub - dt.timedelta(days=back)).isoformat()
                val = {"date": date, "precision": 1, "kind": "weekday", "days_before": back}
            else:
                val = {"date": None, "precision": 1, "kind": "weekday", "days_before": None}
            # "الأحد 3 جويلية": the explicit date that follows wins; let it be found below
        elif w.kind == "month":
            day = _num(prev)
            year = _num(nxt)
            if year is not None and not (_YEAR.match(str(year)) or _HIJRI_YEAR.match(str(year))):
                year = None
            if day is not None and not 1 <= day <= 31:
                day = None
            month_word = prev is not None and prev.norm in ("شهر", "الشهر", "في", "خلال", "منذ", "مطلع", "اواخر", "منتصف")
            past = nxt is not None and nxt.norm in ("الماضي", "المنصرم", "الفائت")
            if day is None and year is None and not (month_word or past):
                continue
            if past:
                end = nxt.end
            if day is not None and m.i > 1 and alias_key(toks[m.i - 2].stems[-1]) in _NAMED_AFTER_DATE:
                continue  # "شارع 26 سبتمبر"، "مدينة 6 أكتوبر": a street or a town named after a date, no time
            if day is not None:
                start = prev.start
            if year is not None:
                end = nxt.end
            if w.calendar == "hijri":
                if year is None or not _HIJRI_YEAR.match(str(year)):
                    continue
                iso = _hijri_to_iso(year, w.value, day or 1)
                val = {"date": iso, "precision": 1 if day else 3, "kind": "explicit" if day else "month"}
            else:
                if year is None:
                    if pub is None:
                        val = {"date": None, "precision": 1 if day else 3, "kind": "explicit"}
                    else:
                        year = pub.year
                        d0 = _safe_date(year, w.value, day or 1)
                        if d0 and d0 > pub:
                            year -= 1
                if year is not None and day is not None and pub is not None and year == pub.year - 1 and w.value == pub.month == 1:
                    # "07 جانفي 2016" in an article of 7 January 2017: the old year written by habit in
                    # the first days of the new one, for a day of the week before the publication
                    d1 = _safe_date(pub.year, w.value, day)
                    if d1 is not None and 0 <= (pub - d1).days <= YEAR_SLIP_DAYS:
                        year = pub.year
                if year is not None:
                    d0 = _safe_date(year, w.value, day or 1)
                    if d0 is None:
                        continue
                    val = {"date": d0.isoformat(), "precision": 1 if day else 3,
                           "kind": "explicit" if day else "month"}
            if val is not None and pub and val["date"]:
                val["days_before"] = (pub - dt.date.fromisoformat(val["date"])).days
        if w.kind == "unit":
            val = _ago(toks, m, w.value, pub, plural=w.calendar == "plural")
            if val is not None:
                start = toks[m.i - 1 - (val.pop("counted"))].start
        if val is None:
            continue
        used.update(range(m.i, m.j))
        out.append(Mention("time", start, end, text[start:end], val, sentence))
    # dates in digits: "بتاريخ 15/03/2019"
    if toks:
        lo, hi = toks[0].start, toks[-1].end
        for m in _NUMERIC_DATE.finditer(text[lo:hi].translate(_DIGITS)):
            if m.group(1):
                d, mo, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
            else:
                y, mo, d = int(m.group(5)), int(m.group(7)), int(m.group(8))
            day = _safe_date(y, mo, d)
            start, end = lo + m.start(), lo + m.end()
            if day is None or any(o.start < end and start < o.end for o in out):
                continue
            val = {"date": day.isoformat(), "precision": 1, "kind": "explicit",
                   "days_before": (pub - day).days if pub else None}
            used.update(k for k, tok in enumerate(toks) if start <= tok.start < end)
            out.append(Mention("time", start, end, text[start:end], val, sentence))
    # bare years: عام 1979, سنة 2011, منذ 2014, في 2015
    for k, tok in enumerate(toks):
        if k in used:
            continue
        y = _num(tok)
        prev = toks[k - 1].norm if k > 0 else ""
        if y is None or not (_YEAR.match(str(y)) or _OLD_YEAR.match(str(y)) and prev in ("عام", "العام", "سنه")):
            continue  # ("ففي عام 1856 خرج آلاف النساء": a year of long ago, after a word of year only)
        if prev not in ("عام", "العام", "سنه", "منذ", "في", "خلال"):
            continue
        if any(o.start <= tok.start < o.end for o in out):
            continue
        date = f"{y}-01-01"
        val = {"date": date, "precision": 3, "kind": "year",
               "days_before": (pub - dt.date(y, 1, 1)).days if pub else None}
        out.append(Mention("time", toks[k - 1].start, tok.end, text[toks[k - 1].start:tok.end], val, sentence))
    out.sort(key=lambda m: m.start)
    return out
