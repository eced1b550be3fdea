"""Event candidates of one sentence: triggers grouped into events, mentions assigned to them.

A sentence may hold several events (different types, or different sub-types in
different clauses). Generic attack words (هجوم, استهداف) join the nearest
specific event of their sentence; a definite generic word (الهجوم, الضربة)
with no specific event is an anaphor that may refer back to an earlier event.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from itertools import takewhile

from ..kb import knowledge
from ..kb.lexicon import alias_key
from ..text.tokenize import has_article
from ..kb.words import function_keys, function_words
from ..mentions.finders import ASIDE_DAY_PARTS, ASIDE_FILLERS, Item, SentenceMentions
from .protest import demand_cues, people_nouns
from .triggers import (RELATIVE_PRONOUNS, Trigger, apply_blockers, armed_party, crowd_cues, find_triggers, pointed_protests, protesters_act,
                       protesters_say, protesters_spoken_of, said_during,
                       trigger_lexicon)


VIOLENT = ("Explosions/Remote violence", "Violence against civilians", "Battles")
TERRITORY = ("Non-state actor overtakes territory", "Government regains territory")
GENERIC_REACH = 6  # a generic attack word joins a specific event at most this many words away
SUBJECT_OPENS = 6  # a subject that opens its clause ("عشرات المعطلين عن العمل يغلقون") and its verb stand this near
SUBJECT_BEFORE = 3  # a crowd named before its act, the subject first ("عائلات المختطفين احتشدت"), stands this near
CROWD_BEFORE, CROWD_AFTER = 14, 4  # where the crowd of a crowd act is named, around the act (the subject of
# "عمد عدد من أهالي <place>، صباح اليوم، إلى قطع الطريق" stands a dozen words before it)
SIDES_REACH = 25  # "بين" naming a clash's sides stands this far after it when a relative clause follows the clash word
CLASH_REACH = 10  # the sides of a clash are named this many words after the clash word
VIOLENT_BEFORE, VIOLENT_AFTER = 5, 4  # where protesters' violent act stands around them
RIOT = 55  # the priority of a riot read from protesters' violent act
PEACEFUL_PRIORITY = 50  # a riot word turned peaceful protest (a flag burned)
TYRE_FIRE_REACH = 7  # the fire word of burning tyres stands this near them (its verb before its subject)
ARREST_REACH = 5  # the protesters arrested are named this many words after the arrest word
INTERVENTION = 60  # the priority of the intervention modifiers (data/triggers.tsv)
REFERRED = ("reference", "claim", "history", "commemoration")  # blocker kinds of an attack told only as a reference
OWN_PLACE_GAP = 1  # words between an event word and the place of its own (a place noun: بمدينة)
PARTY_REACH = 3  # "الاشتباكات اندلعت بينهما": the words naming the sides follow the clash word this near
PAST = ("history", "period")  # blocker kinds of a deed told as history or inside a running total
REFERRED_REACH = 3  # its place follows it within this many words ("الهجوم الكيماوي ببلدة خان شيخون")
# the prepositions a verbal noun takes its object with ("القضاء على")
LAUNCH_REACH = 6  # words between a verb of launching and the attack noun it governs ("شنت المقاومة والجيش الوطني أمس هجوما")
RELATIVE_BEFORE = 4  # a relative pronoun this near before an attack noun makes it background ("الذي كان تعرض لهجوم شنه")
SEIZED_NOUNS = frozenset(function_keys("seized_noun"))  # data/function_words.tsv
PREPARED = frozenset(function_keys("prepared_word"))
OBJECT_PREPOSITIONS = frozenset(function_keys("object_preposition"))
RELATIVE_REACH = 4  # the relative pronoun after a protest word and its name ("مسيرة "مانيش مسامح" التي")
TOPIC_PREPOSITIONS = frozenset(function_keys("topic_preposition"))  # "تعليقه على احتجاجات"
# (or a quantifier: "إلى تأطير كل الاحتجاجات"، "حول مختلف التحركات")
TOPIC_QUANTIFIERS = frozenset(function_keys("topic_quantifier"))
JUDGE_REACH = 15  # "إن احتجاجات أهالي المكنين تنديدا بالوضع المتردي للمستشفى الجهوي، مشروعة": the judgment follows this near
LASTED_REACH, LONG_REACH = 12, 4  # "اعتصاما دام 25 يوما": the verb of lasting after the protest word, its unit after it
PLANNED_REACH = 4  # a verbal noun of doing before a protest word ("تنفيذ جملة من التحركات")
# (and "مع": alongside a deed the sentence tells, "ينفذون اليوم إضرابا مع مواصلة الاعتصام")
DONE_WORDS = frozenset(function_keys("done_word"))
DECISION_WORDS = frozenset(function_keys("decision_word"))  # "تم اتخاذ قرار تنفيذ ...": a decision
REFUSAL = function_keys("refusal")  # "رفضوا الدخول في اعتصام": a protest refused, not decided on
TAKING_PART_REACH = 6  # "خلال مشاركتهم في الجمعة الـ 52 من مسيرات العودة": the protest word this near after
DURING_REACH = 24  # "برصاص الدرك، مساء أمس، في مدينة بوكي، خلال احتجاجات": protests a shooting is told during
GATHERED_REACH = 16  # "عشرات الشبان الذين تجمعوا"، "عدد من المعطلين ... أثناء تجمعهم": the gathering this near after the people
PARTICIPLE_REACH = 20  # "افترش مئات الأساتذة ... رافعين لافتات": the crowd a chanting participle describes stands this near before it
CHANT_REACH = 14  # "ردد مئات المواطنين صباح اليوم أمام مقر الولاية هتافات": the slogans follow the verb this near
FROM_TODAY_REACH = 10  # "اعتصام مفتوح أمام مقر ولاية تطاوين ابتداء من اليوم": the start follows the protest word this near
NATIONWIDE_REACH = 6  # "مسيرات شهدتها أغلب جهات البلاد": the words of many regions follow the protest word this near
THE_COUNTRY = frozenset(function_keys("the_country"))
LATELY_REACH = 6  # "التي عاشتها مدينة سيدي بوزيد مؤخرا": "lately" ends the protest's relative clause this near its pronoun
TURN_REACH = 5  # the violent act a protest turns into stands this near the verb ("تطورت إلى حد الاعتداء")
ORGANISE_BEFORE, ORGANISE_AFTER = 10, 2  # a march's organising verb stands this near it ("نظمت <who> <when> مسيرة")
STILL_REACH = 4  # "الاعتصام مازال متواصلا": the word of its going on follows the protest word this near
UNTIL_REACH = 3  # "متواصلة إلى حين الاستجابة": "until" follows that word this near
DONE_BEFORE = 4  # "نفذوا منذ يومين وقفة احتجاجية": a past verb of organising stands this near before the protest word
PUSHED_BEFORE = 6  # "ما دفع عدول التنفيذ بتنفيذ وقفة احتجاجية": a verb of driving stands this near before it
DATED_REFERENCE_KINDS = ("reference", "legal", "inquiry")  # blocker kinds a recent day right after the attack undoes
DATED_REFERENCE_REACH = 4  # "العملية الارهابية التي جدت يوم الاحد الفارط": the day this near after the attack word
DATED_REFERENCE_DAYS = 7  # ... and at most this many days before publication
_AMBUSH = tuple(function_words("ambush_stem"))  # an ambush's word (كمين، كمينا): laid to arrest, no clash (sentence_candidates)
CLOSURE = 45  # the priority of a road blocked (the crowd rows of data/triggers.tsv: قطع الطريق، غلق الطرقات)
CLOSE_REACH = 12  # "أغلق عدد من أهالي منطقة الشراردة صباح اليوم مقر المعتمدية": the crowd, and its time, between
OCCUPY_REACH = 6  # "احتل عشرات الطلاب صباح اليوم مبنى الإدارة": the building follows the verb of occupying this near
LIFTED_BY_DONE = ("intent", "future")  # the blockers a protest told as done lifts ("وتقرر ... بعد وقفة نفذها العمال")
FORCE_BEFORE = 6  # "تولت وحدات الحرس الوطني غلق الطريق": the force that closes a road stands this near before it
SHUTDOWN_REACH = 15  # "الإضراب العام بمنطقة ... مع غلق جميع الطرقات": the general strike stands this near before the closure
JOIN_REACH = 12  # "عشرات الآلاف في التوافد منذ صباح السبت إلى العاصمة للمشاركة في": the crowd stands this near before
SITE_AFTER = 4  # "وقفة لأطفال غزة أمام مقر الأونروا": the public site follows a bare protest noun this near
GATHER_REACH = 20  # the demand of a crowd that gathers stands this many words after the verb (a time between not counted)
QUOTES = ("«", '"', "“")  # a quoted chant opens with one of these
COUNTED_AFTER = 8  # people counted this many words after a verb of gathering, its place between, are its crowd
GATHER_CLAUSE_REACH = 30  # or this many in the verb's clause ("توافد العشرات من الشبان المتعطلين ... القادمين من العقبة
# والطفيلة ومعان إلى محيط الديوان الملكي ... صباح اليوم، حاملين شهاداتهم ومطالبين بتعيينهم")
AGENT_GAP = 2  # "رشقهم بالحجارة من قبل محتجين": words between a deed and its agent phrase that make it told
AGENT_REACH = 12  # the agent of a passive act ("من طرف أهالي ...") stands this many words after it
AGENT_NOUNS = frozenset(function_keys("agent_noun"))  # "من طرف"، "من قبل": the agent of a passive
GROUNDS_REACH = 12  # the grounds of an arrest ("على خلفية الاحتجاج") stand this near after its word
ATTEMPT_REACH = 4  # "حاول يوم السبت الماضي، إضرام النار في جسده": a verb of trying stands this near before a self-burning
THROW_REACH = 6  # what a crowd throws stands this many words after the verb of throwing, its crowd between
SELF_REACH = 10  # "أضرم شاب في العقد الثالث من عمره، ظهر اليوم، النار في جسده": the body after the verb, its subject between
BODY_REACH = 6  # "أضرم أحد المحتجين النار في جسده": one's own body stands this near after the arson word
DEED_AFTER = 6  # the crowd a verb of doing has as its doer stands this near after it ("عمد عدد من المحتجين")
TIME_PREPOSITIONS = frozenset(function_keys("time_preposition"))
DURING = frozenset(function_keys("during"))
_LED_AWAY = frozenset(function_keys("led_away"))
CONSEQUENCES = frozenset(function_keys("consequence"))
_TELLING = frozenset(function_keys("relative_pronoun")) | frozenset(function_keys("between"))  # a clause or the sides
# after a battle word
CAUSE_REACH = 5  # the act a demand or cause cue governs stands this near after it ("تنديدا بالاعتداء")
DEED_REACH = 25  # the act a crowd's verb of doing governs stands this many words after it
UNDERGO_REACH = 6  # a verb of undergoing stands this near the act after it and the security post before it
SECURITY_REACH = 5  # the security force's car or post damaged stands this near after the word of damage
POINTERS = frozenset(function_keys("pointer"))  # "هذه الاشتباكات": a clash told before
DONE_VERBS = frozenset(function_words("done_verb"))  # "كما تم تهشيم ...": a deed told in the passive
DONE_REACH = 3  # a riot word stands this near after the verb of doing or "تم" that governs it ("قام هؤلاء أيضا بإشعال")
MOB_GAP = 6  # a crowd named in another clause before an attack word does it only this near ("مجموعة من المواطنين و اعتدوا")
VICTIM_VERBS = function_keys("victim_verb")  # a crowd these name was attacked
CLASH_WORDS = function_words("clash_word")  # (كر وفر)
CONFRONTATIONS = frozenset(function_keys("confrontation_word"))  # clash words that need no weapons
# a state force on one side of a clash with a crowd: a riot
DETONATE_REACH = 6  # words from a verb of setting off to the device it governs ("فجر عناصر من التنظيم عبوة ناسفة")
AIR_STRIKE, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"
SHOT_REACH = 8  # words between a shooting and the force that shot or the protesters shot
FORCE_WORDS = function_words("force_word")
SECURITY_WORDS = frozenset(FORCE_WORDS + function_words("security_word"))  # a car or a post of theirs ("سيارة أمنية")
STRIKE_WORDS = function_words("strike_word")
UNKNOWN_DOERS = frozenset(function_keys("unknown_doer"))
HOSTAGE_WORDS = frozenset(function_keys("hostage_word"))
TRUCE_WORDS = frozenset(function_keys("truce_word"))  # "هدنة"، "تبادل الأسرى": agreed only with an agree_cue
AGREE_CUES = frozenset(function_keys("agree_cue"))  # "احتجزت حماس 136 رهينة": hostages taken  # "أقدم مجهولون على إحراق مقر": no crowd
LOOTING = "Looting/property destruction"
HEADLINE_TOKENS = 18  # a headline's words at most (data/triggers.tsv role headline)
FLASH_TOKENS = 40  # a flash or a post led by a label ("أم الفحم: ..."، "عاجل | ...") has this many words at most
LABEL_TOKENS = 3  # the label's colon or bar comes within this many words
SENTENCE_ENDS = (".", "!", "؟", "?", "…")  # "دخول العدول في إضراب"
HUNGER_WORDS = function_words("hunger_word")  # "إضراب عن الطعام": a hunger strike



def _cue(sm: SentenceMentions, kind: str) -> list:
    """The matches of one protest_cues.tsv kind over the whole sentence, looked up once per sentence (shared: callers
    must not change the list)."""
    key = "protest_cues:" + kind
    hit = sm._found.get(key)
    if hit is None:
        hit = sm._found[key] = crowd_cues()[kind].find(sm.toks)
    return hit


def _demands(sm: SentenceMentions) -> list:
    """The demand cues of the sentence (protest.demand_cues), looked up once per sentence."""
    hit = sm._found.get("demand_cues")
    if hit is None:
        hit = sm._found["demand_cues"] = demand_cues().find(sm.toks)
    return hit

def _state_force(a: Item) -> bool:
    """A state's army or police acting in the sentence (not one that only speaks)."""
    v = a.value
    return not v.get("speaker") and (v.get("kind") in ("state_military", "state_police")
                                     or v.get("generic") in ("police", "military", "occupation"))


def _first_cause(sm: SentenceMentions) -> int:
    """Where the crowd's demand or cause first stands (a demand cue or protest_cues.tsv kind cause), or the sentence's
    end: a death or live fire after it is what the crowd protests, not force used at the protest."""
    return min([m.i for m in _demands(sm)] + [m.i for m in _cue(sm, "cause")] + [len(sm.toks)])


def _force_positions(sm: SentenceMentions) -> list[int]:
    """Where a state force acts in the sentence: its actors (_state_force), and forces named with no owner right after a
    verb of force (protest_cues.tsv kinds force_act, bare_force: "أطلقت القوات شبه العسكرية النار على حشود"، "فتحت
    القوات المكلفة بحماية الحقل النار"), where no actor the tables know stands."""
    hit = sm._found.get("force_positions")
    if hit is not None:
        return hit
    out = [a.i for a in sm.actors if _state_force(a)]
    named = {k for a in sm.actors for k in range(a.i, a.j)}
    acts = {m.j for m in _cue(sm, "force_act")}
    out += [m.i for m in _cue(sm, "bare_force") if m.i in acts and m.i not in named]
    # (and fire named by its agents, "قتل شاب برصاص أعوان الديوانة", when no armed group is named)
    if not any(a.value.get("inter") in (2, 3, 4) for a in sm.actors):
        out += [m.i for m in _cue(sm, "agent_fire")]
    hit = sm._found["force_positions"] = sorted(out)
    return hit


@dataclass(slots=True)
class Candidate:
    si: int
    clause: int
    event_type: str
    sub_event_type: str
    priority: int
    triggers: list[Trigger] = field(default_factory=list)
    modifiers: list[Trigger] = field(default_factory=list)
    generic_only: bool = False
    anaphoric: bool = False
    # told only in a claim of responsibility ("أعلن التنظيم مسؤوليته عن تفجير انتحاري ..."): adds to
    # the attack the article tells, and stands for it when the article tells it nowhere else
    claimed: bool = False
    background: bool = False  # told in a background sentence: may only add to an event already told
    from_toll: bool = False  # a clash read from a toll of fighters alone, with no event word
    # an attack noun a verb of launching governs, with the armed side that launched it named
    # ("شن مسلحو المقاومة هجوما على ..."): an attack of its own, not talk of attacks nor one told again
    launched: bool = False
    proposed: bool = False  # added by the learned model, not read by the rules
    ground: bool = False  # shelling joined after an air strike with a ground of its own (_ground_after_air)
    # protesters named by an anaphor act at their protest ("ويطالب المحتجون") or speak ("وأكد المحتجون",
    # then background): the sentence is about the protest, it needs no place or time of its own
    acted: bool = False
    # a mob's attack told as the cause of the sentence's protest ("وقفة احتجاجية على خلفية الاعتداء على زميلهم
    # من قبل عدد من المواطنين"): a record of its own, which the protest's crowd told after does not go on telling
    cause: bool = False
    # protesters named speaking ("وأكد المحتجون أن ...", "ويندد المحتجون بـ ...، حسب تعبيرهم"): adds to
    # the protest told; stands for it when the article tells no protest otherwise
    spoke: bool = False
    actors: list[Item] = field(default_factory=list)
    places: list[Item] = field(default_factory=list)
    times: list[Item] = field(default_factory=list)
    casualties: list[Item] = field(default_factory=list)
    persons: list[Item] = field(default_factory=list)
    countries: list[Item] = field(default_factory=list)

    @property
    def positions(self) -> list[int]:
        return [k for t in self.triggers for k in range(t.i, t.j)]


SYMBOL_REACH = 4  # "أحرق متظاهرون غاضبون العلم": the burned flag this near after the verb
CROWD_VERB_REACH = 3  # "مئات المتظاهرين يحرقون": a crowd's plural verb of violence this near after it
PRETEND_VERBS = frozenset(function_keys("pretend_verb"))
CULTURE_WORDS = frozenset(function_keys("culture_word"))
SHOW_NOUNS = frozenset(function_keys("show_noun"))
ABOUT = frozenset(function_keys("about"))  # "حول، بخصوص، بشأن": a riot named as what something is about is talked of
CROWD_BY = frozenset(function_words("crowd_by"))
PRETEND_REACH = 3  # the words after تظاهر its "بـ" may stand (its subject between: "تظاهر شاب أسترالي بفقدانه")


def _cultural(sm: SentenceMentions) -> bool:
    """A word of festivals, arts or sport (function_words.tsv class culture_word) and no demand in the
    sentence: a bare "تظاهرة" in it is a show, not a protest."""
    return any(tok.stems[-1] in CULTURE_WORDS or tok.norm in CULTURE_WORDS for tok in sm.toks) \
        and not _demands(sm)


def _pretends(sm: SentenceMentions, t: Trigger) -> bool:
    """"وتظاهر الأخ بالموافقة"، "يتظاهرون بالبرد": the verb تظاهر with "بـ" and a thing is "pretend", no
    protest; not with a number of people, an occasion, a call or a place ("تظاهروا بالآلاف"، "بالعاصمة تونس")."""
    if t.role != "event" or sm.toks[t.i].stems[-1] not in PRETEND_VERBS:
        return False
    for k in range(t.j, min(len(sm.toks), t.j + PRETEND_REACH)):
        tok = sm.toks[k]
        if not tok.norm.startswith("ب") or len(tok.stems) < 2 or tok.stems[1] != tok.norm[1:]:
            continue
        rest = tok.norm[1:]
        if rest in CROWD_BY or rest.removeprefix("ال") in CROWD_BY or any(p.i <= k + 1 <= p.j for p in sm.places) \
                or any(p.i <= k < p.j for p in sm.places) or any(n.isdigit() for n in rest):
            return False
        return True
    return False


def _crowd_agent(sm: SentenceMentions, t: Trigger) -> bool:
    """A crowd named as the agent right after the deed, AGENT_GAP words at most between ("رشقهم بالحجارة من قبل
    محتجين غاضبين"): the sentence tells the deed and who did it."""
    return any(sm.toks[k].norm == "من" and sm.toks[k + 1].norm in AGENT_NOUNS and _people_at(sm, k + 2)
               for k in range(t.j, min(len(sm.toks) - 2, t.j + AGENT_GAP + 1)))


def _after_cause(sm: SentenceMentions, c: Candidate) -> bool:
    """"عقب هجوم مانشستر", "على إثر العملية الإرهابية": the candidate's first event word names an
    attack already known, given as the cause of something else (not one whose doers, a crowd, are named right after
    it: "إثر رشقهم بالحجارة من قبل محتجين" tells the stoning)."""
    t = min(c.triggers, key=lambda x: x.i)
    if _crowd_agent(sm, t):
        return False
    quoted = t.j < len(sm.toks) and '"' in sm.text[t.end:sm.toks[t.j].start]
    return t.i > 0 and sm.toks[t.i - 1].stems[-1] in ("عقب", "اثر") and (
        t.definite or t.j in {p.i for p in sm.places} or quoted)


def _own_place(sm: SentenceMentions, t: Trigger) -> Item | None:
    """The place named right after an event word, with at most a place noun between ("هجوم بمدينة
    العريش"), or None."""
    return next((p for p in sm.places if 0 <= p.i - t.j <= OWN_PLACE_GAP), None)


def _distance(c: Candidate, it: Item, clause: list[int], prefer_after: bool = False) -> tuple[int, int]:
    pos = c.positions
    d = min(min(abs(it.i - k), abs(it.j - 1 - k)) for k in pos)
    if prefer_after and it.i < min(pos):
        d += 3
    same_clause = any(clause[min(it.i, len(clause) - 1)] == clause[k] for k in pos)
    return (0 if same_clause else 1, d)


def _distance_to(t: Trigger, it: Item, clause: list[int]) -> tuple[int, int]:
    """``_distance`` to a single trigger (a blocked one)."""
    d = min(min(abs(it.i - k), abs(it.j - 1 - k)) for k in range(t.i, t.j))
    return (0 if clause[min(it.i, len(clause) - 1)] == clause[t.i] else 1, d)


def _parties_told(sm: SentenceMentions, c: Candidate) -> bool:
    """"وأكدت مصادر أن الاشتباكات اندلعت بينهما إثر ...": a definite clash word whose sides are named only as
    the two told before (data/party_anaphors.tsv: بينهما، بين الطرفين) retells the clash told before."""
    sides = sm.find("party_anaphors.tsv")
    return bool(sides) and all(t.definite and any(0 <= m.i - t.j < PARTY_REACH for m in sides) for t in c.triggers)


