"""What the seventh round of written article probes taught (Pakistan, Egypt's street after 2013, south-east Turkey,
Lebanon's 2019 protests, Lake Chad, the Sahel, the northern West Bank, AQAP in southern Yemen; measured blind, then
read). Sentences written for these tests in those styles."""
from hadath import extract


def _records(text: str, published: str) -> list[tuple]:
    return [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in extract(text, published).events]


def test_a_sentence_that_places_the_story_among_others_tells_no_event_of_its_own():
    text = ("قتل ستة مسلحين في غارة شنتها طائرة أمريكية بدون طيار على منزل في بلدة مير علي بوزيرستان الشمالية أمس. "
            "ويأتي الهجوم بعد نحو شهر من تفجيرين انتحاريين استهدفا سوقا في مدينة بيشاور.")
    assert [g[1] for g in _records(text, "2010-02-15")] == ["Air/drone strike"]


def test_the_dead_of_one_side_counted_in_the_clashes_are_the_clash_told_before():
    text = ("سيطر مسلحون من جماعة أنصار الشريعة على مدينة زنجبار جنوبي اليمن، مساء الجمعة، بعد مواجهات مع قوات "
            "الأمن. وأضاف المصدر أن سبعة من أفراد الأمن قتلوا في الاشتباكات التي دارت عند المدخل الشرقي للمدينة.")
    got = extract(text, "2011-05-29").events
    assert [(e.event_type, e.fatalities) for e in got] == [("Battles", 7)]


def test_counts_over_the_past_two_weeks_are_a_total():
    assert _records("وأشار البيان إلى أن الأجهزة سجلت خلال الأسبوعين الماضيين أكثر من 400 نقطة قطع طرقات، وأوقفت 27 "
                    "شخصا بجرم الاعتداء على العسكريين.", "2021-03-10") == []


def test_the_masculine_verb_of_detaining_is_an_arrest_and_halting_work_is_not():
    got = _records("وفي مدينة مورا، أوقف الدرك الكاميروني أمس ثلاثة أشخاص يشتبه في انتمائهم إلى جماعة بوكو حرام.",
                   "2019-05-16")
    assert [g[:2] for g in got] == [("Strategic developments", "Arrests")]
    assert all(g[1] != "Arrests" for g in _records("أوقف العمل لمدة ساعة في المصنع احتجاجا على تأخر الأجور.",
                                                     "2019-05-16"))


def test_herders_killed_by_an_army_unit_its_allies_escort_are_civilians_attacked():
    got = _records("قتل سبعة منمين موريتانيين، يوم السبت، على يد وحدة من الجيش المالي ترافقها عناصر من مجموعة فاغنر "
                   "الروسية، قرب بلدة دوغوفري.", "2022-03-07")
    assert got == [("Violence against civilians", "Attack", "Military Forces of Mali", "Civilians (Mauritania)")]


def test_thirteen_to_nineteen_in_words_count_as_one_number():
    got = extract("وقال الجيش النيجيري في بيان إن قواته قتلت سبعة عشر عنصرا من جماعة بوكو حرام خلال اشتباك قرب بلدة "
                  "دامبوا أمس.", "2019-05-20").events
    assert [(e.event_type, e.fatalities) for e in got] == [("Battles", 17)]
    got = extract("قتلت خمس عشرة امرأة في هجوم شنه مسلحون على قرية قرب مدينة مايدوغوري أمس.", "2019-05-20").events
    assert [e.fatalities for e in got] == [15]


def test_statistics_compared_with_a_year_and_the_one_responsible_for_bombings_tell_no_event():
    assert _records("وأشار التقرير إلى أن الهجمات الانتحارية تراجعت بنحو الثلث مقارنة بالعام الذي سبقه، لكنها لا تزال "
                    "تستهدف الأسواق.", "2018-01-10") == []
    got = _records("أعلنت قوات الحزام الأمني في عدن، أمس الثلاثاء، تفكيك خلية تابعة لتنظيم داعش في مدينة الشيخ عثمان، "
                   "واعتقال أربعة من أفرادها بينهم المسؤول عن التفجيرات.", "2018-03-07")
    assert got == [("Strategic developments", "Arrests", "Security Belt Forces", "Islamic State")]


def test_an_attack_the_police_foiled_is_no_battle():
    got = _records("أحبطت الشرطة الإيطالية اليوم الخميس هجوما ارهابيا كان سينفذه 3 عناصر في مدينة البندقية.", "2017-03-30")
    assert not any(g[0] == "Battles" for g in got)
