"""Match Arabic place names to Latin-only transliterations.

Both scripts are reduced to the same *consonant skeleton*: articles dropped
(ال, al-/el-, and the assimilated as-/ash-/az-/ar-/ad-/at-/an- before a sun
letter), feature words dropped (قرية, village, town, district ...), vowels and
the weak letters و/ي (w/y, which transliterations often write as vowels)
dropped, the hamza and ʿayn dropped, confusable consonants merged into one
class (ت ط and t; د ض ذ and d, dh; ك ق and k, q ...), digraphs (kh, sh, gh, th,
dh, ch, dj, ph) read as one consonant, doubled letters collapsed. Two names are
compared by the edit distance of their skeletons::

    >>> skeleton_ar("دير الزور"), skeleton_lat("Dayr az Zawr"), skeleton_lat("Deir ez-Zor")
    ('DRZR', 'DRZR', 'DRZR')
    >>> round(similarity("الباغوز", "Baghuz Fawqani village"), 2)
    1.0

``similarity`` is 1.0 for equal skeletons and falls with the normalised edit
distance; a multi-word Latin name also scores on its first word alone, since
Arabic usage often drops a qualifier (Baghuz Fawqani, "Upper Baghuz").

Run ``python -m hadath.kb.translit [AIRWARS_CSV UCDP_CSV]`` (or ``hadath places
--translit-eval``) to measure precision and recall on the Airwars pairs.
"""
from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..text.normalize import fold

DEFAULT_THRESHOLD = 0.8

# Arabic letter -> consonant class ("" drops it).
_AR: dict[str, str] = {
    "ب": "B", "ت": "T", "ط": "T", "ث": "T", "ج": "J", "ح": "H", "ه": "H", "خ": "X",
    "د": "D", "ض": "D", "ذ": "D", "ر": "R", "ز": "Z", "ظ": "Z", "س": "S", "ص": "S",
    "ش": "C", "ع": "", "غ": "G", "ف": "F", "ق": "K", "ك": "K", "ل": "L", "م": "M",
    "ن": "N", "و": "", "ي": "", "ا": "", "ء": "", "ة": "", "ى": "", "پ": "B", "گ": "K",
    "چ": "C", "ڤ": "F", "ژ": "Z",
}
# Latin digraphs first, then single letters.
_LAT_DI: tuple[tuple[str, str], ...] = (
    ("kh", "X"), ("sh", "C"), ("ch", "C"), ("gh", "G"), ("th", "T"), ("dh", "D"),
    ("dj", "J"), ("ph", "F"), ("ck", "K"), ("ou", ""), ("ee", ""),
)
_LAT: dict[str, str] = {
    "b": "B", "p": "B", "t": "T", "j": "J", "g": "J", "h": "H", "d": "D", "r": "R",
    "z": "Z", "s": "S", "f": "F", "v": "F", "q": "K", "k": "K", "c": "K", "l": "L",
    "m": "M", "n": "N", "x": "KS",
}
# Words that name a kind of place rather than the place.
_AR_FEATURE = {fold(w) for w in (
    "قرية", "بلدة", "مدينة", "منطقة", "ناحية", "مزرعة", "مزارع", "حي", "محافظة", "قضاء",
    "مركز", "ريف", "حقل", "حقول", "مطار", "قاعدة", "سد", "جسر", "معبر", "مخيم")}
_LAT_FEATURE = {
    "village", "villages", "town", "city", "district", "subdistrict", "governorate", "province",
    "area", "suburb", "farm", "farms", "locality", "neighborhood", "neighbourhood", "region",
    "and", "of", "the", "near", "camp", "nahiya", "markaz", "mintaqat", "qada", "muhafazat",
    "oil", "field", "fields", "oilfield", "oilfields", "gas", "airbase", "base", "airport", "dam",
    "bridge", "checkpoint", "crossing", "road", "station", "plant", "reservoir", "complex", "brigade",
    "island", "pocket", "border", "military", "hospital", "school", "factory", "roundabout",
}
_LAT_ARTICLES = {"al", "el", "il", "ul", "l"}
_SUN = ("sh", "th", "dh", "s", "z", "r", "d", "t", "n", "l", "dd", "ss", "tt", "zz", "rr", "nn")
_AR_LETTERS = re.compile(r"[\u0621-\u064A\u067E\u0686\u06A4\u06AF\u0698]+")