def _pronoun(sm: SentenceMentions, t: Trigger) -> bool:
    """The trigger is a listed word plus a pronoun suffix: اغتياله = اغتيال + ه."""
    if t.j - t.i != 1:
        return False
    raw = sm.toks[t.i].text
    if raw.endswith("ة"):
        return False
    norm = sm.toks[t.i].stems[-1]
    for suf in ("هم", "ها", "ه"):
        if norm.endswith(suf) and trigger_lexicon().get(norm[: -len(suf)]):
            return True
    return False


DID_REACH = 4  # "قامت مجموعة إرهابية باختطافه": the verb "did" this near before its deed
_DID = frozenset(function_keys("did_verb"))
_PASSIVE = frozenset(function_keys("passive_aux"))


def _done(sm: SentenceMentions, t: Trigger) -> bool:
    """The deed with its pronoun is the ب-object of "قام" (function_words did_verb) a few words before it ("قامت مجموعة
    إرهابية باختطافه مساء أمس"), has a crowd as its agent right after it ("رشقهم بالحجارة من قبل محتجين"), follows the
    passive "تم" (passive_aux: "تم اختطافها", not in a relative clause) or has its own day right after
    it ("بعد اختطافه يوم الجمعة"): the sentence tells the deed done to him, it does not refer back to one."""
    if t.i > 0 and alias_key(sm.toks[t.i - 1].norm) in _PASSIVE and not (
            t.i > 1 and sm.toks[t.i - 2].norm in RELATIVE_PRONOUNS):
        return True  # ("تم اختطافها اليوم": the passive tells the deed done to her; "الذي تم اختطافه" describes him)
    if any(0 <= tm.i - t.j <= 1 and sm.toks[tm.i].norm != "منذ" for tm in sm.times):
        return True  # ("بعد اختطافه يوم الجمعة من طرف مجموعة إرهابية": with its own day; not "عن اختطافهم منذ يوم الجمعة")
    if _crowd_agent(sm, t):
        return True  # ("إثر رشقهم بالحجارة من قبل محتجين غاضبين": its doers named right after it, a crowd)
    return sm.toks[t.i].norm.startswith(("ب", "وب")) and any(
        alias_key(sm.toks[k].norm) in _DID for k in range(max(0, t.i - DID_REACH), t.i))


def _described_by_deed(sm: SentenceMentions, t: Trigger) -> bool:
    """A deed in the relative clause of an armed group it describes, right after the pronoun ("سترد على المجموعة
    الإرهابية التي اغتالت خليفة السلطاني"), in a sentence with no time word (the caller's check): the group is named by
    what it did, a reference, not the deed told (with its day it is told: "المسلحين الذين هاجموا أمس الدورية")."""
    if t.i < 2 or sm.toks[t.i - 1].norm not in RELATIVE_PRONOUNS:
        return False
    return any(a.j == t.i - 1 and (a.value.get("inter") in (2, 3, 4) or a.value.get("generic") in ("armed_group", "militants"))
               for a in sm.actors)


def _governs(sm: SentenceMentions, t: Trigger) -> bool:
    """A definite verbal noun told with a counted object ("القضاء على عنصر إرهابي"، "القضاء على
    ثلاثة مسلحين"): the phrase ends in the preposition that leads to what it acts on; it tells the
    deed, it does not point back to one told before."""
    # (the object is counted: "القضاء على الإرهاب"، "القضاء على حماس" is a goal, not a deed)
    return t.j - t.i > 1 and t.j < len(sm.toks) and sm.toks[t.j - 1].norm in OBJECT_PREPOSITIONS \
        and any(cs.value.get("count") and (cs.i == t.i or 0 <= cs.i - t.j <= 1) for cs in sm.casualties)


def _new_object(sm: SentenceMentions, t: Trigger) -> bool:
    """A definite verbal noun whose phrase ends in the preposition of its object, told with an
    indefinite object ("تم القبض على إرهابيين اثنين"): it tells a new deed on new people, not one told
    before ("القبض على المتهم" may)."""
    return t.j - t.i > 1 and t.j < len(sm.toks) and sm.toks[t.j - 1].norm in OBJECT_PREPOSITIONS \
        and not has_article(sm.toks[t.j])


def _armed(sm: SentenceMentions) -> bool:
    """An armed or smuggling party is named in the sentence (مسلحين، المهربين)."""
    return armed_party(sm)


def _crowd_acts(sm: SentenceMentions, t: Trigger) -> bool:
    """A crowd does the act: people acting as a crowd or a count of people (مجموعة من الأشخاص، عدد
    من الأهالي، شبان) named near it, and no armed or smuggling party in the sentence ("قطع الطريق"
    by residents is a protest; by smugglers resisting a seizure it is not)."""
    if _armed(sm):
        return False
    lo, hi = max(0, t.i - CROWD_BEFORE), min(len(sm.toks), t.j + CROWD_AFTER)
    cues = crowd_cues()
    if cues["crowd"].find(sm.toks, lo, hi):
        return True
    # a count of people right before the act: "نحو 2000 شخص تجمعوا سلميا"
    if any(t.i - 3 <= n.j <= t.i - 1 and _person_at(sm, n.j) and n.j + 1 == t.i for n in sm.numbers):
        return True
    # the people named right after the act: "تجمع الآلاف من أنصار ..." (not "تجمع عشرات رجال الإطفاء")
    k = t.j
    while k < len(sm.toks) and k < t.j + 2 and (sm.toks[k].norm == "من" or sm.toks[k].norm.isdigit()):
        k += 1   # "تجمع الآلاف من أنصار", "تجمع نحو 50 شخصا"
    if _person_at(sm, k):
        return True
    # the people named right before the act, as a headline or a post orders it: "عائلات المختطفين احتشدت"، "أهالي
    # الرهائن يغلقون طريق أيالون"
    if _subject_opens(sm, t.i, _people_at):
        return True
    # ... or named inside the act, between its verb and what it closes ("أغلق سائقو سيارات الأجرة الشوارع")
    # (or a bare multitude: "اقتحمت حشود المقر الرسمي لرئيسة الوزراء")
    if any(_people_at(sm, k) for k in range(t.i + 1, t.j)):
        return True
    # a count of people: "مجموعة من الأشخاص", "عدد من أهالي" (not "عدد من معاهد الجهة")
    if any(_person_at(sm, m.j) for m in cues["count"].find(sm.toks, lo, hi)):
        return True
    # the agent of a passive, further on: "قطع الطريق ... منذ يوم الأحد من طرف أهالي القرية"
    return any(sm.toks[k].norm == "من" and sm.toks[k + 1].norm in AGENT_NOUNS and _crowd_named(sm, k + 2)
               for k in range(t.j, min(len(sm.toks) - 2, t.j + AGENT_REACH)))


def _people_at(sm: SentenceMentions, k: int) -> bool:
    """A crowd, a count of people, people named by who they are (أنصار عمران خان) or a bare multitude (حشود، الآلاف)
    at token ``k``."""
    return _many_at(sm, k) or _person_at(sm, k) or any(
        m.i == k for m in crowd_cues()["multitude"].find(sm.toks, k, min(len(sm.toks), k + 2)))


def _subject_opens(sm: SentenceMentions, i: int, crowd_at) -> bool:
    """People (``crowd_at``: _person_at, _many_at) named within SUBJECT_BEFORE words before the verb at ``i``, opening
    the sentence or its clause, are its subject, as a headline or a post orders it ("عائلات المختطفين احتشدت"، "أهالي
    الرهائن يغلقون طريق أيالون"); not "الأساتذة ... تجمعوا بقاعة الأساتذة" inside a longer clause."""
    if any(crowd_at(sm, q) and sm.clause[q] == sm.clause[i] and (q == 0 or sm.clause[q - 1] != sm.clause[q])
           for q in range(max(0, i - SUBJECT_BEFORE), i)):
        return True
    # (a longer subject that opens the clause: "القصرين: عشرات المعطلين عن العمل يغلقون مدخل مقر الولاية"; where they
    # are from or when does not lengthen it: "عشرات المعطلين عن العمل بمدينة المتلوي من ولاية قفصة يواصلون")
    q = i
    while q > 0 and sm.clause[q - 1] == sm.clause[i]:
        q -= 1
    placed = {k for it in sm.places + sm.times for k in range(max(q, it.i - 1), min(i, it.j))}
    return i - q - len(placed) <= SUBJECT_OPENS and crowd_at(sm, q)


def _in_class(tok, keys: frozenset[str]) -> bool:
    """The token, as written or as its last stem, folded as an alias is, belongs to a function_words class."""
    return alias_key(tok.norm) in keys or alias_key(tok.stems[-1]) in keys


def _unknown_doer(sm: SentenceMentions, t: Trigger) -> bool:
    """Unknown people (function_words unknown_doer: مجهولون، ملثمون) are named near a crowd's act, no crowd is, and no
    armed party."""
    if _armed(sm):
        return False
    lo, hi = max(0, t.i - CROWD_BEFORE), min(len(sm.toks), t.j + AGENT_REACH + 2)
    return any(_in_class(tok, UNKNOWN_DOERS) for tok in sm.toks[lo:hi])


def _quantified_closures(sm: SentenceMentions) -> list[Trigger]:
    """"غلق جميع الطرقات"، "إغلاق كل الطرق المؤدية": a word of closing, a quantifier and a road right after each other
    (protest_cues.tsv kinds close, every, roads), as a crowd trigger of a protest (priority of the road rows)."""
    every = {m.i: m.j for m in _cue(sm, "every")}
    if not every:
        return []
    roads = {m.i: m for m in _cue(sm, "roads")}
    out = []
    for m in _cue(sm, "close"):
        k = every.get(m.j)
        if k is not None and k in roads:
            r = roads[k]
            out.append(Trigger(m.i, r.j, m.start, r.end, "Protests", "Peaceful protest", "crowd", CLOSURE, False))
    return out


def _past_time(sm: SentenceMentions, k: int) -> int:
    """The first word at or after ``k`` that is no part of a time set right there ("أغلق، صباح اليوم الثلاثاء، عشرات
    من المعطلين": the crowd after the time; the words that carry an aside, منذ، فجر، الصباح, are part of it)."""
    timed = {q for t in sm.times for q in range(t.i, t.j)}
    while k < len(sm.toks) and (k in timed or sm.toks[k].norm in ASIDE_FILLERS or sm.toks[k].norm in ASIDE_DAY_PARTS):
        k += 1
    return k


def _untimed(sm: SentenceMentions, a: int, b: int) -> int:
    """The words from ``a`` to ``b`` that are no part of a time ("احتل عدد من المعطلين عن العمل، صباح اليوم الجمعة، مقر
    الشركة": the time between a verb and its object does not push the object out of reach)."""
    timed = sm.time_positions()
    return sum(1 for k in range(a, b) if k not in timed)


def _subject_closures(sm: SentenceMentions) -> list[Trigger]:
    """"قطع عشرات المواطنين الطريق الرئيسية"، "أغلق أهالي القرية الطريق": a verb of closing with its subject, a crowd
    or a count of people, right after it and a road (protest_cues.tsv kinds close, roads) at most CLOSE_REACH words
    after the verb in its clause, as a crowd trigger of a protest (the verb first, as Arabic news writes it). So is an
    office closed ("أغلق عدد من الأهالي مقر المعتمدية": kind premises) and a train, trucks or a company's work
    stopped (kinds halt, traffic: "منع عدد من الأهالي الشاحنات من نقل الفسفاط")."""
    roads = _cue(sm, "roads")
    shut = roads + _cue(sm, "premises")
    stopped = roads + _cue(sm, "traffic")
    tents = _cue(sm, "tents")  # ("نصب عشرات الشبان خياما أمام مقر المعتمدية": a crowd camping out)
    if not shut and not stopped and not tents:
        return []
    verbs = [(m, shut) for m in _cue(sm, "close")] + [(m, stopped) for m in _cue(sm, "halt")] + [
        (m, tents) for m in (_cue(sm, "pitch") if tents else [])]
    halt_nouns = _cue(sm, "halt_noun")  # (a verbal noun: its doer only before it, by a verb of doing)
    nouns = {m.i for m in halt_nouns}
    verbs += [(m, stopped) for m in halt_nouns]
    out = []
    # (or named right after a verb of doing that governs the closing noun: "أقدمت مجموعة من المعطلين صباح اليوم على
    # إغلاق مقر الشركة"، "عمد عشرات العاطلين إلى إيقاف ضخ المياه")
    # (a time between the verb and its doer does not count: "أقدم صباح اليوم عشرات المعطلين على غلق السكة")
    # (or the crowd opens the clause before the verb of doing: "عشرات المعطلين عن العمل بمدينة المتلوي يواصلون غلق السكة")
    doers = [d for d in _cue(sm, "deed") if any(_many_at(sm, k) for k in takewhile(
        lambda k: _untimed(sm, d.j, k) < DEED_AFTER, range(d.j, len(sm.toks)))) or _subject_opens(sm, d.i, _many_at)
             ] if verbs else []
    for m, objects in verbs:
        if m.i not in nouns and _past_time(sm, m.j) < len(sm.toks) and _people_at(sm, _past_time(sm, m.j)):
            first = 1  # the verb, its subject, then what it closes ("أغلق سائقو سيارات الأجرة الشوارع"; a time may stand
            # between the verb and its subject: "أغلق، صباح اليوم الثلاثاء، عشرات من أصحاب الشهائد العليا الطريق")
        elif m.i not in nouns and _subject_opens(sm, m.i, _people_at):
            first = 0  # the subject first ("أهالي الرهائن يغلقون طريق أيالون"), the object right after the verb
        elif m.i > 1 and (sm.toks[m.i - 1].norm in RELATIVE_PRONOUNS or sm.toks[m.i - 1].norm == "قد") and any(
                _people_at(sm, q) for q in range(max(0, m.i - 1 - SUBJECT_OPENS), m.i - 1)):
            first = 0  # the people a relative clause describes ("سواق سيارات الأجرة الذين أغلقوا بسياراتهم المفترق"),
            # or the subject of "كان ... قد" ("وكان عدد من متساكني المنطقة قد أغلقوا الطريق")
        elif any(m.i > d.j and _untimed(sm, d.j, m.i) <= CLOSE_REACH and sm.clause[d.i] == sm.clause[m.i] for d in doers):
            first = 0  # the verbal noun and what it closes right after it
        else:
            continue
        r = min((x for x in objects if first <= x.i - m.j and _untimed(sm, m.j, x.i) <= CLOSE_REACH
                 and sm.clause[x.i] == sm.clause[m.i]),
                key=lambda x: x.i, default=None)
        if r is not None:
            out.append(Trigger(m.i, r.j, m.start, r.end, "Protests", "Peaceful protest", "crowd", CLOSURE, False))
    return out


RAIDER_BEFORE = 6  # "قامت مجموعة إرهابية مسلحة، مساء أمس الجمعة، باقتحام منزل": the armed men this near before the verb
RAID_REACH = 6  # "اقتحمت 6 عناصر إرهابية مساء اليوم منزل النائب": the home this near after the verb
_RAID_VERBS = frozenset(function_keys("raid_verb"))
_HOMES = frozenset(function_keys("home_noun"))
_ONE_PERSON = frozenset(function_words("one_person"))
_SUPPLIES = frozenset(function_keys("supplies_word"))


def _armed_raids(sm: SentenceMentions) -> list[Trigger]:
    """A verb of storming (function_words raid_verb: اقتحم، داهموا) with a home (home_noun: منزل، بيت) at most
    RAID_REACH words after it, in its clause, and an armed group or armed men (inter 2, 3, 4; generic armed group or
    militants) named between the two or right before the verb: an attack on the people of that home (Violence against
    civilians), not a crowd's act and not a state force's search (a force is no armed group here); storming it for food or
    supplies (function_words supplies_word) is a looting."""
    out = []
    armed = [a for a in sm.actors if (a.value.get("inter") in (2, 3, 4)
                                      or a.value.get("generic") in ("armed_group", "militants"))
             and not any(x.stems[-1] in _ONE_PERSON for x in sm.toks[max(0, a.i - 1):a.j])]  # ("شخص مجهول": a burglar)
    if not armed:
        return out
    supplies = any(alias_key(st) in _SUPPLIES for tok in sm.toks for st in tok.stems)
    for k, tok in enumerate(sm.toks):
        if not any(alias_key(st) in _RAID_VERBS for st in tok.stems):  # ("باقتحام منزل")
            continue
        home = next((h for h in range(k + 1, min(len(sm.toks), k + 1 + RAID_REACH))
                     if alias_key(sm.toks[h].stems[-1]) in _HOMES and sm.clause[h] == sm.clause[k]), None)
        if home is None or not any(k - RAIDER_BEFORE <= a.i <= home for a in armed):
            continue
        if supplies:  # ("قصد التزود بالمواد الغذائية": to take food, a looting)
            out.append(Trigger(k, k + 1, tok.start, tok.end, "Strategic developments", LOOTING, "event", 40, False))
        else:
            out.append(Trigger(k, k + 1, tok.start, tok.end, "Violence against civilians", "Attack", "event", 40, False))
    return out


def _split_selves(sm: SentenceMentions) -> list[Trigger]:
    """"أضرم شاب النار في جسده أمام مقر المعتمدية": a verb of setting on fire (protest_cues.tsv kind arson) with one's
    own body (kind body) within SELF_REACH words after it, its subject between, is a burning of oneself as the joined
    phrases (kind self) are; so is a verb of sewing (kind sew) with one's mouth (kind mouth: "خاط خمسة من العمال
    أفواههم"); a protest trigger where the sentence makes it one (a public office or square, a demand or a
    grievance: kinds site, grievance), as for those phrases."""
    if not (_cue(sm, "site") or _demands(sm) or _cue(sm, "grievance")):
        return []
    selves = [(m.i, m.j) for m in _cue(sm, "self")]
    out = []
    for verbs, objects in (("arson", "body"), ("sew", "mouth")):
        found = _cue(sm, verbs)
        bodies = _cue(sm, objects) if found else []
        for m in found if bodies else []:
            if any(a <= m.i < b for a, b in selves) or any(t.i <= m.i < t.j for t in out):
                continue
            b = next((x for x in bodies if 0 <= x.i - m.j and _untimed(sm, m.j, x.i) < SELF_REACH
                      and sm.clause[x.i] == sm.clause[m.i]), None)
            if b is not None:
                out.append(Trigger(m.i, b.j, m.start, b.end, "Protests", "Peaceful protest", "event", 55, False))
    return out


def _crowd_arsons(sm: SentenceMentions) -> list[Trigger]:
    """"أضرم مئات الغاضبين النار في مقر الحزب"، "شبان يضرمون النار في مبنى البلدية": a verb of setting on fire
    (protest_cues.tsv kind arson_verb) with a crowd as its subject, right after it or opening the clause before it
    (SUBJECT_BEFORE), as a crowd trigger of a riot; not a burning of oneself (a body within SELF_REACH words after it)."""
    verbs = _cue(sm, "arson_verb")
    if not verbs:
        return []
    bodies = _cue(sm, "body")
    out = []
    for m in verbs:
        if any(0 <= b.i - m.j and _untimed(sm, m.j, b.i) < SELF_REACH for b in bodies):
            continue
        # (a time between the verb and its crowd does not count: "أحرق، مساء اليوم، متظاهرون غاضبون مقرات أحزاب")
        k = _past_time(sm, m.j)
        # (or a plural verb joined by "و" to the verb of a crowd named before it: "وحاصر مئات من أهالي المعتمدية مقر
        # مركز الحرس الوطني وأضرموا النار في مدخله")
        joined = sm.toks[m.i].norm.startswith("و") and sm.toks[m.i].norm.endswith("وا") and m.j < len(sm.toks) \
            and sm.toks[m.j].norm == _FIRE and any(_many_at(sm, q) for q in range(max(0, m.i - ARSON_SUBJECT_BACK), m.i))
        # (setting fire, "النار": not flares lit by fans, "وأشعلوا الشماريخ احتفالا")
        if k < len(sm.toks) and _many_at(sm, k) or _subject_opens(sm, m.i, _people_at) or joined:
            out.append(Trigger(m.i, m.j, m.start, m.end, "Riots", "Violent demonstration", "crowd", RIOT, False))
    return out


_FIRE = alias_key("النار")
_WITHOUT = frozenset(("دون", "بدون"))  # "دون قتال": without a fight
_FIGHTS = frozenset(alias_key(w) for w in ("مواجهات", "اشتباكات", "معارك", "قتال", "المواجهات", "الاشتباكات", "المعارك"))
ARSON_SUBJECT_BACK = 16  # words before a joined plural arson verb where the crowd doing it may be named


def _crowd_throws(sm: SentenceMentions) -> list[Trigger]:
    """"ألقى، مساء أمس، عشرات الشبان الحجارة والزجاجات الفارغة على جنود الاحتلال"، "ألقى مئات الشبان حجارة اقتلعوها من
    الأرصفة على عناصر الشرطة": a verb of throwing (protest_cues.tsv kind throw_verb) with a crowd as its subject, right
    after it (a time between not counted) or opening the clause before it, and what a crowd throws (kind stones) within
    THROW_REACH words after it in its clause, as a crowd trigger of a riot (the joined phrases, "ألقوا الحجارة", are
    triggers.tsv rows)."""
    verbs = _cue(sm, "throw_verb")
    stones = _cue(sm, "stones") if verbs else []
    out = []
    for m in verbs:
        hit = next((s for s in stones if s.i >= m.j and _untimed(sm, m.j, s.i) <= THROW_REACH
                    and sm.clause[s.i] == sm.clause[m.i]), None)
        if hit is None:
            continue
        k = _past_time(sm, m.j)
        if k < len(sm.toks) and _many_at(sm, k) or _subject_opens(sm, m.i, _people_at):
            out.append(Trigger(m.i, hit.j, m.start, sm.toks[hit.j - 1].end, "Riots", "Violent demonstration", "crowd",
                               RIOT, False))
    return out


