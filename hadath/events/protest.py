"""The parts of a record ACLED adds around the coded event, filled after the article is coded.

``enrich(doc, sentences)`` runs once per article, after the records are merged:

- every generic actor gets ACLED's country qualifier from the event's country
  (``Protesters (Tunisia)``, ``Rioters (Tunisia)``, ``Civilians (Syria)``,
  ``Unidentified Armed Group (Libya)``);
- Protests and Riots get ``crowd_size`` (ACLED's tag: the number as digits,
  ``dozens``, ``hundreds``, ``thousands`` or ``no report``), ``assoc_actor_1`` (who the
  crowd is: ``Teachers (Tunisia)``, ``Labour Group (Tunisia)``, ``Residents of Gafsa
  (Tunisia)``, ``Nidaa Tounes`` for its supporters; from ``data/assoc_actors.tsv``) and
  ``demand`` (the clause after مطالبين، للمطالبة بـ، احتجاجا على، تنديدا بـ as written, with
  its offsets: ``{"text", "start", "end", "kind"}``, kind ``demand``, ``against``, ``support`` or
  ``condemn``), read from the event's evidence sentences, the trigger's sentence first;
- an attack on civilians whose victims are a group (صحفي، طلبة) gets ``assoc_actor_2``;
- every record gets ``notes``: one English sentence in ACLED's style built only from
  the record's fields by a template per event type and sub-type (``notes_for``); the
  demand is named only by fixed phrases for the topics it mentions (``data/protest_cues.tsv``),
  never translated.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from ..kb import knowledge
from ..kb.lexicon import Lexicon, Match
from ..kb.loader import load_table
from ..kb.words import function_words
from ..mentions.finders import Item, SentenceMentions
from ..text import tokenize
from ..text.normalize import fold
from ..text.tokenize import has_article
from ..types import Document, Event

__all__ = ["enrich", "demand_cues", "demand_span", "notes_for", "qualify", "unqualified", "GENERIC_ACTORS", "CROWD_TYPES"]

CROWD_TYPES = ("Protests", "Riots")
# generic actors to which ACLED adds the country: "Civilians (Syria)"
GENERIC_ACTORS = ("Protesters", "Rioters", "Civilians", "Unidentified Armed Group", "Unidentified Tribal Militia")
_QUALIFIER = re.compile(r"\s*\(([^()]*)\)\s*$")
_CLAUSE_END = set("،,؛;.!?:()[]\n")
_QUOTES = set('"«»“”')
MAX_DEMAND_TOKENS = 20
ON = fold("على")
GAP_REACH = 6  # "احتج مئات الطلاب على": the words a protest verb's "على" may stand after it
TOPIC_HEAD = 6  # the notes name the topics of a demand's first words only (its head, not its details)
# place-kind words between a residents noun and its place: "أهالي مدينة سيدي بوزيد"
_PLACE_WORDS = frozenset(function_words("residents_place"))
# words after a residents noun that leave it bare ("احتشد الأهالي أمام ..."): the event's place
_FUNCTION_WORDS = frozenset(function_words("bare_follower"))
# units that a vague count may count instead of people ("آلاف الدنانير")
_UNITS = frozenset(function_words("count_unit"))
# words before a people noun that make them those supported, not the crowd ("مظاهرة تأييد لسكان غزة")
_SUPPORT = frozenset(function_words("support_word"))
# words before an organisation that make it a building or a speaker's employer, not the organiser
_NOT_ORGANISER = frozenset(function_words("not_organiser"))
# words before a number that make it a toll or a demand, not the crowd ("المصابين ... 4 أشخاص")
_NOT_CROWD = frozenset(function_words("not_crowd"))
# a toll raised "to" a number ("ارتفع عدد القتلى ... إلى 3 أشخاص") is not the crowd
_TOLL_WORDS = frozenset(function_words("toll_word"))
_PARTY_HEADS = function_words("party_head")  # "أنصار حزب ...": the party named after its head noun
_NUMBER_WORDS = (("عشرات", "dozens"), ("مئات", "hundreds"), ("ميات", "hundreds"), ("الاف", "thousands"))


# ---------------------------------------------------------------------------------- tables

@lru_cache(maxsize=None)
def _people() -> Lexicon:
    lex = Lexicon()
    for row in load_table("assoc_actors.tsv"):
        lex.add(row["word"], row)
        if not row["word"].startswith(("ال", "أل", "إل")):
            # "للمعلمين" peels to المعلمين, not to معلمين: list the definite form too
            lex.add("ال" + row["word"], row)
    return lex


def people_nouns() -> Lexicon:
    """Who a crowd may be (``assoc_actors.tsv``): teachers, residents, workers, people counted."""
    return _people()


@lru_cache(maxsize=None)
def _cues(kinds: tuple[str, ...]) -> Lexicon:
    lex = Lexicon()
    for row in load_table("protest_cues.tsv"):
        if row["kind"] in kinds:
            lex.add(row["word"], row)
    return lex


def demand_cues() -> Lexicon:
    """The cues after which a crowd's demand is written (مطالبين بـ، للمطالبة، احتجاجا على، تنديدا بـ،
    تضامنا مع)."""
    return _cues(("demand", "against", "condemn", "support"))


# ---------------------------------------------------------------------------------- actors

def unqualified(name: str | None) -> str | None:
    """An actor's name without ACLED's trailing country: 'Civilians (Syria)' -> 'Civilians'."""
    return _QUALIFIER.sub("", name) if name else name


def qualify(name: str | None, country: str | None) -> str | None:
    """ACLED's form of a generic actor: 'Civilians' in Syria -> 'Civilians (Syria)'. Named actors,
    names already qualified and events without a country are left as they are."""
    if not name or not country or name not in GENERIC_ACTORS:
        return name
    return f"{name} ({country})"


# ---------------------------------------------------------------------------------- enrich

def enrich(doc: Document, sentences: list[SentenceMentions]) -> None:
    """Fill the qualifiers, crowd size, associated actors, demand and notes of ``doc.events``."""
    by_start = {sm.span.start: sm for sm in sentences}
    for ev in doc.events:
        sms = _evidence_sentences(ev, by_start)
        if ev.event_type in CROWD_TYPES:
            ev.demand = _demand(sms, doc.text)
            _drop_topic_place(ev, sms, doc)
        ev.actor1 = qualify(ev.actor1, ev.country)
        ev.actor2 = qualify(ev.actor2, ev.country)
        if ev.event_type in CROWD_TYPES:
            ev.crowd_size = _crowd_size(ev, sms)
            ev.assoc_actor_1 = _assoc_actor(ev, sms)
        else:
            ev.crowd_size = None
            if unqualified(ev.actor2) == "Civilians":
                ev.assoc_actor_2 = _victim_group(ev, sms)
        ev.notes = notes_for(ev, doc.text)


def _drop_topic_place(ev: Event, sms: list[SentenceMentions], doc: Document) -> None:
    """A place named only inside the protest's demand is what the crowd stands with or condemns,
    not where it gathered ("تظاهر المئات تضامنا مع غزة"، "وقفة تنديدا بالعدوان على غزة"): the
    protest then has no place of its own, only the article's country (none when the article's
    country is that place's)."""
    dem = ev.demand
    if dem and not ev.location_text and ev.country and ev.location in (None, ev.country):
        # the country only a nationality inside the demand names ("تضامنا مع الشعب الفلسطيني")
        named = [c for sm in sms for c in sm.countries if c.value.get("country") == ev.country] + [
            p for sm in sms for p in sm.places
            if any(x.get("country") == ev.country for x in p.value.get("candidates", [])[:1])]
        if named and all(dem["start"] <= c.start < dem["end"] for c in named):
            ev.country = doc.country if doc.country != ev.country else None
            ev.location, ev.geo_precision = (ev.country, 3) if ev.country else (None, None)
            ev.latitude = ev.longitude = None
        return
    if not dem or not ev.location_text or ev.location_text not in dem["text"]:
        return
    name = ev.location_text
    seen = [sm.span.start + k for sm in sms for k in _occurrences(doc.text[sm.span.start:sm.span.end], name)]
    if not seen or any(not (dem["start"] <= k < dem["end"]) for k in seen):
        return  # named where they gathered too ("أمام مقر ولاية صفاقس ... بتنمية صفاقس")
    topic_country = ev.country
    for f in ("admin1", "admin2", "location", "location_text", "latitude", "longitude", "geo_precision"):
        setattr(ev, f, None)
    # (the article's country, unless the article has it only from that place: then none is known)
    ev.country = doc.country if doc.country != topic_country else None
    if ev.country:
        ev.location, ev.geo_precision = ev.country, 3


