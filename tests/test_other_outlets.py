"""Phrasing of the Lebanese, Qatari and Saudi outlets (2015, 2023-25), sentences written for these tests."""
import hadath


def test_nominative_dual_victim_noun_counts_two():
    # "قتل عنصران": the nominative dual counts two dead, as the genitive "عنصرين" does
    doc = hadath.extract("وقتل عنصران من الشرطة الاتحادية في انفجار عبوة ناسفة على طريق قرب مدينة الرمادي.",
                         "2015-06-14")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Explosions/Remote violence", 2)]
    doc = hadath.extract("استشهد شابان برصاص قوات الاحتلال خلال اقتحام مخيم بلاطة شرق نابلس.", "2024-01-10")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Violence against civilians", 2)]


def test_gunfire_of_a_state_force_at_civilians_is_an_attack():
    # the weak verb "أطلق" with the fire it shoots, the force before it and civilians after it
    doc = hadath.extract("أطلقت زوارق الاحتلال الحربية النار على صيادين قبالة شاطئ مدينة غزة صباح اليوم، "
                         "ما أدى إلى إصابة صياد بجروح.", "2024-02-20")
    assert [(e.event_type, e.sub_event_type, e.actor1, e.actor2, e.location) for e in doc.events] == [
        ("Violence against civilians", "Attack", "Military Forces of Israel", "Civilians (Palestine)", "Gaza City")]
    doc = hadath.extract("أطلق جنود الاحتلال الرصاص على مزارع في أرضه شرق بلدة بيت حانون.", "2024-02-20")
    assert [(e.event_type, e.actor1) for e in doc.events] == [
        ("Violence against civilians", "Military Forces of Israel")]
    # an acquittal of firing at nobody named is not an attack
    doc = hadath.extract("أعلن الجيش أنه أطلق النار في الهواء لتفريق التجمع.", "2024-02-20")
    assert [e.sub_event_type for e in doc.events if e.event_type == "Violence against civilians"] == []


def test_spokesman_whose_report_opens_with_their_forces_names_the_actor():
    # "المتحدث باسم الحوثيين ... أن قواتهم استهدفت": the plural pronoun points back to the group
    doc = hadath.extract("وأعلن المتحدث العسكري باسم الحوثيين يحيى سريع أن قواتهم استهدفت سفينة تجارية في البحر "
                         "الأحمر بعدد من الصواريخ البحرية.", "2024-01-12")
    assert [(e.event_type, e.actor1) for e in doc.events] == [("Explosions/Remote violence", "Houthis")]


def test_strikes_named_with_the_article_at_a_new_place_keep_their_attacker():
    doc = hadath.extract("شنت طائرات أمريكية وبريطانية فجر اليوم غارات على مواقع لجماعة الحوثي في محافظة الحديدة. "
                         "وقالت الجماعة إن الغارات استهدفت مطار صنعاء.", "2024-01-12")
    assert [(e.location, e.actor1, e.actor2) for e in doc.events] == [
        ("Al Hudaydah", "Military Forces of the United States", "Houthis"),
        ("Sanaa International Airport", "Military Forces of the United States", "Houthis")]


def test_state_force_reporting_militants_killed_by_a_strike_struck_them():
    doc = hadath.extract("وأعلنت قيادة العمليات المشتركة مقتل 25 إرهابياً في قصف جوي على أوكار الإرهابيين "
                         "في قضاء الحويجة.", "2015-06-14")
    assert [(e.event_type, e.actor1, e.fatalities) for e in doc.events] == [
        ("Explosions/Remote violence", "Military Forces of Iraq", 25)]


def test_singular_casualty_noun_counts_itself():
    doc = hadath.extract("نفذت مسيرة إسرائيلية غارة على سيارة في بلدة عيترون جنوب لبنان ما أدى إلى سقوط شهيد.",
                         "2024-10-20")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Explosions/Remote violence", 1)]
    doc = hadath.extract("قصفت المدفعية بلدة الخيام ما أسفر عن سقوط قتيلين وجريح.", "2024-10-20")
    assert [(e.fatalities, e.injuries) for e in doc.events] == [(2, 1)]
    # "بين قتيل وجريح": killed and wounded, however many
    doc = hadath.extract("انفجرت سيارة مفخخة في سوق مدينة الصدر ما تسبب في سقوط عدد من المدنيين بين قتيل وجريح.",
                         "2017-02-16")
    assert [e.fatalities for e in doc.events] == [None]


