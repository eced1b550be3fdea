"""Runs the mention finders and the event coder over a document.

sentences -> tokens -> mentions (per sentence) -> article context (countries,
places, actors) -> candidates (per sentence) -> records -> merged across
sentences -> ``doc.events``.
"""
from __future__ import annotations

import copy
import dataclasses
import re
from collections import Counter
from functools import lru_cache

from .events.candidates import MOVEMENT_WORDS, TERRITORY, Candidate, sentence_candidates, strikes
from .events.merge import CROWD, Draft, another_occurrence, merge_drafts, numbered, places_compatible
from .events.protest import enrich as enrich_records
from .events.protest import demand_span, people_nouns
from .events.roles import (HISTORY_DAYS, DocContext, acts_in, assign_actors, between_ends, border_neighbours, casualty_counts, choose_place, deed_times, event_date,
                           reported_times,
                           contains, fill_defaults, geo_precision, held_state, host_place, kind_rank, pick_shared,
                           military_target, quantity, resolve_actor)
from .events.triggers import SEIZURE_PRIORITY, Trigger, apply_blockers, blocker_lexicon, crowd_cues, find_triggers, is_seizure
from .kb import knowledge
from .kb.lexicon import alias_key
from .kb.loader import load_table
from .kb.facade import site_noun, unresolved_place, written_with_noun
from .kb.words import function_keys, function_words
from .learn import model as learned
from .learn.features import background_opening, candidate_features, sentence_features
from .mentions.cues import lexicon
from .mentions.finders import TOTAL_VERBS, Item, SentenceMentions, find_sentence_mentions
from .text import tokenize
from .text.fluency import pair_share
from .text.normalize import fold
from .text.tokenize import has_article
from .types import Document, Event, Mention

MAX_ANCHORS = 20  # places that disambiguate others: the article's first unambiguous ones
EXPEL_STEMS = tuple(function_words("expel_stem"))  # "طرد": taking ground only from an armed group
WEAK_GENERIC = 15  # priority of attack verbs that do not make an event alone (استهدف, هاجم)
# the learned model: a rule-made candidate is dropped when the gate gives it less than KEEP; an
# event the rules did not make is added when the model gives its type (and "event") at least ADD
# (defaults: a model file carries the values cross-validation chose for it, ``hadath train
# --tune-gate``)
KEEP = 0.05
BLAME_REACH = 3  # sentences back from an attack laid on an actor to the attack it means
KEEP_GENERIC = 0.2  # stricter for an attack word typed only from its actors (هجوم، استهداف), with no toll
ADD = 0.9
DEFAULT_SUB = {"Battles": "Armed clash", "Explosions/Remote violence": "Shelling/artillery/missile attack",
               "Violence against civilians": "Attack", "Protests": "Peaceful protest",
               "Riots": "Violent demonstration", "Strategic developments": "Arrests"}
TYPES = tuple(DEFAULT_SUB)
# sub-types that kill no one by definition (ACLED codes them with no fatalities)
NONVIOLENT_SUBTYPES = ("Arrests", "Agreement", "Headquarters or base established",
                       "Non-violent transfer of territory", "Change to group/activity")
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")
# below this share of known word pairs the text is not language (shuffled or random words):
# real news articles score 0.2-0.6, shuffled news about 0.1
MIN_FLUENCY = 0.15
STATEMENT_NOUNS = frozenset(function_keys("statement_noun"))
ACCORDING = frozenset(function_words("according_word"))  # "according to" before a source's day
TOPIC_BLOCKERS = frozenset({"hazard", "advocacy"})  # blocker kinds after which the model proposes no event
# words of "after" and "during" before a protest that anchor it (done_word without the passive "تم" and "مع")
ARMY_HEADS = frozenset(function_keys("army_head"))
REPEL_VERBS = frozenset(function_keys("repel_verb"))
REFERRING_ROLES = frozenset({"opposition", "organization", "resistance"})
WAKE_WORDS = frozenset(function_keys("done_word")) - {alias_key("تم"), alias_key("مع")}
MISHAP_KINDS = ("accident", "industrial")  # blocker kinds of an accident (data/blockers.tsv)
TOLD_TODAY_DAYS = 3  # the pluperfect dating its deed this close to the report tells news, not background
PAST_BE = frozenset(function_words("past_be"))  # "كان قد قتل": the pluperfect
PLUPERFECT = function_words("pluperfect")  # a sentence opening "وكان ..." retells what happened before
SOURCE_NOUNS, SOURCE_STEMS = function_words("source_noun"), function_words("source_stem")  # "المصادر"، "المرصد"
LEAD_REACH = 2  # sentences from an undated opening event to the sentence whose day it takes
TOLL_REACH = 2  # sentences from an event to the sentence that gives its toll naming it ("الحادث")
REFERRED_DAY_REACH = 4  # "الهجوم الذي وقع الأربعاء": the day follows the attack word this near


SMALL_KINDS = frozenset({"village", "neighbourhood"})
NEIGHBOUR_VILLAGES = 2  # distinct villages of a neighbouring country that support each other



def _told_today(c: Candidate) -> bool:
    """"وكانت مسيّرة إسرائيلية قد استهدفت فجر اليوم دراجة نارية": an event the pluperfect tells with
    a time word of its own naming the day of the report or the day before is news the article adds,
    not background (the time word must follow the opener, inside the event's own clause)."""
    return any(t.value.get("kind") in DAY_KINDS and t.value.get("days_before") is not None
               and 0 <= t.value["days_before"] <= TOLD_TODAY_DAYS for t in c.times)


def _mishap_retold(c: Candidate, mishaps: set[str], drafts: list[Draft], words: set[str] = frozenset(),
                   sm: SentenceMentions | None = None) -> bool:
    """The candidate names, with the article only ("الانفجار"), an event of a type the article told so far
    only as an accident (a blast at a factory or a gas line): it is that accident again. So is its toll
    told again with the very generic words (قتل، هجوم) the accident stopped ("قتل شخص وأصيب أربعة بعد سقوط
    طائرة صغيرة" then "وقالت الصحيفة إن شخصا قتل وأصيب أربعة"), with no actor named (a weapon's word, "انفجار
    لغم", tells its own event however an accident stopped the same word before)."""
    if c.event_type not in mishaps or any(d.event.event_type == c.event_type for d in drafts):
        return False
    if all(t.definite and t.role in ("event", "generic") for t in c.triggers):
        return True
    return sm is not None and bool(c.triggers) and all(
        t.role == "generic" and sm.toks[t.i].stems[-1] in words for t in c.triggers) \
        and not any(a.value.get("name") for a in c.actors if not a.value.get("speaker"))


def _fired_on(c: Candidate, sm: SentenceMentions) -> bool:
    """Gunfire by a state force at civilians (``_force_on_civilians``) stands whatever the model's
    gate reads: the rules saw the shooter, the fire and the victims."""
    if not c.generic_only or c.background or c.anaphoric:
        return False
    named = [a for a in c.actors if not a.value.get("speaker")]
    return _force_on_civilians(c, sm, named)


def _launched(c: Candidate) -> bool:
    """An attack a verb of launching tells with the side that launched it (``Candidate.launched``:
    "شن مسلحو المقاومة هجوما على مقر الأمن") stands whatever the model's gate reads."""
    return c.launched and not c.background


def _struck_post(c: Candidate, sm: SentenceMentions) -> bool:
    """An attack word of no weapon by a named armed group on a military post or a force's gear
    ("استهدفت المقاومة الإسلامية موقع السماقة": a clash, ``roles.military_target``) stands whatever
    the model's gate reads: the rules saw the attacker and the target."""
    if not c.generic_only or c.background or c.anaphoric:
        return False
    # (the actors of the attack word's clause: not a force named where the attackers set out from, "انطلاقا من مناطق
    # سيطرة النظام")
    clauses = {sm.clause[t.i] for t in c.triggers}
    inters = {a.value.get("inter") for a in c.actors if not a.value.get("speaker") and sm.clause[a.i] in clauses}
    if not inters & {2, 3, 4} or inters & {1, 8}:
        return False  # (a state force's attack on a group's positions goes with the gate)
    return military_target(c, sm)


REPEL_REACH = 4  # words between a verb of repelling and the attack word it governs ("صد الجيش يوم السبت هجوما")


def _repelled(c: Candidate, sm: SentenceMentions) -> bool:
    """An attack word a state force repelled ("صد الجيش يوم السبت هجوما للمتمردين على تلودي", a verb of
    function_words.tsv repel_verb a few words before it) stands whatever the model's gate reads: a battle (not one it
    foiled, "أحبطت الشرطة هجوما كان سينفذه": a plot)."""
    if not c.generic_only or c.background or c.anaphoric:
        return False
    first = min(t.i for t in c.triggers)
    if not any(a.value.get("inter") in (1, 8) and not a.value.get("speaker") and a.j <= first for a in c.actors):
        return False  # (the force that repelled is named before the attack word; one after it attacked)
    skip = sm.time_positions() | {k for a in c.actors for k in range(a.i, a.j)}
    for t in c.triggers:
        k, counted = t.i - 1, 0
        while k >= 0 and counted < REPEL_REACH:
            if alias_key(sm.toks[k].stems[-1]) in REPEL_VERBS:
                return True
            counted += k not in skip
            k -= 1
    return False


def _numbered_with_toll(c: Candidate, sm: SentenceMentions) -> bool:
    """An attack word numbered ("أسفر الهجوم الثاني ... عن استشهاد عون للأمن") with a toll in its sentence stands
    whatever the model's gate reads: the rules saw another occurrence and what it cost."""
    return bool(c.casualties) and c.event_type != "Strategic developments" and numbered(sm.toks, c.triggers)


def _force_on_civilians(c: Candidate, sm: SentenceMentions, text_actors: list) -> bool:
    """Gunfire by a state force named before the attack word at civilians named after it ("أطلقت زوارق
    الاحتلال النار على صيادين") is an attack on them, though the weak verb alone is not."""
    first = min(t.i for t in c.triggers)
    if not any(sm.clause[g.i] == c.clause and g.i > first for g in sm.find("gunfire_nouns.tsv")):
        return False
    return any(a.value.get("inter") in (1, 8) and a.value.get("name") for a in text_actors) and any(
        a.value.get("inter") == 7 and a.i > first for a in text_actors)

@lru_cache(maxsize=1024)
def home_country(outlet: str | None) -> str | None:
    """The country an outlet is published in (data/outlets.tsv), or None."""
    if not outlet:
        return None
    low = outlet.lower()
    return next((r["country"] for r in load_table("outlets.tsv") if r["name"].lower() in low), None)


