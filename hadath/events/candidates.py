"""Event candidates of one sentence: triggers grouped into events, mentions assigned to them.

A sentence may hold several events (different types, or different sub-types in
different clauses). Generic attack words (هجوم, استهداف) join the nearest
specific event of their sentence; a definite generic word (الهجوم, الضربة)
with no specific event is an anaphor that may refer back to an earlier event.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..kb.lexicon import alias_key
from ..mentions.finders import Item, SentenceMentions
from .protest import people_nouns
from .triggers import (Trigger, apply_blockers, crowd_cues, find_triggers, pointed_protests, protesters_act,
                       protesters_say, protesters_spoken_of,
                       trigger_lexicon)


VIOLENT = ("Explosions/Remote violence", "Violence against civilians", "Battles")
GENERIC_REACH = 6  # a generic attack word joins a specific event at most this many words away
CROWD_BEFORE, CROWD_AFTER = 14, 4  # where the crowd of a crowd act is named, around the act (the subject of
# "عمد عدد من أهالي <place>، صباح اليوم، إلى قطع الطريق" stands a dozen words before it)
CLASH_REACH = 10  # the sides of a clash are named this many words after the clash word
VIOLENT_BEFORE, VIOLENT_AFTER = 5, 4  # where protesters' violent act stands around them
RIOT = 55  # the priority of a riot read from protesters' violent act
TYRE_FIRE_REACH = 7  # the fire word of burning tyres stands this near them (its verb before its subject)
ARREST_REACH = 5  # the protesters arrested are named this many words after the arrest word
INTERVENTION = 60  # the priority of the intervention modifiers (data/triggers.tsv)
REFERRED = ("reference", "history", "commemoration")  # blocker kinds of an attack told only as a reference
REFERRED_REACH = 3  # its place follows it within this many words ("الهجوم الكيماوي ببلدة خان شيخون")
# the prepositions a verbal noun takes its object with ("القضاء على")
OBJECT_PREPOSITIONS = frozenset(alias_key(w) for w in ("على", "ضد"))
CLASH_WORDS = ("مواجهات", "مواجهه", "اشتباكات", "اشتباك", "اشتبك", "اشتبكت", "مناوشات", "صدامات")
# a state force on one side of a clash with a crowd: a riot
FORCE_WORDS = ("الامن", "الامنيه", "الامنيين", "امن", "الشرطه", "شرطه", "الحرس", "حرس", "البوليس")


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
    background: bool = False  # told in a background sentence: may only add to an event already told
    from_toll: bool = False  # a clash read from a toll of fighters alone, with no event word
    proposed: bool = False  # added by the learned model, not read by the rules
    # protesters named by an anaphor act at their protest ("ويطالب المحتجون") or speak ("وأكد المحتجون",
    # then background): the sentence is about the protest, it needs no place or time of its own
    acted: bool = False
    actors: list[Item] = field(default_factory=list)
    places: list[Item] = field(default_factory=list)
    times: list[Item] = field(default_factory=list)
    casualties: list[Item] = field(default_factory=list)
    persons: list[Item] = field(default_factory=list)
    countries: list[Item] = field(default_factory=list)

    @property
    def positions(self) -> list[int]:
        return [k for t in self.triggers for k in range(t.i, t.j)]


def _after_cause(sm: SentenceMentions, c: Candidate) -> bool:
    """"عقب هجوم مانشستر", "على إثر العملية الإرهابية": the candidate's first event word names an
    attack already known, given as the cause of something else."""
    t = min(c.triggers, key=lambda x: x.i)
    quoted = t.j < len(sm.toks) and '"' in sm.text[t.end:sm.toks[t.j].start]
    return t.i > 0 and sm.toks[t.i - 1].stems[-1] in ("عقب", "اثر") and (
        t.definite or t.j in {p.i for p in sm.places} or quoted)


def _distance(c: Candidate, it: Item, clause: list[int], prefer_after: bool = False) -> tuple[int, int]:
    pos = c.positions
    d = min(min(abs(it.i - k), abs(it.j - 1 - k)) for k in pos)
    if prefer_after and it.i < min(pos):
        d += 3
    same_clause = any(clause[min(it.i, len(clause) - 1)] == clause[k] for k in pos)
    return (0 if same_clause else 1, d)


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


def _governs(sm: SentenceMentions, t: Trigger) -> bool:
    """A definite verbal noun told with a counted object ("القضاء على عنصر إرهابي"، "القضاء على
    ثلاثة مسلحين"): the phrase ends in the preposition that leads to what it acts on; it tells the
    deed, it does not point back to one told before."""
    # (the object is counted: "القضاء على الإرهاب"، "القضاء على حماس" is a goal, not a deed)
    return t.j - t.i > 1 and t.j < len(sm.toks) and sm.toks[t.j - 1].norm in OBJECT_PREPOSITIONS \
        and any(cs.value.get("count") and (cs.i == t.i or 0 <= cs.i - t.j <= 1) for cs in sm.casualties)


def _armed(sm: SentenceMentions) -> bool:
    """An armed or smuggling party is named in the sentence (مسلحين، المهربين)."""
    return bool(crowd_cues()["armed"].find(sm.toks))


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
    # the people named right after the act: "تجمع الآلاف من أنصار ..." (not "تجمع عشرات رجال الإطفاء")
    k = t.j
    while k < len(sm.toks) and k < t.j + 2 and (sm.toks[k].norm == "من" or sm.toks[k].norm.isdigit()):
        k += 1   # "تجمع الآلاف من أنصار", "تجمع نحو 50 شخصا"
    if _person_at(sm, k):
        return True
    # a count of people: "مجموعة من الأشخاص", "عدد من أهالي" (not "عدد من معاهد الجهة")
    return any(_person_at(sm, m.j) for m in cues["count"].find(sm.toks, lo, hi))


def _person_at(sm: SentenceMentions, k: int) -> bool:
    if k >= len(sm.toks):
        return False
    if any(m.i == k for m in crowd_cues()["crowd"].find(sm.toks, k, k + 1)):
        return True
    return any(m.i == k and m.payloads[0]["kind"] not in ("not", "state")
               for m in people_nouns().find(sm.toks, k, min(len(sm.toks), k + 3)))


def _protesters_riot(sm: SentenceMentions, c: Candidate) -> bool:
    """A violent act (protest_cues.tsv kind violent) next to the protesters an anaphor names, and
    no armed party in the sentence."""
    if _armed(sm):
        return False
    acts = crowd_cues()["violent"]
    return any(acts.find(sm.toks, max(0, t.i - VIOLENT_BEFORE), min(len(sm.toks), t.j + VIOLENT_AFTER))
               for t in c.triggers)


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
        for k in range(t.j, min(len(sm.toks), t.j + ARREST_REACH)):
            if k in nums or _person_at(sm, k) or sm.toks[k].norm in ("منهم", "بعضهم"):
                return True
    return False


def _crowd_clash(sm: SentenceMentions, c: Candidate) -> bool:
    """"مواجهات بين قوات الأمن وعدد من شباب المنطقة": a clash word, a state force and a crowd of
    unarmed people (شباب، الأهالي، المحتجين) named after it, no armed party in the sentence."""
    if _armed(sm):
        return False
    for t in c.triggers:
        if t.j - t.i != 1 or sm.toks[t.i].stems[-1] not in CLASH_WORDS:
            continue
        hi = min(len(sm.toks), t.j + CLASH_REACH)
        force = any(any(st in FORCE_WORDS for st in tok.stems) for tok in sm.toks[t.j:hi])
        if force and crowd_cues()["crowd"].find(sm.toks, t.j, hi):
            return True
    return False


def sentence_candidates(sm: SentenceMentions) -> tuple[list[Candidate], list[Trigger]]:
    """Candidates of one sentence, and the blocked triggers (kept for explanation)."""
    trig = find_triggers(sm.toks)
    apply_blockers(sm.toks, trig, sm.clause)
    blocked = [t for t in trig if t.blocked]
    live = [t for t in trig if not t.blocked]
    # tyres are a riot's when they burn ("إشعال العجلات المطاطية"), not a tyre factory or a seizure
    for t in [t for t in live if t.event_type == "Riots" and _unburned_tyres(sm, t)]:
        live.remove(t)
    # a road blocked, an office stormed: an event when a crowd does it, else nothing
    for t in [t for t in live if t.role == "crowd"]:
        if _crowd_acts(sm, t):
            t.role = "event"
        else:
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
        if same is None:
            # same type and sub-type elsewhere in the sentence is the same event
            same = next((c for c in cands if c.event_type == t.event_type
                         and c.sub_event_type == t.sub_event_type), None)
        if same is None:
            cands.append(Candidate(sm.index, clause[t.i], t.event_type, t.sub_event_type, t.priority, [t]))
        else:
            same.triggers.append(t)
            if t.priority > same.priority:
                same.sub_event_type, same.priority = t.sub_event_type, t.priority
    # a weapon word with a casualty count in its clause is an event of its own:
    # "مقتل ثلاثة من عناصر قسد جراء إصابتهم بصاروخ موجه"
    hurt = {clause[cs.i] for cs in sm.casualties if cs.i < len(clause)}
    for t in modifiers:
        if clause[t.i] in hurt and t.event_type == "Explosions/Remote violence" and not any(
                c.clause == clause[t.i] for c in cands):
            cands.append(Candidate(sm.index, clause[t.i], t.event_type, t.sub_event_type, t.priority, [t]))
    specific = list(cands)
    anaphors: list[Candidate] = []
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
    # "اغتيال ... في غارة": a killing told with its weapon is one event, typed by the weapon
    for c in [c for c in cands if c.event_type == "Violence against civilians" and c.sub_event_type == "Attack"]:
        host = next((h for h in cands if h.event_type == "Explosions/Remote violence" and h.clause == c.clause), None)
        if host is not None:
            host.triggers.extend(c.triggers)
            cands.remove(c)
    # "دخول العدول في إضراب احتجاجا على ...": a work stoppage in protest is a strike, not a protest
    # (a hunger strike is one: إضراب عن الطعام)
    strike = any(t.stems[-1] in ("اضراب", "اضرابا") and not any(
        w.norm in ("الطعام", "جوع", "الجوع") for w in sm.toks[k + 1:k + 4]) for k, t in enumerate(sm.toks))
    if strike:
        cands = [c for c in cands if not (c.event_type == "Protests" and all(
            t.priority <= 40 for t in c.triggers))]
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
    # protesters who riot in the same sentence: one event, the riot ("قطع محتجون الطريق بالحجارة")
    for r in [c for c in cands if c.event_type == "Riots"]:
        for p in [c for c in cands if c.event_type == "Protests"]:
            r.triggers.extend(p.triggers)
            cands.remove(p)
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
    # arrests at a protest are its intervention (ACLED: Protest with intervention), not a record of
    # their own: "اعتقلت الشرطة عشرات الأشخاص على خلفية مظاهرات"; protesters arrested, with the
    # protest told before, tell it again: "وقع اعتقال عدد من البحارة المعتصمين"
    for a in [c for c in cands if c.sub_event_type == "Arrests" and _people_held(sm, c)]:
        host = next((p for p in cands if p.event_type == "Protests" and not _after_cause(sm, p)), None)
        if host is None:
            held = [t for t in live if t.role == "anaphor" and t.event_type == "Protests"
                    and any(0 < t.i - k <= ARREST_REACH and clause[t.i] == clause[k] for k in a.positions)]
            if not held:
                continue
            host = Candidate(sm.index, clause[held[0].i], "Protests", "Peaceful protest", held[0].priority,
                             [held[0]], anaphoric=True, acted=True)
            cands.append(host)
        host.modifiers.extend(a.triggers)
        host.acted = True  # the protesters arrested: the sentence tells what happened at the protest
        cands.remove(a)
        if host.sub_event_type == "Peaceful protest":
            host.sub_event_type, host.priority = "Protest with intervention", max(host.priority, INTERVENTION)
    # an event word with a pronoun (اغتياله, اعتقاله) refers back to an event already told; so does
    # a definite one ("وأسفر التفجير عن ...") that brings no place, time or actor of its own
    for c in cands:
        if all(_pronoun(sm, t) and t.role == "event" for t in c.triggers):
            c.anaphoric = True
        # "وردد المحتجون هتافات": the protesters of a protest already told
        if all(t.role == "anaphor" for t in c.triggers):
            c.anaphoric = True
            c.acted = c.acted or any(protesters_act(sm.toks, t) for t in c.triggers)
            if c.event_type == "Protests" and _protesters_riot(sm, c):
                # "قام المحتجون بتهشيم أبواب المقر"، "اعتداء من طرف عدد من المحتجين": they riot
                c.event_type, c.sub_event_type, c.priority, c.acted = "Riots", "Violent demonstration", RIOT, True
            if all(protesters_say(sm.toks, t) for t in c.triggers):
                c.background = c.acted = True  # "وأكد المحتجون أن ...": adds to the protest told, never its own
    bare = not sm.places and not sm.times and not any(a.value.get("name") for a in sm.actors)
    for c in cands:
        if bare and all(t.definite and t.role == "event" and not _pronoun(sm, t) for t in c.triggers) \
                and all(any(st.startswith("ال") for st in sm.toks[t.i].stems) for t in c.triggers):
            c.anaphoric = True
    cands.extend(anaphors)
    # "عقب هجوم مانشستر", "على إثر العملية الإرهابية": an attack named or already known, given as
    # the cause of something else, is told elsewhere
    for c in cands:
        if _after_cause(sm, c):
            c.anaphoric = c.background = True
    # an intervention that names the crowd ("قامت الوحدات الأمنية بإيقاف عدد من المعتصمين"، "لتفريق
    # الأهالي") with no protest of its own in the sentence goes on telling the protest
    if not any(c.event_type in ("Protests", "Riots") for c in cands):
        for t in modifiers:
            if t.sub_event_type == "Protest with intervention" and crowd_cues()["crowd"].find(
                    sm.toks, t.i, min(len(sm.toks), t.j + ARREST_REACH)):
                cands.append(Candidate(sm.index, clause[t.i], t.event_type, t.sub_event_type, t.priority, [t],
                                       modifiers=[t], anaphoric=True, acted=True))
                break
    # "وتأتي هذه الوقفة احتجاجا على ..."، "ودامت الوقفة ساعة": a protest the sentence points at goes
    # on telling the protest told before, or is the one the article reports
    pointed = pointed_protests(sm.toks)
    # (a demonstrative before a protest's noun stops it as it stops "هذا الهجوم", unless a verb of
    # its course or its organisers says it took place: "ونظم هذه الوقفة الاتحاد المحلي")
    if pointed and not [t for t in blocked if not (pointed.get(t.i) and t.blocked == "reference")]:
        crowd = [c for c in cands if c.event_type in ("Protests", "Riots")]
        for c in crowd:
            c.anaphoric = c.acted = True
        if not crowd:
            k = min(pointed)
            t = Trigger(k, k + 1, sm.toks[k].start, sm.toks[k].end, "Protests", "Peaceful protest", "event", 40, True)
            cands.append(Candidate(sm.index, clause[k], "Protests", "Peaceful protest", 40, [t], anaphoric=True,
                                   acted=True))
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
            continue
        c = min(near, key=lambda c: min(abs(t.i - k) for k in c.positions))
        c.modifiers.append(t)
        if c.anaphoric and t.event_type == "Protests" and all(x.role == "anaphor" for x in c.triggers):
            c.acted = True  # "وتدخلت قوات الأمن لتفريق المحتجين": what happened at the protest
        if t.priority > c.priority or c.generic_only:
            c.event_type, c.sub_event_type, c.priority = t.event_type, t.sub_event_type, t.priority
            c.generic_only = False
    # assign mentions to the nearest candidate (same clause first)
    cands.sort(key=lambda c: min(c.positions))

    def nearest(it: Item, prefer_after: bool = False) -> Candidate:
        return min(cands, key=lambda c: _distance(c, it, clause, prefer_after))

    said = {k for m in sm.find("speech_verbs.tsv") for k in range(m.i, m.j)}
    for a in sm.actors:
        if a.value.get("speaker") and not any(0 <= t.i - a.j <= 2 and clause[t.i] == clause[a.i]
                                              and not said & set(range(a.j, t.i))
                                              for t in live if t.role != "modifier"):
            continue  # a speaker reports; "أعلن الجيش اعتراض صاروخ": one right before the deed did it
            # ("حماس تقول إن غارة": not when its own speech verb stands between)
        nearest(a).actors.append(a)
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
    for cs in sm.casualties:
        nearest(cs).casualties.append(cs)
    for pr in sm.persons:
        nearest(pr).persons.append(pr)
    for co in sm.countries:
        nearest(co).countries.append(co)
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
    return cands, blocked
