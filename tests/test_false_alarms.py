"""Sentences that name an attack or an arrest without reporting one (false alarms of the coder)."""
import pytest

import hadath


def events(text, published="2017-03-12"):
    return [(e.event_type, e.sub_event_type) for e in hadath.extract(text, published).events]


@pytest.mark.parametrize("text", [
    # an alleged event is not reported as having happened
    "وأدى القصف المزعوم على بلدة معرة النعمان إلى موجة انتقادات دولية واسعة.",
    # an attack given as the background of a decision ("على خلفية") is told elsewhere
    "أعلنت الحكومة الحداد الوطني ثلاثة أيام على خلفية التفجير الذي استهدف سوقا شعبية في مدينة الزرقاء.",
])
def test_alleged_events_and_attacks_given_as_background_are_not_coded(text):
    assert events(text) == []


def test_arrests_over_an_attack_are_coded_but_not_the_attack():
    got = events("اعتقلت الشرطة الألمانية اليوم الأربعاء ثلاثة أشخاص على خلفية الهجوم الانتحاري في مطار إسطنبول.")
    assert got == [("Strategic developments", "Arrests")]


def test_arrests_over_protests_stay_the_protest_intervention():
    got = events("اعتقلت الشرطة الأمريكية عشرات المحتجين على خلفية مظاهرات مناهضة للحكومة في مدينة شيكاغو.")
    assert got == [("Protests", "Protest with intervention")]


def test_the_place_of_an_attack_referred_to_is_not_the_place_of_the_arrest():
    doc = hadath.extract("اعتقلت السلطات البلجيكية، اليوم، عددا من الأشخاص خلال مداهمات على خلفية هجمات باريس.",
                         "2017-03-12")
    assert [e.sub_event_type for e in doc.events] == ["Arrests"]
    assert doc.events[0].location != "Paris" and doc.events[0].location_text != "باريس"


@pytest.mark.parametrize("text", [
    # an arrest over an ordinary crime (theft, fraud, drugs) with no tie to political violence
    "أعلنت الشرطة البولندية اليوم اعتقال أربعة أشخاص في وارسو ينتمون إلى عصابة سرقة سيارات.",
    # what a force intends to do has not happened
    "وتنوي القوات الحكومية استعادة السيطرة على مدينة الرمادي خلال الأيام المقبلة.",
])
def test_ordinary_crime_arrests_and_intentions_are_not_coded(text):
    assert events(text) == []


def test_an_arrest_of_militants_is_still_coded():
    got = events("اعتقلت قوات الأمن العراقية اليوم ثلاثة عناصر من تنظيم داعش في مدينة كركوك.")
    assert got == [("Strategic developments", "Arrests")]


def test_a_claim_of_responsibility_is_no_record_of_its_own():
    text = ("انفجرت عبوة ناسفة صباح اليوم قرب مركز للشرطة في حي مصر الجديدة بالقاهرة، ما أسفر عن إصابة ثلاثة "
            "مجندين. وأعلنت جماعة أجناد مصر عبر حسابها في مدينة الإسكندرية مسؤوليتها عن التفجير.")
    doc = hadath.extract(text, "2015-08-10")
    assert [(e.sub_event_type, e.location) for e in doc.events] == [("Remote explosive/landmine/IED", "Cairo")]


def test_a_claim_that_names_its_attack_by_kind_stands_when_nothing_else_tells_it():
    """The attack told only through its claim is coded, with the claimant as actor1; the claim
    names that attack, so the shelling told before keeps its unnamed attacker."""
    text = ("وأفادت مصادر محلية أن مسلحين قصفوا بقذائف الهاون أحياء سكنية في مدينة تعز، ما أسفر عن مقتل "
            "امرأة. وأعلن تنظيم داعش مسؤوليته عن تفجير انتحاري بسيارة مفخخة استهدف حاجزا للجيش العراقي في "
            "منطقة الطارمية شمال بغداد، أسفر عن مقتل 7 جنود.")
    doc = hadath.extract(text, "2015-11-20")
    got = [(e.sub_event_type, e.admin1, e.actor1, e.fatalities) for e in doc.events]
    assert got == [("Shelling/artillery/missile attack", "Taizz", "Unidentified Armed Group (Yemen)", 1),
                   ("Suicide bomb", "Baghdad", "Islamic State", 7)]


def test_the_day_of_a_claimed_attack_dates_the_sentences_that_tell_it():
    text = ("أعلن تنظيم داعش اليوم الخميس مسؤوليته عن الهجوم الذي وقع الأربعاء على حاجز للشرطة في مدينة العريش. "
            "وقتل ثلاثة من عناصر الشرطة وأصيب خمسة آخرون في الهجوم.")
    doc = hadath.extract(text, "2017-03-23")
    assert doc.events and all(e.event_date == "2017-03-22" for e in doc.events)


