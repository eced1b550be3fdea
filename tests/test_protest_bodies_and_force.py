"""Protests told without a protest word: a climb with a threat to kill oneself, mouths sewn, a crowd described by a
participle of chanting, a crowd the sentence tells gathered that a state force fired on, gassed, beat or dispersed;
riots of an angry crowd and a mob's beating; and what is none (a campaign rally, fans, a threat to escalate, people
who gathered to sail and were arrested). Sentences written for these tests in the style of Tunisian, Iraqi, Sudanese,
Moroccan and Lebanese news."""
import pytest

from protest_fixtures import PEACEFUL, record_types as _types

INTERVENTION = [("Protests", "Protest with intervention")]
EXCESSIVE = [("Protests", "Excessive force against protesters")]


@pytest.mark.parametrize("text", [
    "تسلق ثلاثة من المعطلين عن العمل صباح اليوم عمودا كهربائيا في مدينة الرديف مهددين بالانتحار.",
    "اعتلى شاب صباح اليوم سطح مقر معتمدية فريانة مهددا بإلقاء نفسه.",
])
def test_a_climb_with_a_threat_to_kill_oneself_is_a_protest(text):
    assert _types(text) == PEACEFUL


def test_a_threat_to_kill_oneself_with_no_climb_site_or_demand_is_none():
    assert _types("وجد أعوان الحماية المدنية شابا في منزله بالكرم مهددا بالانتحار بسبب خلافات عائلية.") == []


def test_mouths_sewn_with_the_subject_between_are_a_protest_at_an_office():
    assert _types("خاط خمسة من عمال مصنع النسيج أفواههم صباح اليوم أمام مقر ولاية المنستير.") == PEACEFUL
    assert _types("خاطت الأم ثوبا جديدا لابنتها في منزلها بالمنستير.") == []


def test_a_participle_of_chanting_describes_the_crowd_its_clause_names():
    text = ("افترش مئات الأساتذة المتعاقدين الأرض صباح اليوم أمام مقر المندوبية الجهوية للتربية بصفاقس، "
            "رافعين لافتات تطالب بالإدماج.")
    assert _types(text) == PEACEFUL
    # fans chanting in a stadium do not protest
    assert _types("ردد آلاف من مشجعي النادي الإفريقي الهتافات في مدارج ملعب رادس طيلة المباراة، رافعين الأعلام.") == []


def test_a_gathered_crowd_a_force_fired_on_met_excessive_force():
    text = ("أطلقت قوات الأمن الرصاص الحي على آلاف الشبان الذين تجمعوا أمام مبنى المحافظة في الناصرية صباح اليوم، "
            "ما أسفر عن مقتل ثلاثة منهم.")
    assert _types(text, "2019-11-28") == EXCESSIVE


def test_a_gathered_crowd_a_force_gassed_or_dispersed_met_an_intervention():
    assert _types("أطلقت قوات الشرطة قنابل الغاز لإبعاد حشود من المعلمين تجمعت أمام مبنى المحافظة في السليمانية "
                  "صباح اليوم.", "2018-03-20") == INTERVENTION
    assert _types("فرقت بالقنابل الصوتية مساء أمس حشود من الشباب تجمعت عند تقاطع باشدار في الخرطوم.",
                  "2022-01-16") == INTERVENTION


def test_people_who_gathered_to_sail_and_were_arrested_did_not_protest():
    text = ("تمكن أعوان الحرس الوطني بقليبية من إيقاف 6 أشخاص كانوا تجمعوا على شاطئ المنطقة للإبحار خلسة "
            "نحو إيطاليا.")
    assert not [t for t in _types(text) if t[0] == "Protests"]


def test_a_man_shot_during_protests_the_sentence_names_later_met_excessive_force():
    text = ("لقي شاب مصرعه برصاص الدرك مساء أمس، في مدينة بوكي بولاية لبراكنة، خلال احتجاجات خرج فيها عشرات "
            "الشبان للتنديد بوفاة شاب داخل مفوضية للشرطة.")
    assert _types(text, "2019-05-30") == EXCESSIVE


