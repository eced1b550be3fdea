"""Numbers in digits and words, and dates relative to the publication date."""
import pytest

from hadath.mentions.numbers import find_numbers
from hadath.mentions.times import find_times
from hadath.text import tokenize


def nums(t):
    return [(m.text, m.value["value"], m.value["vague"], m.value["hedge"]) for m in find_numbers(t, tokenize(t))]


@pytest.mark.parametrize("text,value", [
    ("مقتل ثلاثة من عناصر قسد", 3), ("شن خمس غارات", 5), ("أربعة أطفال", 4), ("عشر سيارات", 10),
    ("خمسة وعشرون شخصا", 25), ("مقتل ٨٧ شخصا", 87), ("مقتل ۱۲ شخصا", 12), ("ثلاثة آلاف جندي", 3000),
])
def test_number_values(text, value):
    assert nums(text)[0][1] == value


def test_vague_counts_and_hedges():
    got = nums("عشرات المدنيين والمئات من عناصر داعش")
    assert [g[2] for g in got] == [True, True] and all(g[1] is None for g in got)
    assert nums("أكثر من 80 قتيلا")[0] == ("أكثر من 80", 80, False, "min")
    assert nums("نحو 30 عاما")[0][3] == "approx"


def times(t, pub):
    return [(m.text, m.value["date"], m.value["precision"]) for m in find_times(t, tokenize(t), pub)]


def test_relative_dates():
    assert times("دارت اشتباكات اليوم", "2019-03-12") == [("اليوم", "2019-03-12", 1)]
    assert times("القبض عليه أمس الأربعاء", "2017-05-25")[0][1] == "2017-05-24"
    assert times("أول أمس", "2017-05-25")[0][1] == "2017-05-23"
    assert times("خلال الساعات الماضية", "2019-03-12")[0][1] == "2019-03-12"
    assert times("أعلنت، الأحد الماضي، عن", "2019-03-12")[0][1] == "2019-03-10"
    # the night before last: two days before the paper (last night being the one before it)
    assert times("قال الجيش في بيان الليلة قبل الماضية إن طائراته قصفت", "2015-07-22")[0][1] == "2015-07-20"


def test_a_span_before_publication_counts_back_from_it():
    # "قبل" + an optional number (digits or a word) + a unit of time
    assert times("وقعت أحداث شغب قبل ثلاثة أيام", "2017-04-01") == [("قبل ثلاثة أيام", "2017-03-29", 1)]
    assert times("وقعت أحداث شغب قبل أسبوع", "2017-04-01") == [("قبل أسبوع", "2017-03-25", 2)]
    assert times("شهدتها البلاد قبل عامين", "2017-04-01") == [("قبل عامين", "2015-04-02", 3)]
    assert times("اعتقل قبل 5 سنوات", "2017-04-01")[0][1] == "2012-04-02"
    # before another event, not before the paper
    assert times("قبل أسبوعين من الانتخابات", "2017-04-01") == []
    # "منذ" + a span counts back the same way; "منذ سنة 2014" names a year; a plural with no number is vague
    assert times("لم يتحصلوا على مستحقاتهم منذ نحو 6 أشهر", "2017-04-01")[0][1:] == ("2016-10-03", 3)
    assert times("متحصن بالجبل منذ سنة 2014", "2017-04-01") == [("سنة 2014", "2014-01-01", 3)]
    assert times("سيارة مسروقة منذ أيام قليلة", "2017-04-01") == []


def test_the_day_with_a_modifier_is_not_today():
    """"في اليوم الذي ..."، "في اليوم التالي"، "اليوم العالمي": the day of something else, not the
    publication day; "اليوم الأحد" stays today."""
    assert times("وقتل حينها 14 شرطيا في اليوم الذي ألقى فيه الرئيس خطابه", "2015-08-03") == []
    assert times("وتوفي الجندي في اليوم التالي متأثرا بجراحه", "2015-08-03") == []
    assert times("شنت الطائرات اليوم الأحد غارات على المدينة", "2015-08-02")[0][1] == "2015-08-02"


