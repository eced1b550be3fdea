"""Protests as Lebanese, Palestinian, Jordanian and Iraqi outlets tell them (2019-25): forces firing on
protesters, marches that "go out", West Bank places, solidarity rallies. Sentences written for these tests."""
import hadath


def _events(text: str, date: str = "2024-03-10"):
    return hadath.extract(text, date).events


def test_protesters_killed_by_a_state_force_are_the_protest_met_with_excessive_force():
    # with the protest's word: one record, the protest's, the force as actor2, the dead counted
    evs = _events("قتل متظاهران برصاص قوات الأمن خلال احتجاجات في مدينة الناصرية جنوب العراق.")
    assert [(e.event_type, e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in evs] == [
        ("Protests", "Excessive force against protesters", "Protesters (Iraq)", "Police Forces of Iraq", 2)]
    # with protesters as the victims and no protest word
    evs = _events("قتل ثلاثة متظاهرين برصاص الشرطة في مدينة الناصرية.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Excessive force against protesters", 3)]
    evs = _events("أطلقت الشرطة النار على المتظاهرين في الخرطوم فقتلت ثلاثة منهم.")
    assert [(e.event_type, e.sub_event_type, e.location) for e in evs] == [
        ("Protests", "Excessive force against protesters", "Khartoum")]
    # a march held after an assault, asking for security, is no shooting of protesters
    evs = _events("نظم تلاميذ المعهد مسيرة احتجاجية للمطالبة بتوفير الأمن بعد تعرض زميلهم إلى اعتداء بسكين.")
    assert [e.sub_event_type for e in evs if e.event_type == "Protests"] == ["Peaceful protest"]


def test_the_police_who_shoot_a_civilian_are_the_attackers():
    evs = _events("قتل شاب برصاص الشرطة في بغداد.")
    assert [(e.event_type, e.actor1, e.actor2) for e in evs] == [
        ("Violence against civilians", "Police Forces of Iraq", "Civilians (Iraq)")]
    # the police who shoot the attacker of a rampage did not carry it out
    evs = _events("أطلقت الشرطة النار على المهاجم فأردته قتيلا بعد أن طعن ثلاثة مارة في لندن.")
    assert all(e.actor1 != "Police Forces of the United Kingdom" for e in evs)


def test_a_march_that_goes_out_is_a_march():
    evs = _events("خرجت مسيرة في نابلس تنديدا بالاقتحام.")
    assert [(e.event_type, e.location) for e in evs] == [("Protests", "Nablus")]
    # a drone, "مسيرة" too, goes out nowhere with a weapon word
    evs = _events("أطلقت طائرة مسيرة إسرائيلية صاروخا على سيارة في بلدة الخيام.")
    assert all(e.event_type != "Protests" for e in evs)


def test_the_participants_of_a_protest_chanting_tell_it():
    evs = _events("هتف المشاركون في الوقفة أمام مقر الأمم المتحدة في بيروت بشعارات تندد بالحرب.")
    assert [(e.event_type, e.location) for e in evs] == [("Protests", "Beirut")]
    # the participants of a conference are not a crowd protesting
    assert _events("هتف المشاركون في المؤتمر بشعارات ترحيبية بالضيوف في بيروت.") == []


def test_west_bank_places_and_amman():
    evs = _events("قتل شاب برصاص قوات الاحتلال في جنين.")
    assert [(e.location, e.admin1, e.country) for e in evs] == [("Jenin", "West Bank", "Palestine")]
    evs = _events("خرجت مسيرات غاضبة في الضفة الغربية.")
    assert [(e.event_type, e.location, e.geo_precision) for e in evs] == [("Protests", "West Bank", 3)]
    # "عمّان" with its shadda is the city, not the country "عُمان"
    evs = _events("شارك الآلاف في مسيرة جابت شوارع عمّان.")
    assert [(e.location, e.country) for e in evs] == [("Amman", "Jordan")]


