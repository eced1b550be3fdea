"""Mechanisms behind the errors of the round-5 fresh articles (training/corpus/fresh_articles.jsonl: ANT
articles nobody had tuned on, coded in full by annotators): arms seized that are no blast, a verb of
eliminating split by its subject, a claim of responsibility said further on, talk of dangers or of justified
violence, a craft intercepted, goods seized, where arms were sent, a toll that rises, dates typed glued to
their month. Sentences from the ANT corpus (Jawhara FM, 2015-17), trimmed where marked."""
import json
from pathlib import Path

import hadath

ROOT = Path(__file__).resolve().parent.parent


def _events(text: str, date: str):
    return [(e.event_type, e.sub_event_type) for e in hadath.extract(text, date).events]


def test_a_suicide_belt_listed_among_arms_seized_is_no_suicide_bombing():
    text = ("أكدت وزارة الداخلية في بلاغ لها أن العملية الأمنية التي جدت فجر اليوم بمدينة القصرين مكنت من حجز سلاحي "
            "كلاشنيكوف وكمية من الذخيرة و حزام ناسف وعدد من الرمانات اليدوية.")
    assert _events(text, "2016-08-31") == [("Strategic developments", "Disrupted weapons use")]
    # the belt detonated after its car was seized is a blast (written for this test)
    assert _events("حجزت قوات الأمن سيارة الانتحاري قبل أن يفجر حزامه الناسف في السوق اليوم ببغداد.",
                   "2016-08-31") == [("Explosions/Remote violence", "Suicide bomb")]


def test_eliminating_with_its_subject_between_is_a_clash_with_its_toll():
    text = ("قضت وحدات الجيش الجزائري صباح اليوم الأحد ،على ثمانية إرهابيين، بمنطقة الرواكش بالمدية حسب ما أفادت به "
            "وزارة الدفاع الوطني الجزائرية في بيان لها.")
    evs = hadath.extract(text, "2016-06-19").events
    assert [(e.event_type, e.actor1, e.fatalities, e.event_date) for e in evs] == [
        ("Battles", "Military Forces of Algeria", 8, "2016-06-19")]
    # "قضى ... على يد إرهابيين" is a man who died at their hands; "قضت المحكمة" rules
    text = ("أكد نسيم السلطاني ابن عم الشهيد مبروك السلطاني الذي قضى الجمعة على يد ارهابيين بجبل المغيلة بسيدي بوزيد "
            "أن الفقر المدقع والتهميش الذي يعانيه أبناء المنطقة.")
    assert ("Battles", "Armed clash") not in _events(text, "2015-11-17")


def test_a_claim_said_past_where_and_when_names_the_attacker():
    text = ('أعلن تنظيم "داعش" الإرهابي في بيان نشر اليوم السبت، مسؤوليته عن الهجوم الذي استهدف حافلة تقل أقباطا في '
            'محافظة المنيا في صعيد مصر، أمس الجمعة.\nوأطلق مجهولون النار على حافلة تقل أقباطا، صباح أمس الجمعة، أثناء '
            'رحلة إلى كنيسة في محافظة المنيا، ما أسفر عن مقتل 29 شخصا.')
    evs = hadath.extract(text, "2017-05-27").events
    assert [(e.event_type, e.actor1, e.fatalities) for e in evs] == [
        ("Violence against civilians", "Islamic State", 29)]


def test_dangers_warned_of_and_violence_justified_tell_no_event():
    text = ("ذكّرت وزارة الدفاع المواطنين اليوم الأحد بأنه يمنع الدخول لمناطق العمليات العسكرية المغلقة، حفاظا على "
            "سلامتهم وعلى أرواحهم من الأخطار الناجمة عن تواجد المجموعات الإرهابية بها كالألغام أو عمليات الخطف والقتل.\n"
            "وأضافت في بيان أصدرته حول تعهّد القضاء العسكري بفتح تحقيق للبحث في ظروف وملابسات مقتل الراعي خليفة "
            "السلطاني بجهة جبل المغيلة بالقصرين، أنه يمنع دخول مثل هذه المناطق تجنبا لتعرّض المواطنين إلى رمايات "
            "الوحدات العسكرية المنتشرة بالمكان لتعقب العناصر الإرهابية المتحصنة بالجهة.")
    assert _events(text, "2017-06-03") == []
    text = ("والقرضاوي، داعية مصري الأصل يعيش في قطر، وهو صاحب تاريخ طويل من التحريض على العنف، وأصدر القرضاوي فتاوى "
            "تبرر وتجيز التفجيرات الانتحارية.")
    assert _events(text, "2017-06-09") == []