def test_blows_on_a_gathered_crowd_are_an_intervention_not_excessive_force():
    text = ("اعتدت قوات الاحتلال بالضرب مساء اليوم على عشرات الشبان الذين تجمعوا عند باب العامود في القدس "
            "مرددين هتافات ضد الحواجز، واعتقلت أربعة منهم.")
    assert _types(text, "2017-07-20") == INTERVENTION


def test_an_angry_crowd_burning_a_party_office_is_a_violent_demonstration():
    assert _types("أضرم مواطنون غاضبون النار في مقر الحزب الحاكم بمدينة عطبرة اليوم الأربعاء.", "2018-12-19") == [
        ("Riots", "Violent demonstration")]
    # a group burning one at night, with no anger and no protest told, is a mob's
    assert _types("أقدمت مجموعة من الأشخاص ليلة أمس على حرق مقر حركة النهضة بدوار هيشر.", "2016-02-10") == [
        ("Riots", "Mob violence")]


def test_a_crowd_beating_a_man_is_mob_violence():
    assert _types("انهال عشرات الشبان مساء أمس بالضرب على رجل في بلدة ببنين بعكار.", "2019-06-11") == [
        ("Riots", "Mob violence")]


@pytest.mark.parametrize("text", [
    "نشط المترشح للرئاسيات تجمعا شعبيا بقاعة المركب الرياضي في وهران في إطار الحملة الانتخابية.",
    "جماهير الرجاء تحتشد في مدرجات مركب محمد الخامس قبل ساعات من انطلاق الديربي",
    "وهدد المعطلون عن العمل بمعتمدية بئر الأحمر بالتصعيد وغلق الطريق الوطنية رقم 19 في صورة عدم الاستجابة لمطالبهم.",
    "وتجمع مئات المواطنين صباح اليوم أمام مكتب البريد بسبيطلة في طوابير طويلة للحصول على المنح الاجتماعية.",
])
def test_rallies_fans_threats_and_queues_are_no_protest(text):
    assert not [t for t in _types(text) if t[0] in ("Protests", "Riots")]


def test_a_flash_label_does_not_hide_the_crowd_that_opens_the_headline():
    assert _types("عاجل | مئات الشبان يغلقون جسر الأحرار وسط بغداد", "2019-10-26") == PEACEFUL


def test_a_stoning_whose_crowd_is_named_as_its_agent_is_told_not_referred_to():
    text = ("وأصيب خمسة أعوان أمن بجروح ليلة أمس إثر رشقهم بالحجارة من قبل محتجين غاضبين في مدينة الرديف.")
    assert _types(text) == [("Riots", "Violent demonstration")]


def test_a_crowd_a_relative_clause_tells_chanting_protests():
    text = ("غصت ساحة البريد المركزي في العاصمة أمس الجمعة بعشرات الآلاف من المواطنين الذين رددوا هتافات "
            "ترفض العهدة الخامسة.")
    assert _types(text, "2019-03-02") == PEACEFUL


def test_a_crowd_forcing_an_official_out_amid_chants_protests():
    text = ("وأجبر عشرات من أهالي معتمدية حاجب العيون صباح اليوم المعتمد على مغادرة مكتبه وسط ترديد شعار "
            "ارحل.")
    assert _types(text) == PEACEFUL


def test_stones_thrown_at_soldiers_by_angry_youths_are_a_violent_demonstration():
    assert _types("شبان غاضبون رموا الحجارة على عناصر الجيش عند ساحة النور في طرابلس ليل أمس.", "2019-11-06") == [
        ("Riots", "Violent demonstration")]