def _drop_unsupported_villages(doc: Document, sents: list[SentenceMentions]) -> None:
    """Drop a village or neighbourhood name whose every reading lies in a country that nothing
    else in the article speaks of, nor borders one it speaks of: a common word that is also a hamlet's name abroad
    ("مصفحة" in a Turkish article, "الميدان" in an Egyptian one), or a foreign town the
    gazetteer lacks that shares a Yemeni village's spelling ("مروة" in Cameroon). Kept when
    the article names no country at all (nothing to contradict it)."""
    support: set[str] = set()
    home = home_country(doc.outlet)
    small: list[tuple[SentenceMentions, Item, set[str]]] = []
    regions: list[tuple[SentenceMentions, Item, set[str]]] = []
    towns: list[tuple[SentenceMentions, Item, set[str]]] = []
    shared: list[set[str]] = []
    extra = []
    if doc.title:
        extra.append(find_sentence_mentions(doc.title, -1, None, tokenize(doc.title), doc.published))
    for sm in [*sents, *extra]:
        for co in sm.countries:
            support.add(co.value["country"])
        for a in sm.actors:
            # (not an alias several actors share, nor one bound to its country: "المقاومة الشعبية" in a Palestinian
            # article is no Yemeni militia)
            if a.value.get("country") and not a.value.get("candidates") and not a.value.get("bound"):
                support.add(a.value["country"])
        for pl in sm.places:
            if pl.value.get("unresolved"):
                continue
            cands = pl.value["candidates"]
            cs = {c.get("country") for c in cands if c.get("country")}
            if cands and all(c.get("kind") == "admin1" for c in cands) and sm.index >= 0 \
                    and fold(sm.text[pl.start:pl.end]).startswith("المنطقه "):
                # "في المنطقة الجنوبية": a province named as the region of a side ("the southern
                # region", Israel's Southern District in a list) is that province only where the
                # article speaks of its country otherwise
                regions.append((sm, pl, cs))
            elif cands and all(c.get("kind") in SMALL_KINDS for c in cands):
                if sm.index >= 0:
                    small.append((sm, pl, cs))
            elif cands and all(c.get("kind") in SMALL_KINDS | {"town", "base"} for c in cands):
                # a town supports its country only with another mention of it: "مفرق" (a junction)
                # in a Yemeni article is not the Jordanian town, "الزويرات" in an Iraqi one not
                # the Mauritanian
                towns.append((sm, pl, cs))
            else:
                # a town or city supports its country; a hamlet of the same name elsewhere does not
                big = {c.get("country") for c in cands if c.get("country") and c.get("kind") not in SMALL_KINDS}
                if len(big) > 1:
                    shared.append(big)
                else:
                    support |= big
    # a name of towns in several countries ("طرابلس": Libya's, Lebanon's) supports the one the article speaks of
    # otherwise, or all of them when it speaks of none
    for big in shared:
        if not big & support:
            support |= big
    for k, (sm, pl, cs) in enumerate(towns):
        if sm.index >= 0 and (cs & support or any(cs & other for m, (_s, _p, other) in enumerate(towns) if m != k)):
            support |= cs  # (a town named again, or with another of its country, is supported)
    for sm, pl, cs in towns:
        if sm.index >= 0 and not cs & support:
            small.append((sm, pl, cs))
        elif sm.index < 0:
            support |= cs
    if not support:
        return
    if home:
        support.add(home)
    for sm, pl, cs in regions:
        if not cs & support:
            sm.places = [p for p in sm.places if p is not pl]
    kb = knowledge()
    # a village named as one ("بلدة عيتا الشعب") across a border of a country the article names
    # stays (a story told from the Israeli side); a bare word does not
    near = support | {n for c in support for n in kb.neighbours(c)}
    # villages of a country across a border of one the article names support each other when the
    # article names two or more of them ("غارات على عيترون وكفرصير" in a Lebanese paper that names only
    # the Israeli attacker); one alone is a common word until a place noun announces it
    names: dict[str, set[str]] = {}
    for sm, pl, cs in small:
        for co in cs & near:
            names.setdefault(co, set()).add(" ".join(t.norm for t in sm.toks[pl.i:pl.j]))
    near_support = support | {co for co, ns in names.items() if len(ns) >= NEIGHBOUR_VILLAGES}
    def noun_kind(sm: SentenceMentions, pl: Item) -> str | None:
        # (a name joined by "و" to the one a dual or plural place noun announces is announced too: "بلدتي بليون والبارة")
        kind = kb.noun_kind(sm.toks, pl.i)
        head = pl
        while kind is None and sm.toks[head.i].text.startswith("و"):
            head = next((p for p in sm.places if p.j == head.i), None)
            if head is None or not head.i:
                return None
            noun = next(iter(lexicon("place_nouns.tsv").find(sm.toks, head.i - 1, head.i)), None)
            if noun is not None:
                row = noun.payloads[0]
                return kb.noun_kind(sm.toks, head.i) if "1" in (row.get("dual"), row.get("plural")) else None
        return kind

    for sm, pl, cs in small:
        if not cs & (near if noun_kind(sm, pl) else near_support):
            kind = noun_kind(sm, pl)
            site = None
            noun = next(iter(lexicon("place_nouns.tsv").find(sm.toks, pl.i - 1, pl.i)), None) if pl.i else None
            if kind is not None and noun is not None and written_with_noun(noun.payloads[0]):
                # "بنقطة مصفاة الزاوية": after a site's noun, a hamlet's name abroad is the site's name
                # only where it could be one (not in construct before a known place)
                site = site_noun(lexicon("place_nouns.tsv"), sm.text, sm.toks, pl.i, [{}], pl.start,
                                 frozenset(p.i for p in sm.places))
                if site is None:
                    kind = None
            if kind is not None:
                # "مدينة مروة" in Cameroon: a town the gazetteer lacks, not the Yemeni hamlet
                pl.value = {**pl.value, "candidates": [unresolved_place(kind, sm.text[pl.start:pl.end])],
                            "unresolved": True}
                if site is not None:
                    pl.value["text_start"] = site.start  # a site is written with its noun
            else:
                sm.places = [p for p in sm.places if p is not pl]


def _other_occupier(sents: list[SentenceMentions]) -> None:
    """"جيش الاحتلال التركي" named, then "جيش الاحتلال" bare: in an article that calls another state's forces
    the occupation and never names Israel, the bare occupation is that state's (an ANHA report on Afrin),
    not the Israeli forces the word means alone. The bare mentions take the named occupier's value."""
    israel = "Military Forces of Israel"
    occupation = function_keys("occupation_word")
    def bare(sm: SentenceMentions, a: Item) -> bool:
        return a.value.get("name") == israel and all(
            alias_key(t.norm) in occupation or alias_key(t.norm) in ARMY_HEADS for t in sm.toks[a.i:a.j])
    occupiers: list[dict] = []
    for sm in sents:
        if any(co.value.get("country") == "Israel" for co in sm.countries):
            return
        for a in sm.actors:
            v = a.value
            if v.get("country") == "Israel" and not bare(sm, a):
                return
            if v.get("name") and v.get("name") != israel and v.get("inter") in (1, 8) and any(
                    alias_key(t.norm) in occupation for t in sm.toks[a.i:a.j]):
                occupiers.append(dict(v))
    if len({o["name"] for o in occupiers}) != 1:
        return
    for sm in sents:
        for a in sm.actors:
            if bare(sm, a) or a.value.get("generic") == "occupation" and not a.value.get("country"):
                a.value = {**a.value, **occupiers[0]}


def _names_again(sents: list[SentenceMentions]) -> None:
    """A name the gazetteer lacks that the article gave as a place once, after its noun ("في بلدة
    جرابولي"), is that place where it comes again bare ("وأكد أحد سكان جرابولي", "في جرابولي"):
    an unresolved place of the same kind, as written."""
    names: dict[tuple[str, ...], dict] = {}
    for sm in sents:
        for p in sm.places:
            if p.value.get("unresolved") and p.value.get("candidates"):
                names.setdefault(tuple(t.norm for t in sm.toks[p.i:p.j]), p.value)
    if not names:
        return
    firsts = {k[0] for k in names}
    for sm in sents:
        toks = sm.toks
        taken = {k for it in sm.places for k in range(it.i, it.j)}
        taken |= {k for a in sm.actors if a.value.get("name") for k in range(a.i, a.j)}
        added = []
        for k, t in enumerate(toks):
            if k in taken:
                continue
            first = t.norm if t.norm in firsts else next((st for st in t.stems if st in firsts), None)
            if first is None:
                continue
            for key, v in names.items():
                n = len(key)
                if key[0] != first or k + n > len(toks) or any(x in taken for x in range(k, k + n)) \
                        or any(toks[k + x].norm != key[x] for x in range(1, n)):
                    continue
                clitic = t.norm[:len(t.norm) - len(first)]
                locative = "ب" in clitic or (k > 0 and toks[k - 1].norm in ("في", "فى", "قرب", "داخل", "وسط"))
                # the name as written, without its proclitics ("ومروة" -> "مروة")
                start = t.start + len(clitic) if sm.text[t.start:t.start + len(clitic)] == clitic else t.start
                added.append(Item("place", sm.index, k, k + n, start, toks[k + n - 1].end, {
                    "candidates": list(v["candidates"]), "cue": None, "cue_precision": None, "cue_start": None,
                    "origin": k > 0 and toks[k - 1].norm == "من", "named_event": False, "locative": locative,
                    "unresolved": True}))
                taken |= set(range(k, k + n))
                break
        if added:
            sm.places = sorted(sm.places + added, key=lambda p: p.start)


DUAL_REACH = 3  # sentences back from "القريتين" to the "قريتي X وY" it points to


@lru_cache(maxsize=1)
def _duals() -> dict[str, str]:
    """The definite dual of each dual place noun (``place_nouns.tsv``: "قريتي" -> "القريتين",
    "بلدتي" -> "البلدتين"), folded, to the dual noun, folded."""
    out = {}
    for r in load_table("place_nouns.tsv"):
        w = fold(r.get("word") or "")
        if w.endswith("تي"):
            out["ال" + w[:-1] + "ين"] = w
    return out


def _dual_anaphora(sents: list[SentenceMentions]) -> None:
    """"اشتباكات في قريتي تل أعور والفريكة ... أسفرت عن سيطرة قوات النظام على القريتين": the two
    villages, the two towns are the places named with the dual noun before, not a town called so
    (القريتين in Homs): such a word is no place when the dual noun stands in its sentence before
    it or in the DUAL_REACH sentences before."""
    duals = _duals()
    seen: list[set[str]] = []
    named: dict[str, Item] = {}
    for sm in sents:
        here: set[str] = set()
        marks: dict[int, set[str]] = {}
        for k, t in enumerate(sm.toks):
            forms = {t.norm, *t.stems}
            hit = {d for d in duals.values() if d in forms}
            if hit:
                here |= hit
            marks[k] = set(here)
        before = set().union(*seen[-DUAL_REACH:]) if seen else set()
        keep = []
        for p in sm.places:
            if p.i > 0 and p.value.get("candidates"):
                # "في قريتي تل أعور والفريكة": the place right after the dual noun
                t = sm.toks[p.i - 1]
                for d in duals.values():
                    if d in (t.norm, *t.stems):
                        named[d] = p
            if p.j - p.i == 1:
                t = sm.toks[p.i]
                noun = next((duals[f] for f in (t.norm, *t.stems) if f in duals), None)
                if noun is not None and (noun in before or noun in marks.get(p.i - 1, set())):
                    ref = named.get(noun)
                    if ref is not None:
                        # the first of the two places, as the article wrote it
                        keep.append(Item(p.kind, p.si, p.i, p.j, p.start, p.end,
                                         {**p.value, "candidates": list(ref.value["candidates"]),
                                          "unresolved": ref.value.get("unresolved"), "refers_to": ref}))
                    continue
            keep.append(p)
        sm.places = keep
        seen.append(here)


def _towns_named_as_countries(sents: list[SentenceMentions]) -> None:
    """"تظاهر المئات أمس في عمان" ... "وقالت مديرية الأمن العام الأردنية": a town spelled as another country (Amman,
    Oman) read as the country in its sentence is the town when the rest of the article names the town's country (a
    place, a nationality or the country) and never the other."""
    doubtful = [(sm, p) for sm in sents for p in sm.places
                if len(p.value["candidates"]) == 1 and p.value["candidates"][0].get("town_reading")]
    if not doubtful:
        return
    named: Counter = Counter()
    for sm in sents:
        for co in sm.countries:
            named[co.value["country"]] += 1
        for p in sm.places:
            cs = {c.get("country") for c in p.value["candidates"] if c.get("country")}
            if len(cs) == 1 and not p.value["candidates"][0].get("town_reading"):
                named[next(iter(cs))] += 1
    for sm, p in doubtful:
        country = p.value["candidates"][0]
        towns = [t for t in country["town_reading"] if named[t.get("country")]]
        if towns and not named[country.get("country")]:
            p.value["candidates"] = towns


_BASE_KINDS = frozenset({"airbase", "base"})
_THE_BASE = fold("القاعدة")


def _names_a_base(toks: list, k: int) -> bool:
    """"قاعدة القرضابية الجوية"، "القاعدة العسكرية": a base the gazetteer lacks, named with its noun unbound
    (not "قاعدة الجهاد", al-Qaeda's old name) or with the article and an adjective of a base."""
    if _BASE_NOUN not in toks[k].stems or k + 1 >= len(toks):
        return False
    if has_article(toks[k]):
        return toks[k + 1].stems[-1] in _BASE_ADJECTIVES
    return toks[k + 1].stems[-1] != _JIHAD


_TRIBE = "Unidentified Tribal Militia"
_TRIBAL = fold("عشائري")
_BASE_NOUN = fold("قاعدة")
_BASE_ADJECTIVES = frozenset({"جويه", "عسكريه", "بحريه"})
_JIHAD = "جهاد"


def _base_not_qaeda(sents: list[SentenceMentions]) -> None:
    """"سقطت صواريخ على قاعدة عين الأسد" ... "وكانت القاعدة، التي تضم قوات أمريكية، تعرضت": in an article that names
    an air base or a base, "القاعدة" alone is that base, not al-Qaeda (named otherwise, "تنظيم القاعدة"، "عناصر
    القاعدة", the group keeps every mention)."""
    based = any(c.get("kind") in _BASE_KINDS for sm in sents for p in sm.places for c in p.value["candidates"][:1]) \
        or any(_names_a_base(sm.toks, k) for sm in sents for k in range(len(sm.toks)))
    if not based:
        return
    bare = [(sm, a) for sm in sents for a in sm.actors if "Qaeda" in (a.value.get("name") or "")]
    if any(a.j - a.i > 1 or _THE_BASE not in sm.toks[a.i].stems for sm, a in bare):
        return
    for sm in {id(sm): sm for sm, _ in bare}.values():
        sm.actors = [a for a in sm.actors if "Qaeda" not in (a.value.get("name") or "")]