def test_an_attack_retold_in_the_pluperfect_with_nothing_told_before_is_not_coded():
    text = ("أعلنت السلطات العراقية اليوم إعادة فتح السوق المركزي في مدينة بعقوبة أمام المتسوقين. "
            "وكان الهجوم أسفر عن مقتل 12 شخصا وإصابة العشرات.")
    assert events(text) == []


def test_an_attack_retold_in_the_pluperfect_adds_to_the_one_told_before():
    text = ("هاجم مسلحون مجهولون اليوم حاجزا للجيش في مدينة بعقوبة بالأسلحة الرشاشة. "
            "وكان الهجوم أسفر عن مقتل جنديين وإصابة ثلاثة آخرين.")
    doc = hadath.extract(text, "2017-03-23")
    first = doc.events[0]
    assert first.event_type == "Battles" and first.fatalities == 2 and len(first.evidence) == 2


def test_a_link_line_repeating_the_headline_is_no_event_of_its_own():
    text = ("قتل شرطيان وأصيب ثلاثة آخرون اليوم السبت في هجوم مسلح على كمين أمني بقرية المنيرة في محافظة الفيوم.\n"
            "رابط الخبر بصحيفة الأنباء: مقتل شرطيين وإصابة ثلاثة في هجوم على كمين بالقاهرة")
    doc = hadath.extract(text, "2015-08-08")
    # (the village of Faiyum the gazetteer lacks, not Al Munirah of Qalyubia: coded at the province, as written)
    assert [(e.event_type, e.location_text, e.admin1) for e in doc.events] == [("Battles", "المنيرة", "Faiyum")]


@pytest.mark.parametrize("text, expected", [
    # explosives seized are weapons, not an explosion
    ("ألقت وحدات الحرس الوطني اليوم القبض على عنصرين إرهابيين بجبل الشعانبي وحجزت لديهما بندقية وكمية من "
     "مواد التفجير ووسائل تفجير.", [("Strategic developments", "Arrests")]),
    ("حجزت قوات الجيش اليوم في مدينة القصرين مخزنا يحتوي على أدوات تفجير وذخيرة.", []),
])
def test_materials_for_blasts_are_no_blast(text, expected):
    assert events(text, "2017-01-03") == expected


def test_a_fire_or_a_wreck_an_attack_caused_does_not_make_it_an_accident():
    """The accident words that stop a whole sentence (حريق، غرق، تحطم) do not stop an attack told before them
    as its cause ("مما أدى إلى"، "وأسفر عن"); a blast that caused a fire may be the accident itself.
    Sentences written for this test."""
    import hadath
    evs = hadath.extract("قصفت طائرات التحالف مخزنا للوقود في صعدة مما أدى إلى اندلاع حريق كبير.", "2017-05-02").events
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Explosions/Remote violence", "Air/drone strike")]
    evs = hadath.extract("أطلق مسلحون النار على حافلة في المنيا مما تسبب في تحطم زجاجها ومقتل 3 ركاب.", "2017-05-02").events
    assert [(e.event_type, e.fatalities) for e in evs] == [("Violence against civilians", 3)]
    assert hadath.extract("انفجرت بطارية سماعات في رحلة جوية وتسببت في حدوث حريق وحروق في وجه فتاة.",
                          "2017-05-02").events == []


def test_a_plane_that_fell_is_an_accident_and_its_toll_told_again_is_the_same_accident():
    """"سقوط طائرة" (a plane that fell) is a crash, not a strike; the toll told again in a later sentence
    with the same generic word and no actor is that crash's (ANT, Riverside, 2017-02-28, shortened)."""
    import hadath
    text = ("قالت وسائل إعلام محلية إن شخصا قتل وأصيب أربعة بعد سقوط طائرة صغيرة على منطقة سكنية قرب مطار في "
            "ريفرسايد بولاية كاليفورنيا يوم الاثنين. وقالت صحيفة محلية نقلا عن مسؤولين بأجهزة الإطفاء إن شخصا قتل "
            "وأصيب أربعة.")
    assert hadath.extract(text, "2017-02-28").events == []
    # a weapon's word after the accident tells its own event
    text = "اندلع حريق بحافلة عسكرية داخل ثكنة تطاوين. وأصيب عسكري في انفجار لغم بجبال ورغة بالكاف."
    assert [e.event_type for e in hadath.extract(text, "2017-06-10").events] == ["Explosions/Remote violence"]


