"""Merge event drafts told across several sentences into one record each, and flag
contradictions (an arrested person reported killed elsewhere in the article)."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from ..kb.lexicon import alias_key
from ..kb.words import function_keys
from ..mentions.cues import lexicon
from ..mentions.finders import SentenceMentions
from ..types import Event
from .candidates import AGENT_NOUNS, TERRITORY, Candidate
from .roles import BOMB_SUBTYPES, contains, kind_rank, police


@dataclass
class Draft:
    event: Event
    cand: Candidate
    sm: SentenceMentions
    place: dict[str, Any] | None
    explicit_time: bool
    defaulted: set[str] = field(default_factory=set)  # actor fields filled by a default, not the text
    place_item: Any = None  # the place mention the location came from (maybe in an earlier sentence)
    carried: bool = False  # its day is the one an earlier sentence gave, its own sentence names none
    listed: bool = False  # a place of a list the gazetteer lacks, placed at its host: a record of its own


IED = "Remote explosive/landmine/IED"
SHELLING = "Shelling/artillery/missile attack"
DISRUPTED = "Disrupted weapons use"
STATE_FORCES = ("Military Forces of ", "Police Forces of ")  # ACLED's names of a state's generic forces
CHEMICAL, AIR = "Chemical weapon", "Air/drone strike"  # a chemical attack is dropped from the air
COUNTRY = "country"  # what "قصف" says before the weapon is named
UNKNOWN_GROUP = "Unidentified Armed Group"
LOOKBACK = 40  # a retelling refers back to one of the last events told, not to any in a huge text
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
ORDINALS = frozenset(function_keys("ordinal"))  # "الهجوم الثاني": another occurrence
LOOTING = "Looting/property destruction"
PASSIVE_AUX = frozenset(function_keys("passive_aux"))  # "تم" before a verbal noun: a passive deed
CROWD = {"Protests", "Riots"}


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(min(1.0, h)))


_CONTAINER_RANK = 4  # kind_rank.tsv: district, admin2, region, admin1, country
_TOWNS = frozenset({"city", "town", "village"})


def places_compatible(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    if a is None or b is None:
        return True
    if a.get("written") and a.get("written") == b.get("written"):
        return True  # a place the gazetteer lacks, named again ("سد كوكب"), hosted or not
    if a.get("written") and b.get("written") and a.get("name") and a.get("kind") in _SETTLEMENTS \
            and b.get("kind") in _SETTLEMENTS:
        return False  # "قريتي الفازة والجبلية في مديرية التحيتا": two villages the gazetteer lacks, hosted alike
    if a.get("name") == b.get("name"):
        return True
    for x, y in ((a, b), (b, a)):
        # a container and a place inside it: بغداد and الكرادة, سوريا and الباغوز (a town named as its province may
        # stand for it, "في إسطنبول وشرناق"; a square in it does not: "ساحة السير وسط مدينة السويداء" holds no
        # town of As-Suwayda province, شهبا)
        if x.get("name") in (y.get("admin1"), y.get("admin2"), y.get("country")) and not (
                y.get("kind") in _TOWNS and x.get("kind") not in _TOWNS
                and kind_rank().get(x.get("kind") or "", (0, 0))[0] > _CONTAINER_RANK):
            return True
    if a.get("latitude") is not None and b.get("latitude") is not None:
        return _km(a, b) <= 10
    return False


_SETTLEMENTS = frozenset({"village", "town"})


def _villages_apart(base: Draft, d: Draft) -> bool:
    """"قصفت قوات النظام تل أعور" ... "قصفت قوات النظام قريتي محمبل وجوزف": two villages or towns
    named in sentences of their own are two places of violence, however near each other."""
    a, b = base.place, d.place
    return bool(a and b and d.sm.index != base.sm.index and _own_place(base) and _own_place(d)
                and base.event.event_type in VIOLENT  # (a march goes from town to town)
                and a.get("name") and b.get("name") and a.get("name") != b.get("name")
                and not a.get("unresolved") and not b.get("unresolved")
                and {a.get("kind"), b.get("kind")} <= _SETTLEMENTS)


def _actors(e: Event) -> set[str]:
    return {x for x in (e.actor1, e.actor2) if x}


def _compatible(base: Draft, d: Draft) -> bool:
    e, n = base.event, d.event
    if another_occurrence(d):
        return False  # "شهد السجن يوم الاثنين أعمال شغب مماثلة": a similar occurrence is another one
    if d.cand is base.cand and d.place_item is not None and base.place_item is not None \
            and d.place_item is not base.place_item:
        return False  # one action at several places named in one list (coder._other_places): a record each,
        # however near the places ("قصفت مدفعيته أطراف بلدات الضهيرة ويارين ومروحين")
    if d.sm.index == base.sm.index and _air_and_ground(base, d):
        return False
    if base.cand.cause and n.sub_event_type != e.sub_event_type:
        return False  # the mob's attack a protest answers: its crowd told after is the protest's
    if e.event_type != n.event_type and d.cand.anaphoric and {e.event_type, n.event_type} <= CROWD:
        # "ويطالب المحتجون ..." after a riot told before: the same crowd's event
        return places_compatible(base.place, d.place)
    if e.event_type != n.event_type and _missile(base) and _launched(d) and e.event_date == n.event_date and (
            e.sub_event_type == DISRUPTED and n.sub_event_type == SHELLING) and (
            places_compatible(base.place, d.place) or COUNTRY in {(base.place or {}).get("kind"), (d.place or {}).get("kind")}):
        # "أعلن التحالف اعتراض صاروخ باليستي ..." then "وقال الحوثيون إنهم أطلقوا صاروخا على جدة": the
        # missile shot down that day is the one its side says it fired (launched from one country,
        # aimed at another: a country named for either place says nothing against it)
        return True
    if e.event_type != n.event_type and _attack_then_blast(base, d):
        return True
    if e.event_type == "Riots" and n.sub_event_type == LOOTING and _done_by_no_one(d) \
            and (not (d.explicit_time and base.explicit_time) or e.event_date == n.event_date) \
            and places_compatible(base.place, d.place):
        # "ألقى محتجون مقذوفات على الشرطة وأحرقوا سيارات ..." then "تم إحراق عدد من المركبات": property burned by
        # no one named, told after a riot of that day and place, is the rioters' deed
        return True
    if e.event_type != n.event_type and d.cand.from_toll and e.event_type in VIOLENT and not d.explicit_time \
            and d.sm.index - base.sm.index <= 1 and places_compatible(base.place, d.place):
        # "شنت المقاتلات غارات على تجمعات للمرتزقة" then "وأوضح المركز الإعلامي أن الضربات أسفرت عن مقتل تسعة من
        # المرتزقة": a toll with no event word and no day of its own counts the violent event told in the sentence
        # before
        return True
    if e.event_type != n.event_type:
        if d.cand.claimed:
            return False  # a claim names its attack by its kind ("تفجير انتحاري"): one of that kind
        # "the attack" may point back to any violent event, not to an arrest or a protest; an
        # attack word typed only by its actors may retell one ("هاجم بشاحنته الجنود")
        if not ((d.cand.anaphoric or d.cand.generic_only) and e.event_type in VIOLENT):
            return False
        if d.cand.background and not d.cand.generic_only:
            # "يذكر أن القوات أعلنت السبت أنها سيطرت على الميناء بعد اشتباكات قتل فيها 11": background
            # that names its own kind of event (not "the attack") tells another occurrence, not the
            # suicide bombings told before; its toll is not theirs
            return False
        if d.cand.generic_only and not d.cand.anaphoric:
            if _own_clash(d) or d.cand.launched:
                return False  # (an attack launched by a side the sentence names is one of its own)
            return places_compatible(base.place, d.place) and (
                not (d.explicit_time and base.explicit_time) or e.event_date == n.event_date)
        return True
    if not d.cand.anaphoric and e.sub_event_type != n.sub_event_type and not (
            # "استعاد الجيش السيطرة على البلدة بعد معارك مع الحركة" then "أسفرت العملية عن مقتل 43 من عناصر
            # الحركة": a toll with no event word of its own counts the battle told before, whatever its sub-type
            d.cand.from_toll and e.event_type == "Battles") and not (
            e.event_type == "Explosions/Remote violence" and ({IED, SHELLING} & {e.sub_event_type, n.sub_event_type}
                                                              or {e.sub_event_type, n.sub_event_type} == {CHEMICAL, AIR})
            and e.event_date == n.event_date) and not (
            # "سيطر جيش الفتح على سد كوكب" then "تمكن من استعادة السيطرة على سد كوكب": the same ground
            # taken, told again with another word of control, on the same day at the same place
            {e.sub_event_type, n.sub_event_type} <= set(TERRITORY) and e.event_date == n.event_date
            and base.place is not None and d.place is not None and places_compatible(base.place, d.place)):
        # an explosion told again with its kind ("انفجار" then "عملية انتحارية", "قصف" then
        # "غارة", "قصف بغازات سامة", a gas attack then "قصفت طائرات المدينة") is the same event when
        # it is told for the same day
        return False
    if d.explicit_time and base.explicit_time and e.event_date != n.event_date:
        return False
    if _earlier_day(base, d):
        return False
    if d.cand.background and d.explicit_time and (n.time_precision or 1) > 1 and e.event_date != n.event_date:
        # "يشار إلى أن تركيا شنت خلال الأيام الماضية غارات": background told over a period of its own
        # is the campaign the event belongs to, not the event told that day
        return False
    if not d.cand.anaphoric and d.sm.index != base.sm.index and _adds_another(d.sm):
        return False
    if not places_compatible(base.place, d.place) and not (d.cand.claimed and not _own_place(d)):
        return False  # (a claim placed only by an earlier sentence claims the attack told before)
    if not d.cand.anaphoric and _villages_apart(base, d):
        return False
    # different named attackers are different events; a target told differently is not; the target of one
    # striking back is another event ("انفجار لغم استهدف دورية عسكرية" then "قصفت طائرات سلاح الجو إثر ذلك
    # مواقع العناصر الإرهابية")
    return not _distinct_agents(base, d) and not _struck_back(base, d)


def _done_by_no_one(d: Draft) -> bool:
    """No doer is named for the draft's deed: its actor was filled in by default, or its word is a passive
    ("تم إحراق"، "وتم تخريب") with no agent after it ("من طرف"، "من قبل")."""
    e, toks = d.event, d.sm.toks
    if not e.actor1 or "actor1" in d.defaulted:
        return True
    t = min(d.cand.triggers, key=lambda x: x.i) if d.cand.triggers else None
    return t is not None and t.i > 0 and toks[t.i - 1].stems[-1] in PASSIVE_AUX and not any(
        toks[k].norm == "من" and toks[k + 1].norm in AGENT_NOUNS for k in range(t.j, len(toks) - 1))


def _earlier_day(base: Draft, d: Draft) -> bool:
    """"تخوض المقاومة مواجهات مع الحوثيين" (undated, the day the article gave before) then "وكانت المقاومة قد
    أعلنت عن مقتل 40 حوثيا خلال المواجهات التي دارت أمس الجمعة": background that names a day of its own
    before the day the event only carried from an earlier sentence tells an earlier occurrence, not that
    event told again (not a period: "شهدتا خلال الأيام الماضية مواجهات" sums the days before)."""
    return d.cand.background and d.explicit_time and (d.event.time_precision or 1) == 1 and base.carried \
        and not base.explicit_time \
        and bool(d.event.event_date and base.event.event_date) and d.event.event_date < base.event.event_date


def another_occurrence(d: Draft) -> bool:
    """An event word called similar to one told ("أعمال شغب مماثلة", "احتجاجات مشابهة") or numbered
    ("الهجوم الثاني"، "التفجير الآخر"; data/similar_cues.tsv) names another occurrence of that kind."""
    if any(0 <= m.i - t.j <= 1 for m in d.sm.find("similar_cues.tsv") for t in d.cand.triggers):
        return True
    return d.event.event_type != "Strategic developments" and numbered(d.sm.toks, d.cand.triggers)


def numbered(toks: list, triggers: list) -> bool:
    """An event word with an ordinal right after it ("الهجوم الثاني"، "التفجير الآخر": function_words ordinal)."""
    return any(t.j < len(toks) and any(st in ORDINALS for st in toks[t.j].stems) for t in triggers)


def _attack_then_blast(base: Draft, d: Draft) -> bool:
    """"قتل 21 شخصا في هجوم في ولاية قندوز" then "وفجر انتحاري سيارته المفخخة ...": an attack word
    typed only by its actors as an attack on civilians, told first, is the explosion a later sentence
    tells of the same day and place (the attack was that blast); the record takes the blast's type. (An
    attack typed a clash, gunmen on guards, stays apart from a blast told beside it.)"""
    e, n = base.event, d.event
    return base.cand.generic_only and not base.cand.anaphoric and not d.cand.generic_only \
        and not d.cand.claimed and e.event_type == "Violence against civilians" and n.event_type == "Explosions/Remote violence" \
        and e.event_date == n.event_date and places_compatible(base.place, d.place) \
        and not _own_clash(base) and not _distinct_agents(base, d)


def _own_place(d: Draft) -> bool:
    """The draft's place is named in its own sentence."""
    return d.place_item is not None and d.sm.span.start <= d.place_item.start < d.sm.span.end


