"""Per-sentence mention finding: every mention keeps its sentence, token span and text offsets.

``SentenceMentions`` gathers what one sentence holds (tokens, clause of each token,
numbers, times, actors, places, casualty phrases, attributions, persons, speakers)
for the event coder; ``Item`` is a mention with its token positions.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any

from ..kb import knowledge
from ..kb.lexicon import alias_key
from ..kb.loader import load_table
from ..kb.words import function_keys, function_words, number_lexicon
from ..text.normalize import fold as _fold
from ..text.tokenize import Token, has_article
from ..types import Item, Mention, Span
from .cues import lexicon
from .numbers import find_numbers
from .times import find_times

_CLAUSE_MARKS = set("،,;؛:()[]|")  # ("عاجل | مئات الشبان يغلقون ...": a flash's label)
# words that may stand between a casualty word and its victim ("استشهد اليوم عسكري")
_TIME_FILLERS = {"اليوم", "امس", "مساء", "صباح", "فجر", "ليله", "الليله", "ظهر", "عشيه"}  # quotes around names ("داعش") do not end a clause


@dataclass(slots=True)
class SentenceMentions:
    index: int
    span: Span
    toks: list[Token]
    clause: list[int]
    text: str = ""  # the whole document's text (spans index into it)
    _found: dict = field(default_factory=dict)

    def find(self, table: str) -> list:
        """Matches of a bundled cue table in this sentence, looked up once."""
        hit = self._found.get(table)
        if hit is None:
            hit = self._found[table] = lexicon(table).find(self.toks)
        return hit

    def time_positions(self) -> set[int]:
        """The token positions inside the sentence's time words (computed afresh: the finders still filter them)."""
        return {k for t in self.times for k in range(t.i, t.j)}
    numbers: list[Item] = field(default_factory=list)
    times: list[Item] = field(default_factory=list)
    actors: list[Item] = field(default_factory=list)
    places: list[Item] = field(default_factory=list)
    casualties: list[Item] = field(default_factory=list)
    attributions: list[Item] = field(default_factory=list)
    persons: list[Item] = field(default_factory=list)
    countries: list[Item] = field(default_factory=list)  # nationality adjectives and country names


def clause_ids(text: str, toks: list[Token]) -> list[int]:
    """Clause number of each token: a new clause starts after a comma, colon, bracket or quote."""
    ids, c = [], 0
    for k, t in enumerate(toks):
        # (a pictograph marks a post's label off as a bar does: "#الديوانية 🔴 خريجو الهندسة يغلقون ...")
        if k and any(ch in _CLAUSE_MARKS or unicodedata.category(ch) == "So" for ch in text[toks[k - 1].end:t.start]):
            c += 1
        ids.append(c)
    return ids


ASIDE_FILLERS = frozenset(function_keys("time_aside"))  # ("منذ الساعات الأولى من صباح اليوم")
ASIDE_MAX = 9  # the most words such a time aside holds
ASIDE_DAY_PARTS = frozenset(function_keys("day_part"))  # ("، منذ الصباح،": a time aside with no day the finder reads)
ASIDE_BREAKERS = frozenset(function_keys("aside_breaker"))  # ("، في وقت شن فيه"): a clause of its own follows the aside


def _join_time_asides(toks: list[Token], clause: list[int], times: list[Item]) -> list[int]:
    """"أغلق عمال الحضائر، صباح اليوم الثلاثاء، مقر المعتمدية": a time set off by commas inside a clause (a segment
    between two marks that holds only the time and a few words that carry it, ASIDE_FILLERS) does not cut the verb
    from its object: the segment and the one after it join the clause before."""
    if len(set(clause)) < 3:
        return clause
    timed = {k for t in times for k in range(t.i, t.j)} | {k for k, t in enumerate(toks) if t.norm in ASIDE_DAY_PARTS}
    if not timed:
        return clause
    segs: dict[int, list[int]] = {}
    for k, c in enumerate(clause):
        segs.setdefault(c, []).append(k)
    joined = {c for c, ks in segs.items() if clause[0] < c < clause[-1] and len(ks) <= ASIDE_MAX
              and any(k in timed for k in ks) and all(k in timed or toks[k].norm in ASIDE_FILLERS for k in ks)
              and not _opens_own_clause(toks, ks[-1] + 1)}
    if not joined:
        return clause
    out, shift = [], 0
    for k, c in enumerate(clause):
        if k and c != clause[k - 1] and (c in joined or clause[k - 1] in joined):
            shift += 1
        out.append(c - shift)
    return out


def _opens_own_clause(toks: list[Token], k: int) -> bool:
    """The words at ``k`` open a clause of their own (function_words aside_breaker: في وقت، فيما، بينما)."""
    if k >= len(toks):
        return False
    one = alias_key(toks[k].norm)
    return one in ASIDE_BREAKERS or k + 1 < len(toks) and f"{one} {alias_key(toks[k + 1].norm)}" in ASIDE_BREAKERS


def _to_item(m: Mention, kind: str, si: int, toks: list[Token]) -> Item:
    i = next((k for k, t in enumerate(toks) if t.end > m.start), 0)
    j = next((k + 1 for k in range(len(toks) - 1, -1, -1) if toks[k].start < m.end), i + 1)
    return Item(kind, si, i, j, m.start, m.end, dict(m.value))


SUBJECT_WORDS = 3  # an active verb's definite subject between it and its victims: this many words at most