def _context(doc: Document, sents: list[SentenceMentions]) -> DocContext:
    kb = knowledge()
    ctx = DocContext(doc.published)
    countries: Counter = Counter()
    for sm in sents:
        for p in sm.places:
            cands = p.value["candidates"]
            # sorted: set order changes between processes (hash seeds) and ties must not
            cs = sorted({c.get("country") for c in cands if c.get("country")})
            if len(cs) == 1:  # only unambiguous names vote for the article's country
                countries[cs[0]] += 0.5 if p.value.get("sent_to") else 2  # (a destination says less)
        for co in sm.countries:
            countries[co.value["country"]] += 0.5
        for a in sm.actors:
            if a.value.get("name") and a.value.get("inter") in (1, 2, 3, 4) and a.value.get("country") \
                    and not a.value.get("bound") and not a.value.get("candidates"):
                countries[a.value["country"]] += 0.5  # (an alias several actors share votes for none)
    if doc.title:
        for t_sm in [find_sentence_mentions(doc.title, -1, None, tokenize(doc.title), doc.published)]:
            for p in t_sm.places:
                for c in sorted({c.get("country") for c in p.value["candidates"] if c.get("country")}):
                    countries[c] += 1
            for co in t_sm.countries:
                countries[co.value["country"]] += 0.5
    ctx.countries = [c for c, _ in countries.most_common()]
    # "الانقلابيين" in Ankara, "اللجان الشعبية" in Idlib: an alias bound to its actor's country names no
    # actor in an article that never speaks of that country (data/bound_aliases.tsv)
    # (a state force's bound alias, "قوى الأمن الداخلي" in an Iranian article, is the police of the article's country)
    for sm in sents:
        for a in sm.actors:
            if a.value.get("bound") and a.value.get("country") not in ctx.countries \
                    and a.value.get("kind") in ("state_police", "state_military"):
                role = "police" if a.value["kind"] == "state_police" else "military"
                a.value = {"name": None, "inter": 1, "country": None, "kind": "generic", "generic": role}
            elif a.value.get("bound") and a.value.get("country") not in ctx.countries \
                    and a.value.get("kind") == "identity_militia":
                # ("مسلحي العشائر" in an Iraqi article: the tribes' gunmen of the article's country, not Syria's
                # Arab Tribal Forces)
                a.value = {"name": None, "inter": 4, "country": None, "kind": "generic", "generic": "tribe"}
        sm.actors = [a for a in sm.actors if (not a.value.get("bound") or a.value.get("country") in ctx.countries)
                     and not _foreign_shared(a, ctx.countries)]
    cue = lexicon("conflict_context.tsv")
    ctx.conflict = any(cue.find(sm.toks) for sm in sents) or any(
        a.value.get("inter") in (2, 3, 4) for sm in sents for a in sm.actors)
    # an article about militancy in two sentences or more: its arrests are of militants too
    ctx.terror = sum(1 for sm in sents if cue.find(sm.toks)) >= 2
    # resolve each place once with the country ranking, then use unambiguous ones as anchors
    seen_words: set[str] = set()  # ctx.place_words: the words of the article's places, once each
    for sm in sents:
        for p in sm.places:
            pl = kb.resolve_place(p.value["candidates"], ctx.countries, [], [])
            for tk in sm.toks[p.i:p.j]:
                if tk.stems[-1] not in seen_words:
                    seen_words.add(tk.stems[-1])
                    ctx.place_words.append(tk.stems[-1])
            if pl and pl.get("kind") not in ("country",):
                if pl.get("admin1") and pl["admin1"] not in ctx.admin1s:
                    ctx.admin1s.append(pl["admin1"])
                anchor = (pl.get("latitude"), pl.get("longitude"))
                if anchor[0] is not None and len(p.value["candidates"]) == 1 \
                        and anchor not in ctx.near and len(ctx.near) < MAX_ANCHORS:
                    ctx.near.append(anchor)
        for a in sm.actors:
            v = a.value
            name, info = _article_name(v, ctx)
            if not v.get("back") and info[0] in (2, 3) and (name or v.get("generic") == "armed_group"):
                # the article's non-state armed groups in order, the unnamed ones as unknown: what a back
                # reference ("المسلحين") refers to
                ctx.armed.append((sm.index, a.i, name or "Unidentified Armed Group", info[0], info[1]))
            if v.get("speaker"):
                if v.get("name") and v.get("inter") == 1 and not v.get("candidates"):
                    ctx.reporters.setdefault(v["name"], v.get("country"))
                continue
            if name:
                ctx.actor_counts[name] += 1
                ctx.actor_info[name] = info
                if v.get("militia"):
                    ctx.militias[name] += 1
    return ctx


def _article_name(v: dict, ctx: DocContext) -> tuple[str | None, tuple[int | None, str | None]]:
    """A mention's actor name and (inter, country); an alias several actors share names the one of the article's
    country."""
    name, info = v.get("name"), (v.get("inter"), v.get("country"))
    if name and v.get("candidates"):
        b = pick_shared(v["candidates"], ctx, ctx.country)
        if b is not None:
            name, info = b.name, (int(b.inter), b.country or None)
    return name, info


def _foreign_shared(a: Item, countries: list[str]) -> bool:
    """An alias several actors share, every one of them of a country the article does not speak of ("المقاومة
    الشعبية" is Yemen's and Sudan's militias; in a Palestinian article it is the popular resistance, no actor)."""
    names = a.value.get("candidates")
    if not names or not countries:
        return False
    kb = knowledge()
    homes = {getattr(kb.actors.by_name(n), "country", None) for n in names}
    return None not in homes and "" not in homes and not homes & set(countries)


def _title_place(doc: Document, ctx: DocContext) -> tuple[dict, str, bool] | None:
    """The most specific known place the title names, a town or smaller (not a country, a
    province or a place something came from), with its name as written and whether it names an
    event ("هجوم مانشستر")."""
    if not doc.title:
        return None
    t_sm = find_sentence_mentions(doc.title, -1, None, tokenize(doc.title), doc.published)
    best = None
    for p in t_sm.places:
        if p.value.get("origin") or p.value.get("unresolved"):
            continue
        pl = knowledge().resolve_place(p.value["candidates"], ctx.countries, ctx.admin1s, ctx.near)
        if pl is None or kind_rank().get(pl.get("kind") or "town", (5, 1))[1] == 3:
            continue  # a country or a province says no more than the article's country
        rank = kind_rank().get(pl.get("kind") or "town", (5, 1))[0]
        if best is None or rank > best[0]:
            best = (rank, pl, doc.title[p.start:p.end], bool(p.value.get("named_event")))
    return best[1:] if best else None


def _topic_switch(sm: SentenceMentions) -> bool:
    """The sentence opens by turning to another story: "إلى ذلك، ...", "من جهة أخرى ...". ("وفي
    السويس، أصيب ..." after a story dated "أمس" is more often the same day: not a turn.)"""
    return bool(sm.toks) and any(m.i == 0 for m in lexicon("topic_openers.tsv").find(sm.toks, 0, min(4, len(sm.toks))))


DAY_KINDS = ("relative", "weekday", "explicit")  # time words that name one day


def _recent_day(t: Item) -> bool:
    """A time word naming one day of the article's period (not after it, not history)."""
    return t.value.get("kind") in DAY_KINDS and bool(t.value.get("date")) \
        and int(t.value.get("precision") or 1) == 1 and 0 <= (t.value.get("days_before") or 0) <= HISTORY_DAYS


STATEMENT_REACH = 3  # "على هامش تصريحات في بنزرت": a statement's noun this near before a place


def _statement_place(sm: SentenceMentions, p: Item) -> bool:
    """The place is where a statement or a press conference was given (function_words statement_noun a few words
    before it: "على هامش تصريحات في بنزرت"، "خلال ندوة صحفية بالعاصمة"), not where the event was."""
    return any(sm.toks[k].stems[-1] in STATEMENT_NOUNS for k in range(max(0, p.i - STATEMENT_REACH), p.i))


def _one_day(sm: SentenceMentions) -> tuple[str, int] | None:
    """The one recent day the sentence's time words name ("أمس الأربعاء": one day), or None."""
    # ("أعلنت الوزارة اليوم الأربعاء أن الوحدات تمكنت أمس من ...": the day of the deed, not of the
    # statement, when the sentence tells both)
    said = reported_times(sm)
    # ("وفق بلاغ لوزارة الداخلية اليوم": the day of the source the sentence is according to dates no story)
    sm_times = [t for t in sm.times if not any(sm.toks[k].norm in ACCORDING for k in range(max(0, t.i - 4), t.i))]
    if not sm_times:
        return None
    times = [t for t in sm_times if t not in said] or sm_times
    days = {(t.value.get("date"), int(t.value.get("precision") or 1)) for t in times}
    if len(days) != 1 or not _recent_day(times[0]) or any(t.value.get("kind") not in DAY_KINDS for t in times):
        return None
    (date, prec), = days
    return date, prec


def _referred_day(sm: SentenceMentions, blocked: list[Trigger]) -> tuple[str, int] | None:
    """"أعلن التنظيم اليوم مسؤوليته عن الهجوم الذي وقع الأربعاء": the day told right after an attack
    the sentence refers to (a claim, a reference) is the day of the attack the next sentences tell."""
    for t in blocked:
        if t.blocked not in ("reference", "claim"):
            continue
        for tm in sm.times:
            if t.j <= tm.i < t.j + REFERRED_DAY_REACH and _recent_day(tm):
                return tm.value["date"], 1
    return None


def _attribution(sm: SentenceMentions, last: str | None) -> str | None:
    if sm.attributions:
        # a speaker with no name of their own ("وأضاف أن ...") is the source told before
        return sm.attributions[0].value["source"] or last or "an unnamed source"
    if last and any(t.norm in SOURCE_NOUNS or t.stems[-1] in SOURCE_STEMS
                    for t in sm.toks):
        return last
    return None


_HIDEOUTS = frozenset(function_keys("hideout_noun"))  # a bare hideout (مخبأ): a cache only where conflict is spoken of


SINCE_START = frozenset(function_keys("since_start"))
PERIOD_WORDS = frozenset(function_keys("period_word"))
PERIOD_NOUNS = frozenset(function_keys("period_noun"))
DEMONSTRATIVES = frozenset(function_keys("demonstrative"))
YEAR_NOUNS = frozenset(function_keys("year_noun"))
SUPERLATIVES = frozenset(function_keys("superlative"))
_YEAR = re.compile(r"^(19|20)\d\d$")
_MONTH_HEADS = frozenset(function_keys("month_head"))


def _tally_since(c: Candidate, sm: SentenceMentions) -> bool:
    """A toll told before "منذ" and the start it counts from ("قتل نحو 460 شخصا منذ بدء الحركة الاحتجاجية"، "حصيلة
    القتلى منذ اندلاع الاحتجاجات"), or a deed since a year ("تشهد مالي منذ 2012 أعمال عنف"), is a total over the period, no event;
    not when a superlative or an ordinal makes it a comparison ("أعنف معارك منذ بدء الحرب"، "أول هجوم من نوعه منذ
    بدء عاصفة الحزم")."""
    if c.event_type == "Protests":
        return False  # (a crowd's protest with "since" in its sentence is told: "منذ" dates its grievance or how long
        # it has gone on, "يعتصمون منذ 2016")
    toks = sm.toks
    # (not a since inside a running total raised after the event: "قتل المتمردون جنديين ليرتفع عدد قتلى قوات الأمن منذ
    # مطلع الشهر إلى 15")
    cut = next((k for k, t in enumerate(toks) if k > 0 and t.norm in TOTAL_VERBS), len(toks))
    sinces = [k for k, t in enumerate(toks[:cut - 1]) if t.stems[-1] == "منذ" and (
        alias_key(toks[k + 1].stems[-1]) in SINCE_START or _YEAR.match(toks[k + 1].norm))]
    if not sinces:
        return False
    # (an ordinal of a date is none: "في الأول من تشرين الأول"، "كانون الثاني")
    timed = sm.time_positions() | {
        k for k, t in enumerate(toks) if k + 1 < len(toks) and toks[k + 1].norm == "من"
        or k > 0 and alias_key(toks[k - 1].stems[-1]) in _MONTH_HEADS}
    if any(alias_key(t.stems[-1]) in SUPERLATIVES and k not in timed for k, t in enumerate(toks)):
        return False
    # (a tally counts the dead, the hurt or the held: "منذ انطلاق السنة الدراسية" in a crowd's demand counts nothing)
    # (told before the deed too when it counts from the start of a year or a month: "ومنذ مطلع العام الجاري، قتل أكثر
    # من 60 جنديا")
    first = min(c.positions)
    return any(_YEAR.match(toks[k + 1].norm) or (first < k or k + 2 < len(toks) and alias_key(toks[k + 2].stems[-1])
                                                 in PERIOD_NOUNS) and sm.casualties and c.event_type != "Riots"
               for k in sinces)