def test_adjective_of_who_reports_a_strike_is_not_its_air_force():
    text = ("شن الطيران الحربي الإسرائيلي سلسلة غارات على الضاحية الجنوبية لبيروت فجر اليوم. "
            "وأعلنت وزارة الصحة اللبنانية أن غارة على بلدة النبطية أدت إلى استشهاد 4 أشخاص.")
    doc = hadath.extract(text, "2024-11-02")
    # the Lebanese ministry reports the strike; the unnamed strike is the air force told before
    assert [(e.location, e.actor1, e.fatalities) for e in doc.events] == [
        ("Dahiyeh", "Military Forces of Israel", 0), ("Nabatiye et Tahta", "Military Forces of Israel", 4)]
    doc = hadath.extract("وأعلنت وزارة الصحة اللبنانية أن غارة على بلدة النبطية أدت إلى استشهاد 4 أشخاص.", "2024-11-02")
    assert [e.actor1 for e in doc.events] == [None]


def test_speaker_announcing_its_own_deed_is_the_actor():
    doc = hadath.extract("أعلنت وحدات حماية الشعب الكردية سيطرتها على قرية تل أبيض بعد طرد مسلحي داعش منها.",
                         "2015-09-20")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events] == [
        ("Non-state actor overtakes territory", "People's Protection Units", "Islamic State")]


def test_the_enemy_of_the_lebanese_press_is_the_israeli_forces():
    # "الطيران الحربي المعادي", "مسيّرة معادية", "جيش العدو": the Lebanese army neither flies nor shells there
    doc = hadath.extract("شنّ الطيران الحربي المعادي غارة على بلدة كفرصير في قضاء النبطية.", "2024-10-15")
    assert [(e.sub_event_type, e.actor1, e.location) for e in doc.events] == [
        ("Air/drone strike", "Military Forces of Israel", "Kfar Sir")]
    doc = hadath.extract("قصفت مدفعية جيش العدو أطراف بلدة الخيام بعد الظهر.", "2024-10-15")
    assert [(e.sub_event_type, e.actor1, e.inter1) for e in doc.events] == [
        ("Shelling/artillery/missile attack", "Military Forces of Israel", 8)]
    doc = hadath.extract("استهدفت مسيّرة معادية سيارة في بلدة عيترون الجنوبية.", "2024-10-15")
    assert [e.actor1 for e in doc.events] == ["Military Forces of Israel"]


def test_the_islamic_resistance_alone_is_hezbollah():
    doc = hadath.extract("أعلنت المقاومة الإسلامية أنها قصفت ثكنة برانيت بالصواريخ الموجهة.", "2023-11-02")
    assert [(e.event_type, e.actor1) for e in doc.events] == [("Explosions/Remote violence", "Hezbollah")]
    # the longer names keep their own rows
    doc = hadath.extract("أعلنت حركة المقاومة الإسلامية حماس أنها قصفت مدينة عسقلان برشقة صاروخية.", "2023-11-02")
    assert [e.actor1 for e in doc.events] == ["Hamas"]


def test_settlements_and_barracks_are_place_nouns_and_a_salvo_is_no_village():
    # "مستعمرة" (the Lebanese press's word for a settlement) and "ثكنة" name the place after them;
    # "بصلية صاروخية" (with a salvo) is not the village of Al Busaylah
    doc = hadath.extract("أعلنت المقاومة الإسلامية أنها قصفت مستعمرة كريات شمونة بصلية صاروخية.", "2024-10-15")
    assert [(e.actor1, e.location, e.country) for e in doc.events] == [("Hezbollah", "Qiryat Shmona", "Israel")]
    doc = hadath.extract("أعلن حزب الله أنه استهدف ثكنة زرعيت بالصواريخ.", "2024-10-15")
    assert [(e.actor1, e.location_text) for e in doc.events] == [("Hezbollah", "زرعيت")]
    # a barracks no list knows is kept as written with its noun, as any site ("جبل صبر")
    doc = hadath.extract("أعلن حزب الله أنه استهدف ثكنة راميم بالصواريخ.", "2024-10-15")
    assert [(e.actor1, e.location_text) for e in doc.events] == [("Hezbollah", "ثكنة راميم")]


