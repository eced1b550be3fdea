"""What the ANERcorp round (newswire read whole, 2002-06) and the fifth probe round taught: a time aside led by a part
of the day does not cut a verb from its object (unless a clause of its own follows it); an armed word the crowd decries
names no armed party; a post led by tags and pictographs reads as a flash; some of the protesters acting and a
march as the subject of its course tell the protest; and what is no protest: arrests before a march set for tomorrow,
price moves, aspects written with a pronoun ("مظاهره الطبيعية"), a march that is a process ("المسيرة التعليمية"), a
boycott or an envoy recalled "in protest". Sentences written for these tests in the style of wires and posts."""
from hadath.events.triggers import armed_party
from hadath.mentions.finders import find_sentence_mentions
from hadath.text import split_sentences, tokenize

from protest_fixtures import PEACEFUL, record_types as _types


def _mentions(text: str):
    sp = split_sentences(text)[0]
    return find_sentence_mentions(text, 0, sp, tokenize(text, sp.start, sp.end), "2024-05-01")


def _clauses(text: str) -> tuple[list[str], list[int]]:
    sm = _mentions(text)
    return [t.text for t in sm.toks], sm.clause


def test_a_time_aside_led_by_a_part_of_the_day_joins_the_verb_and_its_object():
    words, clause = _clauses("أوقف مئات الشبان، صباح الأربعاء، عشرات الشاحنات عند مداخل المدينة.")
    assert clause[words.index("أوقف")] == clause[words.index("الشاحنات")]
    text = ("أوقف مئات الشبان، صباح الأربعاء، عشرات الشاحنات المحملة بالفسفاط عند مداخل مدينة المتلوي، "
            "مطالبين الشركة بتشغيل أبناء الجهة.")
    assert _types(text) == PEACEFUL


def test_a_time_aside_before_a_clause_of_its_own_joins_nothing():
    words, clause = _clauses("قتل مدني في قصف على أحياء سكنية في مدينة تعز، ليلة السبت، في وقت شن فيه الطيران غارات "
                             "على معسكر في المخاء.")
    assert clause[words.index("قصف")] != clause[words.index("غارات")]


def test_an_armed_word_the_crowd_decries_names_no_armed_party():
    text = ("وخرج المتظاهرون تلبية لدعوة المبادرة الوطنية وطافوا شوارع مدينة رام الله وهم يهتفون مطالبين بحكومة "
            "وحدة وطنية، ويستنكرون الاعتداءات المسلحة.")
    assert not armed_party(_mentions(text))
    assert _types(text, None) == PEACEFUL  # (a wire with no date: the crowd's own words tell it)
    # armed men named as the doers are an armed party
    assert armed_party(_mentions("وخرج عشرات المسلحين إلى شوارع مدينة رام الله مطالبين بالإفراج عن قائدهم."))


def test_aspects_written_with_a_pronoun_are_no_demonstration():
    assert _types("هذه الأرض جزء من البر الصيني بكل مظاهره الطبيعية وأراضيه الخصبة.", "2006-07-20") == []
    assert _types("نظم مئات الطلاب مظاهرة حاشدة أمس أمام مقر وزارة التربية في تونس.", "2006-07-20") == PEACEFUL


def test_a_march_that_is_a_process_is_no_protest():
    assert _types("كما شهدت المسيرة التعليمية تطورا كبيرا في البلاد.", "2006-07-20") == []
    assert _types("أكد الوزير ضرورة دفع مسيرة السلام في الشرق الأوسط.", "2006-07-20") == []


def test_a_boycott_or_an_envoy_recalled_in_protest_is_no_protest():
    assert _types("وقال رئيس فريق الدفاع إن الفريق سيقاطع جلسة اليوم احتجاجا على رفض المحكمة طلباته.",
                  "2006-07-20") == []
    assert _types("استدعى الرئيس الفنزويلي سفير بلاده من إسرائيل أمس احتجاجا على العدوان على لبنان.",
                  "2006-07-20") == []
    assert _types("احتج مئات الطلاب أمس أمام مقر وزارة التعليم العالي في تونس على نتائج المناظرة.",
                  "2006-07-20") == PEACEFUL


def test_a_post_led_by_tags_and_pictographs_reads_as_a_flash():
    post = ("#خان_يونس 🔴 طائرات الاحتلال تقصف منزلا لعائلة أبو دقة في بلدة عبسان الكبيرة شرق المدينة، وأنباء عن "
            "شهداء وجرحى بين المدنيين.")
    assert ("Explosions/Remote violence", "Air/drone strike") in _types(post, "2023-11-20")


def test_some_of_the_protesters_acting_tell_the_protest():
    assert _types("ورفع بعض المتظاهرين صورا للرئيس العراقي.", None) == PEACEFUL