def _collapse(s: str) -> str:
    out: list[str] = []
    for ch in s:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _ar_words(name: str) -> list[str]:
    words = _AR_LETTERS.findall(fold(name))
    out = []
    for w in words:
        if w in _AR_FEATURE and len(words) > 1:
            continue
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        if len(w) > 2 and w.endswith("ه"):
            w = w[:-1]  # ta marbuta (folded to ه), silent in transliteration
        out.append(w)
    return out or words


_AR_V = {"ا": "A", "ى": "A", "ه": "A", "و": "U", "ي": "I"}
_LAT_V = (("ee", "I"), ("ou", "U"), ("oo", "U"), ("ei", "I"), ("ai", "I"), ("ay", "I"), ("aw", "U"))
_LAT_V1 = {"a": "A", "e": "A", "i": "I", "y": "I", "o": "U", "u": "U", "w": "U"}


def _ar_word_full(w: str) -> str:
    out = []
    for k, ch in enumerate(w):
        if ch == "ه" and k < len(w) - 1:
            out.append("H")
        else:
            out.append(_AR_V.get(ch) or _AR.get(ch, ""))
    return "".join(out)


def _lat_word_full(w: str) -> str:
    if len(w) > 2 and w.endswith("h") and w[-2] in "aei":
        w = w[:-1]
    out: list[str] = []
    i = 0
    while i < len(w):
        two = w[i:i + 2]
        hit = next((c for d, c in _LAT_DI if d == two and c), None) or next((c for d, c in _LAT_V if d == two), None)
        if hit:
            out.append(hit)
            i += 2
            continue
        out.append(_LAT_V1.get(w[i]) or _LAT.get(w[i], ""))
        i += 1
    return "".join(out)


def full_ar(name: str) -> str:
    """Skeleton that keeps the long vowels (a tie-breaker between equal consonant skeletons)."""
    return _collapse("".join(_ar_word_full(w) for w in _ar_words(name)))


def full_lat(name: str) -> str:
    return _collapse("".join(_lat_word_full(w) for w in _lat_words(name.split("/")[0])))


def skeleton_ar(name: str) -> str:
    """Consonant skeleton of an Arabic name."""
    return _collapse("".join(_AR.get(ch, "") for w in _ar_words(name) for ch in w))


