"""Fill an event's roles from the mentions assigned to its candidate: actors, place, date,
fatalities, injuries, quantity."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..kb import knowledge
from ..kb.lexicon import alias_key
from ..kb.loader import load_table
from ..kb.tables import lexicon, trigger_lexicon
from ..kb.words import function_keys, function_words
from ..mentions.finders import Item, SentenceMentions
from ..text.normalize import fold
from ..text.tokenize import has_b
from .candidates import DONE_VERBS, OBJECT_PREPOSITIONS, TERRITORY, Candidate
from .protest import demand_cues, demand_span
from .triggers import RELATIVE_PRONOUNS, armed_party, crowd_cues, protesters_act

HISTORY_DAYS = 10  # events reported as older than this are background, not coded
SINCE = alias_key("منذ")  # "منذ 23 أفريل": the start of what goes on
REPORT_GAP = 4  # a time word at most this many words after a verb of saying dates the saying
# sub-types whose weapon is a non-state actor's: a state force is their author only when the text says so
TRIBES_WORD = "قبائل"  # "قبائل أرحب": the tribes of a place, the alias of its tribal militia
BOMB_SUBTYPES = ("Suicide bomb", "Remote explosive/landmine/IED", "Grenade")
# sub-types of a crowd met by a force: the other side is a state force even when the text leaves it unnamed
INTERVENED = ("Protest with intervention", "Excessive force against protesters", "Violent demonstration")


@lru_cache(maxsize=None)
def kind_rank() -> dict[str, tuple[int, int]]:
    return {r["kind"]: (int(r["rank"]), int(r["precision"])) for r in load_table("kind_rank.tsv")}


@dataclass
class DocContext:
    published: str | None
    countries: list[str] = field(default_factory=list)     # by salience
    admin1s: list[str] = field(default_factory=list)
    near: list[tuple[float, float]] = field(default_factory=list)
    actor_counts: Counter = field(default_factory=Counter)
    militias: Counter = field(default_factory=Counter)  # named actors the article calls a militia
    actor_info: dict[str, tuple[int | None, str | None]] = field(default_factory=dict)
    # state forces the article quotes ("أعلنت وزارة الدفاع الجزائرية"): name -> country, in order
    reporters: dict[str, str | None] = field(default_factory=dict)
    conflict: bool = True  # the article is about political violence or unrest
    terror: bool = False  # two sentences or more of the article speak of militancy or unrest
    # the words of the places the article names, in order ("أرحب"): a tribe's fighters named only
    # as "مقاتلي القبائل" are the tribal militia the actor table names after one of them
    place_words: list[str] = field(default_factory=list)
    # the article's mentions of non-state armed groups in order: (sentence, token, name), the unnamed ones as
    # "Unidentified Armed Group"; what a back reference ("المسلحين") refers to
    armed: list[tuple[int, int, str, int | None, str | None]] = field(default_factory=list)

    @property
    def country(self) -> str | None:
        return self.countries[0] if self.countries else None


def pick_shared(names: list[str], ctx: DocContext, where: str | None):
    """The actor an alias several actors share names (``kb.pick_actor``) for an event in ``where``;
    when none of them is of that country, the one of another country the article speaks of, else
    of a neighbour ("لجان المقاومة الشعبية" of Gaza, whose rockets land in Israel)."""
    kb = knowledge()
    a = kb.pick_actor(names, ctx.published, where)
    if a is not None and not a.country and where:
        # "قوات التحالف" over Khamis Mushait: of the coalitions sharing the name, the one at war
        # next door (Yemen's), not the one with no theatre named
        near = kb.neighbours(where)
        b = next((b for b in (kb.pick_actor(names, ctx.published, co) for co in sorted(near))
                  if b is not None and b.country in near), None)
        if b is not None:
            return b
    if a is not None and a.country and where and a.country != where:
        near = [co for co in ctx.countries if co != where] + sorted(kb.neighbours(where))
        a = next((b for b in (kb.pick_actor(names, ctx.published, co) for co in near)
                  if b is not None and b.country in near), a)
    return a


@lru_cache(maxsize=None)
def _organisations() -> frozenset[str]:
    """Actors the actor table names with the head word of "التنظيم" (generic_agents.tsv, role
    organization): "تنظيم داعش", "تنظيم القاعدة", "تنظيم حزب العمال الكردستاني"."""
    heads = {alias_key(r["alias"])[2:] for r in load_table("generic_agents.tsv")
             if r["role"] == "organization" and " " not in r["alias"].strip() and r["alias"].startswith("ال")}
    return frozenset(x.name for x in knowledge().actors
                     if any(alias_key(al).split(" ")[0] in heads for al in x.aliases))


def _antecedent(a: Item, ctx: DocContext, event_country: str | None) -> tuple[str, int] | None:
    """The named non-state armed group a back reference refers to: the last armed group the article names
    before it, if that one has a name (not unknown gunmen, "مسلحون مجهولون ... المهاجمين") and belongs to
    the event's country or to none (or the words name them as its members)."""
    before = [m for m in ctx.armed if (m[0], m[1]) < (a.si, a.i)]
    if not before or before[-1][2] == "Unidentified Armed Group":
        return None
    _si, _i, name, inter, country = before[-1]
    # (members "من الحركة" are the named group's of any country: Al-Shabaab's men in Kenya, the PKK's in Iraq)
    return (name, inter) if inter in (2, 3) and (country in (event_country, None) or a.value.get("member")) else None


def resolve_actor(a: Item, ctx: DocContext, event_country: str | None) -> tuple[str | None, int | None]:
    kb = knowledge()
    v = a.value
    if v.get("back"):
        # "مسلحون ينتمون إلى تنظيم الدولة ... اشتبكت وحدة من الجيش مع المسلحين": the armed men written
        # with the article are the one non-state armed group the article names
        group = _antecedent(a, ctx, event_country)
        if group is not None:
            return group[0], kb.inter_for(group[0], group[1], None, event_country)
    if v.get("name"):
        name, inter, country = v["name"], v.get("inter"), v.get("country")
        if v.get("candidates"):
            a = pick_shared(v["candidates"], ctx, event_country or ctx.country)
            if a is not None:
                name, inter, country = a.name, int(a.inter), a.country or None
    else:
        role = v.get("generic") or ""
        if role == "organization":
            # "التنظيم" (the organisation): the armed group the article names most, and first one
            # the actor table calls an organisation ("تنظيم داعش"): "قتلى من الفصائل وداعش ...
            # وتفجير نفذه التنظيم" is the Islamic State's, not the factions'
            named = [o for o, _n in ctx.actor_counts.most_common() if ctx.actor_info.get(o, (None, None))[0] in (2, 3)
                     and o != "Unidentified Armed Group"]
            if not named:
                return None, None
            named.sort(key=lambda o: o not in _organisations())
            inter, country = ctx.actor_info[named[0]]
            return named[0], kb.inter_for(named[0], inter, country, event_country)
        country = v.get("country") or event_country or ctx.country
        if role == "armed_group" and v.get("inter") == 4:
            tribe = _place_tribe(ctx, country)
            if tribe is not None:
                return tribe.name, kb.inter_for(tribe.name, int(tribe.inter), tribe.country or None, event_country)
        name, inter = kb.resolve_generic(role, country)
        if name is None:
            return None, None
        if role in ("resistance", "opposition"):
            # "واصلت المقاومة تقدمها", "قتل 25 مقاتلا من المعارضة": the Resistance (the armed
            # Opposition) group the article names for the country
            word = "Resistance" if role == "resistance" else "Opposition"
            named = [o for o, _n in ctx.actor_counts.most_common()
                     if word in o and ctx.actor_info.get(o, (None, None))[0] in (2, 3, 4)
                     and ctx.actor_info.get(o, (None, None))[1] in (country, None)]
            if not named:
                return None, None
            name, inter = named[0], ctx.actor_info[named[0]][0] or 3
        if role == "the_militia":
            # "قصفت الميليشيات" in an article that calls a group of the event's country a militia
            # ("ميليشيا الحوثي") is that group
            named = [o for o, _n in ctx.militias.most_common()
                     if ctx.actor_info.get(o, (None, None))[1] in (country, None)]
            if named:
                name, inter = named[0], ctx.actor_info[named[0]][0]
        if role == "rebels":
            # "المتمردين" in an article that names the rebel group of the event's country (the
            # Houthis in Yemen, the PKK in Turkey) are that group
            named = [o for o, _n in ctx.actor_counts.most_common()
                     if ctx.actor_info.get(o, (None, None))[0] == 2 and ctx.actor_info[o][1] == country]
            if named:
                name, inter = named[0], 2
        # a generic force of a country is the state actor the article names for that country
        # (Libyan security services in an article about the GNA's forces -> GNA Forces)
        if role in ("military", "police", "security"):
            named = [o for o, (oi, oc) in ctx.actor_info.items()
                     if oi == 1 and oc == country and ctx.actor_counts[o] and o != name]
            prefix = name.split(" of ")[0]
            # (not the other arm of the same state: "قطعات الجيش والشرطة الاتحادية" names the army beside the police)
            named = [o for o in named if o.startswith(prefix) or not o.startswith(("Military Forces of", "Police Forces of"))]
            if name not in ctx.actor_info and named:
                name = next((o for o in named if o.startswith(prefix)), named[0])
                inter = 1
    return name, kb.inter_for(name, inter, country, event_country)


SEIZURES = ("Arrests", "Disrupted weapons use")
DONE_REACH_ARREST = 8  # words between a passive "تم" and the arrest word it governs ("تم وضع متطرفين اثنين قيد الاعتقال")


def acts_in(a: Item, c: Candidate) -> bool:
    """False for "السلطات" (the authorities, role ``authorities``) outside an arrest or a seizure:
    they arrest and seize ("اعتقلت السلطات البلجيكية"); they are no side of a blast, a fight or a
    decision ("أعطت السلطات التركية الإذن بهدم الملهى")."""
    return a.value.get("generic") != "authorities" or c.sub_event_type in SEIZURES


_BELONGING = tuple(function_words("belonging_stem"))  # data/function_words.tsv
_ALLY_WORDS = frozenset(function_keys("ally_word"))
_STATE = alias_key("دولة")
FORCE_SUBJECT_REACH = 2  # "أطلق عناصر قسد": the subject of a force's act stands this near after its verb
ALLY_GAP = 3  # words from the word of siding to the ally it names ("ترافقها عناصر من مجموعة فاغنر")


def _belonging(tok) -> bool:
    """An indefinite word of belonging ("تابعة"، "تابع"، "تابعا"): "X تابعة لـY"."""
    return tok.norm.startswith(_BELONGING)