def test_executions_count_their_dead_and_residents_and_medics_are_victims():
    # "أعدم التنظيم 20 مدنيا": the execution verb ties the number to the dead
    doc = hadath.extract("وأعدم تنظيم داعش 20 مدنيا رميا بالرصاص في مدينة الموصل بتهمة التعاون مع القوات الأمنية.",
                         "2015-06-15")
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in doc.events] == [
        ("Attack", "Islamic State", 20)]
    # "استشهاد مقيم" (Saudi press), "استشهد مسعف": a singular victim noun counts one
    doc = hadath.extract("سقطت قذيفة على مدينة نجران السعودية، ما أدى إلى استشهاد مقيم وإصابة ثلاثة آخرين.",
                         "2015-05-05")
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [("Shelling/artillery/missile attack", 1)]
    doc = hadath.extract("استشهد مسعف في غارة إسرائيلية على بلدة الناقورة.", "2024-06-05")
    assert [(e.actor1, e.fatalities) for e in doc.events] == [("Military Forces of Israel", 1)]


def test_israeli_towns_of_the_lebanese_and_gaza_press():
    # Haifa and Tel Aviv were missing from the gazetteer; "شمال فلسطين المحتلة" names Israel, so the
    # town of a country the article otherwise never names stays a place
    doc = hadath.extract("أعلن حزب الله أنه قصف مدينة حيفا بصلية من الصواريخ.", "2024-10-15")
    assert [(e.actor1, e.location, e.country) for e in doc.events] == [("Hezbollah", "Haifa", "Israel")]
    doc = hadath.extract("أعلنت المقاومة الإسلامية أنها قصفت كريات شمونة بصلية صاروخية. ودوّت صفارات الإنذار في "
                         "مستوطنات شمال فلسطين المحتلة.", "2024-10-15")
    assert [(e.location, e.country) for e in doc.events] == [("Qiryat Shmona", "Israel")]
    # a barracks named after its noun, in the country across the border, stays
    doc = hadath.extract("أعلن حزب الله أنه استهدف ثكنة برانيت بالصواريخ.", "2024-10-15")
    assert [(e.location, e.country) for e in doc.events] == [("Biranit Barracks", "Israel")]
    doc = hadath.extract("هدمت جرافات الاحتلال منزلا في بلدة سلوان بالقدس المحتلة.", "2024-01-16")
    assert [(e.location, e.country) for e in doc.events] == [("Silwan", "Palestine")]


def test_the_pluperfect_with_a_time_word_of_today_tells_news():
    # "وكانت ... قد استهدفت فجر اليوم": an earlier strike of the same day the article adds, not background
    doc = hadath.extract("استهدفت غارة إسرائيلية بعد ظهر اليوم سيارة على طريق الخردلي قرب مرجعيون. وكانت مسيّرة "
                         "معادية قد استهدفت فجر اليوم دراجة نارية في بلدة عيترون، ما أدى إلى استشهاد مواطن.",
                         "2024-08-20")
    assert [(e.location, e.actor1, e.event_date, e.fatalities) for e in doc.events] == [
        ("Marjaayoun", "Military Forces of Israel", "2024-08-20", 0),
        ("Aitaroun", "Military Forces of Israel", "2024-08-20", 1)]
    # the pluperfect of a strike already told adds to it; one dated years back stays background
    doc = hadath.extract("استهدفت غارة إسرائيلية بعد ظهر اليوم سيارة في بلدة عيترون. وكانت الغارة قد أدت إلى "
                         "استشهاد مواطن.", "2024-08-20")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Aitaroun", 1)]
    doc = hadath.extract("وكانت قوات الاحتلال قد اعتقلت في عام 2019 عددا من الشبان في بلدة بيتا.", "2024-08-20")
    assert doc.events == []