def _occurrences(text: str, name: str) -> list[int]:
    out, k = [], text.find(name)
    while k >= 0:
        out.append(k)
        k = text.find(name, k + 1)
    return out


def _evidence_sentences(ev: Event, by_start: dict[int, SentenceMentions]) -> list[SentenceMentions]:
    """The event's sentences, those holding one of its triggers first."""
    sms = [by_start[a] for a, _ in ev.evidence if a in by_start]
    trig = [t[0] for t in ev.triggers]
    return sorted(sms, key=lambda sm: (not any(sm.span.start <= t < sm.span.end for t in trig),
                                       sm.span.start))


def _trigger_at(ev: Event, sm: SentenceMentions) -> int:
    """Offset of the event's first trigger in this sentence (or the sentence's start)."""
    return next((t[0] for t in sorted(ev.triggers) if sm.span.start <= t[0] < sm.span.end), sm.span.start)


def _inside(it: Item | Match, spans: list[tuple[int, int]]) -> bool:
    return any(a <= it.start < b for a, b in spans)


def _person_at(sm: SentenceMentions, k: int, counted: bool) -> Match | None:
    """A people noun starting at token ``k`` (singular nouns only when ``counted``)."""
    if k >= len(sm.toks):
        return None
    lex = _people()
    for m in lex.find(sm.toks, k, min(len(sm.toks), k + lex.max_len)):
        if m.i != k:
            return None
        row = m.payloads[0]
        if row["kind"] == "not" or (row.get("needs") == "number" and not counted):
            return None
        return m
    return None


