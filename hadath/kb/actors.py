"""The actor dictionary: named actors (``data/actors.tsv``) and generic agents (``data/generic_agents.tsv``).

``load()`` returns the one cached :class:`ActorDB`. It holds

- ``lexicon``: a :class:`~hadath.kb.lexicon.Lexicon` of every Arabic alias of a
  named actor, payload :class:`Actor` (an alias may name several actors:
  "الجيش الوطني" is the Syrian National Army, the Tunisian army, the Yemeni
  army and Haftar's army; "الجنجويد" is the Janjaweed before 2013 and the Rapid
  Support Forces after; use :meth:`ActorDB.pick` with the article's date and
  country to choose);
- ``generic_lexicon``: words that name an actor only by its role ("الجيش",
  "مسلحون", "المدنيين"), payload :class:`GenericAgent`; resolve them with
  :meth:`ActorDB.state_force` or the fixed actors of their role.

Users add actors without code: a TSV with the same columns as ``actors.tsv``
(or as ``generic_agents.tsv``) passed as ``load(extra=[path])`` or listed in the
environment variable ``HADATH_ACTORS`` (paths separated by ``os.pathsep``). A
row whose name already exists adds its aliases to that actor and overrides its
non-empty fields.

Validity dates are ``YYYY`` or ``YYYY-MM`` and inclusive at their precision:
``valid_to 2016-07`` covers all of July 2016. Where two names overlap (a rename
month) the newer one (latest ``valid_from``) wins.
"""
from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .lexicon import Lexicon, alias_key
from .loader import data_path, read_tsv, split_list

ENV_VAR = "HADATH_ACTORS"

ACTOR_COLUMNS = ("name", "inter", "country", "kind", "aliases", "associated",
                 "valid_from", "valid_to", "notes")
GENERIC_COLUMNS = ("alias", "role", "inter", "notes")

KINDS = frozenset({"state_military", "state_police", "state_other", "rebel", "militia",
                   "identity_militia", "political", "external", "coalition", "civilians",
                   "protesters", "rioters", "unidentified"})
STATE_KINDS = frozenset({"state_military", "state_police", "state_other"})

# generic roles -> the state force they stand for
_ROLE_FORCE = {"military": "military", "army": "military", "officer": "military",
               "police": "police", "security": "police", "intelligence": "police",
               # "اعتقلت السلطات البلجيكية": the authorities that arrest are the country's police
               "authorities": "police"}
# generic roles -> a fixed actor
ROLE_ACTORS = {"armed_group": ("Unidentified Armed Group", 3), "militants": ("Unidentified Armed Group", 3),
               "militia": ("Unidentified Armed Group", 3), "the_militia": ("Unidentified Armed Group", 3),
               "rebels": ("Unidentified Armed Group", 3), "resistance": ("Unidentified Armed Group", 3),
               "opposition": ("Unidentified Armed Group", 3), "tribe": ("Unidentified Tribal Militia", 4),
               "civilians": ("Civilians", 7), "protesters": ("Protesters", 6), "rioters": ("Rioters", 5),
               # "الاحتلال" alone: in Arabic news the Israeli forces (other occupations are named with
               # their adjective: الاحتلال الأمريكي، الاحتلال التركي)
               "occupation": ("Military Forces of Israel", 8)}

_FAR_PAST = (0, 0)
_FAR_FUTURE = (9999, 12)


def _period(value: str, end: bool) -> tuple[int, int]:
    """'2016' / '2016-07' -> (year, month); an open bound is far past / far future."""
    if not value:
        return _FAR_FUTURE if end else _FAR_PAST
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) > 1 and parts[1]:
        return (year, int(parts[1]))
    return (year, 12) if end else (year, 1)