def test_a_place_named_only_in_the_demand_is_not_where_the_crowd_gathered():
    evs = _events("تظاهر المئات في لندن تضامنا مع غزة.")
    assert [(e.location, e.actor1) for e in evs] == [("London", "Protesters (United Kingdom)")]
    evs = _events("شارك الآلاف في مسيرة جابت شوارع عمّان تضامنا مع غزة.")
    assert [(e.location, e.actor1) for e in evs] == [("Amman", "Protesters (Jordan)")]
    evs = _events("نظم طلاب الجامعة الأردنية وقفة احتجاجية في الأردن تنديدا بالعدوان على غزة.")
    assert [e.location for e in evs] == ["Jordan"]


def test_world_cities_of_the_solidarity_rallies():
    for city, name, country in (("الدوحة", "Doha", "Qatar"), ("سان فرانسيسكو", "San Francisco", "United States"),
                                ("فيينا", "Vienna", "Austria"), ("جاكرتا", "Jakarta", "Indonesia")):
        evs = _events(f"تظاهر المئات في {city} تضامنا مع غزة.", "2023-11-10")
        assert [(e.location, e.country) for e in evs] == [(name, country)], city
    # protesters who support a cause are no place: the rally stays where it was held
    evs = _events("قام متظاهرون مؤيدون لفلسطين بإغلاق جسر البوابة الذهبية في سان فرانسيسكو.", "2023-11-10")
    assert [(e.event_type, e.location) for e in evs] == [("Protests", "San Francisco")]


def test_more_capitals_and_a_history_told_with_sabaqa():
    evs = _events("تظاهر المئات في طنجة احتجاجا على غلاء الأسعار.", "2023-11-10")
    assert [(e.location, e.country) for e in evs] == [("Tangier", "Morocco")]
    # "سبق لـ X أن": what X did before, not an event of the article
    assert _events("وسبق لبيونغيانغ أن أجرت خمس تجارب نووية وأطلقت عددا من الصواريخ الباليستية.", "2017-04-16") == []


def test_a_rally_whose_only_place_is_its_cause_has_no_country_from_it():
    evs = _events("تظاهر الآلاف في عدة مدن أوروبية تضامنا مع غزة.", "2023-11-10")
    assert [(e.event_type, e.location, e.country, e.actor1) for e in evs] == [("Protests", None, None, "Protesters")]


def test_protesters_named_after_a_verb_of_burning_or_stoning_riot():
    evs = _events("أحرق متظاهرون غاضبون مقر حزب الدعوة في الناصرية.", "2019-11-10")
    assert [(e.event_type, e.sub_event_type, e.actor1, e.location) for e in evs] == [
        ("Riots", "Violent demonstration", "Rioters (Iraq)", "Nasiriyah")]
    evs = _events("رشق متظاهرون قوات الأمن بالحجارة في البصرة.", "2019-11-10")
    assert [(e.event_type, e.location) for e in evs] == [("Riots", "Basrah")]


def test_a_protest_verbs_demand_may_stand_past_its_subject_and_its_place_is_where_they_gathered():
    # "احتج X على Y": the demand follows the "على" past the crowd; Gaza in it is what they protest,
    # the capital named after "أمام" is where they gathered
    evs = _events("احتج مئات الطلاب على الحرب في غزة أمام مبنى البرلمان في عمّان.", "2024-04-25")
    assert [(e.event_type, e.location, e.country) for e in evs] == [("Protests", "Amman", "Jordan")]
    assert evs[0].demand["text"] == "الحرب في غزة"
    # the city between the verb and its "على" is the protest's own
    evs = _events("احتج الطلاب في جامعة كولومبيا بنيويورك على الحرب في غزة.", "2024-04-25")
    assert [(e.location, e.demand["text"]) for e in evs] == [("New York City", "الحرب في غزة")]
    # no other place: the demand's place is not where they were, and no country is known
    evs = _events("احتج مئات الطلاب على الحرب في غزة.", "2024-04-25")
    assert [(e.location, e.country) for e in evs] == [(None, None)]
    # a clause end stops the search for "على": no demand from the next clause
    evs = _events("احتج العمال أمس، وقال مسؤول إن الاتفاق على الأجور قريب.", "2024-04-25")
    assert all(e.demand is None for e in evs)