def _role_cues(sm: SentenceMentions, a: Item, deed: int | None = None) -> str | None:
    """'agent' or 'target' from the words around an actor mention (``deed``: where the event's
    first trigger word stands)."""
    cues = _cue_matches(sm)
    for m in cues:
        # (past the word "state": "طائرات حربية تابعة لدولة الاحتلال التركي")
        if (m.payloads[0]["role"] == "owner" or _belonging(sm.toks[m.i])) and (m.j == a.i or m.j + 1 == a.i and any(
                alias_key(st) == _STATE for st in sm.toks[m.j].stems)):
            # "الطيران المروحي التابع لقوات النظام"، "طائرة مسيرة تابعة لقوات حفتر": the owner of the weapon that
            # struck acted (a position "تابع" to a side is the side's, the target's: the other cues decide)
            # (the weapon right before the word of belonging when it is indefinite: "دمرت الغارة سيارة تابعة
            # لعناصر القاعدة" is the target's car)
            weapon = any(w.payloads[0].event_type == "Explosions/Remote violence"
                         and (m.payloads[0]["role"] == "owner" or w.j == m.i)
                         for w in trigger_lexicon().find(sm.toks, max(0, m.i - 3), m.i))
            if weapon:
                return "agent"
    doers_at = {m.j for m in cues if m.payloads[0]["role"] == "agent" and m.payloads[0].get("side") == "after"}
    for m in cues:
        row = m.payloads[0]
        if row["role"] == "owner":
            continue
        if row.get("side") == "object" and deed is not None and m.i < deed:
            continue  # "عناصر داعش أطلقت صاروخين": members named before the deed did it
        if row.get("side") == "object" and m.i in doers_at:
            continue  # "هجوم شنه عناصر تنظيم داعش": members named right after a word of doing did it
        if row["role"] == "target" and 0 <= a.i - m.j <= int(row["reach"]):
            return "target"
    for m in cues:
        row = m.payloads[0]
        reach = int(row["reach"])
        if row["role"] == "agent" and (0 <= a.i - m.j <= reach or (
                row.get("side") != "after" and 0 <= m.i - a.j <= reach)):
            return "agent"
    return None


def _owner_of(sm: SentenceMentions, a: Item, c: Candidate, ctx: DocContext, event_country: str | None
              ) -> Item | None:
    """"زوارق انتحارية تابعة للحوثيين", "مسلحون تابعون لتنظيم داعش": the named armed group that owns
    the unnamed armed-group word right before a word of belonging (role_cues.tsv, role owner)."""
    for m in _cue_matches(sm):
        if m.i == a.j and any(row["role"] == "owner" for row in m.payloads):
            return next((b for b in c.actors if b.i == m.j
                         and (resolve_actor(b, ctx, event_country)[1] or 0) in (2, 3, 4)), None)
    return None


def _unnamed_org(a: Item, orgs: dict[int, str]) -> bool:
    """An unnamed armed group told by an organisation noun ("خلية إرهابية", "للجماعات المسلحة",
    "تنظيم إرهابي") or qualifying a deed ("لاعتداء إرهابي"): no people (``orgs``: token -> kind of
    the group noun of ``group_nouns.tsv`` that starts there)."""
    return (orgs.get(a.i) == "org" or a.i - 1 in orgs) and not a.value.get("name") \
        and a.value.get("generic") == "armed_group"


def _cue_matches(sm: SentenceMentions) -> list:
    return sm.find("role_cues.tsv")


def _passive_victim(sm: SentenceMentions, a: Item) -> bool:
    """"ضابط شرطة قتل": an actor right before a killing or wounding word with no count after it was
    killed or wounded (with a count, "مسلحون قتلوا 3 جنود", it is the killer)."""
    numbers = {n.i for n in sm.numbers}
    for m in sm.find("casualty_cues.tsv"):
        if m.i == a.j and m.j not in numbers:
            return True
    return False


def cs_end(sm: SentenceMentions, cs: Item) -> int:
    """Token index just after a casualty phrase (cue and number)."""
    return next((k for k, t in enumerate(sm.toks) if t.start >= cs.end), len(sm.toks))


def victims(c: Candidate, sm: SentenceMentions) -> str | None:
    """'civilians' or 'forces' from victim nouns near the candidate's casualty words."""
    groups = Counter()
    nouns = sm.find("victim_nouns.tsv")
    # ("عناصر إرهابية قامت باختطاف شقيقه": the noun of unnamed attackers that no toll counts names who
    # acted, not a victim)
    attackers = [a for a in sm.actors if (a.value.get("generic") == "armed_group" or a.value.get("kind") == "unidentified")
                 and not _counted(c, sm, a) and not _passive_victim(sm, a)]
    for m in nouns:
        if any(a.i <= m.i < a.j for a in attackers):
            continue
        if any(abs(m.i - k) <= 6 for k in c.positions) or any(abs(m.i - cs.j) <= 3 for cs in c.casualties):
            groups[m.payloads[0]["group"]] += 1
    # "استشهد خمسة فلسطينيين", "مقتل 20 لبنانيا": a nationality counted on its own names people
    # (after a victim noun it is that noun's adjective: "جنديين تركيين")
    for cs in c.casualties:
        e = cs_end(sm, cs)
        if any(co.i == e and co.value.get("adjective") for co in sm.countries) and not any(m.j == e for m in nouns):
            groups["civilians"] += 1
    if not groups:
        return None
    return groups.most_common(1)[0][0]


def _counted(c: Candidate, sm: SentenceMentions, a: Item) -> bool:
    """The actor is among the counted dead or wounded: inside the casualty phrase or a few words
    after it ("قتل 50 جنديا يمنيا", "مقتل ثلاثة من عناصر قسد"), with no word between that ends the
    phrase ("استشهد 3 أمنيين في هجومين إرهابيين": the militants attacked)."""
    breaks = {m.i for m in sm.find("victim_breaks.tsv")}
    numbers = {n.i for n in sm.numbers}
    for cs in c.casualties:
        if a.i > cs.i and a.j in numbers:
            continue  # "قتل مسلحون ثلاثة جنود": the verb's subject, before the count of its victims
        if cs.start <= a.start < cs.end:
            return True
        e = cs_end(sm, cs)
        if 0 <= a.i - e <= 3 and not any(k in breaks for k in range(e, a.i)):
            return True
    return False


def c_clause(p: Item, t, clause_of: list[int] | None) -> bool:
    if not clause_of:
        return True
    return clause_of[min(p.i, len(clause_of) - 1)] == clause_of[min(t.i, len(clause_of) - 1)]


# "في عدن جنوبي اليمن", "بمنطقة مصر الجديدة شمال القاهرة": a place after a direction word
# locates the place before it; the event is at the first
_DIRECTIONS = frozenset(function_words("direction"))


def _reference_point(toks: list | None, p: Item) -> bool:
    if not toks or p.i == 0 or p.i > len(toks):
        return False
    k = p.i - 1
    if toks[k].norm in ("شرق", "غرب") and k > 0 and toks[k - 1].norm in ("شمال", "جنوب"):
        k -= 1  # "شمال شرق نيجيريا"
    return toks[k].stems[-1] in _DIRECTIONS or toks[p.i - 1].stems[-1] in _DIRECTIONS


def border_neighbours(toks: list | None, places: list[Item]) -> set[int]:
    """The places a border or an adjacency names (``border_cues.tsv``: "على الحدود مع العراق
    وسوريا", "المحافظة الحدودية مع العراق", "المحاذية لتركيا"), by token start: the place right after
    the cue and the places joined to it by "و". They say what the place lies next to, not where
    the event happened."""
    out: set[int] = set()
    if not toks:
        return out
    ends = {m.j for m in lexicon("border_cues.tsv").find(toks)}
    if not ends:
        return out
    last = None
    for p in sorted(places, key=lambda q: q.i):
        if p.i in ends or (last is not None and last.j == p.i and p.i < len(toks) and toks[p.i].norm[:1] == "و"):
            out.add(p.i)
            last = p
        else:
            last = None
    return out


_BETWEEN = frozenset(function_words("between"))
_ROADS = frozenset(function_words("road_word"))


def between_ends(toks: list | None, places: list[Item]) -> set[int]:
    """The places that name the two ends of a road ("الطريق الرابطة بين قفصة وصفاقس",
    "الطريق الساحلي بين مصراتة وطرابلس", "الطريق السريع الرابط بين مدينتي بيتليس وديار بكر"), by token
    start: a place right after بين (or after بين and a dual place noun), a road word up to six words
    before, and the place joined to it by و. They say
    where the road runs, not where on it something happened."""
    out: set[int] = set()
    if not toks:
        return out
    for k, p in enumerate(places):
        b = p.i - 1
        if b >= 0 and b < len(toks) and toks[b].stems[-1] not in _BETWEEN and b > 0 \
                and toks[b].stems[-1].endswith("تي"):
            b -= 1  # "بين مدينتي"
        if b < 0 or b >= len(toks) or toks[b].stems[-1] not in _BETWEEN \
                or not any(st in _ROADS for t in toks[max(0, b - 6):b] for st in t.stems):
            continue  # ("اشتباكات بين قريتي بشني والجرسين": the villages are where it happened)
        out.add(p.i)
        nxt = next((q for q in places[k + 1:] if q.i >= p.j), None)
        if nxt is not None and nxt.i == p.j and nxt.i < len(toks) and toks[nxt.i].norm[:1] == "و":
            out.add(nxt.i)
    return out


def _container(toks: list | None, p: Item, ends: set[int]) -> bool:
    """"في منطقة الحبيبية بمدينة الصدر", "قرب جبل المغيلة بسيدي بوزيد": a place with the preposition
    ب right after another place name locates it; the event is at the first."""
    if not toks or p.i == 0 or p.i >= len(toks):
        return False
    if p.value.get("cue_start") is not None and p.value.get("cue_precision") == 2:
        # "سد كوكب في ريف درعا الغربي": a countryside or an outskirts right after the site's name,
        # with في, is where the site lies
        head = next((k for k in range(p.i - 1, max(-1, p.i - 4), -1)
                     if toks[k].start <= p.value["cue_start"] < toks[k].end), None)
        if head is not None and head > 0 and head - 1 in ends and toks[head - 1].norm in ("في", "فى"):
            return True
        if head is not None and head in ends and has_b(toks[head]):
            return True  # "بلدتي عرمان وملح بريف السويداء": the same with ب on the countryside's word
    k = p.i
    if k not in ends:
        # "بمنطقة باب المندب بمدينة تعز": the preposition on the place noun before the name
        # (a settlement's or a unit's noun, not a site's written with its name: "بجبل صبر")
        k = p.i - 1
        noun = next(iter(lexicon("place_nouns.tsv").find(toks, k, k + 1)), None) if k in ends else None
        if noun is None or (noun.payloads[0].get("kind") or "-") not in _HOST_NOUN_KINDS \
                or fold(toks[k].text[:noun.start - toks[k].start]) not in ("ب", "وب"):
            return False
        return True
    return has_b(toks[k])


_HOST_NOUN_KINDS = frozenset({"town", "village", "neighbourhood", "district", "-"})


@lru_cache(maxsize=None)
def _backing_cues() -> frozenset[str]:
    return frozenset(fold(r["word"]) for r in load_table("backing_cues.tsv"))


BACKING_GAP = 3  # words between an actor and its backer: "المسنودة ب", "المدعومة من", "بإسناد جوي من"


def _backer(sm: SentenceMentions, m1: Item, m2: Item) -> bool:
    """"المقاومة الشعبية المسنودة بقوات الجيش": the second actor, a few words after the first with a
    word of backing (backing_cues.tsv) between them, backs the first; it is not the other side."""
    if not 0 <= m2.i - m1.j <= BACKING_GAP:
        return False
    cues = _backing_cues()
    return any(fold(sm.toks[k].text) in cues for k in range(m1.j, m2.i))


@lru_cache(maxsize=None)
def _reporters() -> frozenset[str]:
    return frozenset(fold(r["word"]) for r in load_table("reporter_nouns.tsv"))


_STREET_NOUNS = frozenset(fold(w) for w in function_words("street_noun"))
_QUARTER_NOUNS = frozenset(fold(w) for w in function_words("quarter_noun"))