def _tally_over_year(c: Candidate, sm: SentenceMentions) -> bool:
    """A count over a whole year ("نفذت نحو 5500 حالة اعتقال ... خلال عام 2019"، "ضبطت خلال عام 2017 نحو 450 قطعة
    سلاح"): a time of a year's precision right after a word of a period's length, and a number of two or more in the
    sentence, is a yearly total, no event."""
    toks = sm.toks
    years = [t for t in sm.times if t.value.get("precision") == 3 and t.i > 0
             and alias_key(toks[t.i - 1].stems[-1]) in PERIOD_WORDS]
    if not years:
        # ("سجلت الشبكة 2218 حالة اعتقال خلال العام"، "نفذت خلال تلك الفترة مئات الغارات": the period named by its noun
        # after the word of its length, past a demonstrative)
        for k, t in enumerate(toks[:-1]):
            if alias_key(t.stems[-1]) not in PERIOD_WORDS:
                continue
            nxt = k + 2 if alias_key(toks[k + 1].norm) in DEMONSTRATIVES and k + 2 < len(toks) else k + 1
            # (or a year's length without the article: "قتلوا خلال عام في حوادث")
            if alias_key(toks[nxt].norm) in PERIOD_NOUNS and (toks[nxt].norm.startswith("ال") or alias_key(toks[nxt].norm) in YEAR_NOUNS):
                years.append(t)
    return bool(years) and any(((n.value.get("value") or 0) >= 2 or n.value.get("vague"))
                               and not any(t.i <= n.i < t.j for t in sm.times) for n in sm.numbers)


def _struck_hideout(c: Candidate, cands: list[Candidate], sm: SentenceMentions) -> bool:
    """A bare hideout (function_words hideout_noun) that a strike or shelling of its clause named before it hit is
    the strike's target, no cache found ("غارات جوية ... على مخابئ لطالبان")."""
    return c.sub_event_type == "Disrupted weapons use" and all(
        t.j - t.i == 1 and alias_key(sm.toks[t.i].stems[-1]) in _HIDEOUTS for t in c.triggers) and any(
        o.event_type == "Explosions/Remote violence" and o.clause == c.clause and min(o.positions) < min(c.positions)
        for o in cands)


def _in_its_wake(c: Candidate, sm: SentenceMentions) -> bool:
    """The protest is named right after a word of "after" or "during" (function_words done_word, not "تم" nor
    "مع"): what the sentence tells happened after it or during it, so it took place ("إيقاف وزير الكهرباء عن العمل
    بعد احتجاجات شعبية"، "تم إيقافهم خلال الاحتجاجات"), the anchor a protest with no place, time or crowd has."""
    return any(t.i > 0 and sm.toks[t.i - 1].stems[-1] in WAKE_WORDS for t in c.triggers)


def _draft(c: Candidate, sm: SentenceMentions, ctx: DocContext, attribution: str | None,
           fallback_place: tuple | None, n_cands: int = 1, blocked: tuple = ()) -> Draft | None:
    date, tprec, historical = event_date(c, sm, ctx)
    if historical:
        return None
    # (a change of territory told with the clash that won it, "اشتباكات في قريتي ... أسفرت عن سيطرة
    # ... على القريتين", is placed where the clash was)
    taken = [p for p in c.places if c.sub_event_type in TERRITORY and _ground_taken(c, sm, p)
             and all(t.sub_event_type in TERRITORY for t in c.triggers)]
    if taken and len(taken) < len(c.places):
        # "وقال مجلس المقاومة في عدن إن المقاومة أحكمت سيطرتها على كامل محافظة لحج": the ground taken
        # is where the change of territory happened, not where its speaker is
        place, pitem = choose_place(dataclasses.replace(c, places=taken), ctx, sm.clause, sm.toks)
    else:
        place, pitem = choose_place(_outside_demand(c, sm), ctx, sm.clause, sm.toks)
    borrowed = False
    if place is None and len(sm.places) > len(c.places):
        # "تمكن الجيش من القضاء على إرهابيين بمدينة الأغواط وحجز أسلحة": a town or smaller place the
        # sentence gave another of its events is where this one happened too, before any earlier
        # sentence's place (a country or province named in it says no more than the article's)
        others = copy.copy(c)
        others.places = [p for p in sm.places if p not in c.places and not p.value.get("named_event")
                         and not p.value.get("unresolved")
                         and not any(x.get("kind") in ("country", "admin1", "admin2", "region")
                                     for x in p.value["candidates"])]
        if others.places:
            place, pitem = choose_place(others, ctx, sm.clause, sm.toks)
            borrowed = place is not None
    if place is not None and not place.get("unresolved") and place.get("kind") != "country":
        # "استهدف أكثر الهجمات منطقة بغداد الجديدة في شرقي العاصمة، حيث أدى تفجير ...": a place of
        # the sentence that lies inside the event's town or province (another of its words took it)
        # is where in that town the event happened
        inner = _inside(place, [p for p in sm.places if p not in c.places], ctx)
        if inner is not None:
            place, pitem = inner
    if fallback_place is not None and (place is None or (
            pitem is not None and pitem.i in between_ends(sm.toks, sorted(c.places, key=lambda q: q.i)))
            or pitem is not None and _statement_place(sm, pitem)
            or pitem is not None and pitem.value.get("native")):
        # (nor does the town where a minister spoke, "على هامش تصريحات في بنزرت", when the article gave one)
        # (nor where a victim is from, "عون للأمن الوطني أصيل سيدي علي بن عون" (facade: native), the sentence's only
        # place: it says less than the place the article gave; where snipers are posted is where they shot)
        # (a road's ends, "غلق الطريق الرابطة بين قفصة وصفاقس", do not place what happened on it:
        # the place the article last gave does)
        place, pitem = fallback_place
    elif fallback_place is not None and place is not None and place.get("kind") == "country" \
            and pitem is not None and not pitem.value.get("locative") and not pitem.value.get("capital") \
            and (fallback_place[0] or {}).get("kind") not in (None, "country"):
        # "مزورا لدولة ليبيا", "قصفت تركيا مواقع": a country the sentence names but not as where
        # (no "في", no "ب") says less than the place the article gave before
        place, pitem = fallback_place
    event_country = (place or {}).get("country") or ctx.country
    a1, a2 = assign_actors(c, sm, ctx, event_country, place)
    found = {a1[0], a2[0]} - {None}
    # actors the text names, other than speakers and than the trigger word itself ("الانتحاريين")
    # ("أعلن حزب الله استهداف موقع": a speaker right before the deed claims it: it acted)
    # (a time set off by commas between them not counted: "أعلنت القوات المسلحة اليمنية، اليوم الإثنين، استهداف سفينتين")
    timed = sm.time_positions()
    text_actors = [a for a in c.actors if (not a.value.get("speaker") or any(
        0 <= t.i - a.j and sum(1 for k in range(a.j, t.i) if k not in timed and sm.toks[k].norm not in _COMMAS) <= 2
        for t in c.triggers))
                   and not any(t.start <= a.start < t.end for t in c.triggers) and acts_in(a, c)
                   # (a word that only refers to a side the article names, "الفصائل"، "التنظيم", anchors
                   # nothing when the article names none)
                   and not (a.value.get("generic") in REFERRING_ROLES and resolve_actor(a, ctx, ctx.country)[0] is None)]
    # an event needs an anchor in its sentence: a place, a time, a casualty count or an actor
    # (for a protest, who protested: "المدرسين نفذوا وقفة احتجاجية", "عمدت مجموعة من الشبان إلى ...")
    if not (c.places or c.times or c.casualties or text_actors or sm.places or sm.times or sm.casualties or (
            c.event_type in ("Protests", "Riots") and not c.anaphoric and (
                people_nouns().find(sm.toks) or crowd_cues()["crowd"].find(sm.toks)
                or crowd_cues()["participants"].find(sm.toks)  # ("وحمل المشاركون لافتات")
                # (or whose nation they are, as a headline names them: "احتجاجات في مدن إيرانية"، "الروس يتظاهرون")
                or any(co.value.get("adjective") for co in sm.countries))
            # (or how many they were: "ووصل عدد المحتجين عدة مئات")
            or c.event_type in ("Protests", "Riots") and sm.numbers and crowd_cues()["crowd"].find(sm.toks))
            or c.event_type in ("Protests", "Riots") and _in_its_wake(c, sm)
            or c.acted):
        return None
    if c.generic_only and not c.launched and any(t.role == "event" and t.event_type != "Protests"
                                                 and t.blocked != "negation" for t in blocked):
        return None  # the toll belongs to the blocked event ("قتلوا في انفجار بمخزن للذخيرة"; not one negated after
        # it, "إطلاق نار كثيف من قبل مجموعة مسلحة ... ولم يتم القبض على عناصرها"; an attack
        # launched by a side the sentence names is its own: "رغم الإعلان عن السيطرة على لحج، شنت المقاومة هجوما")
    if c.places and all(p.value.get("named_event") for p in c.places) and not (
            c.times or c.casualties or text_actors) and not (
            c.event_type in CROWD and any(0 <= t.i - m.j <= 1 for t in c.triggers
                                          for m in crowd_cues()["ongoing"].find(sm.toks))):
        return None  # "تفجيرات بروكسل": the name of an attack told elsewhere (not protests told going
        # on: "استمرار احتجاجات الأردن")
    if c.generic_only and not (c.casualties or text_actors or c.modifiers or (
            c.times and any(p.value.get("locative") for p in c.places))):
        return None  # "هجوم" alone, with no victims, no actor and no "where and when", is talk of attacks
    if c.generic_only and max(t.priority for t in c.triggers) <= WEAK_GENERIC and not (
            c.casualties or c.modifiers or any(a.value.get("inter") in (2, 3, 4) for a in text_actors)
            or _force_on_civilians(c, sm, text_actors)):
        return None  # "بيانات استهدفت المعتمد": a weak attack verb needs a weapon, a toll or an armed actor
    if c.sub_event_type in TERRITORY and all(sm.toks[t.i].stems[-1].startswith(EXPEL_STEMS) for t in c.triggers) \
            and not any(a.value.get("inter") in (2, 3, 4) or a.value.get("generic") in ("armed_group", "militants")
                        for a in sm.actors):
        return None  # "طرد تونسي"، "طرد السفير"، "الطرد البريدي": expelling no armed group takes no ground
    if c.sub_event_type in ("Non-state actor overtakes territory", "Government regains territory",
                            "Non-violent transfer of territory") \
            and not any(sm.clause[p.i] in {c.clause, *(sm.clause[t.i] for t in c.triggers)}
                        or _ground_taken(c, sm, p) for p in c.places):
        return None  # taking "control of government" is not territory (a place of the clash that
        # won it, "اشتباكات في بلدة ... أسفرت عن سيطرة ...", is the ground's)
    tester = _weapon_tester(c, sm, ctx) if c.event_type == "Strategic developments" else None
    if c.event_type == "Strategic developments" and tester is None:
        if c.sub_event_type not in ("Arrests", "Disrupted weapons use") and not any(
                a.value.get("inter") in (1, 2, 3, 4, 8) for a in text_actors):
            return None  # a strategic development needs an organised actor (a bomb defused or
            # weapons seized are the security forces' even when the text says only "the experts")
        if c.sub_event_type == "Disrupted weapons use" and all(
                t.j - t.i == 1 and alias_key(sm.toks[t.i].stems[-1]) in _HIDEOUTS for t in c.triggers) and not (
                sm.find("conflict_context.tsv") or ctx.terror or any(a.value.get("inter") in (1, 2, 3, 4, 8) for a in sm.actors)):
            return None  # a bare hideout ("مخبأ") is a militants' cache where conflict is spoken of or a force finds it:
            # "عثر عاملون في المطار على جثة رجل في مخبأ العجلات" is a wheel well
        if (c.sub_event_type == "Arrests" or c.sub_event_type == "Disrupted weapons use" and all(
                t.priority == SEIZURE_PRIORITY and is_seizure(sm.toks[t.i]) for t in c.triggers)) and not (
                sm.find("conflict_context.tsv") or ctx.terror
                or any(a.value.get("inter") in (2, 3, 4) for a in sm.actors)
                or c.sub_event_type == "Arrests"
                and any(name != "Unidentified Armed Group" for _s, _i, name, *_rest in ctx.armed)):
            return None  # police catching thieves, or seizing a smuggler's guns, is not political violence (an
            # article that names a rebel group or a militia, "الجيش السوري الحر", speaks of political violence)
    if tester is not None and not (a1[0] and a1[1] in (1, 2, 3, 4, 8)):
        a1 = tester
    a1, a2, etype, sub = fill_defaults(c, sm, ctx, a1, a2, event_country, place)
    if etype == "Battles" and (any(a.value.get("generic") == "tribe" and sm.toks[a.j - 1].norm.endswith(("تي", "تين"))
                                   for a in sm.actors)
                               or any(st.startswith(_TRIBAL) for t in c.triggers for x in sm.toks[t.i:t.j] for st in x.stems)):
        # "اشتباكات بين عشيرتي الزريج والحسينات"، "نزاع عشائري مسلح": two clans, each the other's side
        if a1[0] in (None, "Unidentified Armed Group"):
            a1 = (_TRIBE, 4)
        if a1[0] == _TRIBE and a2[0] in (None, "Civilians", "Unidentified Armed Group"):
            a2 = a1
    a1, a2 = held_state(a1, a2, event_country or ctx.country, date or ctx.published)
    defaulted = {k for k, a in (("actor1", a1), ("actor2", a2)) if a[0] and a[0] not in found}
    fat, inj = casualty_counts(c, sm)
    if sub in NONVIOLENT_SUBTYPES:
        # "اعتقال متطرفين ... بعد مقتل طفل": an arrest kills no one; the deaths its sentence tells
        # are those of the event that led to it
        fat = 0
    ev = Event(event_type=etype, sub_event_type=sub, event_date=date, time_precision=tprec,
               actor1=a1[0], inter1=a1[1], actor2=a2[0], inter2=a2[1],
               fatalities=fat, injuries=inj, quantity=quantity(c, sm, alone=n_cands == 1),
               attribution=attribution or "the article",
               certainty="reported" if attribution else "asserted",
               persons=[p.value["name"] for p in c.persons],
               evidence=[[sm.span.start, sm.span.end]],
               triggers=[[t.start, t.end] for t in c.triggers])
    if place:
        ev.country = place.get("country") or ctx.country
        ev.admin1 = place.get("admin1") if place.get("kind") != "country" else None
        ev.admin2 = place.get("admin2")
        ev.location = place.get("name")
        ev.latitude = round(place["latitude"], 4) if place.get("latitude") is not None else None
        ev.longitude = round(place["longitude"], 4) if place.get("longitude") is not None else None
        ev.geo_precision = geo_precision(place, pitem)
        if pitem is not None:
            ev.location_text = place_text(sm.text, pitem)
    elif ctx.country:
        ev.country = ctx.country
        ev.geo_precision = 3
    # a borrowed place fills the record but does not keep it apart from the event it may retell
    return Draft(ev, c, sm, None if borrowed else place, explicit_time=bool(deed_times(c, sm)), defaulted=defaulted, place_item=pitem)


