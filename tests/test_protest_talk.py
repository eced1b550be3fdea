"""Protest words that tell no protest (issue 10): a sit-in's name in its organisers' title ("تنسيقية
اعتصام ..."، "المنسق العام لاعتصام ...") and protests a speaker talks of, with no place or time of
their own ("قال الوزير إن الاحتجاجات مشروعة"). Each has its positive: the protest told with its
place and day by the same speaker.

Sentences are made up for these tests, in the style of Tunisian local news.
"""
from __future__ import annotations

import hadath
import pytest

from hadath import extract

from protest_fixtures import crowd_records

PUBLISHED = "2017-05-16"


def _crowd(text: str) -> list[tuple[str, str]]:
    return crowd_records(text, PUBLISHED)


@pytest.mark.parametrize("text", [
    "وافقت تنسيقية اعتصام المنطقة الصناعية بقابس اليوم الثلاثاء على مقترحات الحكومة.",
    "وعبر المنسق العام لاعتصام الشباب المعطلين عن استيائه من غياب النواب عن الجلسة التي انعقدت اليوم بمقر الولاية.",
    "التقى وزير التشغيل اليوم بممثلي الاعتصامات في ولاية قبلي.",
])
def test_a_sit_in_in_its_organisers_title_is_no_protest(text):
    assert _crowd(text) == []


@pytest.mark.parametrize("text", [
    "وقال وزير الشؤون الاجتماعية إن الاحتجاجات مشروعة طالما أنها لا تعطل الإنتاج.",
    "وأكد الأمين العام للاتحاد أن الاعتصامات لن تحل مشاكل الجهة.",
])
def test_protests_a_speaker_talks_of_are_no_protest(text):
    assert _crowd(text) == []


def test_a_protest_a_speaker_reports_with_its_day_is_coded():
    text = "وأكد مراسلنا أن الوقفة الاحتجاجية انتظمت صباح اليوم أمام مقر معتمدية الفوار."
    assert _crowd(text) == [("Protests", "Peaceful protest")]


def test_talk_of_protests_after_a_protest_is_no_second_record():
    text = ("نفذ عدد من الفلاحين صباح اليوم وقفة احتجاجية أمام مقر المندوبية الجهوية للفلاحة بسيدي بوزيد. "
            "وقال المندوب الجهوي إن الاحتجاجات مشروعة.")
    evs = extract(text, PUBLISHED).events
    assert [(e.event_type, e.evidence[0][0]) for e in evs] == [("Protests", 0)]


# ------------------------------------------------------------------ plans for tomorrow

@pytest.mark.parametrize("text", [
    # published on a Tuesday: "غدا الأربعاء" is the next day, not last Wednesday
    "وأعلن عدد من مكونات المجتمع المدني بقابس عن تنظيم وقفة احتجاجية أمام مقر الولاية غدا الأربعاء.",
    "وينطلق الاعتصام بداية من يوم غد الأربعاء أمام مقر معتمدية دوز.",
])
def test_a_protest_for_tomorrow_with_its_weekday_is_a_plan(text):
    assert _crowd(text) == []


def test_yesterday_with_its_weekday_stays_the_weekday_named():
    from hadath import extract
    evs = extract("ونفذ عدد من الأساتذة أمس الإثنين وقفة احتجاجية أمام مقر المندوبية الجهوية للتعليم بقفصة.",
                  PUBLISHED).events
    assert [(e.event_type, e.event_date) for e in evs] == [("Protests", "2017-05-15")]


def test_a_protest_against_the_prosecution_is_coded_a_case_about_a_protest_is_not():
    """A sentence-wide legal cue (النيابة العمومية) after the protest is what the crowd protests;
    before it, the protest is the matter of a case (made up)."""
    from protest_fixtures import crowd_records
    text = ("نفذ عدد من المحامين صباح اليوم وقفة احتجاجية في بهو المحكمة الابتدائية بسوسة رفضا لقرار "
            "النيابة العمومية إيقاف زميلهم.")
    assert crowd_records(text, "2017-03-10") == [("Protests", "Peaceful protest")]
    text = "أذنت النيابة العمومية بفتح بحث في ملابسات الوقفة الاحتجاجية التي نفذها عدد من الأهالي أمس."
    assert crowd_records(text, "2017-03-10") == []