def _noun_forms(tok) -> set[str]:
    """A word's stems, and the word without a one-letter preposition or conjunction the stemmer leaves on a short
    word ("بحي": "حي")."""
    forms = set(tok.stems)
    for pre in ("وب", "فب", "ب", "و", "ف", "ل"):
        if tok.norm.startswith(pre) and len(tok.norm) - len(pre) >= 2:
            forms.add(tok.norm[len(pre):])
            break
    return forms


def _street_or_quarter(toks: list | None, p: Item) -> bool:
    return bool(toks) and 0 < p.i <= len(toks) and bool(_noun_forms(toks[p.i - 1]) & _STREET_NOUNS)


def _street_word(toks: list | None, p: Item) -> bool:
    """A street or square noun (شارع، ساحة، نهج), not a quarter's (حي), stands right before the place."""
    return _street_or_quarter(toks, p) and not _noun_forms(toks[p.i - 1]) & _QUARTER_NOUNS


_STATE_VOICE = frozenset(function_keys("state_voice"))
FOREIGN_RANK = 3  # the article's countries, by salience, a place may lie in without yielding to one of the first


def choose_place(c: Candidate, ctx: DocContext, clause_of: list[int] | None = None, toks: list | None = None
                 ) -> tuple[dict[str, Any] | None, Item | None]:
    kb = knowledge()
    ranks = kind_rank()
    best: tuple | None = None
    options: list[tuple] = []
    ends = {p.j for p in c.places}
    betw = between_ends(toks, sorted(c.places, key=lambda q: q.i))
    # (what a border or an adjacency names, "على الحدود مع العراق", is no more where than an event's name)
    border = border_neighbours(toks, c.places)
    # "خرج المتظاهرون في مدن أعزاز والباب ... احتجاجا على الاعتداءات ... في ولاية قيصري": a place in what a crowd
    # protests against, after a place of its own, is the cause's, not where the crowd was
    causes = [m.i for m in demand_cues().find(toks)] if toks and c.event_type in ("Protests", "Riots") else []
    for p in c.places:
        cands = p.value["candidates"]
        if not cands and p.value.get("capital"):
            cap = kb.capital(ctx.country)
            cands = [cap] if cap else []
        place = kb.resolve_place(cands, ctx.countries, ctx.admin1s, ctx.near)
        if place is None or p.value.get("came_from") and (p.value.get("sent_to") or p.value.get("brought")):
            continue  # (where arms or people were sent, or reinforcements brought from, is not where the event was,
            # even with no other place)
        if toks and p.i > 0 and (alias_key(toks[p.i - 1].norm) in _STATE_VOICE
                                 or alias_key(toks[p.i - 1].stems[-1]) in _STATE_VOICE) \
                and (kb.capital(place.get("country")) or {}).get("name") == place.get("name"):
            continue  # "منذ إعلان واشنطن الاستجابة لطلب المجلس": a capital that speaks is its state, not where
        if place.get("kind") == "country" and not p.value.get("locative") and len(c.places) > 1 and (any(
                a.start == p.start and a.end == p.end and a.value.get("name") for a in c.actors)
                or toks and p.i > 0 and toks[p.i - 1].norm in _THAT):
            continue  # "أن الولايات المتحدة ألقت ... قنبلة على أفغانستان": the state that acted (the subject of
            # what was said), not where, when the sentence names another place
        if _street_or_quarter(toks, p) and place.get("kind") not in ("neighbourhood", "district", "admin2", "camp") \
                and "text_start" not in p.value and not (
                    place.get("kind") == "town" and not _street_word(toks, p)):
            continue  # "حي دمشق بطرابلس", "شارع بيروت": a quarter or street named after a city (a quarter noun
            # before a town is the town, as sloppily written: "قذائف أطلقها إرهابيون على حي جرمانا"; not before a
            # village, whose name is as often a quarter's of the town: "حي الكرامة بمدينة الموصل")
        rank = ranks.get(place.get("kind") or "town", (5, 1))[0]
        after = 0 if p.i >= min(c.positions) else 1
        main = c.triggers[0] if c.triggers else None
        for t in c.triggers:
            if t.priority >= (main.priority if main else 0):
                main = t
        same = 0 if main is None or c_clause(p, main, clause_of) or p.value.get("dateline") else 1
        # "وذكر بيان لسلطات ولاية شرناق ... في قضاء سيلوبي": the place of those who report is
        # not where it happened when the sentence names another
        # ("وقالت مصادر محلية في مديرية المخا": counted from the place's noun)
        head = p.i - 1 if toks and 0 < p.i <= len(toks) and lexicon("place_nouns.tsv").find(toks, p.i - 1, p.i) else p.i
        reporter = bool(toks) and any(st in _reporters() for k in range(max(0, head - 3), min(head, len(toks))) for st in toks[k].stems)
        # "غارة جوية استهدفت عيتا الشعب": a place right after an attack word that elaborates an
        # earlier word of the same event is its target, where it happened; after the event's only
        # or first word ("منذ هجمات باريس", "هجوم مانشستر") it names an event
        named = p.value.get("named_event") and not (
            (p.i - 1) in c.positions and any(t.j <= p.i - 1 for t in c.triggers))
        # (a place people came from, "المستثمرين العائدين من فرنسا", is no more where than an event's name)
        in_cause = any(d < p.i and any(q.i < d for q in c.places) for d in causes)
        key = (2 if named or p.value.get("came_from") or in_cause else 1 if p.i in border else 0, same, 1 if p.value.get("origin") or reporter else 0,
               2 if _reference_point(toks, p) or p.i in betw else 1 if _container(toks, p, ends) else 0,
               -rank, 0 if p.value.get("locative") else 1, after, p.i)
        if best is None or key < best[0]:
            best = (key, place, p)
        options.append((key, place, p))
    if best is None:
        return None, None
    home = ctx.countries[0] if ctx.countries else None
    if home and best[1].get("country") and best[1].get("country") not in ctx.countries[:FOREIGN_RANK] \
            and best[1].get("country") not in kb.neighbours(home):
        # "قاعدة فكتوريا العسكرية ... في محيط مطار بغداد"، "بلدة شقرة غربي الفاشر": a name read as a place far abroad
        # (Victoria, Canada), in an article about another country, is a place the gazetteer lacks, near the place of
        # that country the sentence names: written as it is, with that place's country, admin and coordinates
        local = [o for o in options if o[1].get("country") == home and not o[1].get("unresolved") and not o[0][0]]
        if local:
            host = min(local, key=lambda o: o[0])[1]
            out = dict(best[1])
            out.update(name=host.get("name"), country=host.get("country"), admin1=host.get("admin1"),
                       admin2=host.get("admin2"), latitude=host.get("latitude"), longitude=host.get("longitude"),
                       precision=2, kind="town")
            return out, best[2]
    if best[1].get("unresolved"):
        return host_place(best, options)
    outside = _outside_container(best, options, toks, ends)
    if outside is not None:
        return outside
    far = _far_from_reference(best, options, toks)
    if far is not None:
        return far
    if best[1].get("kind") == "country":
        # the most specific place of the evidence wins over its country, whatever the clause
        inside = [o for o in options if o[1].get("kind") != "country" and o[1].get("country") == best[1].get("country")
                  and not o[0][0] and not o[0][2]]
        if inside:
            best = min(inside, key=lambda o: o[0][1:])
    return best[1], best[2]


FAR_KM = 150.0  # a place said to lie in a direction of a town is within this distance of it
BIG_CITY = 100_000  # a city of this many people, in the reference town's country, is itself whatever the distance
QUARTER_KM = 50.0  # ... a quarter (of some city) within this one ("مدينة طنطا شمالي القاهرة" is 85 km)


def _far_from_reference(best: tuple, options: list[tuple], toks: list | None
                        ) -> tuple[dict[str, Any], Item] | None:
    """"منطقة الجزيرة شمال الرمادي": a name followed by a direction word and a town lies near that
    town; when the reading the gazetteer resolved it to is far from it (a quarter of Baghdad, a
    village 300 km away, a province of another country), the name is a place the gazetteer does not know: written as it is, with the
    town's country, admin and coordinates, near it (geo_precision 2). None when no such town
    follows, or the name resolves near it, or a distance is given ("على بعد 120 كلم شمال ...")."""
    from ..kb.gazetteer import distance_km
    p, place = best[2], best[1]
    if not toks or place.get("latitude") is None or place.get("kind") == "country":
        return None
    gap = [t.stems[-1] for t in toks[p.j:min(p.j + 3, len(toks))]]
    if not gap or gap[0] not in _DIRECTIONS:
        return None
    ref = next((o for o in options if o[2].i in (p.j + 1, p.j + 2) and _reference_point(toks, o[2])
                and kind_rank().get(o[1].get("kind") or "town", (5, 1))[1] == 1
                and o[1].get("latitude") is not None and not o[1].get("unresolved")), None)
    if ref is None or ref[1].get("country") is None:
        return None
    host = ref[1]
    if kind_rank().get(place.get("kind") or "town", (5, 1))[1] == 3 and place.get("country") == host.get("country"):
        return None  # "محافظة نينوى شمال بغداد": a province is large, its centre far from the town
    if (place.get("population") or 0) >= BIG_CITY and place.get("country") == host.get("country"):
        return None  # "الديوانية جنوب بغداد" (180 km): a large city is what its name means, however far
    limit = QUARTER_KM if place.get("kind") == "neighbourhood" else FAR_KM
    if distance_km((place["latitude"], place["longitude"]), (host["latitude"], host["longitude"])) <= limit:
        return None
    out = dict(place)
    out.update(name=host.get("name"), country=host.get("country"), admin1=host.get("admin1"),
               admin2=host.get("admin2"), latitude=host.get("latitude"), longitude=host.get("longitude"),
               precision=2, kind="town")
    return out, p


def _outside_container(best: tuple, options: list[tuple], toks: list | None, ends: set[int]
                       ) -> tuple[dict[str, Any], Item] | None:
    """"في حي الحاضر بمدينة حماة": a name right before the town or province that contains it (ب on the container,
    or on its place noun) is a quarter or village of that container; when the gazetteer's reading of the name lies
    in another province (a village of Aleppo province), or, with no province to compare, further than a town
    can, or a quarter further from its city than a quarter can, the name is a place the gazetteer lacks: written as it is, with the container's country, admin and coordinates
    (geo_precision 1 for a quarter noun before it, 2 otherwise). None when no container follows or the reading fits."""
    from ..kb.gazetteer import distance_km
    p, place = best[2], best[1]
    if not toks or place.get("kind") in ("country", "admin1"):
        return None
    host = next((o for o in options if o[2].i in (p.j, p.j + 1) and o[2] is not p and _container(toks, o[2], ends)
                 and _b_before(toks, o[2]) and not o[1].get("unresolved") and o[1].get("kind") != "country"), None)
    if host is None:
        return None
    h = host[1]
    if kind_rank().get(h.get("kind") or "town", (5, 1))[1] >= 3:
        fits = place.get("country") == h.get("country") and (not h.get("admin1") or place.get("admin1") == h.get("admin1"))
    elif place.get("latitude") is None or h.get("latitude") is None:
        return None
    else:
        # (a province both name decides; else the distance: a quarter's within a city, a town's within a region)
        km = distance_km((place["latitude"], place["longitude"]), (h["latitude"], h["longitude"]))
        fits = place.get("country") == h.get("country") and (
            place.get("admin1") == h.get("admin1") if place.get("admin1") and h.get("admin1") else km <= FAR_KM) \
            and (km <= QUARTER_KM or not _street_or_quarter(toks, p))
    if fits:
        return None
    out = dict(place)
    out.update(name=h.get("name"), country=h.get("country"), admin1=h.get("admin1"), admin2=h.get("admin2"),
               latitude=h.get("latitude"), longitude=h.get("longitude"),
               precision=1 if _street_or_quarter(toks, p) else 2, kind="neighbourhood" if _street_or_quarter(toks, p) else "town")
    return out, p


