"""Sentences that go on telling a protest through its protesters (issue 10): "ويطالب المحتجون بـ ...",
"ورفع المحتجون شعار ...". Alone, such a sentence tells the protest (a sentence label says so); in an
article it adds to the protest told before, never a second record. Protesters who only speak
("وأكد المحتجون أن ...") add to a protest told, never start one.

Sentences are made up for these tests, in the style of Tunisian local news.
"""
from __future__ import annotations

import pytest

from hadath import extract

PUBLISHED = "2017-04-12"


def _crowd(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract(text, PUBLISHED).events
            if e.event_type in ("Protests", "Riots")]


@pytest.mark.parametrize("text", [
    "ويطالب المحتجون بتوفير مواطن شغل لأبناء المنطقة وبتعبيد الطريق المؤدية إلى المدرسة.",
    "وطالب المحتجون بقدوم المعتمد إلى عين المكان للاستماع إلى مشاغلهم.",
    "ويندد المعتصمون بتجاهل السلط الجهوية لمطالبهم المتعلقة بالتشغيل.",
    "ورفع المتظاهرون شعارات تطالب برحيل المسؤول الجهوي عن الصحة.",
])
def test_protesters_acting_tell_the_protest(text):
    assert _crowd(text) == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize("text", [
    "وأكد المحتجون أن وضعيتهم الاجتماعية تزداد سوءا منذ غلق المصنع بمدينة قفصة.",
    "وعبر المحتجون عن استيائهم من غياب الماء الصالح للشراب في قرية الرحمات.",
])
def test_protesters_speaking_start_no_protest(text):
    assert _crowd(text) == []


def test_protesters_speaking_add_to_the_protest_told():
    text = ("نفذ عدد من عمال الحضائر صباح اليوم وقفة احتجاجية أمام مقر ولاية القصرين. "
            "وأكد المحتجون أن وضعيتهم لم تتم تسويتها رغم الوعود.")
    evs = extract(text, PUBLISHED).events
    assert [(e.event_type, len(e.evidence)) for e in evs] == [("Protests", 2)]


def test_a_continuation_adds_to_the_protest_not_a_second_record():
    text = ("نفذ عدد من المعطلين عن العمل صباح اليوم وقفة احتجاجية أمام مقر معتمدية الرقاب. "
            "ويطالب المحتجون بتفعيل الاتفاقيات المبرمة مع الحكومة.")
    evs = extract(text, PUBLISHED).events
    assert [(e.event_type, len(e.evidence)) for e in evs] == [("Protests", 2)]


def test_a_continuation_after_a_riot_adds_to_the_riot():
    text = ("أقدم عدد من الشبان صباح اليوم على حرق العجلات المطاطية ورشق الوحدات الأمنية بالحجارة في مدينة "
            "تطاوين. ويطالب المحتجون بالتشغيل والتنمية.")
    evs = [e for e in extract(text, PUBLISHED).events if e.event_type in ("Protests", "Riots")]
    assert [(e.event_type, len(e.evidence)) for e in evs] == [("Riots", 2)]