@pytest.mark.parametrize("text", [
    # an agreement of months ago in what the protesters demand (their demand alone tells no protest: they
    # chant it here)
    "ورفع المحتجون شعارات تطالب السلطات الجهوية بتنفيذ الاتفاق المبرم معهم منذ أكتوبر الماضي وتشغيل أبناء الجهة.",
    # a year in what the protesters say of themselves
    "وردد المحتجون شعارات تطالب بحقهم في الانتداب خاصة أنهم من المتخرجين منذ سنة 2011.",
])
def test_an_old_date_in_the_protesters_demand_does_not_make_the_protest_history(text):
    doc = extract(text, "2017-03-01")
    assert [(e.event_type, e.sub_event_type, e.event_date) for e in doc.events] == [
        ("Protests", "Peaceful protest", "2017-03-01")]


def test_an_old_date_of_the_protest_itself_stays_history():
    # the protesters told acting on a day of months ago: the protest is history
    doc = extract("وطالب المحتجون يوم 3 نوفمبر الماضي بالتشغيل.", "2017-03-01")
    assert [e.event_type for e in doc.events] == []


@pytest.mark.parametrize("text", [
    # the protest of a named people, told as the cause of something else
    "تعطلت الدروس صباح اليوم بالمعهد الثانوي بالمدينة على إثر احتجاج التلاميذ على نتائج الامتحانات.",
    # a count of people protesting
    "تأجل اجتماع المجلس البلدي أمس بسبب احتجاج عدد من التجار على قرار غلق السوق الأسبوعية.",
])
def test_the_protest_of_a_crowd_named_after_its_noun_is_coded(text):
    doc = extract(text, "2017-03-01")
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Protests", "Peaceful protest")]


def test_slogans_raised_by_a_crowd_are_a_protest():
    doc = extract('قام مجموعة من الموظفين أمس برفع شعار "ارحل" في وجه الوزير خلال زيارته للمؤسسة.', "2017-03-01")
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Protests", "Peaceful protest")]


def test_slogans_raised_with_no_crowd_are_no_protest():
    doc = extract("ورفع اللاعبون شعار الفريق بعد الفوز في المباراة أمس.", "2017-03-01")
    assert [e.event_type for e in doc.events] == []


def test_this_protest_comes_to_demand_tells_the_protest():
    doc = extract("وأوضح أحد المحتجين لمراسلنا أن هذا التحرك الاحتجاجي يأتي للمطالبة بصرف المنح المتأخرة.",
                  "2017-03-01")
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Protests", "Peaceful protest")]


def test_this_move_comes_in_support_is_no_protest():
    doc = extract("وأكدت الأحزاب الموقعة على البيان أن هذا التحرك يأتي مساندة للهيئة المستقلة.", "2017-03-01")
    assert [e.event_type for e in doc.events] == []


def test_this_sit_in_came_after_tells_the_protest():
    doc = extract("وقال رئيس الجمعية إن هذا التحرك الاحتجاجي جاء نتيجة المماطلة في تسوية ملف العمال.",
                  "2017-03-01")
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize("text", [
    "وأرجع الوزير الاحتجاجات التي شهدتها مدينة قفصة مؤخرا إلى غياب مشاريع التنمية.",
    "وتسببت الاحتجاجات التي عاشتها مدينة القصرين مؤخرا في تعطل الدروس بعدد من المعاهد.",
    "وتضررت عدة محلات تجارية خلال المظاهرات التي عرفتها مدينة القصرين في الفترة الأخيرة.",
    "وزار الوزير اليوم معتمدية الرديف بعد التحركات الاحتجاجية التي شهدتها مؤخرا.",
])
def test_protests_placed_only_lately_are_a_reference(text):
    assert _crowd(text) == []


@pytest.mark.parametrize("text", [
    # a relative clause spreads the marches over most of the country
    "وأضافت أنها كانت ضمن عدد من الشبان في مسيرات شهدتها أغلب جهات البلاد احتجاجا على اغتيال شكري بلعيد.",
    # a prepositional phrase over many regions, then the country's name
    "وتشهد العاصمة استعدادات أمنية مكثفة، وخرجت مظاهرات مناوئة لترامب في أنحاء مختلفة من الولايات المتحدة.",
    "وخرجت اليوم مسيرات احتجاجية في كامل ولايات الجمهورية تنديدا بالعملية الإرهابية.",
    "ونظم المحامون وقفات احتجاجية في مختلف جهات البلاد للمطالبة بسحب مشروع القانون.",
])
def test_protests_spread_over_the_whole_country_are_an_aggregate(text):
    assert _crowd(text) == []