def test_explicit_dates_in_three_month_traditions_and_hijri():
    assert times("جد في 26 جوان 2015", "2016-06-23")[0][1] == "2015-06-26"
    assert times("يوم 12 آذار 2019", "2019-03-20")[0][1] == "2019-03-12"
    assert times("في 3 كانون الثاني", "2019-03-20")[0][1] == "2019-01-03"
    assert times("في 18 مارس 2015", "2016-06-23")[0][1] == "2015-03-18"
    assert times("في 15 رمضان 1438", "2017-06-20")[0][1] == "2017-06-10"


def test_dates_in_digits_day_first_or_iso_in_either_digit_set():
    assert times("يوم 04/04/2017 من قبل القوات الحكومية", "2017-04-10") == [("04/04/2017", "2017-04-04", 1)]
    assert times("بتاريخ ١٥/٣/٢٠١٩ في إدلب", "2019-03-20")[0][1] == "2019-03-15"
    assert times("(2019-03-14) في إدلب", "2019-03-20")[0][1] == "2019-03-14"
    assert times("يوم 14.03.2019 حسب المرصد", "2019-03-20")[0][1] == "2019-03-14"
    # no day 31 in February, and a season "2019/2020" or a time "15:30" is no date
    assert times("يوم 31/02/2019", "2019-03-20") == []
    assert [t for t in times("في موسم 2019/2020 على الساعة 15:30", "2019-03-20") if t[2] == 1] == []


def test_month_names_that_are_person_names_are_not_dates():
    assert times("تم القبض على والده رمضان عبيدي", "2017-05-25") == []


def test_year_marks_history():
    t = times("في غارة وقعت عام 1979 في إسرائيل", "2015-12-21")
    assert t == [("عام 1979", "1979-01-01", 3)]


def test_toll_after_laqiya_and_counted_victims_before_a_passive():
    import hadath
    t = "لقي 22 مسلحاً من تنظيم داعش الإرهابي مصرعهم في اشتباكات مع قوات عراقية في مدينة الرمادي."
    assert [e.fatalities for e in hadath.extract(t, "2015-08-11").events] == [22]
    doc = hadath.extract("قالت مصادر إن جنديين تركيين قتلا في انفجار لغم في إقليم شرناق.", "2015-08-11")
    assert [m.value["count"] for m in doc.mentions if m.kind == "casualty"] == [2]
    doc = hadath.extract("لقي شرطي مصرعه إثر قيام مسلحين بإطلاق النيران على سيارته في الفيوم.", "2015-08-11")
    assert [m.value["count"] for m in doc.mentions if m.kind == "casualty"] == [1]


def test_weekday_after_yesterday_is_the_day_when_they_disagree():
    """A Friday paper's "مساء أمس الأربعاء" (written on Thursday) is Wednesday."""
    from hadath import extract
    ev = extract("انفجرت عبوة ناسفة مساء أمس الأربعاء قرب مركز للشرطة في مدينة العريش.",
                 published="2017-02-17").events[0]
    assert ev.event_date == "2017-02-15"
    ev = extract("قتل ثلاثة جنود أمس الأربعاء في هجوم على حاجز للجيش في مدينة العريش", published="2017-02-16").events[0]
    assert ev.event_date == "2017-02-15"


def test_a_running_total_after_the_event_is_not_its_date_or_toll():
    """"... ليرتفع عدد قتلى ... منذ 20 يوليو الماضي إلى 19": the date and count after the verb that
    raises a running total belong to the total; the attack is still told and not dated 20 July."""
    from hadath import extract
    evs = extract("وفي هجوم منفصل بولاية هكاري قتل المتمردون جنديين ليرتفع عدد قتلى أفراد قوات الأمن التركية منذ "
                  "20 يوليو الماضي إلى 19", published="2015-08-09").events
    assert evs and evs[0].event_type == "Battles"
    assert evs[0].event_date != "2015-07-20" and evs[0].fatalities != 19


def test_a_sentence_that_turns_to_another_story_does_not_inherit_the_last_date():
    """A digest: the first story is dated "أمس"; "إلى ذلك ..." with no time word of its own is dated
    by the publication, while a plain continuation keeps "أمس"."""
    from hadath import extract
    text = ("قتل ثلاثة جنود أمس في هجوم على حاجز للجيش في مدينة العريش. وأصيب في الهجوم خمسة آخرون بجروح. "
            "إلى ذلك قتل خمسة مدنيين برصاص قناصة في مدينة تعز.")
    dates = {e.location: e.event_date for e in extract(text, published="2015-08-06").events}
    assert dates == {"Al 'Arish": "2015-08-05", "Taizz": "2015-08-06"}