def test_a_march_as_the_subject_of_its_course_tells_it():
    assert _types("وتخللت المظاهرة صلوات وتراتيل أمام مبنى البرلمان في برن.", None) == PEACEFUL
    assert _types("وضمت المسيرة مئات النساء في وسط كراتشي.", None) == PEACEFUL


def test_arrests_before_a_march_set_for_tomorrow_are_no_protest():
    text = "اعتقلت شرطة بنغلاديش نحو 200 شخص قبل مسيرات مقررة يوم غد للمطالبة بإصلاحات انتخابية."
    assert not any(t in ("Protests", "Riots") for t, _ in _types(text, None))  # (an undated wire)


def test_price_and_diplomatic_moves_are_no_protest():
    assert _types("وجاءت هذه التحركات السعرية لتعكس تفاعل السوق مع السيولة في دبي.", "2006-07-20") == []


def test_protesters_counted_in_the_singular_are_a_crowd():
    text = "استخدمت الشرطة الهراوات والغاز المسيل للدموع لتفريق نحو ثلاثمئة متظاهر في حديقة باسطنبول."
    assert _types(text, None) == [("Protests", "Protest with intervention")]


def test_a_post_tells_a_riot_and_a_mob_in_the_present_tense():
    post = "#طرابلس 🔥 شبان غاضبون يحرقون الإطارات ويقطعون الطريق الدولي بعد انهيار سعر الليرة"
    assert _types(post, "2023-03-14") == [("Riots", "Violent demonstration")]
    post = "#البصرة | أهالي حي الجمهورية ينهالون بالضرب على شاب متهم بسرقة منزل قبل وصول الشرطة"
    assert _types(post, "2023-03-14") == [("Riots", "Mob violence")]
    # in running text the present tense tells what goes on or will, not what happened
    assert _types("وقال إن الشبان يحرقون الإطارات كلما انقطعت الكهرباء في الحي.", "2023-03-14") == []


def test_where_a_crowd_is_from_does_not_lengthen_its_subject():
    text = ("عشرات المعطلين عن العمل بمدينة الرديف من ولاية قفصة يواصلون لليوم الثالث على التوالي غلق السكة الحديدية "
            "للمطالبة بالتشغيل.")
    assert _types(text) == PEACEFUL


def test_lips_sewn_are_a_mouth_sewn():
    text = "خاط أربعة لاجئين شفاههم، الأربعاء، أمام مكتب المفوضية السامية لشؤون اللاجئين وسط جاكرتا."
    assert _types(text, "2024-03-06") == PEACEFUL


def test_a_pictograph_marks_a_posts_label_off_and_its_crowd_opens_the_clause():
    post = "#الحلة 🔴 خريجو كلية الإدارة يغلقون بأجسادهم بوابة مبنى المحافظة مطالبين بالتعيين"
    assert _types(post, "2023-05-01") == PEACEFUL
    words, clause = _clauses(post)
    assert clause[words.index("خريجو")] != clause[0]


def test_a_morning_aside_with_no_day_joins_a_verb_to_its_object():
    post = "#بعلبك | سائقو الشاحنات يقطعون، منذ الصباح، دوار المدينة بشاحناتهم اعتراضا على رفع سعر المازوت"
    assert _types(post, "2023-05-01") == PEACEFUL


def test_protesters_burning_armed_factions_offices_riot():
    text = "أحرق، مساء اليوم، متظاهرون غاضبون مقرات أحزاب وفصائل مسلحة في مدينة الديوانية بعد مقتل أحد رفاقهم."
    assert _types(text, "2023-05-01") == [("Riots", "Violent demonstration")]


def test_a_crowd_beating_a_thief_to_death_in_a_post_is_a_mob():
    assert _types("#كسلا 😱 مواطنون يوسعون لصا ضربا حتى الموت في السوق الكبير", "2023-05-01") == [
        ("Riots", "Mob violence")]


def test_the_right_to_protest_a_walkout_and_a_charge_daffaires_recalled_are_no_protest():
    assert _types("وقال الوزير إن حق التظاهر السلمي مكفول بالدستور.", "2023-05-01") == []
    assert _types("انسحب نواب الكتلة من جلسة البرلمان اليوم احتجاجا على إدراج القانون.", "2023-05-01") == []
    assert _types("استدعت الخارجية العراقية القائم بأعمالها في كوبنهاغن احتجاجا على حرق نسخة من المصحف.",
                  "2023-05-01") == []