@pytest.mark.parametrize("text", [
    # where the crowd came from ("من")
    "نفذ اليوم الخميس الآلاف من أساتذة التعليم الثانوي القادمين من مختلف أنحاء الجمهورية تجمعا وطنيا أمام وزارة التربية بالعاصمة.",
    # many regions of one governorate: still placed (a record at the governorate)
    "وانتشرت اليوم الاحتجاجات لتشمل أغلب مناطق ولاية تطاوين حيث عمد المحتجون إلى غلق الطرقات.",
    # a town named before the regions
    "ونظم المعطلون عن العمل اليوم مسيرة بمدينة قفصة كما في أغلب جهات البلاد.",
])
def test_a_protest_with_a_place_or_a_crowd_from_everywhere_is_still_coded(text):
    assert [t for t, _ in _crowd(text)] and all(t in ("Protests", "Riots") for t, _ in _crowd(text))


def test_a_protest_told_today_about_a_recent_grievance_is_coded():
    # "lately" dates the grievance, not the protest (no relative clause of the protest ends on it)
    text = ("نفذ عدد من التلاميذ اليوم وقفة احتجاجية أمام مقر المعتمدية بمدينة تالة للمطالبة بإطلاق سراح زميلهم "
            "الذي تم إيقافه مؤخرا.")
    assert _crowd(text) == [("Protests", "Peaceful protest")]


def test_a_sit_in_decided_on_that_starts_today_is_coded():
    text = "وقرر الأساتذة المعطلون عن العمل الدخول في اعتصام مفتوح أمام مقر ولاية قفصة ابتداء من اليوم."
    doc = extract(text, PUBLISHED)
    assert [(e.event_type, e.sub_event_type, e.event_date) for e in doc.events] == [
        ("Protests", "Peaceful protest", PUBLISHED)]


@pytest.mark.parametrize("text", [
    # it starts on a later day: still a plan
    "وقرر الأساتذة المعطلون عن العمل الدخول في اعتصام مفتوح أمام مقر ولاية قفصة ابتداء من يوم الاثنين المقبل.",
    # refused, not decided on
    "ورفض الأساتذة الدخول في اعتصام مفتوح أمام مقر ولاية قفصة ابتداء من اليوم.",
    # what starts today is a strike; the sit-in is its organisers' name
    "قررت تنسيقية اعتصام المعطلين تنفيذ إضراب عام بمدينة الرديف بداية من اليوم.",
])
def test_a_protest_planned_refused_or_only_named_is_not_coded(text):
    assert _crowd(text) == []


@pytest.mark.parametrize("text", [
    "وطالب عدد من النواب بتكوين لجنة تحقيق برلمانية في أعمال العنف التي رافقت الاعتصام أمام مقر الولاية بقفصة.",
    "وأكد رئيس اللجنة الوطنية للتحقيق في أحداث المظاهرات التي شهدتها العاصمة أن التقرير سيصدر الأسبوع المقبل.",
])
def test_protests_an_inquiry_looks_into_are_not_told(text):
    """A protest named as what an inquiry looks into (blockers.tsv: لجنة تحقيق، للتحقيق في) is told elsewhere."""
    doc = extract(text, "2017-03-01")
    assert [e for e in doc.events if e.event_type in ("Protests", "Riots")] == []


def test_a_protest_demanding_an_inquiry_is_told():
    doc = extract("ونفذ الأهالي صباح اليوم وقفة احتجاجية أمام مقر المعتمدية بالرديف للمطالبة بتكوين لجنة تحقيق في "
                  "وفاة الشاب.", "2017-03-01")
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Protests", "Peaceful protest")]


# ------------------------------------------------------------------ calls to resume, one man's part

@pytest.mark.parametrize("text", [
    # a call to resume protests, the call's day far before the protest word
    "ودعت نقابة الأطباء، في بيان أصدرته إثر اجتماع هيئتها الإدارية المنعقد يوم أمس بصفاقس، إلى استئناف التحركات "
    "الاحتجاجية للأطباء الشبان.",
    # a decision to go on with a sit-in
    "واجتمع منسقو الاعتصام مساء أمس بمدينة دوز وقرروا بعد نقاش طويل مواصلة الاعتصام داخل الخيام.",
])
def test_a_call_to_resume_or_go_on_with_a_protest_is_a_plan(text):
    assert _crowd(text) == []