def _counted(sm: SentenceMentions, m: Match) -> bool:
    """Whether a number stands right before the noun ("700 طالب", "ألف معتقل", "500 من سكان")."""
    for n in sm.numbers:
        if n.j == m.i or (n.j == m.i - 1 and sm.toks[n.j].norm == "من"):
            return True
    return False


# ---------------------------------------------------------------------------------- crowd size

def _vague_size(text: str) -> str | None:
    for t in tokenize(text):
        for s in t.stems:
            for w, tag in _NUMBER_WORDS:
                if s == w or s == "ال" + w:
                    return tag
    return None


def _nisba_plural(tok: Any) -> bool:
    """A plural of people by origin or affiliation (الكوريين، الإسرائيليين، التونسيون)."""
    return tok is not None and tok.norm.startswith("ال") and tok.norm.endswith(("يين", "يون")) \
        and len(tok.norm) > 6


def _crowd_size(ev: Event, sms: list[SentenceMentions]) -> str:
    """ACLED's crowd size tag from the count of the crowd nearest the trigger; "no report" else."""
    demand = [(ev.demand["start"], ev.demand["end"])] if ev.demand else []
    for sm in sms:
        toks = sm.toks
        taken = [(c.start, c.end) for c in sm.casualties] + [(t.start, t.end) for t in sm.times] + demand
        anchor = _trigger_at(ev, sm)
        nationals = {c.i for c in sm.countries if c.value.get("adjective")}
        found: list[tuple[int, str]] = []
        for n in sm.numbers:
            if _inside(n, taken) or any(t.stems[-1] in _NOT_CROWD or t.norm in _NOT_CROWD
                                        for t in toks[max(0, n.i - 3):n.i]):
                continue
            if n.i > 0 and toks[n.i - 1].norm == "الي" and any(t.norm in _TOLL_WORDS for t in toks[:n.i]):
                continue
            k = n.j + 1 if n.j < len(toks) and toks[n.j].norm == "من" else n.j
            value = n.value.get("value")
            if value is not None and not n.value.get("vague"):
                if _person_at(sm, k, counted=True) is not None:
                    found.append((abs(n.start - anchor), str(value)))
                continue
            tag = _vague_size(sm.text[n.start:n.end])
            if tag is None:
                continue
            nxt = toks[n.j] if n.j < len(toks) else None
            if _person_at(sm, k, counted=False) is not None or k in nationals or _nisba_plural(nxt):
                ok = True            # "مئات المتظاهرين", "آلاف من الطلبة", "مئات الكوريين"
            elif nxt is None or any(ch in _CLAUSE_END for ch in sm.text[n.end:nxt.start]):
                ok = True            # "احتشد المئات." / "بالآلاف،"
            elif k != n.j:           # "عشرات من السيارات": counts something other than people
                ok = False
            else:                    # "خرج الآلاف في ..." but not "آلاف الدنانير"
                definite = has_article(nxt)
                ok = nxt.norm in _FUNCTION_WORDS or not (definite or any(s in _UNITS for s in nxt.stems))
            if ok:
                found.append((abs(n.start - anchor), tag))
        if found:
            return min(found)[1]
    return "no report"


