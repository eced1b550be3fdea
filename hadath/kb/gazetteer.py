"""hadath's gazetteer: places with Arabic names, coordinates and admin levels.

``load()`` reads the compiled artefact ``hadath/data/places.tsv.gz`` (built by
``scripts/build_gazetteer.py``), the countries of ``countries.tsv``, and any
user file of extra places named by the environment variable ``HADATH_PLACES``
(paths separated by ``os.pathsep``) or passed as ``load(extra=[...])``: a TSV
or CSV with the artefact's columns (at least ``name``, ``name_ar``, ``lat``,
``lon``, ``country``), so a user adds a village without code.

    >>> gaz = load()
    >>> [p.country for p in gaz.candidates("طرابلس") if p.kind == "city"]
    ['Lebanon', 'Libya']
    >>> gaz.resolve(gaz.candidates("طرابلس"), countries=["Lebanon"]).country
    'Lebanon'
"""
from __future__ import annotations

import csv
import gzip
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..text.normalize import fold
from ..text.tokenize import Token, tokenize
from .lexicon import Lexicon, Match, alias_key
from .loader import data_path, read_tsv, split_list

ARTEFACT = "places.tsv.gz"
# the artefact's Arabic name index: "folded key<TAB>row numbers", built with the artefact so that
# loading 100k+ places does not tokenize every name (rows are parsed when a name matches)
INDEX = "places_index.tsv.gz"
ENV_VAR = "HADATH_PLACES"
# First words of compound names that are also written glued to the rest (كفر شوبا = كفرشوبا,
# دير الزور = ديرالزور): a one-word name with one of these at its start gets the spaced key too.
COMPOUND_PREFIXES = ("كفر", "دير", "تل", "عين", "بيت", "بني", "ابو", "ام", "بير", "بئر", "جسر", "خربه",
                     "راس", "مرج", "وادي", "جبل", "سوق", "قصر", "باب", "بنت", "كرم", "نهر", "عرب", "قلعه",
                     "حمام", "معره", "ذات", "سيدي", "عين")
# Most specific first; used last when ranking same-name places.
KIND_RANK = {k: i for i, k in enumerate((
    "neighbourhood", "camp", "airbase", "base", "oil field", "village", "town", "city",
    "mountain", "desert", "district", "region", "admin2", "admin1", "country"))}
BROAD = {"country", "admin1", "admin2"}


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str                       # English, as ACLED writes it where it can
    names_ar: tuple[str, ...]       # Arabic names and variants
    latitude: float | None
    longitude: float | None
    country: str
    admin1: str = ""
    admin2: str = ""
    kind: str = "town"
    population: int = 0
    source: str = ""
    licence: str = ""
    alt_names: tuple[str, ...] = ()  # other English/Latin spellings

    @property
    def coords(self) -> tuple[float, float] | None:
        if self.latitude is None or self.longitude is None:
            return None
        return (self.latitude, self.longitude)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["names_ar"] = list(self.names_ar)
        d["alt_names"] = list(self.alt_names)
        return d


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def name_keys(name: str, kind: str = "") -> list[str]:
    """Index keys of an Arabic name: its folded key, and the same name with and without the
    space of a compound (كفر شوبا / كفرشوبا, دير الزور / ديرالزور); a camp also under مخيم + name
    (so "مخيم جباليا" is the camp, not the town)."""
    key = alias_key(name)
    if not key:
        return []
    out = [key]
    if " " in key:
        glued = key.replace(" ", "")
        # not آل خميس -> الخميس (a family's name glued is the article and a word)
        if len(glued) >= 6 and not key.startswith("ال "):
            out.append(glued)
    else:
        for pre in COMPOUND_PREFIXES:
            if key.startswith(pre) and len(key) - len(pre) >= 3:
                out.append(pre + " " + key[len(pre):])
                break
    if kind == "camp" and not key.startswith("مخيم "):
        out += ["مخيم " + k for k in list(out)]
    return out