@pytest.mark.parametrize("text, date", [
    ("وكان المحامون قد قاموا الإثنين بوقفة احتجاجية أمام المحكمة", "2017-05-22"),
    ("وقفة قام بها عدد من المحامين الإثنين", None),
    ("الهجوم الذي استهدف الاثنين حفلا غنائيا في المدينة", "2017-05-22"),
    ("واتفق الاثنين معا على مواصلة الاعتصام", None),
    ("قتل الاثنين من الجنود في الهجوم", None),
])
def test_monday_or_the_two(text, date):
    from hadath.mentions.finders import find_sentence_mentions
    from hadath.text import tokenize
    sm = find_sentence_mentions(text, 0, None, tokenize(text), "2017-05-24")
    assert [t.value.get("date") for t in sm.times][:1] == ([date] if date else [])


def test_a_relative_clause_dates_its_own_verb_not_the_event():
    """"... عامل البلدية، الذي طرد من عمله في شهر أكتوبر الماضي ...": the month dates the dismissal;
    the sit-in told by the main verb is today's, and is coded. A relative clause right after the
    event's noun ("الوقفة الاحتجاجية التي ... يوم الخميس") dates the event itself."""
    from hadath import extract
    evs = extract("دخل صباح اليوم عامل البلدية، الذي فقد عمله خلال شهر أكتوبر الماضي، في اعتصام مفتوح "
                  "أمام مقر ولاية قفصة للمطالبة بإرجاعه إلى عمله.", published="2016-12-08").events
    assert [(e.event_type, e.event_date) for e in evs] == [("Protests", "2016-12-08")]
    evs = extract("نفذ عمال المصنع الوقفة الاحتجاجية التي دعت إليها النقابة يوم الخميس الماضي أمام مقر ولاية "
                  "صفاقس.", published="2016-12-10").events
    assert [(e.event_type, e.event_date) for e in evs] == [("Protests", "2016-12-08")]


def test_tunisian_words_for_last_week_and_a_protest_told_as_background_on_its_week():
    """"الأسبوع الفارط"، "الشهر المنقضي" (Tunisian: the past week, month) are periods before the
    publication; "يشار إلى أن ... شهدت الأسبوع الفارط احتجاجات" adds a protest of that week (made up),
    dated in the middle of the seven days before publication."""
    from hadath import extract
    text = "شهدت المدينة الأسبوع الفارط والشهر المنقضي احتجاجات"
    got = [(t.value["kind"], t.value["days_before"]) for t in find_times(text, tokenize(text), "2017-05-22")]
    assert got == [("period", 4), ("period", 30)]
    evs = extract("يشار إلى أن مدينة القصرين شهدت الأسبوع الفارط احتجاجات مماثلة للمطالبة بالتشغيل.",
                  "2017-05-22").events
    assert [(e.event_type, e.event_date, e.time_precision) for e in evs] == [("Protests", "2017-05-18", 2)]


def test_victims_counted_after_the_killers_named_by_an_active_verb():
    """"قتل المسلحون شرطيين": the dual after the verb's definite subject counts two dead, and the
    subject stays the attacker (the police are the victims)."""
    import hadath
    ev = hadath.extract("قتل المسلحون شرطيين في هجوم على حاجز أمني قرب مدينة العريش أمس.",
                        published="2015-08-10").events
    assert [(e.event_type, e.actor1, e.actor2, e.fatalities) for e in ev] == [
        ("Battles", "Unidentified Armed Group (Egypt)", "Police Forces of Egypt", 2)]


def test_a_toll_with_a_number_beats_deaths_told_without_one():
    """"سقوط قتلى وجرحى" then "مقتل ستة": the toll is the number, in one sentence or across two."""
    import hadath
    ev = hadath.extract("أسفر الاشتباك عن سقوط قتلى وجرحى في مدينة سرت، بينهم مقتل ستة من عناصر الشرطة.",
                        published="2016-06-12").events
    assert [e.fatalities for e in ev] == [6]
    ev = hadath.extract("اندلعت اشتباكات عنيفة بين الجيش ومسلحين في مدينة درنة أمس أسفرت عن قتلى وجرحى. "
                        "وقال مصدر عسكري إن الاشتباكات أدت إلى مقتل أربعة جنود.", published="2016-06-12").events
    assert [(e.event_type, e.fatalities) for e in ev] == [("Battles", 4)]


