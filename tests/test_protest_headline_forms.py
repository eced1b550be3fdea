"""Protests and riots in the word orders and asides of headlines, posts and Tunisian agency copy: the crowd before its
verb ("أهالي الرهائن يغلقون طريق ..."), a time set off by commas between a verb and its object ("، صباح اليوم الجمعة،"),
a bare stand or movement noun at a public site with a demand, tents pitched, crowds setting fire, a union rally, and
the present tense of taking place (planned unless dated today). Sentences written for these tests."""
from protest_fixtures import PEACEFUL as PROTEST
from protest_fixtures import record_types as _types


def test_a_crowd_named_before_its_verb_blocks_or_gathers():
    assert _types("عائلات الجنود المفقودين احتشدت مساء أمس في ساحة الحبيب بورقيبة مطالبة بكشف الحقيقة.") == PROTEST
    assert _types("أهالي حي النور يغلقون الطريق الوطنية رقم 13 بالقصرين احتجاجا على انقطاع الماء.") == PROTEST
    assert _types("مئات الطلاب يرفعون الأعلام الفلسطينية أمام مقر السفارة الأمريكية بتونس.") == PROTEST
    # people named inside a longer clause are no subject: teachers gathering in their staff room on a strike day
    assert _types("وأكد المراسل بعد جولته بين المعاهد أن الأساتذة بأحد المعاهد تجمعوا بقاعة الأساتذة صباح اليوم "
                  "في ظل غياب كبير للتلاميذ الذين علموا منذ يوم أمس بالإضراب.") == []


def test_a_time_set_off_by_commas_keeps_the_verb_and_its_object_together():
    assert _types("احتل عدد من المعطلين عن العمل، صباح اليوم الاثنين، مقر معتمدية الرديف مطالبين بالتشغيل.") == PROTEST
    assert _types("أغلق عمال الحضائر بالمتلوي، منذ الساعات الأولى من صباح اليوم، مقر المعتمدية.") == PROTEST
    assert _types("رفع مئات من أنصار الجبهة الشعبية، بعد ظهر اليوم، شعارات رافضة لقانون المصالحة بشارع الحبيب "
                  "بورقيبة.") == PROTEST


def test_a_bare_stand_or_movement_at_a_site_with_a_demand_is_a_protest():
    assert _types("وقفة لعمال شركة الخزف أمام مقر الولاية بنابل للمطالبة بصرف أجورهم.") == PROTEST
    assert _types("تحرك لأصحاب الشهائد العليا أمام مقر معتمدية سبيطلة صباح اليوم للمطالبة بالتشغيل") == PROTEST
    # a drone (مسيرة) striking is no march
    assert ("Protests", "Peaceful protest") not in _types(
        "مسيرة إسرائيلية تقصف سيارة أمام مقر البلدية في بنت جبيل للمطالبة بإخلاء البلدة", "2024-01-10")


def test_tents_pitched_by_a_crowd_are_a_sit_in():
    assert _types("نصب عشرات المعطلين عن العمل خياما أمام مقر ولاية قبلي منذ صباح اليوم.") == PROTEST
    assert _types("نصبت منظمة الهلال الأحمر خياما للنازحين في مخيم الركبان.") == []


def test_a_crowd_setting_fire_riots():
    assert _types("أضرم مئات الشبان الغاضبين النار في مقر الحزب الحاكم بمدينة سيدي بوزيد ليلة أمس.")[0][0] == "Riots"
    assert _types("شبان يضرمون النار في مقر بلدية طرابلس ليلا.", "2021-01-28")[0][0] == "Riots"
    # setting oneself on fire is no riot
    assert all(t != "Riots" for t, _ in _types("أضرم شاب النار في جسده أمام مقر الولاية بالقصرين."))


def test_a_union_rally_is_a_protest_and_a_politicians_rally_is_not():
    assert _types("نفذ أساتذة التعليم الثانوي بصفاقس اليوم إضرابا مرفوقا بتجمع عمالي أمام مقر الاتحاد الجهوي للشغل.") \
        == PROTEST
    assert _types("وقال الرئيس التركي في تجمع حاشد في إقليم زونجولداك إن بلاده لن تتراجع.") == []


def test_taking_place_in_the_present_is_a_plan_unless_dated_today():
    assert _types("وتنتظم يوم السبت وقفة احتجاجية أمام مقر الاتحاد الجهوي للشغل بصفاقس.") == []
    assert _types("تنتظم منذ صباح اليوم وقفة احتجاجية أمام مقر ولاية القصرين.") == PROTEST