def _b_before(toks: list, q: Item) -> bool:
    """The preposition ب is written right before the place's name, on its own word ("بحماة") or on the place noun
    before it ("بمدينة حماة"), not a name's first letter ("وبوكان"، "وبجاية")."""
    tok = toks[q.i]
    pre = fold(tok.text[:max(0, q.start - tok.start)])
    if pre:
        return pre.endswith("ب")
    return q.i > 0 and bool(lexicon("place_nouns.tsv").find(toks, q.i - 1, q.i)) and has_b(toks[q.i - 1])


def host_place(best: tuple, options: list[tuple]) -> tuple[dict[str, Any], Item]:
    """A place the gazetteer does not know ("بقرية تين الكوم") takes its country, admin and
    coordinates from the known place the sentence names with it ("بدائرة جانت"), the most
    specific first. The name as written stays the location text; a village, town or quarter is
    the place itself (geo_precision 1), anything else is near its host (2; 3 when only a region or
    a country is named)."""
    # (a neighbour a border names, "على الحدود مع العراق", still hosts a place the gazetteer lacks)
    known = [o for o in options if not o[1].get("unresolved") and o[0][0] != 2 and not o[0][2]]
    # (a place after a direction word hosts a site, "جبال مكحول شمالي صلاح الدين", when no other does)
    site = kind_rank().get(best[1].get("kind") or "town", (5, 1))[1] == 2
    known = [o for o in known if o[0][3] != 2] or (known if site else [])
    ranks = kind_rank()
    place = dict(best[1])
    if known:
        # the nearest known place (within a few words: "في حي كفرسوسة بالعاصمة السورية دمشق"),
        # the most specific one first
        k = best[2].i
        host = min(known, key=lambda o: (abs(o[2].i - k) > 8, -ranks.get(o[1].get("kind") or "town", (5, 1))[0],
                                         abs(o[2].i - k)))[1]
        broad = ranks.get(host.get("kind") or "town", (5, 1))[1] >= 3
        place.update(name=host.get("name"), country=host.get("country"),
                     admin1=None if host.get("kind") == "country" else host.get("admin1"),
                     admin2=host.get("admin2"), latitude=host.get("latitude"), longitude=host.get("longitude"),
                     precision=3 if broad else 2)
    else:
        place["precision"] = 3
    # the record names the village, town or quarter itself ("بقرية تين الكوم", "في منطقة قنفودة"):
    # precision 1, as for a known village, whatever coordinates it borrows (a camp or a district the
    # gazetteer lacks keeps the host's 2 or 3)
    if ranks.get(place.get("kind") or "town", (5, 1))[1] == 1:
        place["precision"] = 1
    return place, best[2]


URBAN_KM = 15.0  # a district this close to the city its province is named after is a quarter of it


@lru_cache(maxsize=4096)
def _city_quarter(admin1: str, country: str, lat: float, lon: float) -> bool:
    """A district of a city province (a quarter of Cairo, kind admin2 in the gazetteer) within
    URBAN_KM of the city the province is named after: a quarter of that city."""
    from ..kb.gazetteer import distance_km
    return any(c.kind == "city" and c.country == country and c.coords
               and distance_km(c.coords, (lat, lon)) <= URBAN_KM
               for c in knowledge().gazetteer.candidates(admin1))


def contains(outer: dict[str, Any], inner: dict[str, Any]) -> bool:
    """Place ``inner`` lies inside ``outer``: another place of the same country whose admin1 or
    admin2 is ``outer``'s name ("حي المعادي" inside "القاهرة")."""
    return bool(outer.get("name")) and outer.get("name") != inner.get("name") \
        and outer.get("name") in (inner.get("admin1"), inner.get("admin2")) \
        and outer.get("country") == inner.get("country")


def geo_precision(place: dict[str, Any], item: Item | None) -> int:
    if place.get("precision"):
        return int(place["precision"])
    prec = kind_rank().get(place.get("kind") or "town", (5, 1))[1]
    if place.get("kind") == "admin2" and place.get("admin1") and place.get("latitude") is not None \
            and _city_quarter(place["admin1"], place.get("country") or "", place["latitude"], place["longitude"]):
        prec = 1  # "حي المعادي": a quarter of the city, the town itself for the record
    if item is not None and item.value.get("cue_precision"):
        prec = max(prec, int(item.value["cue_precision"])) if prec < 3 else prec
    return prec


def deed_times(c: Candidate, sm: SentenceMentions) -> list:
    """The candidate's time words but those dating a verb of saying: "أكدت تقارير اليوم الأحد
    مقتل ...", "بحسب ما أفادت مصادر أمس": a time word a few words after such a verb dates the
    report, not the deed."""
    said = reported_times(sm)
    # ("بلغت حصيلة الاشتباكات حتى فجر اليوم أربعة قتلى": a time after "until" bounds the count, it dates no deed)
    return [t for t in c.times if t not in said and not (t.i > 0 and alias_key(sm.toks[t.i - 1].norm) in _UNTIL)]


def reported_times(sm: SentenceMentions) -> list:
    """The sentence's time words that date a verb of saying: a few words after it, and the words
    that go on the same time phrase ("أعلنت الوزارة اليوم الأربعاء": both words)."""
    said = [m.j for m in sm.find("speech_verbs.tsv")]
    if not said:
        return []
    out: list = []
    # (the speaker's name between does not count: "توقع وزير الدفاع الوطني فرحات الحرشاني اليوم الثلاثاء")
    named = {k for m in sm.persons + sm.actors for k in range(m.i, m.j)}
    titled = {m.i for m in sm.find("speaker_titles.tsv")}  # ... or a title and the name after it: 3 words more
    for t in sm.times:
        # (not past the "أن" that opens what was said: "وقال ناشطون إن القصف وقع أمس الأحد")
        if any(0 <= t.i - j and t.i - j - sum(k in named for k in range(j, t.i)) <= REPORT_GAP + 3 * (j in titled)
               and not any(x.norm in SAID_OPENERS for x in sm.toks[j:t.i])
               for j in said) or (out and out[-1].j == t.i):
            out.append(t)
    return out


SAID_OPENERS = function_words("said_opener")
_UNTIL = frozenset(function_keys("until"))
_THAT = frozenset(function_words("that_word"))  # "أن"، "إن"، "بأن" folded


def _outside_relatives(c: Candidate, sm: SentenceMentions, times: list) -> list:
    """The time words but those inside a relative clause that does not hold the event's trigger
    ("دخل اليوم شقيق الرقيب الذي استشهد خلال شهر نوفمبر في اعتصام": the month dates the death,
    the sit-in is today); all of them when every one stands in such a clause."""
    spans = []
    for k, t in enumerate(sm.toks):
        if t.norm in RELATIVE_PRONOUNS:  # its clause tells of someone: its times date that
            m = k + 1
            while m < len(sm.toks) and sm.clause[m] == sm.clause[k]:
                m += 1
            # a clause that holds the trigger, or follows it ("الوقفة الاحتجاجية التي نفذها ...
            # اليوم"), tells the event itself
            if not any(k < p < m for p in c.positions) and not any(0 <= k - t.j <= 2 for t in c.triggers):
                spans.append((k, m))
    if not spans:
        return times
    kept = [t for t in times if not any(a < t.i < b for a, b in spans)]
    if kept or c.event_type in ("Protests", "Riots") and c.anaphoric:
        # (a protest the sentence refers back to, "وتأتي هذه الاحتجاجات للمطالبة بإطلاق سراح الزفزافي الذي اعتقل
        # يوم الاثنين", is not dated by what its relative clauses tell of someone)
        return kept
    # (all of them stand in such clauses: those of a clause right after a word of another kind of
    # event, "اعتقلت الشرطة ثلاثة مشتبه بهم في تفجيرات المدينة التي وقعت الجمعة", date that event,
    # not this one)
    foreign = [(a, b) for a, b in spans if _other_event_before(c, sm, a)]
    return [t for t in times if not any(a < t.i < b for a, b in foreign)]


def _other_event_before(c: Candidate, sm: SentenceMentions, k: int) -> bool:
    """A word of an event of another type than the candidate's ends at most two words before
    position ``k`` (a relative pronoun)."""
    return any(m.j >= k - 2 and all(w.event_type != c.event_type for w in m.payloads)
               and not any(m.i <= p < m.j for p in c.positions)
               for m in trigger_lexicon().find(sm.toks, max(0, k - 5), k))


def _old(t: Item, ctx: DocContext) -> bool:
    """A time word older than the news: more than HISTORY_DAYS before the publication, or a year before its year."""
    if t.value.get("kind") == "year":
        return bool(ctx.published and t.value.get("date") and t.value["date"][:4] < ctx.published[:4])
    return (t.value.get("days_before") or 0) > HISTORY_DAYS


def _outside_demands(c: Candidate, sm: SentenceMentions, times: list, ctx: DocContext) -> list:
    """The time words of protesters told acting at their protest ("وطالب المحتجون"، "ورفع المحتجون")
    but the old ones inside what they demand, after the verb or a demand cue, past the crowd's words
    ("ويطالب المحتجون الحكومة بالإيفاء باتفاق مبرم منذ نوفمبر الماضي"، "خاصة أنهم من خريجي سنة
    2010"): they date the grievance, not the protest, which is not history for them."""
    if c.event_type not in ("Protests", "Riots") or not any(_old(t, ctx) for t in times):
        return times
    span = demand_span(sm)
    if span is not None and any(span[0] <= t.start < span[1] for t in times if _old(t, ctx)):
        # "إضراب جوع احتجاجا على تصرفات المؤتمن العدلي الذي تم تعيينه منذ 2013": the grievance's date
        return [t for t in times if not (_old(t, ctx) and span[0] <= t.start < span[1])]
    if not any(protesters_act(sm.toks, t) for t in c.triggers):
        return times
    cues = [m.j for m in demand_cues().find(sm.toks)] + [m.j for m in crowd_cues()["act"].find(sm.toks)]
    if not cues:
        return times
    end = max(t.j for t in c.triggers)
    return [t for t in times if not (_old(t, ctx) and t.i - end > 2 and any(j < t.i for j in cues))]


def _since_start(c: Candidate, sm: SentenceMentions, times: list) -> list:
    """A protest told as going on ("يعتصمون منذ 23 أفريل"، "الاعتصام متواصل منذ يوم الاثنين"): the time word
    after منذ dates its start, not the day reported; it does not date the event. So does a long span
    after منذ in any crowd's sentence ("لم يتحصلوا على مستحقاتهم منذ نحو 6 أشهر"، "تشهد الجهة احتجاجات منذ
    فترة"): it measures a grievance or a course, a protest that old would be told with "قبل"."""
    if c.event_type not in ("Protests", "Riots") or not times:
        return times
    ongoing = bool(crowd_cues()["ongoing"].find(sm.toks))
    return [t for t in times if not (_after_since(sm, t) and (ongoing or (t.value.get("days_before") or 0) > HISTORY_DAYS))]