def _deaccent(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _lat_words(name: str) -> list[str]:
    s = _deaccent(name).lower()
    s = re.sub(r"[ʿʾ'’‘`´]", "", s)
    words = [w for w in re.split(r"[^a-z]+", s) if w]
    kept = [w for w in words if w not in _LAT_FEATURE] or words
    out: list[str] = []
    for k, w in enumerate(kept):
        nxt = kept[k + 1] if k + 1 < len(kept) else ""
        if w in _LAT_ARTICLES and nxt:
            continue
        # as Suwayda, ash Shaddadi, az Zawr, ad Dana: assimilated article
        if len(w) <= 3 and w[0] in "ae" and nxt and w[1:] in _SUN and nxt.startswith(w[1:][0]):
            continue
        out.append(w)
    return out or kept


def _lat_word_skeleton(w: str) -> str:
    if len(w) > 2 and w.endswith("h") and w[-2] in "aei":
        w = w[:-1]  # Raqqah, Hamah: the ta marbuta's h
    out: list[str] = []
    i = 0
    while i < len(w):
        two = w[i:i + 2]
        for di, cls in _LAT_DI:
            if two == di:
                out.append(cls)
                i += 2
                break
        else:
            out.append(_LAT.get(w[i], ""))
            i += 1
    return "".join(out)


def skeleton_lat(name: str) -> str:
    """Consonant skeleton of a Latin transliteration."""
    return _collapse("".join(_lat_word_skeleton(w) for w in _lat_words(name)))


def skeletons_ar(name: str) -> tuple[str, ...]:
    """Skeleton variants of an Arabic name (whole name; without a stray leading ل)."""
    out = [skeleton_ar(name)]
    words = _ar_words(name)
    if words and words[0].startswith("ل") and len(words[0]) > 3:
        # a clipped article (لطبقة for الطبقة) or the preposition لـ
        out.append(_collapse("".join(_AR.get(ch, "") for w in [words[0][1:]] + words[1:] for ch in w)))
    return tuple(dict.fromkeys(s for s in out if s))


def skeletons_lat(name: str) -> tuple[str, ...]:
    """Skeleton variants of a Latin name: each '/'-alternative, whole and first word alone."""
    out: list[str] = []
    for alt in name.split("/"):
        words = _lat_words(alt)
        if not words:
            continue
        out.append(_collapse("".join(_lat_word_skeleton(w) for w in words)))
        first = _collapse(_lat_word_skeleton(words[0]))
        if len(words) > 1 and len(first) >= 3:
            out.append(first)
    return tuple(dict.fromkeys(s for s in out if s))


try:  # optional accelerator; the pure-Python version gives the same numbers
    from rapidfuzz.distance import Levenshtein as _RF  # type: ignore

    def levenshtein(a: str, b: str) -> int:
        return _RF.distance(a, b)
except ImportError:  # pragma: no cover - depends on the environment
    @lru_cache(maxsize=200_000)
    def levenshtein(a: str, b: str) -> int:
        """Edit distance (insert, delete, substitute: cost 1)."""
        if a == b:
            return 0
        if len(a) < len(b):
            a, b = b, a
        prev = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            cur = [i]
            for j, cb in enumerate(b, 1):
                cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
            prev = cur
        return prev[-1]


def skeleton_similarity(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    n = max(len(a), len(b))
    if min(len(a), len(b)) <= 2:
        return 0.0  # too short to tell apart by distance: only exact skeletons count
    return 1.0 - levenshtein(a, b) / n


def _best(sa: Iterable[str], sb: Iterable[str]) -> float:
    sb = tuple(sb)
    return max((skeleton_similarity(x, y) for x in sa for y in sb), default=0.0)


def similarity(arabic: str, latin: str) -> float:
    """How well ``latin`` transliterates ``arabic``: 0.0 to 1.0."""
    return _best(skeletons_ar(arabic), skeletons_lat(latin))


def latin_similarity(a: str, b: str, whole: bool = False) -> float:
    """Two Latin transliterations of possibly the same name (Dayr az Zawr ~ Deir ez-Zor).

    ``whole``: compare whole names only (not a multi-word name's first word alone).
    """
    if whole:
        return skeleton_similarity(skeleton_lat(a), skeleton_lat(b))
    return _best(skeletons_lat(a), skeletons_lat(b))


class Matcher:
    """Ranks a fixed list of Latin names against Arabic names."""

    def __init__(self, latin_names: Sequence[str], threshold: float = DEFAULT_THRESHOLD) -> None:
        self.names = list(latin_names)
        self.threshold = threshold
        self._sk: dict[str, list[int]] = {}
        for k, name in enumerate(self.names):
            for s in skeletons_lat(name):
                self._sk.setdefault(s, []).append(k)
        self._keys = sorted(self._sk, key=len)
        self._full: dict[int, str] = {}

    def rank(self, arabic: str, top: int = 5) -> list[tuple[str, float]]:
        """The ``top`` Latin names most like ``arabic``, best first, with their scores.

        Names are scored on consonant skeletons; equal scores are ordered by the
        skeletons that keep long vowels (الميادين: Al Mayadin before Maadan).
        """
        best: dict[int, float] = {}
        for sa in skeletons_ar(arabic):
            for key in self._keys:
                # lower bound of the distance is the length difference: skip hopeless keys
                if 1.0 - abs(len(sa) - len(key)) / max(len(sa), len(key)) < self.threshold:
                    continue
                sc = skeleton_similarity(sa, key)
                if sc <= 0:
                    continue
                for k in self._sk[key]:
                    if sc > best.get(k, 0.0):
                        best[k] = sc
        fa = full_ar(arabic)

        def tie(k: int) -> float:
            fl = self._full.get(k)
            if fl is None:
                fl = self._full[k] = full_lat(self.names[k])
            return 1.0 - levenshtein(fa, fl) / max(len(fa), len(fl), 1)

        ranked = sorted(best.items(), key=lambda kv: (-kv[1], -tie(kv[0]), len(self.names[kv[0]])))
        return [(self.names[k], sc) for k, sc in ranked[:top]]

    def match(self, arabic: str) -> tuple[str, float] | None:
        """The best Latin name if it scores at least the threshold."""
        r = self.rank(arabic, top=1)
        return r[0] if r and r[0][1] >= self.threshold else None


def evaluate(airwars_csv: str, ucdp_csv: str, threshold: float = DEFAULT_THRESHOLD) -> dict[str, float]:
    """Precision and recall of the matcher on the Arabic-Latin pairs of the Airwars file.

    For each pair, every distinct UCDP place name is ranked against the Arabic
    name; a prediction is the top name when it scores at least ``threshold``;
    it is correct when it equals the pair's ``ucdp_where``. Precision =
    correct / predicted, recall = correct / pairs. ``top1`` is the share of
    pairs whose top-ranked name (whatever its score) is right.
    """
    with open(ucdp_csv, encoding="utf-8") as f:
        names = sorted({r["where_coordinates"].strip() for r in csv.DictReader(f) if r["where_coordinates"].strip()})
    with open(airwars_csv, encoding="utf-8") as f:
        pairs = [(r["arabic"].strip(), r["ucdp_where"].strip(), r["airwars_translit"].strip())
                 for r in csv.DictReader(f) if r["arabic"].strip() and r["ucdp_where"].strip()]
    m = Matcher(names, threshold=threshold)
    predicted = correct = top1 = 0
    # "consistent" pairs: Airwars' own transliteration agrees with the UCDP name, i.e. the
    # pair links a name to itself and not (as often) a neighbourhood or road to its town
    cons_n = cons_pred = cons_ok = 0
    for ar, gold, aw in pairs:
        consistent = latin_similarity(aw, gold) >= threshold
        cons_n += consistent
        r = m.rank(ar, top=1)
        if not r:
            continue
        name, sc = r[0]
        if name == gold:
            top1 += 1
        if sc >= threshold:
            predicted += 1
            correct += name == gold
            cons_pred += consistent
            cons_ok += consistent and name == gold
    n = len(pairs)
    p = correct / predicted if predicted else 0.0
    rec = correct / n if n else 0.0
    return {"pairs": n, "candidates": len(names), "threshold": threshold, "predicted": predicted,
            "correct": correct, "precision": p, "recall": rec, "top1": top1 / n if n else 0.0,
            "f1": 2 * p * rec / (p + rec) if p + rec else 0.0,
            "consistent_pairs": cons_n,
            "consistent_precision": cons_ok / cons_pred if cons_pred else 0.0,
            "consistent_recall": cons_ok / cons_n if cons_n else 0.0}


def default_sources() -> tuple[str, str]:
    from pathlib import Path
    import os
    base = Path(os.environ.get("HADATH_SHARED_DATA", Path(__file__).resolve().parents[3] / "shared" / "data"))
    g = base / "gazetteer"
    return str(g / "airwars_arabic_toponyms.csv"), str(g / "ucdp_syria_places.csv")


def format_eval(r: dict[str, float]) -> str:
    return (f"pairs {r['pairs']}, UCDP names {r['candidates']}, threshold {r['threshold']:.2f}: "
            f"predicted {r['predicted']}, correct {r['correct']}, precision {r['precision']:.3f}, "
            f"recall {r['recall']:.3f}, F1 {r['f1']:.3f}, top-1 accuracy {r['top1']:.3f}\n"
            f"on the {r['consistent_pairs']} pairs whose Airwars transliteration agrees with the UCDP name: "
            f"precision {r['consistent_precision']:.3f}, recall {r['consistent_recall']:.3f}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    aw, uc = (argv[0], argv[1]) if len(argv) >= 2 else default_sources()
    print(format_eval(evaluate(aw, uc)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