def _casualties(text: str, toks: list[Token], numbers: list[Item], si: int,
                clause: list[int] | None = None) -> list[Item]:
    """Numbers tied to deaths or injuries: مقتل 3, 80 قتيلا, إصابة عسكري (1), قتلى وجرحى (unknown)."""
    out: list[Item] = []
    ends: dict[int, int] = {}  # id of a casualty item -> token just after its count
    by_start = {n.i: n for n in numbers}
    by_end = {n.j: n for n in numbers}
    victims = {m.i: m for m in lexicon("victim_nouns.tsv").find(toks)}
    # "من بينهم قيادي": a victim among others already counted counts no one by itself
    subsets = lexicon("subset_cues.tsv").find(toks)
    among = {m.j for m in subsets}
    victims = {k: v for k, v in victims.items() if k not in among and k - 1 not in among}
    used_numbers: set[int] = set()
    taken: set[int] = set()  # victim nouns a cue has counted ("مقتل شرطيين وإصابة ...": not the wounded)
    cues = lexicon("casualty_cues.tsv").find(toks)
    cue_at = {m.i for m in cues}
    # number-after-cue words (80 قتيلا) are the more specific: they take their number first
    cues.sort(key=lambda m: m.payloads[0]["side"] != "after")
    shared: set[int] = set()  # wound words whose count a countless death word before them shares
    for m in cues:
        if m.i > 0 and alias_key(toks[m.i - 1].stems[-1]) in _MEMORIAL:
            continue  # "أمام خيمة الاعتصام في ميدان الشهداء": a place named after the dead, no one killed
        row = m.payloads[0]
        kind, side = row["kind"], row["side"]
        num: Item | None = None
        count: int | None = None
        vague = False
        span = None
        reach = int(row.get("reach") or 3)
        paired = None
        if side == "before":
            # "مقتل وإصابة 40": a death word joined by "و" to a wound word right after it shares that
            # word's count: dead and wounded told together, neither number known
            paired = next((c for c in cues if c.i == m.j and c.payloads[0]["kind"] != kind
                           and c.payloads[0]["side"] == "before" and toks[c.i].norm.startswith("و")), None)
            # مقتل 3 / مقتل أكثر من 80 / مقتل ثلاثة / إصابة عسكري / مقتل العشرات /
            # ارتفع عدد القتلى ... إلى 16
            if m.i > 0 and any(toks[q].norm in _RISE_VERBS for q in range(max(0, m.i - 2), m.i)):
                # "ارتفع عدد القتلى ضحايا الهجوم بزجاجات حارقة على ملهى ليلي في مدينة الجيزة المصرية إلى 16
                # شخصا": a toll that rises names its figure after "إلى", however long the attack's name between
                to = next((k for k in range(m.j, min(m.j + RISE_REACH, len(toks)))
                           if toks[k].norm in _TO_WORDS and k + 1 in by_start), None)
                if to is not None:
                    num = by_start[to + 1]
            # (a subject of three definite words too: "قتلت القوات الأمنية العراقية تسعة مسلحين")
            lead = next((q - m.j for q in range(m.j, min(m.j + SUBJECT_WORDS, len(toks)))
                         if not toks[q].norm.startswith("ال") or q in victims), SUBJECT_WORDS)
            for k in range(m.j, min(m.j + max(reach, lead + 1), len(toks))) if num is None else ():
                if k in cue_at:
                    break  # "قتل حارس وأصيب سبعة": the number belongs to the nearer cue
                if k in by_start:
                    num = by_start[k]
                    break
                # "قتل المتمردون جنديين": an active verb's definite subject (one or two words)
                # may stand between it and its victims; the phrase is then the victims alone (the
                # subject is no victim)
                subject = 0 < k - m.j <= SUBJECT_WORDS and all(toks[q].norm.startswith("ال") and q not in victims
                                                               for q in range(m.j, k))
                if k in victims and (k == m.j or all(toks[q].norm in _TIME_FILLERS for q in range(m.j, k))
                                     or subject):
                    v = victims[k].payloads[0]
                    if int(v["number"] or 0) > 0 and (k + 1) not in by_start:
                        count = int(v["number"])
                        taken.add(k)
                        if subject and not all(toks[q].norm in _TIME_FILLERS for q in range(m.j, k)):
                            span = (k, k + 1, victims[k].start, victims[k].end)
                        break
                    continue  # "مقتل مدنيين اثنين": the number may follow the noun
        else:
            # "سبعة مدنيين بينهم ثلاثة أطفال قتلوا", "12 شخصا، معظمهم من النساء، لقوا حتفهم": an
            # "among them" phrase (subset_cues.tsv) between the counted victims and the verb is a
            # part of the toll; the count is the one before it (not "10 ضحايا بينهم 3 قتلى", where
            # the number counts the cue word itself)
            if m.i not in by_end:
                num = _before_subset(toks, m.i, subsets, by_end, cue_at, used_numbers)
        if side != "before" and num is None:
            # 80 قتيلا / 200 جريح / ثلاثة قتلى / 70 جنديا على الأقل أصيبوا
            for k in range(m.i, max(m.i - reach, -1), -1):
                if k < m.i and k in cue_at or k > 0 and clause is not None and clause[k - 1] != clause[m.i]:
                    break  # "مقتل مدرسين اثنين، إضافة إلى إصابات": the number is the nearer cue's
                if k in by_end and by_end[k].i not in used_numbers:
                    num = by_end[k]
                    break
            # "لقي 22 مسلحا من تنظيم داعش مصرعهم", "لقي شرطي مصرعه": the count stands right
            # after لقي, however far the cue is; a singular victim there is one
            met = next((k for k in range(m.i - 1, max(m.i - 12, -1), -1)
                        if toks[k].stems[-1] in ("لقي", "لقيت", "لقوا", "لقى")), None)
            if num is None and met is not None:
                num = by_start.get(met + 1) or by_start.get(met + 2)
                if num is None and met + 1 in victims and met + 1 < m.i:
                    v = int(victims[met + 1].payloads[0]["number"] or 0)
                    count = v if v > 0 else None
        if num is not None:
            if num.i in used_numbers:
                continue
            used_numbers.add(num.i)
            count = num.value.get("value")
            # ("وإصابة 40" after a countless "مقتل": the 40 are the dead and the wounded together)
            vague = bool(num.value.get("vague")) or m.i in shared
            a, b = min(m.start, num.start), max(m.end, num.end)
        if num is None and count is None and side == "after" and kind == "killed":
            # "جنديين تركيين قتلا": a counted victim (dual, singular) just before the cue
            for k in range(m.i - 1, max(m.i - 4, -1), -1):
                v = next((x for x in victims.values() if x.j == k + 1 and x.i not in taken), None)
                if v is not None and int(v.payloads[0]["number"] or 0) > 0:
                    count = int(v.payloads[0]["number"])
                    taken.add(v.i)
                    break
        if num is None and count is None and side == "after" and kind == "killed" and m.j < len(toks) \
                and m.j - m.i == 1 and toks[m.i].norm.endswith("وا"):
            # "مسلحون قتلوا ثلاثة مدنيين"، "أعدموا رجلين": the active plural verb, its victims counted right after it
            if m.j in by_start and by_start[m.j].i not in used_numbers and (m.j + 1) not in cue_at \
                    and not by_start[m.j].value.get("vague"):
                num = by_start[m.j]
                used_numbers.add(num.i)
                count = num.value.get("value")
                a, b = m.start, num.end
            else:
                v = victims.get(m.j)
                if v is not None and v.i not in taken and int(v.payloads[0]["number"] or 0) > 0:
                    count = int(v.payloads[0]["number"])
                    taken.add(v.i)
        if num is None and count is None and side == "before":
            # "ضابط شرطة قتل": a singular victim right before a passive killing word counts one
            for k in (m.i - 1, m.i - 2):
                v = next((x for x in victims.values() if x.j == k + 1 and x.i not in taken), None)
                if v is not None and int(v.payloads[0]["number"] or 0) > 0:
                    count = int(v.payloads[0]["number"])
                    taken.add(v.i)
                    break
        if num is None and count is None and row.get("one") and not _between(toks, m.i, cue_at) \
                and not any(sb.j <= m.i and m.i - sb.i <= _SUBSET_REACH // 2 for sb in subsets):
            # ("قتلى وجرحى بينهم قيادات لقيت مصرعها": the pronoun is the among-phrase's, a part of an
            # uncounted toll, not one dead)
            # "لقي مصرعه", "أودت بحياتها": the pronoun counts one; "سقوط شهيد", "قتيلين": the noun
            # counts itself (not in "بين قتيل وجريح": killed and wounded, however many)
            count = int(row["one"])
        if num is None:
            a, b = m.start, m.end
            if span is not None:
                a, b = span[2], span[3]
            if count is None and (side == "after" or paired is not None) and kind in ("killed", "injured"):
                # "قتلى وجرحى" without a number: deaths reported, count unknown
                vague = True
                if paired is not None:
                    shared.add(paired.i)
            elif count is None:
                continue
        i, j = (span[0], span[1]) if span is not None and num is None else (m.i, m.j)
        out.append(Item("casualty", si, i, j, a, b,
                        {"kind": kind, "count": count, "vague": vague or count is None}))
        if count is not None and not vague:
            ends[id(out[-1])] = max(j, num.j if num is not None else 0)
    if ends:
        _coordinated(toks, out, ends, by_start, victims, used_numbers, cue_at, clause)
    return out


CLAIM_REACH = 9  # "أعلن تنظيم داعش في بيان نشر اليوم السبت، مسؤوليته": the claim word this far after its actor
_SUBSET_REACH = 10  # words an "among them" phrase may stand before its casualty word


def _before_subset(toks: list[Token], i: int, subsets: list, by_end: dict[int, Item], cue_at: set[int],
                   used: set[int]) -> Item | None:
    """The number counting the victims told right before an "among them" word that stands (within
    _SUBSET_REACH words, no other casualty word between) before the casualty word at ``i``: "سبعة
    مدنيين، بينهم طفلان، قتلوا" -> 7 ("من بينهم" too); None when there is none."""
    sub = next((s for s in reversed(subsets) if s.j <= i and i - s.i <= _SUBSET_REACH), None)
    if sub is None or any(q in cue_at for q in range(sub.i, i)):
        return None
    k = sub.i - 1 if sub.i > 0 and toks[sub.i - 1].norm == "من" else sub.i
    # the number ends right before the word, or before its victim noun ("سبعة مدنيين بينهم")
    num = next((by_end[q] for q in (k, k - 1, k - 2) if q in by_end), None)
    if num is None or num.i in used or num.value.get("vague"):
        return None
    return num


def _between(toks: list[Token], i: int, cue_at: set[int]) -> bool:
    """The casualty word at ``i`` is one of the pair after "بين" ("بين قتيل وجريح")."""
    return i >= 1 and toks[i - 1].norm == "بين" or i >= 2 and toks[i - 2].norm == "بين" and i - 1 in cue_at


def _joined(toks: list[Token], num: Item) -> bool:
    """The number opens with "و" once a leading hedge is passed ("على الأقل، و9", "و3")."""
    q = num.i
    while q < num.j - 1 and toks[q].norm in _HEDGE_WORDS:
        q += 1
    w = toks[q].norm
    if w == "و":
        return q + 1 < num.j
    # the rest of the word is the number itself ("و3", "وثلاثة"), not a word that only hides one
    # behind a second proclitic ("وكمية")
    return w.startswith("و") and (w[1:].isdigit() or bool(number_lexicon().get(w[1:])))


def _coordinated(toks: list[Token], out: list[Item], ends: dict[int, int], by_start: dict[int, Item],
                 victims: dict, used: set[int], cue_at: set[int], clause: list[int] | None) -> None:
    """"استشهد 12 من منسوبي القوات و3 من العاملين", "مقتل 42 حوثيا، و9 مقاتلين", "مقتل ضابط ومجند",
    "مقتل شرطيين ... بالإضافة إلى مقتل منفذ الهجوم": counts joined by "و" or an addition phrase
    ("إضافة إلى", casualty_joiners.tsv) after a toll are one toll, their sum. A joined number must
    name people (a victim noun, "من", "آخرين" after it) and belong to no cue of its own ("و3
    آخرون أصيبوا" is the wounded)."""
    joiners = {m.i: m for m in lexicon("casualty_joiners.tsv").find(toks)}
    by_i = {c.i: c for c in out}
    n = len(toks)

    def people(k: int) -> bool:
        return k < n and (k in victims or toks[k].norm in _PEOPLE_AFTER or toks[k].stems[-1] in _PEOPLE_AFTER)

    for cs in list(out):
        if id(cs) not in ends or cs not in out:
            continue
        k, total = ends[id(cs)], cs.value["count"]
        # "مقتل 57 امرأة وطفلا": after a number above ten the singular noun is what is counted, and a
        # second noun joined to it is counted with it; "خمسة رجال وامرأة", "ضابط ومجند" add one
        counted_few = total <= 10
        last = k - 1
        while k < n:
            start = k
            # the victims' description: up to seven words that are no number, cue or conjunction
            while k < n and k - start < 7 and k not in by_start and k not in cue_at and k not in joiners \
                    and toks[k].norm not in _AMONG \
                    and not (toks[k].norm.startswith("و") and (k in victims or toks[k].norm == "و")):
                k += 1
            if k >= n:
                break
            if clause is not None and clause[k] != clause[last] and not (
                    k in by_start and _joined(toks, by_start[k]) or k in joiners):
                break  # "، و9 مقاتلين" goes on; another clause does not
            add = None
            if k in joiners:
                k2 = joiners[k].j
                if k2 < n and k2 in by_start and by_start[k2].i not in used and people(by_start[k2].j):
                    num = by_start[k2]
                    add, k = num.value.get("value"), num.j
                    used.add(num.i)
                elif k2 < n and k2 in by_i and by_i[k2] is not cs and by_i[k2].value["kind"] == cs.value["kind"] \
                        and id(by_i[k2]) in ends:
                    other = by_i[k2]  # "بالإضافة إلى مقتل منفذ الهجوم": the second toll joins the first
                    add, k = other.value["count"], ends[id(other)]
                    out.remove(other)
                elif k2 < n and k2 in victims and int(victims[k2].payloads[0]["number"] or 0) > 0:
                    add, k = int(victims[k2].payloads[0]["number"]), k2 + 1
            elif k in by_start and _joined(toks, by_start[k]) and by_start[k].i not in used \
                    and not by_start[k].value.get("vague"):
                num = by_start[k]
                if people(num.j) and not any(q in cue_at for q in range(num.j, min(num.j + 3, n))):
                    add, k = num.value.get("value"), num.j
                    used.add(num.i)
            elif k in victims and toks[k].norm.startswith("و") and toks[k].norm != "و" and counted_few \
                    and int(victims[k].payloads[0]["number"] or 0) > 0 and (k + 1) not in by_start:
                add, k = int(victims[k].payloads[0]["number"]), k + 1
            if not add:
                break
            total += add
            last = k - 1
        if total != cs.value["count"]:
            cs.value["count"] = total


_HEDGE_WORDS = frozenset({"علي", "الاقل", "اكثر", "من", "نحو", "حوالي", "قرابه", "ازيد", "زهاء"})
_AMONG = frozenset({"بينهم", "منهم", "بينها", "بينهما", "اغلبهم", "معظمهم", "هم", "وهم", "هما", "وهما"})  # a part of the toll, not more
_PEOPLE_AFTER = frozenset({"من", "اخرين", "اخرون", "اخر", "منهم"})
_TOTAL_VERBS = frozenset({"ليرتفع", "لترتفع", "ليصل", "لتصل", "ليبلغ", "لتبلغ", "ليرفع", "لترفع"})
_RISE_VERBS = frozenset(function_words("rise_verb"))
_MEMORIAL = frozenset(function_keys("memorial_place"))
_TO_WORDS = frozenset({"الي", "إلى", "الى"})
RISE_REACH = 24  # "ارتفع عدد القتلى ... إلى 16": the figure this far after the toll's word
_TOLL_HEADS = frozenset(function_words("toll_head"))
TOTAL_VERBS = _TOTAL_VERBS  # the verbs that raise a running total ("قتل ... جنديين ليرتفع عدد القتلى إلى")


def _officers(actors: list[Item]) -> None:
    """"ضابط", "مجند" (an officer, a conscript) serve the police in a sentence that speaks of
    police ("مقتل ضابط ومجند ... بمدرعة تابعة لقوات الشرطة", "وزارة الداخلية"), else the army."""
    police = any(a.value.get("generic") == "police" or (a.value.get("inter") == 1 and str(
        a.value.get("name") or "").startswith("Police Forces")) for a in actors)
    for a in actors:
        if a.value.get("generic") == "officer":
            a.value["generic"] = "police" if police else "military"


_QUOTED_TO = re.compile(r'(?:^|\s)لـ?\s?["«»“”]\s?$')
_QUOTE_CLOSE = re.compile(r'\s?["«»“”]')


_STREET_HEADS = frozenset(function_words("street_head"))


_GROUP_WORDS = frozenset(function_keys("group_word"))


def _partitive_members(toks: list[Token], actors: list[Item], counted: set[int] = frozenset()) -> None:
    """"تحييد 4 إرهابيين من منظمة بي كا كا"، "هاجم مسلحون من الحركة": unnamed armed men right before "من" and a named
    non-state armed group are its members; before "من" and the organisation word ("الحركة"، "التنظيم") they refer back
    as the organisation does (``back``). A count after the men ("إرهابيين اثنين من داعش": ``counted``, the tokens of
    number words) stands between them and "من"."""
    by_start = {a.i: a for a in actors}
    for a in actors:
        v = a.value
        k = a.j
        while k < len(toks) and k in counted and k - a.j < 2:
            k += 1
        if v.get("generic") != "armed_group" and v.get("name") != "Unidentified Armed Group" or k + 1 >= len(toks) \
                or toks[k].norm != "من":
            continue
        if alias_key(toks[k + 1].norm) in _GROUP_WORDS and (k + 2 >= len(toks) or not toks[k + 2].norm.startswith("ال")):
            a.value = {**v, "back": True, "member": True}  # "مسلحون من الحركة" (not "من الحركة الإسلامية")
            continue
        if k + 1 not in by_start:
            continue
        b = by_start[k + 1].value
        if b.get("name") and b.get("name") != "Unidentified Armed Group" and b.get("inter") in (2, 3):
            a.value = {**v, "name": b["name"], "inter": b["inter"], "country": b.get("country"), "generic": None,
                       "kind": b.get("kind"), "candidates": b.get("candidates"), "back": False}
        elif b.get("generic") == "organization":
            a.value = {**v, "back": True}


_FORCE_ROLES = frozenset({"military", "police", "intelligence", "security"})
_BELONGING = tuple(function_keys("belonging_stem"))


def _owned_forces(toks: list[Token], actors: list[Item]) -> list[Item]:
    """"جهاز الأمن العام التابع لهيئة تحرير الشام"، "قوات الاستخبارات التابعة لطالبان": a force named by a generic word
    and then a word of belonging and a named actor is that actor's: it takes the actor's name, and the owner's mention
    is part of it (no actor of its own)."""
    owners: set[int] = set()
    by_start = {a.i: a for a in actors}
    for a in actors:
        v = a.value
        if v.get("name") or v.get("generic") not in _FORCE_ROLES or a.j + 1 >= len(toks):
            continue
        if not toks[a.j].stems[-1].startswith(_BELONGING):  # (the stem without its article: "التابعة" -> "تابعه")
            continue
        b = by_start.get(a.j + 1)
        if b is not None and b.value.get("name") and b.value.get("inter") in (1, 2, 3, 4, 8):
            a.value = {**b.value, "owned": True}
            owners.add(id(b))
    return [a for a in actors if id(a) not in owners]


def _mark_back_references(toks: list[Token], actors: list[Item]) -> None:
    """"اشتبكت وحدة من الجيش مع المسلحين": an unnamed armed group written with the article refers back
    to a group the article has named (``back``); "المسلحين المجهولين" says the article does not know it."""
    unknown = function_keys("unknown_word")
    for a in actors:
        v = a.value
        if v.get("generic") != "armed_group" and v.get("name") != "Unidentified Armed Group":
            continue
        after = toks[a.i:min(len(toks), a.j + 2)]
        if has_article(toks[a.i]) and not any(alias_key(t.norm) in unknown for t in after):
            v["back"] = True


def _prepositional(tok) -> bool:
    """A token with a preposition glued to it ("بصفاقس"): "مقر الشركة بصفاقس" is where the company is, a
    name's head is followed by its name in construct, never by a preposition."""
    return tok.norm[:1] in ("ب", "ل", "ك") and len(tok.stems) > 1 and tok.stems[1] == tok.norm[1:]


def _told_to_outlet(text: str, p: Item) -> bool:
    """"وقالت مصادر محلية لـ«الرياض»", "أوضح مصدر أمني لـ«عكاظ»": a name quoted right after the
    preposition of who was told is the newspaper the source spoke to, not a place of the story."""
    return bool(_QUOTED_TO.search(text, max(0, p.start - 5), p.start)) and bool(
        _QUOTE_CLOSE.match(text, p.end))


_LOCATIVES = frozenset({"في", "فى", "داخل", "وسط"})


def _city_anaphor(toks: list[Token], inside: list[Item]) -> Item | None:
    """"قوات المجلس العسكري بصبراتة هاجمت مقرات لداعش في المدينة": a locative "the city"
    (``city_anaphors.tsv``) after a town named only inside an actor's name, in a sentence naming no
    other place, points back to that town: its place item, else None."""
    for m in lexicon("city_anaphors.tsv").find(toks):
        t = toks[m.i]
        at = (m.i > 0 and toks[m.i - 1].norm in _LOCATIVES) or (t.norm[:1] == "ب" and t.norm != t.stems[-1])
        if not at:
            continue
        towns = [p for p in inside if p.j <= m.i and any(
            c.get("kind") in ("city", "town", "village") for c in p.value.get("candidates") or [])]
        if towns:
            return towns[-1]
    return None


SINCE_REACH = 3  # words from a count's cue to the "منذ" of the running total it is
_SINCE = alias_key("منذ")
_STARTS = frozenset(function_keys("since_start"))


def _counted_since(toks: list[Token], c: Item) -> bool:
    """The count's words end at most SINCE_REACH words before "منذ" and a word of a start ("بدء"، "اندلاع")."""
    for k in range(c.j, min(len(toks) - 1, c.j + SINCE_REACH)):
        if toks[k].norm == _SINCE:
            return any(alias_key(st) in _STARTS for st in toks[k + 1].stems)
    return False


def find_sentence_mentions(text: str, si: int, span: Span, toks: list[Token],
                           published: str | None) -> SentenceMentions:
    kb = knowledge()
    sm = SentenceMentions(si, span, toks, clause_ids(text, toks), text)
    sm.numbers = [_to_item(m, "number", si, toks) for m in find_numbers(text, toks, si)]
    sm.times = [_to_item(m, "time", si, toks) for m in find_times(text, toks, published, si)]
    sm.clause = _join_time_asides(toks, sm.clause, sm.times)
    # a number that is part of a date (26 جوان 2015, عام 1979) counts no one
    counts = [n for n in sm.numbers if not any(t.start <= n.start < t.end for t in sm.times)]
    sm.casualties = _casualties(text, toks, counts, si, sm.clause)
    # "... قتل المتمردون جنديين ليرتفع عدد القتلى منذ 20 يوليو إلى 19": after the verb that raises a
    # running total, the dates and counts are the total's, not the event's
    cut = next((k for k, t in enumerate(toks) if k > 0 and t.norm in _TOTAL_VERBS), None)
    if cut is not None:
        sm.times = [t for t in sm.times if t.i < cut]
        # (unless the sentence opens on the toll rising: "ارتفعت حصيلة ضحايا العملية الإرهابية التي استهدفت
        # حافلة ... عشية أمس لتبلغ 12 شهيدا" gives that attack's toll as it now stands)
        if not (toks[0].norm in _RISE_VERBS and len(toks) > 1 and toks[1].norm in _TOLL_HEADS):
            sm.casualties = [c for c in sm.casualties if c.i < cut]
    # "وتقول الحكومة إن 24 شخصا قتلوا منذ بدء الاحتجاجات": a count "since" the start of something (function_words
    # since_start) is a running total, not the toll of the event the article tells
    sm.casualties = [c for c in sm.casualties if not _counted_since(toks, c)]
    sm.actors = kb.find_actors(text, toks, si, published)
    # "كتيبة 17 فبراير", "حركة 20 فبراير": a date inside a named actor's name dates nothing
    named = [(a.i, a.j) for a in sm.actors if a.value.get("name")]
    if named and sm.times:
        sm.times = [t for t in sm.times if not any(i <= t.i and t.j <= j for i, j in named)]
    if cut is not None:
        # "قتل المتمردون جنديين ليرتفع عدد قتلى أفراد قوات الأمن التركية": the force the running
        # total counts is the total's, not a side of the event told before it
        sm.actors = [a for a in sm.actors if a.i < cut]
    sm.places = kb.find_places(text, toks, si)
    sm.places += kb.find_capitals(text, toks, si, sm.places)
    sm.places.sort(key=lambda p: p.start)
    # a generic word inside a place name ("مطار الشعيرات العسكري") is part of the place
    sm.actors = [a for a in sm.actors if a.value.get("name")
                 or not any(p.start <= a.start and a.end <= p.end for p in sm.places)]
    # a place inside a named actor ("سرايا القدس") or right after the head of an institution's,
    # outlet's or team's name ("صحيفة الرياض", "مؤسسة الكنانة") is part of that name
    named = [a for a in sm.actors if a.value.get("name")]
    heads = lexicon("name_heads.tsv")
    inside = [p for p in sm.places if any(a.start <= p.start and p.end <= a.end for a in named)]
    sm.places = [p for p in sm.places
                 if not any(a.start <= p.start and p.end <= a.end for a in named)
                 and not (p.i > 0 and heads.find(toks, p.i - 1, p.i) and not _prepositional(toks[p.i]))
                 and not _told_to_outlet(text, p)]
    if inside and not sm.places:
        back = _city_anaphor(toks, inside)
        if back is not None:
            back.value["locative"] = True
            sm.places = [back]
    _officers(sm.actors)
    _mark_back_references(toks, sm.actors)
    _partitive_members(toks, sm.actors, {k for n in sm.numbers for k in range(n.i, n.j)})
    sm.actors = _owned_forces(toks, sm.actors)
    sm.countries = kb.find_countries(text, toks, si)
    # "شارع سوريا"، "جادة مصر": a street named after a country is neither the country nor a place of it
    streets = {p.i for p in sm.places if p.i > 0 and all(c.get("kind") == "country" for c in p.value["candidates"])
               and any(st in _STREET_HEADS for st in toks[p.i - 1].stems)}
    if streets:
        sm.places = [p for p in sm.places if p.i not in streets]
        sm.countries = [c for c in sm.countries if c.i not in streets]
    speech = lexicon("speech_verbs.tsv").find(toks)
    # a source counts when a reporting word stands near it ("قالت مصادر محلية", "بحسب رويترز",
    # "المرصد ... أفاد"); "الجيش" in a sentence is not by itself who reports it
    for m in lexicon("attribution.tsv").find(toks):
        if any(0 <= m.i - s.j <= 6 or 0 <= s.i - m.j <= 3 for s in speech):
            sm.attributions.append(Item("attribution", si, m.i, m.j, m.start, m.end,
                                        {"source": m.payloads[0]["source"]}))
    _reports(text, toks, si, sm)
    sourced = _sourced(toks, sm)
    # (nor is the nationality of a source the side of an actor: "البحرية البريطانية" after "وفق")
    sm.countries = [c for c in sm.countries if not (c.value.get("adjective") and c.i in sourced)]
    # speakers: an actor right after a speech verb reports, it does not act
    # a claim of responsibility makes the speaker the perpetrator: "أعلن داعش مسؤوليته", "أعلنت حماس تبنيها"
    claims = [k for k, t in enumerate(toks) if t.stems[-1].startswith(("مسوولي", "تبني", "تبنت", "تبناه"))]
    # an attack laid on an actor ("هجمات نسبت إلى حزب العمال", "يحمل بصمات جماعة بوكو حرام", "اتهم
    # البيان عناصر الحزب بتنفيذ الهجوم") names its author as a claim does: the named actor nearest
    # the cue on its side
    for m in lexicon("blame_cues.tsv").find(toks):
        row = m.payloads[0]
        reach, after = int(row["reach"]), row["side"] == "after"
        near = [a for a in sm.actors if a.value.get("name") and a.value.get("inter") not in (6, 7)
                and (0 <= a.i - m.j <= reach if after else 0 <= m.i - a.j <= reach)]
        if near:
            (min if after else max)(near, key=lambda a: a.i).value["claimant"] = "blame"
    titles = lexicon("speaker_titles.tsv")
    title_at = {k for m in titles.find(toks) for k in range(m.i, m.j)}
    # "أعلن تنظيم داعش في بيان نشر اليوم السبت مسؤوليته": the claim word further on, past where and when it
    # was said, is the claim of the named actor nearest before it
    far = {id(a) for k in claims for a in [max((a for a in sm.actors if a.value.get("name") and 0 <= k - a.j < CLAIM_REACH),
                                               key=lambda a: a.j, default=None)] if a is not None}
    for a in sm.actors:
        if any(k in claims for k in range(a.j, a.j + 5)) or id(a) in far or any(
                k in claims and toks[k].stems[-1].startswith("تبن") for k in range(max(0, a.i - 3), a.i)):
            # "أعلن داعش مسؤوليته", "هجوم تبنته حركة طالبان": names actor1 of the attack it claims
            a.value["claimant"] = True
            continue
        for s in speech:
            gap = range(s.j, a.i)
            if 0 <= a.i - s.j <= 5 and all(k in title_at for k in gap):
                a.value["speaker"] = True
            # "حماس تقول إن ...", "الجيش يؤكد أن ...": the actor right before a speech verb that
            # opens a reported clause speaks
            elif s.i == a.j and s.j < len(toks) and toks[s.j].stems[-1] in ("ان", "إن", "أن"):
                a.value["speaker"] = True
        # "أعلنت الشرطة العراقية ومسعفون": a speaker's conjunct speaks too
        prev = [b for b in sm.actors if b.j <= a.i and b.value.get("speaker")]
        if prev and prev[-1].j == a.i and toks[a.i].norm[:1] == "و" and toks[a.i].norm[1:] in toks[a.i].stems:
            a.value["speaker"] = True
        # "المتحدث باسم قوة الردع": the organisation of a spokesman
        if a.i >= 1 and toks[a.i - 1].norm in ("باسم",):
            a.value["speaker"] = True
        # "وفق هيئة عمليات التجارة البحرية البريطانية"، "وفقا لمصادر في الشرطة العراقية": after a
        # preposition of source, in its clause, an actor is who reports; it does not act
        if a.i in sourced:
            a.value["speaker"] = True
    # "أعلن حزب الله أن مقاتليه استهدفوا ..."، "قال الجيش إن طائراته أغارت ...": a speaker whose
    # report opens with its own fighters tells what it did itself
    own = {m.i for m in lexicon("own_forces.tsv").find(toks)}
    if own:
        for a in sm.actors:
            if a.value.get("speaker") and any(toks[k].stems[-1] in ("ان", "إن", "أن") and k + 1 in own
                                              for k in range(a.j, min(len(toks) - 1, a.j + 6))):
                a.value["speaker"] = False
    # "أعلنت جبهة النصرة سيطرتها على ...": a speaker whose report is its own deed did it
    deeds = {m.i for m in lexicon("own_deeds.tsv").find(toks)}
    if deeds:
        for a in sm.actors:
            if a.value.get("speaker") and any(k in deeds for k in range(a.j, min(len(toks), a.j + 2))):
                a.value["speaker"] = False
    # "أعلن الجيش الإسرائيلي مقتل ثلاثة جنود": the soldiers or police a state force reports on
    # are its own, not the forces of the country where it fights
    reporter = next((a for a in sm.actors if a.value.get("speaker") and a.value.get("inter") in (1, 8)
                     and a.value.get("country")), None)
    if reporter is not None:
        for a in sm.actors:
            if a.value.get("generic") in ("military", "police") and not a.value.get("country"):
                a.value["country"] = reporter.value["country"]
    # "اقتحمت قوات الاحتلال البلدة ... فيما أطلق الجنود قنابل الغاز": soldiers or police with no
    # flag, in a sentence that names one state force, are that force (not an army of the place)
    # (not by an alias bound to its country, which may be another state's force: "قوى الأمن الداخلي" in Iran)
    forces = {a.value.get("country") for a in sm.actors if a.value.get("name") and a.value.get("inter") in (1, 8)
              and a.value.get("country") and str(a.value.get("kind", "")).startswith("state_")
              and not a.value.get("bound")}
    if len(forces) == 1:
        country = next(iter(forces))
        for a in sm.actors:
            if a.value.get("generic") in ("military", "police") and not a.value.get("country"):
                a.value["country"] = country
    # "تواصل العدوان الإسرائيلي على لبنان، حيث شن الطيران الحربي غارات": soldiers or warplanes with no
    # flag, in a sentence whose war or aggression one state's adjective names, are that state's (not
    # the army of the country struck)
    wars = {m.j for m in lexicon("war_nouns.tsv").find(toks)}
    if wars:
        sides = {co.value["country"] for co in sm.countries if co.value.get("adjective") and co.i in wars}
        if len(sides) == 1:
            country = next(iter(sides))
            for a in sm.actors:
                if a.value.get("generic") in ("military", "police") and not a.value.get("country"):
                    a.value["country"] = country
    sm.persons = kb.find_persons(text, toks, si)
    return sm


# words that end the source a report names: the clause it reports ("قالت مصادر إن ..."), the
# outlet it spoke to or the time it spoke ("في تصريح", "لوكالة", "اليوم")
_SOURCE_PUNCT = re.compile(r"[،,:؛;.\"«»“”()]")
SOURCE_REACH = 5  # words of the source's name at most


SOURCE_NAME_REACH = 8  # words after a preposition of source that may still name the source


def _sourced(toks: list[Token], sm: SentenceMentions) -> set[int]:
    """The words that name a source after a preposition of source, to the end of its clause."""
    out: set[int] = set()
    for m in lexicon("report_cues.tsv").find(toks):
        if m.payloads[0]["kind"] == "prep":
            out.update(k for k in range(m.j, min(len(toks), m.j + SOURCE_NAME_REACH))
                       if sm.clause[k] == sm.clause[m.i])
    return out


@lru_cache(maxsize=None)
def _report_words(kind: str) -> frozenset[str]:
    """The single words of one kind of ``report_cues.tsv``, folded as tokens are."""
    return frozenset(_fold(r["word"]) for r in load_table("report_cues.tsv") if r["kind"] == kind)


def _reports(text: str, toks: list[Token], si: int, sm: SentenceMentions) -> None:
    """Any source the sentence names by a verb of saying or a preposition of source
    (``report_cues.tsv``), beside the known ones: the event it tells is then reported. The source
    is written as the text names it; a verb with no subject of its own ("وأضاف أن") leaves it
    empty, for its speaker told before."""
    ends, that, anaphors, day_parts = (_report_words(k) for k in ("end", "that", "anaphor", "day_part"))
    timed = sm.time_positions()  # "أعلنت الشرطة الثلاثاء": the day ends the name
    cues = lexicon("report_cues.tsv")
    not_source = {m.i for m in cues.find(toks) if m.payloads[0]["kind"] == "not_source"}
    for m in cues.find(toks):
        kind = m.payloads[0]["kind"]
        if kind not in ("verb", "prep") or any(a.i - 6 <= m.i <= a.j + 3 for a in sm.attributions):
            continue  # a known source stands by it
        k = m.j
        if k < len(toks) and toks[k].norm == _fold("ما"):
            k += 2  # "وفق ما نقلته صحيفة ...": the source after the verb of "what"
        while k in timed:
            k += 1  # "وقال اليوم مصدر أمني": the source after the day
        j = k
        # (a word with "ل" ends a speaker's name, the outlet it spoke to: "لوكالة"; after a
        # preposition it opens the source: "وفقا لمصادر")
        while j < len(toks) and j - k < SOURCE_REACH and j not in timed and (toks[j].norm not in ends or (
                j == k and toks[j].norm in day_parts)) \
                and not (toks[j].norm.startswith("ل") and not toks[j].norm.startswith("لل")
                         and not (kind == "prep" and j == k)) \
                and not (j > k and _SOURCE_PUNCT.search(text[toks[j - 1].end:toks[j].start])):
            j += 1
        if kind == "prep" and (j == k or k in not_source):
            continue  # "حسب" with nothing named after it, or "وفقا للقانون": not who reports
        if kind == "verb" and j == k and not (
                (k < len(toks) and toks[k].norm in that) or re.match(r"\s*[:\"«“]", text[m.end:m.end + 3])):
            continue  # a verb with no subject reports only what it says: "وأضاف أن", "قال:" (not
            # "المعركة التي أعلنوا عنها")
        if j > k and toks[k].norm in anaphors and all(t.norm in anaphors for t in toks[k + 1:j]):
            j = k  # "وأكدت المصادر", "بحسب المصدر نفسه": the source told before
        start, end = (toks[k].start, toks[j - 1].end) if j > k else (m.start, m.end)
        sm.attributions.append(Item("attribution", si, m.i, max(j, m.j), m.start, end if j > k else m.end,
                                    {"source": text[start:end].strip(" \"«»“”") if j > k else "",
                                     "prep": kind == "prep"}))