def test_live_fire_by_a_state_force_at_a_protest_is_excessive_force():
    text = ("أطلقت، مساء أمس، وحدات الحرس الوطني الرصاص المطاطي والحي على مئات الشبان الذين تجمعوا أمام مقر معتمدية "
            "منزل بوزيان مطالبين بالتشغيل.")
    assert _types(text) == [("Protests", "Excessive force against protesters")]
    text = "قضى شاب برصاصة أطلقها عسكري لتفريق شبان قطعوا الطريق بأجسادهم عند مثلث خلدة جنوب بيروت ليل الثلاثاء."
    assert _types(text, "2021-08-04") == [("Protests", "Excessive force against protesters")]
    # tear gas and batons without live fire stay an intervention
    text = "فرقت قوات الأمن بالغاز المسيل للدموع والهراوات مئات الشبان الذين تجمعوا أمام مقر ولاية القصرين للمطالبة بالتشغيل."
    assert _types(text) == [("Protests", "Protest with intervention")]


def test_a_time_between_a_closing_verb_and_its_crowd_does_not_count():
    text = ("أغلق، صباح اليوم الثلاثاء، عشرات من أصحاب الشهائد العليا المعطلين عن العمل من أبناء معتمدية الرقاب الطريق "
            "الرابطة بين الرقاب وسيدي بوزيد، مطالبين بحقهم في التشغيل.")
    assert _types(text) == PEACEFUL


def test_stones_or_molotovs_thrown_at_the_police_or_a_state_office_are_a_violent_demonstration():
    text = "رشق شبان ملثمون دوريات الشرطة بالحجارة ليلة أمس في حي النور بمدينة القصرين."
    assert _types(text) == [("Riots", "Violent demonstration")]
    text = "ألقى عشرات الشبان زجاجات المولوتوف على مركز الشرطة في مدينة القصرين مساء الاثنين."
    assert _types(text) == [("Riots", "Violent demonstration")]
    # stones thrown at a passer-by's car, at agents on a raid, or before the police came: a mob's
    assert _types("رشق شبان بالحجارة سيارة مواطن في حي الزهور بالقصرين أمس.") == [("Riots", "Mob violence")]
    text = ("أقدم اليوم عدد من الاشخاص على رشق أعوان من الشرطة البلدية بالحجارة وذلك بعد مداهمة مخازن وسط تونس "
            "العاصمة تحتوي على سجائر مهربة.")
    assert _types(text) == [("Riots", "Mob violence")]
    text = "رشق عدد من الشبان قبل وصول دورية الشرطة المارة بالحجارة في حي النور بالقصرين أمس."
    assert _types(text) == [("Riots", "Mob violence")]


def test_a_protester_killed_by_a_state_force_during_the_protest_is_excessive_force():
    text = "استشهاد ثلاثة شبان وإصابة العشرات برصاص القوات الأمنية خلال تفريق المتظاهرين على جسر الزيتون في الناصرية."
    assert _types(text, "2019-11-28") == [("Protests", "Excessive force against protesters")]
    text = ("توفي شاب من المعتصمين بالكامور، اليوم الاثنين، بعد أن دهسته سيارة تابعة للحرس الوطني أثناء تفريق "
            "المعتصمين قرب محطة ضخ البترول.")
    assert _types(text, "2017-05-22") == [("Protests", "Excessive force against protesters")]
    # the death the crowd protests, told before its protest, is no force used at it
    text = ("اعترفت الشرطة بقتل رجل أعزل وفور الإعلان عن مقتل الرجل شهدت شوارع المدينة مظاهرات حاشدة تندد "
            "بالجريمة.")
    types = _types(text, "2016-07-06")
    assert ("Protests", "Peaceful protest") in types
    assert ("Protests", "Excessive force against protesters") not in types


def test_an_attack_on_a_police_station_or_a_consulate_is_a_violent_demonstration():
    text = ("وهاجم مئات الشبان في حي باب الواد بالعاصمة الجزائرية ليل الأربعاء مركزا للشرطة بالحجارة وأحرقوا "
            "سيارات، غاضبين من ارتفاع أسعار الزيت والسكر.")
    assert _types(text, "2011-01-06") == [("Riots", "Violent demonstration")]
    text = "شبان غاضبون يقتحمون مبنى القنصلية الإيرانية في النجف ليلا ويضرمون النار في بواباته."
    assert ("Riots", "Violent demonstration") in _types(text, "2019-11-28")


def test_a_crowd_going_out_with_its_demand_far_after_a_long_subject():
    text = ("خرج أهالي قرى ريف معتمدية الوسلاتية الشمالي الذين يعانون من انقطاع الماء الصالح للشرب عن منازلهم منذ "
            "أكثر من أسبوعين متتاليين، صباح اليوم، إلى ساحة مقر المعتمدية مطالبين بحقهم في الماء.")
    assert _types(text, "2017-05-01") == PEACEFUL
