"""Protests told as going on or as done, with no place or time of their own (issue 10): a sit-in "still"
going on ("الاعتصام مازال متواصلا"), a protest a past verb of its organisers governs ("أنهم نفذوا منذ أيام وقفة
احتجاجية") or one a verb of driving leads to ("ما دفع الأهالي إلى الاحتجاج"). Each form has a negative: a
protest going on "until" the demands are met is a resolve; protesters described by a relative clause
("العمال الذين نفذوا عديد الاحتجاجات") are spoken of.

Sentences are made up for these tests, in the style of Tunisian local news.
"""
from __future__ import annotations

import pytest

from hadath import extract

from protest_fixtures import crowd_records

PUBLISHED = "2017-04-12"


@pytest.fixture(autouse=True)
def _rules(monkeypatch):
    monkeypatch.setenv("HADATH_CODER", "rules")


def _crowd(text: str) -> list[tuple[str, str]]:
    return crowd_records(text, PUBLISHED)


@pytest.mark.parametrize("text", [
    "وأكد مصدر نقابي أن الاعتصام مازال متواصلا وسيبقى سلميا.",
    "يشار إلى أن حركة العبور عادت إلى نسقها العادي إلا أن الاعتصام لا يزال قائما.",
])
def test_a_sit_in_still_going_on_is_told(text):
    assert _crowd(text) == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize("text", [
    "وأضاف أن تحركاتهم الاحتجاجية متواصلة إلى حين الاستجابة لمطالبهم.",
    "وأكد أن الاعتصام متواصل إلى حين تحقيق كل المطالب.",
])
def test_protests_going_on_until_demands_are_met_are_a_resolve(text):
    assert _crowd(text) == []


@pytest.mark.parametrize("text", [
    "وذكر أنهم نفذوا منذ أيام وقفة احتجاجية للتعبير عن رفضهم لقرار النقلة.",
    "وهو ما دفع عددا من الأولياء إلى الاحتجاج ورفع شكاية إلى المندوبية.",
    "ودفعت هذه الوضعية العائلة إلى تنفيذ وقفة احتجاجية تنديدا بالإهمال.",
])
def test_a_protest_a_verb_of_doing_or_driving_governs_is_told(text):
    assert _crowd(text) == [("Protests", "Peaceful protest")]


def test_protesters_described_by_a_relative_clause_are_spoken_of():
    text = ("وأعلنت النقابة مساندتها للعمال الذين نفذوا عديد الاحتجاجات تنديدا بتأخر صرف أجورهم، معتبرة أن "
            "الوضع لم يعد يحتمل.")
    assert _crowd(text) == []


def test_a_sit_in_still_going_on_adds_to_the_protest_told():
    text = ("دخل عدد من المعطلين عن العمل صباح أمس في اعتصام مفتوح أمام مقر معتمدية الرقاب. "
            "وأكد أحد المعتصمين أن الاعتصام مازال متواصلا.")
    evs = extract(text, PUBLISHED).events
    assert [(e.event_type, len(e.evidence)) for e in evs] == [("Protests", 2)]


@pytest.mark.parametrize("text", [
    # a quantifier between the closing word and the roads, the crowd named
    "أقدم عدد من أهالي المنطقة صباح اليوم على غلق كل الطرق المؤدية إلى مقر المعتمدية.",
    # a road closed with no doer named, after the general strike of the town
    "يتواصل لليوم الثاني الإضراب العام بمدينة الرديف مع غلق جميع الطرقات المؤدية إليها.",
])
def test_roads_closed_by_a_crowd_or_in_a_general_strike_are_a_protest(text):
    assert _crowd(text) == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize("text", [
    # roads closed by the security forces after an attack
    "وأكد مصدر أمني أنه تم إغلاق جميع المنافذ المؤدية إلى المدينة بعد الهجوم.",
    # headlines run together: the general strike is another story, told after the closure
    "قفصة : غلق جميع الطرق المؤدية إلى المنجم إضراب عام للأطباء بيومين",
])
def test_roads_closed_with_no_crowd_and_no_strike_before_are_no_protest(text):
    assert _crowd(text) == []


def test_a_crowd_gathering_to_express_its_solidarity_protests():
    text = "وتجمع التلاميذ صباح اليوم أمام المعهد للتعبير عن تضامنهم مع زميلهم المصاب."
    assert _crowd(text) == [("Protests", "Peaceful protest")]


def test_a_crowd_gathering_with_no_aim_does_not_protest():
    assert _crowd("وتجمع التلاميذ صباح اليوم أمام المعهد في انتظار قدوم الحافلة.") == []


@pytest.mark.parametrize("text", [
    "احتل عشرات الطلاب صباح اليوم مبنى الإدارة في جامعة كولومبيا رفضا لتعامل الجامعة مع شركات السلاح.",
    "وقال المصدر إن عددا من المعطلين عن العمل احتلوا مكتب المعتمد للمطالبة بالتشغيل.",
])
def test_a_crowd_occupying_an_office_protests(text):
    assert _crowd(text) == [("Protests", "Peaceful protest")]


def test_students_arrested_after_occupying_an_office_are_a_protest_with_intervention():
    text = "واعتقلت الشرطة 20 طالبا بعد أن احتلوا مكتب رئيس الجامعة في نيويورك."
    assert _crowd(text) == [("Protests", "Protest with intervention")]


@pytest.mark.parametrize("text", [
    "احتل مسلحو التنظيم مقر المحافظة في المدينة بعد اشتباكات عنيفة.",
    "احتل المنتخب الوطني المركز الأول في الترتيب العام للبطولة.",
])
def test_an_armed_group_or_a_rank_occupying_is_no_protest(text):
    assert _crowd(text) == []


def test_a_protest_its_organisers_verb_follows_was_done_whatever_the_decision_of_its_sentence():
    text = "وتقرر تنفيذ الإضراب بعد وقفة احتجاجية نفذها الأساتذة أمام المندوبية."
    assert _crowd(text) == [("Protests", "Peaceful protest")]


def test_a_protest_decided_on_with_its_organisers_in_the_present_is_planned():
    text = "وقررت النقابة تنفيذ وقفة احتجاجية ينظمها المكتب الجهوي أمام مقر الوزارة."
    assert _crowd(text) == []


@pytest.mark.parametrize("text", [
    "وأكد والده أن العائلة ستدخل في إضراب جوع أمام المحكمة إذا لم يتم إطلاق سراح ابنها.",
    "وقال إن المعطلين سيدخلون في اعتصام مفتوح بمقر الولاية في صورة عدم الاستجابة لمطالبهم.",
])
def test_a_hunger_strike_or_sit_in_to_come_is_a_threat(text):
    assert _crowd(text) == []


def test_a_hunger_strike_going_on_is_told():
    text = "ويواصل عدد من المعطلين عن العمل إضرابهم عن الطعام لليوم الخامس على التوالي بمقر المعتمدية."
    assert _crowd(text) == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize("text", [
    "وأوضح المصدر أن وحدات الحرس الوطني تولت غلق الطريق بالاتجاهين إلى حين رفع الشاحنة المنقلبة.",
    "وأغلقت الشرطة الطريق الرابطة بين المدينتين بسبب الفيضانات.",
])
def test_a_road_a_force_closes_is_no_protest(text):
    assert _crowd(text) == []


def test_a_road_a_force_closes_to_stop_a_crowd_still_tells_the_crowd():
    text = "وأغلقت قوات الأمن الطريق أمام عشرات المحتجين الذين حاولوا الوصول إلى مقر الولاية."
    assert _crowd(text) != []
