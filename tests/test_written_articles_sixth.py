"""What the sixth round of written article probes taught (north-east Syria, Lebanon's internal fighting, Iraqi
factions and US bases, Taiz and Marib, Sudan's protests of 2018-22, Maghreb and Jordanian unrest, southern Libya and
Chad, Daraa and Suwayda; measured blind on two stops' trees, then read). Sentences written for these tests in those
styles."""
from hadath import extract
from hadath.text import tokenize


def _records(text: str, published: str) -> list[tuple]:
    return [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in extract(text, published).events]


def test_a_word_opening_with_two_waws_drops_the_conjunction_however_short():
    assert "ود" in tokenize("وود")[0].stems
    got = extract("وخرجت مسيرات حاشدة أمس في مدن أم درمان وود مدني وبورتسودان للمطالبة بتنحي الرئيس.",
                  "2019-04-07").events
    assert sorted(e.location for e in got) == ["Omdurman", "Port Sudan", "Wad Medani"]


def test_a_march_in_another_town_of_the_province_is_another_protest():
    text = ("احتشد آلاف المحتجين، اليوم الجمعة، في ساحة السير وسط مدينة السويداء، مطالبين برحيل الحكومة. "
            "وفي مدينة شهبا شمالي المحافظة، خرج مئات المحتجين في مظاهرة جابت الشارع الرئيسي.")
    got = extract(text, "2023-08-25").events
    assert [(e.event_type, e.location) for e in got] == [("Protests", "As-Suwayda"), ("Protests", "Shahba")]
