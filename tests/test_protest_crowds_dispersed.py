"""Protests told by what was done to or by a crowd rather than by a protest word: a crowd a force dispersed, a man setting
himself on fire with his name between the verb and the fire, confrontations with an occupying force where it used tear gas,
and the town a sentence's nationality names (Amman, spelled as Oman). Sentences written for these tests in the style of
Tunisian, Iraqi and Palestinian news."""
import hadath
from protest_fixtures import record_types as _types


def _events(text: str, date: str = "2017-04-10"):
    return hadath.extract(text, date).events


def test_a_crowd_a_force_dispersed_protested_with_intervention():
    evs = _events("فرقت الشرطة العراقية بالقوة مئات من أنصار التيار الصدري قرب المنطقة الخضراء في بغداد.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Protests", "Protest with intervention")]
    assert evs[0].actor2 == "Police Forces of Iraq"
    assert _types("فرقت قوات الأمن صباح اليوم عشرات الشبان أمام مقر الولاية بالقصرين.") == [
        ("Protests", "Protest with intervention")]
    # rescue teams (فرق) saving people disperse no one
    assert _types("تمكنت فرق الحماية المدنية من إنقاذ عشرات المواطنين في نابل.") == []


def test_setting_oneself_on_fire_with_the_subject_between_is_a_protest_at_an_office():
    evs = _events("أضرم شاب النار في جسده صباح اليوم أمام مقر معتمدية سبيطلة.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Protests", "Peaceful protest")]
    assert evs[0].location == "Sbeitla"
    # with no site and no demand it is a suicide or an accident, and a house set on fire is no burning of oneself
    assert _types("أضرم كهل النار في جسده بسبب خلافات عائلية.") == []
    assert ("Protests", "Peaceful protest") not in _types("أضرم مجهولون النار في منزل المواطن بجهة حي الزهور.")


def test_confrontations_with_tear_gas_and_no_armed_party_are_a_riot():
    assert _types("أصيب عشرات الفلسطينيين بالاختناق خلال مواجهات مع قوات الاحتلال في بلدة بيتا.", "2023-11-10") == [
        ("Riots", "Violent demonstration")]
    # fighters named: a battle
    assert _types("اندلعت مواجهات عنيفة بين مقاومين وقوات الاحتلال في مخيم جنين.", "2023-11-10") == [
        ("Battles", "Armed clash")]


def test_amman_is_the_town_where_the_sentence_names_jordan():
    assert [e.location for e in _events("تظاهر آلاف الأردنيين في عمان تنديدا بالعدوان.", "2023-11-10")] == ["Amman"]
    assert [e.country for e in _events("تظاهر الآلاف في عمان تنديدا بالعدوان.", "2023-11-10")] == ["Oman"]


def test_a_demand_to_condemn_a_shelling_tells_no_shelling():
    assert _types("تجمع آلاف الأردنيين قرب السفارة الإسرائيلية في عمان للتنديد بالقصف.", "2023-11-10") == [
        ("Protests", "Peaceful protest")]


def test_a_multitude_roaming_the_streets_with_a_demand_marches():
    assert _types("جاب الآلاف شوارع العاصمة بغداد مطالبين برحيل الحكومة.") == [("Protests", "Peaceful protest")]
    assert [e.location for e in _events("طاف المئات شوارع مدينة سليانة مطالبين بالتنمية.")] == ["Siliana"]
    # fans celebrating a win in the streets do not protest
    assert _types("جاب المئات شوارع مدينة صفاقس احتفالا بفوز النادي الصفاقسي.") == []


def test_trying_to_set_oneself_on_fire_at_an_office_is_the_protest():
    assert _types("حاول شاب صباح اليوم إضرام النار في جسده أمام مقر الولاية بالقصرين.") == [("Protests", "Peaceful protest")]
    # with no site, demand or grievance it is a suicide attempt
    assert _types("حاول شاب إضرام النار في جسده إثر خلاف عائلي.") == []


def test_people_a_force_shot_during_their_part_in_a_protest_were_protesters():
    evs = _events("قتل شاب برصاص الشرطة في وسط نيروبي مساء أمس أثناء مشاركته في احتجاجات سلمية ضد قانون المالية.",
                  "2024-06-21")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Protests", "Excessive force against protesters")]
    # one man's part announced is no protest, and a shooting with no protest named attacks a civilian
    assert _types("أعلن الوزير مشاركته في مسيرة يوم الأحد القادم.", "2024-06-21") == []
    assert _types("قتل شاب برصاص الشرطة في وسط نيروبي مساء أمس.", "2024-06-21") == [
        ("Violence against civilians", "Attack")]