def test_a_sit_in_going_on_alongside_a_strike_told_today_is_coded():
    text = "ينفذ أهالي مدينة الرديف اليوم الاثنين إضرابا عاما مع مواصلة الاعتصام وغلق الطرقات."
    assert _crowd(text) == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize("text", [
    "ومنعت السلطات الفرنسية الناشط من دخول أراضيها بعد مشاركته في مسيرة مؤيدة للمعارضة في باريس.",
    "وكان الطالب قد فارق الحياة في المستشفى الجهوي على إثر مشاركته في مظاهرة بمدينة القصرين.",
    "وسعى النائب للمشاركة في مظاهرة مؤيدة للحكومة في العاصمة قبل أن يمنع من السفر.",
])
def test_one_persons_part_in_a_protest_names_it_only(text):
    assert _crowd(text) == []


def test_a_speakers_part_in_a_march_told_today_is_coded():
    text = ("وقال النائب على هامش مشاركته في المسيرة التي نظمها الاتحاد الجهوي للشغل اليوم بصفاقس إن "
            "الحكومة مطالبة بالتحرك.")
    assert _crowd(text) == [("Protests", "Peaceful protest")]


# ------------------------------------------------------------------ judged protests, festive crowds

@pytest.mark.parametrize("text", [
    # the protests' place and the speech's day do not make them told
    "واعتبر الكاتب العام للاتحاد الجهوي أن الاحتجاجات التي تعيشها قفصة منذ أيام مشروعة.",
    "قال وزير الداخلية مساء اليوم في حوار تلفزي إن احتجاجات أهالي الرديف تنديدا بتردي الخدمات الصحية، مشروعة.",
])
def test_protests_a_speaker_judges_are_talk(text):
    assert _crowd(text) == []


def test_a_protest_told_before_a_judgment_of_it_is_coded():
    text = ("نفذ عشرات الفلاحين اليوم وقفة احتجاجية أمام مقر ولاية باجة، واعتبر الوالي أن مطالبهم مشروعة.")
    assert _crowd(text) == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize("text", [
    "وتجمهر المئات في الساحات العامة بمدينة غزة ابتهاجا بإعلان وقف إطلاق النار.",
    "وتجمع آلاف الأشخاص أمام القصر الرئاسي لحضور حفل التنصيب وسط إجراءات أمنية مشددة.",
])
def test_a_festive_crowd_is_no_protest(text):
    assert _crowd(text) == []


def test_a_crowd_gathering_to_protest_at_a_festival_is_coded():
    text = "وتجمع عشرات الشبان أمام مقر البلدية خلال حفل افتتاح المهرجان للمطالبة بالتشغيل."
    assert _crowd(text) == [("Protests", "Peaceful protest")]


# ------------------------------------------------------------------ work stoppages in protest

@pytest.mark.parametrize("text", [
    "يتواصل لليوم الثالث على التوالي تعطل الدروس بالمعهد الثانوي بالرديف، وذلك احتجاجا على نقلة أحد الأساتذة.",
    "وأوضح رئيس النقابة أن هذا القرار يأتي احتجاجا على تردي ظروف العمل بالمستشفيات.",
    "وأعلنت النقابة الجهوية لقوات الأمن بقفصة أنه تقرر عدم تأمين المقابلات الرياضية احتجاجا على عدم صرف المنح.",
])
def test_a_work_stoppage_in_protest_is_no_protest(text):
    assert _crowd(text) == []


@pytest.mark.parametrize("text", [
    # the decision is what the crowd protests against, after the protest word
    "وتجمع عشرات الأهالي اليوم أمام مقر المعتمدية بالرديف احتجاجا على هذا القرار.",
    # a protest of its own beside the stoppage
    "تعطلت الدروس صباح اليوم بمعهد الرديف بعد وقفة احتجاجية نفذها التلاميذ أمام المعهد.",
])
def test_a_protest_beside_or_against_a_stoppage_is_coded(text):
    assert _crowd(text) == [("Protests", "Peaceful protest")]


# ------------------------------------------------------------------ what the protesters ask for

@pytest.mark.parametrize("text", [
    "ويطالب المحتجون بتوفير مواطن شغل لأبناء الجهة وبتعبيد الطريق المؤدية إلى القرية.",
    "وندد المحتجون بتهميش منطقتهم منذ سنوات وعدم تجاوب السلط الجهوية مع مطالبهم.",
    "وأكد مراسلنا أن المحتجين طالبوا بتسوية وضعيتهم المهنية.",
])
def test_the_protesters_demand_alone_tells_their_protest(text):
    assert _crowd(text) == [("Protests", "Peaceful protest")]