def test_a_negation_with_its_conjunction_undoes_the_deed_after_it_not_the_toll_before():
    # "ولم" negates as "لم" does (ANT, 2017-02-20: no arrest was made)
    got = events("وتعرض موكب رئيس المجلس الرئاسي الليبي أمس إلى إطلاق نار كثيف من قبل مجموعة مسلحة مازالت "
                 "مجهولة ولم يتم القبض على عناصرها.", "2017-02-20")
    assert ("Strategic developments", "Arrests") not in got
    # a toll negated ("ولم يخلف ... اصابات") leaves the shooting told (ANT, 2016-03-15, with its town)
    assert events("ولم يخلف اطلاق النار اصابات في صفوف الوحدات الأمنية بمنطقة الطابعي ببن قردان اليوم.",
                  "2016-03-15") == [("Battles", "Armed clash")]


def test_a_speech_attack_and_media_shelling_are_no_events():
    # ANT international news, 2014-07-16 (Assad's speech)
    assert events("وشن الأسد هجوما على تنظيم الإخوان المسلمين وهاجم دولا عربية وإقليمية عدة وعلى رأسها تركيا "
                  "وبعض دول الخليج التي وصفها بامبراطوريات السياسة والمال والنفط.", "2014-07-16") == []
    # written for this test: a media campaign is no shelling, a media office shelled is
    assert events("قال المرزوقي إنه تعرض لقصف إعلامي متواصل في السنوات الثلاث التي تولى فيها الحكم.") == []
    assert events("قصفت طائرات التحالف مقرا إعلاميا تابعا للحوثيين في صنعاء أمس.", "2017-03-12")[0][0] == \
        "Explosions/Remote violence"


def test_arrests_of_delinquents_and_of_a_prostitution_ring_are_ordinary_crime():
    # ANT local news, 2017-03-17 and 2017-03-09
    assert events("تمكنت الوحدات الأمنية بسوسة الجنوبية ومركز حي الرياض مساء الأربعاء من مداهمة شقة بحي الرياض "
                  "وايقاف 3 رجال و3 فتيات، ينشطون ضمن شبكة دعارة.", "2017-03-17") == []
    got = events("تعمّد عدد من الاشخاص الاعتداء على أعوان أمن بواسطة الحجارة وذلك عندما تولت وحدات الأمن الوطني "
                 "القبض على منحرف محلّ عدّة مناشير تفتيش من أجل قضايا أمن عام بجهة الكرم الغربي.", "2017-03-09")
    assert got == [("Riots", "Mob violence")]


def test_a_bare_launch_verb_that_launches_no_weapon_is_no_attack():
    # FIGNEWS posts (2023): hostages released, a platform launched; a Saudi drone named (ANT, 2017-05-11)
    assert events("أطلقت حماس سراح 10 رهائن إسرائيليين واثنين من المواطنين التايلانديين يوم الثلاثاء مع استمرار "
                  "وقف إطلاق النار بين إسرائيل وحماس.", "2023-11-28") == []
    assert events('هذه المنصة تتبع لمكتب الشهداء والأسرى لدى حركة حماس، وأطلقت بهدف توثيق بيانات كافة الأسرى.',
                  "2024-02-01") == []
    # firing still is (written for this test)
    assert events("أطلق مسلحون النار على دورية للشرطة في مدينة درنة مساء أمس.", "2017-05-11") == [
        ("Battles", "Armed clash")]


def test_hostages_held_are_an_abduction_and_cyber_or_denied_strikes_no_event():
    # FIGNEWS posts (2023-24)
    assert events("وعلى مدى مائة يوم، احتجزت حماس 136 رهينة في قطاع غزة.", "2024-01-14") == [
        ("Violence against civilians", "Abduction/forced disappearance")]
    assert events("الكاتب الصحافي نضال خضرا يكشف لـ #الحدث عن هجوم سيبراني نفذته #حماس صباحاً..", "2023-11-20") == []
    assert events("وعندما تدخل الهدنة حيز التنفيذ، فإن القتال بين إسرائيل والجماعات الفلسطينية في غزة سوف يتوقف، وهذا "
                  "يعني على الأرجح عدم شن إسرائيل غارات جوية.", "2023-11-22") == []
    assert events("تقول طالبة مناصرة لفلسطين في جامعة نيويورك إنها أوقفت عن العمل وفقدت المنحة الدراسية بعد أن مزقت "
                  "ملصقات تحمل صور رهائن إسرائيليين", "2023-11-20") == []