def test_a_war_named_by_one_state_flags_the_warplanes_of_its_sentence():
    # "العدوان الإسرائيلي على لبنان ... شن الطيران الحربي": the warplanes are Israel's, not Lebanon's army
    doc = hadath.extract("تواصل العدوان الإسرائيلي على لبنان، أمس، حيث شنّ الطيران الحربي غارات على بلدة جبشيت، "
                         "ما أدى إلى سقوط عدد من الشهداء.", "2024-10-15")
    assert [(e.sub_event_type, e.actor1, e.inter1, e.location, e.event_date) for e in doc.events] == [
        ("Air/drone strike", "Military Forces of Israel", 8, "Jibchit", "2024-10-14")]
    # with no war named, the flagless warplanes stay the country's own
    doc = hadath.extract("شن الطيران الحربي السوري غارات على بلدة كفرنبل في ريف إدلب.", "2015-10-08")
    assert [e.actor1 for e in doc.events] == ["Military Forces of Syria"]


def test_an_occurrence_added_with_kama_is_by_the_same_hand():
    # "كما قصفت ...": the next sentence names no attacker; it is the group that spoke just before
    doc = hadath.extract("وأعلنت المقاومة الإسلامية أنها تصدت لقوة مشاة إسرائيلية حاولت التقدم باتجاه بلدة عيتا "
                         "الشعب. كما قصفت قاعدة ستيلا ماريس البحرية شمال غرب حيفا بصلية من الصواريخ النوعية.",
                         "2024-10-15")
    assert [(e.event_type, e.actor1, e.location) for e in doc.events] == [
        ("Battles", "Hezbollah", "Aita ech Chaab"),
        ("Explosions/Remote violence", "Hezbollah", "Haifa")]
    # a topic opener ("وفي سياق متصل") is no such addition
    doc = hadath.extract("وأعلنت المقاومة الإسلامية أنها تصدت لقوة مشاة إسرائيلية قرب بلدة عيتا الشعب. وفي سياق "
                         "متصل، سقطت قذائف على مدينة حيفا.", "2024-10-15")
    assert [e.actor1 for e in doc.events] == ["Hezbollah", "Unidentified Armed Group (Israel)"]


def test_villages_across_the_border_named_together_support_each_other():
    # a Lebanese paper names the Israeli attacker and the villages bare, never "لبنان"
    doc = hadath.extract("شنت طائرات إسرائيلية غارات على كفرصير وعيترون.", "2024-10-15")
    assert [(e.location, e.country) for e in doc.events] == [("Kfar Sir", "Lebanon"), ("Aitaroun", "Lebanon")]


def test_the_home_country_of_the_outlet_supports_its_villages():
    # one bare village in a Lebanese paper's report of an Israeli strike is Lebanese
    text = "شنت طائرات إسرائيلية غارة على عيترون صباح اليوم."
    doc = hadath.extract(text, "2024-10-15", outlet="An-Nahar (النهار)")
    assert [(e.location, e.country) for e in doc.events] == [("Aitaroun", "Lebanon")]
    # without the outlet nothing in the text supports the village (the limit this table lifts)
    doc = hadath.extract(text, "2024-10-15")
    assert [e.location for e in doc.events] != ["Aitaroun"]


def test_the_launcher_of_what_was_intercepted_is_the_other_side():
    # "أطلقها الحوثيون" after the interception: the Houthis launched, the one who spoke intercepted
    doc = hadath.extract("وقالت القيادة المركزية الأمريكية إن قواتها أسقطت طائرة مسيرة أطلقها الحوثيون فوق البحر "
                         "الأحمر.", "2024-01-12")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events] == [
        ("Disrupted weapons use", "Military Forces of the United States", "Houthis")]
    doc = hadath.extract("أعلن تحالف دعم الشرعية اعتراض طائرة مسيرة مفخخة أطلقتها الميليشيا الحوثية باتجاه خميس "
                         "مشيط.", "2023-05-10")
    assert [(e.actor1, e.actor2) for e in doc.events] == [("Saudi-led Coalition", "Houthis")]


