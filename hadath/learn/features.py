"""Features of one sentence for the learned event model.

The features are the sentence's words (folded, proclitics peeled) and word pairs,
and what the knowledge tables found in it: trigger words by type and sub-type,
blocked triggers and blocker kinds, casualty phrases, numbers, times, places,
actors by inter code, speakers and sources. Training and coding call the same
function on the same ``SentenceMentions``, so the model sees at run time exactly
what it saw in training.
"""
from __future__ import annotations

from functools import lru_cache

from ..events.triggers import Trigger, apply_blockers, find_triggers
from ..kb.lexicon import alias_key
from ..kb.words import function_keys
from ..mentions.cues import lexicon
from ..mentions.finders import SentenceMentions


def sentence_triggers(sm: SentenceMentions) -> list[Trigger]:
    trig = find_triggers(sm.toks)
    apply_blockers(sm.toks, trig, sm.clause)
    return trig


def background_opening(sm) -> bool:
    """"يذكر أن ...", "وكان ... قد ...", "ويأتي الهجوم بعد ...": a sentence that tells background (as the coder
    decides); not one that points at the story's own event ("ويأتي هذا التحرك الاحتجاجي ...")."""
    pointers = _pointers()
    for m in lexicon("background_openers.tsv").find(sm.toks, 0, min(4, len(sm.toks))):
        if m.payloads[0].get("pointing") == "1" and m.j < len(sm.toks) and alias_key(sm.toks[m.j].norm) in pointers:
            continue
        return True
    return bool(sm.toks and sm.toks[0].norm in ("وكان", "وكانت", "كان", "كانت")
                and any(t.norm == "قد" for t in sm.toks[1:8]))


@lru_cache(maxsize=1)
def _pointers() -> frozenset[str]:
    return frozenset(function_keys("demonstrative"))


def sentence_features(sm: SentenceMentions, trig: list[Trigger] | None = None) -> list[str]:
    """Feature names of one sentence (repeats allowed; the model counts each once)."""
    if trig is None:
        trig = sentence_triggers(sm)
    toks = sm.toks
    f: list[str] = []
    words = [t.stems[-1] for t in toks]
    for w in words:
        f.append("w=" + w)
    for a, b in zip(words, words[1:]):
        f.append("b=" + a + "_" + b)
    if words:
        f.append("w0=" + words[0])
    for t in trig:
        tag = "TB" if t.blocked else "T"
        f.append(f"{tag}={t.event_type}")
        f.append(f"{tag}={t.event_type}|{t.sub_event_type}|{t.role}")
        if t.blocked:
            f.append("blk=" + t.blocked)
    for m in lexicon("blockers.tsv").find(toks):
        f.append("bk=" + m.payloads[0]["kind"])
    for cs in sm.casualties:
        f.append("cas=" + cs.value.get("kind", ""))
        f.append("cas_n" if cs.value.get("count") else "cas_vague")
    if sm.numbers:
        f.append("num")
    for tm in sm.times:
        f.append("time")
    for p in sm.places:
        f.append("place")
        if p.value.get("cue"):
            f.append("place_cue")
    for a in sm.actors:
        v = a.value
        if v.get("speaker"):
            f.append("speaker")
            continue
        f.append(f"inter={v.get('inter')}")
        f.append("named" if v.get("name") else "generic=" + str(v.get("role")))
    if sm.attributions:
        f.append("source")
    if sm.persons:
        f.append("person")
    if sm.countries:
        f.append("country")
    if sm.index == 0:
        f.append("first")
    n = len(toks)
    f.append("len=" + ("s" if n < 8 else "m" if n < 25 else "l" if n < 60 else "xl"))
    return f


def candidate_features(sm: SentenceMentions, c, sent_feats: list[str], background: bool = False) -> list[str]:
    """Features of one rule-made event candidate: its sentence's features, and what stands
    around its trigger words (the words before and after, its type and sub-type, whether it
    is a generic attack word, refers back, carries a toll, an actor, a place, a time)."""
    f = list(sent_feats)
    toks = sm.toks
    f.append("c=" + c.event_type)
    f.append("c=" + c.event_type + "|" + c.sub_event_type)
    for t in c.triggers:
        f.append("ct=" + toks[t.i].stems[-1])
        for k in range(max(0, t.i - 3), t.i):
            f.append("cb=" + toks[k].stems[-1])
        for k in range(t.j, min(len(toks), t.j + 3)):
            f.append("ca=" + toks[k].stems[-1])
        if t.i < 3:
            f.append("c_early")
        if t.definite:
            f.append("c_def")
    for flag, on in (("c_generic", c.generic_only), ("c_anaphoric", c.anaphoric), ("c_bg", background),
                     ("c_cas", bool(c.casualties)), ("c_place", bool(c.places)), ("c_time", bool(c.times)),
                     ("c_actor", any(a.value.get("name") for a in c.actors)), ("c_mod", bool(c.modifiers))):
        if on:
            f.append(flag)
    return ["k:" + x for x in f]