_LIGHT = {ord(c): None for c in "\u0640 "} | {ord(c): None for c in map(chr, range(0x064B, 0x0660))} \
    | {ord("\u0670"): None, ord("ى"): "ي", ord("ة"): "ه", ord("ی"): "ي", ord("ک"): "ك"}
_HAMZA = set("أإآؤئء")


def _light(s: str) -> str:
    """Diacritics, tatweel and spaces dropped; hamza kept (فأس stays apart from فاس)."""
    return s.translate(_LIGHT)


def hamza_compatible(surface: str, name: str) -> bool:
    """False when the text writes a hamza inside a word where the name has a plain letter
    (بفأس "with an axe" is not فاس Fes). A name written with a hamza matches text without it
    (news often drops it), and an initial hamza is never checked (place lists drop it)."""
    a, b = _light(surface), _light(name)
    if len(a) != len(b):
        if a.startswith("ال") and len(a) - 2 == len(b):
            a = a[2:]
        elif b.startswith("ال") and len(b) - 2 == len(a):
            b = b[2:]
        else:
            return True
    return not any(x in _HAMZA and x != y and y in "اوي" for k, (x, y) in enumerate(zip(a, b)) if k > 0)


def _float(v: str | None) -> float | None:
    v = (v or "").strip()
    if not v:
        return None
    try:
        return round(float(v), 4)
    except ValueError:
        return None


def _int(v: str | None) -> int:
    try:
        return int(float((v or "0").strip() or 0))
    except ValueError:
        return 0


def _slug(s: str) -> str:
    return re.sub(r"[^\w]+", "-", s.lower()).strip("-")


def place_from_row(r: dict[str, str], default_source: str = "", default_id: str = "") -> Place:
    names = r.get("name_ar") or r.get("names_ar") or ""
    lat = _float(r.get("lat") or r.get("latitude"))
    lon = _float(r.get("lon") or r.get("longitude"))
    name = (r.get("name") or "").strip()
    return Place(
        id=(r.get("id") or "").strip() or default_id or f"user:{_slug(name or names)}",
        name=name or split_list(names)[0] if (name or names) else "",
        names_ar=tuple(split_list(names)),
        latitude=lat, longitude=lon,
        country=(r.get("country") or "").strip(),
        admin1=(r.get("admin1") or "").strip(),
        admin2=(r.get("admin2") or "").strip(),
        kind=(r.get("kind") or "").strip() or "town",
        population=_int(r.get("population")),
        source=(r.get("source") or "").strip() or default_source,
        licence=(r.get("licence") or "").strip(),
        alt_names=tuple(split_list(r.get("alt_en") or r.get("alt_names") or "")),
    )


def read_places_file(path: str | Path) -> list[Place]:
    """A user file of places: TSV (or CSV when the name ends in .csv), header row, '|' lists."""
    p = Path(path)
    if p.suffix.lower() == ".csv" or p.name.lower().endswith(".csv.gz"):
        opener = gzip.open if p.suffix == ".gz" else open
        with opener(p, "rt", encoding="utf-8-sig", newline="") as f:
            rows = [{k.strip(): (v or "").strip() for k, v in r.items() if k}
                    for r in csv.DictReader(line for line in f if not line.startswith("#"))]
    else:
        rows = read_tsv(p)
    return [place_from_row(r, default_source=f"user:{p.name}") for r in rows
            if (r.get("name") or r.get("name_ar") or "").strip()]


class _RowIndex(dict):
    """Folded key -> places; values are row numbers (a string, "3,17") until first asked for."""

    __slots__ = ("gaz",)

    def __init__(self, gaz: "Gazetteer") -> None:
        super().__init__()
        self.gaz = gaz

    def _places(self, key: str, v: Any) -> list:
        if isinstance(v, str):
            v = [self.gaz.row(int(k)) for k in v.split(",")]
            dict.__setitem__(self, key, v)
        return v

    def __getitem__(self, key: str) -> list:
        return self._places(key, dict.__getitem__(self, key))

    def get(self, key: str, default: Any = None) -> Any:
        v = dict.get(self, key)
        return default if v is None else self._places(key, v)