def test_a_headline_names_its_protest_by_the_nation_of_its_crowd():
    # no town, no time: the nationality places the protest in its country (headlines of 2018)
    evs = _events("احتجاجات في مدن إيرانية بسبب تدهور الأوضاع الاقتصادية", "2018-01-02")
    assert [(e.event_type, e.country, e.actor1) for e in evs] == [("Protests", "Iran", "Protesters (Iran)")]
    evs = _events("الروس يتظاهرون: ارفعوا المعاش وليس سن المعاش", "2018-07-29")
    assert [(e.event_type, e.country) for e in evs] == [("Protests", "Russia")]
    # protesters a headline names, then their plural verb of violence, riot
    evs = _events("متظاهرون إيرانيون يهاجمون حوزة علمية بالقرب من طهران", "2018-01-02")
    assert [(e.event_type, e.sub_event_type, e.location) for e in evs] == [("Riots", "Violent demonstration", "Tehran")]
    evs = _events("احتجاجات جنوب العراق: مئات المتظاهرين يحرقون مجلس قضاء القرنة المحلي", "2018-07-20")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Riots", "Violent demonstration")]
    # an assault on the protesters is not theirs
    evs = _events("علق القيادي على تفريق الأمن أمس لمسيرة مناهضة لقانون المصالحة والاعتداء على المحتجين.", "2015-09-02")
    assert all(e.event_type != "Riots" for e in evs)


def test_protesters_who_disperse_or_clash_with_the_police_tell_their_protest():
    evs = _events("وتفرق المتظاهرون حوالى منتصف الليل من دون حوادث.")
    assert [e.event_type for e in evs] == ["Protests"]
    evs = _events("بعدها اصطدم المحتجون مع الشرطة التي تدخلت لفضهم.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Riots", "Violent demonstration")]


def test_pretending_questions_and_expected_protests_are_no_protest():
    # تظاهر بـ + a thing is "pretend"; with a number of people, an occasion or a place it protests
    assert _events("وتظاهر الأخ بالموافقة على طلب الخاطفين قبل أن يتوجه إلى الشرطة.") == []
    assert _events("تظاهر شاب أسترالي بفقدانه البصر في الطريق العام.") == []
    for text, place in (("تظاهروا بالآلاف في شوارع بيروت.", "Beirut"), ("تظاهر المئات بمدينة صفاقس.", "Sfax"),
                        ("تظاهر المئات ببيروت أمس.", "Beirut")):
        assert [(e.event_type, e.location) for e in _events(text)] == [("Protests", place)], text
    # a question asks, it tells nothing
    assert _events("كيف اندلعت موجة الاحتجاجات في الأردن؟") == []
    # protests "expected" are not yet held; the strike before them is
    evs = _events("مقتل فلسطيني بقصف إسرائيلي على غزة قبيل احتجاجات مرتقبة", "2018-05-14")
    assert [e.event_type for e in evs] == ["Explosions/Remote violence"]


def test_protests_named_by_their_country_and_told_going_on_are_told():
    evs = _events("استمرار احتجاجات الأردن رغم استقالة رئيس الوزراء هاني الملقي", "2018-06-05")
    assert [(e.event_type, e.country) for e in evs] == [("Protests", "Jordan")]
    # a named sit-in of the past, given as a model, stays a name
    evs = _events("وقال: حتى وإن اقتضى الأمر تنظيم تعبئة جماهيرية متواصلة على غرار ما حصل في اعتصام باردو.", "2017-05-25")
    assert evs == []