def _occupations(sm: SentenceMentions) -> list[Trigger]:
    """"احتلوا مكتب مدير الجامعة"، "احتل عشرات الطلاب مبنى الإدارة": a verb of occupying (protest_cues.tsv kind occupy)
    with an office or a public building (kind premises) at most OCCUPY_REACH words after it, as a crowd trigger of a
    protest: a crowd's sit-in when a crowd does it (an armed group taking a headquarters is no crowd)."""
    premises = _cue(sm, "premises")
    if not premises:
        return []
    out = []
    # (storming one, kind storm, is a riot: "اقتحم غاضبون مبنى المجلس المحلي")
    for m, etype, sub in [(m, "Protests", "Peaceful protest") for m in _cue(sm, "occupy")] + [
            (m, "Riots", "Violent demonstration") for m in _cue(sm, "storm")]:
        p = next((x for x in premises if 0 <= x.i - m.j and _untimed(sm, m.j, x.i) <= OCCUPY_REACH
                  and sm.clause[x.i] == sm.clause[m.i]), None)
        if p is not None:
            out.append(Trigger(m.i, p.j, m.start, p.end, etype, sub, "crowd", RIOT if etype == "Riots" else CLOSURE,
                               False))
    return out


def _force_closes(sm: SentenceMentions, t: Trigger) -> bool:
    """A road closed (a protest trigger naming a road: protest_cues.tsv kind roads) by a state force named a few words
    before it in its clause ("تولت وحدات الحرس الوطني غلق الطريق"، "أغلقت الشرطة الطريق"), with no crowd named."""
    if not crowd_cues()["roads"].find(sm.toks, t.i, t.j):
        return False
    clause = sm.clause
    lo = max(0, t.i - FORCE_BEFORE)
    force = any(clause[k] == clause[t.i] and any(st in FORCE_WORDS for st in sm.toks[k].stems) for k in range(lo, t.i + 1)) \
        or any(a.value.get("inter") == 1 and lo <= a.i <= t.i and clause[a.i] == clause[t.i] for a in sm.actors)
    return force and not _crowd_acts(sm, t)


def _closed_unnamed(sm: SentenceMentions, t: Trigger) -> bool:
    """A road closed (a crowd trigger of a protest naming a road: protest_cues.tsv kind roads) with no doer named, a
    general strike or civil disobedience (kind shutdown) told before it in the sentence ("يتواصل الإضراب العام ... مع
    غلق جميع الطرقات المؤدية للمدينة"), and no state force or armed party named: the striking town's crowd closed it
    (a passive closure alone is not: "أكد مصدر أمني أنه تم إغلاق جميع المنافذ المؤدية إلى المدينة" after an attack)."""
    cues = crowd_cues()
    if t.event_type != "Protests" or _armed(sm) or not cues["roads"].find(sm.toks, t.i, t.j):
        return False
    if any(a.value.get("inter") in (1, 2, 3, 4, 8) for a in sm.actors) or any(
            any(st in FORCE_WORDS for st in tok.stems) for tok in sm.toks):
        return False
    return any(0 <= t.i - m.j <= SHUTDOWN_REACH for m in cues["shutdown"].find(sm.toks, 0, t.i))


def _crowd_named(sm: SentenceMentions, k: int) -> bool:
    """People acting as a crowd, or a count of people, named at token ``k``."""
    if _person_at(sm, k):
        return True
    return any(m.i == k and _person_at(sm, m.j) for m in crowd_cues()["count"].find(sm.toks, k, min(len(sm.toks), k + 3)))


def _demonstration(sm: SentenceMentions, trig: list[Trigger], c: Candidate) -> bool:
    """The sentence of a riot tells a demonstration: a protest word or a protester (live or stopped), a demand,
    burned tyres, a riot word (شغب) not in a prison (kind prison: a prison riot is a mob's), a crowd called angry
    (kind anger: "أضرم شبان غاضبون النار في مقر الحزب") or the occupier's forces it faces (kind occupier: "رشق شبان
    قوات الاحتلال بالحجارة") when it assaults or kills no one (a lynching is a mob's), or a clash of a crowd with the
    police."""
    # (a burning of oneself with no site and no demand is no protest: "شقيق شاب أضرم النار في جسده")
    selves = [(m.i, m.j) for m in _cue(sm, "self")] \
        if not _cue(sm, "site") and not _demands(sm) and not _cue(sm, "grievance") \
        else []
    # (people gathered that beat someone are a mob, not protesters: "وانهال المتجمهرون ضربا على الرجل", kinds gathered
    # and mob)
    assaults = {m.i for m in _cue(sm, "mob")}
    onlookers = {m.i for m in _cue(sm, "gathered")} if any(t.i in assaults for t in c.triggers) else set()
    return any(t.event_type == "Protests" and not any(a <= t.i < b for a, b in selves)
               and not (t.role == "anaphor" and t.i in onlookers) for t in trig) \
        or bool(_security_damage(sm)) or bool(
        _demands(sm) or _cue(sm, "tyres") or _cue(sm, "crowd_words")) \
        or any("شغب" in tok.norm for tok in sm.toks) and not _cue(sm, "prison") and not _cue(sm, "sport") \
        or bool(_cue(sm, "anger") or _cue(sm, "occupier")) and not _cue(sm, "sport") and not _cue(sm, "mob") and not any(
            t.event_type == "Violence against civilians" for t in trig) \
        or not _cue(sm, "sport") and (_crowd_clash(sm, c) or any(
        any(st in CLASH_WORDS for st in tok.stems) for tok in sm.toks) and any(
        any(st in FORCE_WORDS for st in tok.stems) for tok in sm.toks)) \
        or _state_target(sm, c) and not _cue(sm, "sport") and not _cue(sm, "raid") and not any(
            t.sub_event_type == "Arrests" or t.event_type == "Strategic developments" for t in trig)


THROWN_AT_REACH = 10  # "على" and whom a crowd's stones are thrown at stand this near after the stones
TARGET_REACH = 6  # the police or the state office a riot's act is aimed at stands this near after it
ARRIVAL = frozenset(function_keys("arrival_word"))  # ("قبل وصول دورية الشرطة": the police came, they were no target)


def _state_target(sm: SentenceMentions, c: Candidate) -> bool:
    """The riot's act is aimed at the police or a state office (a force's word, its car or post, or protest_cues.tsv
    kind state_site within TARGET_REACH words after it: "رشق شبان ملثمون دوريات الشرطة بالحجارة"، "اقتحم شبان مبنى
    البلدية"): a demonstration's violence against the state, not a mob's (not the police arriving: "قبل وصول دورية
    الشرطة"; the caller leaves a crowd that stones agents making an arrest, a raid or a seizure a mob)."""
    sites = _cue(sm, "state_site")
    assaults = {m.i for m in _cue(sm, "mob")}
    # (or a state force the tables know: "رمى شبان الحجارة على عناصر الجيش")
    forces = {k for a in sm.actors if _state_force(a) for k in range(a.i, a.j)}
    for t in c.triggers:
        if any(m.i < t.j and m.j > t.i - TARGET_REACH for m in sites):
            return True  # an office or a station attacked or stoned (its name overlapping the act's words, or before
            # an instrument: "هاجم مئات الشبان مركزا للشرطة بالحجارة"، "شبان يقتحمون مبنى البلدية")
        for k in range(_past_time(sm, t.j), min(len(sm.toks), t.j + TARGET_REACH)):
            if sm.toks[k].norm in ARRIVAL or sm.toks[k].stems[-1] in ARRIVAL:
                break
            # (an assault on agents is on people: "الاعتداء على عون من الحرس الوطني من قبل مواطنين"; on a post, on the
            # state: "هاجم، ليلة أمس، عشرات الشبان الغاضبين مركز الحرس الوطني")
            if any(m.i == k for m in sites) or t.i not in assaults and (
                    any(st in SECURITY_WORDS for st in sm.toks[k].stems) or k in forces):
                return True
        # (what is thrown "على" the police, a clause of its own between: "ألقى مئات الشبان حجارة اقتلعوها من أرصفة الحي
        # على عناصر الشرطة"; not after a demand or a cause: "احتجاجا على")
        if t.i in assaults or not any(m.i <= t.i < m.j for m in _cue(sm, "throw_verb")):
            continue
        said = [x.i for x in _demands(sm) + _cue(sm, "cause")]
        for k in range(t.j, min(len(sm.toks) - 1, t.j + THROWN_AT_REACH)):
            if sm.clause[k] != sm.clause[t.i] or k in said:
                break
            if sm.toks[k].norm == "علي" and any(q in forces or any(st in SECURITY_WORDS for st in sm.toks[q].stems)
                                                 for q in range(k + 1, min(len(sm.toks), k + 3))):
                return True
    return False


def _told_after(sm: SentenceMentions, k: int) -> bool:
    """A relative clause right after the protest word (its name in quotes may stand between) says it took
    place: "مسيرة "مانيش مسامح" التي انتظمت أمس"، "الوقفة التي نفذها الأساتذة"."""
    cues = crowd_cues()
    for r in range(k, min(len(sm.toks), k + RELATIVE_REACH)):
        if sm.toks[r].norm in RELATIVE_PRONOUNS:
            return any(m.i == r + 1 for m in cues["organise"].find(sm.toks, r + 1, min(len(sm.toks), r + 4))) \
                or any(m.i == r + 1 for m in cues["course"].find(sm.toks, r + 1, min(len(sm.toks), r + 4)))
    return False


def _told_by_its_clause(sm: SentenceMentions, t: Trigger) -> bool:
    """An indefinite protest word with a clause of its own right after it, with no pronoun (one adjective may stand
    between), saying it took place: "ردا على مظاهرة مسائية خرجت أمس في الحي": the reply's topic is a protest told."""
    if has_article(sm.toks[t.i]):
        return False
    cues = crowd_cues()
    for r in (t.j, t.j + 1):
        if r < len(sm.toks) and any(m.i == r for key in ("organise", "course")
                                    for m in cues[key].find(sm.toks, r, min(len(sm.toks), r + 3))):
            return r == t.j or not has_article(sm.toks[t.j])
    return False


def _lately(sm: SentenceMentions, t: Trigger, lately: list) -> bool:
    """A relative clause right after the protest word ends on "lately" (مؤخرا، في الفترة الأخيرة) within
    LATELY_REACH words of its pronoun, in the trigger's clause."""
    clause = sm.clause
    for r in range(t.j, min(len(sm.toks), t.j + RELATIVE_REACH)):
        if sm.toks[r].norm in RELATIVE_PRONOUNS:
            return any(0 < m.i - r <= LATELY_REACH and clause[m.i] == clause[t.i] for m in lately)
    return False


def _nationwide(sm: SentenceMentions, t: Trigger, spread: list) -> bool:
    """Words of many regions of the country (protest_cues.tsv kind nationwide, then "من" or not, then a
    function_words the_country word or a country's name) stand within NATIONWIDE_REACH words after the
    protest word, in its clause, with no place of its own between and no "من" of origin before them."""
    clause, toks = sm.clause, sm.toks
    for m in spread:
        if not (0 <= m.i - t.j <= NATIONWIDE_REACH and clause[m.i] == clause[t.i]) or toks[m.i - 1].norm == "من":
            continue
        k = m.j + (m.j < len(toks) and toks[m.j].norm == "من")
        country = k < len(toks) and (alias_key(toks[k].norm) in THE_COUNTRY or any(
            p.i == k and (p.value.get("candidates") or [{}])[0].get("kind") == "country" for p in sm.places))
        if country and not any(t.j <= p.i < m.i for p in sm.places):
            return True
    return False


def _still_going(sm: SentenceMentions, t: Trigger) -> bool:
    """A word of a protest still going on (protest_cues.tsv kind still: مازال، لا يزال، متواصلا) stands within
    STILL_REACH words after the protest word, in its clause, with no "until" (kind until: إلى حين، حتى) right after it."""
    cues = crowd_cues()
    clause = sm.clause
    for m in cues["still"].find(sm.toks, t.j, min(len(sm.toks), t.j + STILL_REACH)):
        if clause[m.i] != clause[t.i]:
            continue
        if cues["until"].find(sm.toks, m.j, min(len(sm.toks), m.j + UNTIL_REACH)):
            continue
        return True
    return False


def _done_by_verb(sm: SentenceMentions, t: Trigger) -> bool:
    """A past verb of organising (protest_cues.tsv kind organise: نفذوا، نظمت) or of driving someone to act (kind
    pushed: دفع، دفعهم، اضطر) stands a few words before the protest word, in its clause: "أنهم نفذوا منذ يومين وقفة
    احتجاجية"، "وهو ما دفع العدول بتنفيذ وقفة احتجاجية"."""
    cues = crowd_cues()
    clause = sm.clause
    for kind, reach in (("organise", DONE_BEFORE), ("pushed", PUSHED_BEFORE)):
        for m in cues[kind].find(sm.toks, max(0, t.i - reach), t.i):
            if m.j <= t.i and clause[m.i] == clause[t.i] and not has_article(
                    sm.toks[m.i]) and not (
                    m.i > 0 and sm.toks[m.i - 1].norm in RELATIVE_PRONOUNS):
                return True  # (not in a relative clause of the protesters: "العمال الذين نفذوا عديد الاحتجاجات"
                # describes them)
    return False


def _done_after(sm: SentenceMentions, t: Trigger) -> bool:
    """A verb of the protest's organisers with its object pronoun (protest_cues.tsv kind course: نفذها، نظمها، نفذوها)
    stands right after the protest word: "وقفة احتجاجية نفذها العمال"."""
    return any(m.i == t.j and sm.toks[m.i].norm.endswith("ها") and not sm.toks[m.i].norm.startswith(("ي", "ت"))
               for m in crowd_cues()["course"].find(sm.toks, t.j, min(len(sm.toks), t.j + 1)))  # (past: not "ينظمها")


def _future(c: Candidate) -> bool:
    """The candidate's time words name a day after the publication ("غدا"، "الأربعاء القادم") and none
    names today or a day before it in words of their own (اليوم، أمس: the sentence may tell today's
    protest and announce the next one)."""
    days = [tm.value.get("days_before") for tm in c.times]
    return any(d is not None and d < 0 for d in days) and not any(
        tm.value.get("kind") == "relative" and (tm.value.get("days_before") or 0) >= 0 for tm in c.times)


def _planned(sm: SentenceMentions, t: Trigger) -> bool:
    """A bare verbal noun of doing stands right before the protest word ("تنفيذ وقفة"، "الدخول في اعتصام"،
    "تنفيذ جملة من التحركات"), not after a word that says it was done (تم، إثر، بعد، خلال)."""
    for m in crowd_cues()["doing"].find(sm.toks, max(0, t.i - PLANNED_REACH), t.i):
        tok = sm.toks[m.i]
        w = tok.norm[1:] if tok.norm.startswith("و") and tok.norm[1:] in tok.stems else tok.norm
        if w not in (tok.stems[-1], "ال" + tok.stems[-1]):
            continue  # "بتنفيذ"، "لتنظيم": governed by a verb of doing
        if m.i > 0 and sm.toks[m.i - 1].stems[-1] in DONE_WORDS or any(
                tok.norm in DONE_VERBS for tok in sm.toks[max(0, m.i - 3):m.i]) and not any(
                tok.stems[-1] in DECISION_WORDS for tok in sm.toks[max(0, m.i - 2):m.i]):
            continue  # "على إثر تنظيم مسيرة"، "وتم اليوم تنفيذ وقفة" (not "تم اتخاذ قرار إطلاق الاحتجاجات": decided)
        return True
    return False


def _stands(sm: SentenceMentions, t: Trigger) -> bool:
    """No negation, plan, threat or history cue of the sentence stops a trigger the rules made."""
    apply_blockers(sm.toks, [t])
    return not t.blocked


def _nationals_at(sm: SentenceMentions, k: int) -> bool:
    """A plural of a nationality (countries.tsv adjectives: الإسرائيليين، اليمنيون، التونسيات) at token ``k``: people,
    as "مئات الإسرائيليين" counts a crowd the way "مئات المواطنين" does."""
    return sm.toks[k].norm.endswith(("ين", "ون", "ات")) and any(
        m.i == k and m.j == k + 1 for m in knowledge().adjectives.find(sm.toks, k, k + 1))


def _person_at(sm: SentenceMentions, k: int) -> bool:
    if k >= len(sm.toks):
        return False
    if any(m.i == k for m in crowd_cues()["crowd"].find(sm.toks, k, k + 1)):
        return True
    if _nationals_at(sm, k):
        return True
    # (a singular noun that needs a number, "شاب"، "مواطن"، "طالب", is one person, not a crowd, unless counted: "700 طالب")
    return any(m.i == k and m.payloads[0]["kind"] not in ("not", "state") and not (
        m.payloads[0].get("needs") == "number" and not any(n.j == k for n in sm.numbers))
               for m in people_nouns().find(sm.toks, k, min(len(sm.toks), k + 3)))


def _protesters_riot(sm: SentenceMentions, c: Candidate) -> bool:
    """A violent act or arson (protest_cues.tsv kinds violent, arson; not a burning of oneself) next to the
    protesters an anaphor names, and no armed party in the sentence."""
    if _armed(sm):
        return False
    cues = crowd_cues()
    # (or set fire to things, not to themselves: "وأضرم المحتجون النار في سيارات وصناديق قمامة")
    for t in c.triggers:
        lo, hi = max(0, _agent_start(sm, t) - VIOLENT_BEFORE), min(len(sm.toks), t.j + VIOLENT_AFTER)
        # (not an act done to them: "الاعتداء على المتظاهرين" names its victims, an object preposition between)
        if any(not _prevented(sm, m.i) and not (m.j <= t.i and any(
                sm.toks[k].norm in OBJECT_PREPOSITIONS for k in range(m.j, t.i)))
               for m in cues["violent"].find(sm.toks, lo, hi)) or _arson(sm, lo, hi):
            return True
    return False


PREVENTED = frozenset(function_keys("prevented"))


def _prevented(sm: SentenceMentions, k: int) -> bool:
    """The act at token ``k`` is one the crowd was kept from ("ومنعهم من اقتحام المنطقة": function_words
    prevented, then من): not done."""
    return k > 0 and sm.toks[k - 1].norm == "من" and any(sm.toks[x].stems[-1] in PREVENTED for x in range(max(0, k - 2), k))


def _agent_start(sm: SentenceMentions, t: Trigger) -> int:
    """Where the phrase naming the crowd starts: before its count (عدد من المحتجين) and before the
    agent's preposition of a passive ("الاعتداء بالعنف من طرف عدد من المحتجين"), else at the trigger."""
    k = t.i
    count = [m for m in crowd_cues()["count"].find(sm.toks, max(0, k - 3), k) if m.j == k]
    if count:
        k = count[0].i
    if k >= 2 and sm.toks[k - 1].norm in AGENT_NOUNS and sm.toks[k - 2].norm == "من":
        k -= 2
    return k


def _unburned_tyres(sm: SentenceMentions, t: Trigger) -> bool:
    """The trigger names tyres (العجلات المطاطية) with no fire word next to it."""
    cues = crowd_cues()
    if not any(m.i >= t.i and m.j <= t.j for m in cues["tyres"].find(sm.toks, t.i, t.j)):
        return False
    return not cues["fire"].find(sm.toks, max(0, t.i - TYRE_FIRE_REACH), min(len(sm.toks), t.j + TYRE_FIRE_REACH))


def _people_held(sm: SentenceMentions, c: Candidate) -> bool:
    """People are named right after an arrest word ("اعتقال عدد من البحارة"، "إيقاف العديد منهم"،
    "اعتقلت الشرطة 15 شخصا"), not a thing stopped ("الإيقاف الفوري لسكب"، "احتجاز شاحنة")."""
    nums = {n.i for n in sm.numbers}
    for t in c.triggers:
        # (a time between does not count: "أوقفت قوات الأمن صباح اليوم عددا من المحتجين")
        for k in range(t.j, len(sm.toks)):
            if _untimed(sm, t.j, k) >= ARREST_REACH:
                break
            if k in nums or _person_at(sm, k) or sm.toks[k].norm in ("منهم", "بعضهم"):
                return True
    return False


def _held_for_protest(sm: SentenceMentions, c: Candidate) -> list[int]:
    """A word of cause (protest_cues.tsv kind cause: على خلفية، بسبب، إثر) within GROUNDS_REACH words after the arrest,
    with a protest's word (kind crowd_words: الاحتجاج، المظاهرة، المسيرة) right after it, and people or a number
    between: where that word stands, else nothing."""
    cues = crowd_cues()
    end = max(t.j for t in c.triggers)
    words = {m.i for m in _cue(sm, "crowd_words")}
    nums = {n.i for n in sm.numbers}
    for m in cues["cause"].find(sm.toks, end, min(len(sm.toks), end + GROUNDS_REACH)):
        if m.j in words and any(k in nums or _person_at(sm, k) for k in range(end, m.i)):
            return [m.j]  # (the people held named between: "أوقفت الوحدات الأمنية ... 15 شخصا، على خلفية")
    return []


def _crowd_clash(sm: SentenceMentions, c: Candidate) -> bool:
    """"مواجهات بين قوات الأمن وعدد من شباب المنطقة": a clash word, a state force and a crowd of
    unarmed people (شباب، الأهالي، المحتجين) named after it, no armed party in the sentence (an occupying state's
    forces, kind occupier, are that state force: "مواجهات بين المصلين وقوات الاحتلال")."""
    occupied = [(m.i, m.j) for m in _cue(sm, "occupier")]
    if any(not any(a <= m.i < b for a, b in occupied) for m in _cue(sm, "armed")):
        return False
    for t in c.triggers:
        if sm.toks[t.i].stems[-1] not in CLASH_WORDS or t.j - t.i != (2 if sm.toks[t.i].stems[-1] == "كر" else 1):
            continue  # (one clash word, or "كر وفر")
        hi = min(len(sm.toks), t.j + CLASH_REACH)
        # (its sides after "بين" further on, a relative clause of its course between: "المواجهات التي انطلقت منذ
        # عشية الأمس وتواصلت إلى ساعة متأخرة من الليل بين الوحدات الأمنية وعدد من الشباب المحتجين")
        between = next((k for k in range(hi, min(len(sm.toks), t.j + SIDES_REACH)) if sm.toks[k].norm == "بين"
                        and any(sm.toks[r].norm in RELATIVE_PRONOUNS for r in range(t.j, min(len(sm.toks), t.j + 3)))), None)
        if between is not None:
            hi = min(len(sm.toks), between + CLASH_REACH)
        force = any(any(st in FORCE_WORDS for st in tok.stems) for tok in sm.toks[t.j:hi]) or any(
            t.j <= a < hi for a, _ in occupied)
        if force and crowd_cues()["crowd"].find(sm.toks, t.j, hi):
            return True
        # (or confrontations, not an exchange of fire, where the force used tear gas or rubber bullets: "أصيب عشرات
        # الفلسطينيين بالاختناق خلال مواجهات مع قوات الاحتلال")
        if force and sm.toks[t.i].stems[-1] in CONFRONTATIONS and _cue(sm, "crowd_control") \
                and not _armed_actor(sm):
            return True
    return False