def _own_clash(d: Draft) -> bool:
    """An attack word typed a clash from its actors (both sides armed) with a toll of its own
    counted ("صد الجيش هجوما إرهابيا وقتل أحد المهاجمين"، "قتل 5 من الحوثيين في كمين للمقاومة"):
    a fight of its own, not the explosion or the attack on civilians told before it again."""
    return d.event.event_type == "Battles" and bool(d.event.actor1 and d.event.actor2) \
        and not d.defaulted & {"actor1", "actor2"} and any(cs.value.get("count") for cs in d.cand.casualties)


def _missile(d: Draft) -> bool:
    """The draft's sentence names a missile, a rocket or a drone (missile_nouns.tsv)."""
    return bool(d.sm.find("missile_nouns.tsv"))


def _launched(d: Draft) -> bool:
    """The draft tells a missile or a drone fired ("أطلقوا صاروخا"، "إطلاق صاروخ"), not a strike
    on where it was fired from ("باستهداف موقع إطلاق الصاروخ")."""
    return _missile(d) and any(d.sm.toks[t.i].stems[-1].startswith(("اطلق", "اطلاق")) for t in d.cand.triggers)


def _adds_another(sm: SentenceMentions) -> bool:
    """"كما انفجرت سيارة مفخخة في ...": the sentence opens by adding another occurrence."""
    return bool(sm.toks) and any(m.i == 0 for m in sm.find("addition_openers.tsv"))


