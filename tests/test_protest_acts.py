"""Protest and riot forms read from what is done around the crowd (issue 10): a road or a sit-in
cleared by force, told with no protest word of its own. Each form has a negative for its ambiguity.

Sentences are made up for these tests (news style), none from the protest test set, the dev gold
or the training corpus.
"""
from __future__ import annotations

import pytest

import hadath
from hadath.events.candidates import sentence_candidates
from hadath.mentions.finders import find_sentence_mentions
from hadath.text import split_sentences, tokenize

PUBLISHED = "2017-03-10"


def _types(text: str) -> set[tuple[str, str]]:
    """(type, sub-type) of the rules' candidates of a one-sentence text."""
    sp = split_sentences(text)[0]
    sm = find_sentence_mentions(text, 0, sp, tokenize(text, sp.start, sp.end), PUBLISHED)
    cands, _ = sentence_candidates(sm)
    return {(c.event_type, c.sub_event_type) for c in cands}


def _crowd(text: str) -> set[tuple[str, str]]:
    return {x for x in _types(text) if x[0] in ("Protests", "Riots")}


def _coded(text: str) -> list[tuple[str, str]]:
    doc = hadath.extract(text, PUBLISHED)
    return [(e.event_type, e.sub_event_type) for e in doc.events if e.event_type in ("Protests", "Riots")]


@pytest.mark.parametrize("text", [
    # a road reopened by force, the crowd that blocked it not named
    "أعادت وحدات الحرس الوطني صباح اليوم الجمعة فتح الطريق الرابطة بين قفصة والمتلوي باستعمال القوة.",
    # a strike ended and a port cleared of the sit-in's protesters by force
    "وتم مساء أمس فك الإضراب العام الذي ينفذه عمال الميناء بصفاقس وإخلاء الميناء من المعتصمين فيه بالقوة العامة.",
])
def test_cleared_by_force(text):
    assert _coded(text) == [("Protests", "Protest with intervention")]


def test_road_reopened_without_force_is_no_protest():
    # an agreement reopens a crossing: nobody intervened
    assert _crowd("وتقرر إعادة فتح الطريق الرابطة بين قفصة والمتلوي بداية من يوم الاثنين المقبل.") == set()