def test_a_grievances_date_in_the_demand_does_not_date_the_protest():
    text = ("وقال عضو النقابة إن عاملين اثنين دخلا في إضراب جوع احتجاجا على تصرفات المؤتمن العدلي "
            "الذي تم تعيينه على رأس الشركة منذ 2013.")
    evs = _events(text, "2017-02-21")
    assert [(e.event_type, e.event_date) for e in evs] == [("Protests", "2017-02-21")]


def test_a_place_after_a_preposition_is_no_part_of_a_companys_name():
    evs = _events("نفذ العمال وقفة احتجاجية أمام مقر الشركة بصفاقس.", "2017-02-21")
    assert [(e.event_type, e.location) for e in evs] == [("Protests", "Sfax")]
    # in construct it is the name ("صحيفة الرياض": the paper, not Riyadh)
    evs = _events("ونقلت صحيفة الرياض أن متظاهرين تجمعوا أمام السفارة.", "2017-02-21")
    assert all(e.location != "Riyadh" for e in evs)


def test_a_protest_in_background_told_in_the_present_is_going_on():
    evs = _events("يذكر أن أهالي الجهة ينفذون وقفة احتجاجية للمطالبة بتركيز مخفضات للسرعة حماية لأبنائهم.", "2017-05-04")
    assert [e.event_type for e in evs] == ["Protests"]


def test_fans_rioting_at_a_match_are_a_mob():
    evs = _events("قدرت الخسائر المادية الناجمة عن أحداث الشغب التي جدت مساء أمس بملعب رادس خلال مباراة الدربي بخمسين ألف دينار.",
                  "2017-05-01")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Riots", "Mob violence")]
    evs = _events("توقفت المقابلة قبل حوالي 5 دقائق من النهاية بسبب شغب جماهير الشبيبة.", "2017-04-05")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Riots", "Mob violence")]
    # a riot word with no match and no prison is still a demonstration's
    evs = _events("اندلعت أعمال شغب في حي التضامن احتجاجا على وفاة شاب.", "2017-04-05")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Riots", "Violent demonstration")]


def test_control_of_the_situation_is_no_territory():
    text = "وتطورت أحداث الشغب إلى مواجهات مع رجال الأمن الذين نجحوا في السيطرة على الوضع في النهاية."
    assert all("territory" not in e.sub_event_type for e in _events(text, "2017-05-01"))


def test_talk_of_riots_festival_shows_and_crimes_are_no_riot_or_protest():
    # riots that a decision is "about" are talked of
    text = "أكد الناطق الرسمي للرابطة أن المكتب تسلم مراسلة تفيد باتخاذ قرارات جديدة بخصوص أحداث الشغب في الملاعب."
    assert _events(text, "2017-03-31") == []
    # measures to limit riots
    assert _events("تعتزم الحكومة تسجيل بيانات المشجعين كجزء من تدابير للحد من أعمال الشغب في الملاعب.") == []
    # "التظاهرات" of a festival are its shows; with a demand they protest
    text = "سعت المندوبية الثقافية إلى أن تكون هذه الدورة جامعة بين الغناء والموسيقى الصوفية والتظاهرات الاجتماعية."
    assert _events(text, "2017-06-01") == []
    # a culprit who stones a car commits a crime, no riot
    text = "وتعود أطوار الجريمة إلى مساء الثلاثاء حيث قام الجاني برشق سيارة بالحجارة مما تسبب في إصابة مرافق السائق."
    assert all(e.event_type != "Riots" for e in _events(text, "2017-04-01"))
    # supporting protests in words is talk of them
    text = "أكد المرزوقي أنه يساند التحركات الاحتجاجية السلمية ويتضامن معها."
    assert _events(text, "2017-04-01") == []


