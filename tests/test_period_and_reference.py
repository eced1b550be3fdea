"""Events named but not reported: ceasefires, totals since a war began, imminent attacks, a suspect's
old arrest, a treaty body's name, ground held before, aims; and the new-year slip of a date's year."""
import pytest

import hadath


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch):
    monkeypatch.setenv("HADATH_CODER", "rules")  # the rules' reading, whatever the learned gate would keep


def events(text, published="2024-01-15"):
    return [(e.event_type, e.sub_event_type) for e in hadath.extract(text, published).events]


@pytest.mark.parametrize("text", [
    # a ceasefire is no shooting
    "الجهاد الإسلامي: الحركة توافق على تمديد وقف إطلاق النار في القطاع",
    "حزب الله يعلن التزامه بوقف إطلاق النار في الجنوب",
    # a total since the war began counts many events, it is none of them
    "وقتل 45 جنديا منذ بدء العملية البرية في القطاع بحسب أرقام الجيش.",
    "وقتل أكثر من 200 مدني في غارات الطيران على مدينة غزة منذ اندلاع الحرب.",
    # imminent attacks have not happened
    "وتتحدث تقارير عن هجمات وشيكة على مواقع الجيش في مدينة العريش.",
    # a suspect's old arrest is his history
    "وأضافت الوزارة أن الشاب سبق أن اعتقل في مدينة طنطا بتهمة الانتماء إلى جماعة مسلحة.",
    # the body that bans chemical weapons is no chemical attack
    "ووصل فريق من منظمة حظر الأسلحة الكيميائية إلى مدينة دوما صباح اليوم.",
    # ground the enemy took before, named as where people live now
    "ويعيش آلاف النازحين في ظروف صعبة داخل الأحياء التي سيطروا عليها في ريف مدينة تعز.",
    # what a group seeks to do
    "وقال الخبير إن التنظيم يسعى للسيطرة على حقول النفط في منطقة سرت.",
])
def test_named_but_not_reported(text):
    assert events(text) == []


def test_a_shooting_is_still_coded():
    got = events("أطلق مسلحون مجهولون النار اليوم على حافلة تقل عمالا في مدينة الموصل، ما أسفر عن مقتل ثلاثة منهم.")
    assert got and got[0][0] in ("Violence against civilians", "Battles")


def test_a_deed_told_beside_a_total_since_the_war_began_is_coded():
    got = events("قتل ثلاثة جنود اليوم في انفجار عبوة ناسفة بمدينة رفح، وهي أكبر خسارة للجيش منذ بدء الهجوم البري.")
    assert got == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_the_side_of_an_old_arrest_is_not_the_target_of_the_bombing():
    text = ("فجر انتحاري نفسه داخل كنيسة في القاهرة اليوم، ما أسفر عن مقتل 20 شخصا. وأكدت وزارة الداخلية أن "
            "الانتحاري سبق أن اعتقل قبل عامين بتهمة تأمين مسيرات لجماعة الإخوان المسلمين.")
    doc = hadath.extract(text, "2016-12-12")
    assert [e.sub_event_type for e in doc.events] == ["Suicide bomb"]
    assert doc.events[0].actor2 != "Muslim Brotherhood"


def test_the_old_year_written_in_the_first_days_of_january_is_this_year():
    doc = hadath.extract("قتل خمسة أشخاص يوم 05 جانفي 2016 في انفجار سيارة مفخخة بمدينة اعزاز شمال حلب.", "2017-01-07")
    assert [(e.sub_event_type, e.event_date) for e in doc.events] == [("Remote explosive/landmine/IED", "2017-01-05")]


def test_a_date_of_last_year_in_another_month_stays_last_year():
    doc = hadath.extract("وكانت وحدات الجيش قد تصدت يوم 7 مارس 2016 لهجوم مسلح على مدينة بن قردان.", "2017-03-08")
    assert all(e.event_date != "2017-03-07" for e in doc.events)


def test_an_accident_told_again_with_the_article_is_still_the_accident():
    text = ("انفجر صباح اليوم أنبوب غاز قرب محطة القطارات في مدينة الإسكندرية. "
            "وقال المتحدث إن الانفجار في حي سموحة تسبب في إصابة أربعة عمال بحروق.")
    assert events(text, "2017-04-15") == []


def test_a_bomb_told_after_an_accident_is_still_coded():
    text = ("انفجر صباح اليوم أنبوب غاز قرب محطة القطارات في مدينة الإسكندرية. "
            "وانفجرت عبوة ناسفة في سيارة للشرطة بمدينة العريش ما أسفر عن مقتل مجندين.")
    assert events(text, "2017-04-15") == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_a_fuel_tank_that_blew_up_is_an_accident():
    assert events("أصيب ثلاثة عمال اليوم جراء انفجار خزان وقود بورشة في مدينة صفاقس.", "2016-10-26") == []


def test_days_before_another_event_do_not_date_from_the_report():
    text = ("دهس مسلح بشاحنة حشدا في مدينة نيس يوم الخميس الماضي، ما أسفر عن مقتل 80 شخصا. "
            "وأظهرت صور أنه زار المكان قبل أيام من تنفيذه عملية الدهس بالشاحنة نفسها.")
    doc = hadath.extract(text, "2016-07-18")
    assert [(e.event_type, e.event_date) for e in doc.events] == [("Violence against civilians", "2016-07-14")]


def test_a_clash_told_again_between_the_two_sides_is_the_clash_told_before():
    text = ("اندلعت اشتباكات أمس بين مسلحي جماعة الحوثيين وقوات صالح في معسكر الصدرين بمنطقة مريس شمال مدينة الضالع. "
            "وقالت مصادر محلية إن الاشتباكات اندلعت بينهما بعد سقوط قاعدة العند في محافظة لحج.")
    doc = hadath.extract(text, "2015-08-06")
    assert [(e.event_type, len(e.evidence)) for e in doc.events] == [("Battles", 1)]


def test_attacks_told_over_recent_days_are_a_period_not_an_event():
    text = "وأدانت الخارجية بشدة الهجمات الإرهابية التي جدت في الأيام الأخيرة بمدن العراق وخلفت عشرات القتلى."
    assert events(text, "2017-02-17") == []


def test_an_arrest_over_recent_days_is_still_coded():
    got = events("وأعلنت الوزارة أن وحدات الحرس الوطني ألقت في الأيام الأخيرة القبض على ثلاثة عناصر إرهابية في مدينة القصرين.",
                 "2017-02-17")
    assert got == [("Strategic developments", "Arrests")]


def test_scattered_attacks_across_a_country_are_a_summary_not_an_event():
    text = "وأفادت مصادر أمنية أمس بمقتل 20 مسلحا من التنظيم و8 جنود في هجمات متفرقة بأنحاء العراق."
    assert events(text, "2015-08-10") == []


def test_clashes_going_on_since_last_week_are_a_situation_not_an_event():
    assert events("وتشهد مدينة جرابلس اشتباكات بين الفصائل ومسلحي التنظيم منذ الأسبوع الماضي.", "2016-08-30") == []