def test_counts_joined_by_and_or_an_addition_phrase_are_one_toll():
    """"استشهد 9 من الجنود و2 من المدنيين" is 11; "، و4 ..." after a hedge goes on; "ضابط ومجند"
    is two; "إضافة إلى ثلاثة" adds; "بينهم" is part of the toll, and "و3 آخرون أصيبوا" the wounded."""
    import hadath

    def tolls(t):
        return [m.value["count"] for m in hadath.extract(t, "2015-08-11").mentions
                if m.kind == "casualty" and m.value["kind"] == "killed"]
    assert tolls("استشهد 9 من الجنود المرابطين على الحدود و2 من المدنيين في قصف على بلدة نجران.") == [11]
    assert tolls("أعلن الجيش مقتل 30 مسلحا على الأقل، و4 جنود في معارك بريف حلب.") == [34]
    assert tolls("قتل ضابط ومجند في هجوم على كمين أمني بمدينة رفح.") == [2]
    assert tolls("نتج عن الانفجار استشهاد سبعة من رجال الأمن، إضافة إلى ثلاثة من المارة.") == [10]
    assert tolls("قتل 20 شخصا بينهم 5 أطفال و3 نساء في غارة على مخيم النصيرات.") == [20]
    assert tolls("قتل 5 مسلحين و3 آخرون أصيبوا في اشتباك مع الجيش قرب العريش.") == [5]
    # after a number above ten the singular noun is the counted noun: "امرأة وطفلا" add nothing
    assert tolls("أسفر الحريق المتعمد عن مقتل 40 امرأة وطفلا في المخيم.") == [40]


def test_a_victim_counted_by_a_death_is_not_the_wounded_of_the_next_cue():
    """"مقتل شرطيين وإصابة آخر": the two policemen are the dead, not the wounded."""
    import hadath
    doc = hadath.extract("أسفر إطلاق النار في شارع تجاري بباريس عن مقتل شرطيين وإصابة آخر.", "2017-04-20")
    assert [(m.value["kind"], m.value["count"]) for m in doc.mentions if m.kind == "casualty"] == [("killed", 2)]


def test_a_number_before_a_comma_and_another_cue_is_not_that_cues():
    """"مقتل حارسين اثنين، إضافة إلى وقوع إصابات": the two are the dead; the wounded are uncounted."""
    import hadath
    doc = hadath.extract("أسفر الهجوم على المصرف عن مقتل حارسين اثنين، إضافة إلى وقوع إصابات طفيفة.", "2017-05-31")
    assert sorted((m.value["kind"], m.value["count"]) for m in doc.mentions if m.kind == "casualty") == [
        ("injured", None), ("killed", 2)]


def test_a_policeman_and_a_pronoun_that_says_one_died_count_one():
    """"مقتل رجل شرطة" is one dead; "أودت بحياتها", "لقي مصرعه" with no number are one."""
    import hadath

    def tolls(t):
        return [m.value["count"] for m in hadath.extract(t, "2017-02-25").mentions
                if m.kind == "casualty" and m.value["kind"] == "killed"]
    assert tolls("أسفر انفجار عبوة ناسفة في قرية قرب المنامة عن مقتل رجل شرطة.") == [1]
    assert tolls("انفجرت عبوة ناسفة بسيارة المراسلة أودت بحياتها على الفور جنوب الموصل.") == [1]
    assert tolls("لقي سائق الشاحنة المفخخة مصرعه في الانفجار قرب حاجز الجيش.") == [1]


def test_a_town_toll_replaces_the_toll_told_for_the_whole_country():
    """"قتل 30 شخصا في سلسلة تفجيرات في العراق" then the Baghdad blast "أدى إلى مقتل 19": the
    country's toll sums the day's blasts; the event in the town has its own toll."""
    import hadath
    evs = hadath.extract("قتل 30 شخصا على الأقل في سلسلة تفجيرات استهدفت مناطق مختلفة في العراق أمس. "
                         "واستهدف أعنف التفجيرات حي الشعب في بغداد حيث أدى تفجير سيارة مفخخة إلى مقتل 19 شخصا.",
                         "2015-08-11").events
    assert [(e.event_type, e.fatalities) for e in evs] == [("Explosions/Remote violence", 19)]