# ---------------------------------------------------------------------------------- associated actors

def _place_name(ev: Event, it: Item) -> str | None:
    cands = [c for c in it.value.get("candidates") or [] if not ev.country or c.get("country") == ev.country]
    if not cands:
        return None
    if ev.location and any(c.get("name") == ev.location for c in cands):
        return ev.location
    near = [(ev.latitude, ev.longitude)] if ev.latitude is not None else []
    pl = knowledge().resolve_place(cands, [ev.country] if ev.country else [],
                                   [ev.admin1] if ev.admin1 else [], near)
    return pl.get("name") if pl and pl.get("kind") != "country" else None


def _residents_place(ev: Event, sm: SentenceMentions, m: Match, strict: bool) -> str | None:
    """The place of "أهالي/سكان ...": a place named after the noun (maybe after مدينة، منطقة ...);
    the event's place when the noun stands alone (الأهالي أمام، الأهالي بقطع) or before a place word
    that refers back (أهالي المنطقة، سكان الجهة); else none (أهالي الموقوفين، أهالي منطقة <unknown>)."""
    toks = sm.toks
    k = m.j
    places = {p.i: p for p in sm.places}
    if k < len(toks) and not any(ch in _CLAUSE_END for ch in sm.text[toks[k - 1].end:toks[k].start]):
        if k in places:
            return _place_name(ev, places[k])
        t = toks[k]
        if t.stems[-1] in _PLACE_WORDS or t.norm in _PLACE_WORDS:
            if k + 1 < len(toks) and (k + 1) in places:
                return _place_name(ev, places[k + 1])
            if strict or not t.norm.startswith("ال"):
                return None  # "منطقة سيدي مرشد": a place the gazetteer does not know
            return ev.location
        times = {x.i for x in sm.times}
        bare = t.norm in _FUNCTION_WORDS or k in times or (t.norm[:1] in "بلف" and len(t.stems) > 1)
        if strict or not bare:
            return None
    return None if strict else ev.location


def _supported(sm: SentenceMentions, m: Match) -> str | None:
    k = m.j
    if k + 1 < len(sm.toks) and (sm.toks[k].norm, sm.toks[k + 1].norm) == ("كل", "من"):
        k += 2               # "أنصار كل من التيار الشعبي والجبهة الشعبية"
    if k < len(sm.toks) and sm.toks[k].norm in _PARTY_HEADS:
        k += 1
    a = next((a for a in sm.actors if a.i == k and a.value.get("name")), None)
    return a.value["name"] if a else None


def _group_name(ev: Event, sm: SentenceMentions, m: Match) -> str | None:
    row = m.payloads[0]
    kind, actor, country = row["kind"], row["actor"], ev.country
    if kind == "group":
        return f"{actor} ({country})" if country else actor
    if kind == "state":
        name = actor.format(country=country) if country else None
        return None if name is None or name in (ev.actor1, ev.actor2) else name
    if kind == "residents":
        place = _residents_place(ev, sm, m, strict=row.get("needs") == "place")
        if not place:
            return None
        name = actor.format(place=place)
        return f"{name} ({country})" if country and place != country else name
    if kind == "supporters":
        named = _supported(sm, m)
        return actor.format(actor=named) if named else None
    return None