def _mob_attack(sm: SentenceMentions, c: Candidate) -> bool:
    """The attack's doer is a crowd of unarmed people: people acting as a crowd or a count of people
    (شبان، مواطنون، عدد من الأشخاص) named before the attack word in its clause and not as those it
    befell ("تعرضت مجموعة من المواطنين إلى الاعتداء"), or after it as the agent of a passive ("من طرف
    عدد من الشبان"); no armed party, no armed group and no state force named in the sentence."""
    if _armed(sm) or any(a.value.get("inter") in (2, 3, 4)
                         or a.value.get("generic") in ("armed_group", "militants") for a in sm.actors):
        return False
    clause = sm.clause
    cues = crowd_cues()
    assaults = {m.i for m in _cue(sm, "mob")}
    causes = _cue(sm, "cause") + _demands(sm)
    for t in c.triggers:
        if t.i not in assaults:
            continue  # a killing is no mob's assault
        # (a plural verb joined by "و" goes back to the crowd that opens the sentence, the subject of its first verb:
        # "قيّد سكان غاضبون في حي فقير ... شابا ...، وانهالوا عليه ضربا")
        joined = sm.toks[t.i].norm.startswith("و") and sm.toks[t.i].norm.endswith("وا")
        lo = 0 if joined else max(0, t.i - CROWD_BEFORE)
        named = [m for m in cues["crowd"].find(sm.toks, lo, t.i)] + [
            m for m in cues["count"].find(sm.toks, lo, t.i) if _person_at(sm, m.j)]
        for m in named:
            if clause[m.i] != clause[t.i] and t.i - m.j > MOB_GAP and not (joined and m.i <= 1):
                continue
            if m.i > 0 and sm.toks[m.i - 1].norm in OBJECT_PREPOSITIONS:
                continue  # "الاعتداء على عدد من المواطنين": those attacked
            if any(tok.stems[-1].startswith(VICTIM_VERBS) for tok in sm.toks[max(0, m.i - 2):t.i]):
                continue  # "تعرض عدد من المواطنين للاعتداء"
            if any(m.j <= x.i for x in causes if x.j <= t.i):
                continue  # "تجمع التلاميذ للتنديد بالاعتداء": the crowd protests the attack, it did not do it
            return True
        k0 = _past_time(sm, t.j)  # (a time between: "هاجم، ليلة أمس، عشرات الشبان الغاضبين مركز الحرس")
        if k0 < len(sm.toks) and _many_at(sm, k0) and (not sm.toks[k0].norm.startswith(("ال", "لل")) or any(
                sm.toks[k].norm in ("علي", "ضربا") for k in range(k0 + 1, min(len(sm.toks), k0 + 3)))):
            return True  # its subject right after the verb: "اعتدى مواطنون على ..."، "هاجم عشرات الشبان ..." (a
            # definite one when "على" or the blows follow it: "وانهال المتجمهرون ضربا على الرجل")
        if any(sm.toks[k].norm == "من" and sm.toks[k + 1].norm in AGENT_NOUNS and _many_at(sm, k + 2)
               for k in range(t.j, min(len(sm.toks) - 2, t.j + AGENT_REACH))):
            return True  # "من طرف عدد من الشبان" (not "من طرف مواطن": one man)
        if any(n.j + 1 == t.i and _person_at(sm, n.j) and not (n.i > 0 and sm.toks[n.i - 1].norm in OBJECT_PREPOSITIONS)
               for n in sm.numbers):
            return True  # people counted right before the verb: "حوالي 50 سجينا هاجموا صيدلية السجن"
    return False


def _arson(sm: SentenceMentions, lo: int = 0, hi: int | None = None) -> list:
    """Arson words (protest_cues.tsv kind arson) between lo and hi that set no one on fire himself: not inside a
    burning of oneself (kind self) nor with one's own body (kind body: جسده، نفسه) within BODY_REACH words after
    ("وأضرم أحد المحتجين النار في جسده")."""
    cues = crowd_cues()
    selves = [(m.i, m.j) for m in _cue(sm, "self")]
    bodies = [m.i for m in _cue(sm, "body")]
    return [m for m in cues["arson"].find(sm.toks, lo, hi) if not any(a <= m.i < b for a, b in selves)
            and not any(0 <= k - m.j < BODY_REACH for k in bodies)]


def _armed_actor(sm: SentenceMentions) -> bool:
    """An armed group (inter 2, 3, 4, or a generic armed group or militants) is named in the sentence, not one armed
    only with sticks, stones or knives ("مسلحين بعصي": protest_cues.tsv kind melee right after it)."""
    melee = {m.i for m in _cue(sm, "melee")}
    return any((a.value.get("inter") in (2, 3, 4) or a.value.get("generic") in ("armed_group", "militants"))
               and a.j not in melee for a in sm.actors)


def _object_start(sm: SentenceMentions, lo: int, hi: int) -> int:
    """The first object preposition (على، ضد) in lo..hi, or hi: the words from it on name whom an act befell."""
    return next((k for k in range(lo, hi) if sm.toks[k].norm in OBJECT_PREPOSITIONS), hi)


def _crowd_deeds(sm: SentenceMentions, trig: list[Trigger]) -> list[tuple[int, int, int]]:
    """Violent, assault, arson or damage acts (protest_cues.tsv kinds violent, mob, arson, damage) told after a verb
    of doing whose doer, named right after it, is a crowd of unarmed people ("عمد عدد من المحتجين"، "قامت مجموعة من الناس"، "قيام
    مجموعة من أقرباء"): (verb position, act start, act end); not an act that a word of cause or a demand stands
    before (what the crowd answers), nor one a victim verb names as befalling someone; none with an armed party or
    an armed group in the sentence."""
    cues = crowd_cues()
    plural = _cue(sm, "deed_plural")
    # (a verb of trying with the crowd after it is one: "حاولت مجموعة من الشبان اقتحام المدرسة")
    deeds = _cue(sm, "deed") + _cue(sm, "attempt") + plural
    if not deeds or _armed(sm) or _armed_actor(sm):
        return []
    selves = [(m.i, m.j) for m in _cue(sm, "self")]
    acts = [m for kind in ("violent", "mob", "damage") for m in cues[kind].find(sm.toks)
            if not any(a <= m.i < b for a, b in selves)] + _arson(sm)
    if not acts:
        return []
    causes = _cue(sm, "cause") + _demands(sm)
    words = cues["crowd_words"]
    nums = {n.i for n in sm.numbers}
    out: list[tuple[int, int, int]] = []
    seen: set[int] = set()

    def doer(k: int) -> bool:
        return _many_at(sm, k) or any(m.i == k for m in words.find(sm.toks, k, k + 1)) or (
            k - 1 in nums and _person_at(sm, k))  # "مجموعة متكونة من 20 شخصا"

    for d in deeds:
        # (not the act's object: "وقام بالإعتداء على المدرسين والطلاب" names whom one man assaulted)
        if not any(doer(k) for k in range(d.j, _object_start(sm, d.j, min(len(sm.toks), d.j + DEED_AFTER)))) and not (
                d in plural and any(doer(k) and not (k > 0 and sm.toks[k - 1].norm in OBJECT_PREPOSITIONS)
                                    for k in range(max(0, d.i - CROWD_BEFORE), d.i))):
            continue  # (a plural verb's doer may be named before it: "رفقة مجموعة من الشبان ... وتولوا إضرام النار")
        for m in sorted(acts, key=lambda m: m.i):
            if m.i < d.j or m.i - d.j > DEED_REACH or m.i in seen:
                continue
            if any(d.j <= x.i and x.j <= m.i and m.i - x.j <= CAUSE_REACH and not any(
                    sm.toks[k].norm in DONE_VERBS or sm.toks[k].norm == "حيث" for k in range(x.j, m.i)) for x in causes) and not (
                    sm.toks[m.i - 1].norm in ("الي", "الى", "إلى") and all(sm.clause[x.i] != sm.clause[m.i] for x in causes)):
                continue  # "قام عدد من الأهالي بوقفة تنديدا بالاعتداء على ...": what they protest (not a deed told
                # further on or after "حيث" or "تم": "احتجاجا على بيع الهدايا حيث تم كسر واجهات المحلات"; nor the
                # verb's own "إلى" past a time aside: "عمد عدد من الأحباء، إثر انتهاء المباراة، إلى تهشيم الواجهات")
            if any(tok.stems[-1].startswith(VICTIM_VERBS) for tok in sm.toks[d.j:m.i]):
                continue  # "قام عدد من الشبان بنقل المصاب الذي تعرض للاعتداء"
            if any(tok.stems[-1] in TIME_PREPOSITIONS for tok in sm.toks[max(d.j, m.i - 2):m.i]):
                continue  # "قام عدد من الشبان بتنظيف الشوارع بعد أعمال التخريب": the time of their deed, not it
            if any(t.sub_event_type == "Arrests" and t.i < m.j and m.i < t.j for t in trig) and not any(
                    k in nums or _person_at(sm, k) or _many_at(sm, k) for k in range(m.j, min(len(sm.toks), m.j + ARREST_REACH))):
                continue  # "أقدم عدد من المحتجين على احتجاز شاحنة": a thing held, not people
            seen.add(m.i)
            out.append((d.i, m.i, m.j))
    return out


def _security_damage(sm: SentenceMentions) -> list[tuple[int, int]]:
    """A word of damage or arson (protest_cues.tsv kinds damage, arson) with a security force's word (SECURITY_WORDS:
    سيارة أمنية، مقر الحرس، مركز الشرطة) or a state office (kind state_site) within SECURITY_REACH words after it
    ("تم حرق 3 سيارات أمنية"، "تهشيم البلور الأمامي لسيارة أمنية"); no armed party or armed group, no theft in the
    sentence. The acts' spans."""
    acts = _cue(sm, "damage") + _arson(sm)
    if not acts or _armed(sm) or _armed_actor(sm) or _cue(sm, "theft"):
        return []  # (a theft: "كسر قفل باب مستودع تابع للحرس البلدي وسرقة محتوياته" is a burglary)
    selves = [(m.i, m.j) for m in _cue(sm, "self")]
    sites = {m.i for m in _cue(sm, "state_site")}  # a state office: "لمكتب الوالي"، "المكتب الجهوي للديوانة"
    undergo = [m.i for m in _cue(sm, "undergo")]

    def target(k: int) -> bool:
        return k in sites or any(st in SECURITY_WORDS for st in sm.toks[k].stems)

    # (or named before a verb of undergoing that stands before the act: "إقليم الحرس الوطني الذي كان قد شهد عمليات حرق")
    return [(m.i, m.j) for m in sorted(acts, key=lambda m: m.i) if not any(a <= m.i < b for a, b in selves) and (
        any(target(k) for k in range(m.j, min(len(sm.toks), m.j + SECURITY_REACH))) or any(
            0 < m.i - u <= UNDERGO_REACH and any(target(k) for k in range(max(0, u - UNDERGO_REACH), u)) for u in undergo))]


MOVEMENT_WORDS = tuple(function_keys("movement_word"))


def strikes(toks: list) -> bool:
    """A work stoppage named in ``toks`` (function_words strike_word: إضراب), not a hunger strike (hunger_word within
    three words after it: إضراب عن الطعام)."""
    return any(t.stems[-1] in STRIKE_WORDS and not any(w.norm in HUNGER_WORDS for w in toks[k + 1:k + 4])
               for k, t in enumerate(toks))


def _movement(sm: SentenceMentions, t: Trigger) -> bool:
    """The trigger is a noun of movement (function_words movement_word: تحركات احتجاجية، التحرك الاحتجاجي)."""
    return alias_key(sm.toks[t.i].stems[-1]).startswith(MOVEMENT_WORDS)


def _many_at(sm: SentenceMentions, k: int) -> bool:
    """People acting as a crowd (شبان، مواطنون، حشد غاضب) or a count of people (عدد من الأشخاص، عشرات الشبان)
    named at token ``k``."""
    cues = crowd_cues()
    end = min(len(sm.toks), k + 3)
    # ("العشرات من عمال الأجور اليومية": "من" may stand between the count and who they are)
    return any(m.i == k for m in cues["crowd"].find(sm.toks, k, end)) or any(
        m.i == k and (_person_at(sm, m.j) or m.j < len(sm.toks) and sm.toks[m.j].norm == "من" and _person_at(sm, m.j + 1))
        for kind in ("count", "multitude") for m in cues[kind].find(sm.toks, k, end))


def _multitude_at(sm: SentenceMentions, k: int) -> bool:
    """A bare count of people in the thousands or hundreds at token ``k`` with a place word right after it ("خرج عشرات
    الآلاف في شوارع باريس"، "احتشد المئات أمام السفارة"; protest_cues.tsv kinds multitude, where), no armed party."""
    if _armed(sm):
        return False
    cues = crowd_cues()

    def past_time(j: int) -> int:  # "جاءت الحشود الليلة إلى ...": a time between the count and the place word
        return next((t.j for t in sm.times if t.i == j), j)
    return any(m.i == k and cues["where"].find(sm.toks, past_time(m.j), min(len(sm.toks), past_time(m.j) + 1))
               for m in cues["multitude"].find(sm.toks, k, min(len(sm.toks), k + 2)))


def _lethal(sm: SentenceMentions) -> bool:
    """Someone killed (a casualty of kind killed) or live fire (protest_cues.tsv kind lethal: الرصاص الحي، فتحت النار،
    برصاصة): force against a crowd so used is excessive (ACLED), blows, gas or arrests an intervention."""
    return any(cs.value.get("kind") == "killed" for cs in sm.casualties) or bool(_live_fire(sm))


AIR_REACH = 3  # "تطلق النار في الهواء لتفريقهم": shots this near before "in the air" are warning shots


def _live_fire(sm: SentenceMentions) -> list:
    """The live-fire cues (protest_cues.tsv kind lethal) that are not shots in the air (kind air, within AIR_REACH words
    after: "وقوات الأمن تطلق النار في الهواء لتفريقهم", an intervention, not excessive force)."""
    air = _cue(sm, "air")
    return [m for m in _cue(sm, "lethal") if not any(0 <= a.i - m.j <= AIR_REACH for a in air)]


def _killed_there(sm: SentenceMentions, c: Candidate) -> bool:
    """Someone killed (a casualty of kind killed) in the protest's clause, with a state force named in that clause,
    before any demand or cause cue of the sentence, and after the protest's word or before it with a word of "during"
    after it in its clause (protest_cues kind during: "توفي شاب من المعتصمين بعد أن دهسته سيارة للحرس الوطني أثناء
    تفريق المعتصمين"): the death came at the protest ("استشهاد ثلاثة شبان وإصابة العشرات برصاص
    القوات الأمنية خلال تفريق المتظاهرين"), not the death the crowd protests ("تظاهر الأهالي احتجاجا على مقتل شاب
    برصاص الشرطة"، "فور الإعلان عن مقتل الرجل شهدت المدينة مظاهرات") nor another story's in a run of headlines
    ("وفاة امرأة في حادث مرور  محتجون يغلقون الطرق")."""
    first = _first_cause(sm)
    clauses = {sm.clause[t.i] for t in c.triggers}
    start = min(t.i for t in c.triggers)
    during = [m.i for m in _cue(sm, "during")]
    # (or a word of "when" or "during" between the death and the protest's word, whatever the clauses: "لقي شاب حتفه، صباح
    # اليوم، حين دهست سيارة تابعة للحرس الوطني الشبان الذين أغلقوا مدخل المحطة")
    # (the force then named anywhere from the death on: "قتل رجل برصاص عسكري ...، بينما كان مع آخرين يقطعون الطريق")
    tied = during + [m.i for m in _cue(sm, "when")]
    forces = _force_positions(sm)
    told = any(sm.clause[k] in clauses for k in forces)
    return any(
        cs.value.get("kind") == "killed" and cs.i < first and (
            told and sm.clause[cs.i] in clauses and (
                cs.i > start or any(k > cs.i and sm.clause[k] == sm.clause[cs.i] for k in during))
            or any(cs.i < k < start for k in tied) and (told or any(cs.i <= k < start for k in forces)))
        for cs in sm.casualties)


def _irregulars(sm: SentenceMentions) -> bool:
    """An armed party other than a state's forces is named (protest_cues.tsv kind armed, not melee-armed): not the
    occupier's forces (kind occupier) nor a word of a state force's name ("متقاعدي القوات المسلحة")."""
    cues = crowd_cues()
    found = cues["armed"].find(sm.toks)
    if not found:
        return False
    melee = {m.i for m in cues["melee"].find(sm.toks)}
    occupier = {k for m in cues["occupier"].find(sm.toks) for k in range(m.i, m.j)}
    forces = {k for a in sm.actors if _state_force(a) for k in range(a.i, a.j)}
    return any(m.j not in melee and m.i not in occupier and m.i not in forces
               and not (m.i > 0 and any(st in FORCE_WORDS for st in sm.toks[m.i - 1].stems)) for m in found)


def _gathered_crowds(sm: SentenceMentions, strong_only: bool = False) -> list[int]:
    """Where the sentence names people (_many_at: عشرات الشبان، حشود من المعلمين) that it tells gathered (a verb,
    participle or noun of gathering within GATHERED_REACH words after them or right before them: "الذين تجمعوا"،
    "المتجمعين"، "أثناء تجمعهم"), chanting (kinds chant with slogans) or demanding (a demand cue within GATHER_REACH
    words after them): a crowd at a protest, whatever word the protest goes by. ``strong_only``: chants, demands
    or dispersal only (people who gathered to sail, "كانوا تجمعوا على الشاطئ للإبحار", and were arrested did not
    protest)."""
    slogans = _cue(sm, "slogans")
    marks = [(m.i, m.j) for kind in ("gather", "gathered") for m in _cue(sm, kind)]
    # (chants or a demand on either side: "وسط هتافات تطالب برحيل المحافظ، انهالت الشرطة ... على عدد من الشبان")
    loud = [(m.i, m.j) for m in _cue(sm, "chant")] + [(m.i, m.j) for m in slogans if "هتاف" in sm.toks[m.i].norm] \
        if slogans else []
    demands = _demands(sm)
    # (or right after a word of dispersing them: "لإبعاد حشود من المعلمين")
    pushed = [m.j for m in _cue(sm, "disperse")]
    if not (marks or loud or demands or pushed or _cue(sm, "multitude")):
        return []
    # (people counted by a number, "23 من أنصار الرئيس"، "خمسة من أبناء البدون", or a protest movement the actors name)
    counted = {n.i for n in sm.numbers if n.j < len(sm.toks) and (_person_at(sm, n.j) or sm.toks[n.j].norm == "من" and (
        _person_at(sm, n.j + 1) or any(a.i == n.j + 1 and a.value.get("inter") in (5, 6) for a in sm.actors)))}
    counted |= {a.i for a in sm.actors if a.value.get("inter") in (5, 6)}
    multitudes = {m.i: m.j for m in _cue(sm, "multitude")}
    out = []
    for k in range(len(sm.toks)):
        # (a bare multitude that the next words tell gathered or chanting: "على حشود كانت تهتف بسقوط النظام")
        if k in multitudes and any(0 <= i - multitudes[k] <= 3 for i, _ in marks + loud):
            out.append(k)
            continue
        if not (_many_at(sm, k) or k in counted):
            continue
        # (a multitude of people is a crowd: "أطلقت القوات الأمنية الرصاص الحي على آلاف الشبان"; a count needs more)
        if k in multitudes:
            out.append(k)
            continue
        if not strong_only and any(0 < i - k <= GATHERED_REACH or 0 <= k - j <= 1 for i, j in marks) or any(
                abs(d.i - k) <= GATHER_REACH for d in demands) or any(abs(i - k) <= GATHER_REACH for i, _ in loud) \
                or any(0 <= k - j <= 1 for j in pushed):
            out.append(k)
    return out


def _crowd_joins(sm: SentenceMentions, m) -> bool:
    """A word of taking part (protest_cues.tsv kind join: للمشاركة) at match ``m`` with a multitude or a crowd named within
    JOIN_REACH words before it: "وبدأ عشرات الآلاف في التوافد إلى العاصمة للمشاركة في مظاهرة" tells the crowd joining."""
    cues = crowd_cues()
    if not any(j.i == m.i for j in cues["join"].find(sm.toks, m.i, m.j)):
        return False
    lo = max(0, m.i - JOIN_REACH)
    return bool(cues["multitude"].find(sm.toks, lo, m.i) or cues["crowd"].find(sm.toks, lo, m.i)
                or any(_person_at(sm, c.j) for c in cues["count"].find(sm.toks, lo, m.i)))


def _told_as_cause(sm: SentenceMentions, c: Candidate) -> bool:
    """A word of cause or a protest's demand (على خلفية، بسبب، تنديدا بـ، احتجاجا على) stands before the event's
    first word: what the sentence's protest answers, not part of it."""
    first = min(c.positions)
    return any(m.j <= first for m in crowd_cues()["cause"].find(sm.toks, 0, first)) or any(
        m.j <= first for m in demand_cues().find(sm.toks, 0, first))


def _communal_clash(sm: SentenceMentions, c: Candidate) -> bool:
    """A clash word and two communities in the sentence (protest_cues.tsv kind community: قريتي، القريتين، العائلتين،
    العرشين), or residents named after "بين" right after it ("بين أهالي ...", "بين سكان ..."); no armed party, no armed
    group or state force and no police word in the sentence but a force that stepped in to break it up."""
    clashes = [t for t in c.triggers if any(st in CLASH_WORDS for st in sm.toks[t.i].stems)]
    if _armed(sm) or not clashes:
        return False
    # (a force named before the clash word with a word of breaking up between stepped in: "تدخل الأمن لفض اشتباك بين
    # طلبة الاتحاد وشباب الحركة"; any other force word or armed side makes it a side)
    first = min(t.i for t in clashes)
    breakup = [m.i for m in crowd_cues()["breakup"].find(sm.toks, 0, first)]

    def stepped_in(k: int) -> bool:
        return k < first and any(k < b for b in breakup)

    if any((a.value.get("inter") in (1, 2, 3, 4, 8) or a.value.get("generic") in ("armed_group", "militants"))
           and not (a.value.get("inter") == 1 and stepped_in(a.i)) for a in sm.actors):
        return False
    if any(any(st in FORCE_WORDS for st in tok.stems) and not stepped_in(k) for k, tok in enumerate(sm.toks)):
        return False
    if _cue(sm, "community"):
        return True
    for t in clashes:
        for k in range(t.j, min(len(sm.toks) - 1, t.j + CLASH_REACH)):
            if sm.toks[k].norm == "بين" and any(m.i == k + 1 for m in crowd_cues()["crowd"].find(sm.toks, k + 1, k + 2)):
                return True
    return False