def test_burning_a_flag_or_an_effigy_is_a_protests_gesture_not_a_riot():
    evs = _events("وأحرق متظاهرون غاضبون العلم الإسرائيلي أمام السفارة في عمّان.", "2023-11-20")
    assert [(e.event_type, e.sub_event_type, e.location) for e in evs] == [("Protests", "Peaceful protest", "Amman")]
    evs = _events("وأحرق المحتجون صور الرئيس ودمية تمثله أمام البرلمان.", "2023-11-20")
    assert [e.event_type for e in evs] == ["Protests"]
    # cars and offices burned are a riot
    evs = _events("أحرق المتظاهرون سيارات الشرطة ومقر الحزب في البصرة.", "2023-11-20")
    assert [e.event_type for e in evs] == ["Riots"]


def test_protests_the_police_repressed_met_intervention():
    evs = _events("وقد قمعت الشرطة الإيرانية الاحتجاجات التي اندلعت في عدة مدن بعد وفاة مهسا أميني.", "2022-09-25")
    assert [(e.event_type, e.sub_event_type, e.country) for e in evs] == [("Protests", "Protest with intervention", "Iran")]


def test_how_many_the_protesters_were_anchors_their_protest_and_a_grievances_span_does_not_date_it():
    evs = _events("ووصل عدد المحتجين، حسب ما نقلته وكالة فرانس برس، عدة مئات.", "2017-04-23")
    assert [e.event_type for e in evs] == ["Protests"]
    text = "ويعتصم العمال أمام مقر الشركة للمطالبة بأجورهم التي لم يتحصلوا عليها منذ ستة أشهر."
    assert [(e.event_type, e.event_date) for e in _events(text, "2017-04-01")] == [("Protests", "2017-04-01")]
    # a killing "منذ يومين" is dated two days back
    evs = _events("قتل جنديان منذ يومين في هجوم على دورية بالقصرين.", "2017-04-01")
    assert [e.event_date for e in evs] == ["2017-03-30"]


def test_participants_of_a_march_and_unnamed_protesters_tell_their_protest():
    evs = _events("وذكر أحد المشاركين في المسيرة أن البحارة يطالبون بإعادة مراجعة توزيع الحصص.", "2017-03-20")
    assert [e.event_type for e in evs] == ["Protests"]
    evs = _events("أكد المراسل أن وحدة من الجيش اضطرت للانسحاب بعد منعها من طرف محتجين دخول جزيرة قرقنة أمس.", "2016-04-12")
    assert [e.event_type for e in evs] == ["Protests"]
    # protesters whose demands a meeting considers are spoken of: no protest of their own
    assert _events("وتطرق اللقاء إلى النظر في مطالب محتجين من الجهة.", "2016-04-12") == []


def test_this_protest_action_comes_tells_a_protest_and_merges_with_the_one_told():
    evs = _events("ويأتي هذا التحرك الاحتجاجي للمطالبة بالتشغيل والتنمية في الجهة.", "2017-04-01")
    assert [e.event_type for e in evs] == ["Protests"]
    text = ("تتواصل الاحتجاجات في الحسيمة المغربية لليوم الثامن على التوالي. وتأتي هذه الاحتجاجات للمطالبة بإطلاق "
            "سراح ناصر الزفزافي، الذي اعتقل يوم الاثنين الماضي رفقة آخرين.")
    evs = _events(text, "2017-06-03")
    assert [(e.event_type, e.event_date, len(e.evidence)) for e in evs] == [("Protests", "2017-06-03", 2)]