class PlaceLexicon(Lexicon):
    """The gazetteer's lexicon: keys with and without the space of a compound, and two checks
    on the text's own spelling: a stop-listed word (``place_stopwords.tsv``, scope surface) is
    never a place, a name after a word of scope "before" is a common noun ("إحدى القريتين": one of
    the two villages, not Al Qaryatayn), and a short name matches only if the text's hamza agrees
    (فأس is not فاس)."""

    def __init__(self) -> None:
        super().__init__()
        self.stop_surface: set[str] = set()
        self.stop_before: set[str] = set()
        self.stop_after: set[str] = set()
        self.verb_ok: set[str] = set()

    def add(self, alias: str, payload: Any, kind: str = "") -> None:
        for key in name_keys(alias, kind):
            lst = self._index.get(key)
            if lst is None:
                lst = self._index[key] = []
            if payload not in lst:
                lst.append(payload)
            parts = key.split(" ")
            self._firsts.add(parts[0])
            self.max_len = max(self.max_len, len(parts))

    def find(self, toks: list[Token], lo: int = 0, hi: int | None = None,
             overlapping: bool = False) -> list[Match]:
        out = []
        for m in super().find(toks, lo, hi, overlapping):
            first = toks[m.i]
            surface = " ".join([first.text[m.start - first.start:]] + [t.text for t in toks[m.i + 1:m.j]])
            if _light(surface) in self.stop_surface:
                continue
            if m.i > 0 and toks[m.i - 1].norm in self.stop_before:
                continue
            if m.j < len(toks) and toks[m.j].norm in self.stop_after:
                continue  # "القنابل المسيلة للدموع" (tear gas) is no M'Sila
            if m.j - m.i == 1 and _verb_shaped(surface) and "ب" not in first.text[:m.start - first.start] \
                    and not (m.i > 0 and (toks[m.i - 1].norm in self.verb_ok or toks[m.i - 1].norm in _place_nouns())):
                # "أمر يبعث على القلق" (a matter that gives cause for concern) is not Yabuth: a name
                # shaped like a present-tense verb (ي and three consonants) is a place only after
                # "ب", a place noun or a word of place (place_stopwords.tsv, scope verb_ok: "في يبعث")
                continue
            if "ك" in fold(first.text[:m.start - first.start]):
                continue  # a place name never takes "ك" ("as"): "كفريا" is not فريا, "كمينا" not مينا
            if m.j - m.i == 1 and surface.endswith("ه") and not (m.i > 0 and toks[m.i - 1].norm in _place_nouns()) \
                    and any(n.endswith("ة") for p in m.payloads for n in getattr(p, "names_ar", ())):
                # "لغم زرعه التنظيم" (planted it) is not زرعة: a final ه where a name has ة is a pronoun
                # (unless a place noun says a place comes: "بلدة زرعه")
                continue
            if m.j - m.i == 1 and len(m.key) <= 5 and any(ch in _HAMZA for ch in surface[1:]):
                keep = [p for p in m.payloads if any(hamza_compatible(surface, n) for n in p.names_ar)]
                if not keep:
                    continue
                if len(keep) != len(m.payloads):
                    m = Match(m.i, m.j, m.start, m.end, m.key, keep)
            out.append(m)
        return out


def _verb_shaped(surface: str) -> bool:
    """A one-word name written like a present-tense verb: ي and three consonants (يبعث, ينقل)."""
    return len(surface) == 4 and surface[0] == "ي" and not any(ch in "اويىةءآأإئؤ" for ch in surface[1:])


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    """``place_nouns.tsv``: the nouns of a place's kind ("بلدة", "قرية"), folded as tokens are."""
    return frozenset(fold(r["word"]) for r in read_tsv(data_path("place_nouns.tsv")) if r.get("word"))