def test_a_plane_intercepted_is_no_weapon_a_missile_intercepted_is():
    text = ("و قال متحدث باسم الخطوط الجوية الباكستانية إن طائرة الرحلة بي كي-757 أقلعت من لاهور في باكستان متجهة إلى "
            "مطار هيثرو، وقد تم اعتراضها بعدما تم إبلاغ السلطات البريطانية.")
    assert _events(text, "2017-02-08") == []
    assert _events("أطلق الحوثيون صاروخا باليستيا على جازان اليوم وتم اعتراضه.", "2017-02-08") == [
        ("Strategic developments", "Disrupted weapons use")]


def test_goods_seized_take_no_ground():
    text = ("أظهرت معلومات جديدة حول التسلل الإلكتروني الكبير الذي سيطر على آلاف أجهزة الكمبيوتر في العالم إمكانية "
            "تورط جماعة من كوريا الشمالية في الهجوم.")
    assert all(sub != "Non-state actor overtakes territory" for _, sub in _events(text, "2017-05-16"))
    # a burglar's theft is an ordinary crime, no looting
    text = ("اقتحم شخص مجهول منزل رجل مسن في منطقة حي الدير التابعة لولاية الكاف، واستولى على مبلغ مالي قيمته "
            "20 الف دينار.")
    assert _events(text, "2017-03-11") == []


def test_where_arms_were_sent_is_not_where_the_arrest_was():
    text = "ألقت الشرطة الايطالية الثلاثاء القبض على 3 إيطاليين للاشتباه في تهريبهم أسلحة إلى إيران وليبيا."
    evs = hadath.extract(text, "2017-02-01").events
    assert [(e.sub_event_type, e.country) for e in evs] == [("Arrests", "Italy")]


def test_a_toll_that_rises_to_a_figure_is_the_attacks_toll():
    text = ("ارتفعت حصيلة ضحايا العملية الإرهابية التي استهدفت حافلة للأمن الرئاسي على مستوى شارع محمد الخامس بالعاصمة "
            "عشية أمس لتبلغ 12 شهيدا و20 جريحا في انتظار التعرف على هوية الجثة رقم 13.")
    evs = hadath.extract(text, "2015-11-25").events
    assert [(e.event_type, e.event_date, e.fatalities) for e in evs] == [
        ("Explosions/Remote violence", "2015-11-24", 12)]
    # a war's running total is no event (written for this test)
    assert _events("ارتفعت حصيلة قتلى الحرب في اليمن منذ مارس 2015 لتصل إلى 10 آلاف قتيل.", "2016-01-10") == []


def test_a_year_glued_to_its_month_or_of_long_ago_dates_history():
    assert _events("وقتل مفجرون انتحاريون 32 شخصا في مطار بروكسل وشبكة المترو بالمدينة في مارس2016.",
                   "2017-01-25") == []
    text = ("هكذا بدأت القصة  ففي عام 1856 خرج آلاف النساء في شوارع نيويورك للاحتجاج على الظروف اللاإنسانية التي كن "
            "يجبرن على العمل فيها.")
    assert _events(text, "2017-03-08") == []
    toks = hadath.text.tokenize("في مارس2016 الـ6")
    assert [(t.text, t.start, t.end) for t in toks] == [("في", 0, 2), ("مارس", 3, 7), ("2016", 7, 11), ("الـ6", 12, 16)]


def test_the_fresh_articles_hold_no_gold_article():
    gold = {json.loads(x)["id"] for x in (ROOT.parent / "shared/gold/dev.jsonl").open(encoding="utf-8")} \
        if (ROOT.parent / "shared/gold/dev.jsonl").exists() else set()
    rows = [json.loads(x) for name in ("fresh_articles.jsonl", "heldout_articles.jsonl")
            for x in (ROOT / "training/corpus" / name).open(encoding="utf-8")]
    assert rows and not gold & {r["id"] for r in rows}
    assert len({r["id"] for r in rows}) == len(rows)  # no article in two rounds
    train = {json.loads(x)["id"] for x in (ROOT / "training/corpus/articles.jsonl").open(encoding="utf-8")}
    assert not train & {r["id"] for r in rows}
    assert all(ev["evidence"] for r in rows for ev in r["events"])