def _assoc_actor(ev: Event, sms: list[SentenceMentions]) -> str | None:
    """Who the crowd is: the people noun nearest the trigger; else a political organisation named
    in the trigger's sentence (an organiser: "الوقفة الأسبوعية للجبهة الشعبية")."""
    skip = [(ev.demand["start"], ev.demand["end"])] if ev.demand else []
    for sm in sms:
        anchor = _trigger_at(ev, sm)
        taken = skip + [(c.start, c.end) for c in sm.casualties]
        best: tuple[int, int, str] | None = None
        for m in _people().find(sm.toks):
            row = m.payloads[0]
            if row["kind"] in ("crowd", "not") or _inside(m, taken):
                continue
            if any(t.stems[-1] in _SUPPORT or t.norm in _SUPPORT for t in sm.toks[max(0, m.i - 4):m.i]):
                continue     # "مظاهرة لدعم سكان غزة": the people supported, not the crowd
            if row.get("needs") == "number" and not _counted(sm, m):
                continue
            name = _group_name(ev, sm, m)
            if name:
                key = (abs(m.start - anchor), m.start, name)
                best = key if best is None or key < best else best
        if best is not None:
            return best[2]
    for sm in sms[:1]:
        for a in sm.actors:
            v = a.value
            before = {t.stems[-1] for t in sm.toks[max(0, a.i - 2):a.i]}
            if v.get("name") and v.get("kind") == "political" and v["name"] not in GENERIC_ACTORS \
                    and v["name"] not in (ev.actor1, ev.actor2) and not v.get("speaker") \
                    and not _inside(a, skip) and not before & _NOT_ORGANISER:
                return v["name"]
    return None


def _victim_group(ev: Event, sms: list[SentenceMentions]) -> str | None:
    """Who the civilians attacked are, when the text names a group (مقتل صحفي، اختطاف طالبين):
    a people noun in a casualty phrase or within three words after the trigger."""
    for sm in sms[:1]:
        trig = [(t[0], t[1]) for t in ev.triggers if sm.span.start <= t[0] < sm.span.end]
        ends = [next((k for k, t in enumerate(sm.toks) if t.start >= b), len(sm.toks)) for _, b in trig]
        for m in _people().find(sm.toks):
            row = m.payloads[0]
            if row["kind"] != "group":
                continue
            after = any(0 <= m.i - e <= 2 for e in ends)
            in_toll = any(c.start <= m.start < c.end for c in sm.casualties)
            if after or in_toll:
                return f"{row['actor']} ({ev.country})" if ev.country else row["actor"]
    return None


# ---------------------------------------------------------------------------------- demand

def demand_span(sm: SentenceMentions) -> tuple[int, int] | None:
    """The offsets of the demand a sentence writes (see ``_demand``), or None."""
    d = _demand([sm], sm.text)
    return (d["start"], d["end"]) if d else None


def _gap_cues(toks: list, cues: Lexicon, text: str) -> list[tuple[int, dict]]:
    """"احتج مئات الطلاب على الحرب": a verb of protesting (protest_cues.tsv kind against_verb) whose
    "على" comes a few words on, past its subject, with no clause end between: (the index after
    "على", the row)."""
    out = []
    for m in cues.find(toks):
        for q in range(m.j, min(len(toks), m.j + GAP_REACH + 1)):
            if q > m.j and any(ch in _CLAUSE_END for ch in text[toks[q - 1].end:toks[q].start]):
                break
            if toks[q].norm == ON:
                out.append((q + 1, m.payloads[0]))
                break
    return out