WEAPON_TEST = frozenset(function_keys("weapon_test"))


def _weapon_tester(c: Candidate, sm: SentenceMentions, ctx: DocContext) -> tuple[str, int] | None:
    """"أجرت إيران تجربة صاروخية"، "حاولت كوريا الشمالية تجريب صاروخ": a weapon test (function_words.tsv
    class weapon_test) is its state's military's: the country the sentence names before the test word,
    else the article's (ACLED: Strategic developments / Other, "Military Forces of Iran")."""
    if c.sub_event_type != "Other" or not any(
            sm.toks[t.i].stems[-1] in WEAPON_TEST or sm.toks[t.i].norm in WEAPON_TEST for t in c.triggers):
        return None
    first = min(t.i for t in c.triggers)
    named = [x.get("country") for p in sm.places if p.i < first
             for x in p.value.get("candidates", [])[:1] if x.get("kind") == "country"]
    country = named[-1] if named else ctx.country
    if not country:
        return None
    try:
        return knowledge().actors.state_force("military", country)
    except (KeyError, ValueError):
        return None


INTERROGATIVES = frozenset(function_keys("interrogative"))


def _question(sm: SentenceMentions) -> bool:
    """A sentence that opens with a question word (function_words.tsv class interrogative, "و" peeled)
    and ends with a question mark."""
    if not sm.toks or not sm.text[sm.span.start:sm.span.end].rstrip().endswith(("؟", "?")):
        return False
    first = sm.toks[0]
    return first.norm in INTERROGATIVES or first.stems[-1] in INTERROGATIVES


def _tested(d: Draft) -> bool:
    return d.event.event_type == "Strategic developments" and d.event.sub_event_type == "Other" and any(
        d.sm.toks[t.i].stems[-1] in WEAPON_TEST for t in d.cand.triggers)


def _strike_movements(drafts: list[Draft], sents: list[SentenceMentions], title: str | None) -> list[Draft]:
    """"قررت النقابة ... تنفيذ إضراب عام اليوم" then "وقال كاتب عام النقابة إن التحرك الاحتجاجي يأتي على خلفية ...":
    a protest told only by a noun of movement (function_words movement_word: التحرك الاحتجاجي، هذه التحركات) after the
    title or an earlier sentence named a work stoppage, and no protest of another form before it, is that strike
    told again, and a strike is no protest (the sentence rule, candidates.py, sees the strike in its own sentence only)."""
    movement = [d for d in drafts if d.event.event_type == "Protests" and d.cand.triggers and all(
        alias_key(d.sm.toks[t.i].stems[-1]).startswith(MOVEMENT_WORDS) for t in d.cand.triggers)]
    if not movement:
        return drafts
    struck = bool(title) and strikes(tokenize(title))
    first_strike = -1 if struck else next((sm.index for sm in sents if strikes(sm.toks)), None)
    if first_strike is None:
        return drafts
    drop = {id(d) for d in movement if first_strike < d.sm.index and not any(
        o.event.event_type == "Protests" and o.sm.index <= d.sm.index and o not in movement for o in drafts)}
    return [d for d in drafts if id(d) not in drop]


def _launches_tested(drafts: list[Draft]) -> list[Draft]:
    """"أخفقت كوريا الشمالية في إطلاق صاروخ على سواحلها" ... "حاولت تجريب صاروخ": in an article that tells a
    weapon test, a missile launched or blowing up with no one hurt is that test told again (its evidence),
    not an attack."""
    test = next((d for d in drafts if _tested(d)), None)
    if test is None:
        return drafts
    out = []
    for d in drafts:
        e = d.event
        if e.event_type == "Explosions/Remote violence" and not e.fatalities and not e.injuries \
                and not d.cand.casualties and d.sm.find("missile_nouns.tsv"):
            for span in e.evidence:
                if span not in test.event.evidence:
                    test.event.evidence.append(span)
            test.event.evidence.sort()
            continue
        out.append(d)
    return out


def _outside_demand(c: Candidate, sm: SentenceMentions) -> Candidate:
    """"احتج مئات الطلاب على الحرب في غزة أمام مبنى البرلمان في عمّان": a place inside a crowd's demand is
    what it stands with or against; where the sentence names another place, that is where it gathered
    (with none, events/protest.py drops the demand's place from the record)."""
    if c.event_type not in CROWD or not c.places:
        return c
    span = demand_span(sm)
    if span is None:
        return c
    inside = [p for p in c.places if span[0] <= p.start < span[1]]
    if not inside:
        return c
    outside = [p for p in c.places if p not in inside] or [
        p for p in sm.places if not span[0] <= p.start < span[1] and not p.value.get("unresolved")]
    return dataclasses.replace(c, places=outside) if outside else c


def _ground_taken(c: Candidate, sm: SentenceMentions, p: Item) -> bool:
    """"سيطر جيش الفتح في المنطقة الجنوبية، الجمعة، على سد كوكب في ريف درعا": a place after the word of
    control and the "على" that names what was taken, in the clause of that "على", is the ground taken,
    though commas split it from the word of control."""
    k = min(t.i for t in c.triggers)
    return p.i > k and any(sm.toks[x].norm in ("علي", "على") and sm.clause[x] == sm.clause[p.i]
                           for x in range(k + 1, p.i))


def _inside(place: dict, items: list[Item], ctx: DocContext) -> tuple | None:
    """The first of ``items`` that resolves to a place inside ``place`` (its admin1 or admin2 is
    ``place``'s name, same country) and more specific than it, with its item, or that names a
    province's countryside or outskirts (the province with a cue of precision 2: "ريف حلب"); else None."""
    ranks = kind_rank()
    own = ranks.get(place.get("kind") or "town", (5, 1))[0]
    for p in sorted(items, key=lambda p: p.i):
        v = p.value
        if v.get("named_event") or v.get("origin") or v.get("unresolved"):
            continue
        pl = knowledge().resolve_place(v["candidates"], ctx.countries, ctx.admin1s, ctx.near)
        if pl and pl.get("name") == place.get("name") and place.get("kind") in ("admin1", "admin2") \
                and v.get("cue_precision") == 2:
            return place, p  # "في محافظة حلب ... في ريف حلب الشمالي": the province's countryside
        if pl and contains(place, pl) and ranks.get(pl.get("kind") or "town", (5, 1))[0] > own:
            return pl, p
    return None


def _fought(c: Candidate, sm: SentenceMentions) -> bool:
    """A battle the sentence tells with its dead counted and an armed group acting beside a state
    force ("قامت قوات الجيش بتنفيذ هجمات على أوكار داعش فقتلت 16 مسلحا") stands whatever the
    model's gate reads: the rules saw every part of a clash (a generic attack word between the
    two is typed a clash from its actors)."""
    if not (c.event_type == "Battles" or c.generic_only) or c.background or c.anaphoric:
        return False
    if not any(cs.value.get("kind") == "killed" and cs.value.get("count") for cs in c.casualties):
        return False
    # (the state force that reports the militants it killed is the one that fought, when the
    # event is typed from its actors: "أوضحت قيادة العمليات أن 12 عنصرا من داعش قتلوا")
    groups = {a.value.get("inter") for a in c.actors if not a.value.get("speaker")}
    forces = {a.value.get("inter") for a in c.actors if not a.value.get("speaker") or c.from_toll}
    if c.generic_only or c.from_toll:
        forces |= {a.value.get("inter") for a in sm.actors if a.value.get("speaker")}
    return bool(groups & {2, 3, 4}) and bool(forces & {1, 8})


def _toll_clash(sm: SentenceMentions) -> list[Candidate]:
    """"لقي 22 مسلحا من داعش مصرعهم في عملية نفذتها قوات عراقية", "مقتل 17 داعشيا": fighters of a
    named or unnamed armed group killed with a state force acting in the same sentence, and no
    event word: a clash, anchored at the toll (an explosion of that weapon when the sentence names
    one: a mine, a roadside bomb)."""
    kills = [cs for cs in sm.casualties if cs.value.get("kind") == "killed" and cs.value.get("count")]
    if not kills:
        return []
    groups = [a for a in sm.actors if a.value.get("inter") in (2, 3, 4) and not a.value.get("speaker")]
    forces = [a for a in sm.actors if a.value.get("inter") in (1, 8)]
    if not groups or not forces:
        return []
    cs = kills[0]
    t = sm.toks[cs.i]
    etype, sub = "Battles", "Armed clash"
    # "قتل جنديان عندما فجّر مسلحون لغمًا": a weapon word of the sentence says how they were killed
    weapons = [w for w in find_triggers(sm.toks) if w.role == "modifier" and w.event_type == "Explosions/Remote violence"]
    if weapons:
        etype, sub = "Explosions/Remote violence", max(weapons, key=lambda w: w.priority).sub_event_type
    trig = Trigger(cs.i, cs.i + 1, t.start, t.end, etype, sub, "event", 40, False)
    apply_blockers(sm.toks, [trig], sm.clause)
    if trig.blocked:
        return []  # "فتح تحقيق في ملابسات مقتل الراعي": a death investigated, denied or planned tells no clash
    c = Candidate(sm.index, sm.clause[cs.i], etype, sub, 40, [trig], from_toll=True)
    c.actors = [a for a in sm.actors if not a.value.get("speaker") or a in forces]
    c.places, c.times, c.casualties = list(sm.places), list(sm.times), list(sm.casualties)
    c.persons, c.countries = list(sm.persons), list(sm.countries)
    return [c]