class Gazetteer:
    def __init__(self, places: Iterable[Place] = (), countries: Sequence[dict[str, str]] = (),
                 rows: Sequence[str] = (), header: Sequence[str] = (), index: dict[str, str] | None = None,
                 stop_surface: Iterable[str] = (), stop_before: Iterable[str] = (),
                 verb_ok: Iterable[str] = (), stop_after: Iterable[str] = ()) -> None:
        """``places``: Place objects; ``rows``/``header``: artefact lines parsed on demand
        (``row(k)``), with ``index`` (folded key -> row numbers) the Arabic names of those rows."""
        self._rows = list(rows)
        self._col = {h: k for k, h in enumerate(header)}
        self._cache: dict[int, Place] = {}
        self._extra: list[Place] = list(places)
        self._index = index
        self._all: list[Place] | None = None
        self._by_id: dict[str, Place] | None = None
        self._lexicon: PlaceLexicon | None = None
        self._cue_lexicon: PlaceLexicon | None = None
        self._en: dict[str, list[Place]] | None = None
        self._stop_surface = {_light(w) for w in stop_surface}
        self._stop_before = {fold(w) for w in stop_before}
        self._stop_after = {fold(w) for w in stop_after}
        self._verb_ok = {fold(w) for w in verb_ok}
        self.countries_by_adjective: dict[str, str] = {}
        self._country: dict[str, Place] = {}
        country_places = [self.row(k) for k, ln in enumerate(self._rows) if ln.startswith("country:")]
        by_name = {p.name: p for p in country_places + [p for p in self._extra if p.kind == "country"]}
        for r in countries:
            cp = by_name.get(r["name"])
            if cp is None:
                continue
            for key in [r["iso2"], r["name"], *split_list(r.get("name_ar", ""))]:
                self._country.setdefault(key.lower(), cp)
                self._country.setdefault(alias_key(key), cp)
            for adj in split_list(r.get("adjectives", "")):
                self.countries_by_adjective.setdefault(adj, r["name"])
                self.countries_by_adjective.setdefault(alias_key(adj), r["name"])

    def row(self, k: int) -> Place:
        """The place of artefact row ``k`` (parsed once)."""
        p = self._cache.get(k)
        if p is None:
            p = self._cache[k] = _parse_row(self._rows[k].split("\t"), self._col)
        return p

    @property
    def places(self) -> list[Place]:
        if self._all is None:
            self._all = [self.row(k) for k in range(len(self._rows))] + self._extra
        return self._all

    @property
    def by_id(self) -> dict[str, Place]:
        if self._by_id is None:
            self._by_id = {p.id: p for p in self.places}
        return self._by_id

    def __len__(self) -> int:
        return len(self._rows) + len(self._extra)

    # ---- indexes (built on first use)
    @property
    def lexicon(self) -> PlaceLexicon:
        """Arabic names -> Places (the artefact lists article-less forms, باغوز, as names)."""
        if self._lexicon is None:
            lex = PlaceLexicon()
            lex.stop_surface, lex.stop_before, lex.verb_ok = self._stop_surface, self._stop_before, self._verb_ok
            lex.stop_after = self._stop_after
            if self._index is not None:
                idx = _RowIndex(self)
                dict.update(idx, ((k, v) for k, v in self._index.items() if k[:1] not in "@!"))
                self._cue_keys = {k[1:]: v for k, v in self._index.items() if k[:1] == "!"}
                self._index = {k: v for k, v in self._index.items() if k[:1] == "@"}  # no second copy
                lex._index = idx
                lex._firsts = {k.split(" ", 1)[0] for k in idx}
                lex.max_len = max((k.count(" ") + 1 for k in idx), default=1)
                rest: Iterable[Place] = self._extra
            else:
                rest = self.places
            for p in rest:
                for n in p.names_ar:
                    lex.add(n, p, p.kind)
            self._lexicon = lex
        return self._lexicon

    @property
    def cue_lexicon(self) -> PlaceLexicon:
        """Names dropped from the main lexicon as common words (جدة, حجة, عمران): places only
        right after a place noun ("مدينة جدة", "محافظة حجة"), which the caller checks."""
        if self._cue_lexicon is None:
            self.lexicon  # splits the index
            lex = PlaceLexicon()
            lex.stop_surface, lex.stop_before, lex.verb_ok = self._stop_surface, self._stop_before, self._verb_ok
            lex.stop_after = self._stop_after
            idx = _RowIndex(self)
            dict.update(idx, getattr(self, "_cue_keys", {}).items())
            lex._index = idx
            lex._firsts = {k.split(" ", 1)[0] for k in idx}
            lex.max_len = max((k.count(" ") + 1 for k in idx), default=1)
            self._cue_lexicon = lex
        return self._cue_lexicon

    def _english(self) -> dict[str, list[Place]]:
        """English/Latin names -> Places (the index's "@" keys, else every place's names)."""
        if self._en is None:
            en: dict[str, list[Place]] = {}
            if self._index is not None:
                idx = _RowIndex(self)
                dict.update(idx, ((k[1:], v) for k, v in self._index.items() if k[:1] == "@"))
                if self._lexicon is not None:
                    self._index = {}
                en = idx
                rest: Iterable[Place] = self._extra
            else:
                rest = self.places
            for p in rest:
                for n in (p.name, *p.alt_names):
                    k = _en_key(n)
                    lst = en.get(k)
                    if lst is None:
                        lst = en[k] = []
                    if p not in lst:
                        lst.append(p)
            self._en = en
        return self._en

    # ---- lookups
    def candidates(self, name: str) -> list[Place]:
        """Places called ``name`` (Arabic, with or without proclitics, or English)."""
        name = name.strip()
        if not name:
            return []
        if re.search(r"[\u0600-\u06FF]", name):
            lex = self.lexicon
            out = list(lex.get(name))
            if not out:
                # proclitics and leading prepositions: بالباغوز, وفي طرابلس, قرب مدينة إدلب
                toks = tokenize(name)
                ms = [m for m in lex.find(toks) if m.j == len(toks)]
                if ms:
                    out = list(ms[-1].payloads)
            return out
        return list(self._english().get(_en_key(name), []))

    def country(self, name_or_iso: str) -> Place | None:
        """The country place for an ISO code, English name, Arabic name or nationality adjective."""
        s = name_or_iso.strip()
        hit = self._country.get(s.lower()) or self._country.get(alias_key(s))
        if hit is None:
            adj = self.country_of_adjective(s)
            if adj:
                hit = self._country.get(adj.lower())
        return hit

    def country_of_adjective(self, word: str) -> str | None:
        """English country name for a nationality adjective as written (والسوريين -> Syria)."""
        cba = self.countries_by_adjective
        if word in cba:
            return cba[word]
        key = alias_key(word)
        if key in cba:
            return cba[key]
        toks = tokenize(word)
        if len(toks) == 1:
            for stem in toks[0].stems:
                if stem in cba:
                    return cba[stem]
        return None

    def resolve(self, candidates: Sequence[Place], countries: Iterable[str] = (),
                admin1s: Iterable[str] = (), near: Iterable[tuple[float, float]] = (),
                kinds: Iterable[str] | None = None) -> Place | None:
        """Pick one of same-name ``candidates`` using the article's context.

        In order: a place in an admin1, then a country, already named in the
        article wins (``countries`` may be English names, ISO codes or Arabic
        names); then the place nearest the article's other places (``near``,
        in bands of 50, 200 and 1,000 km); then a specific place over a country
        or admin1 of the same name; then the bigger population; then the more
        specific kind. ``kinds`` restricts the candidates.
        """
        cands = [c for c in candidates if kinds is None or c.kind in set(kinds)]
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        cset = set()
        for c in countries:
            cp = self.country(c)
            cset.add(cp.name if cp else c)
        aset = {a.lower() for a in admin1s}
        pts = [tuple(p) for p in near if p and p[0] is not None and p[1] is not None]

        def key(p: Place) -> tuple:
            in_a1 = bool(p.admin1) and p.admin1.lower() in aset and p.kind != "admin1"
            in_c = p.country in cset
            band = 4
            if pts and p.coords:
                d = min(distance_km(p.coords, q) for q in pts)
                band = 0 if d <= 50 else 1 if d <= 200 else 2 if d <= 1000 else 3
            return (not in_a1, not in_c, band, p.kind in BROAD, -p.population,
                    KIND_RANK.get(p.kind, 5), p.id)

        return min(cands, key=key)

    def lookup(self, name: str, **context: Any) -> Place | None:
        """``resolve(candidates(name), **context)``."""
        return self.resolve(self.candidates(name), **context)