def test_a_newspaper_quoted_after_li_is_no_place():
    # Saudi papers write who their source spoke to: "لـ«الرياض»" is the newspaper, not Riyadh
    doc = hadath.extract("وقالت مصادر محلية لـ«الرياض» إن طيران التحالف شن غارات على مواقع الحوثيين أمس.",
                         "2015-06-10")
    assert [(e.event_type, e.country) for e in doc.events] == [("Explosions/Remote violence", "Yemen")]


def test_a_deed_named_as_the_purpose_of_another_is_not_told_as_done():
    # "كانت تخطط لتنفيذ تفجيرات": the bombings were planned; the arrest of the cell is the event
    doc = hadath.extract("أعلنت وزارة الداخلية تفكيك خلية إرهابية كانت تخطط لتنفيذ تفجيرات انتحارية في العاصمة.",
                         "2016-06-10")
    assert [e.sub_event_type for e in doc.events] == ["Arrests"]
    doc = hadath.extract("تسلل عناصر من التنظيم إلى المدينة لتنفيذ هجوم على ثكنة للجيش.", "2016-06-10")
    assert doc.events == []


def test_attack_launched_by_a_named_side_is_told_not_talk():
    # "شن ... هجوما": an attack noun a verb of launching governs, with the side that launched it named,
    # stands whatever the model's gate reads of a bare "هجوم"
    doc = hadath.extract("شن مسلحو المقاومة الشعبية هجوما على مقر قيادة الحوثيين في مدينة تعز.", "2016-03-10")
    assert [(e.event_type, e.actor1, e.actor2, e.location) for e in doc.events] == [
        ("Battles", "Popular Resistance (Yemen)", "Houthis", "Taizz")]
    doc = hadath.extract("وشنت قوات الجيش الوطني والمقاومة فجر اليوم هجوما واسعا على مواقع الميليشيات في مديرية نهم.",
                         "2016-03-10")
    assert [(e.event_type, e.actor1, e.location) for e in doc.events] == [
        ("Battles", "Military Forces of Yemen", "Nihm")]
    # told after another kind of event, it is an event of its own, not that one told again
    doc = hadath.extract("قصفت مدفعية الحوثيين أحياء سكنية في مدينة تعز. "
                         "وشن مسلحو المقاومة هجوما على مقر الأمن السياسي في المدينة.", "2016-03-10")
    assert [(e.event_type, e.evidence) for e in doc.events] == [
        ("Explosions/Remote violence", [[0, 46]]), ("Battles", [[47, 105]])]
    # what a relative clause tells of a place is its past
    doc = hadath.extract("أعادت السلطات فتح الفندق الذي كان تعرض لهجوم شنه مسلحون من تنظيم داعش.", "2016-03-10")
    assert doc.events == []


def test_interception_salvo_and_returned_fire_forms_of_the_gulf_and_lebanese_press():
    # "اعتراض وتدمير صاروخ": the two verbal nouns joined by "و" before the missile
    doc = hadath.extract("تمكنت قوات الدفاع الجوي الملكي السعودي مساء أمس من اعتراض وتدمير صاروخ باليستي أطلقته "
                         "الميليشيات الحوثية باتجاه مدينة جازان.", "2018-03-26")
    assert [(e.event_type, e.sub_event_type, e.actor2, e.location) for e in doc.events] == [
        ("Strategic developments", "Disrupted weapons use", "Houthis", "Jizan")]
    # "رشقة من الصواريخ": a salvo told with "من"
    doc = hadath.extract("وأطلقت المقاومة فجر اليوم رشقة من الصواريخ على مستعمرة كريات شمونة.", "2024-01-10")
    assert [(e.event_type, e.sub_event_type, e.location) for e in doc.events] == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Qiryat Shmona")]
    # "ردت على مصدر النيران": fire returned is a clash
    doc = hadath.extract("وقال الجيش إن قوات حرس الحدود الباكستانية ردت على مصدر النيران بعد أن فتحت القوات "
                         "الهندية النار على مواقعها في قطاع سيالكوت.", "2015-08-16")
    assert [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in doc.events] == [
        ("Battles", "Armed clash", "Military Forces of Pakistan", "Military Forces of India")]


