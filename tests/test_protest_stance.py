"""Solidarity rallies and protests abroad as international news and Gaza-war posts tell them (issue 10): a
gathering noun with an adjective of its stance (مسيرة داعمة لـ، تجمع مؤيد لـ، وقفة مساندة لـ، مظاهرات منددة بـ) or a
singular protest noun with its target (احتجاج ضد). Negatives: the definite noun named as a topic, a
stance adjective after a word that is no gathering, a campaign rally.

Sentences are made up for the test in the style of Arabic news outlets and machine-translated posts.
"""
from __future__ import annotations

import pytest

from protest_fixtures import candidate_types

PUBLISHED = "2023-11-10"


def _crowd(text: str) -> set[tuple[str, str]]:
    return {(t, s) for t, s in candidate_types(text, PUBLISHED) if t in ("Protests", "Riots")}


@pytest.mark.parametrize("text", [
    "مسيرة داعمة لفلسطين في شوارع عمان بعد صلاة الجمعة",
    "مسيرة مناصرة لغزة في الرباط يشارك فيها الآلاف",
    "تجمع مؤيد للفلسطينيين أمام مقر البرلمان في لندن",
    "تجمع مناهض للحرب في ساحة الطرف الأغر وسط لندن",
    "وقفة مساندة للأسرى أمام مقر الصليب الأحمر في رام الله",
    "تظاهرة مناهضة لإسرائيل أمام البيت الأبيض في واشنطن",
    "مظاهرات منددة بالعدوان على غزة في عدد من المدن التركية",
    "اعتصام رافض للحرب في الحرم الجامعي لجامعة كاليفورنيا",
    "احتجاج ضد إسرائيل في الضفة الغربية وإسطنبول",
    # a gathering noun with the cause it stands for right after it, or an adjective of solidarity or of size
    "تظاهرة دعما لغزة في ساحة الجمهورية بباريس",
    "وقفة تضامنا مع الأسرى أمام مقر الصليب الأحمر في رام الله",
    "تجمع تضامني مع غزة في ساحة الشهداء ببيروت",
    "مسيرات تضامنية مع غزة في عدد من المدن المغربية",
    "مسيرة مليونية في ميدان السبعين بصنعاء نصرة للشعب الفلسطيني",
    # the accusative of the masculine noun, after its organisers' verb
    "نظم طلاب الجامعة تجمعا مؤيدا للفلسطينيين في ساحة الحرم الجامعي",
    "ونظمت الجالية العربية تجمعا تضامنيا مع غزة وسط باريس",
])
def test_gathering_with_its_stance_is_a_protest(text):
    assert _crowd(text) == {("Protests", "Peaceful protest")}


@pytest.mark.parametrize("text", [
    # a stance adjective after a word that is no gathering
    "موقف مؤيد للفلسطينيين أعلنته الحكومة الإسبانية أمس",
    "صدر بيان مناهض للحرب عن عدد من الكتاب",
    "أصدر تجمع المهنيين بيانا تضامنا مع المعتقلين",
    # a campaign rally, a drone
    "ألقى ترامب خطابا أمام تجمع حاشد من أنصاره في ميامي",
    "طائرة مسيرة إسرائيلية تقصف سيارة في جنوب لبنان",
    # a rally called for or planned
    "ستنظم مسيرة داعمة لفلسطين الأسبوع المقبل في لندن",
    "دعت حملة التضامن مع فلسطين إلى مسيرة مؤيدة لغزة يوم السبت المقبل",
])
def test_look_alikes_are_not_protests(text):
    assert _crowd(text) == set()