def test_what_protesters_try_or_are_called_to_leaves_them_protesters():
    evs = _events("وقد حاول عدد من المشاركين في المسيرة طرده غير أن عددا آخر تدخل لمنعهم حرصا على صورة تونس.", "2015-03-29")
    assert [e.event_type for e in evs] == ["Protests"]
    # the angry protesters a union tried to restrain at the seat of the company, today
    evs = _events("وأشار ساسي إلى أن النقابة حاولت اليوم تأطير المحتجين الغاضبين أمام مقر الشركة بصفاقس.", "2017-03-01")
    assert [e.event_type for e in evs] == ["Protests"]
    # a call to protest names no protesters: still a plan
    assert _events("ودعا الاتحاد العمال إلى تنظيم وقفة احتجاجية يوم الخميس المقبل.", "2017-03-01") == []
    # protesters as the victims of an old charge are no protest
    text = "ويواجه سيف الإسلام عديد التهم منها قمع الاحتجاجات وإصدار أوامر لقتل المتظاهرين."
    assert all(e.event_type != "Protests" for e in _events(text, "2016-11-10"))


def test_a_protest_named_with_a_demonstrative_is_the_one_told_or_stands_for_it():
    text = "وأضاف المصدر أن هذا التحرك الاحتجاجي للأعوان يسعى لمطالبة السلط الجهوية بفتح المستشفى الجديد بصفاقس."
    assert [e.event_type for e in _events(text, "2017-02-06")] == ["Protests"]
    # after a protest told, it adds to it
    text = ("نفذ أعوان المستشفى الجهوي بقفصة صباح اليوم وقفة احتجاجية أمام مقر الولاية. وأضاف المصدر أن هذا "
            "التحرك الاحتجاجي يسعى لمطالبة السلط الجهوية بفتح المستشفى الجديد بقفصة.")
    evs = _events(text, "2017-02-06")
    assert [(e.event_type, len(e.evidence)) for e in evs] == [("Protests", 2)]
    # an attack so named still refers back
    assert _events("وأدان الوزير هذا الهجوم الإرهابي.", "2017-02-06") == []


def test_possessive_and_wave_forms_of_protest_nouns():
    for text in ("أكد رئيس جمعية القضاة مساندتهم لطلبة الحقوق في احتجاجاتهم اليوم أمام وزارة التعليم العالي بتونس.",
                 "أثار مقتل الطفل موجة احتجاج واسعة في مدينة القدس أمس.",
                 "أشرف الأمين العام اليوم على تظاهرة عمالية بقفصة بمناسبة عيد الشغل."):
        assert [e.event_type for e in _events(text, "2017-05-01")] == ["Protests"], text
    # the protest action after "لل" (ل + ال) is its noun too
    text = "أكد المدير تأجيل المهرجان نظرا للتحركات الاحتجاجية التي تشهدها الولاية اليوم من طرف عمال المصنع."
    assert [e.event_type for e in _events(text, "2017-05-01")] == ["Protests"]


def test_an_interview_is_no_match_and_a_youth_club_no_place():
    # "مقابلة" is a match in Tunisia and an interview elsewhere: it does not make a riot a mob's
    evs = _events("وقال في مقابلة مع قناة الجزيرة إن أعمال الشغب في المدينة تسببت في خسائر كبيرة أمس.", "2017-04-05")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Riots", "Violent demonstration")]
    # "الشبيبة" (a youth club) is no village
    evs = _events("توقفت المقابلة قبل حوالي 5 دقائق من النهاية بسبب شغب جماهير الشبيبة.", "2017-04-05")
    assert [(e.sub_event_type, e.location) for e in evs] == [("Mob violence", None)]


def test_gaza_war_rally_wording():
    evs = _events("احتجاج أمام منزل رئيس الوزراء في قيسارية الليلة", "2024-03-10")
    assert [(e.event_type, e.location) for e in evs] == [("Protests", "Caesarea")]
    evs = _events("مسيرة من أجل إعادة المختطفين تنطلق من تل أبيب إلى القدس", "2024-03-10")
    assert [e.event_type for e in evs] == ["Protests"]
    # police that break up a rally intervene
    evs = _events("الشرطة الألمانية تفض مظاهرة مؤيدة للفلسطينيين في برلين", "2024-03-10")
    assert [(e.sub_event_type, e.location) for e in evs] == [("Protest with intervention", "Berlin")]