def _proposals(sm: SentenceMentions, scores: dict[str, float], cands: list[Candidate], model,
               blocked: list[Trigger]) -> list[Candidate]:
    """Events the model reads in a sentence where the rules made none of that type, anchored at
    the word that weighs most for the type, with every mention of the sentence. A sentence
    whose trigger a blocker governs (denied, planned, threatened ...) or that claims an attack
    gets none."""
    out = []
    if blocked or any(c.claimed for c in cands) or any(
            m.payloads[0][0] in TOPIC_BLOCKERS for m in blocker_lexicon().find(sm.toks)):
        return out  # (nor one that warns of dangers or justifies violence: "تجنبا لتعرض المواطنين إلى رمايات")
    have = {c.event_type for c in cands}
    # (a word of a type the rules gave to another event, arms seized in a clash, adds none of its type)
    have |= {t.event_type for c in cands for t in c.triggers if t.role == "event"}
    if have & {"Protests", "Riots"}:
        have |= {"Protests", "Riots"}  # one crowd: the rules' protest or riot stands
    if any(c.sub_event_type == "Disrupted weapons use" for c in cands):
        have.add("Explosions/Remote violence")  # the missile shot down is not also a strike
    feats = None
    for etype in TYPES:
        add = model.gate("add", ADD)
        if etype in have or scores.get(etype, 0.0) < add or scores.get("event", 0.0) < add:
            continue
        if etype == "Strategic developments" and "Battles" in have and sm.find("seizure_words.tsv"):
            continue  # (arms recovered in the sentence of a clash were taken in it: "قضت مفرزة ... على إرهابيين اثنين
            # واسترجعت مسدسين رشاشين")
        if etype == "Protests" and strikes(sm.toks):
            continue  # (a work stoppage the rules saw is no protest: "دخل عشرات العمال في إضراب احتجاجا على طردهم")
        subs = [(p, lab.split("|", 1)[1]) for lab, p in scores.items() if lab.startswith(etype + "|")]
        sub = max(subs)[1] if subs else DEFAULT_SUB[etype]
        # a weapon word of the sentence names the sub-type ("فجّر مقاتلون لغمًا": a mine)
        mods = [t for t in find_triggers(sm.toks) if t.role == "modifier" and t.event_type == etype]
        if mods:
            sub = max(mods, key=lambda t: t.priority).sub_event_type
        feats = feats or sentence_features(sm)
        word = model.strongest(feats, etype)
        k = next((k for k, t in enumerate(sm.toks) if t.stems[-1] == word), None)
        if k is None:
            continue
        t = sm.toks[k]
        trig = Trigger(k, k + 1, t.start, t.end, etype, sub, "event", 50, False)
        c = Candidate(sm.index, sm.clause[k], etype, sub, 50, [trig], proposed=True)
        c.actors = [a for a in sm.actors if not a.value.get("speaker")]
        c.places, c.times, c.casualties = list(sm.places), list(sm.times), list(sm.casualties)
        c.persons, c.countries = list(sm.persons), list(sm.countries)
        out.append(c)
    return out


_PLACE_JOINERS = ("و", "،", ",", "، و", "،و")
_COMMAS = frozenset({"،", ","})
_NOUN_JOINER = re.compile(r"^(?:[،,]\s*)?و?\s*(?:ال)?(\S+)$")


@lru_cache(maxsize=1)
def _place_noun_keys() -> frozenset[str]:
    """``place_nouns.tsv``: the nouns of a place's kind, folded (مدينة، بلدة، منطقة)."""
    return frozenset(fold(r["word"]) for r in load_table("place_nouns.tsv") if r.get("word"))


def _joins_places(gap: str) -> bool:
    """What stands between two places of one list: "و" or a comma, perhaps with the next place's noun
    ("في مدينتي إدلب ومعرة النعمان وبلدة سراقب"، "على حي الثورة ومنطقة الكدرو")."""
    if gap in _PLACE_JOINERS:
        return True
    m = _NOUN_JOINER.match(gap)
    return bool(m) and gap != m.group(1) and fold(m.group(1)) in _place_noun_keys()


def _other_places(d: Draft, c: Candidate, sm: SentenceMentions, ctx: DocContext) -> list[Draft]:
    """One action that hits several named places is one record per place ("غارات على صعدة
    وحجة"): places joined to the event's place by "و" or a comma get a copy of the record each;
    a toll the text does not split between them is unknown (null) on each."""
    if d.place_item is None or d.place is None or d.place.get("kind") == "country":
        return []
    items = sorted(c.places, key=lambda p: p.i)
    if d.place_item not in items:
        return []
    k = items.index(d.place_item)
    chain = [d.place_item]
    for p in items[k + 1:]:
        gap = sm.text[chain[-1].end:p.start].strip()
        if not _joins_places(gap) or p.value.get("named_event") or p.value.get("origin"):
            break
        chain.append(p)
    # the event's place may close the list ("بإقليمي فان وأغري"): the places joined before it count too
    # (not the towns people came from, "أطباء قادمون من سوسة والمنستير وصفاقس": origins, facade._came_from)
    for p in reversed(items[:k]):
        gap = sm.text[p.end:chain[0].start].strip()
        if not _joins_places(gap) or p.value.get("named_event") or p.value.get("origin"):
            break
        chain.insert(0, p)
    first = chain[0]
    # (also past a dual noun: "بين البوابتين تبسة وحيدرة")
    if any(sm.toks[k].stems[-1] in ("بين", "مابين") for k in range(max(0, first.i - 2), first.i)) or (
            {p.i for p in chain} & between_ends(sm.toks, items)):
        return []  # "الطريق الرابطة بين قفصة وتوزر"، "بين مدينتي قابس ومدنين": one road between two towns
    out = []
    seen = {d.place.get("name")}
    for p in chain:
        if p is d.place_item:
            continue
        cands = p.value["candidates"]
        if len(cands) == 1 and cands[0].get("unresolved") and cands[0].get("written"):
            # "قريتي السريحة وأزرق": a place of the list the gazetteer lacks is placed as the event's place (its
            # host), its name as written
            if cands[0]["written"] in seen:
                continue
            seen.add(cands[0]["written"])
            ev = copy.deepcopy(d.event)
            ev.location_text = place_text(sm.text, p)
            ev.geo_precision = 1 if kind_rank().get(cands[0].get("kind") or "town", (5, 1))[1] == 1 else 2
            # (its own name as written: two villages the gazetteer lacks, hosted alike, stay two places)
            out.append(Draft(ev, c, sm, dict(d.place, written=cands[0]["written"]), explicit_time=d.explicit_time,
                             defaulted=set(d.defaulted), place_item=p, listed=True))
            continue
        pl = knowledge().resolve_place(cands, ctx.countries, ctx.admin1s, ctx.near)
        if pl and pl.get("written") and not pl.get("unresolved") and pl["written"] not in seen \
                and pl.get("written") != (d.place or {}).get("written"):
            # "قريتي القطابا والمغرسة في مديرية التحيتا": a village coded at the unit that contains it, its
            # name as written, is a place of its own
            seen.add(pl["written"])
            ev = copy.deepcopy(d.event)
            ev.location_text = place_text(sm.text, p)
            ev.geo_precision = geo_precision(pl, p)
            out.append(Draft(ev, c, sm, pl, explicit_time=d.explicit_time, defaulted=set(d.defaulted),
                             place_item=p, listed=True))
            continue
        if not pl or pl.get("kind") == "country" or pl.get("unresolved") or pl.get("name") in seen:
            continue
        if pl.get("country") != d.place.get("country"):
            continue  # "برفح، وميدان المالح": a common word read as a village abroad, not a second target
        seen.add(pl.get("name"))
        ev = copy.deepcopy(d.event)
        ev.country, ev.admin1, ev.admin2, ev.location = pl.get("country"), pl.get("admin1"), pl.get("admin2"), pl.get("name")
        ev.latitude = round(pl["latitude"], 4) if pl.get("latitude") is not None else None
        ev.longitude = round(pl["longitude"], 4) if pl.get("longitude") is not None else None
        ev.geo_precision = geo_precision(pl, p)
        ev.location_text = place_text(sm.text, p)
        out.append(Draft(ev, c, sm, pl, explicit_time=d.explicit_time, defaulted=set(d.defaulted), place_item=p))
    if out:
        for x in [d] + out:
            if x.event.fatalities:
                x.event.fatalities = None
            if x.event.injuries:
                x.event.injuries = None
    return out


_COUNTRYSIDE_SIDE = re.compile(r"\s+(?:ال)?(?:شمالي|جنوبي|شرقي|غربي|شمالية|جنوبية|شرقية|غربية)(?=\W|$)")


def place_text(s: str, it: Item) -> str:
    """The place as written; with its camp/desert/field/countryside word ("مخيم الباغوز", "بادية
    الباغوز", "ريف حلب الشمالي": the countryside with its side)."""
    if it.value.get("refers_to") is not None:
        return place_text(s, it.value["refers_to"])  # "القريتين": the first of the two, as written
    cue = (it.value.get("cue") or "").split(" ")[0]
    a = it.value.get("cue_start") if it.value.get("cue_precision") == 2 and \
        cue in ("مخيم", "باديه", "حقل", "صحراء", "ريف") else None
    end = it.end
    if a is not None and cue == "ريف":
        m = _COUNTRYSIDE_SIDE.match(s, end)
        if m:
            end = m.end()
    elif a is None and not it.value.get("unresolved"):
        end = _name_adjective_end(s, it, end)
    elif a is None and "text_start" in it.value:
        # "محطة زيزون الحرارية": a site the gazetteer lacks, written with its noun, takes its adjective
        m = _NEXT_WORD.match(s, end)
        if m and fold(m.group(1)) in _site_adjectives():
            end = m.end()
    start = a if a is not None else it.value.get("text_start", it.start)
    if a is None and it.j - it.i > 1 and "text_start" not in it.value:
        # "محافظة الضالع", "ولاية القصرين" matched as one name: the place is written "الضالع"
        # (a camp or a quarter keeps its noun: "مخيم اليرموك", "حي الوعر")
        toks = tokenize(s, it.start, it.end)
        m = next(iter(lexicon("place_nouns.tsv").find(toks, 0, 1)), None)
        rest = toks[1:]
        # ... when the gazetteer knows the name without it ("مدينة الصدر" is a name of its own)
        # (a province's or a district's noun never: "محافظة صعده" is written "صعده", however spelt)
        if m is not None and m.payloads[0].get("kind") not in _KEEP_NOUN and rest and (
                (m.payloads[0].get("kind") or "-") in _UNIT_NOUN_KINDS
                or any(n.i == 0 and n.j == len(rest) for n in knowledge().gazetteer.lexicon.find(rest))):
            start = rest[0].start
    return s[start:end]


_KEEP_NOUN = frozenset({"camp", "neighbourhood"})
_UNIT_NOUN_KINDS = frozenset({"-", "district"})
_NEXT_WORD = re.compile(r"[ \t]+([^\s\d\W]+)")
_WHOLE_UNITS = frozenset({"country", "admin1", "region"})


@lru_cache(maxsize=1)
def _name_adjectives() -> frozenset[str]:
    """``name_adjectives.tsv``: adjectives written as part of the place they follow, folded."""
    return frozenset(fold(r["word"]) for r in load_table("name_adjectives.tsv") if r.get("word") and not r.get("of"))


@lru_cache(maxsize=1)
def _site_adjectives() -> frozenset[str]:
    """``name_adjectives.tsv``: every adjective, those of sites too ("الحرارية"), folded."""
    return frozenset(fold(r["word"]) for r in load_table("name_adjectives.tsv") if r.get("word"))


def _name_adjective_end(s: str, it: Item, end: int) -> int:
    """"في مناطق حصيبة الشرقية": a town or village the gazetteer found, followed by an adjective
    of its side or age (``name_adjectives.tsv``), is written with it (the end of the adjective);
    a country or a province is not ("سوريا الشمالية" is no name)."""
    cands = it.value.get("candidates") or []
    if not cands or any(c.get("kind") in _WHOLE_UNITS for c in cands):
        return end
    m = _NEXT_WORD.match(s, end)
    if m and fold(m.group(1)) in _name_adjectives():
        return m.end()
    return end