@pytest.mark.parametrize("text", [
    # the goal of operations going on (ANT, 2017-02-23)
    "وناقش عضو مجلس الشيوخ حملة مكافحة داعش والعمليات الجارية لاستعادة السيطرة على مدينة الرقة السورية.",
    # what armed groups contend for (ANT, 2016-10-02)
    "ورجح مراسلنا تجدد التوتر بين المجموعات المسلحة في ليبيا والمتنازعة للسيطرة على المعبر الحدودي.",
])
def test_ground_named_as_a_purpose_is_not_taken(text):
    """A verbal noun of taking ground with the purpose لـ ("لاستعادة السيطرة على"، "للسيطرة على") names
    what a side seeks, not ground taken."""
    assert [t for t, _ in events(text, "2017-02-23") if t == "Battles"] == []
    assert events("تمكنت القوات العراقية من استعادة السيطرة على حي الزهراء في الموصل.", "2017-02-23") == [
        ("Battles", "Government regains territory")]


def test_attacks_named_as_a_purpose_are_not_told(monkeypatch):
    """"غادروا سوريا ... لشن هجمات في فرنسا وبلجيكا" (ANT, 2016-06-15): attacks someone set out "to launch"
    are a plan, even after a sentence that names imminent attacks (by the rules: the model's gate happened
    to drop this one already)."""
    monkeypatch.setenv("HADATH_CODER", "rules")
    text = ("ذكرت صحيفة بلجيكية اليوم أنه تم استقبال مذكرة في مراكز شرطة بلجيكية عديدة تشير إلى هجمات إرهابية "
            "وشيكة في فرنسا وبلجيكا. وتشير هذه المذكرة المفصلة إلى ان بعض الجهاديين غادروا سوريا منذ 10 ايام "
            "للوصول إلى أوروبا عن طريق تركيا واليونان لشن هجمات في فرنسا وبلجيكا.")
    assert events(text, "2016-06-15") == []
    assert events("شن مسلحون هجوما على حاجز أمني في العريش صباح اليوم.", "2016-06-15") != []


@pytest.mark.parametrize("text", [
    # a road blocked (ANT, 2017-06-03)
    "وقال مصدر أمني إن مجموعة مسلحة اعترضت طريق السيارة التي كانت تنقل إرسالية مالية في مدينة غريان.",
    # migrants stopped at sea (ANT, 2017-06-18)
    "واعترض خفر السواحل الليبي طريق 906 مهاجرين على متن زوارق خشبية ومطاطية قبالة السواحل الليبية.",
    # an objection (ANT, 2016-09-28)
    "وأضاف أن المواطنة التي اعترضت على ذلك التنظيم لم تتمكن من قضاء شؤونها.",
])
def test_a_bare_verb_of_intercepting_with_no_missile_intercepts_no_weapon(text):
    assert ("Strategic developments", "Disrupted weapons use") not in events(text, "2017-06-03")


def test_a_missile_or_drone_intercepted_is_still_a_disrupted_weapons_use():
    assert events("أعلن التحالف أن الدفاعات الجوية اعترضت صاروخا باليستيا أطلقه الحوثيون باتجاه جازان.",
                  "2017-06-03") == [("Strategic developments", "Disrupted weapons use")]


@pytest.mark.parametrize("text", [
    # a man deported (ANT, 2017-03-12)
    "قامت السلطات الايطالية اليوم الاحد بطرد تونسي كان مقيما بالقرب من العاصمة روما بسبب صلاته بأنيس العامري.",
    # an ambassador expelled (ANT, 2016-01-05)
    "وقامت السودان أمس بطرد السفير الإيراني من الخرطوم على خلفية الاعتداء على سفارة السعودية في طهران.",
    # a parcel (ANT, 2016-09-22)
    "وقد تم توجيه الطرد للتوزيع وفقا للإجراءات المعمول بها في مكتب البريد بالحمامات.",
])
def test_expelling_no_armed_group_takes_no_ground(text):
    assert [t for t, _ in events(text, "2017-03-12") if t == "Battles"] == []


def test_expelling_an_armed_group_still_takes_ground():
    assert events("تمكنت القوات العراقية من طرد مسلحي داعش من بلدة القيارة جنوب الموصل.", "2016-08-25") == [
        ("Battles", "Government regains territory")]


def test_a_grievous_accident_is_no_attack():
    """"جد ... حادث أليم ... تمثل في دهس القطار ... رجلا" (ANT, 2017-05-15): a train that hit a shepherd."""
    text = ("جد صباح اليوم الاثنين حادث أليم بمنطقة الشقارنية من معتمدية النفيضة تمثل في دهس القطار الرابط بين "
            "المنستير وتونس رجلا في عقده السادس كان يرعى أغنامه.")
    assert events(text, "2017-05-15") == []