def _month(date: Any) -> tuple[int, int] | None:
    """A date ('2018-03-05', '2018-03', '2018', date, datetime) -> (year, month)."""
    if date is None or date == "":
        return None
    if isinstance(date, (_dt.date, _dt.datetime)):
        return (date.year, date.month)
    s = str(date).strip()
    parts = s[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 6
    except ValueError:
        return None
    return (year, month)


def _months(a: tuple[int, int]) -> int:
    return a[0] * 12 + a[1]


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    inter: int
    country: str
    kind: str
    aliases: tuple[str, ...]
    associated: tuple[str, ...] = ()
    valid_from: str = ""
    valid_to: str = ""
    notes: str = field(default="", compare=False)

    @property
    def is_state_force(self) -> bool:
        return self.kind in STATE_KINDS

    def valid_on(self, date: Any) -> bool:
        """True when ``date`` (ISO string, ``YYYY-MM``, ``YYYY`` or a date) falls in the validity period."""
        m = _month(date)
        if m is None:
            return True
        return _period(self.valid_from, False) <= m <= _period(self.valid_to, True)

    def distance(self, date: Any) -> int:
        """Months between ``date`` and the validity period (0 inside it)."""
        m = _month(date)
        if m is None:
            return 0
        lo, hi = _period(self.valid_from, False), _period(self.valid_to, True)
        if m < lo:
            return _months(lo) - _months(m)
        if m > hi:
            return _months(m) - _months(hi)
        return 0


@dataclass(frozen=True, slots=True)
class GenericAgent:
    alias: str
    role: str
    inter: int
    notes: str = field(default="", compare=False)


def _actor_from_row(row: dict[str, str], source: str, base: Actor | None = None) -> Actor:
    """An Actor from a TSV row; with ``base`` (same name already loaded) empty fields keep
    the base's values, aliases and associated actors are added to the base's."""
    name = row.get("name", "").strip()
    if not name:
        raise ValueError(f"{source}: a row without a name")
    get = lambda col: row.get(col, "").strip()  # noqa: E731
    inter_s = get("inter") or (str(base.inter) if base else "")
    if not inter_s.isdigit() or not 1 <= int(inter_s) <= 8:
        raise ValueError(f"{source}: {name}: inter must be 1-8, got {inter_s!r}")
    kind = get("kind") or (base.kind if base else "unidentified")
    if kind not in KINDS:
        raise ValueError(f"{source}: {name}: unknown kind {kind!r}")
    for col in ("valid_from", "valid_to"):
        v = get(col)
        if v:
            try:
                _period(v, False)
            except ValueError:
                raise ValueError(f"{source}: {name}: bad {col} {v!r} (YYYY or YYYY-MM)") from None
    aliases = tuple(split_list(row.get("aliases", "")))
    associated = tuple(split_list(row.get("associated", "")))
    if base is None:
        return Actor(name=name, inter=int(inter_s), country=get("country"), kind=kind, aliases=aliases,
                     associated=associated, valid_from=get("valid_from"), valid_to=get("valid_to"),
                     notes=get("notes"))
    return Actor(name=name, inter=int(inter_s), country=get("country") or base.country, kind=kind,
                 aliases=base.aliases + tuple(a for a in aliases if a not in base.aliases),
                 associated=base.associated + tuple(a for a in associated if a not in base.associated),
                 valid_from=get("valid_from") or base.valid_from, valid_to=get("valid_to") or base.valid_to,
                 notes=get("notes") or base.notes)


NOT_ACTOR = "not_actor"


def _is_block(p: Any) -> bool:
    return isinstance(p, GenericAgent) and p.role == NOT_ACTOR


class ActorLexicon(Lexicon):
    """A Lexicon that also holds blocking phrases (generic_agents.tsv rows with role ``not_actor``).

    A blocking phrase takes part in the longest-match scan, so the alias inside it
    does not fire ("وزير الدفاع الوطني" hides "الدفاع الوطني", "القاعدة العسكرية"
    hides "القاعدة", "مجلس الأمن" hides "الأمن"), and is then dropped from the results.
    """

    def find(self, toks, lo: int = 0, hi: int | None = None, overlapping: bool = False):
        out = []
        for m in super().find(toks, lo, hi, overlapping):
            if any(_is_block(p) for p in m.payloads):
                payloads = [p for p in m.payloads if not _is_block(p)]
                if not payloads:
                    continue
                m.payloads = payloads
            out.append(m)
        return out

    def get(self, phrase: str) -> list[Any]:
        return [p for p in super().get(phrase) if not _is_block(p)]

    def keys(self):
        return (k for k in super().keys() if self.get(k))


class ActorDB:
    """Named actors and generic agents with their alias indexes."""

    def __init__(self, actors: Iterable[Actor], generics: Iterable[GenericAgent]) -> None:
        self.actors: tuple[Actor, ...] = tuple(actors)
        self.generics: tuple[GenericAgent, ...] = tuple(generics)
        self._by_name: dict[str, Actor] = {}
        self._order: dict[str, int] = {}
        for k, a in enumerate(self.actors):
            self._by_name[a.name] = a
            self._order[a.name] = k
        self._by_name_fold = {a.name.casefold(): a for a in self.actors}
        blocks = [g for g in self.generics if g.role == NOT_ACTOR]
        self.generics = tuple(g for g in self.generics if g.role != NOT_ACTOR)
        self.blocks: tuple[str, ...] = tuple(g.alias for g in blocks)
        self.lexicon = ActorLexicon()
        for a in self.actors:
            for al in a.aliases:
                self.lexicon.add(al, a)
        self.generic_lexicon = ActorLexicon()
        for g in self.generics:
            self.generic_lexicon.add(g.alias, g)
        for g in blocks:
            self.lexicon.add(g.alias, g)
            self.generic_lexicon.add(g.alias, g)

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self):
        return iter(self.actors)

    # ---- lookups ----------------------------------------------------------------------
    def by_name(self, name: str) -> Actor | None:
        return self._by_name.get(name) or self._by_name_fold.get(name.casefold())

    def candidates(self, alias: str) -> list[Actor]:
        """Every actor that has ``alias`` (text or folded key) among its aliases, in file order."""
        return list(self.lexicon.get(alias))

    def pick(self, candidates: Sequence[Actor], date: Any = None, country: str | None = None) -> Actor | None:
        """The best of several actors sharing an alias, for an event on ``date`` in ``country``.

        Order of preference: the actor of ``country`` (then actors with no country,
        such as Islamic State), valid on ``date`` (else the nearest in time), the
        newest name (latest ``valid_from``), then file order. Without a date the
        current name wins (latest ``valid_to``, open-ended first).
        """
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        m = _month(date)

        def rank(a: Actor) -> tuple:
            if country:
                c = 2 if a.country == country else (1 if not a.country else 0)
            else:
                c = 0
            if m is None:
                time = (0, _months(_period(a.valid_to, True)), 0)
            else:
                time = (-a.distance(date), _months(_period(a.valid_from, False)), 0)
            return (c, *time, -self._order.get(a.name, 0))

        return max(candidates, key=rank)

    def resolve_alias(self, alias_key_or_text: str, date: Any = None, country: str | None = None) -> Actor | None:
        """The canonical actor an alias names on ``date`` (and in ``country``), or None.

        ``alias_key_or_text`` is an alias as written ("بجبهة النصرة" is not an alias:
        pass the alias, or a key from a lexicon match), or a canonical English name.
        """
        cands = self.candidates(alias_key_or_text)
        if not cands:
            a = self.by_name(alias_key_or_text)
            return a
        return self.pick(cands, date, country)

    def find(self, toks, date: Any = None, country: str | None = None, lo: int = 0, hi: int | None = None):
        """Named actors in tokens: list of (Match, Actor) with each match resolved by date and country."""
        return [(m, self.pick(m.payloads, date, country)) for m in self.lexicon.find(toks, lo, hi)]

    def by_country(self, country: str) -> list[Actor]:
        return [a for a in self.actors if a.country == country]

    # ---- state forces and inter codes -------------------------------------------------
    def state_force(self, role: str, country: str, date: Any = None) -> tuple[str, int]:
        """(name, inter) of a country's military or police for a generic mention.

        ``role``: military|army -> "Military Forces of <Country>", police|security|
        intelligence -> "Police Forces of <Country>", inter 1 (the caller turns it
        into 8 with :meth:`inter_for` when the force acts abroad). A row named so in
        actors.tsv is used when valid on ``date``; otherwise the first row of that
        country with the matching kind (Libya: Libyan National Army) valid on ``date``.
        """
        r = _ROLE_FORCE.get(role, role)
        if r not in ("military", "police"):
            raise ValueError(f"not a state-force role: {role!r}")
        other = _army_of().get((country, r))
        if other is not None and other in self._by_name:
            return other, 1  # "الجيش" in Gaza: Israel's (data/army_of.tsv)
        prefix = "Military Forces of" if r == "military" else "Police Forces of"
        kind = "state_military" if r == "military" else "state_police"
        names = [f"{prefix} {country}", f"{prefix} the {country}"]
        exact = [self._by_name[n] for n in names if n in self._by_name]
        if exact and (date is None or exact[0].valid_on(date)):
            return exact[0].name, 1
        same = [a for a in self.actors if a.country == country and a.kind == kind]
        valid = [a for a in same if a.valid_on(date)]
        if valid:
            return valid[0].name, 1
        if exact:
            return exact[0].name, 1
        the = country.startswith(("United ", "Central African", "Democratic Republic", "Republic of"))
        return (f"{prefix} the {country}" if the else f"{prefix} {country}"), 1

    def inter_for(self, actor: Actor | str, event_country: str | None) -> int | None:
        """An actor's inter code for an event in ``event_country``.

        State forces acting outside their own country are external forces (8); a
        state force whose row says 8 (Military Forces of Turkey, of Russia, as in the
        gold) is 1 inside its own country. Other actors keep their inter.
        """
        a = self.by_name(actor) if isinstance(actor, str) else actor
        if a is None:
            return None
        if a.is_state_force and a.country and event_country:
            return 1 if a.country == event_country else 8
        return a.inter

    # ---- generic agents ----------------------------------------------------------------
    def generic(self, alias: str) -> GenericAgent | None:
        got = self.generic_lexicon.get(alias)
        return got[0] if got else None

    def resolve_generic(self, role: str, country: str | None = None, date: Any = None) -> tuple[str | None, int | None]:
        """(name, inter) a generic role stands for: a state force of ``country``, or a fixed actor."""
        if role in _ROLE_FORCE:
            if not country:
                return None, None
            return self.state_force(role, country, date)
        return ROLE_ACTORS.get(role, (None, None))