def test_a_toll_told_before_a_clash_and_a_bombing_is_split_between_none():
    """"قتل 28 عنصرا اثر اشتباكات وتفجيرين انتحاريين": the text does not split the toll between the
    clash and the bombings, so neither has a number; a toll after its one attack stays."""
    import hadath
    evs = hadath.extract("قتل 28 عنصرا على الاقل من الفصائل المقاتلة وداعش اثر اشتباكات بين الطرفين وتفجيرين "
                         "انتحاريين نفذهما التنظيم في ريف حلب الشمالي.", "2015-08-11").events
    assert sorted((e.event_type, e.fatalities) for e in evs) == [
        ("Battles", None), ("Explosions/Remote violence", None)]
    evs = hadath.extract("قتل 5 أشخاص في تفجير سيارة مفخخة في مدينة الرمادي.", "2015-08-11").events
    assert [e.fatalities for e in evs] == [5]


def test_a_count_glued_to_its_noun_is_read():
    """"لقي 15حوثيا مصرعه" (no space after the digits) is fifteen dead."""
    assert nums("لقي 15حوثيا مصرعه")[0][1] == 15
    import hadath
    evs = hadath.extract("لقي 15حوثيا مصرعه في مواجهات عنيفة مع المقاومة الشعبية في جبل صبر بمحافظة تعز.",
                         "2015-08-11").events
    assert [(e.event_type, e.fatalities) for e in evs] == [("Battles", 15)]


def test_a_week_told_for_one_event_is_not_carried_to_the_next_sentences():
    """"منذ الأسبوع الماضي" dates the clashes of its own sentence; the next sentence without a time
    word goes on with the day the story gave before ("أمس"), not with that week."""
    from hadath import extract
    text = ("قتل جنديان أمس في هجوم مسلح على حاجز للجيش في مدينة العريش. وتشهد مدينة رفح اشتباكات بين الجيش "
            "والمسلحين منذ الأسبوع الماضي. وفي مدينة الشيخ زويد، أصيب ثلاثة جنود بانفجار عبوة ناسفة.")
    dates = {e.location: (e.event_date, e.time_precision) for e in extract(text, published="2015-08-06").events}
    assert dates["Sheikh Zuweid"] == ("2015-08-05", 1)


def test_a_period_told_later_does_not_replace_the_day_of_the_first_sentence():
    """The arrest told "اليوم الأحد" (a day dating the statement) and retold "الذين اعتقلوا في الأيام
    الأخيرة" keeps its day; the arrest of "الأسبوع الماضي" told after it stays another event."""
    from hadath import extract
    text = ("قالت الشرطة الإسرائيلية اليوم الأحد إنها اعتقلت ثلاثة مستوطنين متطرفين في مدينة الخليل. وأوضحت "
            "الشرطة أن المستوطنين الثلاثة، الذين اعتقلوا في الأيام الأخيرة، ينتمون إلى منظمة يهودية متطرفة. "
            "وكان مستوطن آخر اعتقل الأسبوع الماضي في الخليل.")
    evs = extract(text, published="2015-08-09").events
    assert [(e.event_date, e.time_precision, len(e.evidence)) for e in evs] == [
        ("2015-08-09", 1, 2), ("2015-08-05", 2, 1)]


def _arrest_dates(text: str, published: str) -> list[str]:
    """The days of the arrests coded in ``text``."""
    from hadath import extract
    return [e.event_date for e in extract(text, published=published).events if e.sub_event_type == "Arrests"]


def test_in_a_related_context_turns_to_another_story():
    """"وفي سياق متصل، ..." opens another story like "على صعيد متصل": with no time word of its own its
    arrest is dated by the publication, not by the "أمس الثلاثاء" of the story before."""
    text = ("ضبطت وحدات الجيش الجزائري، أمس الثلاثاء، مخبأ للأسلحة يحتوي على قذائف هاون قرب الحدود في ولاية "
            "تبسة. وفي سياق متصل، أعلنت وزارة الدفاع عن إلقاء القبض على عنصرين بتهمة دعم الجماعات الإرهابية "
            "بولاية بومرداس.")
    assert _arrest_dates(text, "2017-02-01") == ["2017-02-01"]