def _demand(sms: list[SentenceMentions], text: str) -> dict[str, Any] | None:
    """The clause after the first demand cue of the event's sentences, cut at the clause's end."""
    cues = demand_cues()
    stops = _cues(("stop",))
    gap = _cues(("against_verb",))
    for sm in sms:
        toks = sm.toks
        found = [(m.j, m.payloads[0], m.end) for m in cues.find(toks)]
        if not found:
            found = [(k, dict(row, kind="against"), toks[k - 1].end) for k, row in _gap_cues(toks, gap, text)]
        for k, row, cue_end in found:
            if k >= len(toks):
                continue
            prep = row.get("prep") or ""
            start = toks[k].start
            if prep and toks[k].norm == prep:            # "بـ" apart: "مطالبين بـ"التشغيل""
                k += 1
                if k >= len(toks):
                    continue
                start = toks[k].start
            elif prep and toks[k].norm.startswith(prep) and (toks[k].norm[1:] in toks[k].stems
                                                              or len(toks[k].norm) == 3):
                # "بالتشغيل" -> التشغيل, "بما اعتبروه" -> ما اعتبروه; "للعنف" (ل + ال) -> عنف
                start = _after_letter(text, toks[k], 2 if prep == "ل" and toks[k].norm.startswith("لل") else 1)
            quoted = any(ch in _QUOTES for ch in text[cue_end:start])
            stop_at = {s.i for s in stops.find(toks, k)}
            q = k
            while q < len(toks) and q - k < MAX_DEMAND_TOKENS:
                if q > k and (any(ch in _CLAUSE_END for ch in text[toks[q - 1].end:toks[q].start])
                              or q in stop_at):
                    break
                if q > k and quoted and any(ch in _QUOTES for ch in text[toks[q - 1].end:toks[q].start]):
                    break                                  # the closing quote of a quoted demand
                q += 1
            end = toks[q - 1].end
            if end - start < 2:
                continue
            return {"text": text[start:end], "start": start, "end": end, "kind": row["kind"]}
    return None


def _after_letter(text: str, tok: Any, n: int = 1) -> int:
    """Offset after the first ``n`` letters of a token (and a tatweel or diacritics after them)."""
    p = tok.start
    for _ in range(n):
        p += 1
        while p < tok.end and (text[p] == "\u0640" or "\u064b" <= text[p] <= "\u065f"):
            p += 1
    return p


# ---------------------------------------------------------------------------------- notes

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_PROSE = {"Protesters": "protesters", "Rioters": "rioters", "Civilians": "civilians",
          "Unidentified Armed Group": "an unidentified armed group"}


def _get(d: Any, k: str) -> Any:
    return d.get(k) if isinstance(d, Mapping) else getattr(d, k, None)


def _when(d: Any) -> str:
    date, prec = _get(d, "event_date"), _get(d, "time_precision")
    if not date:
        return "On an unreported date"
    y, m, day = date[:10].split("-")
    month = _MONTHS[int(m) - 1]
    if prec == 3:
        return f"In {month} {y}"
    return f"{'Around' if prec == 2 else 'On'} {int(day)} {month} {y}"


def _where(d: Any) -> str:
    loc, a1, country, prec = (_get(d, k) for k in ("location", "admin1", "country", "geo_precision"))
    if loc and loc != country:
        within = a1 or country
        return f"{'near' if prec == 2 else 'in'} {loc}" + (f" ({within})" if within else "")
    if a1:
        return f"in {a1}" + (f" ({country})" if country else "")
    if country:
        return f"in {country}"
    return "at an unreported location"


def _who(name: str | None, default: str) -> str:
    if not name:
        return default
    return _PROSE.get(unqualified(name) or "", name)


def _count(n: int | None, one: str, many: str) -> str:
    if not n or n == 1:
        return f"a{'n' if one[0] in 'aeiou' else ''} {one}" if not n else f"one {one}"
    return f"{_SMALL[n] if n <= 10 else n} {many}"


def _members(name: str | None, prose: str) -> str:
    """'members of Islamic State' for an organisation, 'civilians' for a generic actor."""
    if not name:
        return ""
    return prose if unqualified(name) in GENERIC_ACTORS else f"members of {prose}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _toll(d: Any) -> str:
    f, inj = _get(d, "fatalities"), _get(d, "injuries")
    if f is None:
        out = ["Casualties were reported without a number."]
    elif f == 0:
        out = ["No fatalities reported."]
    else:
        out = [f"{f} {'fatality' if f == 1 else 'fatalities'}."]
    if inj:
        out.append(f"{inj} {'person was' if inj == 1 else 'people were'} injured.")
    return " ".join(out)