def _after_since(sm: SentenceMentions, t) -> bool:
    """منذ opening the time words ("منذ نحو 6 أشهر"), right before them or one word before."""
    return any(k >= 0 and sm.toks[k].norm == SINCE for k in (t.i, t.i - 1, t.i - 2))


def event_date(c: Candidate, sm: SentenceMentions, ctx: DocContext) -> tuple[str | None, int | None, bool]:
    """(date, precision, historical)."""
    deed = deed_times(c, sm)
    rel = _outside_relatives(c, sm, deed)
    own = _since_start(c, sm, rel)
    kept = _outside_demands(c, sm, own, ctx)
    demanded, own = len(kept) < len(own), kept
    times = [t for t in own if t.value.get("kind") != "year"] or own
    if not times and not demanded and len([t for t in sm.times]) == 1 and not (deed and not rel):
        times = _since_start(c, sm, sm.times)
    if times:
        # the time nearest the trigger; explicit dates beat weekday names and relative words
        order = {"explicit": 0, "relative": 1, "weekday": 2, "period": 3, "month": 4, "year": 5}
        t = min(times, key=lambda t: (min(abs(t.i - k) for k in c.positions) // 4,
                                      order.get(t.value.get("kind"), 9)))
        if t.value.get("kind") == "relative" and (t.value.get("days_before") or 0) >= 0:
            # "مساء أمس الأربعاء" in a paper of Friday: the weekday the writer named is the day
            # (the relative word counts from the writing, a day before the publication; "غدا
            # الجمعة" stays the day after, a plan, not last Friday)
            wd = next((w for w in sm.times if w.value.get("kind") == "weekday" and w.i == t.j), None)
            if wd is not None and wd.value.get("date") and wd.value.get("date") != t.value.get("date") \
                    and (wd.value.get("days_before") or 0) <= HISTORY_DAYS:
                t = wd
        days = t.value.get("days_before")
        if t.value.get("kind") == "year":
            pub_year = int(ctx.published[:4]) if ctx.published else None
            return None, None, pub_year is None or int(t.value["date"][:4]) < pub_year
        if days is not None and days > HISTORY_DAYS:
            return t.value.get("date"), t.value.get("precision"), True
        if t.value.get("date"):
            d, prec = t.value["date"], int(t.value.get("precision") or 1)
            # a date after the article's publication is a plan or an announcement, not an event
            # (month precision: the month after publication's month)
            if ctx.published and (d[:7] > ctx.published[:7] if prec >= 3 else d > ctx.published):
                return d, prec, True
            return d, prec, False
    if ctx.published:
        return ctx.published, 1, False
    return None, None, False


def casualty_counts(c: Candidate, sm: SentenceMentions | None = None) -> tuple[int | None, int | None]:
    fat: int | None = max((t.implied_killed for t in c.triggers), default=0)
    inj: int | None = 0
    seen_k = seen_i = False
    # the first toll told with a number; deaths told without one ("قتلى وجرحى", "العشرات") leave
    # the toll unknown (None) only when no number follows ("سقوط قتلى ... مقتل سبعة": 7)
    for cs in sorted(c.casualties, key=lambda x: (x.value.get("vague") or x.value.get("count") is None, x.start)):
        v = cs.value
        n = None if v.get("vague") else v.get("count")
        if v["kind"] == "killed" and not seen_k:
            fat, seen_k = n, True
        elif v["kind"] == "injured" and not seen_i:
            inj, seen_i = n, True
    if sm is not None and c.event_type in ("Battles", "Violence against civilians") and fat is not None:
        fat = _both_sides(c, sm, fat)  # (an attack on a patrol is typed a clash later, from its target)
    return fat, inj


_SIDE_TURNS = tuple(function_words("side_turn"))


def _both_sides(c: Candidate, sm: SentenceMentions, fat: int) -> int:
    """"استشهد عون امن وأصيب آخر في حين تم القضاء على ارهابيين اثنين": the dead of each side of a clash, told on
    either side of a turn to the other side (function_words side_turn: في حين، فيما، بينما، مقابل), add up (ACLED
    counts every death of the event): 3."""
    killed = sorted((cs for cs in c.casualties if cs.value["kind"] == "killed" and not cs.value.get("vague")
                     and cs.value.get("count")), key=lambda x: x.start)
    if len(killed) != 2 or killed[0].end > killed[1].start:
        return fat
    between = f" {sm.text[killed[0].end:killed[1].start]} "
    if not any(f" {w} " in between or f" و{w} " in between for w in _SIDE_TURNS):
        return fat
    return killed[0].value["count"] + killed[1].value["count"]


def quantity(c: Candidate, sm: SentenceMentions, alone: bool = False) -> int | None:
    nouns = sm.find("quantity_nouns.tsv")
    by_end = {n.j: n for n in sm.numbers}
    for m in nouns:
        if not alone and sm.clause[m.i] != c.clause and not any(abs(m.i - k) <= 2 for k in c.positions):
            continue
        n = by_end.get(m.i)
        if n is not None and n.value.get("value"):
            return int(n.value["value"])
    for t in c.triggers:
        if t.j - t.i == 1 and sm.toks[t.i].norm.endswith(("تين", "يين")) or sm.toks[t.i].norm.endswith("رين"):
            return 2
    return None


def _partners(sm: SentenceMentions, c: Candidate, order: list) -> list:
    """Actors joined by "و" to the first actor, all before the candidate's first word in its clause
    ("الجيش الوطني اليمني والمقاومة الشعبية ... استعادة السيطرة"): one side acting together."""
    if len(order) < 2 or not c.triggers:
        return []
    deed = min(t.i for t in c.triggers)
    out = []
    for prev, r in zip(order, order[1:]):
        k = r[3].i
        tok = sm.toks[k]
        joined = tok.norm.startswith("و") and tok.norm[1:] in tok.stems or (k > 0 and sm.toks[k - 1].norm == "و") or (
            # "وحدات الجيش وعناصر الدرك": the "و" on the member noun before the second force
            k - 1 == prev[3].j and sm.toks[k - 1].norm.startswith("و") and sm.toks[k - 1].norm[1:] in sm.toks[k - 1].stems)
        if k >= deed or not joined or r[2] == "target":
            break
        out.append(r)
    if out and (order[0][3].i >= deed or order[0][2] == "target"):
        return []
    return out


def allied(a: str | None, b: str | None) -> bool:
    """Two actors the actor table ties together (its ``associated`` column, either way)."""
    if not a or not b or a == b:
        return False
    actors = knowledge().actors
    x, y = actors.by_name(a), actors.by_name(b)
    return bool((x is not None and b in x.associated) or (y is not None and a in y.associated))


def _drop_allies(c: Candidate, sm: SentenceMentions, ctx: DocContext, event_country: str | None,
                 resolved: list) -> list:
    """"الجيش الوطني اليمني والمقاومة الشعبية", "الحوثيين وقوات صالح": an ally joined by "و" right
    after an actor fights on its side: it is no side of its own (ACLED's associated actor), so the
    other side is the next actor named, not the ally (unless the pair follows "بين" with no one else
    named: then they fight each other)."""
    if len(resolved) < 2:
        return resolved
    mentions = sorted(c.actors, key=lambda x: x.i)
    names = [resolve_actor(m, ctx, event_country)[0] for m in mentions]
    drop: set[str] = set()
    for (m1, n1), (m2, n2) in zip(zip(mentions, names), zip(mentions[1:], names[1:])):
        if n1 and n2 and n1 != n2 and n1 not in drop and _backer(sm, m1, m2):
            drop.add(n2)  # "المقاومة المسنودة بقوات الجيش": the backer fights on the first one's side
            continue
        if n1 and n2 and n1 != n2 and n1 not in drop and (
                m2.i == m1.j and sm.toks[m2.i].text.startswith("و") and m2.j < len(sm.toks)
                and alias_key(sm.toks[m2.j].norm) in _ALLY_WORDS
                or 0 < m2.i - m1.j <= ALLY_GAP and alias_key(sm.toks[m1.j].norm) in _ALLY_WORDS):
            # "قوات النظام والميليشيات الإيرانية المساندة لها"، "وحدة من الجيش المالي ترافقها عناصر من فاغنر": the
            # second sides with the first
            drop.add(n2)
            continue
        if m2.i != m1.j or not sm.toks[m2.i].text.startswith("و") or not allied(n1, n2) or n1 in drop:
            continue
        others = {r[0] for r in resolved} - {n1, n2}
        if m1.i > 0 and fold(sm.toks[m1.i - 1].text) == "بين" and not others:
            continue
        drop.add(n2)
    return [r for r in resolved if r[0] not in drop] if drop else resolved