def _moved_clause(sm: SentenceMentions, cl: int) -> bool:
    """A clause inside the sentence that opens on a place of its own ("، وفي مديرية لودر ...";
    data/place_openers.tsv): what it tells happened there, apart from what the sentence told before."""
    clause = sm.clause
    for m in sm.find("place_openers.tsv"):
        if m.i == 0 or clause[m.i] != cl or clause[m.i - 1] == cl:
            continue
        if any(clause[p.i] == cl and 0 <= p.i - m.j < int(m.payloads[0]["reach"]) for p in sm.places):
            return True
    return False


def _launched(sm: SentenceMentions, c: Candidate) -> bool:
    """An attack noun without the article that a verb of launching governs ("شن مسلحو المقاومة هجوما
    على مقر الأمن"، "في كمين نصبه مسلحون"; data/launch_verbs.tsv), with the armed side that launched it
    (state forces or an armed group, not a speaker) named in its clause: the sentence tells that attack
    (a bare "هجوم" is often talk of attacks). Not inside a relative clause ("الملهى الذي كان تعرض لهجوم
    شنه مسلح"): what a relative clause tells of a thing is its past."""
    if not c.generic_only or c.anaphoric:
        return False
    verbs = sm.find("launch_verbs.tsv")
    for t in c.triggers if verbs else []:
        if t.definite or t.role != "generic":
            continue
        cl = sm.clause[t.i]
        launch = [m for m in verbs if sm.clause[m.i] == cl and (
            m.payloads[0]["side"] == "before" and 0 <= t.i - m.j <= LAUNCH_REACH
            or m.payloads[0]["side"] == "after" and 0 <= m.i - t.j <= 1)]
        if not launch:
            continue
        first = min([t.i] + [m.i for m in launch])
        if any(sm.toks[k].norm in RELATIVE_PRONOUNS for k in range(max(0, first - RELATIVE_BEFORE), first)):
            continue
        if any(sm.clause[min(a.i, len(sm.clause) - 1)] == cl and not a.value.get("speaker")
               and a.value.get("inter") in (1, 2, 3, 4, 8) for a in c.actors):
            return True
    return False


def _detonated(sm: SentenceMentions, t: Trigger) -> bool:
    """An explosive device (a modifier) that a verb of setting off governs a few words before it in its
    clause, its subject between ("فجر مسلحون عبوة ناسفة بدورية ..."، "فجّر عناصر التنظيم سيارة مفخخة";
    data/detonation_verbs.tsv): the sentence tells the blast. "فجر" of a time phrase is dawn ("فجر
    اليوم"، "فجر الأحد"), and with the article ("الفجر") no verb. A state force as the subject destroys a
    device it found ("فجرت قوات الأمن عبوة ناسفة عثرت عليها"): no blast of this kind."""
    verbs = sm.find("detonation_verbs.tsv")
    if not verbs:
        return False
    timed = sm.time_positions()
    for m in verbs:
        if not (0 <= t.i - m.j <= DETONATE_REACH) or sm.clause[m.i] != sm.clause[t.i] or m.j - m.i != 1:
            continue
        if m.i in timed or m.j in timed:
            continue
        tok = sm.toks[m.i]
        w = tok.norm[1:] if tok.norm[:1] in ("و", "ف") and tok.norm[1:] in tok.stems else tok.norm
        if w != alias_key(m.payloads[0]["word"]):
            continue
        if any(m.j <= a.i and a.j <= t.i and a.value.get("inter") == 1 for a in sm.actors):
            continue  # "وفجرت قوات الأمن عبوة ناسفة عثرت عليها": a device the state's forces destroyed
        return True
    return False


def _ground_after_air(sm: SentenceMentions, t: Trigger, c: Candidate, live: list[Trigger]) -> bool:
    """A shelling noun joined by "و" after an air strike of its clause, with a ground of its own: its
    kind in its phrase ("غارات جوية وقصف مدفعي")، the force it belongs to after "لـ" ("قصف جوي ...
    وقصف لقوات النظام") or its weapon right after it ("وقصف بالمدفعية"). Strikes from the air and
    shelling from the ground are two events (a verb, "وقصفت الطائرات", and a bare "وقصف" go on telling
    the strike)."""
    if c.sub_event_type != AIR_STRIKE or t.sub_event_type != SHELLING or t.role != "event" \
            or t.i <= max(c.positions):
        return False
    tok = sm.toks[t.i]
    if not (tok.norm.startswith("و") and tok.norm[1:] in tok.stems and tok.stems[-1] == alias_key("قصف")):
        return False
    if t.j - t.i > 1:
        return True
    if t.j < len(sm.toks) and sm.toks[t.j].norm.startswith("ل") and any(
            a.i == t.j and a.value.get("inter") in (1, 2, 3, 4) for a in sm.actors):
        return True
    return any(w is not t and w.role == "modifier" and w.sub_event_type == SHELLING and 0 <= w.i - t.j <= 1
               for w in live)


def _pronoun_suffixed(sm: SentenceMentions, k: int) -> bool:
    """The word at ``k`` ends, as written, in the pronoun "ه" (not a misspelt "ة"): it has no article and a definite
    adjective of relation (ending in "ية") agrees with it right after ("بكل مظاهره الطبيعية", its aspects)."""
    tok = sm.toks[k]
    if not tok.text.endswith("ه") or has_article(tok) or k + 1 >= len(sm.toks):
        return False
    nxt = sm.toks[k + 1]
    return has_article(nxt) and nxt.text.endswith(("ية", "يه"))


def _headline(sm: SentenceMentions) -> bool:
    """A sentence shaped like a headline: no closing full stop, question or exclamation mark, and at most
    HEADLINE_TOKENS words ("ليبيا: طائرات حربية تقصف قواعد ميليشيات إسلامية في بنغازي"); or a flash or a post led by a
    label of a place or a tag (a colon or a bar within its first LABEL_TOKENS words), up to FLASH_TOKENS words, full
    stop or not ("أم الفحم: الشرطة الإسرائيلية تعتقل أربعة شبان خلال وقفة احتجاجية ..., وتصادر لافتات المشاركين.")."""
    if 0 < len(sm.toks) <= HEADLINE_TOKENS and not sm.text.rstrip().endswith(SENTENCE_ENDS):
        return True
    # (not a speaker's words after a colon: "وقال الوزير: ...")
    # (a post's tags and pictographs label it as a colon does: "#لبنان 🔥 شبان غاضبون يحرقون الإطارات")
    k = next((k for k in range(min(LABEL_TOKENS, len(sm.toks) - 1))
              if any(ch in ":|" or unicodedata.category(ch) == "So"
                     for ch in sm.text[sm.toks[k].end:sm.toks[k + 1].start])), None)
    return k is not None and len(sm.toks) <= FLASH_TOKENS and not any(m.i <= k for m in sm.find("speech_verbs.tsv"))