def test_a_sentence_telling_the_statement_day_and_the_deed_day_gives_the_deed_day_to_the_next():
    """"أعلنت الوزارة اليوم الأربعاء أن الوحدات نفذت أمس ...": "اليوم الأربعاء" dates the statement
    (both words of the phrase), "أمس" the deeds; the arrest of the next sentence ("كما تمكنت ...") is
    of "أمس"."""
    text = ("أعلنت وزارة الدفاع الجزائرية اليوم الأربعاء أن الوحدات العسكرية نفذت أمس عمليات تمشيط واسعة "
            "بضواحي مدينة تيزي وزو. كما تمكنت وحدات الجيش وعناصر الدرك من إيقاف ثلاثة عناصر تدعم الجماعات "
            "الإرهابية بولاية بومرداس.")
    assert _arrest_dates(text, "2017-03-08") == ["2017-03-07"]


def test_an_undated_lead_takes_the_day_the_next_sentence_gives():
    """The opening sentence tells the clashes with no time word; the next one gives their day
    ("انسحبوا، الأحد، من ..."): the clashes are of that Sunday, not of the publication day."""
    from hadath import extract
    text = ("اندلعت اشتباكات عنيفة بين قوات المعارضة السورية وقوات النظام في بلدة سراقب بريف إدلب. "
            "وقال قائد ميداني في المعارضة إن المقاتلين انسحبوا، الأحد، من أطراف البلدة بعد قصف مدفعي عنيف.")
    evs = extract(text, published="2015-08-04").events
    battles = [e for e in evs if e.event_type == "Battles"]
    assert [e.event_date for e in battles] == ["2015-08-02"]


def test_a_victim_among_others_counted_is_no_count_of_the_dead():
    # "من بينهم قائد ميداني" is one of the five told before the comma: the killing verb does not count
    # him alone; the number of the next sentence gives the toll
    import hadath
    text = ("قال مصدر أمني إن سبعة مسلحين من حركة الشباب، من بينهم قائد ميداني، قتلوا اليوم في غارة جوية "
            "قرب مدينة جلب. وأضاف أن الغارة أسفرت عن مقتل سبعة مسلحين.")
    ev = [e for e in hadath.extract(text, published="2016-03-05").events if e.event_type.startswith("Explosions")]
    assert [e.fatalities for e in ev] == [7]


def test_a_relative_clause_after_another_kind_of_event_dates_that_event_not_the_arrest():
    """"... على خلفية الهجمات التي استهدفت العاصمة الأحد": the Sunday dates the attacks the arrest
    is about, not the arrest, which is of the publication day (the sentence's only time word stands
    in that clause). An attack told with its own clause keeps its day."""
    from hadath import extract
    evs = extract("ألقت الشرطة البلجيكية القبض على ثلاثة مشتبه بهم في مدينة أنتويرب على خلفية الهجمات التي "
                  "استهدفت العاصمة الأحد.", published="2016-05-04").events
    assert [(e.sub_event_type, e.event_date) for e in evs] == [("Arrests", "2016-05-04")]
    evs = extract("قتل خمسة مدنيين في التفجير الذي وقع الأحد في سوق شعبية بمدينة بعقوبة.",
                  published="2016-05-04").events
    assert [(e.event_type, e.event_date) for e in evs] == [("Explosions/Remote violence", "2016-05-01")]


def test_an_undated_lead_arrest_does_not_take_the_day_of_the_attack_told_next():
    """The opening sentence tells arrests over attacks with no time word; the next dates the attacks
    ("التي وقعت الجمعة"): the arrests came after them, on the publication day; a lead attack told the
    same way takes the day."""
    from hadath import extract
    text = ("اعتقلت السلطات الهولندية عددا من الأشخاص خلال حملة أمنية على خلفية هجمات أمستردام. "
            "وقال وزير العدل إن الشرطة تلاحق المتورطين في التفجيرات التي وقعت الجمعة في وسط المدينة.")
    evs = extract(text, published="2016-03-13").events
    assert [e.event_date for e in evs if e.sub_event_type == "Arrests"] == ["2016-03-13"]
    evs = [e for e in extract(text, published="2016-03-13").events if e.event_type != "Strategic developments"]
    assert all(e.event_date == "2016-03-11" for e in evs)