def assign_actors(c: Candidate, sm: SentenceMentions, ctx: DocContext, event_country: str | None,
                  place: dict[str, Any] | None) -> tuple[tuple[str | None, int | None], tuple[str | None, int | None]]:
    resolved: list[tuple[str, int | None, str | None, Item]] = []
    seen: set[str] = set()
    owned: set[int] = set()  # where a named group starts that owns the unnamed attackers before it
    # where the deed word stands, for member nouns that mark the target only after it (not in a
    # surrender, where the members who gave themselves up come first)
    deed = min((t.i for t in c.triggers), default=None) if c.event_type in (
        "Battles", "Explosions/Remote violence", "Violence against civilians") or c.sub_event_type in SEIZURES else None
    for a in sorted(c.actors, key=lambda x: x.i):
        if a.value.get("speaker") and a.value.get("inter") == 7:
            continue  # "وذكر السكان أن ...": residents or witnesses who tell the event did not fight in it
        if not acts_in(a, c):
            continue
        if a.value.get("generic") == "armed_group" and a.j < len(sm.toks) and sm.toks[a.j].norm == "من" and any(
                b.i == a.j + 1 for b in c.actors):
            continue  # "مقتل 9 مقاتلين من المقاومة": the fighters are the actor named after "من"
        owner = _owner_of(sm, a, c, ctx, event_country) if (
            a.value.get("generic") == "armed_group" or a.value.get("kind") == "unidentified") else None
        if owner is not None:
            owned.add(owner.i)
            continue  # "زوارق انتحارية تابعة للحوثيين": the unnamed attackers are the named group's, which acted
        name, inter = resolve_actor(a, ctx, event_country)
        if not name:
            continue
        if name in seen:
            # "ضابطي شرطة ومجندا أصيبوا": one actor named twice takes the role either mention shows
            k = next(k for k, r in enumerate(resolved) if r[0] == name)
            if resolved[k][2] is None:
                role = _role_cues(sm, a, deed) or ("target" if _passive_victim(sm, a) or _counted(c, sm, a)
                                                   else None)
                if role:
                    resolved[k] = (*resolved[k][:2], role, resolved[k][3])
            continue
        seen.add(name)
        role = "agent" if a.i in owned else _role_cues(sm, a, deed)
        ends = {t.j for t in c.triggers} | {m.j for m in c.modifiers if any(m.i == t.j for t in c.triggers)}
        if (c.ground or c.event_type == "Explosions/Remote violence") and a.i in ends \
                and sm.toks[a.i].norm.startswith("ل"):
            # "وقصف لقوات النظام"، "بقصف مدفعي لمرتزقة العدوان": the shelling of the force named right after
            # "لـ" (past the words of its kind) is its own
            role = "agent"
        # "قتل 50 جنديا يمنيا", "مقتل ثلاثة من عناصر قسد": the counted are the victims
        if role is None and _counted(c, sm, a):
            role = "target"
        if role is None and inter == 7:
            role = "target"  # civilians are acted upon
        if role is None and _passive_victim(sm, a):
            role = "target"
        resolved.append((name, inter, role, a))
    # an adjective right after a trigger names the attacking state: الضربات الصاروخية الأميركية (not the
    # person an arrest or an abduction takes, nor a word after the object's preposition: "القبض على ليبي")
    patient = c.sub_event_type in ("Arrests", "Abduction/forced disappearance")
    for co in [] if patient else c.countries:
        if any(co.i == t.j and sm.toks[t.j - 1].norm not in OBJECT_PREPOSITIONS for t in c.triggers + c.modifiers):
            name, inter = knowledge().resolve_generic("military", co.value["country"])
            if name in seen:
                # the adjective of the weapon outranks where else the force was named
                resolved = [r for r in resolved if r[0] != name]
                seen.discard(name)
            if name and name not in seen:
                seen.add(name)
                inter = knowledge().inter_for(name, inter, co.value["country"], event_country)
                resolved.append((name, inter, "agent", co))
    # a country named right next to the deed, not as a place ("قصفت تركيا مواقع", "شنت إسرائيل
    # غارات"): its armed forces acted
    if c.event_type in ("Explosions/Remote violence", "Battles"):
        for p in c.places:
            if p.value.get("locative") or p.value.get("capital") or _reference_point(sm.toks, p):
                continue  # ("هجوم في أقصى شمال الكاميرون": a country after a direction word is a place)
            cands = p.value.get("candidates") or []
            if not cands or any(x.get("kind") != "country" for x in cands):
                continue
            if any(p.j == t.i or p.i == t.j for t in c.triggers):
                country = cands[0].get("name")
                name, inter = knowledge().resolve_generic("military", country)
                if name and name not in seen:
                    seen.add(name)
                    inter = knowledge().inter_for(name, inter, country, event_country)
                    resolved.append((name, inter, "agent", p))
    if c.event_type not in ("Protests", "Riots"):
        resolved = _drop_allies(c, sm, ctx, event_country, resolved)
    a1: tuple[str | None, int | None] = (None, None)
    a2: tuple[str | None, int | None] = (None, None)
    if c.event_type in ("Protests", "Riots"):
        # the crowd acts; a state force is the other side when it intervenes
        force = [r for r in resolved if r[1] in (1, 8)]
        if not force:
            # "وأطلق عناصر قسد الرصاص الحي في الهواء لتفريق المحتجين": an armed group that holds the ground, named
            # at a verb of a force's act on the crowd (its subject right after it), met them
            acts = [m for kind in ("force_act", "disperse") for m in crowd_cues()[kind].find(sm.toks)]
            for a in sm.actors if c.sub_event_type in INTERVENED else []:
                if any(0 <= a.i - m.j <= FORCE_SUBJECT_REACH for m in acts):
                    name, inter = resolve_actor(a, ctx, event_country)
                    if name and inter in (2, 3):
                        force = [(name, inter, "agent", a)]
                        break
        crowd = [r for r in resolved if r not in force and r[1] not in (1, 8)]
        if not crowd and c.event_type == "Riots":
            # "نفذ مستوطنون هجوما ... وأحرقوا منازل": the crowd is named in another clause of the
            # sentence, by the attack word
            for a in sm.actors:
                name, inter = resolve_actor(a, ctx, event_country)
                if name and inter in (2, 3, 4) and not a.value.get("speaker"):
                    crowd = [(name, inter, None, a)]
                    break
        default = ("Protesters", 6) if c.event_type == "Protests" else ("Rioters", 5)
        # (ACLED names the crowd of a protest "Protesters" whoever they are: a party or a union that
        # leads it is its associated actor, and an armed group named in the demand is not the crowd)
        a1 = crowd[0][:2] if crowd and crowd[0][0] != "Civilians" and c.event_type == "Riots" else default
        if force and (c.event_type == "Riots" or c.sub_event_type != "Peaceful protest"):
            a2 = force[0][:2]
        return a1, a2
    surrender = c.event_type == "Strategic developments" and c.sub_event_type == "Other"
    if c.event_type == "Battles":
        order = sorted(resolved, key=lambda r: r[3].i)
        partners = _partners(sm, c, order)
        if partners:
            # "تمكن الجيش الوطني والمقاومة الشعبية من استعادة السيطرة على ...": actors joined by "و" before
            # the deed word are one side; the other side is named elsewhere (or by the article). Ground
            # taken by a side the state's own forces fight in is regained by the government.
            side = [order[0]] + partners
            state = next((r for r in side if r[1] == 1), None) if c.sub_event_type in TERRITORY else None
            lead = state or order[0]
            order = [lead] + [r for r in order if r not in side]
        if c.sub_event_type in TERRITORY:
            # "أسفرت عن سيطرة قوات الأسد على القريتين"، "سيطر جيش الفتح على ...": the actor right after the
            # word of control (not after its "على", which names what was taken) took the ground
            at = {t.j for t in c.triggers if t.sub_event_type in TERRITORY and sm.toks[t.j - 1].norm not in ("علي", "على")}
            names = {resolve_actor(a, ctx, event_country)[0] for a in c.actors if a.i in at}
            taker = next((r for r in order if r[0] in names), None)
            if taker is not None:
                order = [taker] + [r for r in order if r is not taker]
        if c.sub_event_type in TERRITORY and len(order) == 1 and any(
                m.payloads[0]["role"] == "opponent" and m.j == order[0][3].i for m in _cue_matches(sm)):
            # "حررت القوات قرية الحود بعد معارك مع عصابات داعش": the one side named is the one the ground was
            # taken from (fill_defaults names the taker)
            return a1, order[0][:2]
        if order:
            a1 = order[0][:2]
        if len(order) > 1:
            a2 = order[1][:2]
    else:
        # "تمكنت وحدات الجيش وعناصر الدرك من إيقاف خمسة عناصر": actors joined by "و" before the deed
        # word act together: the partner is no target
        partners = _partners(sm, c, sorted(resolved, key=lambda r: r[3].i)) if not surrender else []
        resolved = [r for r in resolved if r not in partners]
        agents = [r for r in resolved if r[2] == ("target" if surrender else "agent")]
        targets = [r for r in resolved if r[2] == ("agent" if surrender else "target")]
        rest = [r for r in resolved if r[2] is None]
        if c.generic_only and not agents and not targets and len(rest) == 1 and rest[0][1] == 1:
            # "التدخل الأمني في هجوم": a lone state force in an attack is its target
            targets, rest = rest, []
        if c.sub_event_type in BOMB_SUBTYPES:
            # a bomb, a suicide attack or a grenade is a non-state weapon: a state force the text
            # does not make its author ("استهدف مركزا للشرطة", "قال الجيش إن الهجوم") is its target
            forces = [r for r in rest if r[1] in (1, 8)]
            # (one that only reports the blast, "قالت الشرطة", is neither)
            targets = [r for r in forces if not r[3].value.get("speaker")] + targets
            rest = [r for r in rest if r not in forces]
        if c.sub_event_type == "Air/drone strike":
            # warplanes are a state's or a coalition's: an armed group the text does not make the
            # striker ("استهدف الطيران مخازن للحوثيين") is what was struck
            groups = [r for r in rest if r[1] in (2, 3, 4)]
            # (drones are flown by armed groups too: one named before the drone word, "قصفت ميليشيا
            # الحوثي بالطائرات المسيرة مواقع للجيش", struck with it)
            drone_at = [t.i for t in c.triggers + c.modifiers
                        if any(DRONE_STEM in tok.norm for tok in sm.toks[t.i:t.j])]
            flew = [r for r in groups if drone_at and r[3].j <= min(drone_at)]
            if flew and not agents:
                agents, groups = flew[:1], [r for r in groups if r not in flew[:1]]
                rest = [r for r in rest if r not in agents]
            # ("سقوط ضحايا بين المدنيين في غارة على معسكر للحزب": the group named after the strike
            # word is what was struck, actor2; the civilians hit beside it are its toll)
            struck = [r for r in groups if r[3].i > min(c.positions)]
            if struck and all(r[1] == 7 for r in targets):
                targets = struck + targets
            targets = targets + [r for r in groups if r not in targets]
            # ("استهدف الطيران مخازن للحوثي في مقر القوات الخاصة": of the armed sides struck, the
            # first named; civilians keep their place)
            armed = iter(sorted((r for r in targets if r[1] != 7), key=lambda r: r[3].i))
            targets = [r if r[1] == 7 else next(armed) for r in targets]
            rest = [r for r in rest if r not in groups]
        if c.sub_event_type in ("Arrests", "Disrupted weapons use"):
            # a group or a person named after the arrest word is the one arrested; a group named
            # after the word of a seizure is the one whose arms were seized ("مخبأ لتنظيم داعش")
            first = min(c.positions)
            # ("تم وضع متطرفين يهوديين اثنين قيد الاعتقال": after the passive "تم" that governs the
            # arrest word, before it, stands the one arrested, not who arrested)
            done = max((k for k in range(max(0, first - DONE_REACH_ARREST), first) if sm.toks[k].norm in DONE_VERBS
                        and (not sm.clause or sm.clause[k] == sm.clause[first])),
                       default=first) if c.sub_event_type == "Arrests" else first
            # ("اعتقلت قوات الاستخبارات التابعة لطالبان": a force named as a group's is that group arresting)
            owned = [r for r in rest if r[3].value.get("owned")]
            agents, rest = agents + owned, [r for r in rest if r not in owned]
            taken = [r for r in rest if r[1] in ((2, 3, 4, 7) if c.sub_event_type == "Arrests" else (2, 3, 4))
                     and r[3].i > done]
            ends = {t.j for t in c.triggers}
            if c.sub_event_type == "Arrests" and taken and taken[0][3].i in ends and (len(taken) > 1 and any(
                    sm.toks[k].norm == "من" for r in taken[1:] for k in range(max(0, r[3].i - 2), r[3].i))
                    or taken[0][1] != 7 and any(0 <= m.i - taken[0][3].j <= 2 for m in sm.find("arrested_civilians.tsv"))):
                # "واعتقلت قوات الحشد الشعبي 87 عنصرا من تنظيم داعش": the group right after the verb is its
                # subject, who arrested; the members "من" another group are the ones arrested (so is a group with the
                # civilian it took right after it: "اعتقلت الهيئة الناشط الإعلامي")
                agents = [taken[0]] + agents
                rest = [r for r in rest if r is not taken[0]]
                taken = taken[1:]
            targets = targets + taken
            rest = [r for r in rest if r not in taken]
            if c.sub_event_type == "Disrupted weapons use":
                # "اعترضت ... طائرة مسيرة أطلقها الحوثيون": the group that launched what was brought
                # down, named after the deed word, is the other side, not who intercepted it
                launched = [r for r in agents if r[1] in (2, 3, 4) and r[3].i > first]
                targets = launched + targets
                agents = [r for r in agents if r not in launched]
        if c.sub_event_type == "Arrests":
            # "اعتقلت الشرطة شخصين": people arrested with no group named are no actor; nor is an
            # unnamed organisation they belonged to or supported ("تفكيك خلية إرهابية", "إيقاف عنصر
            # دعم للجماعات الإرهابية")
            orgs = {m.i: m.payloads[0]["kind"] for m in sm.find("group_nouns.tsv")}
            targets = [r for r in targets if r[0] != "Civilians" and not _unnamed_org(r[3], orgs)]
            rest = [r for r in rest if r[0] != "Civilians" and not _unnamed_org(r[3], orgs)]
        if c.sub_event_type in ("Arrests", "Disrupted weapons use") and not agents and rest:
            # an arresting or seizing force stands next to the arrest word or is a state force; a
            # group named further off is the detainee's ("بحوزته راية تنظيم داعش") or the one whose
            # weapons were seized
            def near(r) -> bool:
                return r[1] in (1, 8) or min(abs(r[3].i - k) for k in c.positions) <= 4
            if not near(rest[0]):
                targets = targets + [r for r in rest if not near(r)]
                rest = [r for r in rest if near(r)]
        if agents:
            a1 = agents[0][:2]
        elif rest:
            a1 = rest.pop(0)[:2]
        if targets:
            a2 = targets[0][:2]
        elif rest:
            a2 = rest.pop(0)[:2]
        if surrender and a2[0] is None:
            # "للأخيرة" (to the latter): the last other actor named before the trigger
            before = [r for r in resolved if r[0] != a1[0]]
            if before:
                a2 = before[-1][:2]
        if a1[0] is None and a2[0] is not None and not surrender and resolved and \
                c.event_type in ("Explosions/Remote violence", "Violence against civilians") and \
                a2[1] in (2, 3, 4) and victims(c, sm) == "civilians":
            a1, a2 = a2, (None, None)
    return a1, a2