# --- round 6 (training/corpus/fresh_articles.jsonl, round 6: measured blind at P 0.800 R 0.800, then read)

def test_the_same_day_is_the_arrest_day_not_the_day_of_the_ministrys_statement():
    text = ("تمكّنت فرقة الأبحاث والتفتيش للحرس الوطني يوم 26 ماي 2017 بعد نصب كمين محكم من إلقاء القبض على عنصر "
            "تكفيري، قاطن بمدينة نابل عائد من بؤر التوتر.\nوبمراجعة النيابة العمومية أذنت بالاحتفاظ به وإحالته على "
            "مصدر التفتيش، وفق بلاغ لوزارة الداخلية اليوم. كما ألقت في نفس اليوم فرقة الأبحاث والتفتيش للحرس الوطني "
            "بزغوان القبض على عنصرين تكفيريين توليا تنزيل صور لهما حاملين لأسلحة حربية بإحدى بؤر التوتر.")
    evs = hadath.extract(text, "2017-05-27").events
    assert [(e.location, e.event_date) for e in evs] == [("Nabeul", "2017-05-26"), ("Zaghouan", "2017-05-26")]


def test_where_and_when_a_minister_spoke_are_not_where_and_when_the_attack_was():
    text = ("توقع وزير الدفاع الوطني فرحات الحرشاني اليوم الثلاثاء سقوط قتلى بين صفوف الارهابيين في عملية جبل سمامة "
            "بالقصرين أمس.\nوأكد وزير الدفاع على هامش تصريحات في بنزرت صباح اليوم بمناسبة تسلم باخرة غوص ايطالية، نجاح "
            "عناصر الجيش الوطني في التصدي لهجوم الارهابيين المباغت الذي أسفر عن سقوط ثلاثة شهداء من الجيش الوطني.")
    evs = hadath.extract(text, "2016-08-30").events
    assert [(e.event_type, e.location, e.event_date, e.fatalities) for e in evs] == [
        ("Battles", "Jebel Semmama", "2016-08-29", 3)]


def test_the_group_right_after_the_verb_arrests_the_members_of_another():
    evs = hadath.extract("واعتقلت قوات الحشد الشعبي 87 عنصرا من تنظيم داعش في بادوش.", "2017-03-11").events
    assert [(e.actor1, e.actor2) for e in evs] == [("Popular Mobilization Forces", "Islamic State")]


def test_a_cell_brought_down_after_an_ambush_is_an_arrest_placed_where_the_unit_struck():
    text = ("تمكّنت أمس الاثنين وحدات الحرس الوطني بقبلي، بعد نصب كمين، من الإطاحة بعنصر تكفيري مصنف خطير وصادرة في "
            "شأنه 5 مناشير تفتيش من أجل تورّطه في قضايا ذات صبغة إرهابيّة.")
    evs = hadath.extract(text, "2017-03-07").events
    assert [(e.sub_event_type, e.location, e.event_date) for e in evs] == [("Arrests", "Kebili", "2017-03-06")]
    # where the cell was active and the battalion based are not where it was brought down: the unit's town is, as
    # Kebili is above (Enfidha, in the governorate of Sousse; the annotator wrote the governorate)
    text = ("تمكنت فرقة الأبحاث والتفتيش للحرس الوطني بالنفيضة ولاية سوسة من الإطاحة بخلية إرهابية تتكون من 10 عناصر "
            "تنشط بين حمام سوسة وأكودة وهرقلة والقلعة الكبرى على علاقة بكتيبة \"عقبة بن نافع\" الإرهابية.")
    evs = hadath.extract(text, "2016-12-29").events
    assert [(e.sub_event_type, e.location, e.admin1) for e in evs] == [("Arrests", "Enfidha", "Sousse")]


def test_the_state_that_dropped_the_bomb_is_not_where_it_fell():
    text = ("أكدت وزارة الدفاع الأمريكية، البنتاغون، أمس الخميس أن الولايات المتحدة ألقت اليوم أكبر قنبلة غير نووية "
            "على أفغانستان، في ضربة على تنظيم \"داعش\".")
    evs = hadath.extract(text, "2017-04-14").events
    assert [(e.actor1, e.country) for e in evs] == [("Military Forces of the United States", "Afghanistan")]


