"""Find event triggers in a sentence and decide which ones are blocked
(negated, denied, planned, threatened, conditional, historical, legal)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..kb.lexicon import Lexicon, alias_key
from ..kb.loader import load_table
from ..kb.tables import lexicon, trigger_lexicon
from ..kb.words import function_keys, function_words
from ..mentions.finders import TOTAL_VERBS
from ..text.normalize import fold
from ..text.tokenize import Token, has_article

CAUSE_BACK = 8  # words before an accident's word where "إثر"، "بعد" make it a riot's cause ("إثر وفاة شاب ... في حادث")
_NAMING_NOUNS = frozenset(fold(w) for w in function_words("street_noun"))  # ساحة، شارع، ميدان: a name follows


@dataclass(slots=True)
class Trigger:
    i: int
    j: int
    start: int
    end: int
    event_type: str
    sub_event_type: str
    role: str          # event | generic | modifier
    priority: int
    definite: bool     # starts with ال or ends with a pronoun: may refer back to an earlier event
    implied_killed: int = 0  # اغتيال: one person killed when no count is given
    blocked: str | None = None


@lru_cache(maxsize=None)
def blocker_lexicon() -> Lexicon:
    lex = Lexicon()
    for r in load_table("blockers.tsv"):
        types = frozenset(t.strip() for t in (r.get("types") or "").split("|") if t.strip())
        lex.add(r["word"], (r["kind"], r["scope"], int(r["n"] or 0), types))
    return lex


@lru_cache(maxsize=1)
def permission_lexicon() -> Lexicon:
    """``legal_permission.tsv``: words that make a prosecutor the authority an operation was
    cleared with ("بعد استشارة النيابة العمومية")."""
    lex = Lexicon()
    for r in load_table("legal_permission.tsv"):
        lex.add(r["word"], True)
    return lex


@lru_cache(maxsize=1)
def contrast_lexicon() -> Lexicon:
    """``contrast_words.tsv``: words that open a clause answering the account told before it
    ("لكن"، "في حين"، "فيما")."""
    lex = Lexicon()
    for r in load_table("contrast_words.tsv"):
        lex.add(r["word"], True)
    return lex


PART_WORDS = frozenset(function_keys("part_of"))
_LAUNCHED_THING = frozenset(function_keys("launched_thing"))  # "أطلقت حملة": no firing
_LAUNCH_STEMS = tuple(function_words("launch_stem"))
_INTERCEPT_STEMS = tuple(function_words("intercept_stem"))
_CRAFT = frozenset(function_keys("craft_noun"))
SURVIVED_REACH = 5  # "نجا محافظ عدن من محاولة اغتيال": the verb of surviving this near before the attempt
_SURVIVED = tuple(function_words("survived_stem"))  # survived (an attempt on one's life)
_SUFFERED = tuple(function_keys("suffered_stem"))  # underwent (an attempt on one's life)
_ARTICLE_NOUNS = frozenset(function_keys("article_noun"))  # "الطالب": the student, not "طالب" (he demanded)
_DOWN_STEMS = tuple(function_words("down_stem"))  # a verb of shooting down (أسقط، أسقطت): needs an aircraft, a missile or a drone near it
_AIRCRAFT = tuple(function_words("aircraft_stem"))
CRAFT_BACK = 20  # "إن طائرة الرحلة ... أقلعت من لاهور ... وقد تم اعتراضها": the craft this near before
INTERCEPT_BACK = 10  # "أطلقوا صاروخا باليستيا على جازان وتم اعتراضه": the missile this near before the verbal noun
INTERCEPT_REACH = 5  # "اعترضت الدفاعات الجوية صاروخا": the missile or drone this near after a bare verb of intercepting

_FIGURATIVE_ADJ = frozenset(function_keys("figurative_adjective"))  # "قصف إعلامي": talk, not shelling
_TOLL_VERBS = frozenset(function_keys("toll_verb"))  # "ولم يخلف اطلاق النار اصابات": the toll negated
_CONSEQUENCE = frozenset(function_keys("consequence"))  # "مما أدى إلى"، "أسفر عن": what an event caused  # "أحد المحتجين"، "عدد من المحتجين": some of the protesters
PART_REACH = 3
CONTRAST_REACH = 4  # words from a contrast word to the denial verb it opens ("لكن الجيش التركي نفى")


def _answered(toks: list[Token], t: Trigger, m) -> bool:
    """A denial stands after the trigger in a clause a contrast word opens ("... قتلوا في قصف للطيران
    التركي، لكن الجيش نفى أن يكون استهدف منطقة مأهولة"): it answers the account told before it."""
    if m.i < t.j:
        return False
    return any(t.j <= c.i and 0 <= m.i - c.j <= CONTRAST_REACH
               for c in contrast_lexicon().find(toks, t.j, m.i))


def _is_definite(tok: Token) -> bool:
    """Definite (الهجوم) or with a pronoun suffix (اغتياله): may refer back to an earlier event."""
    if has_article(tok):
        return True
    raw = "".join(ch for ch in tok.text if not "\u064b" <= ch <= "\u065f" and ch != "\u0640")
    return raw.endswith(("ه", "ها", "هم")) and not raw.endswith("ة")


@lru_cache(maxsize=None)
def crowd_cues() -> dict[str, Lexicon]:
    """``protest_cues.tsv`` kinds crowd (people acting as a crowd), count (مجموعة من، عدد من),
    armed (an armed or smuggling party), act (what protesters do at their protest: يطالب، ندد،
    رفع، ردد), say (what they say about it: أكد، عبر عن، أشار), tyres and fire (tyres are a riot's
    only when burned), violent (what protesters do that makes them rioters: تهشيم، تخريب، الاعتداء)."""
    out = {k: Lexicon() for k in ("crowd", "count", "armed", "act", "say", "tyres", "fire", "violent", "point",
                                  "head", "course", "comes", "still", "during", "press", "of", "meeting", "reopen", "gather", "organise", "march", "turn", "attempt", "self", "site", "doing", "topic", "crowd_words", "mob", "cause", "ongoing", "lately", "nationwide", "community", "from_today", "chant", "slogans",
                                  "until", "pushed", "close", "every", "roads", "shutdown", "halt", "traffic",
                                  "occupy", "premises", "judge", "festive", "relief", "scene", "grievance", "stoppage", "lasted", "long",
                                  "deed", "deed_plural", "arson", "damage", "state_site", "raid", "melee", "body", "prison", "sport", "symbol", "occupier", "breakup", "theft", "undergo", "multitude", "where", "participants", "join", "going_on", "disperse", "rally",
                                  "crowd_control", "pitch", "tents", "arson_verb", "storm",
                                  "halt_noun", "taking_part", "perch", "sew", "mouth", "chanting", "gathered", "force_act", "hold", "assembly", "anger", "lethal", "bare_force", "throw_verb", "stones", "air", "when", "agent_fire")}
    for r in load_table("protest_cues.tsv"):
        if r["kind"] in out:
            out[r["kind"]].add(r["word"], r["kind"])
    return out


OBJECTED_REACH = 3  # an armed word this near after a cue of demanding or condemning is what the crowd objects to


@lru_cache(maxsize=1)
def _objecting_cues() -> Lexicon:
    """protest_cues.tsv kinds demand, against, condemn and decry: what follows them is what a crowd demands or condemns."""
    out = Lexicon()
    for r in load_table("protest_cues.tsv"):
        if r["kind"] in ("demand", "against", "condemn", "decry"):
            out.add(r["word"], r["kind"])
    return out


def armed_party(sm) -> bool:
    """An armed or smuggling party is named in the sentence (مسلحين، المهربين: protest_cues kind armed), not armed only
    with sticks, stones or knives (kind melee right after it: "مجموعة من 20 شخصا مسلحين بعصي"), nor only as what a
    crowd condemns or demands ("ويستنكرون الاعتداءات المسلحة"، "تنديدا بجرائم الميليشيات المسلحة") or whose offices it
    burns or storms (kind premises a few words before: "مقرات أحزاب وفصائل مسلحة")."""
    cues = crowd_cues()
    armed = cues["armed"].find(sm.toks)
    if not armed:
        return False
    melee = {m.i for m in cues["melee"].find(sm.toks)}
    # (nor whose offices a crowd burns or storms: "أحرق متظاهرون مقرات أحزاب وفصائل مسلحة")
    objected = [c.j for c in _objecting_cues().find(sm.toks)] + [c.j for c in cues["premises"].find(sm.toks)]
    return any(m.j not in melee and not any(0 <= m.i - j <= OBJECTED_REACH for j in objected) for m in armed)


def _trigger(m, toks: list[Token]) -> Trigger:
    best = max(m.payloads, key=lambda p: p.priority)
    return Trigger(m.i, m.j, m.start, m.end, best.event_type, best.sub_event_type,
                   best.role, best.priority, _is_definite(toks[m.i]), best.implied_killed)


def find_triggers(toks: list[Token]) -> list[Trigger]:
    lex = trigger_lexicon()
    out: list[Trigger] = []
    for m in lex.find(toks):
        t = _trigger(m, toks)
        if t.event_type in ("Protests", "Riots") and t.j - t.i > 1:
            # "نفذت مسيرة إسرائيلية غارة": a later word of a protest phrase that starts a longer
            # weapon phrase is the weapon (a drone), not a march
            for k in range(t.i + 1, t.j):
                w = lex.find(toks, k, min(len(toks), k + lex.max_len))
                if w and w[0].i == k and w[0].j > t.j and any(
                        p.event_type == "Explosions/Remote violence" for p in w[0].payloads):
                    t = _trigger(w[0], toks)
                    break
        out.append(t)
    out = [t for t in out if not _seized_weapon(toks, out, t)]
    for t in out:
        if t.sub_event_type == "Non-state actor overtakes territory" and any(
                alias_key(x.norm) in _GOODS or alias_key(x.stems[-1]) in _GOODS for x in toks[t.j:t.j + 2]):
            # "هاجمت منازل ... واستولت على كميات من المؤونة": goods seized, a looting, no ground taken; by no armed
            # party ("اقتحم شخص مجهول منزل رجل مسن واستولى على مبلغ مالي") a theft, an ordinary crime
            t.event_type, t.sub_event_type = "Strategic developments", "Looting/property destruction"
            if not any(st.startswith(_ELIMINATED + _ARMED_HEADS) for x in toks for st in x.stems):
                t.blocked = "theft"
    seized = _seizures(toks, out) + _eliminations(toks, out) + _split_fire(toks, out) + _split_catch(toks, out)
    if seized:
        out = sorted(out + seized, key=lambda t: (t.i, t.j))
    return out


_CONTAINS = frozenset(function_keys("contains_verb"))
_CACHES = frozenset(function_keys("cache_noun"))
CACHE_GAP = 4  # words between a cache's noun and its verb of containing ("مخزن تابع للتنظيم يضم")
SEIZED_LIST_REACH = 16  # "حجز سلاحي كلاشنيكوف وكمية من الذخيرة و حزام ناسف": a seized list this long
_GOODS = frozenset(function_keys("goods_noun"))
_BREAKS = frozenset(function_keys("time_preposition")) | frozenset(function_keys("consequence"))


def _weapon_word(toks: list[Token], t: Trigger) -> bool:
    """An explosive trigger written with a weapon's noun (عبوة ناسفة، قذائف هاون، حزام ناسف), not a bomber."""
    return t.event_type == "Explosions/Remote violence" and any(
        st in _WEAPON_NOUNS or st.startswith(("مفخخ", "ناسف")) for x in toks[t.i:t.j] for st in x.stems)


def _seized_weapon(toks: list[Token], found: list[Trigger], t: Trigger) -> bool:
    """An explosive's word (a suicide belt, an explosive device) listed among what a seizure took: a verb or verbal
    noun of seizing (function_words seize_verb) at most SEIZED_LIST_REACH words before it, every word between a
    weapon's noun or a word of the list (no other trigger, no word of exploding between), is arms seized, no
    explosion ("حجز ... حزام ناسف وعدد من الرمانات")."""
    if t.event_type != "Explosions/Remote violence" or not any(
            st in _WEAPON_NOUNS or st.startswith(("مفخخ", "ناسف")) for x in toks[t.i:t.j] for st in x.stems):
        return False  # (a bomber, "سيارة الانتحاري", is no weapon seized)
    blasts = {m.i for m in lexicon("detonation_verbs.tsv").find(toks, max(0, t.i - SEIZED_LIST_REACH), t.i)}
    listed = {k for x in found if x is not t and _weapon_word(toks, x) for k in range(x.i, x.j)}
    for k in range(t.i - 1, max(-1, t.i - 1 - SEIZED_LIST_REACH), -1):
        if k in blasts or toks[k].norm in _BREAKS or any(x.i <= k < x.j for x in found if x is not t) and k not in listed:
            return False  # "حجزت الشرطة سيارته قبل أن يفجر حزامه الناسف": the blast is told (another weapon of the
            # list, "العبوات الناسفة وأحزمة ناسفة", is no other event)
        if toks[k].norm in _CONTAINS and any(x.norm in _CACHES for x in toks[max(0, k - CACHE_GAP):k]) \
                and any(is_seizure(x) for x in toks[:k]):
            return True  # "عثرت القوات ... على مخزن تابع للتنظيم يضم عشرات العبوات الناسفة": a cache's contents found
        if is_seizure(toks[k]):
            return True
    return False


ELIMINATE_REACH = 12  # "قضت مفرزة للجيش الوطني الشعبي، يوم 20 مارس 2018، على إرهابيين": "على" this near after the verb
_ELIMINATE_VERBS = frozenset(function_keys("eliminate_verb"))
_ELIMINATED = tuple(function_keys("eliminated_noun"))
_ON = fold("على")
_HANDS = frozenset(function_words("hands_word"))
_ARMED_HEADS = tuple(function_words("armed_head"))


def _eliminations(toks: list[Token], found: list[Trigger]) -> list[Trigger]:
    """A past verb of eliminating (function_words eliminate_verb: قضت، قضى) with "على" within ELIMINATE_REACH words
    after it (its subject and a time between) and a militant's noun (eliminated_noun: إرهابي، مسلح) at most three
    words after that "على": an armed clash, as "القضاء على" is (a generic row of data/triggers.tsv); the trigger
    spans the verb to "على". Not where another trigger stands between, not past a full stop."""
    taken = {k for t in found for k in range(t.i, t.j)}
    out: list[Trigger] = []
    for i, tok in enumerate(toks):
        if i in taken or tok.norm not in _ELIMINATE_VERBS:
            continue
        for k in range(i + 1, min(len(toks), i + 1 + ELIMINATE_REACH)):
            if k in taken or toks[k].norm in (".", "؟", "!"):
                break
            if toks[k].norm == _ON:
                if k + 1 < len(toks) and toks[k + 1].norm in _HANDS:
                    # "الذي قضى الجمعة على يد إرهابيين": died at their hands, a killing (one dead for a singular verb)
                    if any(st.startswith(_ELIMINATED) for x in toks[k + 2:k + 5] for st in x.stems):
                        out.append(Trigger(i, k + 2, tok.start, toks[k + 1].end, "Violence against civilians", "Attack",
                                           "event", 40, False, 1 if tok.norm in ("قضي", "قضت") else 0))
                    break
                if any(st.startswith(_ELIMINATED) for x in toks[k + 1:k + 4] for st in x.stems):
                    out.append(Trigger(i, k + 1, tok.start, toks[k].end, "Battles", "Armed clash", "generic", 15,
                                       False))
                break
    return out


FIRE_SPLIT_REACH = 3  # "إثر إطلاق آليات الاحتلال النار": the shooters between the verbal noun and the fire, this many words
_FIRE_NOUNS = frozenset(function_keys("fire_noun"))
_FIRE_VERBAL = frozenset(function_keys("fire_verbal"))


def _split_fire(toks: list[Token], found: list[Trigger]) -> list[Trigger]:
    """The verbal noun of opening fire with its doer between it and the fire ("إثر إطلاق آليات الاحتلال النار صوب
    منازل المواطنين"): a generic attack, as "إطلاق النار" is; the trigger spans the noun to the fire. Not past a
    punctuation mark or another trigger."""
    taken = {k for t in found for k in range(t.i, t.j)}
    out: list[Trigger] = []
    for i, tok in enumerate(toks):
        if i in taken or not any(v in tok.norm for v in _FIRE_VERBAL) or alias_key(tok.stems[-1]) not in _FIRE_VERBAL:
            continue
        for k in range(i + 2, min(len(toks), i + 2 + FIRE_SPLIT_REACH)):
            if k - 1 in taken or not any(ch.isalnum() for ch in toks[k - 1].norm):
                break
            if alias_key(toks[k].norm) in _FIRE_NOUNS:
                out.append(Trigger(i, k + 1, tok.start, toks[k].end, "Violence against civilians", "Attack",
                                   "generic", 15, False))
                break
    return out


_CAST_VERBS = frozenset(function_words("cast_verb"))  # folded as written: compared with a token's stems
_CATCH = alias_key("القبض")
CATCH_SPLIT_REACH = 4  # "ألقت قوات الأمن المصرية القبض": the subject between the verb and "القبض", this many words at most


def _split_catch(toks: list[Token], found: list[Trigger]) -> list[Trigger]:
    """"ألقت قوات الأمن القبض على ثلاثة": the verb of casting with its doer between it and "القبض", an arrest as
    "ألقت القبض" is; the trigger is the verb (the doer after it stays a mention of its own). Not past a punctuation
    mark or another trigger."""
    taken = {k for t in found for k in range(t.i, t.j)}
    out: list[Trigger] = []
    for i, tok in enumerate(toks):
        if i in taken or not any(st in _CAST_VERBS for st in tok.stems):
            continue
        for k in range(i + 2, min(len(toks), i + 2 + CATCH_SPLIT_REACH)):
            if k - 1 in taken or not any(ch.isalnum() for ch in toks[k - 1].norm):
                break
            if alias_key(toks[k].norm) == _CATCH:
                out.append(Trigger(i, i + 1, tok.start, tok.end, "Strategic developments", "Arrests",
                                   "event", 62, False))
                break
    return out


SEIZE_REACH = 8  # "حجز كمية من المواد الكيميائية المعدة لصناعة المتفجرات": the weapon this near after the seizure word
# (after a finite verb its subject and time come first: "ضبطت نقطة تفتيش تابعة للجيش في مديرية بيحان، الجمعة
# الماضية، شحنة أسلحة")
SEIZE_VERB_REACH = 14
SEIZURE_PRIORITY = 45  # below every arrest word: an arrest and a seizure in one clause stay the arrest
_SEIZE_VERBS = frozenset(function_keys("seize_verb"))
_WEAPON_NOUNS = frozenset(function_keys("weapon_noun"))
_FIND_VERBS = frozenset(function_keys("find_verb"))
_OTHER_INCIDENT = frozenset(function_keys("other_incident"))
FIND_REACH = 12  # "عثرت الأجهزة الأمنية أمس على ...": the "على" of a verb of finding this near after it
_NOT_WEAPON = frozenset(function_keys("not_weapon"))


def is_seizure(tok: Token) -> bool:
    """A verb or verbal noun of seizing or finding (function_words seize_verb, find_verb: حجز، ضبط، حجزت، عثرت)."""
    return any(st in _SEIZE_VERBS or st in _FIND_VERBS for st in tok.stems)


def _found_object(toks: list[Token], i: int) -> int | None:
    """After a verb of finding (function_words find_verb: عثرت، العثور), where what was found begins: the word
    after its "على" (a few words on, past the finder: "عثرت الأجهزة الأمنية أمس على"); None when "على" carries a
    pronoun ("العثور عليه": found what was named before) or does not come."""
    for k in range(i + 1, min(len(toks), i + 1 + FIND_REACH)):
        if toks[k].norm == "علي":  # (folded: على)
            return k + 1
        if toks[k].norm.startswith("علي"):
            return None
    return None


def _seizures(toks: list[Token], found: list[Trigger]) -> list[Trigger]:
    """A verb or verbal noun of seizing (function_words seize_verb: حجز، ضبط) with a weapon's noun (weapon_noun:
    أسلحة، متفجرات، قنابل، ذخيرة) within SEIZE_REACH words after it, not a tear-gas canister or a hunting rifle
    (not_weapon right after it: "القنابل المسيلة للدموع"، "بنادق صيد"), where no listed trigger stands: a weapons
    seizure, a Disrupted weapons use ("وضبط عدد من القنابل"، "حجز كمية من المواد المعدة لصناعة المتفجرات"). The
    coder keeps it only in an article about militancy, as it does an arrest."""
    taken = {k for t in found for k in range(t.i, t.j)}
    out: list[Trigger] = []
    for i, tok in enumerate(toks):
        if i in taken:
            continue
        start = i + 1
        if any(st in _FIND_VERBS for st in tok.stems):
            start = _found_object(toks, i)
            if start is None:
                continue
        elif not is_seizure(tok):
            continue
        reach = SEIZE_VERB_REACH if start == i + 1 and tok.norm.endswith(("ت", "وا")) else SEIZE_REACH
        for k in range(start, min(len(toks), start + reach)):
            if k in taken:
                break  # another event's word between: the weapon is that event's
            if any(st in _WEAPON_NOUNS for st in toks[k].stems):
                if not (k + 1 < len(toks) and any(st in _NOT_WEAPON for st in toks[k + 1].stems)):
                    out.append(Trigger(i, i + 1, tok.start, tok.end, "Strategic developments", "Disrupted weapons use",
                                       "event", SEIZURE_PRIORITY, _is_definite(tok)))
                break
    return out


CLAUSE_REACH = 8  # a clause-wide blocker without the sentence's clauses reaches this many words

_DEMONSTRATIVES = frozenset(function_words("demonstrative"))
# demand and call verbs: they govern what is demanded ("طالبوا بتنظيم وقفة"), not the people who
# demand ("طالب عدد من المحتجين اليوم أمام مقر الولاية بـ ..." tells a protest held today)
_DEMAND_VERBS = frozenset(function_keys("demand_verb"))


def _counted_people(toks: list[Token], t: Trigger) -> bool:
    """The trigger names a crowd counted or indefinite (عدد من المحتجين، محتجون): a crowd present,
    not the protesters of a protest told before (وطالب المحتجون بـ ...: an anaphor, left blocked)."""
    if not any(m.i == t.i and m.j == t.j for m in crowd_cues()["crowd"].find(toks, t.i, t.j)):
        return False
    if not has_article(toks[t.i]):
        return True
    return any(m.j == t.i for m in crowd_cues()["count"].find(toks, max(0, t.i - 3), t.i))


def protesters_act(toks: list[Token], t: Trigger) -> bool:
    """The protesters named by an anaphor do what a crowd does at its protest, the verb right before
    or right after them ("ويطالب المحتجون بـ"، "ورفع المحتجون شعار"، "المحتجين طالبوا"): the sentence
    goes on telling the protest (a speech verb, "وأكد المحتجون أن", does not)."""
    if t.role != "anaphor":
        return False
    acts = crowd_cues()["act"]
    # (who they are may stand between: "وأغلق التجار المحتجون المعبر"; or how many of them: "ورفع بعض المتظاهرين صورا")
    counted = {m.i for m in crowd_cues()["count"].find(toks, max(0, t.i - 3), t.i) if m.j == t.i}
    return any(m.j == t.i or m.j in counted or m.j == t.i - 1 and has_article(toks[t.i - 1])
               for m in acts.find(toks, max(0, t.i - 5), t.i)) or \
        any(m.i == t.j for m in acts.find(toks, t.j, min(len(toks), t.j + 2)))


# relative pronouns (the clause they open tells of the noun before them)
RELATIVE_PRONOUNS = frozenset(function_words("relative_pronoun"))


def pointed_protests(toks: list[Token]) -> dict[int, bool]:
    """Where a protest's noun is the subject or object of a verb of its course or of its
    organisers, with or without a demonstrative ("ودامت الوقفة ساعة"، "ونظم هذه الوقفة الاتحاد
    المحلي"، "وتأتي هذه الوقفة احتجاجا على"): the sentence tells one protest (data/protest_cues.tsv
    kinds course, comes, point and head). Index of the noun -> True when a verb of its course or
    its organisers points at it, which says it took place whatever a demonstrative would block.
    Named otherwise ("منع هذه المسيرة"، "المشاركة في هذه المسيرة") it may be a plan or talk: not this."""
    cues = crowd_cues()
    heads = cues["head"].find(toks)
    if not heads:
        return {}
    out: dict[int, bool] = {}
    points = cues["point"].find(toks)
    for kind in ("comes", "course"):
        found = cues[kind].find(toks)
        verbs = {m.j for m in found}
        at = verbs | {m.j for m in points if m.i in verbs}
        for m in heads:
            if m.i in at:
                out[m.i] = True
        if kind == "comes":
            # "أن هذا التحرك الاحتجاجي يأتي للمطالبة بـ"، "هذه الاحتجاجات تأتي": the demonstrative and its
            # noun before the verb, a word of protest in them (not "هذا التحرك يأتي مساندة لـ", a move)
            starts = {m.i for m in found}
            for m in heads:
                if any(p.j == m.i for p in points) and any(
                        k in starts and "حتجاج" in toks[k - 1].norm for k in (m.j, m.j + 1)):
                    out[m.i] = True  # (the verb says it took place, as a verb of its course does)
        if kind == "course":
            # "التحركات الاحتجاجية التي ينفذها الأساتذة": a relative clause of its organisers after it
            starts = {m.i for m in found}
            for m in heads:
                r = next((r for r in range(m.j, min(len(toks), m.j + 2)) if toks[r].norm in RELATIVE_PRONOUNS), None)
                if r is not None and r + 1 in starts:
                    out[m.i] = True
    # "وأكد أن الاعتصام مازال متواصلا"، "الا ان الاعتصام لا يزال قائما": a word saying it is still going on,
    # right after the noun or one word on, tells it as a verb of its course does
    # (not a resolve: "الاعتصام متواصل إلى حين تحقيق المطالب"; "مازال متواصلا إلى حين ..." still tells it)
    still = {m.i for m in cues["still"].find(toks) if not any(u.i == m.j for u in cues["until"].find(toks, m.j, min(len(toks), m.j + 3)))}
    for m in heads:
        if m.j in still or m.j + 1 in still:
            out[m.i] = True
    return out


def said_during(toks: list[Token]) -> bool:
    """A protest's noun right after a word of time during it ("وأكد المحتجون، خلال الوقفة، على ..."،
    "أثناء هذه المسيرة"; not "من خلال هذه الاحتجاجات", through them): what the protesters say, they say
    at the protest the sentence tells."""
    cues = crowd_cues()
    during = {m.j for m in cues["during"].find(toks) if not (m.i > 0 and toks[m.i - 1].norm == "من")}
    if not during:
        return False
    points = {m.i for m in cues["point"].find(toks)}
    return any(m.i in during or (m.i - 1 in during and m.i - 1 in points) for m in cues["head"].find(toks))


PARTY_REACH, MEETING_REACH = 4, 6  # the protesters this near after مع/بين, the meeting this near before it
ONE_OF = frozenset(function_words("one_of"))  # "أحد المحتجين"، "إحدى المحتجات": one of them (folded)


def protesters_spoken_of(toks: list[Token], t: Trigger) -> bool:
    """The protesters named by an anaphor are what a noun or a verb of dealing speaks of ("مطالب
    المحتجين"، "وفدا عن المحتجين"، "التعاطي مع المحتجين"، "وفاة أحد المحتجين"), the word right before them
    or before the preposition or the "one of" between."""
    if t.role != "anaphor" or t.i == 0:
        return False
    if toks[t.i].norm.startswith("لل") and toks[t.i].norm[1:] in toks[t.i].stems:
        return True  # "أكدت السلط للمحتجين تفهمها": told or given to them (a dative)
    k = t.i - 1
    if toks[k].norm in ONE_OF:
        k -= 1  # "وفاة أحد المحتجين": one of them
    if k >= 0 and toks[k].norm in ("عن", "مع", "من"):
        k -= 1
    cues = crowd_cues()
    if k >= 0 and any(m.i == k for m in cues["of"].find(toks, k, k + 1)):
        return True
    # "تم عقد جلسة يوم أمس مع المحتجين"، "الاتفاق الموقع بين الحكومة والمعتصمين": a meeting's party
    w = next((x for x in range(t.i - 1, max(-1, t.i - 1 - PARTY_REACH), -1) if toks[x].norm in ("مع", "بين")), None)
    return w is not None and bool(cues["meeting"].find(toks, max(0, w - MEETING_REACH), w))


def protesters_say(toks: list[Token], t: Trigger) -> bool:
    """The protesters named by an anaphor are the subject of a speech verb right before them ("وأكد
    المحتجون أن"، "وعبر المحتجون عن استيائهم"), or their act at the protest (a demand, a denunciation) is
    given as told to the press or in their own words (protest_cues.tsv kind press after them: "وطالب
    المحتجون في تصريح لمراسل الإذاعة بـ"، "ويندد المحتجون بـ ...، حسب تعبيرهم"): what they say, not the
    protest told again."""
    if t.role != "anaphor":
        return False
    cues = crowd_cues()
    # (one of them or some of them speak too: "وقال أحد المحتجين"، "وعبر عدد من المحتجين عن استيائهم")
    k = t.i
    while k > 0 and t.i - k < PART_REACH and toks[k - 1].stems[-1] in PART_WORDS:
        k -= 1
    return any(m.j == k for m in cues["say"].find(toks, max(0, k - 2), k)) or (
        protesters_act(toks, t) and bool(cues["press"].find(toks, t.j, len(toks))))


def _blast_word(toks: list[Token], t: Trigger) -> bool:
    """"انفجار", "انفجرت": a blast told with no weapon word."""
    return t.event_type == "Explosions/Remote violence" and toks[t.i].stems[-1].startswith(("انفجار", "انفجر"))


def _new_clause(toks: list[Token], clause: list[int] | None, a: int, b: int) -> bool:
    """A clause opened by "و" after a comma stands between tokens a and b ("شاحنة يرجح أنها مسروقة،
    ودهس بها ..."): a cue before it does not govern what comes after."""
    return clause is not None and any(clause[k] != clause[k - 1] and toks[k].norm.startswith("و")
                                      for k in range(max(a, 1), min(b, len(clause) - 1) + 1))


_WEAPON_TEST = frozenset(function_keys("weapon_test"))
PROTESTERS_STAND = ("intent", "allegation", "denial")
_UNDOING = ("negation", "denial", "future", "threat", "intent", "condition", "pending")  # kinds that undo a pointed protest
UNDO_REACH = 6  # ... this many words before it
GOING_STANDS = ("threat", "intent", "refusal", "future", "pending")  # kinds a protest told going on outlives  # blocker kinds that leave protesters named protesters


def _pointer(tok: Token) -> bool:
    """A demonstrative, bare or after a preposition (هذه، لهذه، بهذا)."""
    return tok.stems[-1] in _DEMONSTRATIVES or tok.norm in _DEMONSTRATIVES or (
        tok.norm[:1] in ("ل", "ب", "و") and tok.norm[1:] in _DEMONSTRATIVES)


_AFTER_CAUSE = frozenset(alias_key(w) for w in ("إثر", "اثر", "عقب", "بعد", "بسبب"))  # "... إثر حادث مرور"


def apply_blockers(toks: list[Token], triggers: list[Trigger], clause: list[int] | None = None) -> None:
    """Mark triggers that a negation, plan, threat, denial, condition or history cue governs."""
    if not triggers:
        return
    weapon = any(t.event_type == "Explosions/Remote violence" and not _blast_word(toks, t) for t in triggers)
    found = blocker_lexicon().find(toks)
    for m in found:
        kind, scope, n, types = m.payloads[0]
        if kind == "legal" and any(0 <= m.i - p.j <= 1 for p in permission_lexicon().find(toks, max(0, m.i - 4), m.i)):
            continue  # "بعد استشارة النيابة العمومية تم إيقاف ...": the prosecutor cleared the operation
        if kind == "intent" and m.i > 1 and (toks[m.i - 1].norm == "من" and any(
                toks[k].stems[-1].startswith(_SURVIVED) for k in range(max(0, m.i - SURVIVED_REACH), m.i))
                or toks[m.i].norm.startswith("ل") and any(alias_key(toks[k].stems[-1]).startswith(_SUFFERED)
                                                          for k in range(max(0, m.i - SURVIVED_REACH), m.i))):
            for t in triggers:
                if 0 <= t.i - m.j < max(n, 1):
                    t.implied_killed = 0  # (the target survived: "اغتيال" kills no one here)
            continue  # "نجا من محاولة اغتيال"، "تعرضها لمحاولة اغتيال": an attempt survived or undergone was made, an attack told
        if kind == "halted" and toks[m.i].norm.startswith(("ل", "ول")):
            continue  # "ضبط خلية تابعة لحركة حسم": the movement a cell belongs to, no traffic halted
        if kind == "accident" and m.j < len(toks) and alias_key(toks[m.j].stems[-1]) in _OTHER_INCIDENT:
            continue  # "وفي حادث منفصل، هاجم مسلحون ...": another incident, no accident
        if m.key in _ARTICLE_NOUNS and has_article(toks[m.i]):
            continue  # "الطالب محمد ... يواصل اضراب الجوع": the student, no demand
        demonstrative = kind == "reference" and toks[m.i].stems[-1] in _DEMONSTRATIVES
        for t in triggers:
            if t.blocked or (types and t.event_type not in types and t.sub_event_type not in types) or (
                    kind == "industrial" and (weapon or not _blast_word(toks, t))):
                continue  # a gas line or a factory stops "انفجار" alone, not a bomb that went off there
            if demonstrative and not has_article(toks[t.i]):
                continue  # "هذا الهجوم" refers back; "في غضون ذلك انفجرت" does not
            if demonstrative and t.event_type == "Protests" and t.role == "event" and m.j == t.i and not any(
                    x.payloads[0][0] in _UNDOING and x.j <= t.i and t.i - x.j <= UNDO_REACH for x in found):
                continue  # "أن هذا التحرك الاحتجاجي يسعى لـ": the protest the text tells, to add to it or stand for it
                # (not one a negation, a denial, a plan or a threat before it undoes: "لم يتم تنفيذ هذه الوقفة")
            if kind == "intent" and t.event_type == "Riots" and any(
                    a.i == m.i for a in crowd_cues()["attempt"].find(toks, m.i, m.j)):
                continue  # "حاولت مجموعة من الشباب حرق مقر الحزب": a crowd's attempt at violence is a riot
                # (told in the passive too: "ومحاولة الاعتداء عليه وحرق مقر منطقة الأمن")
            if kind == "intent" and m.key in _DEMAND_VERBS and _counted_people(toks, t):
                continue
            if kind == "intent" and t.event_type == "Strategic developments" and toks[t.i].stems[-1] in _WEAPON_TEST:
                continue  # "حاولت كوريا الشمالية تجريب صاروخ": a failed test is still a test
            if kind == "accident" and scope == "sentence" and t.role == "event" \
                    and t.event_type in ("Protests", "Riots"):
                continue  # "وقفة احتجاجية بعد حادث مرور": the accident is the protest's cause
            if kind == "accident" and scope == "sentence" and m.i > t.j and alias_key(toks[m.i - 1].norm) in _AFTER_CAUSE \
                    and crowd_cues()["mob"].find(toks, t.i, t.j):
                continue  # "أهالي الرقاب يعتدون على عوني حرس إثر حادث مرور قاتل": a beating after the accident, not it
            if kind == "accident" and scope == "sentence" and t.event_type == "Riots" and m.i > t.j and any(
                    alias_key(toks[q].norm) in _AFTER_CAUSE for q in range(max(t.j, m.i - CAUSE_BACK), m.i)):
                continue  # "اقتحم عدد من الشبان مقر المعتمدية ... إثر وفاة شاب من المنطقة في حادث مرور": the riot the
                # accident caused
            if kind == "accident" and scope == "sentence" and m.i >= t.j and not _blast_word(toks, t) and any(
                    toks[k].stems[-1] in _CONSEQUENCE for k in range(t.j, m.i)):
                continue  # "قصفت الطائرات مخزنا مما أدى إلى اندلاع حريق": the fire the strike caused (not
                # after a bare blast, "انفجرت بطارية وتسببت في حريق", which may be the accident itself)
            if kind == "legal" and scope == "sentence" and t.role == "event" and t.event_type == "Protests" \
                    and m.i > t.j:
                continue  # "وقفة احتجاجية ... من قرار النيابة العمومية": the court is what they protest
            if kind == "intent" and (m.j == t.i or m.i == t.j) and protesters_act(toks, t):
                continue  # "ويطالب المحتجون بـ ...": the protesters' demand, not a call to protest
            if kind in PROTESTERS_STAND and t.role == "anaphor" and t.event_type == "Protests":
                continue  # "حاول عدد من المشاركين في المسيرة طرده"، "دعا المعتمد العملة المحتجين إلى"، "أذنت النيابة
                # بتتبع المحتجين": what protesters tried, were called to or are prosecuted for leaves them protesters
            if t.event_type == "Protests" and t.role == "event" and kind not in _UNDOING and scope != "sentence" \
                    and m.j < t.i - 1 and _pointer(toks[t.i - 1]) and not crowd_cues()["doing"].find(toks, m.j, t.i):
                continue  # "رفض تغطية وسائل الإعلام لهذه الوقفة الاحتجاجية": the protest pointed at is the one told,
                # and what is refused is something else (not "رفضوا تنفيذ هذه الوقفة"); only a negation, denial,
                # plan, threat or condition undoes it
            if kind == "negation" and m.j < len(toks) and alias_key(toks[m.j].norm) in _TOLL_VERBS:
                continue  # "ولم يخلف اطلاق النار اصابات": no toll, the shooting still happened
            if kind in GOING_STANDS and t.event_type == "Protests" and t.role == "event" and m.j <= t.i and any(
                    m.j <= g.i and 0 <= t.i - g.j <= 1 for g in crowd_cues()["going_on"].find(toks, m.j, t.i)):
                continue  # "يهدد حماس ... مع استمرار الاحتجاجات"، "هدد المتساكنون ... استغرب تواصل الاحتجاج": a protest
                # the sentence says goes on is told, whatever is threatened, planned or refused before it
            if m.i > 0 and set(toks[m.i - 1].stems) & _NAMING_NOUNS:
                continue  # "ساحة الحق في سامراء": a square or street named with the word ("الحق في"), no blocker
            if kind == "backing" and not any(x is not t and x.event_type in ("Battles", "Violence against civilians")
                                             and x.role in ("event", "generic") for x in triggers):
                continue  # "صدت القوات مسنودة بطيران الجيش هجوما": the air support of a clash the sentence tells
                # is that clash's; with no clash told, the aircraft's strikes are the event
            if kind == "denial" and scope == "sentence" and _answered(toks, t, m):
                continue  # the account the denial answers was told (it is disputed, not undone)
            if scope == "sentence":
                t.blocked = kind
            elif scope == "window" and 0 <= t.i - m.j < n and not _new_clause(toks, clause, m.j, t.i):
                t.blocked = kind
            elif scope == "before" and 0 <= t.i - m.j < max(n, 1):
                t.blocked = kind
            elif scope == "after" and 0 <= m.i - t.j < max(n, 1):
                t.blocked = kind
            elif scope == "over" and m.i <= t.i < m.j:
                t.blocked = kind
            elif scope == "clause" and (clause[t.i] == clause[m.i] if clause is not None else abs(t.i - m.i) <= CLAUSE_REACH) \
                    and not any(toks[k].norm in TOTAL_VERBS for k in range(t.j, m.i)):
                # "قتل 83 جنديا منذ بدء العملية البرية": a total since the war began, in the clause that
                # counts it (not a deed told beside it after a comma, nor the deed a running total adds:
                # "قتل المتمردون جنديين ليرتفع عدد القتلى منذ مطلع الشهر إلى 15")
                t.blocked = kind
    for t in triggers:
        if not t.blocked and t.role == "generic" and t.j - t.i == 1 and toks[t.i].stems[-1].startswith(_LAUNCH_STEMS) and any(
                alias_key(tok.norm) in _LAUNCHED_THING or alias_key(tok.stems[-1]) in _LAUNCHED_THING
                for tok in toks[t.j:t.j + 3]):
            t.blocked = "figurative"  # "وأطلقت بهدف توثيق"، "أطلق الرئيس حملة": a bare "أطلق" that launches no weapon
        if not t.blocked and t.event_type != "Protests" and t.j < len(toks) \
                and alias_key(toks[t.j].norm) in _FIGURATIVE_ADJ:
            t.blocked = "figurative"  # "تعرض لقصف إعلامي"، "شن هجوما كلاميا": talk, not violence
        if not t.blocked and t.j - t.i == 1 and toks[t.i].stems[-1].startswith(_INTERCEPT_STEMS[0]) \
                and not lexicon("missile_nouns.tsv").find(toks, t.j, min(len(toks), t.j + INTERCEPT_REACH)) \
                or not t.blocked and t.j - t.i == 1 and toks[t.i].stems[-1].startswith(_INTERCEPT_STEMS[1:]) \
                and not lexicon("missile_nouns.tsv").find(toks, max(0, t.i - INTERCEPT_BACK), t.j) \
                and any(alias_key(x.stems[-1]) in _CRAFT for x in toks[max(0, t.i - CRAFT_BACK):t.i]):
            # (a verbal noun with a pronoun, "تم اعتراضها", intercepts the plane or the boat named before it, no
            # weapon, unless a missile or a drone is named there: "أطلقوا صاروخا على جازان وتم اعتراضه")
            t.blocked = "figurative"
        if not t.blocked and t.j - t.i == 1 and toks[t.i].stems[-1].startswith(_DOWN_STEMS) \
                and not lexicon("missile_nouns.tsv").find(toks, max(0, t.i - INTERCEPT_BACK), min(len(toks), t.j + INTERCEPT_REACH)) \
                and not any(alias_key(x.stems[-1]) in _CRAFT or x.stems[-1].startswith(_AIRCRAFT)
                            for x in toks[max(0, t.i - INTERCEPT_BACK):t.j + INTERCEPT_REACH]):
            t.blocked = "figurative"  # "اللوبي اليهودي الذي أسقط والده": brought down no aircraft, no missile  # "اعترضت مجموعة مسلحة طريق السيارة"، "اعترض على القرار"، "اعترض خفر السواحل
            # طريق المهاجرين": a bare verb of intercepting with no missile or drone after it intercepts no weapon
    if any(t.blocked == "verbal" for t in triggers):
        # "وشن الأسد هجوما على تنظيم الإخوان ... وهاجم دولا ... التي وصفها بـ": the sentence's other bare attack
        # words are the same speech
        for t in triggers:
            if not t.blocked and t.role == "generic":
                t.blocked = "verbal"
