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

from ..text.tokenize import tokenize
from .lexicon import Lexicon, alias_key
from .loader import data_path, read_tsv, split_list

ARTEFACT = "places.tsv.gz"
ENV_VAR = "HADATH_PLACES"
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


class Gazetteer:
    def __init__(self, places: Iterable[Place], countries: Sequence[dict[str, str]] = ()) -> None:
        self.places: list[Place] = list(places)
        self.by_id: dict[str, Place] = {p.id: p for p in self.places}
        self._lexicon: Lexicon | None = None
        self._en: dict[str, list[Place]] | None = None
        self.countries_by_adjective: dict[str, str] = {}
        self._country: dict[str, Place] = {}
        by_name = {p.name: p for p in self.places if p.kind == "country"}
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

    def __len__(self) -> int:
        return len(self.places)

    # ---- indexes (built on first use)
    @property
    def lexicon(self) -> Lexicon:
        """Arabic names -> Places (the artefact lists article-less forms, باغوز, as names)."""
        if self._lexicon is None:
            lex = Lexicon()
            for p in self.places:
                for n in p.names_ar:
                    lex.add(n, p)
            self._lexicon = lex
        return self._lexicon

    def _english(self) -> dict[str, list[Place]]:
        if self._en is None:
            en: dict[str, list[Place]] = {}
            for p in self.places:
                for n in (p.name, *p.alt_names):
                    lst = en.setdefault(_en_key(n), [])
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


def read_artefact(path: str | Path) -> list[Place]:
    p = Path(path)
    opener = gzip.open if p.suffix == ".gz" else open
    with opener(p, "rt", encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        i += 1
    header = lines[i].split("\t")
    col = {h: k for k, h in enumerate(header)}
    out: list[Place] = []
    g = col.get
    for ln in lines[i + 1:]:
        if not ln:
            continue
        f = ln.split("\t")
        lat, lon = f[col["lat"]], f[col["lon"]]
        out.append(Place(
            id=f[col["id"]], name=f[col["name"]],
            names_ar=tuple(f[col["name_ar"]].split("|")) if f[col["name_ar"]] else (),
            latitude=float(lat) if lat else None, longitude=float(lon) if lon else None,
            country=f[col["country"]], admin1=f[col["admin1"]], admin2=f[col["admin2"]],
            kind=f[col["kind"]], population=int(f[col["population"]]) if f[col["population"]] else 0,
            source=f[col["source"]], licence=f[col["licence"]],
            alt_names=tuple(f[g("alt_en")].split("|")) if g("alt_en") is not None and f[g("alt_en")] else (),
        ))
    return out


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> Gazetteer:
    places = read_artefact(data_path(ARTEFACT))
    for path in extra:
        places.extend(read_places_file(path))
    countries = read_tsv(data_path("countries.tsv"))
    return Gazetteer(places, countries)


def load(extra: Sequence[str | Path] = ()) -> Gazetteer:
    """The gazetteer (cached), with user places from ``extra`` and ``$HADATH_PLACES``."""
    paths = [str(p) for p in extra]
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        paths += [p for p in env.split(os.pathsep) if p.strip()]
    return _load(tuple(paths))