def test_crowds_that_come_to_stand_with_someone_rally():
    # a multitude that comes or flocks somewhere (a time may stand between) to support someone rallies
    evs = _events("جاءت الحشود الليلة إلى ساحة المختطفين في تل أبيب لدعم عائلات المختطفين.", "2023-10-20")
    assert [(e.event_type, e.location, e.event_date) for e in evs] == [("Protests", "Tel Aviv", "2023-10-20")]
    evs = _events("توافد الآلاف على ساحة الحبيب بورقيبة بالعاصمة تضامنا مع الشعب الفلسطيني.", "2023-10-20")
    assert [e.event_type for e in evs] == ["Protests"]
    # coming, or a visit, "to support" something is no rally
    assert _events("وجاءت الزيارة لدعم العلاقات بين البلدين.", "2023-10-20") == []
    assert _events("جاء ذلك في بيان لدعم الاستثمار في الجهة.", "2023-10-20") == []


def test_a_nationality_inside_the_demand_does_not_place_the_rally():
    # "تضامنا مع الشعب الفلسطيني": who the crowd stands with, not where it stood
    evs = _events("تجمع المئات أمام السفارة تضامنا مع الشعب الفلسطيني.", "2023-10-20")
    assert [(e.event_type, e.location, e.country) for e in evs] == [("Protests", None, None)]
    # the crowd's own nationality, with its town, still places it
    evs = _events("تظاهر آلاف الفلسطينيين في رام الله تضامنا مع الأسرى.", "2023-10-20")
    assert [(e.location, e.country) for e in evs] == [("Ramallah", "Palestine")]


def test_the_streets_of_amman_are_in_jordan():
    # "عمان" without its shadda is Oman as a name alone, Amman after its streets or its centre
    evs = _events("خرج الآلاف في شوارع عمان دعما لغزة.", "2023-10-20")
    assert [(e.location, e.actor1) for e in evs] == [("Amman", "Protesters (Jordan)")]
    evs = _events("تظاهر المئات وسط عمان ضد الغلاء.", "2023-10-20")
    assert [e.location for e in evs] == ["Amman"]


def test_a_crowd_named_after_its_verb_blocks_the_road_or_attacks():
    # verb first, its crowd after it, the road after that: a road blocked by a crowd, a protest
    evs = _events("قطع عشرات المواطنين الطريق الرئيسية في مدينة كسلا احتجاجا على انقطاع المياه.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Protests", "Peaceful protest")]
    evs = _events("أغلق أهالي قرية الزاوية الطريق الوطنية صباح اليوم.")
    assert [e.event_type for e in evs] == ["Protests"]
    # a force that closes the road is no crowd
    assert _events("أغلقت الشرطة الطريق الرئيسية في مدينة كسلا اليوم.") == []
    # dozens of young men, an angry crowd: a mob's attack, a riot, not an armed clash
    evs = _events("اعتدى عشرات الشبان على أعوان الأمن في مدينة كسلا اليوم.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Riots", "Mob violence")]
    evs = _events("هاجم حشد غاضب مركز الشرطة في مدينة كسلا وأحرقوه اليوم.")
    assert [e.event_type for e in evs] == ["Riots"]
    # the Popular Mobilisation (الحشد الشعبي) is an armed force, no angry crowd
    evs = _events("هاجم الحشد الشعبي مواقع داعش في تلعفر اليوم.")
    assert all(e.event_type != "Riots" for e in evs)


def test_rubber_bullets_are_an_intervention_live_ammunition_excessive_force():
    evs = _events("أصيب عشرة متظاهرين بجروح عندما أطلقت الشرطة الرصاص المطاط على مسيرة في مدينة الرقة اليوم.")
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]
    evs = _events("أطلقت قوات الأمن الذخيرة الحية على المتظاهرين في الناصرية اليوم.")
    assert [e.sub_event_type for e in evs] == ["Excessive force against protesters"]