@pytest.mark.parametrize("text", [
    "خرج عشرات الآلاف في شوارع باريس دعما لغزة",
    "وخرج الآلاف في وسط مدريد تضامنا مع الشعب الفلسطيني",
    "توافد المئات إلى ساحة رياض الصلح في بيروت للتضامن مع غزة",
    "احتشد مئات الآلاف وسط العاصمة اليمنية صنعاء تأييدا للمقاومة",
    "خرجت حشود غفيرة في شوارع عمان تضامنا مع غزة",
    "وخرجت جماهير غفيرة في صنعاء نصرة لغزة",
])
def test_a_multitude_going_out_with_its_cause_protests(text):
    assert _crowd(text) == {("Protests", "Peaceful protest")}


@pytest.mark.parametrize("text", [
    # the multitude named by who they are, or going out with no cause of a protest
    "خرج الآلاف من منازلهم في خان يونس بحثا عن مكان آمن",
    "توافد الآلاف إلى الملعب في الرباط لمشاهدة المباراة",
    "تجمع المئات في الساحات العامة ابتهاجا بالإفراج عن الأسرى",
    "وخرجت الجماهير في شوارع تونس احتفالا بفوز المنتخب",
    # troops massed, an armed party
    "احتشدت الحشود العسكرية الإسرائيلية على حدود غزة دعما للعملية البرية",
    "خرج المئات من المسلحين في شوارع المدينة دعما للانقلاب",
])
def test_a_multitude_with_no_protest_cause_is_no_protest(text):
    assert _crowd(text) == set()


@pytest.mark.parametrize("text", [
    "ورفع المشاركون شعارات مؤيدة لفلسطين ولافتات تطالب بوقف إطلاق النار",
    "ورددت الحشود أمام السفارة الأمريكية في عمان هتافات تندد بالعدوان على غزة",
])
def test_participants_chanting_slogans_protest(text):
    assert _crowd(text) == {("Protests", "Peaceful protest")}


@pytest.mark.parametrize("text", [
    "وحمل المشاركون في المؤتمر لافتة كتب عليها اسم المنظمة",
    "رفع المشاركون في الاجتماع توصيات إلى الحكومة",
])
def test_participants_of_a_meeting_do_not_protest(text):
    assert _crowd(text) == set()


@pytest.mark.parametrize("text", [
    "حظرت الشرطة الفرنسية المظاهرات المؤيدة للفلسطينيين في باريس",
    "وقررت وزارة الداخلية بحظر مسيرة مؤيدة لفلسطين في لندن",
])
def test_a_banned_rally_is_not_told_as_held(text):
    assert _crowd(text) == set()


def test_a_rally_held_despite_a_ban_is_a_protest():
    text = "تظاهر آلاف في باريس تضامنا مع غزة رغم قرار يحظر التظاهر"
    assert _crowd(text) == {("Protests", "Peaceful protest")}


@pytest.mark.parametrize("text", [
    "وبدأ عشرات الآلاف في التوافد منذ صباح السبت إلى وسط لندن للمشاركة في مظاهرة مؤيدة لفلسطين",
    "وتوافد المئات إلى ساحة الشهداء في بيروت للمشاركة في وقفة تضامنية مع غزة",
])
def test_a_crowd_coming_to_join_a_protest_tells_it(text):
    assert _crowd(text) == {("Protests", "Peaceful protest")}


def test_one_person_going_to_join_a_protest_only_talks_of_it():
    # a candidate may stay, but as talk: no record of its own
    from protest_fixtures import crowd_records
    assert crowd_records("سافر الوزير إلى لندن للمشاركة في مظاهرة مؤيدة لفلسطين", PUBLISHED) == []


@pytest.mark.parametrize("text", [
    "ويأتي هذا الاحتجاج ضد قرار الوزارة غلق المدرسة الوحيدة في القرية",
    "وتأتي هذه الوقفة تضامنا مع الأسرى المضربين عن الطعام",
    "وتأتي هذه المسيرات دعما للمقاومة في غزة",
])
def test_a_pointed_noun_with_its_target_still_tells_the_protest(text):
    # the noun and the word after it are a trigger now; the verb "تأتي" still tells the protest pointed at
    assert _crowd(text) == {("Protests", "Peaceful protest")}