def _en_key(s: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def _parse_row(f: list[str], col: dict[str, int]) -> Place:
    lat, lon = f[col["lat"]], f[col["lon"]]
    g = col.get
    return Place(
        id=f[col["id"]], name=f[col["name"]],
        names_ar=tuple(f[col["name_ar"]].split("|")) if f[col["name_ar"]] else (),
        latitude=float(lat) if lat else None, longitude=float(lon) if lon else None,
        country=f[col["country"]], admin1=f[col["admin1"]], admin2=f[col["admin2"]],
        kind=f[col["kind"]], population=int(f[col["population"]]) if f[col["population"]] else 0,
        source=f[col["source"]], licence=f[col["licence"]],
        alt_names=tuple(f[g("alt_en")].split("|")) if g("alt_en") is not None and f[g("alt_en")] else (),
    )


def _read_lines(path: str | Path) -> tuple[list[str], list[str]]:
    """(header, data lines) of an artefact file, comment lines skipped."""
    p = Path(path)
    opener = gzip.open if p.suffix == ".gz" else open
    with opener(p, "rt", encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        i += 1
    if lines and not lines[-1]:
        lines.pop()
    return lines[i].split("\t"), lines[i + 1:]


def read_artefact(path: str | Path) -> list[Place]:
    header, lines = _read_lines(path)
    col = {h: k for k, h in enumerate(header)}
    return [_parse_row(ln.split("\t"), col) for ln in lines if ln]


def read_index(path: str | Path, n_rows: int) -> dict[str, str] | None:
    """The artefact's key index (key -> "row,row"), or None when it is missing or stale."""
    p = Path(path)
    if not p.exists():
        return None
    with gzip.open(p, "rt", encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    if not lines or not lines[0].startswith("# rows "):
        return None
    if int(lines[0].split()[2]) != n_rows:
        return None  # built for another artefact
    return dict(ln.split("\t", 1) for ln in lines[1:] if ln)


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> Gazetteer:
    header, rows = _read_lines(data_path(ARTEFACT))
    index = read_index(data_path(INDEX), len(rows))
    places: list[Place] = []
    if index is None:  # no index: parse every row now
        col = {h: k for k, h in enumerate(header)}
        places, rows = [_parse_row(ln.split("\t"), col) for ln in rows], []
    for path in extra:
        places.extend(read_places_file(path))
    countries = read_tsv(data_path("countries.tsv"))
    stops = read_tsv(data_path("place_stopwords.tsv"))
    return Gazetteer(places, countries, rows=rows, header=header, index=index,
                     stop_surface=[r["word"] for r in stops if r.get("scope") == "surface"],
                     stop_before=[r["word"] for r in stops if r.get("scope") == "before"],
                     verb_ok=[r["word"] for r in stops if r.get("scope") == "verb_ok"],
                     stop_after=[r["word"] for r in stops if r.get("scope") == "after"])


def load(extra: Sequence[str | Path] = ()) -> Gazetteer:
    """The gazetteer (cached), with user places from ``extra`` and ``$HADATH_PLACES``."""
    paths = [str(p) for p in extra]
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        paths += [p for p in env.split(os.pathsep) if p.strip()]
    return _load(tuple(paths))