@lru_cache(maxsize=1)
def _army_of() -> dict[tuple[str, str], str]:
    """(country, military|police) -> the state force a generic word names there (data/army_of.tsv)."""
    return {(r["country"], r["role"]): r["actor"] for r in read_tsv(data_path("army_of.tsv"))}


# ---- loading ------------------------------------------------------------------------------
def _is_generic_table(rows: list[dict[str, str]]) -> bool:
    return bool(rows) and "alias" in rows[0] and "role" in rows[0] and "name" not in rows[0]


def _generic_from_row(row: dict[str, str], source: str) -> GenericAgent:
    alias, role, inter_s = row.get("alias", "").strip(), row.get("role", "").strip(), row.get("inter", "").strip()
    if not alias or not role:
        raise ValueError(f"{source}: a generic agent needs alias and role: {row}")
    if not inter_s.isdigit() or not (0 if role == NOT_ACTOR else 1) <= int(inter_s) <= 8:
        raise ValueError(f"{source}: {alias}: inter must be 1-8 (0 for not_actor), got {inter_s!r}")
    return GenericAgent(alias, role, int(inter_s), row.get("notes", "").strip())


def build(paths: Sequence[str | Path] = (), generic_paths: Sequence[str | Path] = (),
          extra: Sequence[str | Path] = ()) -> ActorDB:
    """An ActorDB from explicit files (bundled ones when ``paths``/``generic_paths`` are empty)."""
    paths = list(paths) or [data_path("actors.tsv")]
    generic_paths = list(generic_paths) or [data_path("generic_agents.tsv")]
    actors: dict[str, Actor] = {}
    generics: list[GenericAgent] = []
    seen_generic: set[tuple[str, str]] = set()

    def add_generic_rows(rows: list[dict[str, str]], src: str) -> None:
        for row in rows:
            g = _generic_from_row(row, src)
            if (g.alias, g.role) not in seen_generic:
                seen_generic.add((g.alias, g.role))
                generics.append(g)

    for p in list(paths) + list(extra):
        rows = read_tsv(p)
        if _is_generic_table(rows):
            add_generic_rows(rows, str(p))
            continue
        for row in rows:
            name = row.get("name", "").strip()
            a = _actor_from_row(row, str(p), actors.get(name))
            actors[a.name] = a
    for p in generic_paths:
        add_generic_rows(read_tsv(p), str(p))
    return ActorDB(actors.values(), generics)


@lru_cache(maxsize=8)
def _load_cached(extra: tuple[str, ...]) -> ActorDB:
    return build(extra=extra)


def load(extra: Sequence[str | Path] | None = None) -> ActorDB:
    """The bundled actor dictionary plus user TSVs (``extra`` and ``$HADATH_ACTORS``), cached."""
    paths = [str(p) for p in (extra or ())]
    env = os.environ.get(ENV_VAR, "")
    paths += [p for p in env.split(os.pathsep) if p.strip()]
    return _load_cached(tuple(paths))


__all__ = ["Actor", "ActorDB", "ActorLexicon", "NOT_ACTOR", "GenericAgent", "alias_key", "build", "load", "ENV_VAR"]