def test_denial_after_a_contrast_word_disputes_the_account_before_it():
    # "لكن الجيش نفى ...": the strike the sources told before the denial stands
    doc = hadath.extract("وأفادت مصادر محلية أن ثمانية مدنيين قتلوا في قصف للطيران التركي على قرية قرب مدينة "
                         "زاخو، لكن الجيش التركي نفى أن يكون استهدف مناطق مأهولة.", "2015-08-10")
    assert [(e.event_type, e.sub_event_type, e.actor1, e.fatalities) for e in doc.events] == [
        ("Explosions/Remote violence", "Air/drone strike", "Military Forces of Turkey", 8)]
    # a denial that opens the sentence, or stands before what it denies, still stops it
    doc = hadath.extract("ونفى الجيش التركي أن تكون طائراته قصفت قرية قرب مدينة زاخو.", "2015-08-10")
    assert doc.events == []
    doc = hadath.extract("إلا أن الجيش نفى بشدة مقتل مدنيين في قصف للطيران على قرية قرب مدينة زاخو.", "2015-08-10")
    assert doc.events == []


def test_attack_launched_after_a_concession_is_told():
    # "رغم الإعلان عن السيطرة على ..."، the concession stops the takeover it names, not the attack
    # launched after it by a side the sentence names
    doc = hadath.extract("وبالرغم من الإعلان عن السيطرة على المدينة، شنت قوات الجيش الوطني والمقاومة أمس هجوما "
                         "عنيفا على مواقع الحوثيين في مديرية صرواح.", "2016-03-10")
    assert [(e.event_type, e.sub_event_type, e.event_date) for e in doc.events] == [
        ("Battles", "Armed clash", "2016-03-09")]


def test_assassination_verb_in_the_masculine_and_plural():
    doc = hadath.extract("اغتال مسلحون مجهولون صباح اليوم الاثنين ناشطا حقوقيا أمام منزله في حي الصابري بمدينة بنغازي.",
                         "2014-05-26")
    assert [(e.event_type, e.actor1, e.actor2, e.location, e.fatalities) for e in doc.events] == [
        ("Violence against civilians", "Unidentified Armed Group (Libya)", "Civilians (Libya)", "Benghazi", 1)]


def test_fighting_told_as_heavy_or_raging_and_a_soldier_fallen_in_battle_are_clashes():
    # "قتالا عنيفا"، "احتدام القتال"، "سقط في معركة" (the Gaza war's reports)
    doc = hadath.extract("وقالت مصادر محلية إن قتالا عنيفا يدور منذ فجر اليوم بين الجيش الإسرائيلي ومقاتلي حركة "
                         "حماس في حي الشجاعية شرق مدينة غزة.", "2023-12-10")
    assert [(e.event_type, e.actor1, e.actor2) for e in doc.events] == [
        ("Battles", "Military Forces of Israel", "Hamas")]
    doc = hadath.extract("مع احتدام القتال بين القوات الإسرائيلية ومقاتلي الحركة في مخيم جباليا، خرج مستشفى "
                         "العودة عن الخدمة.", "2023-12-10")
    assert [(e.event_type, e.location) for e in doc.events] == [("Battles", "Jabalya Camp")]
    doc = hadath.extract("وأعلن الجيش الإسرائيلي أن ضابطا في لواء جفعاتي سقط في معركة في جنوب قطاع غزة أمس.",
                         "2023-12-10")
    assert [(e.event_type, e.event_date) for e in doc.events] == [("Battles", "2023-12-09")]