def sentence_candidates(sm: SentenceMentions) -> tuple[list[Candidate], list[Trigger]]:
    """Candidates of one sentence, and the blocked triggers (kept for explanation)."""
    trig = find_triggers(sm.toks)
    # a present-tense verb of a headline tells what happened; in running text what goes on or will
    headline = any(t.role == "headline" for t in trig) and _headline(sm)
    for t in [t for t in trig if t.role == "headline"]:
        if headline:
            t.role = "event"
        else:
            trig.remove(t)
    apply_blockers(sm.toks, trig, sm.clause)
    for t in trig:
        if not t.blocked and t.event_type == "Protests" and _pretends(sm, t):
            t.blocked = "pretend"
        elif not t.blocked and t.j - t.i == 1 and sm.toks[t.i].stems[-1] in SHOW_NOUNS and _cultural(sm):
            t.blocked = "culture"  # "الموسيقى الطربية والتظاهرات الاجتماعية": a festival's events, no protest
        elif not t.blocked and t.j - t.i == 1 and t.event_type == "Protests" and _pronoun_suffixed(sm, t.i):
            t.blocked = "figurative"  # "بكل مظاهره الطبيعية": its aspects, no demonstration
    # "أغلقوا الطريق الجهوية بالحجارة وجذوع الأشجار": stones a closing verb a few words before uses (no verb of
    # throwing or attacking in the sentence) block a road; they are no riot
    closes = _cue(sm, "close") if any(t.event_type == "Riots" for t in trig) else []
    if closes and not _cue(sm, "violent") and not _cue(sm, "mob"):
        for t in [t for t in trig if t.event_type == "Riots" and t.j - t.i == 1 and "حجار" in sm.toks[t.i].norm
                  and sm.toks[t.i].norm.startswith(("بال", "وبال"))]:
            # (or the road it closes, with the crowd and its time between: "أغلق، صباح اليوم، عشرات من متساكني
            # المعتمدية الطريق الرئيسية المؤدية إلى مركز المعتمدية بالحجارة وجذوع الأشجار")
            roads = [r for r in _cue(sm, "roads") if any(
                r.i >= m.j and _untimed(sm, m.j, r.i) <= CLOSE_REACH and sm.clause[m.i] == sm.clause[r.i] for m in closes)]
            if any(0 < t.i - m.j <= CLOSE_REACH and sm.clause[m.i] == sm.clause[t.i] for m in closes + roads):
                trig.remove(t)
    # "تنتظم صباح اليوم وقفة احتجاجية": a protest that "takes place" in the present tense (blockers.tsv kind pending)
    # is going on when the sentence dates it today or says so (kind ongoing: حاليا، متواصل), else it is planned
    # ("وينتظم يوم السبت تجمع عمالي")
    if any(t.blocked == "pending" for t in trig) and (any(
            tm.value.get("kind") == "relative" and tm.value.get("days_before") == 0 for tm in sm.times)
            or _cue(sm, "ongoing")):
        for t in [t for t in trig if t.blocked == "pending"]:
            t.blocked = None
    # "حاول شاب صباح اليوم إضرام النار في جسده أمام مقر الولاية": trying to set oneself on fire is the protest (kind
    # self; kind attempt before it): the attempt is done, no intent
    selves = [(m.i, m.j) for m in _cue(sm, "self")]
    attempts = [m for m in _cue(sm, "attempt")] if selves else []
    for t in trig:
        if t.blocked == "intent" and t.event_type == "Protests" and any(a <= t.i < b for a, b in selves) and any(
                0 <= t.i - m.j <= ATTEMPT_REACH for m in attempts):
            t.blocked = None
    # "ورفض المعتصمون فك اعتصامهم قبل تحقيق مطالبهم": refusing to end a sit-in or to leave (kind reopen after the verb
    # of refusing) tells it going on
    reopened = _cue(sm, "reopen") if any(t.blocked == "refusal" for t in trig) else []
    for t in trig:
        if t.blocked == "refusal" and t.event_type == "Protests" and any(
                m.i <= t.i < m.j + 1 or 0 <= m.i - t.j <= 2 for m in reopened) and any(
                sm.toks[k].stems[-1].startswith(REFUSAL) for r in reopened for k in range(max(0, r.i - 4), r.i)):
            t.blocked = None
    claimed = [t for t in trig if t.blocked == "claim" and t.role == "event" and not t.definite]
    for t in claimed:
        t.blocked = None  # a claim naming a new attack by its kind; "مسؤوليته عن التفجير" refers back
    # an attack referred to or put before a judge with a recent day of its own in the relative clause right after it
    # ("بملف العملية الارهابية التي جدت يوم الاحد الفارط بالمركز الاسلامي بمدينة كيبيك"، "على خلفية الهجوم الذي وقع
    # أمس"): EVENT_CODING codes a reference dated in the article's period; it is told (and joins the telling of the
    # same attack, if any); not a day that dates the sentence's own deed ("القبض على والد منفذ التفجير ... أمس"), nor
    # bare attacks with no toll ("على خلفية الهجمات التي استهدفت العاصمة الأحد": what an arrest is about)
    for t in trig:
        if t.blocked in DATED_REFERENCE_KINDS and t.event_type in VIOLENT and (t.role == "event" or any(
                cs.i > t.i and sm.clause[cs.i] == sm.clause[t.i] for cs in sm.casualties)) and any(
                0 <= tm.i - t.j <= DATED_REFERENCE_REACH and sm.clause[tm.i] == sm.clause[t.i]
                and any(sm.toks[k].norm in RELATIVE_PRONOUNS for k in range(t.j, tm.i))
                and tm.value.get("kind") in ("relative", "weekday", "explicit")
                and 0 <= (tm.value.get("days_before") if tm.value.get("days_before") is not None else -1) <= DATED_REFERENCE_DAYS
                for tm in sm.times):
            t.blocked = None
    # "قرروا الدخول في اعتصام مفتوح أمام مقر الولاية ابتداء من اليوم": a protest decided on that starts today
    # (protest_cues.tsv kind from_today) is told, not planned
    # (the decision's object: a verbal noun of doing right before the protest word, "الدخول في"، "تنفيذ")
    today = _cue(sm, "from_today")
    doing = _cue(sm, "doing") if today else []
    started = {id(t) for t in trig if today and t.event_type == "Protests" and t.blocked in (None, "intent", "refusal")
               and any(0 <= t.i - m.j <= 1 and not any(x.stems[-1].startswith(REFUSAL) for x in sm.toks[max(0, m.i - 3):m.i])
                       for m in doing) and any(
                   0 <= m.i - t.j <= FROM_TODAY_REACH and sm.clause[m.i] == sm.clause[t.i] for m in today)}
    for t in trig:
        if id(t) in started:
            t.blocked = None
    # "وتقرر تنفيذ الإضراب بعد وقفة احتجاجية نفذها منظورو الاتحاد": a protest word followed right away by a verb of its
    # organisers with its pronoun (an asyndetic relative clause, protest_cues.tsv kind course: نفذها، نظمها) was done;
    # the decision or plan of its sentence is about something else
    for t in trig:
        if t.event_type == "Protests" and t.blocked in LIFTED_BY_DONE and not t.definite and _done_after(sm, t):
            t.blocked = None
    # "اندفاع الشباب الذي أدى إلى هذه الاشتباكات" in a sentence naming two villages or families (kind community): the
    # communal clash told before, pointed at, goes on being told (an anaphor of it, not a clash talked about)
    communal = {id(t) for t in trig if t.blocked == "reference" and t.event_type == "Battles" and t.i > 0
                and sm.toks[t.i - 1].stems[-1] in POINTERS and sm.toks[t.i].stems[-1] in CLASH_WORDS} \
        if _cue(sm, "community") else set()
    for t in trig:
        if id(t) in communal:
            t.blocked = None
    blocked = [t for t in trig if t.blocked]
    live = [t for t in trig if not t.blocked]
    # tyres are a riot's when they burn ("إشعال العجلات المطاطية"), not a tyre factory or a seizure
    for t in [t for t in live if t.event_type == "Riots" and _unburned_tyres(sm, t)]:
        live.remove(t)
    # "غلق جميع الطرقات المؤدية للمدينة": a quantifier between the closing word and the roads (protest_cues.tsv kinds
    # close, every, roads) is a road blocked as "غلق الطرقات" is, a crowd's act; so is an office occupied ("احتلوا
    # مكتب مدير الجامعة", kinds occupy, premises)
    closures = _quantified_closures(sm) + _subject_closures(sm) + _occupations(sm) + _split_selves(sm) + _crowd_arsons(sm) + \
        _crowd_throws(sm)
    # "اقتحمت 6 عناصر إرهابية منزل النائب": armed men storming a home attack those in it (function_words raid_verb,
    # home_noun), when no other event word stands on the verb
    raids = [t for t in _armed_raids(sm) if not any(x.i <= t.i < x.j for x in live)]
    if raids:
        apply_blockers(sm.toks, raids, sm.clause)
        live.extend(t for t in raids if not t.blocked)
    if closures:
        apply_blockers(sm.toks, closures, sm.clause)
        # ("أقدم عدد من المعطلين على إيقاف ضخ المياه": what a crowd stops is a pumping or a train, not people arrested)
        for x in [x for x in live if x.sub_event_type == "Arrests" and any(t.i == x.i for t in closures if not t.blocked)]:
            live.remove(x)
        live.extend(t for t in closures if not t.blocked and not any(x.i <= t.i < x.j for x in live))
    # a road blocked, an office stormed: an event when a crowd does it, else nothing (a road closed with no doer
    # named, told after a general strike, is the striking town's crowd's: _closed_unnamed)
    for t in [t for t in live if t.role == "crowd"]:
        if _crowd_acts(sm, t) or _closed_unnamed(sm, t):
            t.role = "event"
        elif t.event_type == "Riots" and _unknown_doer(sm, t):
            # "أقدم مجهولون على إحراق مقر الحزب"، "تعرض المقر للحرق من قبل مجهولين": property an unidentified group
            # destroyed, no riot
            t.role, t.event_type, t.sub_event_type = "event", "Strategic developments", LOOTING
        else:
            live.remove(t)
    # "وحدات الحرس الوطني تولت غلق الطريق بالاتجاهين في انتظار إخراج الشاحنة": a road a state force closes, no crowd
    # named, is no protest
    for t in [t for t in live if t.event_type == "Protests" and _force_closes(sm, t)]:
        live.remove(t)
    # "أطلقوا النار على مروحية"، "إطلاق نار استهدف مروحية عسكرية": the aircraft shot at is the target,
    # not the weapon of an air strike
    aimed = sm.find("aircraft_targets.tsv")
    for t in [t for t in live if aimed and t.role == "modifier" and t.sub_event_type == "Air/drone strike"]:
        if any(m.j == t.i and (m.payloads[0]["kind"] == "prep" or any(x.j == m.i for x in live if x is not t))
               for m in aimed):
            live.remove(t)
    clause = sm.clause
    cands: list[Candidate] = []
    generics: list[Trigger] = []
    modifiers: list[Trigger] = []
    for t in live:
        if t.role == "modifier":
            modifiers.append(t)
            continue
        if t.role == "generic":
            generics.append(t)
            continue
        same = next((c for c in cands if c.event_type == t.event_type and c.clause == clause[t.i]
                     and not c.generic_only), None)
        ground = same is not None and _ground_after_air(sm, t, same, live)
        if ground:
            same = None  # "قصف جوي على منطقة الاشتباكات وقصف لقوات النظام": two events, air and ground
        if same is None and not _moved_clause(sm, clause[t.i]):
            # same type and sub-type elsewhere in the sentence is the same event (not in a clause
            # that moves the story to a place of its own: "...، وفي مديرية لودر نصبت المقاومة كمينا")
            same = next((c for c in cands if c.event_type == t.event_type
                         and c.sub_event_type == t.sub_event_type), None)
        if same is None:
            cands.append(Candidate(sm.index, clause[t.i], t.event_type, t.sub_event_type, t.priority, [t],
                                   ground=ground))
        else:
            same.triggers.append(t)
            if t.priority > same.priority:
                same.sub_event_type, same.priority = t.sub_event_type, t.priority
    # "بعد انتهاء الهدنة"، "لا تفاوض بشأن تبادل الأسرى": a truce or an exchange named with no word of agreeing,
    # announcing or starting it in the sentence is talked about, not agreed
    if any(c.sub_event_type == "Agreement" for c in cands) and not any(_in_class(tok, AGREE_CUES) for tok in sm.toks):
        cands = [c for c in cands if not (c.sub_event_type == "Agreement"
                                          and all(_in_class(sm.toks[t.i], TRUCE_WORDS) for t in c.triggers))]
    # "احتجزت حماس 136 رهينة": an arrest verb in a clause with a hostage noun takes hostages, an abduction
    for c in cands:
        if c.sub_event_type == "Arrests" and any(
                clause[k] == c.clause and _in_class(tok, HOSTAGE_WORDS) for k, tok in enumerate(sm.toks)):
            c.event_type, c.sub_event_type = "Violence against civilians", "Abduction/forced disappearance"
    # a weapon word with a casualty count in its clause is an event of its own:
    # "مقتل ثلاثة من عناصر قسد جراء إصابتهم بصاروخ موجه"
    hurt = {clause[cs.i] for cs in sm.casualties if cs.i < len(clause)}
    # so is an explosive device a verb of setting off governs: "فجر مسلحون عبوة ناسفة بدورية للجيش"
    for t in modifiers:
        if t.event_type == "Explosions/Remote violence" and (clause[t.i] in hurt or _detonated(sm, t)) and not any(
                c.clause == clause[t.i] for c in cands):
            cands.append(Candidate(sm.index, clause[t.i], t.event_type, t.sub_event_type, t.priority, [t]))
    for c in cands:
        if all(t in claimed for t in c.triggers):
            c.anaphoric = c.claimed = True
    specific = list(cands)
    anaphors: list[Candidate] = []
    twins: list[tuple] = []  # two events told side by side, each with the place right after its word
    for t in generics:
        if t.definite and not _governs(sm, t) and not any(clause[t.i] == c.clause and abs(t.i - min(c.positions)) <= 4
                                                          for c in specific):
            # الضربة الأميركية / هذا الهجوم: may point back to an earlier event
            anaphors.append(Candidate(sm.index, clause[t.i], t.event_type, t.sub_event_type, t.priority,
                                      [t], generic_only=True, anaphoric=True))
            continue
        # a generic attack word joins a nearby event of its clause, or any violent event of its
        # sentence ("استهداف طائرات ... ، ... بالغاز السام"); an arrest or a protest far away does not
        # absorb it ("القبض على ... في هجوم")
        # a killing word with its own toll ("قتل إرهابيين اثنين واعتقل ثلاثة") is not part of an arrest
        own_toll = any(0 <= cs.i - t.i <= 1 for cs in sm.casualties)
        # "... ، فيما استهدفت فصائل المعارضة بصواريخ غراد مواقع ...": an attack word with its own
        # subject and its own weapon, in a clause where no event is told, is an attack of its own
        # (or with its weapon, before the events the sentence tells next: "أعلنت جماعة الحوثي استهداف
        # سفينة ... بصاروخ بحري، فيما شنت طائرات أمريكية غارات ...")
        weapon = next((w for w in modifiers if w.event_type == "Explosions/Remote violence"
                       and clause[w.i] == clause[t.i] and 0 < w.i - t.j <= GENERIC_REACH
                       and (any(t.j <= a.i and a.j <= w.i and a.value.get("name") for a in sm.actors)
                            or specific and all(clause[min(c.positions)] > clause[w.i] for c in specific))), None)
        if weapon is not None and not any(c.clause == clause[t.i] for c in specific):
            c = Candidate(sm.index, clause[t.i], weapon.event_type, weapon.sub_event_type, weapon.priority,
                          [t, weapon])
            cands.append(c)
            specific.append(c)
            continue
        # "في هجوم بمدينة العريش ... واشتباك بمدينة السويس": an attack word and a later event word joined
        # by "و", each with a place of its own right after it, are two events, one at each place
        own = _own_place(sm, t)
        apart = next(((c, x) for c in specific if c.event_type in VIOLENT for x in c.triggers
                      if x.i > t.j and sm.toks[x.i].norm.startswith("و")
                      and _own_place(sm, x) not in (None, own)), None) if own is not None else None
        if apart is not None:
            c = Candidate(sm.index, clause[t.i], apart[0].event_type, apart[0].sub_event_type, apart[0].priority, [t])
            cands.append(c)
            specific.append(c)
            twins.append((c, apart[0], own, _own_place(sm, apart[1])))
            continue
        if _moved_clause(sm, clause[t.i]) and not any(c.clause == clause[t.i] for c in specific):
            # "... لقي مصرعه في مواجهات ...، وفي مديرية لودر نصبت المقاومة كمينا": the story moved on
            cands.append(Candidate(sm.index, clause[t.i], t.event_type, t.sub_event_type, t.priority,
                                   [t], generic_only=True))
            continue
        close = [c for c in specific if (c.clause == clause[t.i]
                 and min(abs(t.i - k) for k in c.positions) <= GENERIC_REACH
                 and not (own_toll and c.event_type not in VIOLENT))
                 or c.event_type in VIOLENT]
        if close:
            near = min(close, key=lambda c: min(abs(t.i - k) for k in c.positions))
            near.triggers.append(t)
        else:
            g = next((c for c in cands if c.generic_only and not c.anaphoric), None)
            if g is None:
                cands.append(Candidate(sm.index, clause[t.i], t.event_type, t.sub_event_type, t.priority,
                                       [t], generic_only=True))
            else:
                g.triggers.append(t)
                if t.priority > g.priority:
                    g.event_type, g.sub_event_type, g.priority = t.event_type, t.sub_event_type, t.priority
    # "سيطر جيش الفتح، الجمعة، على سد كوكب بعد اشتباكات مع ..."، "اندلعت اشتباكات ... أسفرت عن سيطرة قوات
    # الأسد على القريتين": a clash told with a change of territory in its sentence is how the ground was
    # taken: one event, of the territory's sub-type (a clash named as the cause of something else
    # stays out)
    taken = next((c for c in cands if c.event_type == "Battles" and c.sub_event_type in TERRITORY), None)
    for b in [c for c in cands if taken is not None and c.event_type == "Battles"
              and c.sub_event_type == "Armed clash" and not c.generic_only]:
        taken.triggers.extend(b.triggers)
        cands.remove(b)
    # "اغتيال ... في غارة": a killing told with its weapon is one event, typed by the weapon
    for c in [c for c in cands if c.event_type == "Violence against civilians" and c.sub_event_type == "Attack"]:
        host = next((h for h in cands if h.event_type == "Explosions/Remote violence" and h.clause == c.clause), None)
        if host is not None:
            host.triggers.extend(c.triggers)
            cands.remove(c)
    # "دخول العدول في إضراب احتجاجا على ...": a work stoppage in protest is a strike, not a protest
    # (a hunger strike is one: إضراب عن الطعام; "ويندرج هذا الإضراب ضمن سلسلة تحركات احتجاجية": a noun of movement
    # beside a strike is the strike's kind, function_words movement_word)
    strike = strikes(sm.toks)
    # (so is a stoppage or its decision told before the protest word, protest_cues.tsv kind stoppage: "يتواصل تعطل
    # الدروس بالمعهد احتجاجا على ..."، "هذا القرار يأتي احتجاجا على ...")
    # (not the protest a word of cause gives as the stoppage's cause: "تعطلت الدروس على إثر احتجاج التلاميذ")
    stops = [m.j for m in _cue(sm, "stoppage")]
    causes = [m.i for m in _cue(sm, "cause")] if stops else []
    if strike or stops:
        # (unless the protesters an anaphor names riot: "الاعتداء من طرف المحتجين لدى تغطية الإضراب")
        cands = [c for c in cands if not (c.event_type == "Protests" and all(
            t.priority <= 40 or strike and _movement(sm, t) for t in c.triggers) and (strike or any(
                j <= min(t.i for t in c.triggers) and not any(j <= k < min(t.i for t in c.triggers) for k in causes)
                for j in stops)) and not (
            all(t.role == "anaphor" for t in c.triggers) and _protesters_riot(sm, c)))]
    # "تمكن الجيش من القضاء على عنصرين إرهابيين بمدينة الأغواط وحجز مسدسين رشاشين": arms seized in the
    # sentence of a clash were taken in it: one event, the clash
    # (a killing told by a generic word too, typed a clash later by its actors: "قتلت 17 إرهابيا ودمرت أربع عجلات مفخخة")
    # (and arms found where ground was taken: "سيطرت المقاومة على الحوطة ... وعثرت على كميات من الألغام")
    fight = next((c for c in cands if (c.event_type == "Battles" or c.generic_only) and not c.anaphoric), None)
    seized = {m.i for m in sm.find("seizure_words.tsv")} if fight is not None else set()
    for c in [c for c in cands if seized and c.sub_event_type == "Disrupted weapons use"
              and all(t.i in seized for t in c.triggers)]:
        fight.triggers.extend(c.triggers)
        cands.remove(c)
    # "عثرت الأجهزة الأمنية على أحزمة ناسفة"، "دمرت وحدة من الجيش عربة مفخخة يقودها انتحاري": a belt, a grenade or a
    # car bomb named (by its noun alone, no verb of blowing up; "معدة للتفجير" says what it is for) after a seizure word
    # of its sentence is what was seized or destroyed, no blast of its own
    for host in [c for c in cands if c.sub_event_type == "Disrupted weapons use"]:
        first = min(t.i for t in host.triggers)
        for c in [c for c in cands if c.event_type == "Explosions/Remote violence"
                  and all(t.i > first and (any(st in SEIZED_NOUNS for st in sm.toks[t.i].stems) or alias_key(
                      sm.toks[t.i - 1].norm) in PREPARED) for t in c.triggers)]:
            host.triggers.extend(c.triggers)
            cands.remove(c)
    # "أسقطت الدفاعات الجوية صاروخا أطلقه الحوثيون": the missile shot down is the interception only
    intercepted = [c for c in cands if c.sub_event_type == "Disrupted weapons use" and any(
        sm.toks[t.i].stems[-1].startswith(("اسقط", "اعترض", "اعتراض")) for t in c.triggers)]
    for host in intercepted:
        for c in [c for c in cands if c is not host and (c.generic_only or (
                c.event_type == "Explosions/Remote violence" and c.sub_event_type == "Shelling/artillery/missile attack"))]:
            host.triggers.extend(c.triggers)
            cands.remove(c)
    # police clashing with a crowd of unarmed people: a riot, not a battle
    for c in cands:
        if c.event_type == "Battles" and c.sub_event_type == "Armed clash" and _crowd_clash(sm, c):
            c.event_type, c.sub_event_type = "Riots", "Violent demonstration"
    # two villages, families or quarters clashing, no armed party and no force named ("تجدد الاشتباكات بين
    # قريتي ..."، "الاشتباكات بين أهالي القريتين"): communal violence, a mob's (ACLED's Mob violence)
    for c in cands:
        if c.event_type == "Battles" and c.sub_event_type == "Armed clash" and _communal_clash(sm, c):
            c.event_type, c.sub_event_type, c.priority = "Riots", "Mob violence", RIOT
            if all(id(t) in communal for t in c.triggers):
                c.anaphoric = c.acted = True
    # (a pointed clash that is no communal one stays stopped)
    cands = [c for c in cands if not all(id(t) in communal for t in c.triggers) or c.event_type == "Riots"]
    # an attack done by a crowd of unarmed people ("تعمد عدد من الأشخاص الاعتداء على أعوان الأمن"، "اعتدى
    # مواطنون على الدورية"): a riot (a mob's, unless a demonstration is told with it), not an armed attack
    # (a definite "الاعتداء" too: "تعمد عدد من الأشخاص الاعتداء على ...", the crowd named, is no attack told before)
    protest = any(c.event_type == "Protests" for c in cands)
    for c in cands + anaphors:
        if c.event_type == "Violence against civilians" and c.sub_event_type == "Attack" and _mob_attack(sm, c):
            c.event_type, c.sub_event_type, c.priority, c.generic_only = "Riots", "Violent demonstration", RIOT, False
            c.anaphoric, c.acted = False, True  # the crowd named doing it: a deed of its own
            if protest and _told_as_cause(sm, c):
                c.sub_event_type, c.cause = "Mob violence", True
    # a crowd named as the doer of a verb of doing ("عمد عدد من المحتجين ... إلى احتجاز عدد من الصحفيين"، "قامت مجموعة
    # من الناس بالتجمع ...، والاعتداء على الجنود"، "رفقة مجموعة من الشبان ... وتولوا إضرام النار به"): the violent,
    # assault or arson acts told after it are the crowd's, a riot (an arrest or an attack word there is no force's
    # arrest and no armed attack)
    for _verb, i, j in _crowd_deeds(sm, trig):
        host = next((c for c in cands + anaphors if any(t.i < j and i < t.j for t in c.triggers)), None)
        t = Trigger(i, j, sm.toks[i].start, sm.toks[j - 1].end, "Riots", "Violent demonstration", "event", RIOT,
                    has_article(sm.toks[i]))
        apply_blockers(sm.toks, [t], clause)
        if t.blocked and t.blocked != "reference":
            continue  # "تهم بقيام عدد من الشبان بحرق ...": a charge, a plan or a denial, not a deed told
        t.blocked = None  # ("عمدوا إلى القيام بهذه الاعتداءات": the crowd named doing them tells them)
        if host is None:
            host = Candidate(sm.index, clause[i], "Riots", "Violent demonstration", RIOT, [t])
            cands.append(host)
        elif host in anaphors:
            anaphors.remove(host)
            cands.append(host)
        if host.event_type == "Riots":
            host.acted = True
            continue
        host.event_type, host.sub_event_type, host.priority, host.generic_only = "Riots", "Violent demonstration", RIOT, False
        host.anaphoric, host.acted = False, True
    # "تم حرق 3 سيارات أمنية كانت رابضة هناك"، "تهشيم البلور الأمامي لسيارة أمنية": a security force's car, post or
    # office burned or smashed, with no armed party, is a riot even when no crowd is named (a crowd's deed told in
    # the passive)
    # (the first that no blocker stops: "بتهمة حرق مراكز أمنية" is a charge, not a deed told; none when a riot word of
    # the sentence is stopped: "الموقوفين المتهمين بإحداث أعمال شغب وتخريب بمقر البلدية")
    for i, j in [] if any(c.event_type == "Riots" for c in cands) or any(
            t.event_type == "Riots" for t in blocked) else _security_damage(sm):
        t = Trigger(i, j, sm.toks[i].start, sm.toks[j - 1].end, "Riots", "Violent demonstration", "crowd", RIOT,
                    has_article(sm.toks[i]))
        if not _stands(sm, t):
            continue  # (probed as a crowd's act, which an accident stops: "حرق سيارة الأمن خلال حادث مرور")
        t.role = "event"
        host = next((c for c in cands if any(x.i < j and i < x.j for x in c.triggers)), None)
        if host is None:
            cands.append(Candidate(sm.index, clause[i], "Riots", "Violent demonstration", RIOT, [t]))
        else:
            host.event_type, host.sub_event_type, host.priority, host.generic_only = "Riots", "Violent demonstration", RIOT, False
            host.anaphoric = False
        break
    # "فقد قام هؤلاء أيضا بإشعال العجلات المطاطية"، "كما تم تهشيم البلور الأمامي لسيارة أمنية": a riot word a verb of
    # doing or "تم" governs (right before it, an adverb between) tells a deed done: it needs no place or time of its own
    done = [(m.i, m.j) for kind in ("deed", "deed_plural") for m in crowd_cues()[kind].find(sm.toks)] + [
        (k, k + 1) for k, tok in enumerate(sm.toks) if tok.norm in DONE_VERBS]
    for c in [c for c in cands if c.event_type == "Riots" and not c.anaphoric] if done else []:
        if any(0 <= t.i - j < DONE_REACH and clause[i] == clause[t.i] for t in c.triggers for i, j in done):
            c.acted = True
    # setting oneself on fire is a protest where it is made one: at a public office or square ("أمام مقر
    # الولاية"، "بمقر المعتمدية") or with a demand ("احتجاجا على"); a burning with neither is a suicide or an
    # accident ("أقدم شاب على إضرام النار في جسده مما أصابه بحروق")
    # (or a grievance it answers: "بسبب ما اعتبره رفض السلطات"، "للفت انتباه الأطراف المعنية": kind grievance)
    # (a threat to kill oneself, "مهددين بالانتحار", is one with a climb onto a pylon or a roof: kind perch)
    selves = _cue(sm, "self")
    if selves and not _cue(sm, "site") and not _demands(sm) \
            and not _cue(sm, "grievance") and not _cue(sm, "perch"):
        spans = [(m.i, m.j) for m in selves]
        cands = [c for c in cands if not (c.event_type == "Protests" and all(
            any(a <= t.i < b for a, b in spans) for t in c.triggers))]
    # a crowd gathering in a sentence of celebration with no demand ("تجمهر المئات في الساحات ابتهاجا بالنصر"،
    # "تجمعوا أمام مبنى الكونغرس لحضور حفل التنصيب"، "يتجمعون في الساحة لمشاهدة مباراة فريقهم"): they celebrate
    # or attend, they do not protest; nor does a crowd gathering where aid or bread is handed out ("تجمع مئات
    # المواطنين أمام نقطة توزيع المساعدات": kind relief), or at the scene of an accident or a crime ("المواطنين
    # الذين تجمعوا بمكان الحادثة": kind scene)
    # (nor fans or a campaign's crowd massing, going out or holding a rally: "جماهير الرجاء تحتشد في مدرجات الملعب"،
    # "خرج آلاف من أنصار الفريق إلى الشوارع للاحتفال"، "نشط المترشح تجمعا شعبيا في إطار الحملة الانتخابية": kinds
    # sport, assembly)
    if any(crowd_cues()[k].find(sm.toks) for k in ("festive", "relief", "scene", "sport")) and not _demands(sm):
        gathers = {m.i for k in ("gather", "assembly") for m in _cue(sm, k)}
        cands = [c for c in cands if not (c.event_type == "Protests" and all(
            t.i in gathers for t in c.triggers))]
    # a protest that turns violent: "نظموا وقفة احتجاجية ... تطورت إلى حد الاعتداء بالعنف على الأعوان"
    # (the attack word is the riot's, not an attack of its own)
    turns = _cue(sm, "turn")
    for p in [c for c in cands if c.event_type == "Protests" and not c.anaphoric] if turns else []:
        for m in turns:
            hi = min(len(sm.toks), m.j + TURN_REACH)
            if m.i > min(p.positions) and clause[m.i] == p.clause and crowd_cues()["violent"].find(sm.toks, m.j, hi):
                p.event_type, p.sub_event_type, p.priority = "Riots", "Violent demonstration", max(p.priority, RIOT)
                for lst in (cands, anaphors):
                    for g in [c for c in lst if c.generic_only and all(m.j <= t.i < hi for t in c.triggers)]:
                        p.triggers.extend(g.triggers)
                        lst.remove(g)
                break
    # protesters who riot in the same sentence: one event, the riot ("قطع محتجون الطريق بالحجارة")
    for r in [c for c in cands if c.event_type == "Riots" and not c.cause]:
        for p in [c for c in cands if c.event_type == "Protests"]:
            r.triggers.extend(p.triggers)
            cands.remove(p)
    # clashes told with a riot and no armed group are the rioters' clashes with the force ("واندلعت
    # مواجهات مع الشبان الذين رشقوها بالحجارة"): one event, the riot
    armed = any(a.value.get("inter") in (2, 3, 4) or a.value.get("generic") in ("armed_group", "militants")
                for a in sm.actors)
    for r in [c for c in cands if c.event_type == "Riots" and not armed and not c.cause][:1]:
        for b in [c for c in cands if c.event_type == "Battles" and c.sub_event_type == "Armed clash"
                  and not _after_cause(sm, c)]:
            r.triggers.extend(b.triggers)
            cands.remove(b)
    # clashes told with a protest are the protesters' clashes with the police: the demonstration
    # turned violent ("نظموا مسيرة ... قبل أن تتطور إلى مواجهات": a riot, as ACLED codes it)
    for p in [c for c in cands if c.event_type == "Protests"]:
        # ("عقب الاشتباكات احتج عدد من السكان": clashes named as the cause came before; they are
        # not the protest's)
        for b in [c for c in cands if c.event_type == "Battles" and not _after_cause(sm, c)]:
            p.triggers.extend(b.triggers)
            cands.remove(b)
            # (another battle word there, "طرد الدخلاء" in a demand, changes nothing)
            if b.sub_event_type == "Armed clash" and p.sub_event_type != "Excessive force against protesters":
                p.event_type, p.sub_event_type, p.priority = "Riots", "Violent demonstration", max(p.priority, RIOT)
    # "سيطرت قوات الدعم السريع على مدينة ود مدني بعد انسحاب الجيش منها": a withdrawal told as what came
    # before a taking of control is how it was taken, without a fight: one record, the taker's
    takes = [c for c in cands if c.sub_event_type in TERRITORY]
    for w in [c for c in cands if c.sub_event_type == "Non-violent transfer of territory"] if takes else []:
        t = min(w.triggers, key=lambda x: x.i)
        if t.i > 0 and sm.toks[t.i - 1].stems[-1] in TIME_PREPOSITIONS and min(takes[0].positions) < t.i:
            cands.remove(w)
            takes[0].modifiers.extend(w.triggers)
            if not any(alias_key(x.stems[-1]) in _FIGHTS and not (k > 0 and sm.toks[k - 1].norm in _WITHOUT)
                       for k, x in enumerate(sm.toks) if k >= t.j):
                takes[0].event_type, takes[0].sub_event_type = w.event_type, w.sub_event_type
            # (a withdrawal "after clashes that lasted hours", "إثر مواجهات استمرت ساعات", was fought: the taking
            # keeps its own sub-type)
    # "استشهد طفل برصاص الاحتلال خلال مواجهات في بلدة بيت أمر": clashes a killing is told during, with no
    # armed side named, are where it happened, not a battle of their own
    for v in [c for c in cands if c.event_type == "Violence against civilians" and not c.cause] if not armed else []:
        for b in [c for c in cands if c.event_type == "Battles" and not c.cause and all(
                t.i > 0 and sm.toks[t.i - 1].stems[-1] in DURING for t in c.triggers)]:
            v.triggers.extend(b.triggers)
            cands.remove(b)
    # protesters shot or killed by a state force: the protest met with excessive force, one record, the
    # protest's, with the force as actor2 ("قتل متظاهران برصاص قوات الأمن خلال احتجاجات"، "أطلقت الشرطة
    # النار على المتظاهرين فقتلت ثلاثة منهم"); with no protest word, protesters as the victims tell it
    # ("قتل ثلاثة متظاهرين برصاص الشرطة"). (Unknown gunmen who shoot a protester attack a civilian.)
    forces = _force_positions(sm)
    marchers = [a.i for a in sm.actors if "protesters" in (a.value.get("kind"), a.value.get("generic"))]
    # (or people shot "during their part in" a protest the sentence names: "قتل شاب برصاص الشرطة أثناء مشاركته في
    # احتجاجات"، "خلال مشاركتهم في مسيرات العودة")
    takers = [m.i for m in _cue(sm, "taking_part") if forces and any(
        t.event_type in ("Protests", "Riots") and 0 < t.i - m.j <= TAKING_PART_REACH for t in trig)]
    marchers += takers
    # (or "during" protests the sentence names after the shooting, "قتل شاب برصاص الدرك ... خلال احتجاجات خرج فيها
    # عشرات الشبان"، or a crowd it tells gathered there, "برصاص أطلقه عسكريون ... بعد أن تجمع عشرات السكان أمام مقر
    # الوحدة للتنديد بـ": they may stand in a later clause, within DURING_REACH words)
    shot = [c for c in cands if c.event_type == "Violence against civilians" and not c.cause
            and not _after_cause(sm, c)] if forces else []
    later = [t.i for t in trig if t.event_type == "Protests" and t.role in ("event", "anaphor") and t.i > 0
             and sm.toks[t.i - 1].stems[-1] in DURING] + _gathered_crowds(sm) if shot else []
    for v in shot if marchers or later else []:
        lo, hi = min(v.positions), max(v.positions)
        if not (any(lo - SHOT_REACH <= k <= hi + SHOT_REACH for k in forces)
                and (any(lo - 3 <= k <= hi + SHOT_REACH for k in marchers)
                     or any(k > hi and clause[k] == clause[hi] for k in takers)
                     or any(hi < k <= hi + DURING_REACH for k in later))):
            continue  # the force and the protesters must be the shooting's ("بعد تعرض تلميذ إلى اعتداء"
            # in a march "للمطالبة بتوفير الأمن" is no shooting of protesters)
        # (blows or tear gas with no one killed and no live fire are an intervention: "اعتدت قوات الاحتلال بالضرب على
        # عشرات الشبان الذين تجمعوا ... واعتقلت أربعة منهم")
        sub = "Excessive force against protesters" if _lethal(sm) else "Protest with intervention"
        host = next((p for p in cands if p.event_type == "Protests" and not _after_cause(sm, p)), None)
        if host is not None:
            host.triggers.extend(v.triggers)
            cands.remove(v)
            if host.sub_event_type != "Excessive force against protesters":
                host.sub_event_type, host.priority = sub, max(host.priority, v.priority)
        else:
            v.event_type, v.sub_event_type = "Protests", sub
    # "استشهد شاب برصاصة حية أطلقها جنود الاحتلال على مسيرة سلمية": someone killed by a state force's live fire in the
    # sentence of a protest died at it: excessive force
    first = _first_cause(sm)
    if forces and any(cs.value.get("kind") == "killed" and cs.i < first for cs in sm.casualties) and any(
            m.i < first for m in _live_fire(sm)):  # (not the death the crowd protests: "احتجاجا على مقتل شاب برصاص الشرطة")
        for p in [c for c in cands if c.event_type == "Protests" and not _after_cause(sm, c) and not c.anaphoric]:
            p.sub_event_type = "Excessive force against protesters"
    # arrests at a protest are its intervention (ACLED: Protest with intervention), not a record of
    # their own: "اعتقلت الشرطة عشرات الأشخاص على خلفية مظاهرات"; protesters arrested, with the
    # protest told before, tell it again: "وقع اعتقال عدد من البحارة المعتصمين"
    for a in [c for c in cands if c.sub_event_type == "Arrests" and (_people_held(sm, c) or _held_for_protest(sm, c))]:
        host = next((p for p in cands if p.event_type == "Protests" and not _after_cause(sm, p)), None)
        if host is None:
            held = [t for t in live if t.role == "anaphor" and t.event_type == "Protests"
                    and any(0 < t.i - k <= ARREST_REACH and clause[t.i] == clause[k] for k in a.positions)]
            # "أوقفت الوحدات الأمنية 15 شخصا على خلفية "الاحتجاج غير الشرعي"": people held on the grounds of a protest
            # (a word of cause, then a protest's word: protest_cues.tsv kind crowd_words) were held at it
            grounds = [] if held else _held_for_protest(sm, a)
            if not held and not grounds:
                continue
            k0 = held[0].i if held else grounds[0]
            first = held[0] if held else Trigger(k0, k0 + 1, sm.toks[k0].start, sm.toks[k0].end, "Protests",
                                                 "Peaceful protest", "anaphor", 40, True)
            host = Candidate(sm.index, clause[k0], "Protests", "Peaceful protest", first.priority,
                             [first], anaphoric=True, acted=True)
            cands.append(host)
        host.modifiers.extend(a.triggers)
        host.acted = True  # the protesters arrested: the sentence tells what happened at the protest
        cands.remove(a)
        if host.sub_event_type == "Peaceful protest":
            host.sub_event_type, host.priority = "Protest with intervention", max(host.priority, INTERVENTION)
    # "أطلقت القوات الأمنية الرصاص الحي على آلاف الشبان الذين تجمعوا أمام مبنى المحافظة"، "اعتدت قوات الاحتلال بالضرب
    # على عشرات الشبان الذين تجمعوا ... مرددين هتافات"، "فرقت بالقنابل الصوتية حشود من الشباب تجمعت عند التقاطع": a
    # crowd the sentence tells gathered, chanting or demanding (_gathered_crowds), met by a state force's fire, blows,
    # gas, dispersal or arrests (protest_cues.tsv kinds force_act, crowd_control, disperse; an intervention word; an
    # attack, clash or arrest the rules read there) protested: one protest with intervention, or with excessive force
    # where someone was killed or live fire was used; the attack, clash or arrest is its intervention, not a record
    # (protesters named as such, "بإيقاف عدد من المعتصمين", tell a protest already told: the intervention below)
    if not any(c.event_type in ("Protests", "Riots") for c in cands) and not _irregulars(sm) and not any(
            a.value.get("inter") == 2 for a in sm.actors) and not any(
            t.role == "anaphor" and t.event_type == "Protests" for t in trig):
        held_only = not any(_cue(sm, k) for k in ("crowd_control", "disperse")) and not any(
            c.event_type in ("Violence against civilians", "Battles") for c in cands) and not any(
            t.event_type == "Protests" for t in modifiers) and \
            {m.i for m in _cue(sm, "force_act")} <= {m.i for m in _cue(sm, "hold")}
        acts = [(m.i, m.j) for kind in ("force_act", "crowd_control", "disperse") for m in _cue(sm, kind)] + [
            (t.i, t.j) for t in modifiers if t.event_type == "Protests"] + [
            (k, k + 1) for c in cands if c.event_type in ("Violence against civilians", "Battles")
            or c.sub_event_type == "Arrests" for k in c.positions]
        # (a force named, or a verb of dispersing: "فُرّقت بالقنابل الصوتية حشود من الشباب"; not "فرق", teams)
        # (an arrest the rules read is a force's, named or not: "تم إيقاف سبعة ناشطين خلال تجمعهم")
        # (not an arrest asked for in a demand: "للمطالبة ... وإيقاف نزيف المؤسسات")
        asked = _demands(sm)
        forced = bool(acts) and (bool(_force_positions(sm)) or any(
            c.sub_event_type == "Arrests" and _people_held(sm, c) and not any(
                d.i < k and clause[d.i] == clause[k] for d in asked for k in c.positions) for c in cands)) or any(
            sm.toks[m.i].norm != "فرق" for m in _cue(sm, "disperse"))
        # (nor a work stoppage's crowd: "دخل طلبة ... في إضراب مفتوح للمطالبة بـ")
        # (nor a culprit's crime: "قام الجاني بإيقاف سيارة ... ثم رشقهما بالحجارة", blocker kind crime)
        # (nor a crowd that will gather: "اعتقلت الشرطة 200 شخص قبل مسيرات مقررة يوم غد للمطالبة بـ": arrests before it)
        coming = any((tm.value.get("days_before") or 0) < 0 for tm in sm.times)
        if forced and not coming and not strikes(sm.toks) and not any(t.blocked == "crime" for t in trig) and _gathered_crowds(
                sm, strong_only=held_only) and not any(
                crowd_cues()[k].find(sm.toks) for k in ("festive", "sport")):
            i, j = min(acts)
            sub = "Excessive force against protesters" if _lethal(sm) else "Protest with intervention"
            t = Trigger(i, j, sm.toks[i].start, sm.toks[j - 1].end, "Protests", sub, "event", INTERVENTION, False)
            if _stands(sm, t):
                folded = [c for c in cands if c.event_type in ("Violence against civilians", "Battles")
                          or c.sub_event_type == "Arrests"]
                host = Candidate(sm.index, clause[i], "Protests", sub, INTERVENTION, [t], acted=True)
                for c in folded:
                    host.modifiers.extend(c.triggers)
                    cands.remove(c)
                cands.append(host)
    # an event word with a pronoun (اغتياله, اعتقاله) refers back to an event already told; so does
    # a definite one ("وأسفر التفجير عن ...") that brings no place, time or actor of its own
    for c in cands:
        if all(_pronoun(sm, t) and t.role == "event" and not _done(sm, t) for t in c.triggers):
            c.anaphoric = True
        # "وردد المحتجون هتافات": the protesters of a protest already told
        if all(t.role == "anaphor" for t in c.triggers):
            c.anaphoric = True
            c.acted = c.acted or any(protesters_act(sm.toks, t) for t in c.triggers)
            if c.event_type == "Protests" and _protesters_riot(sm, c):
                # "قام المحتجون بتهشيم أبواب المقر"، "اعتداء من طرف عدد من المحتجين": they riot
                c.event_type, c.sub_event_type, c.priority, c.acted = "Riots", "Violent demonstration", RIOT, True
            if c.acted:
                t0 = c.triggers[0]
                probe = Trigger(t0.i, t0.j, t0.start, t0.end, c.event_type, c.sub_event_type, "event", c.priority, False)
                apply_blockers(sm.toks, [probe])
                # "نفى المعتمد ما تم تداوله بخصوص اقتحام محتجين لمقر المعتمدية": denied, not done
                c.acted = probe.blocked != "denial"
            if c.event_type == "Protests" and any(crowd_cues()["participants"].find(sm.toks, t.i, t.i + 1)
                                                  and t.j - t.i > 2 for t in c.triggers):
                # "ومن الأحزاب المشاركة في هذه المسيرة"، "حاول عدد من المشاركين في المسيرة طرده": those who
                # took part in a march tell it took place (it stands when the article tells no other)
                c.acted = c.spoke = True
            if all(protesters_say(sm.toks, t) for t in c.triggers):
                c.acted = c.spoke = True
                # "وأكد المحتجون أن ...": adds to the protest told, never its own (not when the sentence
                # tells the protest they speak at: "وأكد المحتجون، خلال الوقفة، على ...")
                c.background = c.background or not said_during(sm.toks)
        elif c.event_type == "Protests" and c.sub_event_type == "Peaceful protest" and not _armed(sm) and any(
                m.i - t.j < CROWD_VERB_REACH and sm.toks[m.i].norm.endswith(("ون", "وا"))
                for t in c.triggers if t.role == "anaphor" or crowd_cues()["crowd"].find(sm.toks, t.i, t.j)
                for m in crowd_cues()["violent"].find(sm.toks, t.j, min(len(sm.toks), t.j + CROWD_VERB_REACH))):
            # "متظاهرون إيرانيون يهاجمون حوزة علمية"، "مئات المتظاهرين يحرقون مجلس القضاء": protesters a
            # headline names, then their violent act, riot too
            c.event_type, c.sub_event_type, c.priority, c.acted = "Riots", "Violent demonstration", RIOT, True
        elif c.event_type == "Protests" and c.sub_event_type == "Peaceful protest" and not _armed(sm) and any(
                crowd_cues()["gather"].find(sm.toks, t.i, t.j) and any(
                    t.j < m.i <= t.j + GATHER_REACH and sm.toks[m.i].norm.endswith(("ون", "وا"))
                    for m in _cue(sm, "violent")) for t in c.triggers):
            # "تجمع المئات من سكان المدينة أمام مطعم ... فحطموا زجاجه": the crowd that gathered, then its plural
            # verb of violence further on, riots
            c.event_type, c.sub_event_type, c.priority, c.acted = "Riots", "Violent demonstration", RIOT, True
    bare = not sm.places and not sm.times and not any(a.value.get("name") for a in sm.actors)
    # (a verb of violence right before, "وتراشق الأحباء بالحجارة": the stones of a deed told here)
    thrown = {m.j for m in _cue(sm, "violent")
              if not has_article(sm.toks[m.i])} if bare else set()
    for c in cands:
        if bare and all(t.definite and t.role == "event" and not _pronoun(sm, t) and not _new_object(sm, t)
                        and not any(0 <= t.i - j <= 2 for j in thrown)
                        for t in c.triggers) \
                and all(has_article(sm.toks[t.i]) for t in c.triggers):
            c.anaphoric = True
    for c in cands:
        if c.event_type == "Battles" and _parties_told(sm, c):
            c.anaphoric = True
        # "وقالت مصادر عسكرية إن المعارك أسفرت عن مقتل 32 عنصرا"، "قتلت 20 من المسلحين خلال المعارك": the battles,
        # definite, as the subject of what they caused or after "during", are the ones told before
        # (a killing told with them is theirs: "قتلت 20 من المسلحين خلال المعارك")
        # (not battles the sentence itself tells, with a time, a relative clause or their sides: "قضوا خلال المواجهات
        # العنيفة التي جدت صباح اليوم بين مجموعة ارهابية ووحدات الحرس")
        told = [t for t in c.triggers if t.role == "event"]
        if c.event_type == "Battles" and told and not sm.times and not any(
                alias_key(tok.stems[-1]) in _TELLING for t in told for tok in sm.toks[t.j:t.j + 4]) and all(
                t.definite and has_article(sm.toks[t.i]) and (
                    t.j < len(sm.toks) and alias_key(sm.toks[t.j].stems[-1]) in CONSEQUENCES
                    or t.i > 0 and alias_key(sm.toks[t.i - 1].stems[-1]) in DURING) for t in told):
            c.anaphoric = True
    if not sm.times:
        for c in cands:
            if c.triggers and all(_described_by_deed(sm, t) for t in c.triggers):
                c.anaphoric = c.background = True
    cands.extend(anaphors)
    # "عقب هجوم مانشستر", "على إثر العملية الإرهابية": an attack named or already known, given as
    # the cause of something else, is told elsewhere
    for c in cands:
        if _after_cause(sm, c) and not (c.event_type == "Riots" and _told_after(sm, min(t.j for t in c.triggers))):
            c.anaphoric = c.background = True
        # (not a riot whose relative clause tells its course: "عقب المواجهات التي انطلقت منذ عشية الأمس وتواصلت إلى
        # ساعة متأخرة من الليل بين الوحدات الأمنية وعدد من الشباب المحتجين" tells them)
    # an intervention that names the crowd ("قامت الوحدات الأمنية بإيقاف عدد من المعتصمين"، "لتفريق
    # الأهالي") with no protest of its own in the sentence goes on telling the protest
    # (the crowd named just before it, "إخلاء الميناء من المعتصمين فيه بالقوة العامة", or a road or
    # a sit-in it clears, "فتح الطريق ... باستعمال القوة من قبل قوات الأمن", count as well)
    if not any(c.event_type in ("Protests", "Riots") for c in cands):
        cues = crowd_cues()
        cleared = bool(_cue(sm, "reopen"))
        for t in modifiers:
            if t.sub_event_type == "Protest with intervention" and (cleared or cues["crowd"].find(
                    sm.toks, t.i, min(len(sm.toks), t.j + ARREST_REACH)) or cues["participants"].find(
                    sm.toks, t.j, min(len(sm.toks), t.j + 2)) or any(
                    clause[m.i] == clause[t.i] for m in cues["crowd"].find(sm.toks, max(0, t.i - ARREST_REACH), t.i))):
                cands.append(Candidate(sm.index, clause[t.i], t.event_type, t.sub_event_type, t.priority, [t],
                                       modifiers=[t], anaphoric=True, acted=True))
                break
    # "وتجمع التلاميذ صباح اليوم وسط ساحة المعهد للتنديد بـ ..."، "خرج مئات الأهالي للمطالبة بـ ...": a
    # crowd that gathers or goes out, with the demand it makes, protests (a gathering with no demand,
    # "تجمع العديد في مكان الحادث", does not)
    # (a protest word referring back does not count: "وخرج المتظاهرون ... وطافوا شوارع المدينة وهم يهتفون مطالبين")
    if not any(c.event_type in ("Protests", "Riots") and not c.anaphoric for c in cands):
        demands = _demands(sm)
        # (or what they carry or chant: "احتشد آلاف الجورجيين حاملين أعلام الاتحاد الأوروبي"، "رافعين شعارات")
        slogans = _cue(sm, "slogans")
        # (not in a sentence of celebration: "خرج الآلاف إلى الشوارع احتفالا بالفوز ... رافعين الأعلام")
        # (or a chanting participle right before a quoted chant: "هاتفين «بالروح بالدم نفديك يا أقصى»")
        demands = demands or [m for m in _cue(sm, "chant") + _cue(sm, "act")
                              if any(0 <= x.i - m.j <= 2 for x in slogans)] + [
            m for m in _cue(sm, "chanting") if m.j < len(sm.toks) and any(
                q in sm.text[sm.toks[m.j - 1].end:sm.toks[m.j].start] for q in QUOTES)] if not any(
            crowd_cues()[k].find(sm.toks) for k in ("festive", "sport")) else demands  # (nor fans at a match)
        for m in _cue(sm, "gather") if demands else []:
            if has_article(sm.toks[m.i]):
                continue  # "التجمع": a party or a noun, not a crowd gathering
            t = Trigger(m.i, m.j, m.start, m.end, "Protests", "Peaceful protest", "event", 40, False)
            # (or a participle of demanding that opens the next clause, the crowd's state as it gathered: "تجمع أمام
            # مقر المعتمدية، صباح اليوم، نحو ستين عاملا من مصنع ... الذي أغلق صاحبه أبوابه منذ شهرين، مطالبين بـ")
            if any(0 < _untimed(sm, m.j, d.i) <= GATHER_REACH or 0 < d.i - m.j <= GATHER_CLAUSE_REACH
                   and (clause[d.i] == clause[m.i] or clause[d.i] == clause[m.i] + 1 and clause[d.i - 1] != clause[d.i])
                   for d in demands) and (
                    _crowd_acts(sm, t) or _multitude_at(sm, m.j) or any(
                        # (people counted after the verb, its place and time between: "تجمع أمام مقر المعتمدية، صباح
                        # اليوم، نحو ستين عاملا")
                        n.i >= m.j and _untimed(sm, m.j, n.i) <= COUNTED_AFTER and clause[n.i] == clause[m.i]
                        and _person_at(sm, n.j) for n in sm.numbers)) and _stands(sm, t):
                cands.append(Candidate(sm.index, clause[m.i], "Protests", "Peaceful protest", 40, [t]))
                break
    # "ردد مئات المواطنين أمام مقر الولاية هتافات تطالب بالتشغيل"، "رفع أهالي المنطقة شعار ارحل في وجه الوالي": a
    # crowd named between a verb of chanting and its slogans (protest_cues.tsv kinds chant, slogans) protests
    # (not fans at a match nor a festive crowd with no demand: "ردد آلاف المشجعين الهتافات في المدارج")
    if not any(c.event_type in ("Protests", "Riots") for c in cands) and not _armed(sm) and (_demands(sm) or not any(
            crowd_cues()[k].find(sm.toks) for k in ("festive", "sport"))):
        cues = crowd_cues()
        slogans = _cue(sm, "slogans")
        for m in _cue(sm, "chant") if slogans else []:
            if has_article(sm.toks[m.i]):
                continue  # "الرفع": a noun, not the crowd's verb
            s_ = next((x for x in slogans if 0 <= x.i - m.j and _untimed(sm, m.j, x.i) <= CHANT_REACH
                       and clause[x.i] == clause[m.i]), None)
            protest_words = {x.i for kind in ("crowd_words", "head") for x in cues[kind].find(sm.toks)} | {
                x.i for x in trig if x.event_type == "Protests"}
            if s_ is None or not (any(_many_at(sm, k) or _person_at(sm, k) for k in range(m.j, s_.i))
                                  or _subject_opens(sm, m.i, _many_at)  # "مئات الطلاب يرفعون الأعلام"
                                  # ("بعشرات الآلاف من المواطنين الذين رددوا هتاف": the crowd a relative clause describes)
                                  or m.i > 1 and sm.toks[m.i - 1].norm in RELATIVE_PRONOUNS and any(
                                      _many_at(sm, q) for q in range(max(0, m.i - 1 - SUBJECT_OPENS), m.i - 1))
                                  or any(p.j >= len(sm.toks) or sm.toks[p.j].norm != "في" or p.j + 1 in protest_words
                                         for p in cues["participants"].find(sm.toks, m.j, s_.i))):
                # (the participants of what a word after them names are that event's: "المشاركون في المؤتمر";
                # of a protest, protesters: "هتف المشاركون في الوقفة بشعارات ...")
                continue
            t = Trigger(m.i, s_.j, m.start, s_.end, "Protests", "Peaceful protest", "event", 40, False)
            if _stands(sm, t):
                cands.append(Candidate(sm.index, clause[m.i], "Protests", "Peaceful protest", 40, [t]))
                break
    # "نظمت تنسيقية البيئة بصفاقس اليوم الخميس مسيرة بعنوان ..."، "خلال مسيرة تم تنظيمها اليوم": a march
    # its organising verb says took place, with words between them (no weapon in the sentence: a drone
    # is a مسيرة too)
    if not any(c.event_type in ("Protests", "Riots") for c in cands) and not any(
            t.event_type == "Explosions/Remote violence" for t in trig):
        cues = crowd_cues()
        verbs = _cue(sm, "organise")
        # ("فرقت الشرطة بالقوة تجمعا لأنصار المعارضة": a march or rally a force dispersed took place, with
        # intervention; the dispersing verb stands before its noun)
        dispersed = _cue(sm, "disperse")
        nouns = _cue(sm, "march") if verbs or dispersed else []
        if (verbs or dispersed) and not any(
                t.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians") for t in trig) \
                and not armed_party(sm):
            nouns = sorted(nouns + _cue(sm, "rally"), key=lambda n: n.i)
        for n in nouns:
            broken = any(0 <= n.i - v.j <= ORGANISE_BEFORE and clause[v.i] == clause[n.i] for v in dispersed)
            if not broken and not any((0 <= n.i - v.j <= ORGANISE_BEFORE or 0 <= v.i - n.j <= ORGANISE_AFTER)
                                      and clause[v.i] == clause[n.i] for v in verbs) and not _told_after(sm, n.j):
                continue
            sub = "Protest with intervention" if broken else "Peaceful protest"
            t = Trigger(n.i, n.j, n.start, n.end, "Protests", sub, "event", 45,
                        has_article(sm.toks[n.i]))
            if _stands(sm, t):
                cands.append(Candidate(sm.index, clause[n.i], "Protests", sub, 45, [t]))
                break
    # ("فرقت الشرطة العراقية بالقوة مئات من أنصار التيار الصدري": a crowd a force dispersed, the force named
    # right after the verb, protested, with intervention; an arrest told with it is part of it)
    if not any(c.event_type in ("Protests", "Riots") for c in cands) and not armed_party(sm):
        for v in _cue(sm, "disperse"):
            if not any(any(st in FORCE_WORDS for st in tok.stems) for tok in sm.toks[v.j:v.j + 3]) and not any(
                    a.value.get("inter") == 1 and v.j <= a.i < v.j + 3 for a in sm.actors):
                continue
            # (or a demonstration, "تظاهرة", that a show noun alone would not be: "فرقت الأجهزة الأمنية بالقوة تظاهرة")
            if any((_many_at(sm, k) or sm.toks[k].stems[-1] in SHOW_NOUNS) and clause[k] == clause[v.i]
                   for k in range(v.j, min(len(sm.toks), v.j + ORGANISE_BEFORE))):
                t = Trigger(v.i, v.j, v.start, v.end, "Protests", "Protest with intervention", "event", 45, False)
                if _stands(sm, t):
                    cands.append(Candidate(sm.index, clause[v.i], "Protests", "Protest with intervention", 45, [t]))
                    break
    # "وقفة لأطفال غزة أمام مقر الأونروا في رفح للمطالبة بوقف الحرب"، "تحرك لعمال الحضائر أمام مقر الولاية للمطالبة
    # بالترسيم": a bare noun of a stand, a march or a movement (kind march, function_words movement_word), indefinite,
    # with a public site right after it (kind site) and a demand further on, is a protest, as a headline tells one (no
    # weapon or armed party in the sentence: a drone is a مسيرة too)
    if not any(c.event_type in ("Protests", "Riots") for c in cands) and not armed_party(sm) and not any(
            t.event_type in ("Explosions/Remote violence", "Battles") for t in trig):
        cues = crowd_cues()
        demands = _demands(sm)
        sites = _cue(sm, "site") if demands else []
        nouns = [(n.i, n.j) for n in _cue(sm, "march") if sm.toks[n.i].norm != "احتجاجا"] + [
            (k, k + 1) for k, tok in enumerate(sm.toks) if alias_key(tok.stems[-1]).startswith(MOVEMENT_WORDS)] \
            if sites else []
        for i, j in sorted(nouns):
            if has_article(sm.toks[i]) or not any(0 <= x.i - j <= SITE_AFTER and clause[x.i] == clause[i] for x in sites) \
                    or not any(0 < d.i - j <= GATHER_REACH for d in demands):
                continue
            t = Trigger(i, j, sm.toks[i].start, sm.toks[j - 1].end, "Protests", "Peaceful protest", "event", 45, False)
            if _stands(sm, t):
                cands.append(Candidate(sm.index, clause[i], "Protests", "Peaceful protest", 45, [t]))
                break
    # "افترش مئات الأساتذة الأرض أمام مقر الأكاديمية، رافعين لافتات"، "عشرات الآلاف يجوبون شوارع لندن رافعين الأعلام":
    # a participle of chanting or carrying (protest_cues.tsv kind chanting) with its slogans after it describes the
    # crowd its clause names before it (within PARTICIPLE_REACH words): they protest, told in the crowd's clause
    if not any(c.event_type in ("Protests", "Riots") for c in cands) and not _armed(sm) and not any(
            crowd_cues()[k].find(sm.toks) for k in ("festive", "sport")):
        slogans = _cue(sm, "slogans")
        for m in _cue(sm, "chanting") if slogans else []:
            # (the slogans after the participle, or inside a chanting phrase: "وسط الهتافات")
            s_ = next((x for x in slogans if m.i < x.i and _untimed(sm, min(x.i, m.j), x.i) <= CHANT_REACH
                       and clause[x.i] == clause[m.i]), None)
            k = next((k for k in range(max(0, m.i - PARTICIPLE_REACH), m.i) if _many_at(sm, k)), None)
            if s_ is None or k is None:
                continue
            t = Trigger(m.i, s_.j, m.start, s_.end, "Protests", "Peaceful protest", "event", 40, False)
            if _stands(sm, t):
                cands.append(Candidate(sm.index, clause[k], "Protests", "Peaceful protest", 40, [t]))
                break
    # "وتأتي هذه الوقفة احتجاجا على ..."، "ودامت الوقفة ساعة": a protest the sentence points at goes
    # on telling the protest told before, or is the one the article reports
    pointed = pointed_protests(sm.toks)
    pointed_at: list[Candidate] = []  # the protests a verb of their course tells
    # (a demonstrative before a protest's noun stops it as it stops "هذا الهجوم", unless a verb of
    # its course or its organisers says it took place: "ونظم هذه الوقفة الاتحاد المحلي")
    # (a blocked word of another type, "على خلفية الاعتداء" as the protest's cause, does not stop it)
    # (nor a trigger that is the pointed noun and the word after it that is no adjective of it, "هذه الوقفة ضد"،
    # "هذه المسيرات دعما لـ": the noun is pointed at as a bare one is; "هذا التحرك الاحتجاجي" is a trigger of its own)
    def pointed_noun(t: Trigger) -> bool:
        return t.i in pointed and (pointed[t.i] or t.j - t.i == 2 and not has_article(
            sm.toks[t.i + 1]))

    if pointed and not [t for t in blocked if t.event_type in ("Protests", "Riots")
                        and not (pointed_noun(t) and t.blocked == "reference")]:
        crowd = [c for c in cands if c.event_type in ("Protests", "Riots")]
        for c in crowd:
            c.anaphoric = c.acted = True
        pointed_at.extend(crowd)
        if not crowd:
            k = min(pointed)
            t = Trigger(k, k + 1, sm.toks[k].start, sm.toks[k].end, "Protests", "Peaceful protest", "event", 40, True)
            # a negation or a plan before its verb ("ولن يتم تنفيذ هذه الوقفة") stops it: the verb stands
            # one or two words before the noun
            v = max(0, k - 2)
            probe = Trigger(v, v + 1, sm.toks[v].start, sm.toks[v].end, "Protests", "Peaceful protest", "event", 40,
                            False)
            # (nor a noun that names a process or a career: "شهدت المسيرة التعليمية تطورا"، blockers kind figurative)
            noun = Trigger(k, k + 1, sm.toks[k].start, sm.toks[k].end, "Protests", "Peaceful protest", "event", 40,
                           False)
            apply_blockers(sm.toks, [probe, noun], clause)
            if (not probe.blocked or probe.blocked == "reference") and noun.blocked != "figurative":
                cands.append(Candidate(sm.index, clause[k], "Protests", "Peaceful protest", 40, [t], anaphoric=True,
                                       acted=True))
                pointed_at.append(cands[-1])
    if not cands:
        return [], blocked
    # modifiers refine the sub-type of the nearest event of their type in the same clause
    for t in modifiers:
        if any(t in c.triggers for c in cands):
            continue
        near = [c for c in cands if c.event_type == t.event_type and c.clause == clause[t.i]]
        if not near and t.event_type == "Explosions/Remote violence":
            near = [c for c in cands if c.generic_only and c.clause == clause[t.i]]
            if not near:
                # "استهدف، بعد ظهر الأربعاء، ثكنة ... بصاروخ": a time or a place set off by commas does
                # not part an attack word from its weapon
                near = [c for c in cands if c.generic_only and not any(
                    x.clause == clause[t.i] for x in cands) and 0 < t.i - max(c.positions) <= 2 * GENERIC_REACH]
        remote = False
        if not near and t.event_type == "Explosions/Remote violence" and t.sub_event_type in (AIR_STRIKE, SHELLING):
            # "اغتالت مسيرة تركية قياديا ...": an attack carried out by a drone, a plane or a shell is
            # remote violence, as ACLED codes it by its means
            near = [c for c in cands if c.event_type == "Violence against civilians" and c.sub_event_type == "Attack"
                    and c.clause == clause[t.i]]
            remote = bool(near)
        if not near and t.event_type == "Protests" and not any(x.clause == clause[t.i] for x in cands) \
                and not any(clause[x.i] == clause[t.i] for x in sm.times):
            # "اعتصم المحتجون أمام المستودع، لتأتي تعزيزات أمنية قامت باستعمال الغاز المسيل للدموع": the
            # force's deed in a later clause of the protest's sentence, with no event of its own there, is
            # what happened at that protest (not when that clause has a time of its own: "بعد أن استعملت
            # الشرطة الغاز المسيل للدموع الأسبوع الماضي لتفريق تجمع مماثل" is another day's)
            # (or in the clause before it: "فتح الجيش بالقوة الطريق، بعد أن قطعها محتجون"، "استخدمت القوات الغاز
            # المسيل لتفريق حشود ... قطعوا الطريق")
            near = [c for c in cands if c.event_type == "Protests" and not c.background]
        if not near:
            continue
        c = min(near, key=lambda c: min(abs(t.i - k) for k in c.positions))
        c.modifiers.append(t)
        if c.anaphoric and t.event_type == "Protests" and all(x.role == "anaphor" for x in c.triggers):
            c.acted = True  # "وتدخلت قوات الأمن لتفريق المحتجين": what happened at the protest
        if t.priority > c.priority or c.generic_only or remote:
            c.event_type, c.sub_event_type, c.priority = t.event_type, t.sub_event_type, max(t.priority, c.priority)
            c.generic_only = False
    # "تمكنت الوحدات، بعد نصب كمين، من الإطاحة بعنصر تكفيري": an ambush laid to arrest someone, with no toll and no
    # clash word in the sentence, is the arrest's means, no clash: it takes none of the sentence's mentions
    # (not one an armed group laid: "نصب مسلحون كمينا لدورية ... واعتقلوا جنديين")
    if any(c.sub_event_type == "Arrests" for c in cands) and not sm.casualties:
        laid = [c for c in cands if c.event_type == "Battles" and all(
            sm.toks[t.i].stems[0].lstrip("و").startswith(_AMBUSH) for t in c.triggers)]
        armed_before = [a for a in sm.actors if a.value.get("inter") in (2, 3, 4)
                        or a.value.get("generic") in ("armed_group", "militants")]
        cands = [c for c in cands if c not in laid or any(a.i < min(c.positions) for a in armed_before)] or cands
    # assign mentions to the nearest candidate (same clause first)
    cands.sort(key=lambda c: min(c.positions))

    def nearest(it: Item, prefer_after: bool = False) -> Candidate:
        return min(cands, key=lambda c: _distance(c, it, clause, prefer_after))

    said = {k for m in sm.find("speech_verbs.tsv") for k in range(m.i, m.j)}
    # an actor nearer to a deed told as history or counted in a total than to any event of the sentence
    # is that deed's side
    past = [t for t in blocked if t.blocked in PAST]
    for a in sm.actors:
        if a.value.get("speaker") and not any(0 <= t.i - a.j <= 2 and clause[t.i] == clause[a.i]
                                              and not said & set(range(a.j, t.i))
                                              and not (t.i == a.j + 1 and sm.toks[a.j].norm in ("ان", "بان"))
                                              for t in live if t.role != "modifier"):
            continue  # a speaker reports; "أعلن الجيش اعتراض صاروخ": one right before the deed did it
            # ("حماس تقول إن غارة", "وقال الجيش إن الهجوم": not when its own speech verb or the
            # bare "إن" that opens what it said is all that stands between; "أعلن الجيش أنه قصف"
            # still did it)
        near = nearest(a)
        if any(_distance_to(t, a, clause) < _distance(near, a, clause) for t in past):
            continue  # "أن الانتحاري سبق وأن اعتقل ... بتهمة تأمين مسيرات للإخوان": the old deed's, not the event's
        near.actors.append(a)
    # "على خلفية هجمات باريس", "إحياء ذكرى تفجير الكرادة": the place right after an attack the
    # sentence only refers to is that attack's place, not the place of the sentence's own event
    referred = {k for t in blocked if t.blocked in REFERRED
                for k in range(t.j, min(len(sm.toks), t.j + REFERRED_REACH))}
    for p in sm.places:
        if p.i in referred:
            continue
        nearest(p, prefer_after=True).places.append(p)
    for tm in sm.times:
        nearest(tm).times.append(tm)
    for a, b, pa, pb in twins:
        # "وقتل ... أمس الأحد في هجوم بمدينة ... واشتباك بمدينة ...": each takes the place right after
        # its own word, and the day the sentence tells is both's
        for x, y, own in ((a, b, pa), (b, a, pb)):
            y.places = [p for p in y.places if p is not own]
            if own not in x.places:
                x.places.append(own)
        for x, y in ((a, b), (b, a)):
            if not x.times and x in cands:
                x.times = list(y.times)
    for g in [c for c in cands if c.ground]:
        # "قصف جوي على منطقة الاشتباكات وقصف لقوات النظام": the shelling with no place or day of its own
        # hit where and when the strike it is told with did
        air = next((c for c in cands if c.clause == g.clause and c.sub_event_type == AIR_STRIKE
                    and min(c.positions) < min(g.positions)), None)
        if air is not None:
            g.places = g.places or list(air.places)
            g.times = g.times or list(air.times)
    for cs in sm.casualties:
        nearest(cs).casualties.append(cs)
    for pr in sm.persons:
        nearest(pr).persons.append(pr)
    for c in cands:
        c.launched = _launched(sm, c)
    for co in sm.countries:
        nearest(co).countries.append(co)
    # "الا ان الاعتصام لا يزال قائما"، "وأكد أن الاعتصام مازال متواصلا": a protest a word of its going on follows
    # (protest_cues.tsv kind still; not "until" the demands are met: "تحركاتهم متواصلة إلى حين الاستجابة" is a
    # resolve), one a verb of its organisers governs ("أنهم نفذوا منذ يومين وقفة احتجاجية"، "بعد وقفة احتجاجية نفذها
    # العمال") or one a verb of driving leads to ("ما دفع الأهالي إلى الاحتجاج") is told as done or going on: it needs
    # no place or time of its own and is no talk of protests
    for c in cands:
        if c.event_type == "Protests" and not c.acted and any(
                t.role == "event" and (_still_going(sm, t) or _done_by_verb(sm, t) or _done_after(sm, t))
                for t in c.triggers):
            c.acted = True
    # "استقبل الوالي وفدا عن المحتجين"، "للنظر في مطالب المحتجين": protesters spoken of, not acting
    # (no act, intervention or violence of theirs in the sentence), may add to a protest told, never
    # start one
    for c in cands:
        if c.event_type == "Protests" and not c.acted and all(
                t.role == "anaphor" and protesters_spoken_of(sm.toks, t) for t in c.triggers):
            c.anaphoric = c.background = True
    # "قال الوزير إن الاحتجاجات مشروعة": protests named with the article by a speaker, with no place
    # or time of their own, are talk of protests: they may add to a protest told, never start one
    talk = [m.j for m in sm.find("speech_verbs.tsv")]
    for c in cands:
        if c.event_type == "Protests" and not c.times and not c.places and not c.acted and talk and all(
                t.i not in pointed for t in c.triggers) and all(
                t.definite and t.role == "event" and any(j <= t.i for j in talk) for t in c.triggers):
            c.anaphoric = c.background = True
    # "واعتبر الوزير أن الاحتجاجات التي تشهدها الجهة مشروعة": protests a speaker judges (protest_cues.tsv kind
    # judge, within JUDGE_REACH words after them) are talked of, even with their place, the speech's day or a
    # relative clause of their course ("إن التحركات التي ينفذها الأساتذة في صالح التلاميذ")
    # (its speaker by a verb of speech or of saying, "واعتبر المسؤول أن": protest_cues.tsv kind say)
    judged = _cue(sm, "judge")
    speakers = talk + [m.j for m in _cue(sm, "say")] if judged else []
    for c in cands if judged else []:
        if c.event_type == "Protests" and all(
                t.role == "event" and any(j <= t.i for j in speakers) and any(
                    0 < m.i - t.j <= JUDGE_REACH for m in judged) for t in c.triggers):
            c.anaphoric = c.background = True
    # "وأحرق متظاهرون غاضبون العلم الإسرائيلي"، "أحرق المحتجون صور الرئيس": burning a flag, a picture or an
    # effigy (protest_cues.tsv kind symbol, the burned thing within SYMBOL_REACH words) is a protest's gesture
    for c in cands:
        if c.event_type == "Riots" and c.triggers and all(
                crowd_cues()["fire"].find(sm.toks, t.i, t.j) or _arson(sm, t.i, t.j) for t in c.triggers) and all(
                crowd_cues()["symbol"].find(sm.toks, t.j, min(len(sm.toks), t.j + SYMBOL_REACH)) for t in c.triggers) \
                and not _cue(sm, "violent"):
            c.event_type, c.sub_event_type, c.priority = "Protests", "Peaceful protest", PEACEFUL_PRIORITY
    # a riot with nothing of a demonstration in its sentence (no protest or protester word, no demand, no road
    # blocked, no tyres burned, no riot word, no clash with the police) is a mob's: stones thrown at a bus,
    # a party's office burned, students fighting (ACLED's Mob violence)
    for c in cands:
        if c.event_type == "Riots" and c.sub_event_type == "Violent demonstration" and not _demonstration(sm, trig, c):
            c.sub_event_type = "Mob violence"
    # "عبرت الحركة عن تفهمها للاحتجاجات"، "في تعليقه على احتجاجات المحامين"، "حذر من توسع الاحتجاجات": protests
    # that a word of commenting or of concern has as its topic are talked about, not told: they may add to
    # a protest told, never start one
    topics = [m for m in _cue(sm, "topic") if not _crowd_joins(sm, m)]
    about = [m for m in topics if sm.toks[m.i].stems[-1] in ABOUT]
    for c in cands if topics else []:
        # (riots only as the topic of "about": "قرارات جديدة بخصوص أحداث الشغب في الملاعب"; "للحد من خطورة
        # الاشتباكات" still tells the clashes)
        if (c.event_type == "Protests" or c.event_type == "Riots" and about) and not c.acted and all(
                t.role == "event" and not _told_after(sm, t.j) and not _told_by_its_clause(sm, t) and any(
                    m.j == t.i or (m.j == t.i - 1 and sm.toks[m.j].norm in TOPIC_PREPOSITIONS | TOPIC_QUANTIFIERS)
                    for m in (topics if c.event_type == "Protests" else about)) for t in c.triggers):
            c.anaphoric = c.background = True
    # "الاحتجاجات التي شهدتها عدة ولايات مؤخرا"، "التحركات الاحتجاجية التي عاشتها الجهة مؤخرا": protests whose own
    # relative clause places them only "lately" are named as a reference, with no day: they may add to a
    # protest told, never start one (even as the subject of a verb of their course: "وتسببت الاحتجاجات التي
    # عاشتها المدينة مؤخرا في تعطل الدروس")
    lately = _cue(sm, "lately")
    for c in cands if lately else []:
        if c.event_type in ("Protests", "Riots") and (not c.acted or any(c is x for x in pointed_at)) and all(
                t.role == "event" and _lately(sm, t, lately) for t in c.triggers):
            c.anaphoric = c.background = True
    # "مسيرات شهدتها أغلب جهات البلاد"، "مظاهرات مناوئة لترامب في أنحاء مختلفة من الولايات المتحدة": protests
    # counted over many regions of the country are an aggregate, not one event at one place: they may add to a
    # protest told, never start one
    spread = _cue(sm, "nationwide")
    for c in cands if spread else []:
        first = min(c.triggers, key=lambda x: x.i) if c.triggers else None
        # (the first protest word so spread, the others after it in its clause: "في مسيرات شهدتها أغلب جهات
        # البلاد احتجاجا على ..." is one march word and its cause)
        if c.event_type in ("Protests", "Riots") and first is not None and first.role == "event" \
                and _nationwide(sm, first, spread) and all(sm.clause[t.i] == sm.clause[first.i] for t in c.triggers):
            c.anaphoric = c.background = True
    # "نفذوا اعتصاما دام 25 يوما"، "بعد توقف واحتجاجات دامت 4 أسابيع": a protest summed up by a duration of days or
    # more (protest_cues.tsv kinds lasted, long) is over, told as history: it may add to a protest told, never
    # start one ("ودامت الوقفة ساعة" tells one)
    cues = crowd_cues()
    lasted = [m for m in _cue(sm, "lasted") if cues["long"].find(sm.toks, m.j, min(len(sm.toks), m.j + LONG_REACH))]
    for c in cands if lasted else []:
        if c.event_type == "Protests" and all(any(0 <= m.i - t.j <= LASTED_REACH for m in lasted) or t.role == "anaphor"
                                              for t in c.triggers) and any(t.role != "anaphor" for t in c.triggers):
            c.anaphoric = c.background = True
    # ... while a protest named again that lasted hours ("سجلت الوقفة الإحتجاجية ... ودامت قرابة الساعة") is told:
    # it took place, the day it is reported
    short = [m for m in _cue(sm, "lasted") if m not in lasted
             and not has_article(sm.toks[m.i])]
    for c in cands if short else []:
        if c.event_type == "Protests" and c.anaphoric and not c.background and any(
                t.role == "event" and any(0 <= m.i - t.j <= LASTED_REACH for m in short)
                for t in c.triggers):
            c.anaphoric, c.acted = False, True
    # "ينظم غدا السبت المرصد وقفة احتجاجية": a protest dated after the publication is planned, not told;
    # so is one its doing's verbal noun names, with nothing saying it was done ("قررت الهيئة تنفيذ جملة من
    # التحركات الاحتجاجية"، not "تم تنظيم وقفة احتجاجية"، "على إثر تنظيم مسيرة"): either may add to a
    # protest told, never start one
    for c in cands:
        if c.event_type in ("Protests", "Riots") and not c.acted and not any(id(t) in started for t in c.triggers) and (
                _future(c) or all(t.role == "event" and _planned(sm, t) for t in c.triggers)):
            c.anaphoric = c.background = True
    # live fire by a state force named in the sentence of a protest, or someone killed there (before any demand or
    # cause: _killed_there) with one named, is excessive force whatever the intervention word says ("أطلقت وحدات الحرس الوطني الرصاص المطاطي والحي على مئات الشبان الذين
    # تجمعوا"، "قضى شاب برصاصة أطلقها عسكري لتفريق شبان قطعوا الطريق"; ACLED: live fire or protesters killed)
    if _force_positions(sm):
        # (not the fire the crowd protests, after its demand or cause: "تظاهر الأهالي احتجاجا على مقتل شاب برصاص الشرطة")
        first = _first_cause(sm)
        lethal = any(m.i < first for m in _live_fire(sm))
        for c in list(cands):
            if c.event_type != "Protests" or c.background or _after_cause(sm, c):
                continue
            killed = _killed_there(sm, c)
            if not (lethal or killed):
                continue
            c.sub_event_type = "Excessive force against protesters"
            if not killed:
                continue
            # (the killing told before the protest's word is the force used at it, no attack of its own:
            # "لقي شاب حتفه حين دهست سيارة تابعة للحرس الوطني الشبان الذين أغلقوا مدخل المحطة")
            start = min(t.i for t in c.triggers)
            for v in [v for v in cands if v.event_type == "Violence against civilians" and v.sub_event_type == "Attack"
                      and all(t.i < start for t in v.triggers)]:
                c.triggers.extend(v.triggers)
                c.casualties.extend(v.casualties)  # (the dead and hurt the killing counted are the protest's)
                cands.remove(v)
    # "اعتقلت قوات الاحتلال ثلاثة شبان واقتادتهم إلى جهة مجهولة": people led away by those the sentence says arrested,
    # abducted or attacked them finish that deed; led away alone ("اعترض مسلحون حافلة واقتادوا سائقها إلى جهة
    # مجهولة") they are abducted
    led = [c for c in cands if c.triggers and all(any(alias_key(st) in _LED_AWAY for st in sm.toks[t.i].stems)
                                                  for t in c.triggers)]
    if led and any(c not in led and (c.event_type == "Violence against civilians" or c.sub_event_type == "Arrests")
                   for c in cands):
        cands = [c for c in cands if c not in led]
    return cands, blocked