def test_the_weekend_is_the_last_saturday_before_the_paper_with_the_weeks_precision():
    """"في نهاية الأسبوع" in a paper of Tuesday 4 August 2015: the weekend just past, dated by its
    Saturday (1 August), precision 2; "نهاية الأسبوع الجاري" (this week's end, to come) names no day
    that has passed, and "نهاية الأسبوع الماضي" stays a period of the week before."""
    assert times("قتل جنديان في اشتباكات مع المتمردين في نهاية الأسبوع", "2015-08-04") == [
        ("نهاية الأسبوع", "2015-08-01", 2)]
    assert times("قتل مدنيون في قصف بنهاية الأسبوع للطيران", "2015-08-02")[0][1:] == ("2015-08-01", 2)
    assert times("تتواصل المفاوضات إلى نهاية الأسبوع الجاري", "2015-08-04") == []
    assert times("اعتقل في نهاية الأسبوع الماضي", "2015-08-04")[0][1] == "2015-07-28"
    from hadath import extract
    evs = extract("وسجلت مواجهات مسلحة بين المتمردين وقوات الأمن في نهاية الأسبوع في محافظة ماردين.",
                  published="2015-08-04").events
    assert [(e.event_type, e.event_date, e.time_precision) for e in evs] == [("Battles", "2015-08-01", 2)]


def test_the_count_before_an_among_phrase_is_the_toll_of_a_later_verb():
    """"تسعة مدنيين، بينهم أربعة أطفال، قتلوا": the among phrase between the counted victims and the
    verb is part of the toll; the count is the nine before it (also "من بينهم", "معظمهم"), and a
    number that counts the death word itself ("بينهم 3 قتلى") stays that word's."""
    import hadath

    def tolls(t):
        return [m.value["count"] for m in hadath.extract(t, "2024-01-14").mentions
                if m.kind == "casualty" and m.value["kind"] == "killed"]
    assert tolls("وقال الدفاع المدني إن تسعة مدنيين، بينهم أربعة أطفال، قتلوا في غارة إسرائيلية على منزل في رفح.") == [9]
    assert tolls("وأفاد مسعفون بأن 14 شخصا معظمهم من النازحين لقوا حتفهم في قصف على مدرسة بخان يونس.") == [14]
    assert tolls("وذكرت مصادر محلية أن ستة أشخاص من بينهم امرأة قتلوا في القصف على بلدة عيتا الشعب.") == [6]
    assert tolls("أسفر القصف على الحي عن سقوط 12 ضحية بينهم 5 قتلى.")[-1:] == [5]


def test_dead_and_wounded_told_together_share_one_unknown_count():
    """"مقتل وإصابة 25": the number counts the dead and the wounded together, so neither toll is
    known (None, not 0 dead and 25 wounded); "مقتل 4 وإصابة 7" keeps both counts."""
    import hadath
    doc = hadath.extract("وأعلنت قيادة المحور عن مقتل وإصابة 25 مسلحا في اشتباكات مع الجيش قرب مدينة مأرب أمس.",
                         "2016-02-10")
    assert [(m.value["kind"], m.value["count"] if not m.value["vague"] else None)
            for m in doc.mentions if m.kind == "casualty"] == [("killed", None), ("injured", None)]
    assert [e.fatalities for e in doc.events if e.event_type == "Battles"] == [None]
    doc = hadath.extract("أسفر الهجوم على الحاجز عن مقتل 4 جنود وإصابة 7 آخرين.", "2016-02-10")
    assert [(m.value["kind"], m.value["count"]) for m in doc.mentions if m.kind == "casualty"] == [
        ("killed", 4), ("injured", 7)]


def test_a_pronoun_after_an_among_phrase_counts_no_one_alone():
    """"قتلى وجرحى ... بينهم قادة ميدانيون لقي أحدهم مصرعه": the victims after "بينهم" are part of a
    toll told without a number; the singular pronoun does not make it one dead."""
    import hadath
    doc = hadath.extract("وقالت مصادر محلية إن الغارة أوقعت قتلى وجرحى في صفوف المسلحين بينهم قيادات لقيت مصرعها.",
                         "2015-07-20")
    assert [(m.value["kind"], None if m.value["vague"] else m.value["count"])
            for m in doc.mentions if m.kind == "casualty" and m.value["kind"] == "killed"] == [
        ("killed", None), ("killed", None)]