def test_tunisian_towns_the_news_names_often_and_words_that_are_no_place():
    evs = hadath.extract("وأقدم عدد من أهالي عين دراهم مساء أمس الأربعاء على إشعال العجلات المطاطية احتجاجا على "
                         "عزلة بعض المناطق بسب الثلوج.", "2017-01-19").events
    assert [(e.event_type, e.country, e.admin1) for e in evs] == [("Riots", "Tunisia", "Jendouba")]
    # "المشار إليه آنفا" (mentioned above) is not Anfa in Casablanca
    evs = hadath.extract("وأوضح المصدر أنه تم القبض على العنصر المشار إليه آنفا بمدخل مدينة مجاز الباب اليوم بعد ورود "
                         "معلومات على عودته من بؤر التوتر.", "2017-05-27").events
    assert all(e.country == "Tunisia" for e in evs)


# --- round 7 (fresh_articles.jsonl, round 7: measured blind at P 0.579 R 0.524, then read)

def test_an_attack_referred_to_with_a_recent_day_of_its_own_is_told():
    # EVENT_CODING: a reference dated in the article's period is coded, even before a judge
    text = ("تعهّد قاضي تحقيق بالقطب القضائي لمكافحة الإرهاب بملف العملية الارهابية التي جدت يوم الاحد الفارط بالمركز "
            "الاسلامي بمدينة كيبيك الكندية و راح ضحيتها 6 أشخاص من بينهم مواطن تونسي وجرح تونسيين اثنين.")
    evs = hadath.extract(text, "2017-01-31").events
    assert [(e.event_type, e.event_date, e.fatalities) for e in evs] == [
        ("Violence against civilians", "2017-01-29", 6)]
    # with no day of its own the reference stays background
    text = "تعهّد قاضي تحقيق بالقطب القضائي لمكافحة الإرهاب بملف العملية الارهابية بالمركز الاسلامي بمدينة كيبيك الكندية."
    assert _events(text, "2017-01-31") == []


def test_a_beheading_and_a_death_at_the_hands_of_terrorists_are_killings():
    text = ("قرر مكتب مجلس نواب الشعب ارسال وفد برلماني الى سيدي بوزيد قصد تقديم التعازي لعائلة الشهيد الطفل الذي "
            "قامت مجموعة إرهابية عشية الجمعة بقطع رأسه.")
    evs = hadath.extract(text, "2015-11-14").events
    assert [(e.event_type, e.event_date, e.fatalities) for e in evs] == [
        ("Violence against civilians", "2015-11-13", 1)]
    text = ("أكد نسيم السلطاني ابن عم الشهيد مبروك السلطاني الذي قضى الجمعة على يد ارهابيين بجبل المغيلة بسيدي بوزيد "
            "أن الفقر المدقع والتهميش الذي يعانيه أبناء المنطقة.")
    evs = hadath.extract(text, "2015-11-17").events
    assert [(e.event_type, e.event_date, e.fatalities) for e in evs] == [
        ("Violence against civilians", "2015-11-13", 1)]
    # birds slaughtered, and beheading spoken of in general, kill no one
    assert _events("وقالت الوزارة في بيان إن أكثر من 78 في المئة من الطيور التي تم ذبحها في كوريا الجنوبية من الدجاج.",
                   "2016-12-26") == []
    assert _events("إن قطع رأس طفل هو أمر بشع لدرجة أنه لا توجد كلمات يمكن أن تصفه.", "2023-10-20") == []


def test_traffic_stopped_by_the_police_is_no_arrest():
    text = ("من جهتها ذكرت وكالة رويترز أن الشرطة البريطانية أوقفت حركة السيارات قرب مقر رئيسة الوزراء تيريزا ماي في "
            "داوننغ ستريت.")
    assert _events(text, "2017-04-27") == []


# --- round 8 (fresh_articles.jsonl, round 8: wires of AFP, Xinhua, Al-Hayat and others, 2000-04)

def test_a_helicopter_that_fell_and_a_father_brought_down_are_no_weapons_event():
    text = ("لقى ثلاثة جنود امريكيين مصرعهم وأصيب رابع فى شمالى العراق اليوم عند ما سقطت المروحية التى كانت تقلهم فى "
            "نهر دجلة.")
    assert _events(text, "2003-05-09") == []
    assert _events("لكن بوش الابن فضل الانحياز لاسرائيل مراعياً لللوبي اليهودي، الذي أسقط والده.", "2001-09-12") == []
    assert _events("أسقطت الدفاعات الجوية طائرة مسيرة فوق دمشق اليوم.", "2017-05-01") == [
        ("Strategic developments", "Disrupted weapons use")]