def _lone_victim(c: Candidate, sm: SentenceMentions, ctx: DocContext, event_country: str | None,
                 name: str | None) -> bool:
    """"لقي قائد جبهة الحوثيين مصرعه في مواجهات", "معارك أسفرت عن مقتل العشرات من الحوثيين": the
    one side a clash's sentence names is counted among its dead: the text does not say whom they
    fought, and the record leaves the other side empty rather than guess it from the article."""
    if not name:
        return False
    return any(resolve_actor(m, ctx, event_country)[0] == name and (
        _counted(c, sm, m) or _passive_victim(sm, m)) for m in c.actors)


STRIKES = ("Air/drone strike", "Shelling/artillery/missile attack")
DRONE_STEM = function_words("drone_stem")[0]  # the stem of the drone words (مسيرة، مسيرات، مسيرتين)
TARGET_REACH = 6  # words after a strike's word where a word of homes may name what it hit


def _civilian_target(c: Candidate, sm: SentenceMentions) -> bool:
    """"قصفت المليشيات، السبت، حي الجمهوري السكني": a word of homes or residential quarters
    (civilian_targets.tsv) a few words after the strike's word."""
    return any(0 <= m.i - t.j <= TARGET_REACH for m in sm.find("civilian_targets.tsv") for t in c.triggers)


def _arrested_civilian(c: Candidate, sm: SentenceMentions) -> bool:
    """"اعتقلت الشرطة مواطنا بريطانيا", "إيقاف إمام الجامع": a word of an ordinary civilian role
    (arrested_civilians.tsv) a few words after the arrest's word, not counting the arresting force and the time
    between them ("اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم الخميس، خمسة مواطنين")."""
    skip = sm.time_positions() | {k for a in sm.actors if a.value.get("inter") in (1, 8) for k in range(a.i, a.j)}
    return any(0 <= m.i - t.j - sum(1 for k in range(t.j, m.i) if k in skip) <= TARGET_REACH
               for m in sm.find("arrested_civilians.tsv") for t in c.triggers)


CROWD_REACH = 12  # words after an arrest's word where the rioting or the protest of those it took is named


def _arrested_crowd(c: Candidate, sm: SentenceMentions) -> tuple[str, int] | None:
    """"أوقفت الشرطة خمسة شبان يشتبه في تورطهم في أعمال الشغب"، "اعتقال عدد من المحتجين": rioters or protesters
    (arrested_crowds.tsv) named a few words after the arrest's word are the ones it took."""
    for m in sm.find("arrested_crowds.tsv"):
        if any(0 <= m.i - t.j <= CROWD_REACH for t in c.triggers):
            row = m.payloads[0]
            return row["actor"], int(row["inter"])
    return None


def military_target(c: Candidate, sm: SentenceMentions) -> bool:
    """"استهدفت المقاومة الإسلامية موقع الرمثا": a word of a military post or of a force's gear
    (military_targets.tsv) a few words after the attack's word."""
    return any(0 <= m.i - t.j <= TARGET_REACH for m in sm.find("military_targets.tsv") for t in c.triggers)


def _police_fire(sm: SentenceMentions) -> bool:
    """The police's own gunfire, right before their name: "قتل شاب برصاص الشرطة"، "بنيران قوات الأمن"
    (gunfire_nouns.tsv). Then they shot the civilians the sentence names, they did not stop an attacker."""
    fire_end = {m.j for m in sm.find("gunfire_nouns.tsv")}
    return any(a.i in fire_end and (a.value.get("generic") == "police" or a.value.get("kind") == "state_police")
               for a in sm.actors)


def police(name: str | None) -> bool:
    """A state's police (the actor table's kind state_police, or ACLED's generic 'Police Forces of X')."""
    if not name:
        return False
    a = knowledge().actors.by_name(name)
    return a.kind == "state_police" if a is not None else name.startswith("Police Forces of ")


def _counted_noun(sm: SentenceMentions, m: Item) -> bool:
    """A victim noun that a number or a casualty phrase counts ("قتل ثلاثة أمنيين", "إصابة أمني"),
    not the same word as the adjective of someone who speaks ("أوضح مصدر أمني أن هجوما ...")."""
    if any(0 <= m.i - n.j <= 1 for n in sm.numbers):
        return True
    return any(cs.start <= m.start < cs.end or 0 <= m.i - cs_end(sm, cs) <= 2 for cs in sm.casualties)


def force_side(sm: SentenceMentions) -> str:
    """'police' when the sentence names a police force ("الدورية الأمنية", "الشرطة") or counts
    policemen (victim_nouns.tsv, column force: "أمنيين") and names no army,
    else 'military': the side of state men the sentence counts without naming their force."""
    kinds = set()
    for a in sm.actors:
        g = a.value.get("generic")
        name = str(a.value.get("name") or "")
        if g in ("police", "military"):
            kinds.add(g)
        elif a.value.get("inter") == 1 and name.startswith("Police Forces"):
            kinds.add("police")
        elif a.value.get("inter") == 1 and name.startswith("Military Forces"):
            kinds.add("military")
    if any(m.payloads[0].get("force") == "police" and _counted_noun(sm, m) for m in sm.find("victim_nouns.tsv")):
        kinds.add("police")  # "قتل ثلاثة أمنيين" (not the adjective of a source: "مصدر أمني")
    return "police" if kinds == {"police"} else "military"


