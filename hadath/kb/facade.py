"""One interface over the actor dictionary, the gazetteer and the country table.

The mention finders ask it for actors, places, countries and persons in a
sentence's tokens; the event coder asks it to resolve generic forces and
same-name places with the article's context.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..types import Item
from ..text.tokenize import Token, has_article, has_b
from ..text.fluency import is_common
from ..text.normalize import fold
from .lexicon import Lexicon, alias_key
from .tables import lexicon, trigger_lexicon
from .loader import load_table, split_list
from .words import function_keys

_MARKS = frozenset("،,.;؛:()\"")  # punctuation no cue reaches a name across
ALLEGIANCE_REACH = 6  # words after an unnamed-group word where a cue of allegiance may stand


def _nisba(text: str, toks: list[Token], m: Any) -> bool:
    """"المسجد القبلي", "الجيش المالي": a one-word name ending in ي that the gazetteer writes
    without the article (قبلي, مالي), written with it, is the adjective of relation, not the place."""
    if m.j - m.i != 1 or not text[toks[m.i].start:m.start].endswith("ال"):
        return False
    name = text[m.start:m.end]
    return name.endswith(("ي", "ى")) and not any(
        n.startswith("ال") for p in m.payloads for n in p.names_ar)


def _feminine_adjective(text: str, toks: list[Token], m: Any, nouns: Lexicon) -> bool:
    """"وقفة احتجاجية سلمية"، "مسيرة سلمية": a one-word name in -ية right after a feminine or plural word
    of the same definiteness, with no proclitic of its own, agrees with it as an adjective (سلمية "peaceful", not the
    Syrian town; "مدينة سلمية" after a place noun stays the town)."""
    if m.j - m.i != 1 or m.i == 0 or text[toks[m.i].start:m.start] or not toks[m.i].norm.endswith("يه"):
        return False
    prev = toks[m.i - 1]
    # (definite after definite too: "التفتيشات الديوانية" the customs', not Diwaniya)
    definite = [has_article(t) for t in (prev, toks[m.i])]
    if text[prev.end:toks[m.i].start].strip() or definite[0] != definite[1] or nouns.find(toks, m.i - 1, m.i):
        return False
    return prev.norm.endswith(("ه", "ات"))


def _country_adjective(text: str, toks: list[Token], m: Any) -> bool:
    """"مبلغ مالي"، "فساد مالي": a country's one-word name that is also a common adjective (مالي "financial"),
    right after an indefinite noun that is neither a direction nor a noun of a state ("شمال مالي"، "دولة
    مالي"، "جيش مالي": function_words direction, country_noun), is the adjective, not the country."""
    if m.j - m.i != 1 or m.i == 0 or text[toks[m.i].start:m.start] or not toks[m.i].norm.endswith("ي") \
            or not is_common(toks[m.i].norm) or not all(p.kind == "country" for p in m.payloads):
        return False
    prev = toks[m.i - 1]
    return len(prev.stems[-1]) > 2 and not has_article(prev) \
        and not text[prev.end:toks[m.i].start].strip() and prev.stems[-1] not in _STATE_WORDS


def unresolved_place(kind: str, written: str | None = None) -> dict[str, Any]:
    """A place the text names that no gazetteer entry fits: its kind (from the place noun before
    it) and its name as written, folded; ``choose_place`` gives it the coordinates of a known place
    nearby."""
    return {"id": None, "name": None, "country": None, "admin1": None, "admin2": None, "kind": kind,
            "latitude": None, "longitude": None, "population": 0, "unresolved": True,
            "written": fold(written) if written else None}


_QUOTES = " \t\n\"'«»“”"
_LIST_JOINERS = ("و", "،", ",", "، و", "،و")  # what joins the places of a list ("في صعدة وحجة")


def _item(kind: str, si: int, i: int, j: int, start: int, end: int, value: dict[str, Any]) -> Item:
    return Item(kind, si, i, j, start, end, value)


def _duals(adj: str) -> list[str]:
    """Dual forms of a nationality adjective: ليبية -> ليبيتان, ليبيتين; ليبي -> ليبيان, ليبيين."""
    if " " in adj:
        return []
    if adj.endswith("ة"):
        return [adj[:-1] + "تان", adj[:-1] + "تين"]
    if adj.endswith("ي"):
        return [adj + "ان", adj + "ين"]
    return []


_SINGULAR_NOUNS = {"town": ("مدينة", "بلدة"), "village": ("قرية", "بلدة")}  # the noun a listed name is known with


def _place_value(p: Any) -> dict[str, Any]:
    g = lambda *names: next((getattr(p, n) for n in names if getattr(p, n, None) is not None), None)  # noqa: E731
    return {
        "id": g("id"), "name": g("name"), "country": g("country"), "admin1": g("admin1"),
        "admin2": g("admin2"), "kind": g("kind") or "town",
        "latitude": g("latitude", "lat"), "longitude": g("longitude", "lon"),
        "population": g("population") or 0,
    }


def _noun_selects(nouns: Lexicon, toks: list[Token], i: int, j: int, cands: list[dict[str, Any]]
                  ) -> list[dict[str, Any]]:
    """The readings of a name that the place noun before it, or opening it, names: "بمدينة
    الأغواط" the city, "محافظة إدلب" the province (``place_nouns.tsv``, selects); all of them when
    none is of those kinds or no indefinite noun stands there."""
    if len(cands) < 2:
        return cands
    m = None
    if i > 0 and not has_article(toks[i - 1]):
        m = next(iter(nouns.find(toks, i - 1, i)), None)
    if m is None and j - i > 1:
        m = next(iter(nouns.find(toks, i, i + 1)), None)
    sel = set(split_list(m.payloads[0].get("selects") or "")) if m is not None else set()
    keep = [c for c in cands if c.get("kind") in sel]
    return keep or cands


_STATE_WORDS = frozenset(function_keys("direction") + function_keys("country_noun"))
_NAMING = frozenset(function_keys("naming"))
_EACH = frozenset(function_keys("each_word"))  # "في كل من X وY": each of the places listed  # "المدعو"، "المكنى": a person's name follows


def _from_at(toks: list[Token], k: int) -> bool:
    """"من" stands at ``k`` as "from" (a place people or things come from), not as the partitive of "في كل من
    جمنة ودوز" (each of the places the list names)."""
    return k >= 0 and toks[k].norm == "من" and not (k > 0 and alias_key(toks[k - 1].norm) in _EACH)


def _named_person(text: str, toks: list[Token], i: int) -> bool:
    """A name right after a word of naming, quoted or not ('المكنى "أبو الحسن التونسي"', "المدعو سالم"):
    a person's, not a place."""
    return i > 0 and (toks[i - 1].stems[-1] in _NAMING or toks[i - 1].norm in _NAMING) \
        and not text[toks[i - 1].end:toks[i].start].strip(_QUOTES)


def _kunya(toks: list[Token], m: Any, adjective_country) -> bool:
    """"أبو الحسن التونسي": "أبو" + a name + a masculine nationality is a fighter's kunya, not the
    place of that name (a town takes the feminine: "أبو غريب العراقية")."""
    if toks[m.i].stems[-1] != "ابو" or m.j >= len(toks):
        return False
    nxt = toks[m.j].norm
    return nxt.endswith("ي") and bool(adjective_country(nxt))


@lru_cache(maxsize=1)
def _bound_aliases() -> dict[str, str]:
    """``bound_aliases.tsv``: alias key -> the actor it names only in an article about that actor's country."""
    return {alias_key(r["alias"]): r["actor"] for r in load_table("bound_aliases.tsv")}


def _accusative_adjective(toks: list[Token], m: Any) -> bool:
    """"مقيما تركيا"، "سائحا ألمانيا": after a person's noun in the accusative (victim_nouns.tsv), a
    country's name in -يا is its nationality adjective (تركيًّا), not the country."""
    if m.j - m.i != 1 or m.i == 0 or not toks[m.i].norm.endswith("يا") \
            or not any(p.kind == "country" for p in m.payloads):
        return False
    prev = toks[m.i - 1]
    return prev.norm.endswith("ا") and any(x.i == m.i - 1 for x in lexicon("victim_nouns.tsv").find(toks, m.i - 1, m.i))


def _noun_countries(nouns: Lexicon, toks: list[Token], i: int) -> frozenset[str]:
    """The countries an indefinite place noun right before token ``i`` belongs to (``place_nouns.tsv``,
    countries: "معتمدية" Tunisia); empty for a noun of any country or none."""
    if i == 0 or has_article(toks[i - 1]):
        return frozenset()
    m = next(iter(nouns.find(toks, i - 1, i)), None)
    return frozenset(split_list(m.payloads[0].get("countries") or "")) if m is not None else frozenset()


def _unknown_unit(text: str, toks: list[Token], si: int, m: Any, nouns: Lexicon) -> Item:
    """The name ``m`` after a noun of one country's units with no reading in that country: an unresolved
    place of the noun's kind, as written (``choose_place`` gives it the coordinates of a known place near)."""
    noun = next(iter(nouns.find(toks, m.i - 1, m.i)))
    head = toks[m.i - 1]
    locative = head.norm[:1] == "ب" and head.norm != head.stems[-1] or (
        m.i > 1 and toks[m.i - 2].norm in ("في", "فى", "قرب", "داخل", "وسط"))
    return _item("place", si, m.i, m.j, m.start, m.end, {
        "candidates": [unresolved_place(noun.payloads[0].get("kind") or "district", text[m.start:m.end])],
        "cue": None, "cue_precision": None, "cue_start": None, "origin": m.i > 1 and _from_at(toks, m.i - 2),
        "named_event": False, "locative": locative, "unresolved": True})


_UNITS = frozenset({"admin1", "admin2"})
_CITY_NOUNS = frozenset(function_keys("city_noun"))  # "مدينة"، "بمدينة"
_CITY_JOINERS = frozenset(function_keys("city_joiner"))  # "X وسط مدينة Y"
_COME_FROM = frozenset(function_keys("come_from"))  # "القادمين من"
_REINFORCEMENTS = frozenset(function_keys("reinforcement"))  # "تعزيزات عسكرية من"
_GOES_TO = tuple(function_keys("goes_to"))  # "تهريب ... إلى"، "نقل ... إلى"
_TO = fold("إلى")
_NATIVE = frozenset(function_keys("native_of"))  # "أصيل منطقة ..."
NATIVE_REACH = 2  # "أصيل منطقة بنقردان": the place this near after the word
_BASED = tuple(function_keys("based_word"))  # "تنشط بين ..."، "المتمركزة بجبال ..."
BASED_REACH = 8  # "تنشط بين مدينتي المكنين ولاية المنستير والمحرس ولاية صفاقس": places this near after the word
GOES_TO_REACH = 3  # "تهريبهم أسلحة إلى": words from a word of sending to its "إلى"
_CITY_PARTS = frozenset(function_keys("city_part"))  # "شوارع عمان"


def site_noun(nouns: Lexicon, text: str, toks: list[Token], i: int, cands: list[dict[str, Any]],
               start: int | None = None, starts: frozenset[int] = frozenset()) -> Any:
    """"بجبل صبر", "قرب جبال مكحول", "في معسكر الصدرين": after the noun of a site (a mountain, a
    military camp: ``place_nouns.tsv`` kinds of geo_precision 2) a name none of whose readings is
    of the kinds the noun selects is that site, not a village or town of the same name elsewhere:
    the noun's match, for an unresolved place of its kind written with its noun; else None."""
    if i == 0 or not cands or has_article(toks[i - 1]):
        return None
    m = next(iter(nouns.find(toks, i - 1, i)), None)
    if m is None:
        return None
    if m.payloads[0].get("known") == "1" and (
            text[m.end:toks[i].start].strip() or toks[i].norm.startswith("لل")
            or start is not None and text[toks[i].start:start].strip("ال")
            or i + 1 in starts and not text[toks[i].end:toks[i + 1].start].strip()):
        # ('معسكر "اللواء 35"': a quoted name after such a noun names the unit there; "محطة للقطار"
        # is a station for trains; "نقطة مصفاة الزاوية": a word before a known place is a noun of
        # the site, in construct)
        return None
    sel = set(split_list(m.payloads[0].get("selects") or ""))
    if not written_with_noun(m.payloads[0]) or not sel or any(c.get("kind") in sel for c in cands):
        return None
    return m


def written_with_noun(row: dict[str, Any]) -> bool:
    """A place noun (``place_nouns.tsv`` row) that is part of the name of the place after it: a
    site's (a mountain, a camp, a dam), or one marked known ("دوار السلطانية", a hamlet)."""
    return (row.get("kind") or "-") in _site_kinds() or row.get("known") == "1"


@lru_cache(maxsize=1)
def _site_kinds() -> frozenset[str]:
    """Kinds of small sites (a base, a camp, a field, a mountain): geo_precision 2 in kind_rank.tsv."""
    return frozenset(r["kind"] for r in load_table("kind_rank.tsv") if r.get("precision") == "2")


def _site_item(text: str, toks: list[Token], si: int, noun: Any, m: Any) -> Item:
    """The unresolved site a noun and the name after it write ("جبل صبر"): the name's span, the
    noun's start kept for the place as written."""
    head = toks[noun.i]
    locative = head.norm[:1] == "ب" and head.norm != head.stems[-1] or (
        noun.i > 0 and toks[noun.i - 1].norm in ("في", "فى", "قرب", "داخل", "وسط"))
    return _item("place", si, m.i, m.j, m.start, m.end, {
        "candidates": [unresolved_place(noun.payloads[0].get("kind"), text[m.start:m.end])], "cue": None, "cue_precision": None,
        "cue_start": None, "origin": m.i > 1 and _from_at(toks, noun.i - 1), "named_event": False,
        "locative": locative, "unresolved": True, "text_start": noun.start})


# words that end a name rather than go on with it: directions, "near", relative words
_NOT_NAMES = frozenset(fold(w) for w in (
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "قرابة", "نحو", "بين", "عند",
    "التي", "الذي", "حيث", "بعد", "قبل", "منذ", "خلال", "اثناء", "أثناء", "وسط", "داخل", "امس", "أمس", "اليوم"))


class Knowledge:
    def __init__(self) -> None:
        from . import actors as actors_mod
        from . import gazetteer as gaz_mod
        self.actors = actors_mod.load()
        self.gazetteer = gaz_mod.load()
        self.countries: dict[str, dict[str, Any]] = {}
        self.adjectives = Lexicon()
        self.country_names = Lexicon()
        self._adjective_memo: dict[str, str | None] = {}  # norm -> the country its adjective names (or None)
        for row in load_table("countries.tsv"):
            self.countries[row["name"]] = row
            for adj in split_list(row.get("adjectives", "")):
                self.adjectives.add(adj, row["name"])
                for dual in _duals(adj):  # "طائرتان حربيتان ليبيتان": dual adjectives
                    self.adjectives.add(dual, row["name"])
            for nm in split_list(row.get("name_ar", "")):
                self.country_names.add(nm, row["name"])

    def neighbours(self, country: str | None) -> frozenset[str]:
        """The countries ``country`` shares a land border with (``countries.tsv``)."""
        row = self.countries.get(country or "")
        return frozenset(split_list(row.get("neighbours", ""))) if row else frozenset()

    # ---- actors -------------------------------------------------------------------------
    def find_actors(self, text: str, toks: list[Token], si: int, date: str | None = None) -> list:
        out = []
        taken: set[int] = set()
        generics = self.actors.generic_lexicon.find(toks)
        # phrases that contain an alias but name no actor (مجلس الأمن, وزارة الدفاع الوطني ...)
        for m in generics:
            if getattr(m.payloads[0], "role", None) == "not_actor":
                taken.update(range(m.i, m.j))
        for m in self.actors.lexicon.find(toks):
            if any(k in taken for k in range(m.i, m.j)):
                continue
            a = self.actors.pick(m.payloads, date)
            # "الوحدات الأمنية الجزائرية": a state force's alias with another country's adjective is
            # that country's force; "القوات الأمريكية والبريطانية": one joined by "و" names a second
            # force beside the first
            adj_m = next(iter(self.adjectives.find(toks, m.j, min(m.j + 1, len(toks)))), None)
            if adj_m is not None and getattr(a, "kind", "") in ("state_military", "state_police") \
                    and adj_m.payloads[0] != a.country:
                joined = toks[adj_m.i].norm.startswith("و") and toks[adj_m.i].norm[1:] in toks[adj_m.i].stems
                role = "military" if a.kind == "state_military" else "police"
                name, inter = self.resolve_generic(role, adj_m.payloads[0], date)
                if joined:
                    out.append(_item("actor", si, m.i, m.j, m.start, m.end, {
                        "name": a.name, "inter": int(a.inter), "country": a.country or None,
                        "kind": a.kind, "generic": None, "candidates": None}))
                if name or joined:
                    if name:
                        start, i = (adj_m.start, adj_m.i) if joined else (m.start, m.i)
                        out.append(_item("actor", si, i, adj_m.j, start, adj_m.end, {
                            "name": name, "inter": inter, "country": adj_m.payloads[0],
                            "kind": a.kind, "generic": None, "candidates": None}))
                    taken.update(range(m.i, adj_m.j))
                    continue
            value = {"name": a.name, "inter": int(a.inter), "country": a.country or None,
                     "kind": getattr(a, "kind", ""), "generic": None,
                     "candidates": [c.name for c in m.payloads] if len(m.payloads) > 1 else None}
            if _bound_aliases().get(m.key) == a.name:
                value["bound"] = True  # (names the actor only where the article is about its country)
            out.append(_item("actor", si, m.i, m.j, m.start, m.end, value))
            taken.update(range(m.i, m.j))
        named_at = {a.i for a in out}
        armed_at = {a.i: a for a in out if a.value["inter"] in (2, 3, 4)
                    and a.value["name"] != "Unidentified Armed Group"}
        armed_end = {a.j for a in armed_at.values()}
        allegiance = lexicon("allegiance_cues.tsv")

        def tied(j: int):
            """"ثمانية مسلحين بايعوا تنظيم داعش": the armed group named right after a word of
            allegiance (allegiance_cues.tsv) that follows armed men: they are its members."""
            for c in allegiance.find(toks, j, min(j + ALLEGIANCE_REACH, len(toks))):
                for k in (c.j, c.j + 1, c.j + 2):
                    if k in armed_at:
                        return armed_at[k]
            return None

        for a in out:
            # the men stand where they are counted or act; they take the group's name there
            g = tied(a.j) if a.value["name"] == "Unidentified Armed Group" else None
            if g is not None:
                a.value.update({k: g.value[k] for k in ("name", "inter", "country", "kind")}, candidates=None)
        # "ميليشيا الحوثي"، "الميليشيات الحوثية": a group the article calls a militia
        militia_at = {k for m in generics if getattr(m.payloads[0], "role", None) in ("militia", "the_militia")
                      for k in range(m.i, m.j)}
        for a in out:
            if a.i in militia_at or a.i - 1 in militia_at:
                a.value["militia"] = True
        # "مسلحين من تنظيم داعش": an unnamed-group word followed by من and a named actor is its member
        vague = ("Unidentified Armed Group", "Civilians", "Protesters", "Rioters")
        out = [a for a in out if not (a.value["name"] in vague and a.j < len(toks)
                                      and toks[a.j].norm == "من" and (a.j + 1) in named_at)]
        adj = {m.i: m for m in self.adjectives.find(toks)}
        for m in self.country_names.find(toks):
            adj.setdefault(m.i, m)  # "طائرات عسكرية سورية": the country name used as an adjective
        for m in generics:
            if any(k in taken for k in range(m.i, m.j)):
                continue
            # "مطار الشعيرات العسكري", "المجلس العسكري": a one-word generic reached only by peeling
            # the article off a word that follows a noun is an adjective, not an actor
            if m.j - m.i == 1 and m.i > 0 and "ال" in fold(text[toks[m.i].start:m.start]):
                continue
            g = m.payloads[0]
            role = getattr(g, "role", None) or (g.get("role") if isinstance(g, dict) else None)
            inter = getattr(g, "inter", None) or (g.get("inter") if isinstance(g, dict) else None)
            country, end, j = None, m.end, m.j
            for k in (m.j, m.j + 1):
                if k in adj:
                    country, end, j = adj[k].payloads[0], adj[k].end, adj[k].j
                    break
            if role == "military_adj":
                # "قوات عراقية", "طائرتان حربيتان ليبيتان": forces or aircraft a country's adjective
                # qualifies are its military; without one they name no one
                if country is None:
                    continue
                role = "military"
            # "جنديين من قسد", "عناصر من داعش": members of the named actor that follows
            if j < len(toks) and toks[j].norm == "من" and (j + 1) in named_at:
                continue
            # "مسلحي جماعة الحوثيين", "مقاتلو حزب الله": armed men in construct with a named actor
            # are its fighters
            # (not one joined to it by "و": "اشتباكات بين مقاومين وقوات الاحتلال" are two sides)
            if role in ("armed_group", "militia", "the_militia") and j in named_at and not (
                    toks[j].norm.startswith("و") and toks[j].norm[1:] in toks[j].stems):
                continue
            # "ثمانية مسلحين بايعوا تنظيم داعش": armed men tied by allegiance_cues.tsv to the armed
            # group named right after are its members
            # "داعش الإرهابي": one armed-group word right after a named armed group is its adjective
            if role == "armed_group" and m.j - m.i == 1 and m.i in armed_end:
                continue
            g = tied(j) if role == "armed_group" else None
            if g is not None:
                out.append(_item("actor", si, m.i, j, m.start, end, {
                    k: g.value[k] for k in ("name", "inter", "country", "kind")} | {"generic": None, "candidates": None}))
                taken.update(range(m.i, j))
                continue
            out.append(_item("actor", si, m.i, j, m.start, end, {
                "name": None, "inter": int(inter) if inter not in (None, "") else None,
                "country": country, "kind": "generic", "generic": role}))
            taken.update(range(m.i, j))
        out.sort(key=lambda x: x.start)
        return out

    def pick_actor(self, names: list[str], date: str | None, country: str | None):
        """Among actors sharing an alias, the one for this date and country."""
        cands = [a for a in (self.actors.by_name(n) for n in names) if a is not None]
        return self.actors.pick(cands, date, country)

    def resolve_generic(self, role: str, country: str | None, date: str | None = None
                        ) -> tuple[str | None, int | None]:
        try:
            return self.actors.resolve_generic(role, country, date)
        except ValueError:
            return None, None

    def inter_for(self, name: str, inter: int | None, actor_country: str | None,
                  event_country: str | None) -> int | None:
        """8 for a state force acting outside its country, else the actor's own code."""
        if self.actors.by_name(name) is not None:
            return self.actors.inter_for(name, event_country)
        if inter == 1 and actor_country and event_country and actor_country != event_country:
            return 8
        return inter

    # ---- places ---------------------------------------------------------------------------
    def find_places(self, text: str, toks: list[Token], si: int) -> list:
        out = []
        cues = lexicon("place_cues.tsv").find(toks)
        marks = _MARKS
        nouns = lexicon("place_nouns.tsv")
        speech = {k for v in lexicon("speech_verbs.tsv").find(toks) for k in (v.j,)}
        matches = self.gazetteer.lexicon.find(toks)
        kept = self.gazetteer.cue_lexicon.find(toks)
        starts = frozenset(m.i for m in (*matches, *kept))
        for m in matches:
            if m.j - m.i > 1 and any(ch in marks and ch != '"' for ch in text[toks[m.i].end:toks[m.j - 1].start]):
                continue  # "وعادوا أدراجهم الى الجبل"، على حد قوله": a name's words never stand across punctuation
                # (quotes may: جبل "سمامة")
            if _nisba(text, toks, m) or _accusative_adjective(toks, m) or _named_person(text, toks, m.i) \
                    or _kunya(toks, m, self.gazetteer.country_of_adjective) or _feminine_adjective(text, toks, m, nouns) \
                    or _country_adjective(text, toks, m):
                continue
            longer = self._longer_after_noun(text, toks, m, nouns, starts)
            if longer is not None:
                out.append(_item("place", si, m.i + 1, m.j + 1, toks[m.i + 1].start, toks[m.j].end, longer))
                continue
            if m.i in speech and m.j - m.i == 1 and not text[toks[m.i].start:m.start] \
                    and any(p.kind in ("town", "village", "neighbourhood") for p in m.payloads):
                continue  # "وأوضح الدهماني أن ...": the subject of a verb of saying is its speaker, a person

            cands = [_place_value(p) for p in m.payloads]
            if any(c.get("kind") == "country" for c in cands) and len(cands) > 1:
                # "اليمن", "مصر": a country's name is the country, not the village or quarter
                # named after it; a shadda marks a town's spelling, never a country's ("عمّان" is
                # Amman, "عُمان" Oman)
                # (and "العاصمة عمان" names the capital city)
                town = "\u0651" in text[m.start:m.end] or _city_part_before(toks, m.i) or self._town_country_named(toks, m, cands) \
                    or m.i > 0 and "العاصمه" in toks[m.i - 1].stems
                towns = [c for c in cands if c.get("kind") != "country"]
                cands = [c for c in cands if (c.get("kind") == "country") != town]
                if not town and towns:
                    # (the town's reading kept aside: coder._towns_named_as_countries reads it when the rest of the
                    # article speaks of the town's country and never of the other)
                    cands = [dict(c, town_reading=towns) for c in cands]
            if m.i > 0 and "العاصمه" in toks[m.i - 1].stems and len({c.get("country") for c in cands}) > 1:
                # "وسط العاصمة طرابلس": of the countries' towns so named, the one that is its country's capital
                capitals = [c for c in cands if (self.capital(c.get("country")) or {}).get("name") == c.get("name")]
                cands = capitals or cands
            cands = _noun_selects(nouns, toks, m.i, m.j, cands)
            only = _noun_countries(nouns, toks, m.i)
            if only and not any(c.get("country") in only for c in cands):
                # "معتمدية الفوار": a Tunisian unit the gazetteer lacks, not the village abroad of that name
                out.append(_unknown_unit(text, toks, si, m, nouns))
                continue
            cands = [c for c in cands if not only or c.get("country") in only]
            site = site_noun(nouns, text, toks, m.i, cands, m.start, starts)
            if site is not None:
                out.append(_site_item(text, toks, si, site, m))
                continue
            # a cue up to four words before the name, with no punctuation between:
            # "في أطراف الجيب المحاصر بناحية الباغوز"
            cue = None
            for c in cues:
                if 0 <= m.i - c.j <= 3 and not any(ch in marks for ch in text[c.end:m.start]):
                    cue = c
            # "انطلقت من مطار الشعيرات": a place after من is where something came from
            origin = m.i > 0 and _from_at(toks, m.i - 1)
            # "هجوم مانشستر", "هجوم باردو": a place naming an event, not where this one happened
            # the proclitics the match peeled off the name's first word ("بالباغوز" -> "ب")
            clitic = text[toks[m.i].start:m.start]
            # (not a site named with its noun, "استهدف قاعدة الشعيرات", "قصف مطار المزة": a base or
            # a camp is the target of the deed, where it happened, not the name of an attack)
            named_event = m.i > 0 and "ب" not in clitic and any(
                trigger_lexicon().get(st) for st in toks[m.i - 1].stems) and not (
                m.j - m.i > 1 and cands and all(c.get("kind") in _site_kinds() for c in cands))
            # a locative: "في طرابلس", "بالباغوز", "في أطراف ... الباغوز"
            head = cue.i if cue is not None else m.i
            locative = (head > 0 and toks[head - 1].norm in ("في", "فى", "وفي", "وفى", "الى", "قرب", "داخل", "وسط")) \
                or ("ب" in clitic if cue is None else has_b(toks[head]))
            out.append(_item("place", si, m.i, m.j, m.start, m.end, {
                "candidates": cands, "cue": cue.key if cue else None,
                "cue_precision": int(cue.payloads[0]["precision"]) if cue else None,
                "cue_start": cue.start if cue else None, "origin": origin, "named_event": named_event,
                "locative": locative}))
        # names kept out as common words are places right after a place noun ("بمدينة جدة")
        taken = {k for it in out for k in range(it.i, it.j)}
        for m in kept:
            noun = next(iter(nouns.find(toks, m.i - 1, m.i)), None) if m.i > 0 else None
            # ... or before the adjective of their country ("بالحسيمة المغربية", "القصبة التونسية")
            own = self.gazetteer.country_of_adjective(toks[m.j].norm) if m.j < len(toks) and m.i not in taken \
                and not text[toks[m.j - 1].end:toks[m.j].start].strip() else None
            at = (m.i > 0 and toks[m.i - 1].norm in ("في", "فى", "قرب", "داخل", "وسط")) \
                or "ب" in text[toks[m.i].start:m.start]  # (a locative: "مصادر محلية يمنية" is not one)
            if own and at and "العاصمه" not in toks[m.i].stems and any(p.country == own for p in m.payloads):
                cands = [_place_value(p) for p in m.payloads if p.country == own]
                out.append(_item("place", si, m.i, m.j, m.start, m.end, {
                    "candidates": cands, "cue": None, "cue_precision": None, "cue_start": None,
                    "origin": m.i > 0 and _from_at(toks, m.i - 1), "named_event": False,
                    "locative": True}))
                continue
            # ... or, a province's or a district's name, joined by "و" to a place of its country named right
            # before ("غارات على مواقع في صعدة وحجة"): one more place of a list, not a common word ("بحجة"
            # after no place, "والجبال المحيطة" with the article stay out)
            prev = next((it for it in out if it.j == m.i and it.kind == "place"), None) if m.i not in taken else None
            if prev is not None and text[prev.end:m.start].strip() in _LIST_JOINERS \
                    and not prev.value.get("unresolved"):
                lands = {c.get("country") for c in prev.value["candidates"]}
                cands = [_place_value(p) for p in m.payloads if p.country in lands and p.kind in _UNITS] \
                    if not toks[m.i].norm.lstrip("و").startswith("ال") else []
                if cands:
                    out.append(_item("place", si, m.i, m.j, m.start, m.end, {
                        "candidates": cands, "cue": None, "cue_precision": None, "cue_start": None,
                        "origin": prev.value.get("origin"), "named_event": False,
                        "locative": prev.value.get("locative")}))
                    taken.update(range(m.i, m.j))
                    continue
            if noun is None or m.i in taken or noun.payloads[0].get("plural"):
                continue  # (not after a plural noun: "مناطق الجمهورية" is the country's regions)
            if m.j - m.i == 1 and m.j < len(toks) and any(x.i == m.i for x in nouns.find(toks, m.i, m.j)):
                continue  # "بمنطقة دوار الشعابنية": a place noun after the noun is one, the name follows it
            if noun.payloads[0].get("known") == "1" and site_noun(nouns, text, toks, m.i, [{}], m.start, starts) is None:
                continue  # ('معسكر "اللواء 35"': a quoted word after a site's noun names the unit there)
            if has_article(toks[m.i - 1]):
                continue  # "المنطقة الجنوبية": a noun with the article takes an adjective, not a name
            cands = _noun_selects(nouns, toks, m.i, m.j, [_place_value(p) for p in m.payloads])
            only = _noun_countries(nouns, toks, m.i)
            if only and not any(c.get("country") in only for c in cands):
                out.append(_unknown_unit(text, toks, si, m, nouns))  # (as above)
                continue
            cands = [c for c in cands if not only or c.get("country") in only]
            site = site_noun(nouns, text, toks, m.i, cands, m.start, starts)
            if site is not None:
                out.append(_site_item(text, toks, si, site, m))
                continue
            out.append(_item("place", si, m.i, m.j, m.start, m.end, {
                "candidates": cands,
                "cue": None, "cue_precision": None,
                "cue_start": None, "origin": False, "named_event": False,
                "locative": toks[m.i - 1].norm[:1] in ("ب",) or (m.i > 1 and toks[m.i - 2].norm in ("في", "فى"))}))
        out.extend(self._unknown_names(text, toks, si, {k for it in out for k in range(it.i, it.j)}))
        out.sort(key=lambda it: it.i)
        out.extend(self._listed_names(text, toks, si, out))
        out.sort(key=lambda it: it.i)
        if out and out[0].i == 0 and text[out[0].end:out[0].end + 3].strip()[:1] in (":", "："):
            # "نابل : احتجاجات ضد ...": a place opening its sentence before a colon is the dateline
            # of the news that follows, where it happened
            out[0].value["locative"] = out[0].value["dateline"] = True
        _came_from(text, toks, out)
        for a, b in zip(out, out[1:]):
            # "انسحب الثوار من تل أعور والفريكة": a place joined by و to a place after من is a place
            # they came from too
            if a.value.get("origin") and b.i == a.j and b.i < len(toks) and toks[b.i].norm[:1] == "و" \
                    and not text[a.end:toks[b.i].start].strip():
                b.value["origin"] = True
                if a.value.get("came_from"):
                    b.value["came_from"] = True
                if a.value.get("sent_to"):
                    b.value["sent_to"] = True
        self._within_units(text, toks, out)
        return out

    @staticmethod
    def _within_units(text: str, toks: list[Token], out: list) -> None:
        """A place followed by the province or state it lies in ("بلدة X التابعة لولاية Y",
        "X بمحافظة Y", "قريتي X وZ في مديرية Y"): its candidates narrow to those inside Y, else (a city or a unit)
        to Y's country; a village, town or quarter with no candidate inside Y (a Turkish town the gazetteer knows
        only as a Syrian village, a Yemeni village of another province) is coded at Y, its text kept."""
        joiners = lexicon("container_joiners.tsv")
        unit_nouns = {m.i for m in lexicon("place_cues.tsv").find(toks) if m.payloads[0]["precision"] == "3"} | {
            m.i for m in lexicon("place_nouns.tsv").find(toks) if m.payloads[0].get("kind") == "district"}
        # (and a quarter before its city: "في منطقة المنشية وسط مدينة سبها")
        city_nouns = {k for k, t in enumerate(toks) if t.stems[-1] in _CITY_NOUNS}
        for a, b in zip(out, out[1:]):
            if b.i - 1 in city_nouns and not a.value.get("unresolved") and b.i - 1 >= a.j:
                Knowledge._within_city(text, toks, a, b)
                continue
            if b.i == a.j and not a.value.get("unresolved") and text[toks[b.i].start:b.start] == "ب" \
                    and not text[a.end:toks[b.i].start].strip():
                # "منطقة المشرفية بضاحية بيروت الجنوبية"، "X بـY": read X in Y
                Knowledge._within_city(text, toks, a, b)
                continue
            # (the unit's noun before its name, or opening a name the gazetteer writes with it: "ولاية القيروان")
            head = b.i - 1 if b.i - 1 in unit_nouns else b.i if b.i in unit_nouns and b.j - b.i > 1 else None
            if head is None or a.value.get("unresolved") or head < a.j:
                continue
            units = [c for c in b.value["candidates"] if c.get("kind") in _UNITS]
            if not units or len({c.get("country") for c in units}) != 1:
                continue
            # (quotes may wrap either name: 'في منطقة "X" التابعة لولاية "Y"')
            if any(ch in text[a.end:toks[head].start] + text[toks[head].end:max(b.start, toks[head].end)]
                   for ch in "،,.;؛:()"):
                continue
            gap = range(a.j, head)
            if not all(joiners.find(toks, k, k + 1) or toks[k].norm in ("في", "فى") for k in gap):
                continue
            if not gap and toks[head].norm[:1] != "ب":
                continue  # "X محافظة Y" with no joiner: not said to lie in it
            # (every place of a list the unit closes: "قريتي القطابا والمغرسة في مديرية التحيتا")
            listed = [a]
            k = out.index(a)
            while k > 0 and out[k - 1].j == listed[0].i and toks[listed[0].i].norm.startswith("و") \
                    and not text[out[k - 1].end:listed[0].start].strip(" و"):
                k -= 1
                listed.insert(0, out[k])
            for x in listed:
                if x.value.get("unresolved"):
                    continue
                inside = [c for c in x.value["candidates"] if any(
                    u.get("name") in (c.get("admin1"), c.get("admin2")) and u.get("country") == c.get("country")
                    and u.get("name") != c.get("name") for u in units)]
                same = [c for c in x.value["candidates"] if c.get("country") == units[0].get("country")]
                local = all(c.get("kind") in ("town", "village", "neighbourhood") for c in x.value["candidates"])
                if inside or same and not local:
                    x.value["candidates"] = inside or same
                elif local or all(c.get("kind") in ("town", "village", "neighbourhood", "admin2", "district")
                                  for c in x.value["candidates"]):
                    # (a village or quarter read only outside the unit, in its country or abroad, is one the
                    # gazetteer lacks: coded at the unit, its text kept)
                    x.value["candidates"] = [dict(u, kind="town", precision=2, written=fold(text[x.start:x.end]))
                                             for u in units]

    @staticmethod
    def _within_city(text: str, toks: list[Token], a: Item, b: Item) -> None:
        """"منطقة المنشية وسط مدينة سبها"، "منطقة المشرفية بضاحية بيروت الجنوبية": a quarter or village named
        right before "(وسط|في|ب)مدينة Y" or "بY" (a city, town or quarter) lies in Y: its readings narrow to Y's
        country, and a name with none there is coded at Y, its text kept."""
        head = b.i - 1 if b.i > a.j else b.i
        if any(ch in text[a.end:toks[head].start] + text[toks[head].end:max(b.start, toks[head].end)]
               for ch in "،,.;؛:()"):
            return
        if not all(toks[k].stems[-1] in _CITY_JOINERS for k in range(a.j, head)) or (
                a.j == head and toks[head].norm[:1] != "ب"):
            return
        cities = [c for c in b.value["candidates"] if c.get("kind") in ("city", "town", "neighbourhood", "district")]
        if not cities or len({c.get("country") for c in cities}) != 1 or any(
                c.get("kind") == "country" for c in a.value["candidates"]):
            return
        same = [c for c in a.value["candidates"] if c.get("country") == cities[0].get("country")]
        a.value["candidates"] = same or [dict(cities[0], kind="town", precision=2)]

    @staticmethod
    def _longer_after_noun(text: str, toks: list[Token], m: Any, nouns: Lexicon, starts: frozenset[int]
                           ) -> dict[str, Any] | None:
        """"في قرية حسن شامي شمال أربيل": a name the gazetteer writes with its place noun ("قرية
        حسن", a village elsewhere) that the text goes on with a rare word is a longer name the
        gazetteer lacks, "حسن شامي": the value of an unresolved place of the noun's kind (a village,
        a town, a quarter), or None."""
        if m.j - m.i < 2 or m.j >= len(toks) or m.start != toks[m.i].start and text[toks[m.i].start:m.start] not in ("ب", "و", "وب", "في"):
            return None
        noun = next(iter(nouns.find(toks, m.i, m.i + 1)), None)
        kind = noun.payloads[0].get("kind") if noun is not None else None
        if kind not in ("village", "town", "neighbourhood") or noun.payloads[0].get("plural") \
                or toks[m.i].norm.startswith("ال"):
            return None  # (a definite noun and its adjective are the whole name: "الضاحية الجنوبية مستهدفا")
        t = toks[m.j]
        form = t.stems[-1]
        if text[toks[m.j - 1].end:t.start].strip() or m.j in starts or t.norm != form or form.startswith("ال") \
                or len(form) < 3 or not form.isalpha() or is_common(form) or form in _NOT_NAMES:
            return None
        return {"candidates": [unresolved_place(kind, text[toks[m.i + 1].start:t.end])], "cue": None,
                "cue_precision": None, "cue_start": None, "origin": m.i > 0 and _from_at(toks, m.i - 1),
                "named_event": False, "unresolved": True,
                "locative": m.i > 0 and toks[m.i - 1].norm in ("في", "فى", "قرب", "داخل", "وسط")
                or has_b(toks[m.i])}

    @staticmethod
    def noun_kind(toks: list[Token], i: int) -> str | None:
        """The kind of place an indefinite place noun right before token ``i`` announces
        ("قرية" -> village), or None (no such noun, or one after which names are not taken)."""
        if i == 0:
            return None
        m = next(iter(lexicon("place_nouns.tsv").find(toks, i - 1, i)), None)
        if m is None or has_article(toks[i - 1]):
            return None
        kind = m.payloads[0].get("kind") or "-"
        return None if kind == "-" else kind

    def _unknown_names(self, text: str, toks: list[Token], si: int, taken: set[int]) -> list:
        """A name the gazetteer does not know, right after an indefinite place noun that takes
        one ("بقرية تين الكوم", "في منطقة قنفودة", "حي ساريير"): an unresolved place of the
        noun's kind (``place_nouns.tsv``), kept as written. The name is one or two words that
        news text rarely uses (a word ten articles of the ANT corpus use is taken as a word:
        "منطقة عسكرية", "حي سكني"), with no punctuation and no proclitic but the article."""
        def rare(t: Token, first: bool) -> bool:
            form = t.stems[-1]
            if t.norm[:len(t.norm) - len(form)] not in ("", "ال"):
                if not first:
                    return False  # "... وبلدة", "بالمحافظة": the name has ended
                form = t.norm  # right after the noun a name keeps its letters ("قريتي بشني")
            return (len(form) >= 3 and form.isalpha() and not is_common(form) and not is_common(t.stems[-1])
                    and not self.gazetteer.country_of_adjective(t.norm)  # "قرى باكستانية": an adjective
                    and not form.endswith(("ها", "هم", "هما", "كم", "نا")))  # "منطقة تغطيها": a verb
        out = []
        nouns = lexicon("place_nouns.tsv").find(toks)
        noun_at = {m.i for m in nouns if (m.payloads[0].get("kind") or "-") != "-"}
        for m in nouns:
            kind = m.payloads[0].get("kind") or "-"
            k = m.j
            if kind == "-" or k >= len(toks) or k in taken or has_article(toks[m.i]):
                continue
            if k in noun_at:
                continue  # "بمنطقة دوار الشعابنية": the noun after the noun ("دوار") takes the name
            # (a site written with its noun, "نقطة العلم", takes one word right after it, with no
            # proclitic but the article: not a quoted name, 'معسكر "اللواء 35"', which names the unit
            # there, nor "محطة للقطارات")
            one = m.payloads[0].get("known") == "1"
            if text[toks[k - 1].end:toks[k].start].strip(None if one else _QUOTES) or not rare(toks[k], not one):
                continue
            if one and site_noun(lexicon("place_nouns.tsv"), text, toks, k, [{}], None, frozenset(taken)) is None:
                continue  # ("نقطة مصفاة الزاوية": a word before a known place is a noun of the site)
            j = k + 1
            if not one and j < len(toks) and j not in taken and not text[toks[k].end:toks[j].start].strip() \
                    and rare(toks[j], False):
                j += 1
            head = toks[m.i]
            locative = head.norm[:1] == "ب" and head.norm != head.stems[-1] or (
                m.i > 0 and toks[m.i - 1].norm in ("في", "فى", "قرب", "داخل", "وسط"))
            value = {"candidates": [unresolved_place(kind, text[toks[k].start:toks[j - 1].end])],
                     "cue": None, "cue_precision": None, "cue_start": None, "origin": False, "named_event": False,
                     "locative": locative, "unresolved": True}
            if written_with_noun(m.payloads[0]):
                value["text_start"] = m.start  # a site is written with its noun: "جبل صبر"
            out.append(_item("place", si, k, j, toks[k].start, toks[j - 1].end, value))
        return out

    def _listed_names(self, text: str, toks: list[Token], si: int, places: list) -> list:
        """"قريتي السريحة وأزرق"، "بلدات كفرنبل وحاس ومعرة النعمان": after a dual or plural place noun
        (place_nouns.tsv, plural or dual) and the first place it names, a name joined by "و" that the gazetteer
        does not know is another place of the noun's kind (one or two rare words), unresolved, as written."""
        nouns = lexicon("place_nouns.tsv")
        taken = {k for it in places for k in range(it.i, it.j)}
        by_start = {it.i: it for it in places}
        out = []
        for m in nouns.find(toks):
            row = m.payloads[0]
            kind = row.get("kind") or "-"
            if kind == "-" or not (row.get("plural") == "1" or row.get("dual") == "1") or has_article(toks[m.i]):
                continue
            first = by_start.get(m.j)
            if first is None:
                continue
            end, count = first.j, 1
            while end < len(toks) and (row.get("plural") == "1" or count < 2):
                if end in by_start:
                    if not toks[end].norm.startswith("و") or toks[end].norm == toks[end].stems[-1]:
                        break
                    end, count = by_start[end].j, count + 1  # a known place joined: the list goes on
                    continue
                t = toks[end]
                if not t.norm.startswith("و") or text[toks[end - 1].end:t.start].strip() or end in taken:
                    break
                name = t.norm[1:]
                # (after a dual noun the second name is a place, common word or not: "قريتي قسطون والزيارة")
                common = row.get("dual") != "1" and (is_common(name) or is_common(t.stems[-1]))
                known = list({(c.name, c.country, c.latitude, c.longitude): c for noun in _SINGULAR_NOUNS.get(kind, ())
                              for c in self.gazetteer.candidates(f"{noun} {t.text[1:]}")}.values()) \
                    if common and name.isalpha() else []
                if known:
                    # "في مدن أعزاز والباب وجرابلس": a common word listed after the plural noun is the place the
                    # gazetteer knows only with the singular noun ("مدينة الباب")
                    out.append(_item("place", si, end, end + 1, t.start + 1, t.end, {
                        "candidates": [_place_value(c) for c in known], "cue": None, "cue_precision": None,
                        "cue_start": None, "origin": False, "named_event": False,
                        "locative": first.value.get("locative", False)}))
                    taken.add(end)
                    end, count = end + 1, count + 1
                    continue
                if len(name) < 3 or not name.isalpha() or common or self.gazetteer.country_of_adjective(name):
                    break
                j = end + 1
                if j < len(toks) and j not in taken and not text[t.end:toks[j].start].strip() \
                        and not toks[j].norm.startswith("و") and toks[j].norm.isalpha() \
                        and not is_common(toks[j].stems[-1]) and len(toks[j].norm) >= 3 \
                        and not nouns.find(toks, j, j + 1) \
                        and not (toks[j].norm[:1] == "ب" and toks[j].norm[1:] in toks[j].stems):
                    # (not a word with a preposition or a place noun: "بلدتي عرمان وملح بريف السويداء")
                    j += 1
                start = t.start + len(t.text) - len(t.text.lstrip("وو"))
                start = t.start + 1 if t.text.startswith("و") else start
                out.append(_item("place", si, end, j, start, toks[j - 1].end, {
                    "candidates": [unresolved_place(kind, text[start:toks[j - 1].end])], "cue": None,
                    "cue_precision": None, "cue_start": None, "origin": False, "named_event": False,
                    "locative": first.value.get("locative", False), "unresolved": True}))
                taken.update(range(end, j))
                end, count = j, count + 1
        return out

    def capital(self, country: str | None) -> dict[str, Any] | None:
        """The capital of a country as a place ("بالعاصمة" in a Tunisian article is Tunis)."""
        row = self.countries.get(country or "")
        if not row or not row.get("capital"):
            return None
        cands = [c for c in self.gazetteer.candidates(row["capital"]) if c.country == country]
        if not cands:
            return None
        best = max(cands, key=lambda c: (c.kind in ("city", "town"), c.population or 0))
        return _place_value(best)

    def find_capitals(self, text: str, toks: list[Token], si: int, places: list) -> list:
        """"العاصمة" not followed by a place name: the capital of the country its adjective names
        ("العاصمة الفرنسية"), else of the article's country (filled in later)."""
        out = []
        starts = {p.i for p in places}
        inside = {k for p in places for k in range(p.i, p.j)}
        for k, t in enumerate(toks):
            if "العاصمه" not in t.stems or k in inside:
                continue
            if (k + 1) in starts or (k + 2) in starts:
                continue  # "العاصمة طرابلس", "العاصمة السويدية ستوكهولم": the name is there
            adj = next(iter(self.adjectives.find(toks, k + 1, min(k + 2, len(toks)))), None)
            country = adj.payloads[0] if adj is not None else None
            cap = self.capital(country) if country else None
            end = adj.end if adj is not None else t.end
            out.append(_item("place", si, k, adj.j if adj is not None else k + 1, t.start, end, {
                "candidates": [cap] if cap else [], "cue": None, "cue_precision": None,
                "cue_start": None, "origin": False, "named_event": False,
                "locative": k > 0 and toks[k - 1].norm in ("في", "فى") or t.norm[:1] == "ب",
                "capital": True}))
        return out

    def find_countries(self, text: str, toks: list[Token], si: int) -> list:
        out = []
        for m in self.adjectives.find(toks):
            out.append(_item("country", si, m.i, m.j, m.start, m.end,
                             {"country": m.payloads[0], "adjective": True}))
        return out

    def _adjective_country(self, norm: str) -> str | None:
        """The country a nationality adjective written ``norm`` names (gazetteer.country_of_adjective), memoised."""
        if norm not in self._adjective_memo:
            self._adjective_memo[norm] = self.gazetteer.country_of_adjective(norm)
        return self._adjective_memo[norm]

    def _town_country_named(self, toks: list[Token], m: Any, cands: list[dict[str, Any]]) -> bool:
        """"تظاهر آلاف الأردنيين في عمان": the sentence names, by its nationality adjective or its name, the country of
        the town spelled as another country (Amman, Oman) and not that other country: the name is the town."""
        towns = {c.get("country") for c in cands if c.get("kind") != "country"}
        country = {c.get("country") for c in cands if c.get("kind") == "country"}
        named = {self._adjective_country(t.norm) for k, t in enumerate(toks) if not m.i <= k < m.j}
        named |= {n.payloads[0] for n in self.country_names.find(toks) if not (m.i <= n.i < m.j)}
        return bool(named & towns) and not (named & country)

    def resolve_place(self, cands: list[dict[str, Any]], countries: list[str], admin1s: list[str],
                      near: list[tuple[float, float]]) -> dict[str, Any] | None:
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        rank = {c: k for k, c in enumerate(countries)}
        a1 = set(admin1s)
        # a bare name that is both a town and the province or district named after it ("المهدية",
        # "جندوبة") is the town, the seat, before the unit's larger population
        seats = {(c.get("name"), c.get("country")) for c in cands if c.get("kind") not in _UNITS}

        def key(c: dict[str, Any]):
            d = min((abs(c["latitude"] - la) + abs(c["longitude"] - lo) for la, lo in near), default=99) \
                if c.get("latitude") is not None else 99
            unit = c.get("kind") in _UNITS and (c.get("name"), c.get("country")) in seats
            return (rank.get(c.get("country"), 99), 0 if c.get("admin1") in a1 else 1, unit, round(d, 1),
                    -(c.get("population") or 0))
        return min(cands, key=key)

    # ---- persons ----------------------------------------------------------------------------
    def find_persons(self, text: str, toks: list[Token], si: int) -> list:
        out = []
        for k, t in enumerate(toks):
            if t.stems[-1] in _NAMING or t.norm in _NAMING:
                names = []
                for q in range(k + 1, min(k + 4, len(toks))):
                    gap = text[toks[q - 1].end:toks[q].start]
                    if q > k + 1 and any(ch in gap for ch in "،,.\"()"):
                        break
                    names.append(toks[q])
                    if len(names) == 2:
                        break
                if names:
                    a, b = names[0].start, names[-1].end
                    out.append(_item("person", si, k + 1, k + 1 + len(names), a, b, {"name": text[a:b]}))
        return out


COME_FROM_REACH = 4  # words from "القادمين من" to the place it names ("من كليات الطب بتونس")


def _came_from(text: str, toks: list[Token], out: list) -> None:
    """"أطباء قادمون من كليات الطب بتونس وسوسة": a place in the phrase a come-from word opens
    (function_words come_from, then من) is where people came from, not where the event was; the
    places joined to it by و are marked with it after this."""
    for p in out:
        if p.kind != "place" or p.value.get("came_from"):
            continue
        for k in range(p.i - 1, max(0, p.i - 1 - max(COME_FROM_REACH, BASED_REACH)), -1):
            if k < 1 or any(ch in _MARKS for ch in text[toks[k].end:toks[k + 1].start]):
                break
            if toks[k].norm == "من" and toks[k - 1].norm in _COME_FROM and p.i - k <= COME_FROM_REACH:
                p.value["origin"] = p.value["came_from"] = True
                break
            if toks[k].norm == "من" and p.i - k <= COME_FROM_REACH and any(
                    alias_key(toks[x].norm) in _REINFORCEMENTS for x in range(max(0, k - 2), k)):
                # "وسط استقدام الجيش تعزيزات عسكرية من ثكنات البقاع": where reinforcements were brought from is
                # never where the event was, even with no other place
                p.value["origin"] = p.value["came_from"] = p.value["brought"] = True
                break
            if toks[k].stems[-1] in _NATIVE and p.i - k <= NATIVE_REACH:
                # "عنصر تكفيري أصيل منطقة بنقردان"، "فهو اصيل عين دراهم": where a person is from
                p.value["origin"] = p.value["came_from"] = p.value["native"] = True
                break
            if toks[k].stems[-1].startswith(_BASED) and p.i - k <= BASED_REACH:
                # "خلية إرهابية ... تنشط بين حمام سوسة وأكودة"، "كتيبة عقبة بن نافع المتمركزة بجبال الشعانبي":
                # where a group is active or based, not where the event was when the text names another place
                p.value["origin"] = p.value["came_from"] = True
                break
            if toks[k].norm == _TO and p.i - k <= COME_FROM_REACH and any(toks[x].stems[-1].startswith(_GOES_TO)
                                           for x in range(max(0, k - GOES_TO_REACH), k)):
                # "تهريبهم أسلحة إلى إيران وليبيا"، "تم نقله إلى المستشفى الجهوي بتطاوين": where arms or people
                # were sent, not where the event was
                p.value["origin"] = p.value["came_from"] = p.value["sent_to"] = True
                break


def _city_part_before(toks: list[Token], i: int) -> bool:
    """"في شوارع عمان"، "وسط عمان": streets, quarters or the centre of a place (function_words city_part)
    are a town's, so the name after them is the town, not the country spelled the same."""
    return i > 0 and toks[i - 1].stems[-1] in _CITY_PARTS