def run(doc: Document) -> None:
    text = doc.text
    sents: list[SentenceMentions] = []
    for si, span in enumerate(doc.sentences):
        toks = tokenize(text, span.start, span.end)
        sents.append(find_sentence_mentions(text, si, span, toks, doc.published))
    fl = pair_share([sm.toks for sm in sents])
    if fl is not None and fl < MIN_FLUENCY:
        doc.warnings.append(f"the text does not read as language ({fl:.2f} of its word pairs are usual "
                            f"Arabic, real news has 0.2 or more): nothing coded")
        return
    _drop_unsupported_villages(doc, sents)
    _other_occupier(sents)
    _dual_anaphora(sents)
    _names_again(sents)
    _base_not_qaeda(sents)
    _towns_named_as_countries(sents)
    ctx = _context(doc, sents)
    drafts: list[Draft] = []
    claimed: set[int] = set()  # sentences whose claim of responsibility names its attack by its kind
    mishaps: set[str] = set()  # event types of words an accident or industrial cue stopped so far
    mishap_words: set[str] = set()  # ... and those words
    last_source: str | None = None
    last_place: tuple | None = None
    event_place: tuple | None = None
    last_date: tuple[str, int] | None = None  # the date the article last gave an event in words
    # the events of the article's opening sentences told before any time word, waiting for the day
    # the next sentence gives them
    lead: list[Draft] = []
    timed = False  # a sentence so far had a time word
    model = learned.load()
    mode = learned.mode() if model is not None else "rules"
    keep = model.gate("keep", KEEP) if model is not None else KEEP
    for sm in sents:
        source = _attribution(sm, last_source)
        switch = _topic_switch(sm)
        if switch:
            last_date = None  # another story: its undated sentences take the publication date
        cands, blocked = sentence_candidates(sm)
        if _question(sm):
            cands = []  # "كيف اندلعت موجة الاحتجاجات في الأردن؟": a question tells nothing
        if not cands and not blocked:
            cands = _toll_clash(sm)
        background = background_opening(sm)
        if mode == "model":
            # the model alone (for the ablation): its own events, none of the rules'
            cands = _proposals(sm, model.scores(sentence_features(sm)), [], model, blocked)
        elif mode == "both" and (cands or sm.casualties or sm.actors):
            # the model's reading of the sentence gates the rules' events and adds the ones they miss
            feats = sentence_features(sm)
            scores = model.scores(feats)
            # (a candidate the gate doubts stands when the model reads an event in the sentence as
            # surely as it must to add one of its own, and the rules' is the sentence's only one)
            sure = scores.get("event", 0.0) >= model.gate("add", ADD) and len(cands) == 1
            read = cands
            cands = [c for c in cands
                     if model.scores(candidate_features(sm, c, feats, background))["keep"]
                     >= (max(KEEP_GENERIC, keep) if c.generic_only and not c.casualties else keep)
                     or sure and not background or _fought(c, sm) or _fired_on(c, sm) or _launched(c)
                     or _struck_post(c, sm) or _numbered_with_toll(c, sm) or _repelled(c, sm)]
            added = _proposals(sm, scores, cands, model, blocked)
            for a in added:
                # "وتم أيضا إيقاف عنصر إسناد ... وحجز رمانة يدوية": an event the model adds where the gate
                # dropped the rules' event of its type is of the sub-type the rules read from its word
                r = next((c for c in read if c.event_type == a.event_type and not c.anaphoric), None)
                if r is not None:
                    a.sub_event_type = r.sub_event_type
            if any(c.event_type in ("Explosions/Remote violence", "Violence against civilians") for c in added):
                # the toll belongs to the blast or attack the model reads, not to a clash
                cands = [c for c in cands if not c.from_toll]
            cands += added
        if sm.toks and sm.toks[0].norm in PLUPERFECT:
            # "وكان الهجوم أسفر عن مقتل ...": an attack the article names with the article, retold in
            # the pluperfect, is one told before (or background): it adds to it, never stands alone
            for c in cands:
                if c.anaphoric:
                    c.background = True
        for c in cands:
            # "وفي الواقع كان قد قتل وليام شوماخر": a deed the pluperfect ("كان قد" right before its word) tells
            # mid-sentence happened before: background, unless a time word of its own names the report's day
            if any(t.i >= 2 and sm.toks[t.i - 1].norm == "قد" and sm.toks[t.i - 2].norm in PAST_BE for t in c.triggers) \
                    and not _told_today(c):
                c.anaphoric = c.background = True
        if background:
            # "يذكر أن ...", "وكان ... قد ...": background may only add to an event already told; a
            # protest it dates on a day or a week of its own ("يذكر أن عددا من ... قاموا الإثنين بوقفة
            # احتجاجية"، "شهدت الأسبوع الفارط احتجاجات مماثلة") is one the article adds
            # (so is a protest it tells as going on: "يذكر أن عددا من الشبان يعتصمون منذ ..."، "حيث ينفذ الإطار
            # الطبي حاليا وقفة احتجاجية"، "دخلوا منذ أسبوع في اعتصام مفتوح")
            ongoing = bool(crowd_cues()["ongoing"].find(sm.toks))
            # (so is a riot it dates: "يذكر أن نفس الوحدة السجنية قد شهدت يوم الاثنين الماضي أعمال شغب مماثلة")
            for c in cands:
                dated = any(t.value.get("kind") in (*DAY_KINDS, "period")
                            and (t.value.get("days_before") or 0) <= HISTORY_DAYS for t in c.times)
                if not (c.event_type == "Protests" and (ongoing and not c.background or dated)
                        or c.event_type == "Riots" and dated and not c.background) \
                        and not _told_today(c):
                    c.anaphoric = c.background = True
        # "انفجر خط غاز ..." then "وأدى الانفجار إلى توقف حركة السيارات": the blast an accident cue stopped,
        # told again with the article, is still the accident
        here = [t for t in blocked if t.blocked in MISHAP_KINDS]
        for c in cands:
            if _mishap_retold(c, mishaps | {t.event_type for t in here if t.i < min(c.positions)}, drafts,
                              mishap_words, sm):
                c.anaphoric = c.background = True
        mishaps.update(t.event_type for t in here)
        mishap_words.update(sm.toks[t.i].stems[-1] for t in here)
        if not cands and not switch:
            _toll_of_told(drafts, sm)
        if not switch and all(c.anaphoric for c in cands):
            # (a sentence whose only events retell one told before places it as one with none would)
            _place_of_told(drafts, sm, ctx)
        claimed.update(c.si for c in cands if c.claimed)
        dated = False  # an event of this sentence took its day from the sentence's time words
        dated_types: set[str] = set()  # the types of the events that took it
        first = len(drafts)
        said_now = reported_times(sm)
        cands = [c for c in cands if not _struck_hideout(c, cands, sm) and not _tally_since(c, sm)
                 and not _tally_over_year(c, sm)]
        for c in cands:
            d = _draft(c, sm, ctx, source, last_place, len(cands), tuple(blocked))
            if d is not None:
                if d.explicit_time and d.event.event_date and (d.event.time_precision or 1) == 1:
                    # (a week or a month, "منذ الأسبوع الماضي", dates its own event only: the next
                    # sentences do not go on telling that period)
                    last_date = (d.event.event_date, 1)
                    dated = True
                    dated_types.add(d.event.event_type)
                elif last_date is not None and not switch and (not sm.times or not d.explicit_time and all(
                        t in said_now and t.value.get("days_before") == 0 for t in sm.times)):
                    # (nor one whose time words date only a statement made today: "وأكد الوزير على هامش تصريحات
                    # صباح اليوم نجاح الجيش في التصدي للهجوم")
                    # a sentence with no time words of its own goes on telling the day the article
                    # gave before ("قتل ... أمس الأحد" ... "وأصيب في الهجوم أربعة"), not the
                    # publication date
                    d.event.event_date, d.event.time_precision = last_date
                    d.carried = True
                drafts.append(d)
                drafts.extend(_other_places(d, c, sm, ctx))
                if d.place is not None and d.place.get("kind") != "country":
                    event_place = (d.place, d.place_item)
        _shared_toll(drafts[first:], sm)
        if not switch and not background and not dated:
            # "قالت أمس الأربعاء وزارة الداخلية إن ...": a sentence that gives one day and codes no
            # event with it gives the day of the story the next sentences tell
            day = _one_day(sm) or _referred_day(sm, blocked)
            if day is not None:
                last_date = day
        if lead and last_date is not None and (dated or sm.times) and not switch and not background:
            # "اندلعت اشتباكات ... في قريتي تل أعور والفريكة." then "وقال ...: إن الثوار انسحبوا، الأحد،
            # من تل أعور": the lead that names no day is told on the day the next sentence gives
            for d in lead:
                # (an arrest the lead tells, "اعتقلت السلطات عددا من الأشخاص على خلفية الهجمات", came
                # after the attack whose day the next sentence gives: it keeps its own)
                if sm.index - d.sm.index <= LEAD_REACH and not (
                        d.event.sub_event_type == "Arrests" and dated_types and d.event.event_type not in dated_types):
                    d.event.event_date, d.event.time_precision = last_date
        if sm.times or switch:
            lead, timed = [], True
        elif not timed:
            lead.extend(drafts[first:])
        for t in blocked:
            doc.mentions.append(Mention("trigger", t.start, t.end, text[t.start:t.end],
                                        {"event_type": t.event_type, "blocked": t.blocked}, sm.index))
        if sm.attributions and sm.attributions[0].value["source"]:
            last_source = sm.attributions[0].value["source"]
        # what a later sentence without a place of its own ("في البلدة") refers to: the place of
        # the last event, else the most specific place of the last sentence that named one
        # (a name the gazetteer lacks, "إلى دوار الفرايجية", counts too: as written, with the coordinates
        # of the known place the sentence names with it)
        best = None
        options = []
        for p in sm.places:
            pl = knowledge().resolve_place(p.value["candidates"], ctx.countries, ctx.admin1s, ctx.near)
            if pl:
                options.append(((2 if p.value.get("named_event") else 0, 0, p.value.get("origin"), 0), pl, p))
            if pl and pl.get("kind") != "country" and not p.value.get("came_from"):
                # (not where people came from: "أطباء قادمون من سوسة والمنستير")
                rank = kind_rank().get(pl.get("kind") or "town", (5, 1))[0]
                if best is None or rank > best[0]:
                    best = (rank, pl, p)
        if event_place is not None:
            last_place = event_place
        elif best is not None:
            last_place = host_place((None, best[1], best[2]), options) if best[1].get("unresolved") \
                else (best[1], best[2])
        _record_mentions(doc, sm, text)
    drafts = _launches_tested(drafts)
    drafts = _strike_movements(drafts, sents, doc.title)
    apart = {id(d.event) for d in drafts if another_occurrence(d) or d.listed}
    doc.events = _one_record_per_occurrence(merge_drafts(drafts, text), apart)
    _claims(doc, sents, ctx, claimed)
    _denied_accounts(doc, sents)
    doc.country = ctx.country
    enrich_records(doc, sents)
    _title_kind(doc)
    title_place = _title_place(doc, ctx)
    for ev in doc.events:
        if not ev.location and not ev.location_text and title_place is not None \
                and title_place[0].get("country") in (ev.country, None if ev.country else ctx.country) \
                and (not title_place[2] or ev.event_type in VIOLENT_TYPES):
            # no place in the text for the event: the town or smaller place the title names in its
            # country ("جندوبة : وقفة احتجاجية ...", "المجلس العسكري بصبراتة يهاجم مقرات لداعش")
            # (a place naming an attack, "هجوم مانشستر", is where the attack was, not an arrest after it)
            pl, text_ar, _named = title_place
            ev.country, ev.admin1, ev.admin2, ev.location = pl.get("country"), pl.get("admin1"), pl.get("admin2"), pl.get("name")
            ev.latitude = round(pl["latitude"], 4) if pl.get("latitude") is not None else None
            ev.longitude = round(pl["longitude"], 4) if pl.get("longitude") is not None else None
            ev.geo_precision, ev.location_text = geo_precision(pl, None), text_ar
        if not ev.location and not ev.location_text and ev.country:
            # no place named for the event but its country: the country is its location, as
            # ACLED writes it ("ألقت الشرطة البلجيكية القبض على ستة أشخاص": Belgium), precision 3
            # (set after the merges: records without a place are not one occurrence by place)
            ev.location, ev.geo_precision = ev.country, 3
        ev.doc_id = doc.id
        ev.assign_id()


def _denied_accounts(doc: Document, sents: list[SentenceMentions]) -> None:
    """An event one of whose sentences denies part of the account ("وأفادت مصادر كردية أن عشرة
    مدنيين قتلوا ... لكن الجيش نفى أن يكون استهدف منطقة مأهولة") is disputed: the text reports a
    conflicting account (``report_cues.tsv``, kind denial)."""
    cues = lexicon("report_cues.tsv")
    denying = [sm.span for sm in sents if any(m.payloads[0]["kind"] == "denial" for m in cues.find(sm.toks))]
    if not denying:
        return
    for ev in doc.events:
        if any(sp.start < b and a < sp.end for a, b in ev.evidence for sp in denying):
            ev.certainty = "disputed"


def _title_kind(doc: Document) -> None:
    """"هجوم انتحاري يستهدف قاعدة عسكرية" over "قتل العشرات في هجوم بسيارة مفخخة استهدفت قاعدة ...": the
    title names the lead story's explosion by its kind; the article's first event, a blast the text
    tells only as a bomb, is that suicide bombing (when no record of the article is one already)."""
    if not doc.title or not doc.events:
        return
    if any(e.sub_event_type == SUICIDE for e in doc.events):
        return
    first = min(doc.events, key=lambda e: min((s for s, _ in e.evidence), default=len(doc.text)))
    if first.event_type != "Explosions/Remote violence" or first.sub_event_type != "Remote explosive/landmine/IED":
        return
    toks = tokenize(doc.title)
    trig = find_triggers(toks)
    apply_blockers(toks, trig)  # ("خلية كانت تخطط لهجوم انتحاري": a suicide attack planned is not the blast told)
    if any(t.sub_event_type == SUICIDE and not t.blocked for t in trig):
        first.sub_event_type = SUICIDE


SUICIDE = "Suicide bomb"