def _crowd_words(d: Any, default: str) -> str:
    """'hundreds of teachers', '200 protesters', 'residents of Gafsa'."""
    noun = default
    assoc = _get(d, "assoc_actor_1")
    if assoc:
        noun = _assoc_noun(assoc) or noun
    size = _get(d, "crowd_size")
    if size in ("dozens", "hundreds", "thousands"):
        return f"{size} of {noun}"
    if size and size.isdigit():
        return f"{size} {noun}"
    return noun


@lru_cache(maxsize=None)
def _assoc_nouns() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in load_table("assoc_actors.tsv"):
        if row["kind"] == "group":
            out.setdefault(row["actor"], row["noun"])
    return out


def _assoc_noun(assoc: str) -> str | None:
    bare = unqualified(assoc) or ""
    if bare.startswith("Residents of "):
        return "residents of " + bare[len("Residents of "):]
    if bare.startswith("Supporters of "):
        return "supporters of " + bare[len("Supporters of "):]
    if bare.startswith("Police Forces of "):
        return "police officers"
    return _assoc_nouns().get(bare)


@lru_cache(maxsize=None)
def _topics() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(folded words, "demanding phrase|over phrase") of the topic rows, longest first."""
    rows = [(tuple(t.norm for t in tokenize(r["word"])), r.get("en") or "")
            for r in load_table("protest_cues.tsv") if r["kind"] == "topic"]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _topic_phrases(text: str, against: bool) -> list[str]:
    """The fixed English phrases of the topics at the head of a demand (its first TOPIC_HEAD
    words): a topic word matches a word that starts with it (إدماجهم: إدماج), after proclitics."""
    toks = tokenize(text)[:TOPIC_HEAD]
    used: set[int] = set()
    found: list[tuple[int, str]] = []
    for words, en in _topics():
        for k in range(len(toks) - len(words) + 1):
            span = set(range(k, k + len(words)))
            if used & span:
                continue
            if all(any(_starts(s, w) for s in toks[k + n].stems) for n, w in enumerate(words)):
                used |= span
                demanding, _, over = en.partition("|")
                found.append((k, over if against else demanding))
                break
    out: list[str] = []
    for _, p in sorted(found):
        if p and p not in out:
            out.append(p)
    return out


def _starts(word: str, stem: str) -> bool:
    """A word is the stem with at most a pronoun or a plural ending (وضعيتهم: وضعية)."""
    if stem.endswith("ه") and word.startswith(stem[:-1] + "ت"):
        stem = stem[:-1] + "ت"
    return word.startswith(stem) and len(word) - len(stem) <= 3


def _demand_words(d: Any) -> str:
    """', demanding jobs and development' from the demand's topics (fixed phrases, no translation)."""
    dem = _get(d, "demand")
    if not isinstance(dem, Mapping) or not dem.get("text"):
        return ""
    if dem.get("kind") == "support":
        return ""  # "تضامنا مع غزة": whom they stand with, no demand the notes can phrase
    against = dem.get("kind") in ("against", "condemn")
    phrases = _topic_phrases(dem["text"], against)
    if not phrases:
        return "" if against else ", to press their demands"
    said = " and ".join(phrases[:2])
    return f", in protest over {said}" if against else f", demanding {said}"


def _form(d: Any, text: str | None, default: str) -> str:
    """The English verb phrase of the protest's form (held a sit-in, marched, blocked a road), from
    its trigger words when the article's text is at hand."""
    if text:
        forms = _cues(("form",))
        for a, b in sorted(_get(d, "triggers") or []):
            for m in forms.find(tokenize(text, a, b)):
                return m.payloads[0]["en"]
    return default