@pytest.mark.parametrize("text", [
    "ونفى معتمد الرديف ما تم تداوله على مواقع التواصل الاجتماعي بخصوص اقتحام محتجين لمقر المعتمدية.",
    "قضت محكمة جنح سيدي جابر بالإسكندرية اليوم بحبس 14 فتاة من حركة 7 الصبح، بعد إدانتهن بالتظاهر دون تصريح.",
])
def test_a_denied_storming_and_a_sentence_for_protesting_are_no_protest(text):
    assert not [t for t in _types(text) if t[0] in ("Protests", "Riots")]


def test_a_crowd_closing_a_port_entrance_protests():
    text = "أغلق بحارة جرجيس، صباح اليوم الثلاثاء، مدخل الميناء التجاري بمراكبهم، مطالبين بالتصدي للصيد العشوائي."
    assert _types(text) == PEACEFUL


def test_a_force_clearing_a_road_a_crowd_closed_is_an_intervention_in_either_order():
    assert _types("فتح الجيش اللبناني بالقوة طريق المطار القديم عند مستديرة الكفاءات، بعد أن قطعها محتجون بالسيارات "
                  "لساعات.", "2019-11-05") == INTERVENTION


def test_a_post_led_by_a_place_label_tells_what_happened_in_the_present_tense():
    text = ("أم الفحم: الشرطة الإسرائيلية تعتقل أربعة شبان خلال وقفة احتجاجية ضد الحرب على غزة عند مدخل المدينة "
            "مساء اليوم، وتصادر لافتات المشاركين.")
    assert _types(text, "2023-10-20") == INTERVENTION


def test_crowds_storming_a_residence_riot_and_a_celebration_is_none():
    assert _types("اقتحمت حشود غاضبة المقر الرسمي لرئيسة الوزراء في دكا بعد ظهر اليوم الاثنين.", "2024-08-05") == [
        ("Riots", "Violent demonstration")]
    assert _types("احتفل آلاف من أهالي مدينة إدلب في ساحة الساعة ليل أمس، وأطلقوا الألعاب النارية ورددوا الأهازيج.",
                  "2024-12-09") == []


def test_a_speakers_colon_is_no_flash_label():
    # a label of a place leads a flash; "وقال الوزير:" leads a speaker's words, which tell no event in the present
    assert _types("القصرين: الجيش يقصف مواقع المسلحين في جبل الشعانبي.") == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")]
    assert _types("وقال الوزير: الجيش يقصف مواقع المسلحين في الجبل.") == []


def test_drivers_a_relative_clause_tells_closing_a_crossroads_met_an_intervention():
    text = ("قامت وحدات التدخل صباح اليوم بإبعاد سواق سيارات الأجرة الذين أغلقوا بسياراتهم مفترق سهلول بمدينة سوسة "
            "رفضا لقرار نقل المحطة.")
    assert _types(text) == INTERVENTION


def test_stones_a_road_is_closed_with_are_no_riot():
    text = ("وكان عدد من متساكني منطقة أولاد الشامخ قد أغلقوا، أمس الأحد، الطريق الجهوية الرابطة بين المعتمدية "
            "ومدينة صفاقس بالحجارة وجذوع الأشجار.")
    assert _types(text) == PEACEFUL


def test_protesters_held_with_a_time_between_make_one_protest_with_intervention():
    text = ("أوقفت قوات الأمن صباح اليوم عددا من المحتجين من أهالي منطقة المزونة، بعد أن رفضوا فتح الطريق.")
    assert _types(text) == INTERVENTION


def test_a_demand_to_stop_something_is_no_arrest_at_a_strike():
    text = ("دخل اليوم طلبة مدرسة علوم التمريض بقابس في اضراب مفتوح عن الدراسة للمطالبة بإنشاء قانون أساسي "
            "وإيقاف نزيف المؤسسات الخاصة ومنح خريجي المؤسسات العمومية أولوية التشغيل.")
    assert not [t for t in _types(text) if t[0] == "Protests"]