def test_arrest_for_hostile_acts_or_spying_is_political():
    # an arrest is coded only in an article about political violence: hostile acts against the state
    # and spying are such charges (conflict_context.tsv)
    doc = hadath.extract("وذكرت وكالة الأنباء الرسمية أن السلطات اعتقلت يوم السبت مواطنا كنديا يعمل في إحدى الجامعات "
                         "للاشتباه في قيامه بأعمال عدائية ضد الدولة.", "2017-05-09")
    assert [(e.event_type, e.sub_event_type, e.event_date) for e in doc.events] == [
        ("Strategic developments", "Arrests", "2017-05-06")]
    doc = hadath.extract("وأعلنت السلطات الإيرانية اعتقال شخصين في طهران بتهمة التجسس لصالح دولة أجنبية.", "2017-05-09")
    assert [(e.sub_event_type, e.actor1, e.location) for e in doc.events] == [
        ("Arrests", "Police Forces of Iran", "Tehran")]
    # police catching thieves is still no event
    doc = hadath.extract("وأعلنت الشرطة اعتقال شخصين في طهران بتهمة سرقة سيارات.", "2017-05-09")
    assert doc.events == []


def test_clash_verb_in_the_plural_and_dual():
    doc = hadath.extract("وقال مصدر أمني إن عناصر الشرطة اشتبكوا مع مسلحين في حي الكرامة بمدينة الموصل.", "2016-11-20")
    assert [(e.event_type, e.actor1, e.actor2, e.location) for e in doc.events] == [
        ("Battles", "Police Forces of Iraq", "Unidentified Armed Group (Iraq)", "Mosul")]


def test_a_detonation_verb_before_its_subject_and_device_tells_a_blast():
    # VSO: "فجر" + subject + device (detonation_verbs.tsv); the contiguous "فجر عبوة" rows miss it
    doc = hadath.extract("فجر مسلحون عبوة ناسفة بدورية للجيش العراقي قرب مدينة الرمادي.", "2016-11-20")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.location) for e in doc.events] == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq", "Ramadi")]
    doc = hadath.extract("وفجّر عناصر التنظيم سيارة مفخخة عند حاجز للجيش في مدينة دير الزور.", "2016-11-20")
    assert [(e.event_type, e.location) for e in doc.events] == [("Explosions/Remote violence", "Deir ez-Zor")]
    # "فجر" of a time phrase is dawn: a device found at dawn is no blast
    doc = hadath.extract("فجر الأحد عثرت قوات الأمن على عبوة ناسفة في حي الكرامة بالموصل.", "2016-11-20")
    assert all(e.event_type != "Explosions/Remote violence" for e in doc.events)
    # a device the state's forces found and destroyed is no attack
    doc = hadath.extract("وفجرت قوات الأمن عبوة ناسفة عثرت عليها قرب سوق مدينة العريش.", "2016-11-20")
    assert all(e.event_type != "Explosions/Remote violence" for e in doc.events)


def test_a_province_named_as_a_common_word_closes_a_list_of_places():
    # "حجة" alone is a common word (a pretext) the gazetteer keeps out; joined by "و" to a place of its
    # country it is the province: one record per place
    doc = hadath.extract("شنت طائرات التحالف غارات على مواقع الحوثيين في صعدة وحجة.", "2015-08-03")
    got = [(e.sub_event_type, e.country, e.location) for e in doc.events]
    assert len(got) == 2 and ("Air/drone strike", "Yemen", "Hajjah") in got, got
    assert all(x[:2] == ("Air/drone strike", "Yemen") for x in got), got
    # after no place, or as a common noun with the article, it stays out
    doc = hadath.extract("شنت طائرات التحالف غارات على مواقع الحوثيين في صعدة بحجة وجود مخازن أسلحة.", "2015-08-03")
    assert len(doc.events) == 1 and doc.events[0].location != "Hajjah"
    doc = hadath.extract("اندلعت اشتباكات بين المقاومة والحوثيين في منطقة الدكيم والجبال المحيطة بها في لحج.", "2015-08-03")
    assert "Al-Jbal" not in [e.location for e in doc.events]