def _same_hand(d: Draft, last: Draft) -> None:
    """"أعلنت المقاومة الإسلامية أنها تصدت لقوة ... . كما قصفت قاعدة ...": a violent event added by an
    opener of the same hand (addition_openers.tsv, actor "same") in the sentence after the last event,
    whose own sentence names no attacker, is by the last event's actor1."""
    e, b = d.event, last.event
    if e.event_type not in VIOLENT or b.event_type not in VIOLENT or not b.actor1 or "actor1" in last.defaulted:
        return
    if e.actor1 and "actor1" not in d.defaulted or d.sm.index != last.sm.index + 1 or not d.sm.toks:
        return
    if not any(m.i == 0 and m.payloads[0].get("actor") == "same" for m in d.sm.find("addition_openers.tsv")):
        return
    e.actor1, e.inter1 = b.actor1, b.inter1
    d.defaulted.discard("actor1")
    if e.actor2 == e.actor1 or not e.actor2 or "actor2" in d.defaulted:
        e.actor2, e.inter2 = (b.actor2, b.inter2) if b.actor2 != e.actor1 else (None, None)
        d.defaulted.discard("actor2")


def _more_specific(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """True when place b is more specific than place a."""
    if b is None:
        return False
    if a is None:
        return True
    # containment says more than the kind: "حي البساتين" (a district of Cairo in the gazetteer)
    # is more specific than "القاهرة" (a city), whatever their kinds rank
    if contains(a, b):
        return True
    if a.get("name") and contains(b, a):
        return False
    r = kind_rank()
    return r.get(b.get("kind") or "town", (5, 1))[0] > r.get(a.get("kind") or "town", (5, 1))[0]


def _absorb(base: Draft, d: Draft) -> None:
    e, n = base.event, d.event
    if e.event_type != n.event_type and _attack_then_blast(base, d):
        e.event_type, e.sub_event_type, base.cand.priority = n.event_type, n.sub_event_type, d.cand.priority
        base.cand.generic_only = False
    if e.event_type == n.event_type and e.sub_event_type != n.sub_event_type and \
            not {e.sub_event_type, n.sub_event_type} <= set(TERRITORY) and \
            d.cand.priority > base.cand.priority and (not d.cand.anaphoric or (
                e.event_type == "Protests" and d.cand.modifiers)):
        # (the protesters dispersed, arrested or shot at in a later sentence: the protest's sub-type)
        e.sub_event_type, base.cand.priority = n.sub_event_type, d.cand.priority
    if e.sub_event_type == "Mob violence" and (n.event_type == "Protests" or n.sub_event_type == "Violent demonstration"):
        # "حاول عدد من الشباب الاعتداء على مقر الحرس" then "تدخلت الوحدات لتفريق المحتجين": the crowd's
        # riot told on as a demonstration is a violent demonstration, not a mob's
        e.sub_event_type = "Violent demonstration"
    for span in n.evidence:
        if span not in e.evidence:
            e.evidence.append(span)
    e.evidence.sort()
    e.triggers.extend(t for t in n.triggers if t not in e.triggers)
    # a toll told later replaces none (0) and an unknown one ("قتلى وجرحى" then "مقتل 7": 7)
    if e.fatalities == 0 and n.fatalities != 0 or e.fatalities is None and n.fatalities:
        e.fatalities = n.fatalities
    if e.injuries == 0 and n.injuries != 0 or e.injuries is None and n.injuries:
        e.injuries = n.injuries
    if e.quantity is None:
        e.quantity = n.quantity
    # actors the text names replace actors a default filled in (not the rioters of a riot by the
    # protesters its crowd is called in a later sentence)
    crowd_retold = e.event_type != n.event_type and {e.event_type, n.event_type} <= CROWD
    for f, inter in (("actor1", "inter1"), ("actor2", "inter2")):
        mine, theirs = getattr(e, f), getattr(n, f)
        if f == "actor1" and police(theirs) and (
                e.event_type == "Violence against civilians" or e.sub_event_type in BOMB_SUBTYPES):
            continue  # the police that arrest or shoot the attackers did not carry out the attack
        # ("قصفت طائرات قواعد لميليشيا إسلامية" then "قصفتا قاعدة لكتيبة 17 فبراير": the unknown
        # group a later sentence names is that group)
        unknown = mine == UNKNOWN_GROUP and getattr(n, inter) in (2, 3, 4) and theirs != UNKNOWN_GROUP
        if theirs and not (crowd_retold and theirs in ("Protesters", "Rioters")) and f not in d.defaulted and (
                mine is None or f in base.defaulted or unknown) and theirs != mine:
            other = "actor2" if f == "actor1" else "actor1"
            if getattr(e, other) == theirs:
                if other not in base.defaulted:
                    continue
                setattr(e, other, None)
            setattr(e, f, theirs)
            setattr(e, inter, getattr(n, inter))
            base.defaulted.discard(f)
    if e.event_type != "Battles" and e.actor2 is None and n.actor2 and n.actor2 != e.actor1:
        e.actor2, e.inter2 = n.actor2, n.inter2
    if _more_specific(base.place, d.place) and places_compatible(base.place, d.place):
        if (base.place is None or base.place.get("kind") == "country") and n.fatalities and d.place \
                and d.place.get("kind") != "country":
            # "قتل 30 شخصا في سلسلة تفجيرات في العراق" then "أدى تفجير في بغداد الجديدة إلى مقتل 19":
            # a toll told for the whole country sums the day; the town's toll is this event's
            e.fatalities = n.fatalities
        base.place = d.place
        for f in ("country", "admin1", "admin2", "location", "location_text", "latitude", "longitude",
                  "geo_precision"):
            setattr(e, f, getattr(n, f))
    if e.attribution == "the article" and n.attribution != "the article":
        e.attribution, e.certainty = n.attribution, n.certainty
    for p in n.persons:
        if p not in e.persons:
            e.persons.append(p)
    if not base.explicit_time and d.explicit_time and (
            (n.time_precision or 1) <= (e.time_precision or 1) or not base.sm.times):
        # (a week or a month told later, "اللذين اعتقلا في الأيام الأخيرة", does not replace the day
        # the first sentence gave, even one that dates the report: "أعلنت الوزارة اليوم ...")
        e.event_date, e.time_precision = n.event_date, n.time_precision
        base.explicit_time = True
    elif not base.explicit_time and d.explicit_time:
        base.explicit_time = True  # its day stands: another period told later is another event


def _contradictions(events: list[Draft], dropped: list[Draft]) -> list[Draft]:
    """An arrest whose person another sentence reports killed: one disputed record, both evidences."""
    kill_cues = lexicon("casualty_cues.tsv")
    out = list(events)
    for base in events:
        if base.event.sub_event_type != "Arrests" or not base.event.persons:
            continue
        names = {w for p in base.event.persons for w in p.split() if len(w) > 2}
        names |= {"ال" + w for w in names}
        for d in events + dropped:
            if d is base or d.sm.index == base.sm.index:
                continue
            toks = d.sm.toks
            for m in kill_cues.find(toks):
                if m.payloads[0]["kind"] != "killed":
                    continue
                if any(t.stems[-1] in names or t.norm in names for t in toks[m.j:m.j + 3]):
                    span = [d.sm.span.start, d.sm.span.end]
                    if span not in base.event.evidence:
                        base.event.evidence.append(span)
                        base.event.evidence.sort()
                    base.event.certainty = "disputed"
                    if d in out:
                        out.remove(d)
                    break
    return out


def _fire_on_protest(drafts: list[Draft]) -> list[Draft]:
    """"استشهد شاب وأصيب مئات المواطنين برصاص قوات الاحتلال ... على المشاركين في مسيرة العودة": an attack by a state
    force told in the sentence of a protest it hit is the force used on that protest, one event: the protest's record
    takes the attack's toll, its force and its day (excessive force when someone was killed)."""
    def force_on_protest(x: Event, y: Event) -> bool:
        return x.event_type == "Protests" and y.event_type == "Violence against civilians" and y.inter1 in (1, 8)

    out: list[Draft] = []
    for d in drafts:
        host = next((o for o in out if o.sm.index == d.sm.index and (
            force_on_protest(o.event, d.event) or force_on_protest(d.event, o.event))), None)
        if host is None:
            out.append(d)
            continue
        protest, attack = (host, d) if host.event.event_type == "Protests" else (d, host)
        p, a = protest.event, attack.event
        if a.fatalities:
            p.sub_event_type = "Excessive force against protesters"
        elif p.sub_event_type == "Peaceful protest":
            p.sub_event_type = "Protest with intervention"
        p.fatalities = a.fatalities if a.fatalities is not None else p.fatalities
        p.injuries = a.injuries if a.injuries is not None else p.injuries
        if p.actor2 is None or "actor2" in protest.defaulted:
            p.actor2, p.inter2 = a.actor1, a.inter1
            protest.defaulted.discard("actor2")
        if attack.explicit_time and not protest.explicit_time:
            p.event_date, p.time_precision = a.event_date, a.time_precision
        p.evidence = sorted(p.evidence + [x for x in a.evidence if x not in p.evidence])
        p.triggers.extend(t for t in a.triggers if t not in p.triggers)
        if host is attack:
            out[out.index(attack)] = protest
    return out


def _same_sentence(drafts: list[Draft]) -> list[Draft]:
    """Events of one type in one sentence are one event unless different named actors
    carry them ("طيران التحالف شن غارات ... ، ... بصاروخ أطلقه داعش" stays two)."""
    out: list[Draft] = []
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        host = next((o for o in by_sentence.get(d.sm.index, []) if o.event.event_type == d.event.event_type
                     and not o.cand.anaphoric and not d.cand.anaphoric
                     and not _distinct_agents(o, d)
                     and places_compatible(o.place, d.place)
                     and not (o.cand is d.cand and o.place_item is not d.place_item)
                     and not _air_and_ground(o, d)), None)
        if host is None:
            out.append(d)
            by_sentence.setdefault(d.sm.index, []).append(d)
            continue
        if d.cand.priority > host.cand.priority:
            host.event.sub_event_type, host.cand.priority = d.event.sub_event_type, d.cand.priority
        _absorb(host, d)
    return out


def _air_and_ground(a: Draft, b: Draft) -> bool:
    """"بعد شن الطيران أكثر من 120 غارة جوية، وقصف قوات النظام القريتين بالصواريخ والمدفعية": strikes
    from the air and shelling from the ground, each told with its own word, are two events."""
    if {a.event.sub_event_type, b.event.sub_event_type} != {AIR, SHELLING} or a.cand is b.cand \
            or a.cand.generic_only or b.cand.generic_only:
        return False
    ground = a if a.event.sub_event_type == SHELLING else b
    # (the ground's weapon named: "بالصواريخ والمدفعية"; "تواصلت الانفجارات" is no shelling of its own)
    return ground.cand.ground or any(m.event_type == "Explosions/Remote violence" for m in ground.cand.modifiers)


def _distinct_agents(a: Draft, b: Draft) -> bool:
    ea, eb = a.event, b.event
    def named(d: Draft, f: str) -> bool:
        return f not in d.defaulted and getattr(d.event, f) not in (None, "Unidentified Armed Group")
    near = abs(b.sm.index - a.sm.index) <= 1  # an unknown side is matched only in the next sentence
    if ea.event_type == eb.event_type == "Battles" and eb.actor1 is not None and _same_side(
            eb.actor1, eb.inter1, ea.actor2, ea.inter2, near) and _same_side(eb.actor2, eb.inter2, ea.actor1, ea.inter1, near):
        # a clash has no attacker: its sides told in the other order are the same two sides
        # ("قتلت الشرطة ثمانية مسلحين" then "المسلحون بايعوا داعش ... وقتلوا شرطيين")
        return False
    if ea.event_type == eb.event_type == "Battles" and (
            eb.actor2 is None and eb.actor1 is not None and eb.actor1 in (ea.actor1, ea.actor2)
            or ea.actor2 is None and ea.actor1 is not None and ea.actor1 in (eb.actor1, eb.actor2)):
        # ("سيطر مسلحو أنصار الشريعة على زنجبار بعد مواجهات مع قوات الأمن" then "قتل سبعة من أفراد الأمن في
        # الاشتباكات": the one side the next sentence names, its dead counted, is one of the clash's two)
        return False
    return bool(named(a, "actor1") and named(b, "actor1") and ea.actor1 != eb.actor1) and not (
        _state_forces(ea.actor1) and _state_forces(eb.actor1)
        and _state_forces(ea.actor1) == _state_forces(eb.actor1))


def _struck_back(a: Draft, b: Draft) -> bool:
    """The earlier draft's target is the later one's attacker, and its attacker is not: the side hit hitting back
    (blasts, strikes and attacks; not a clash, whose sides have no order, nor an arrest)."""
    ea, eb = a.event, b.event
    if not {ea.event_type, eb.event_type} <= {"Explosions/Remote violence", "Violence against civilians"}:
        return False
    if not (ea.actor1 and eb.actor1 and ea.actor2 and eb.actor2) or ea.actor1 == eb.actor1:
        return False
    # (the later draft strikes, its striker named, not filled in by default)
    return eb.actor1 == ea.actor2 and "actor1" not in b.defaulted


def _same_side(a: str | None, ia: int | None, b: str | None, ib: int | None, near: bool) -> bool:
    """One side of a clash told twice: the same name, or (in sentences next to each other) a named
    armed group and the unknown one the other sentence could not name."""
    unknown = "Unidentified Armed Group"
    if a is None or b is None:
        return False
    return a == b or near and (a.startswith(unknown) != b.startswith(unknown) and ia in (2, 3, 4) and ib in (2, 3, 4))


def _state_forces(name: str | None) -> str | None:
    """The country of a state's generic forces ("Police Forces of Russia" -> "Russia"): its army
    and its police told in two sentences ("أجهزة الأمن الروسية" ... "القوات الخاصة") are one side,
    not two attackers."""
    for head in STATE_FORCES:
        if name and name.startswith(head):
            return name[len(head):]
    return None


def merge_drafts(drafts: list[Draft], text: str) -> list[Event]:
    merged: list[Draft] = []
    dropped: list[Draft] = []
    drafts = _contradictions(_same_sentence(_fire_on_protest(drafts)), [])
    for d in drafts:
        _riot_clash(d, merged)
        told = _led_off(d, merged)
        if told is not None:
            _absorb(told, d)
            continue
        held = _held_at_protest(d, merged)
        if held is not None:
            _absorb(held, d)
            continue
        target = None
        for base in reversed(merged[-LOOKBACK:]):
            if _compatible(base, d):
                target = base
                break
            if d.cand.anaphoric:
                continue
        if target is not None:
            _absorb(target, d)
        elif d.cand.anaphoric and not (d.cand.claimed and not d.cand.background) and not (
                d.cand.spoke and not any(b.event.event_type in CROWD for b in merged)) and (
                d.cand.background or not d.cand.generic_only
                                   or not d.event.fatalities and not d.cand.casualties) \
                and not ((d.event.event_type == "Protests" or d.event.event_type in CROWD and d.cand.acted)
                         and not d.cand.background) \
                and not any(b.event.event_type == d.event.event_type and _earlier_day(b, d) for b in merged[-LOOKBACK:]):
            # (background with an earlier day of its own than the event of its kind it would retell
            # stands: "وكانت المقاومة قد أعلنت عن مقتل 40 حوثيا خلال المواجهات التي دارت أمس")
            # (a protest the article names with the article, "الوقفة الاحتجاجية", "المحتجون", and told
            # nowhere before is the one it reports)
            # a definite "the attack" with nothing before it to refer to and nothing of its own
            dropped.append(d)
        else:
            if d.cand.anaphoric or any(t.definite for t in d.cand.triggers) or d.event.sub_event_type == AIR:
                _inherit_actors(d, merged[-LOOKBACK:])
            if merged:
                _same_hand(d, merged[-1])
            merged.append(d)
    return [d.event for d in merged]


def _riot_clash(d: Draft, merged: list[Draft]) -> None:
    """"شهدت ساحة النور مواجهات عنيفة بين محتجين وعناصر قوى الأمن" ... "وكان شاب قد فارق الحياة متأثرا بإصابته
    خلال مواجهات ليل الأربعاء أمام السرايا": clashes whose sides the text does not name, told right after a riot, are
    the rioters' with the force that met them (another riot when their day or place is another)."""
    e = d.event
    if e.event_type != "Battles" or e.sub_event_type != "Armed clash" or "actor1" not in d.defaulted \
            or e.actor2 and "actor2" not in d.defaulted \
            or not merged or merged[-1].event.event_type != "Riots" or d.sm.index - merged[-1].sm.index > RIOT_REACH:
        return
    riot = merged[-1].event
    e.event_type, e.sub_event_type = riot.event_type, "Violent demonstration"
    e.actor1, e.inter1 = "Rioters", 5
    e.actor2, e.inter2 = riot.actor2, riot.inter2


RIOT_REACH = 3  # sentences after a riot within which clashes no side is named for are that riot's kind
LED_REACH = 2  # sentences after an abduction, an arrest or a protest within which people led away, or arrests, are its
_LED_AWAY = frozenset(function_keys("led_away"))
_CULPRITS = tuple(function_keys("culprit"))


def _held_at_protest(d: Draft, merged: list[Draft]) -> Draft | None:
    """"اعتصم عدد من المعلمين أمس أمام مبنى البرلمان" then "وانتشرت قوات القمع في الموقع ... فيما اعتقلت قوات الأمن كل
    شخص بحوزته موبايل": people a state force arrested, told right after a protest (within LED_REACH sentences, its day,
    no place of their own elsewhere, no armed group held), were held at it: the protest met with intervention (ACLED
    codes the arrests at a protest as part of it); the protest takes the force as its actor2."""
    e = d.event
    if e.sub_event_type != "Arrests" or (e.inter1 or 0) not in (1, 8) or e.actor2 and (e.inter2 or 0) in (2, 3, 4):
        return None
    base = merged[-1] if merged else None
    if base is None or base.event.event_type != "Protests" or not 0 < d.sm.index - base.sm.index <= LED_REACH \
            or base.event.sub_event_type == "Excessive force against protesters":
        return None
    if d.explicit_time and base.explicit_time and e.event_date != base.event.event_date:
        return None
    if _own_place(d) and not places_compatible(base.place, d.place):
        return None
    if any(any(alias_key(st).startswith(_CULPRITS) for st in tok.stems) for tok in d.sm.toks):
        return None  # "أوقفت مطلق النار"، "القبض على الجاني": the one who attacked them, held for it: an arrest of its own
    b = base.event
    if b.sub_event_type == "Peaceful protest":
        b.sub_event_type = "Protest with intervention"
    if not b.actor2:
        b.actor2, b.inter2 = e.actor1, e.inter1
    return base


def _led_off(d: Draft, merged: list[Draft]) -> Draft | None:
    """"أقدمت عصابات داعش على اختطاف ستة مواطنين" ... "وقال مصدر إن الإرهابيين ... اقتادوا المخطوفين إلى جهة مجهولة":
    people led away (function_words led_away), the sentence's only deed, a sentence or two after an abduction, an
    arrest or a protest, are its victims led off: that event told again (led away alone, they are abducted)."""
    if d.event.sub_event_type != "Abduction/forced disappearance" or not d.cand.triggers or not all(
            any(alias_key(st) in _LED_AWAY for st in d.sm.toks[t.i].stems) for t in d.cand.triggers):
        return None
    return next((b for b in reversed(merged[-LOOKBACK:]) if d.sm.index - b.sm.index <= LED_REACH and (
        b.event.sub_event_type in ("Abduction/forced disappearance", "Arrests") or b.event.event_type in CROWD)), None)


def _inherit_actors(d: Draft, before: list[Draft]) -> None:
    """"شنت طائرات أمريكية غارات على ... . وقالت الجماعة إن الغارات استهدفت مطار صنعاء": the strikes
    named with the article, at a place of their own, are the same actor's: a strike or shelling whose
    attacker nothing names is the last one of that kind, and so is a target only a default filled."""
    e = d.event
    if e.actor1 or e.event_type != "Explosions/Remote violence":
        return
    base = next((b for b in reversed(before) if b.event.event_type == e.event_type
                 and b.event.sub_event_type == e.sub_event_type and b.event.actor1
                 and "actor1" not in b.defaulted), None)
    if base is None:
        return
    e.actor1, e.inter1 = base.event.actor1, base.event.inter1
    if base.event.actor2 and (not e.actor2 or "actor2" in d.defaulted):
        e.actor2, e.inter2 = base.event.actor2, base.event.inter2
        d.defaulted.discard("actor2")