def test_an_attempt_on_a_life_that_was_survived_was_made():
    evs = hadath.extract("نجا محافظ عدن من محاولة اغتيال بسيارة مفخخة استهدفت موكبه في حي المنصورة اليوم.",
                         "2017-11-07").events
    assert [(e.event_type, e.fatalities) for e in evs] == [("Explosions/Remote violence", 0)]
    # an attempt foiled or only tried stays untold
    assert _events("أحبطت الشرطة محاولة لاغتيال الوزير في بغداد اليوم.", "2017-11-07") == []


def test_armed_men_storming_a_home_attack_it_a_force_raiding_one_does_not():
    text = ("اقتحمت 6 عناصر إرهابية مساء اليوم منزل النائب بالمجلس الوطني التأسيسي محمد علي النصري بالقصرين.")
    evs = hadath.extract(text, "2014-09-01").events
    assert [(e.event_type, e.actor1, e.location) for e in evs] == [
        ("Violence against civilians", "Unidentified Armed Group (Tunisia)", "Kasserine")]
    assert _events("داهمت قوات الأمن منزل مشتبه به في القصرين الليلة الماضية.", "2014-09-01") == []


def test_a_drunk_gunman_a_criminal_court_and_charges_under_inquiry_tell_no_political_event():
    assert _events("أصيب 8 أشخاص على الأقل برصاص مسلح مخمور في مجمع للشقق في سان دييغو بالولايات المتحدة، وقتل "
                   "المشتبه به على يد الشرطة.", "2017-05-01") == []
    assert _events("بعد موجة الغضب الواسعة التي أثارتها حادثة اغتصاب رضيعة في مصر لدى الرأي العام، قررت محكمة الجنايات "
                   "المصرية إحالة أوراق المغتصب إلى المفتي.", "2017-05-03") == []
    assert _events("وقال الناطق الرسمي باسم القطب القضائي لمكافحة الارهاب اليوم إن القطب اذن بفتح بحث تحقيقي ضد منفذ "
                   "العملية من اجل قتل شخص واحداث جروح.", "2017-01-31") == []
    # an inquiry opened after the killing the sentence tells leaves it told (written for this test)
    evs = hadath.extract("قتل شاب برصاص مجهولين في القصرين أمس وتم فتح بحث تحقيقي في الحادثة.", "2017-05-01").events
    assert [(e.event_type, e.fatalities) for e in evs] == [("Violence against civilians", 1)]


def test_a_deed_told_in_the_pluperfect_mid_sentence_happened_before():
    assert _events("وفي الواقع كان قد قتل وليام شوماخر البالغ من العمر 52 عاما، والذي يعمل سائقا لسيارة الطرود.",
                   "2016-12-22") == []
    # with the report's day of its own it is news the article adds (written for this test)
    evs = hadath.extract("وقالت الشرطة إن المسلحين كانوا قد هاجموا صباح اليوم نقطة تفتيش في العريش.", "2016-12-22").events
    assert [e.event_date for e in evs] == ["2016-12-22"]


def test_a_guard_units_base_is_not_where_it_struck_and_a_delegation_sent_goes_to_the_place():
    text = ("تمكّنت فرقة الأبحاث والتفتيش للحرس الوطني بطبلبة من ولاية المنستير من تفكيك خليّة إرهابيّة بمعتمديّة بني "
            "حسّان تتكوّن من 7 أشخاص.")
    evs = hadath.extract(text, "2016-12-27").events
    assert [(e.sub_event_type, e.location) for e in evs] == [("Arrests", "Bani Hassan")]
    text = ("قرر مكتب مجلس نواب الشعب ارسال وفد برلماني الى سيدي بوزيد قصد تقديم التعازي لعائلة الشهيد الطفل الذي "
            "قامت مجموعة إرهابية عشية الجمعة بقطع رأسه.")
    evs = hadath.extract(text, "2015-11-14").events
    assert [e.admin1 for e in evs] == ["Sidi Bouzid"]


def test_a_bombardment_by_the_air_force_is_an_air_strike():
    assert _events("قصف سلاح الجو الليبي مواقع لتنظيم القاعدة في درنة اليوم.", "2017-05-29") == [
        ("Explosions/Remote violence", "Air/drone strike")]
    assert _events("قصفت المدفعية مواقع في درنة اليوم.", "2017-05-29") == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")]