def test_the_protesters_demand_with_their_day_is_coded():
    text = "وطالب عدد من المحتجين اليوم أمام مقر ولاية القصرين بتنحي الوالي."
    assert _crowd(text) == [("Protests", "Peaceful protest")]


def test_the_protesters_demand_after_their_protest_goes_on_telling_it():
    first = "نفذ عشرات العمال صباح اليوم وقفة احتجاجية أمام مقر المعتمدية بالمكناسي."
    text = first + " ويطالب المحتجون بتسوية وضعيتهم المهنية."
    evs = [e for e in extract(text, PUBLISHED).events if e.event_type in ("Protests", "Riots")]
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Protests", "Peaceful protest")]
    assert [a for a, _ in evs[0].evidence] == [0, len(first) + 1]


# ------------------------------------------------------------------ future verbs, anniversaries

@pytest.mark.parametrize("text", [
    "وأكد والد الموقوف أن العائلة ستدخل في إضراب جوع أمام مقر المحكمة الابتدائية بقفصة.",
    "وقال المنسق إن المعطلين سيعتصمون أمام مقر الولاية بداية من الأسبوع القادم.",
])
def test_a_protest_a_future_verb_announces_is_a_plan(text):
    assert _crowd(text) == []


def test_clashes_on_this_day_years_ago_are_history():
    text = ("لم يكن يوم 5 أكتوبر 1988 يوما عاديا في تاريخ الجزائر، ففي مثل هذا اليوم اندلعت مواجهات عنيفة بين "
            "قوات الأمن والمتظاهرين في العاصمة.")
    assert _crowd(text) == []


# ------------------------------------------------------------------ charges, goals, judged protests under way

@pytest.mark.parametrize("text", [
    "وتم توجيه تهمتي التحريض على التظاهر وتعطيل حرية العمل إلى الناشط النقابي بقفصة.",
    "ويواجه الوزير السابق عديد التهم منها التحريض على العنف وقمع الاحتجاجات وإصدار أوامر بإطلاق النار على المتظاهرين.",
])
def test_protests_named_in_charges_are_not_told(text):
    assert _crowd(text) == []


def test_protesters_arrested_on_a_charge_at_their_protest_are_coded():
    text = ("وأوقفت الوحدات الأمنية اليوم عددا من المحتجين بتهمة تعطيل حركة المرور خلال وقفة احتجاجية أمام مقر "
            "الولاية بقفصة.")
    assert [e[0] for e in _crowd(text)] == ["Protests"]


def test_an_initiative_to_end_a_sit_in_is_no_protest():
    assert _crowd("وأطلق عدد من النواب مبادرة لإيجاد حل للوضع في الجهة وإنهاء اعتصام المعطلين.") == []


def test_protests_under_way_a_speaker_judges_are_talk():
    text = "وقال الكاتب العام للنقابة إن التحركات التي ينفذها المعلمون مشروعة وفي صالح المدرسة العمومية."
    assert _crowd(text) == []


# ------------------------------------------------------------------ every protest, a reply to one, not protests

@pytest.mark.parametrize("text", [
    # (the day and the place of the statement make these no talk of the "talk" rule)
    "وأوصى المكتب التنفيذي في بيانه الصادر اليوم الهياكل النقابية إلى تأطير كل الاحتجاجات بالجهة والمحافظة على سلميتها.",
    "وأشارت الوزارة في بلاغها اليوم إلى أنها استجابت لمطالب الأعوان وذلك في رد على الوقفة الاحتجاجية التي تم خلالها "
    "رفع شعارات بقفصة.",
    "وقال الوالي اليوم بقفصة إن الجهة في حاجة إلى الاستثمار وليس إلى الاحتجاجات والاعتصامات.",
])
def test_protests_quantified_replied_to_or_negated_are_not_told(text):
    assert _crowd(text) == []


def test_a_protest_told_beside_a_negation_of_something_else_is_coded():
    text = "ونفذ عشرات الفلاحين اليوم وقفة احتجاجية أمام مقر ولاية جندوبة، وليس هذا الاحتجاج الأول من نوعه."
    assert _crowd(text) == [("Protests", "Peaceful protest")]


# ------------------------------------------------------------------ protests summed up by their length