def _toll_of_told(drafts: list[Draft], sm: SentenceMentions) -> None:
    """"دهست شاحنة مجموعة من المارة ..." then "وأوردت وسائل إعلام أن الحادث ... أسفر عن وقوع 3 قتلى": a
    sentence that codes no event, names an occurrence told before (data/incident_nouns.tsv) and counts
    its dead, with no day of its own, gives that toll to the last violent event the article told, when
    that event had no count (0, or dead without a number)."""
    tolls = [cs for cs in sm.casualties if cs.value.get("kind") == "killed"]
    if len(tolls) != 1 or not tolls[0].value.get("count") or tolls[0].value.get("vague") or sm.times \
            or not sm.find("incident_nouns.tsv"):
        return
    if not any(tolls[0].start <= n.start < tolls[0].end for n in sm.numbers):
        return  # a number counts them: "القتيل الذي نفذ الهجوم" is the attacker named again, not a toll
    d = next((d for d in reversed(drafts) if d.event.event_type in VIOLENT_TYPES), None)
    if d is None or sm.index - d.sm.index > TOLL_REACH or d.event.fatalities not in (0, None):
        return
    d.event.fatalities = tolls[0].value["count"]
    hurt = [cs for cs in sm.casualties if cs.value.get("kind") == "injured" and cs.value.get("count")]
    if len(hurt) == 1 and d.event.injuries in (0, None):
        d.event.injuries = hurt[0].value["count"]
    span = [sm.span.start, sm.span.end]
    if span not in d.event.evidence:
        d.event.evidence.append(span)
        d.event.evidence.sort()


_VAGUE_KINDS = frozenset({"country", "admin1", "region"})


def _place_of_told(drafts: list[Draft], sm: SentenceMentions, ctx: DocContext) -> None:
    """"أكد المتمردون أن الهجوم الانتحاري استهدف ثكنة للدرك" then "وقال الحزب إن الهجوم الذي شن بواسطة
    جرار مفخخ ... قرب مدينة دوجوبيازيت جاء ردا ...": a sentence that codes no event, names an
    occurrence told before (data/incident_nouns.tsv, or its own event word with the article) and
    places it, in that word's clause, after it, gives that place to the event, when the event was
    placed only in a country or a province (or nowhere) that holds the new place. The event is the
    last violent one of the last TOLL_REACH sentences whose words the sentence names again
    ("الضربات" for "ضربات جوية"), else the last of them."""
    if not sm.places or not drafts:
        return
    nouns = [m for m in sm.find("incident_nouns.tsv")]
    nouns += [t for t in find_triggers(sm.toks) if t.definite and t.role == "event"]
    if not nouns:
        return
    recent = [d for d in drafts if d.event.event_type in VIOLENT_TYPES and 0 < sm.index - d.sm.index <= TOLL_REACH]
    if not recent:
        return
    said = {sm.toks[n.i].stems[-1].removeprefix("ال") for n in nouns}

    def retold(d: Draft) -> bool:
        return any(d.sm.toks[k].stems[-1].removeprefix("ال") in said for t in d.cand.triggers for k in range(t.i, t.j))
    d = next((d for d in reversed(recent) if retold(d)), recent[-1])
    old = d.place
    # (a site the gazetteer lacks that only a country hosts, "ثكنة للدرك في شرق تركيا", says no more)
    whole = old is not None and (old.get("kind") == "country" or old.get("unresolved") and old.get("precision") == 3)
    if old is not None and old.get("kind") not in _VAGUE_KINDS and not whole:
        return
    kb = knowledge()
    border = border_neighbours(sm.toks, sm.places)
    for p in sm.places:
        v = p.value
        if v.get("origin") or v.get("named_event") or v.get("unresolved") or p.i in border \
                or not (v.get("locative") or v.get("cue_precision") == 2):
            continue
        if not any(n.j <= p.i and sm.clause[n.i] == sm.clause[p.i] for n in nouns):
            continue
        pl = kb.resolve_place(v["candidates"], ctx.countries, ctx.admin1s, ctx.near)
        if pl is None or pl.get("kind") == "country":
            continue
        if old is not None and not contains(old, pl) and not (whole and pl.get("country") == old.get("country")):
            continue
        if old is None and pl.get("country") != (d.event.country or ctx.country):
            continue
        e = d.event
        e.country, e.admin1, e.admin2, e.location = pl.get("country"), pl.get("admin1"), pl.get("admin2"), pl.get("name")
        e.latitude = round(pl["latitude"], 4) if pl.get("latitude") is not None else None
        e.longitude = round(pl["longitude"], 4) if pl.get("longitude") is not None else None
        e.geo_precision, e.location_text = geo_precision(pl, p), place_text(sm.text, p)
        d.place, d.place_item = pl, p
        span = [sm.span.start, sm.span.end]
        if span not in e.evidence:
            e.evidence.append(span)
            e.evidence.sort()
        return


def _shared_toll(new: list[Draft], sm: SentenceMentions) -> None:
    """"قتل 28 عنصرا اثر اشتباكات بين الطرفين وتفجيرين انتحاريين": a toll told before the events of
    several kinds that caused it belongs to all of them together; the text does not split it, so
    each event's toll is unknown (None), as for one action in several places."""
    tolls = [cs for cs in sm.casualties if cs.value.get("kind") == "killed" and cs.value.get("count")]
    cues = {k for cs in tolls for k in range(cs.i, cs.j)}  # ("قتل" is a trigger and the toll's word)
    words: dict[str, set[int]] = {}
    for d in new:
        if d.event.event_type in VIOLENT_TYPES and not d.cand.proposed:
            words.setdefault(d.event.event_type, set()).update(t.i for t in d.cand.triggers if t.i not in cues)
    # events of two kinds, each told by words of its own (one attack coded twice is not two causes)
    if not tolls or len(words) < 2 or not all(words.values()) or len(set().union(*words.values())) < sum(
            len(w) for w in words.values()):
        return
    first = min(min(w) for w in words.values())
    if not all(cs.i < first for cs in tolls):
        return
    for d in new:
        if d.event.event_type in VIOLENT_TYPES and d.event.fatalities is not None:
            d.event.fatalities = None


def _where(ev: Event) -> dict:
    return {"name": ev.location, "admin1": ev.admin1, "admin2": ev.admin2, "country": ev.country,
            "latitude": ev.latitude, "longitude": ev.longitude}


def _one_record_per_occurrence(events: list[Event], apart: set[int] = frozenset()) -> list[Event]:
    """One occurrence told in several sentences is one record: records of one article with the
    same type, place, day and actors become one (the first, with every sentence as evidence,
    the known death toll, the higher count when both give one). Not a record ``apart`` names (by
    id): an occurrence the text calls another one ("الهجوم الثاني"، "أعمال شغب مماثلة")."""
    out: list[Event] = []
    seen: dict[tuple, Event] = {}
    for ev in events:
        key = (ev.event_type, ev.location, ev.event_date, ev.actor1, ev.actor2)
        if id(ev) in apart:
            if ev.location:
                seen.setdefault(key, ev)
            out.append(ev)  # (nor by the blast's or the ground's rules below: "قريتي الفازة والجبلية")
            continue
        first = seen.get(key) if ev.location else None
        if first is None and ev.location and ev.event_type == "Explosions/Remote violence" and ev.actor2 is not None:
            # "أسفر تفجير عن مقتل رجل شرطة" then "كما أصيب 3 مدنيين في التفجير": one blast told again
            # with other victims (civilians beside the force it hit) is one record; it keeps the
            # target told first
            first = next((o for o in out if o.event_type == ev.event_type and o.sub_event_type == ev.sub_event_type
                          and (o.location, o.event_date, o.actor1) == (ev.location, ev.event_date, ev.actor1)
                          and o.actor2 is not None and "Civilians" in (o.actor2.split(" (")[0], ev.actor2.split(" (")[0])),
                         None)
        if first is None and ev.sub_event_type in TERRITORY and ev.location:
            # "استعاد الجيش والمقاومة السيطرة على مدينة الحوطة" then "إن المقاومة أحكمت سيطرتها على كامل
            # محافظة لحج": the same ground taken that day, told again with one of the takers, is one
            # change of territory whoever the sentence names
            first = next((o for o in out if o.sub_event_type in TERRITORY and o.event_date == ev.event_date
                          and places_compatible(_where(o), _where(ev))), None)
        if first is None:
            seen.setdefault(key, ev)
            out.append(ev)
            continue
        if ev.sub_event_type in TERRITORY and first.sub_event_type not in TERRITORY:
            first.sub_event_type = ev.sub_event_type  # the sides' clash there that day took the ground
        first.evidence = sorted(first.evidence + [e for e in ev.evidence if e not in first.evidence])
        first.triggers = sorted(first.triggers + [t for t in ev.triggers if t not in first.triggers])
        for f in ("fatalities", "injuries"):
            vals = (getattr(first, f), getattr(ev, f))
            counts = [v for v in vals if v]
            setattr(first, f, max(counts) if counts else None if None in vals else 0)
    return out


def _claims(doc: Document, sents: list[SentenceMentions], ctx: DocContext, claimed: set[int]) -> None:
    """A claim of responsibility ("أعلن تنظيم داعش مسؤوليته", "تبنت حماس الهجوم") names actor1
    of the attack it claims: the nearest violent event of the article whose attacker the text
    leaves unnamed. A claim whose sentence tells attacks of its own claims those of their day
    only, not the attack of another day the article adds. ``claimed``: the sentences whose claim
    names its attack by its kind (that attack's, no other)."""
    claimants = [(sm.index, a) for sm in sents for a in sm.actors
                 if a.value.get("claimant") and (a.value.get("name") or a.value.get("generic") == "organization")]
    if not claimants:
        return
    starts = [sm.span.start for sm in sents]
    told = [(ev, [starts.index(a) for a, _ in ev.evidence if a in starts]) for ev in doc.events
            if ev.event_type in VIOLENT_TYPES]
    days: dict[int, set] = {}
    for e, e_si in told:
        for k in e_si:
            days.setdefault(k, set()).add(e.event_date)
    # "ويعد هذا التفجير الذي تبناه التنظيم": a claim by "the organisation" points back to the one
    # attack told last before it (or in its sentence), not to every attack the article tells
    last: dict[int, int] = {}
    for si, a in claimants:
        if not a.value.get("name"):
            before = [(max(k for k in e_si if k <= si), n) for n, (e, e_si) in enumerate(told)
                      if any(k <= si for k in e_si)]
            if before:
                last[si] = max(before)[1]
    for n_ev, (ev, ev_si) in enumerate(told):
        if ev.actor1 not in (None, "Unidentified Armed Group") or not ev_si:
            continue
        # a claim told with its attack ("تبنى داعش التفجير الذي وقع أمس") claims the attacks of
        # that day, not one of another day the article adds
        # (and one that names its attack by its kind, "مسؤوليته عن تفجير انتحاري ...", claims that one)
        fits = [c for c in claimants if ev.event_date in days.get(c[0], {ev.event_date})
                and (c[0] in ev_si or c[0] not in claimed)
                and (c[1].value.get("name") or last.get(c[0]) == n_ev)]
        # an attack laid on an actor ("ألقيت مسؤولية الهجوم على ...") is the attack told in its
        # sentence or the few before it, not one the article tells later
        fits = [c for c in fits if c[1].value["claimant"] != "blame"
                or any(0 <= c[0] - k <= BLAME_REACH for k in ev_si)]
        if not fits:
            continue
        si, a = min(fits, key=lambda c: min(abs(c[0] - k) for k in ev_si))
        name, inter = a.value.get("name"), a.value.get("inter")
        if name is None:
            # "التفجير الذي تبناه التنظيم": the group the article names most claimed it
            name, inter = resolve_actor(a, ctx, ev.country)
            if name is None:
                continue
        if a.value.get("candidates"):
            # an alias several actors share names the one of the attack's country ("تنظيم القاعدة"
            # in Yemen: AQAP)
            b = pick_shared(a.value["candidates"], ctx, ev.country or ctx.country)
            if b is not None:
                name, inter = b.name, int(b.inter)
        if name == ev.actor2:
            continue
        ev.actor1 = name
        ev.inter1 = knowledge().inter_for(name, inter, ctx.actor_info.get(name, (None, None))[1], ev.country)


def _record_mentions(doc: Document, sm: SentenceMentions, text: str) -> None:
    for kind, items in (("number", sm.numbers), ("time", sm.times), ("actor", sm.actors),
                        ("place", sm.places), ("attribution", sm.attributions), ("person", sm.persons),
                        ("casualty", sm.casualties)):
        for it in items:
            v = dict(it.value)
            if kind == "place":
                v = {"candidates": v["candidates"][:5], "cue": v.get("cue")}
            doc.mentions.append(Mention(kind, it.start, it.end, text[it.start:it.end], v, sm.index))