def fill_defaults(c: Candidate, sm: SentenceMentions, ctx: DocContext, a1, a2, event_country,
                  place) -> tuple[tuple, tuple, str, str]:
    """Missing actors and the type of generic attacks, from victims, places and the article."""
    kb = knowledge()
    etype, sub = c.event_type, c.sub_event_type
    vic = victims(c, sm) if etype in ("Battles", "Explosions/Remote violence", "Violence against civilians") else None
    if a2[0] is None and c.generic_only and etype == "Violence against civilians" and vic is None \
            and a1[1] not in (6, 7) and military_target(c, sm):
        # "استهدفت المقاومة الإسلامية موقع الرمثا": an attack told by a generic word on a military
        # post hit a fighting force, not civilians: a battle with the side the article names most
        etype, sub = "Battles", "Armed clash"
    if etype == "Explosions/Remote violence" and a2[0] == "Unidentified Armed Group" and a1[1] in (2, 3, 4):
        # ("تفجير انتحاري نفذه التنظيم"): an unnamed attacker word beside the named group that carried
        # out a blast is that group's own man, not the side it hit: the one other armed side the
        # sentence names is ("قتل 15 عنصرا من الفصائل ... وتفجير انتحاري نفذه التنظيم"), else none
        others = {r for r in (resolve_actor(a, ctx, event_country) for a in sm.actors if not a.value.get("speaker"))
                  if r[0] and r[0] != a1[0] and r[1] in (1, 2, 3, 4, 8) and not allied(r[0], a1[0])
                  and r[0] != "Unidentified Armed Group"}
        a2 = others.pop() if len(others) == 1 else (None, None)
    if sub in SEIZURES and a1[0] is None and a2[1] == 1:
        # "أسفرت المواجهات عن إصابة أحد أعوان الأمن، وتم إيقاف إمام الجامع": a state force the
        # sentence names, with no one else acting, made the arrest (or the seizure); it was not its object
        a1, a2 = a2, (None, None)
    if a2[0] is None:
        if etype == "Strategic developments" and sub == "Arrests":
            # "اعتقلت الشرطة شخصين": people arrested with no group named leave actor2 empty; a
            # detainee named by an ordinary civilian role ("اعتقلت الشرطة مواطنا بريطانيا") is Civilians
            crowd = _arrested_crowd(c, sm)
            if crowd is not None:
                a2 = crowd
            elif _arrested_civilian(c, sm):
                a2 = ("Civilians", 7)
        elif vic == "civilians" or (etype == "Violence against civilians" and vic is None) or (
                sub in STRIKES and _civilian_target(c, sm)):
            a2 = ("Civilians", 7)
        elif place and place.get("kind") in ("airbase", "base") and place.get("country"):
            a2 = kb.resolve_generic("military", place["country"])
        elif vic == "militants":
            a2 = ("Unidentified Armed Group", 3)
        elif vic == "forces" and event_country and a1[1] not in (1, 8):
            # (when actor1 is itself a state force, the counted soldiers are its own: the other
            # side is looked for below, not the army of the country); the counted men serve the
            # police in a sentence that names police and no army, as an officer does
            a2 = kb.resolve_generic(force_side(sm), event_country)
            # ("نصبت المقاومة كمينا لقائد الحوثيين ... ومقتل اثنين من مرافقيه": in a sentence that
            # names a rebel group other than actor1, and no state force, the counted men are its)
            rebels = [r for r in (resolve_actor(a, ctx, event_country) for a in sm.actors if not a.value.get("speaker"))
                      if r[0] and r[0] != a1[0] and not allied(r[0], a1[0])]
            if not any(r[1] in (1, 8) for r in rebels):
                named = [r for r in rebels if r[1] == 2]
                if named:
                    a2 = named[0]
        elif (etype == "Battles" and not _lone_victim(c, sm, ctx, event_country, a1[0])) or (sub in (
                "Air/drone strike", "Shelling/artillery/missile attack") and military_target(c, sm)):
            # (the actor the article names most, but not the first side's ally: "الحوثيين" and "قوات
            # صالح", "المقاومة" and "الجيش الوطني" fight on one side; a strike on a town or an area,
            # "شن طيران العدوان غارتين على منطقة جربان", names no target: only one on positions, camps or
            # gatherings, "غارات على مواقع للتنظيم", hit the other side)
            for name, _n in ctx.actor_counts.most_common():
                inter = ctx.actor_info.get(name, (None, None))[0]
                if name != a1[0] and inter not in (6, 7) and not allied(name, a1[0]):
                    a2 = (name, kb.inter_for(name, inter, ctx.actor_info[name][1], event_country))
                    break
    if sub in ("Non-state actor overtakes territory", "Government regains territory") and a1[1] is not None:
        # who takes the ground decides the sub-type: a state force regains, others overtake
        sub = "Government regains territory" if a1[1] == 1 or (
            a1[1] == 8 and a1[0].startswith("Military Forces")) else "Non-state actor overtakes territory"
    if etype == "Battles" and {a1[1], a2[1]} & {5, 6}:
        # police clashing with protesters: a riot
        force = a1 if a1[1] not in (5, 6) else a2
        etype, sub, a1, a2 = "Riots", "Violent demonstration", ("Rioters", 5), force
    if etype == "Riots" and a1[1] == 6:
        a1 = ("Rioters", 5)  # protesters who throw stones or burn tyres riot
    if etype == "Riots" and a1[0] == "Unidentified Armed Group" and not armed_party(sm):
        # "رشق السيارات بالحجارة من طرف مجهولين": unknown people, no weapon or armed party named,
        # throwing stones are rioters, not an armed group
        a1 = ("Rioters", 5)
    if etype == "Riots" and a1[1] in (2, 3, 4):
        # an armed or identity militia that burns and attacks (settlers raiding a village) attacks
        # civilians; it does not riot
        etype, sub = "Violence against civilians", "Attack"
        if a2[0] is None:
            a2 = ("Civilians", 7)
    if sub == "Arrests" and a1[1] in (2, 3, 4) and a2[1] == 7:
        # "اعتقلت الهيئة الناشط الإعلامي": a civilian a non-state group takes is abducted, not arrested (the guide)
        etype, sub = "Violence against civilians", "Abduction/forced disappearance"
    if a2[0] is None and event_country and sub in INTERVENED:
        # a protest dispersed or a riot met (by whom the sentence does not say): the state force the
        # article names for the country ("قوات الأمن الإيرانية" told in the next sentence), else its police
        named = [n for n, _k in ctx.actor_counts.most_common()
                 if ctx.actor_info.get(n, (None, None)) == (1, event_country)]
        a2 = (named[0], 1) if named else kb.resolve_generic("police", event_country)
    two_crowds = etype == "Riots" and sub == "Mob violence" and a2[0] is None and any(
        "بين" in (tk.norm for tk in sm.toks[t.i:t.j]) for t in c.triggers)
    if two_crowds:
        a2 = ("Rioters", 5)  # "اشتباكات بين قريتين": two crowds, rioters on both sides
    if a1[1] == 7 and etype in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        a1 = ("Unidentified Armed Group", 3)  # "هجوم شنه ثلاثة أشخاص": unknown attackers, not civilians
    if a1[0] is None and sub == "Air/drone strike":
        # "شن الطيران غارات على مواقع للمتمردين": warplanes with no flag in an article that names
        # a coalition at war from the air are that coalition's
        air = [n for n, _k in ctx.actor_counts.most_common() if n.endswith("Coalition") and n != a2[0]]
        if air:
            a1 = (air[0], kb.inter_for(air[0], ctx.actor_info.get(air[0], (8, None))[0],
                                       ctx.actor_info.get(air[0], (None, None))[1], event_country))
    if a1[0] is None and sub == "Air/drone strike":
        # "غارة لطائرة بدون طيار يرجح أنها أمريكية", "طائرة حربية سورية ... أثناء قصفها": a country's
        # adjective in the sentence of a strike no one else flies names the air force (not the
        # adjective of who reports it: "أعلنت وزارة الصحة اللبنانية أن غارة على بلدة ...")
        deed = min(c.positions)
        for co in sm.countries:
            if not co.value.get("adjective"):
                continue
            if co.i < deed and any(sm.toks[k].stems[-1] in ("ان", "إن", "أن") for k in range(co.i, deed)):
                continue
            name, inter = kb.resolve_generic("military", co.value["country"])
            if name and name != a2[0]:
                a1 = (name, kb.inter_for(name, inter, co.value["country"], event_country))
                break
    if a1[0] is None and sub in ("Arrests", "Disrupted weapons use"):
        # "أعلنت قوات الحزام الأمني تفكيك خلية ... واعتقال أربعة من أفرادها": the armed force whose statement in
        # the sentence announces the arrest made it, state or not
        told = [r for r in (resolve_actor(a, ctx, event_country) for a in sm.actors
                            if a.value.get("speaker") and a.value.get("inter") in (2, 3, 4) and a.i < min(c.positions))
                if r[0] and r[0] != a2[0] and r[1] in (2, 3, 4) and not allied(r[0], a2[0])]
        if told:
            a1 = told[0]
    if a1[0] is None and sub in ("Arrests", "Disrupted weapons use"):
        # "تم إيقاف 3 إرهابيين" with no arresting force: the state force the article names for the
        # country (the army whose statement it reports), else that country's police
        named = [n for n, _k in ctx.actor_counts.most_common()
                 if ctx.actor_info.get(n, (None, None))[0] == 1 and n != a2[0]
                 and ctx.actor_info[n][1] in (event_country, ctx.country, None)]
        # (none acting: the one whose statement the article reports, "أعلنت وزارة الدفاع أنه تم إيقاف")
        quoted = [n for n, co in ctx.reporters.items() if n != a2[0] and co in (event_country, ctx.country)]
        if named:
            a1 = (named[0], kb.inter_for(named[0], 1, ctx.actor_info[named[0]][1], event_country))
        elif quoted:
            a1 = (quoted[0], kb.inter_for(quoted[0], 1, ctx.reporters[quoted[0]], event_country))
        elif event_country:
            a1 = kb.resolve_generic("police", event_country)
    if sub == "Disrupted weapons use" and a2[0] is None and a1[0] is not None:
        # "أسقطت الدفاعات الجوية طائرة مسيرة إسرائيلية": the country whose drone, missile or jet was
        # brought down (its adjective after the deed word) is the other side
        own = (kb.actors.by_name(a1[0]).country if kb.actors.by_name(a1[0]) else None) \
            or ctx.actor_info.get(a1[0], (None, None))[1]
        first = min(c.positions)
        for co in sm.countries:
            if co.value.get("adjective") and co.i > first and co.value["country"] != own:
                name, inter = kb.resolve_generic("military", co.value["country"])
                if name and name != a1[0]:
                    a2 = (name, kb.inter_for(name, inter, co.value["country"], event_country))
                    break
    if a1[0] is None and etype in ("Violence against civilians", "Battles", "Explosions/Remote violence") \
            and a2[1] in (2, 3):
        # "أوضحت قيادة العمليات أن 7 عناصر من داعش قتلوا": the state force that reports the
        # militants killed killed them (and struck them: "أعلنت قيادة العمليات مقتل 30 إرهابيا في قصف جوي")
        reporter = next((a for a in sm.actors if a.value.get("speaker") and a.value.get("inter") in (1, 8)), None)
        if reporter is not None:
            name, inter = resolve_actor(reporter, ctx, event_country)
            if name and name != a2[0]:
                a1 = (name, inter)
    if a1[0] is None and sub in TERRITORY and a2[1] in (2, 3, 4) and event_country:
        # ground taken from a named armed group by unnamed forces ("حررت القوات القرية بعد معارك مع داعش"): the
        # state force the article names for the country took it, else the country's army
        named = [n for n, _k in ctx.actor_counts.most_common()
                 if ctx.actor_info.get(n, (None, None)) == (1, event_country) and n != a2[0]]
        a1 = (named[0], 1) if named else kb.resolve_generic("military", event_country)
        sub = "Government regains territory"
    if a1[0] is None and etype in ("Explosions/Remote violence", "Violence against civilians", "Battles") \
            and sub != "Air/drone strike":
        a1 = ("Unidentified Armed Group", 3)
    if c.generic_only and etype == "Violence against civilians":
        if a2[1] in (1, 2, 3, 4, 8) and a2[0] != "Civilians":
            etype, sub = "Battles", "Armed clash"
    elif etype == "Violence against civilians" and sub == "Attack" and a2[1] in (1, 8) and a1[1] not in (1, 8):
        # "قتل 3 جنود في عملية دهس نفذها فلسطيني": an attack on soldiers or police is a battle
        # (ACLED's violence against civilians is violence against the unarmed)
        etype, sub = "Battles", "Armed clash"
    if police(a1[0]) and (etype == "Violence against civilians" or sub in BOMB_SUBTYPES) and not (
            etype == "Violence against civilians" and a2[1] in (6, 7) and _police_fire(sm)):
        # "ألقت الشرطة القبض على مشتبه بهم في تفجيرات باريس", "أطلقت الشرطة النار على المهاجم": the
        # police that arrest or stop the attackers of a bombing or a rampage did not carry it out;
        # the armed group the sentence names did (actor2 then empty), else an unknown one
        a1, a2 = (a2, (None, None)) if a2[1] in (2, 3, 4) else (("Unidentified Armed Group", 3), a2)
    if a2[0] is None and (etype == "Violence against civilians" or sub in (
            "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Chemical weapon") and (
            c.casualties or vic is not None or _civilian_target(c, sm))):
        # (a blast told with no dead, wounded or victims, "هز انفجار محطة القطارات", names no target:
        # actor2 stays empty; one with a toll, "قتل خمسة في انفجار", or one at a place where civilians
        # gather, "التفجير الذي استهدف كنيسة", hit civilians)
        a2 = ("Civilians", 7)
    if a1 == a2 and not (two_crowds and a1 == ("Rioters", 5)):
        a2 = (None, None)
    return a1, a2, etype, sub


@lru_cache(maxsize=None)
def _held_states() -> dict[str, list[tuple[str, str, str]]]:
    out: dict[str, list[tuple[str, str, str]]] = {}
    for r in load_table("held_state.tsv"):
        out.setdefault(r["country"], []).append((r["holder"], r.get("valid_from") or "", r.get("valid_to") or ""))
    return out


def held_state(a1: tuple, a2: tuple, country: str | None, date: str | None) -> tuple[tuple, tuple]:
    """A state force of a country an armed group holds in part (held_state.tsv: Yemen's Houthis
    after 2014-09) whose other side is tied to the state's recognised army (the Popular Resistance,
    the Saudi-led Coalition: the actor table's associated column) is the holder's: "اشتبكت المقاومة
    مع قوات الأمن في تعز" in 2015 is the Resistance against the Houthis."""
    rows = _held_states().get(country or "")
    if not rows or not a1[0] or not a2[0]:
        return a1, a2
    day = (date or "")[:10]
    holder = next((h for h, f, t in rows if (not f or day >= f) and (not t or day <= t)), None)
    if holder is None:
        return a1, a2
    forces = (f"Military Forces of {country}", f"Police Forces of {country}")
    army = forces[0]
    kb = knowledge()
    a = kb.actors.by_name(holder)
    inter = int(a.inter) if a is not None else 2
    if a1[0] in forces and a2[0] not in forces and allied(a2[0], army):
        a1 = (holder, inter)
    elif a2[0] in forces and a1[0] not in forces and allied(a1[0], army):
        a2 = (holder, inter)
    return a1, a2


def _place_tribe(ctx: DocContext, country: str | None):
    """The tribal militia the actor table names after a place of the article ("قبائل أرحب" for
    fighters of the tribes in an article on Arhab), in the country of the event; else None."""
    kb = knowledge()
    for w in ctx.place_words:
        a = kb.actors.resolve_alias(TRIBES_WORD + " " + w, ctx.published, country)
        if a is not None and a.inter in (4, "4") and (a.country or None) in (country, None):
            return a
    return None


def _iso_ok(s: str | None) -> bool:
    try:
        return bool(s) and bool(dt.date.fromisoformat(s))
    except ValueError:
        return False