def test_protesters_gathering_or_heading_somewhere_go_on_telling_the_protest():
    assert _types("وتجمع المحتجون أمام مقر الولاية مرددين شعارات تطالب بالتنمية.") == PROTEST
    assert _types("وتوجه المحتجون إلى مقر الولاية بالقصرين.") == PROTEST
    # protesters only spoken of are no protest told
    assert _types("وأكد الوالي أنه سيلتقي ممثلين عن المحتجين يوم الاثنين.") == []


def test_refusing_to_end_a_sit_in_tells_it_going_on():
    assert _types("ورفض المعتصمون فك اعتصامهم قبل تحقيق مطالبهم.") == PROTEST
    # refusing to start one is no protest
    assert _types("رفض الأساتذة الدخول في اعتصام مفتوح.") == []


def test_a_crowd_storming_an_office_riots_and_a_count_may_take_min():
    assert _types("اقتحم غاضبون مبنى المجلس البلدي بمدينة القصرين ظهر اليوم وحطموا محتوياته.")[0][0] == "Riots"
    # a count, "من", then who they are, with a long subject before the road
    assert _types("قطع العشرات من عمال الحضائر بشركة فسفاط قفصة بالمظيلة الطريق المؤدي إلى المغسلة صباح اليوم.") \
        == PROTEST
    # security forces storming a house is a search, no riot
    assert all(t != "Riots" for t, _ in _types("اقتحمت وحدات الحرس الوطني منزل المشتبه به بالقصرين فجر اليوم."))


def test_million_marches_and_marches_gone_out_in_are_protests():
    assert _types("خرج عشرات الآلاف في مليونية جديدة بالخرطوم اليوم للمطالبة بالحكم المدني.", "2022-06-30") == PROTEST
    assert _types("آلاف يخرجون في مسيرة حاشدة بالحسيمة تنديدا بمقتل بائع السمك.", "2016-10-30") == PROTEST


def test_the_right_to_protest_is_no_protest_and_an_assault_on_protesters_no_riot_of_theirs():
    assert _types("أكد رئيس الحكومة أن حق التظاهر السلمي مكفول دستوريا، وأن الدولة لن تسمح بالاعتداء على المتظاهرين.") == []


def test_a_mob_named_as_a_crowd_of_residents_attacks():
    assert _types("هاجم حشد من سكان حي الزهور رجلا يشتبه في قيامه بالسرقة وانهالوا عليه ضربا مساء أمس بالقصرين.") == [
        ("Riots", "Mob violence")]


def test_supporters_and_bare_crowds_before_their_verb_riot():
    assert _types("أنصار الحزب المعارض يضرمون النار في مقر الولاية ببنزرت الليلة الماضية.")[0][0] == "Riots"
    assert _types("حشود تقتحم مقر البرلمان في العاصمة وتنهب محتوياته مساء اليوم.", "2024-08-05")[0][0] == "Riots"


def test_a_crowd_gathering_with_flags_protests_unless_it_celebrates():
    assert _types("احتشد آلاف الجورجيين حاملين أعلام الاتحاد الأوروبي أمام مبنى البرلمان في تبليسي مساء أمس.",
                  "2024-11-30") == PROTEST
    assert _types("خرج آلاف العراقيين إلى الشوارع في البصرة ليل أمس احتفالا بفوز المنتخب، رافعين الأعلام.",
                  "2023-01-20") == []


def test_a_demonstration_dispersed_or_a_march_repressed_had_intervention():
    assert _types("فرقت الأجهزة الأمنية بالقوة مساء أمس تظاهرة في دوار المنارة وسط رام الله.", "2019-06-10") == [
        ("Protests", "Protest with intervention")]
    assert [t for t, _ in _types("إصابات بالاختناق خلال قمع الاحتلال مسيرة كفر قدوم الأسبوعية اليوم.",
                                 "2019-06-14")] == ["Protests"]


def test_drivers_closing_the_streets_protest_and_any_gathering_is_no_event():
    assert _types("أغلق سائقو سيارات الأجرة الشوارع الرئيسية في مدينة الخليل بمركباتهم صباح اليوم رفضا لارتفاع "
                  "أسعار الوقود.", "2019-06-10") == PROTEST
    assert _types("حذر وزير الداخلية من أن أي تجمهر خارج الساحة سيواجه بحزم.", "2019-06-10") == []
    assert _types("شارك الآلاف في مواكب العزاء الحسيني التي جابت شوارع المنامة ليلة العاشر من محرم.",
                  "2019-09-10") == []