def notes_for(d: Any, text: str | None = None) -> str:
    """An English sentence in ACLED's style from a record's fields (an ``Event`` or an event dict):
    'On 12 March 2019, Syrian Democratic Forces clashed with Islamic State near Baghuz Fawqani
    (Deir ez-Zor). Casualties were reported without a number.' Protests and riots end with ACLED's
    size tag, '[size=hundreds]'. With the article's ``text``, a protest's form (sit-in, march,
    road block) is read from its trigger words; without it, the sub-type's phrase is used."""
    etype, sub = _get(d, "event_type"), _get(d, "sub_event_type")
    a1, a2 = _get(d, "actor1"), _get(d, "actor2")
    when, where = _when(d), _where(d)
    x1 = _who(a1, "an unidentified actor")
    x2 = _who(a2, "") if a2 else ""
    q = _get(d, "quantity")
    extra = ""
    if etype == "Battles":
        if sub == "Government regains territory":
            body = f"{x1} regained territory {where}" + (f" from {x2}" if x2 else "")
        elif sub == "Non-state actor overtakes territory":
            body = f"{x1} took over territory {where}" + (f" from {x2}" if x2 else "")
        else:
            body = f"{x1} clashed with {x2 or 'an unidentified armed group'} {where}"
    elif etype == "Explosions/Remote violence":
        target = f", targeting {x2}" if x2 else ""
        if sub == "Air/drone strike":
            body = f"{x1} carried out {_count(q, 'air/drone strike', 'air/drone strikes')} {where}{target}"
        elif sub == "Shelling/artillery/missile attack":
            body = f"{x1} fired artillery or missiles {where}{target}"
        elif sub == "Remote explosive/landmine/IED":
            by = "" if unqualified(a1) in (None, "Unidentified Armed Group") else f" planted by {x1}"
            body = f"an explosive device{by} detonated {where}{target}"
        elif sub == "Suicide bomb":
            by = "" if unqualified(a1) in (None, "Unidentified Armed Group") else f" of {x1}"
            body = f"a suicide bomber{by} detonated explosives {where}{target}"
        elif sub == "Grenade":
            body = f"{x1} threw a grenade {where}{target}"
        elif sub == "Chemical weapon":
            body = f"{x1} used a chemical weapon {where}{target}"
        else:
            body = f"{x1} carried out a remote attack {where}{target}"
    elif etype == "Violence against civilians":
        victims = _assoc_noun(_get(d, "assoc_actor_2") or "") or x2 or "civilians"
        verb = {"Abduction/forced disappearance": "abducted", "Sexual violence": "sexually assaulted"
                }.get(sub, "attacked")
        body = f"{x1} {verb} {victims} {where}"
    elif etype == "Protests":
        crowd = _crowd_words(d, "protesters")
        demand = _demand_words(d)
        force = x2 or "security forces"
        if sub == "Excessive force against protesters":
            body = f"{crowd} {_form(d, text, 'held a protest')} {where}{demand}, and {force} used excessive force " \
                   f"against them"
        elif sub == "Protest with intervention":
            body = f"{crowd} {_form(d, text, 'held a protest')} {where}{demand}"
            extra = f" {_cap(force)} intervened."
        else:
            body = f"{crowd} {_form(d, text, 'held a peaceful protest')} {where}{demand}"
    elif etype == "Riots":
        if sub == "Mob violence":
            body = f"a mob attacked {x2 if x2 and unqualified(a2) != 'Rioters' else 'people'} {where}"
        else:
            crowd = _crowd_words(d, "rioters")
            body = f"{crowd} {_form(d, text, 'held a violent demonstration')} {where}{_demand_words(d)}"
            if x2:
                extra = f" {_cap(x2)} intervened."
    else:  # Strategic developments
        body = {
            "Arrests": f"{x1} arrested {_members(a2, x2) or 'people'} {where}",
            "Agreement": f"{x1} reached an agreement{' with ' + x2 if x2 else ''} {where}",
            "Change to group/activity": f"{x1} changed its activity {where}",
            "Disrupted weapons use": f"{x1} disrupted weapons use{' by ' + x2 if x2 else ''} {where}",
            "Headquarters or base established": f"{x1} established a base {where}",
            "Looting/property destruction": f"{x1} looted or destroyed property {where}",
            "Non-violent transfer of territory": f"{x1} took control of territory {where} without fighting",
        }.get(sub, f"{x1} was involved in a strategic development{' with ' + x2 if x2 else ''} {where}")
    out = f"{when}, {body}.{extra} {_toll(d)}"
    if etype in CROWD_TYPES:
        out += f" [size={_get(d, 'crowd_size') or 'no report'}]"
    return out