def test_shelling_joined_after_an_air_strike_with_a_ground_of_its_own_is_its_own_event():
    # strikes from the air and shelling from the ground told in one clause: two records
    doc = hadath.extract("وشهدت الأطراف الغربية لمدينة حلب اشتباكات عنيفة ترافقت مع قصف جوي على منطقة "
                         "الاشتباكات وقصف لقوات النظام على حي الراشدين.", "2015-08-02")
    got = [(e.sub_event_type, e.actor1) for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert ("Air/drone strike", None) in got and ("Shelling/artillery/missile attack", "Military Forces of Syria") in got
    doc = hadath.extract("شنت الطائرات الحربية غارات جوية على بلدة كفرنبل وقصف مدفعي على بلدة حاس.", "2015-08-02")
    assert sorted(e.sub_event_type for e in doc.events) == ["Air/drone strike", "Shelling/artillery/missile attack"]
    # the aircraft's own shelling, or a bare "وقصف", goes on telling the strike
    for text in ("شنت الطائرات الحربية غارات على مدينة دوما وقصفت أحياءها السكنية.",
                 "شنت الطائرات الحربية غارات جوية وقصف على مدينة دوما."):
        assert [e.sub_event_type for e in hadath.extract(text, "2015-08-02").events] == ["Air/drone strike"]


def test_background_with_an_earlier_day_than_an_undated_event_tells_an_earlier_one():
    # the ongoing clash takes the day the article gave before; the pluperfect one of yesterday is another
    text = ("أفادت مصادر محلية اليوم بمقتل مدنيين اثنين في قصف شنه الحوثيون على حي سكني في مدينة تعز. "
            "وقالت المصادر إن المقاومة الشعبية تخوض مواجهات مسلحة مع الحوثيين في عدة جبهات بالمدينة. "
            "وكانت المقاومة الشعبية قد أعلنت عن مقتل 12 حوثيا خلال المواجهات التي دارت بينهم أمس الجمعة.")
    got = [(e.event_date, e.fatalities) for e in hadath.extract(text, "2015-08-08").events if e.event_type == "Battles"]
    assert got == [("2015-08-08", 0), ("2015-08-07", 12)]
    # a period told in the background ("خلال الأيام الماضية") sums days before: no record of its own
    text = text.replace("أمس الجمعة", "خلال الأيام الماضية")
    got = [e.event_date for e in hadath.extract(text, "2015-08-08").events if e.event_type == "Battles"]
    assert got == ["2015-08-08"]


def test_air_artillery_and_missile_attacks_named_with_hujum_or_in_the_accusative():
    # FIGNEWS-style headlines and wire sentences (written for this test)
    sub = lambda t: [(e.sub_event_type, e.actor1) for e in hadath.extract(t, "2024-01-08").events]
    assert sub("هجوم جوي مكثف للجيش الإسرائيلي في جباليا") == [("Air/drone strike", "Military Forces of Israel")]
    assert sub("شنت القوات الروسية هجوما صاروخيا على مدينة خاركيف أمس.") == [
        ("Shelling/artillery/missile attack", "Military Forces of Russia")]
    # an air attack prevented is none
    assert sub("وتسعى الفصائل إلى منع أي هجوم جوي على المدينة.") == []


def test_a_present_tense_verb_tells_an_event_in_a_headline_only():
    # ANT headlines (titles of 2016-17 articles) and a FIGNEWS post
    sub = lambda t: [(e.sub_event_type, e.actor1) for e in hadath.extract(t, "2017-01-08").events]
    assert sub("ردّا على مقتل 12 جنديا : الجيش المصري يقصف معاقل إرهابيين في درنة") == [
        ("Shelling/artillery/missile attack", "Military Forces of Egypt")]
    assert [s for s, _ in sub("الشرطة الفرنسية تعتقل مراهقا يشتبه في أنه خطط لتنفيذ هجمات")] == ["Arrests"]
    # running text: what goes on, or a plan (written for this test)
    assert sub("ويقول السكان إن الطائرات تقصف أحياءهم كل ليلة.") == []
    assert sub("قام بمراجعة خطة لهجوم مدفعي للحامية الجديدة على المواقع المعادية.") == []