@pytest.mark.parametrize("text", [
    "وأكد المنسق الجهوي أن المعلمين النواب نفذوا اعتصاما دام 30 يوما أمام مقر المندوبية الجهوية للتعليم بقفصة.",
    "واستأنف العمال اليوم نشاطهم بالمصنع بعد توقف واحتجاجات دامت ثلاثة أسابيع.",
])
def test_a_protest_summed_up_by_its_days_is_history(text):
    assert _crowd(text) == []


def test_a_protest_that_lasted_an_hour_is_coded():
    text = "ونفذ عشرات الأساتذة اليوم وقفة احتجاجية أمام مقر المندوبية الجهوية للتربية بقفصة دامت ساعة."
    assert _crowd(text) == [("Protests", "Peaceful protest")]


def test_a_decision_taken_to_launch_protests_is_a_plan():
    text = "وأوضح الناطق باسم النقابة أنه تم اتخاذ قرار إطلاق الاحتجاجات التصعيدية إثر اجتماع الهيئة الإدارية اليوم بقفصة."
    assert _crowd(text) == []


def test_a_protest_done_today_is_coded():
    text = "وتم اليوم تنفيذ وقفة احتجاجية أمام مقر ولاية قفصة للمطالبة بالتشغيل."
    assert _crowd(text) == [("Protests", "Peaceful protest")]


def test_domestic_violence_is_no_riot():
    text = "وأفادت الشرطة بأن الموقوف له سوابق عدلية تشمل أعمال عنف أسري وقد أفرج عنه بكفالة."
    assert _crowd(text) == []


@pytest.mark.parametrize("text", [
    "وأكد الوالي أنه تم اليوم التواصل مع المحتجين بمعتمدية المكناسي، حيث أكدت السلط الجهوية للمحتجين تفهمها لمطالبهم.",
    "وتجري المفاوضات مع المعتصمين بمقر معتمدية الوسلاتية منذ صباح اليوم.",
])
def test_protesters_dealt_with_or_told_something_start_no_protest(text):
    assert _crowd(text) == []


def test_police_dispersing_the_protesters_tell_their_protest():
    text = "وتدخلت الوحدات الأمنية اليوم لتفريق المحتجين أمام مقر معتمدية المكناسي باستعمال الغاز المسيل للدموع."
    assert _crowd(text) == [("Protests", "Protest with intervention")]


def test_a_road_a_force_closes_is_no_protest():
    text = ("وأفادت وزارة الداخلية بأن وحدات الحرس الوطني تولت اليوم غلق الطريق الوطنية رقم 3 بالاتجاهين "
            "في انتظار رفع الشاحنة المنقلبة.")
    assert _crowd(text) == []


def test_a_road_residents_close_beside_the_police_is_coded():
    text = "وأقدم عدد من الأهالي اليوم أمام أعوان الأمن على غلق الطريق الوطنية رقم 3 احتجاجا على تردي البنية التحتية."
    assert _crowd(text) == [("Protests", "Peaceful protest")]


def test_protesters_speaking_stand_for_the_protest_when_the_article_tells_no_other():
    # alone, "the protesters denounce ..., in their words" tells a protest going on (two blind readers of the
    # sentence alone agree on such sentences); after the protest is told it adds to it, no second record
    evs = hadath.extract("ويندد المحتجون بالتهميش المتواصل لمنطقتهم وعدم تجاوب السلط الجهوية مع مطالبهم، حسب "
                         "تعبيرهم.", "2017-04-10").events
    assert [e.event_type for e in evs] == ["Protests"]
    evs = hadath.extract("نفذ عمال المصنع وقفة احتجاجية أمام مقر الولاية بقفصة. وأكد المحتجون أنهم لم يتقاضوا "
                         "أجورهم منذ ثلاثة أشهر.", "2017-04-10").events
    assert [(e.event_type, e.location, len(e.evidence)) for e in evs] == [("Protests", "Gafsa", 2)]


def test_some_of_the_protesters_speaking_speak_for_the_protest():
    evs = hadath.extract("وقال أحد المحتجين في تصريح للإذاعة إن مطالبهم تتمثل في تركيز مخفضات سرعة بالطريق.",
                         "2017-04-10").events
    assert [e.event_type for e in evs] == ["Protests"]
    evs = hadath.extract("نفذ عمال المصنع وقفة احتجاجية أمام مقر الولاية بقفصة. وعبر عدد من المحتجين عن "
                         "استيائهم من تأخر صرف الأجور.", "2017-04-10").events
    assert [(e.event_type, len(e.evidence)) for e in evs] == [("Protests", 2)]
