"""Who acted and who was acted upon: actor1/actor2 of coded events, on news-style sentences
written for these tests."""
import hadath


def events(text, published="2016-03-20"):
    return hadath.extract(text, published).events


def test_the_authorities_that_arrest_are_their_countrys_police_and_no_side_of_anything_else():
    """"اعتقلت السلطات البلجيكية": the authorities with a nationality adjective arrest as that
    state's police (they were no actor: an arrest told after a sentence naming another country
    took that country's police); elsewhere they are no side ("أعطت السلطات الإذن بهدم ...",
    "أكدت السلطات أن انفجارا ...")."""
    evs = events("اعتقلت السلطات الهولندية ثلاثة أشخاص يشتبه في صلتهم بتنظيم داعش في مدينة روتردام اليوم الأحد.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Arrests", "Police Forces of Netherlands", "Islamic State")]
    # (the place named is another country's: the authorities' adjective says whose police arrest)
    evs = events("اعتقلت السلطات الألمانية اليوم رجلين يشتبه في انتمائهما إلى خلية إرهابية خططت لهجمات في فرنسا.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Arrests", "Police Forces of Germany")]
    assert events("أعطت السلطات المصرية اليوم الإذن بهدم الكنيسة التي تعرضت لتفجير انتحاري في القاهرة "
                  "الشهر الماضي.") == []
    evs = events("أكدت السلطات الأفغانية أن انفجار سيارة مفخخة قرب مقر حكومي في مدينة قندهار أسفر عن مقتل "
                 "سبعة أشخاص اليوم.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)")]


def test_a_strike_on_homes_hit_civilians_not_the_side_the_article_names_most():
    """"قصفت الميليشيات حي المسبح السكني": a shelling or an air strike whose other side nothing names
    hit civilians when a word of homes or residential quarters (civilian_targets.tsv) follows its
    word; without one, the side the article names most (the coalition, here) stays the default."""
    evs = events("أعلن التحالف العربي بقيادة السعودية أن طائراته أغارت على مواقع الحوثيين في صعدة. "
                 "وقصفت ميليشيات الحوثي مساء أمس حي المسبح السكني في مدينة تعز بقذائف الهاون.", "2016-01-10")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Air/drone strike", "Saudi-led Coalition", "Houthis"),
        ("Shelling/artillery/missile attack", "Houthis", "Civilians (Yemen)")]
    evs = events("أعلن التحالف العربي بقيادة السعودية أن طائراته أغارت على مواقع الحوثيين في صعدة. "
                 "وقصفت ميليشيات الحوثي مساء أمس مواقع في مدينة تعز بقذائف الهاون.", "2016-01-10")
    assert evs[-1].actor2 == "Saudi-led Coalition"


def test_ansar_al_sharia_named_with_its_prefix_is_the_group_of_the_events_country():
    """"تنظيم أنصار الشريعة" is written so for the Tunisian, Libyan and Yemeni groups alike: the form
    with its prefix is shared, and the event's country picks (it was the Tunisian group only)."""
    evs = events("قتل قيادي بارز في تنظيم أنصار الشريعة الإرهابي في اشتباكات مع قوات الجيش في مدينة بنغازي "
                 "اليوم.", "2016-01-10")
    assert [(e.event_type, e.actor1) for e in evs] == [("Battles", "Ansar al-Sharia (Libya)")]
    evs = events("قتل قيادي بارز في تنظيم أنصار الشريعة الإرهابي في اشتباكات مع قوات الحرس الوطني في جبل "
                 "الشعانبي بولاية القصرين اليوم.", "2014-01-10")
    assert [(e.event_type, e.actor1) for e in evs] == [("Battles", "Ansar al-Sharia (Tunisia)")]


def test_a_bomb_at_a_military_base_hit_the_army_of_the_country():
    """"قاعدة عسكرية" (generic_agents.tsv, as "مركز شرطة" is the police): the base a bomb hit is its
    country's army, the target, not civilians."""
    evs = events("انفجرت سيارة مفخخة عند مدخل قاعدة عسكرية في مدينة غاو شمالي مالي صباح اليوم ما أسفر عن "
                 "سقوط قتلى.", "2017-01-18")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Mali)", "Military Forces of Mali")]


def test_soldiers_in_the_palestinian_territories_are_israels_and_jaysh_al_difaa_is_the_idf():
    """Palestine has no army (data/army_of.tsv): soldiers or the army with no flag in Gaza or the
    West Bank are Israel's forces, not "Military Forces of Palestine"; "جيش الدفاع" (the IDF's own
    name for itself) is Israel's army."""
    evs = events("قتل جنديان في اشتباكات مع مسلحين فلسطينيين في مخيم نور شمس بطولكرم اليوم.", "2023-11-20")
    assert [(e.event_type, e.actor1) for e in evs] == [("Battles", "Military Forces of Israel")]
    evs = events("شن جيش الدفاع غارة على مبنى في خان يونس جنوب قطاع غزة فجر اليوم.", "2023-11-20")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Air/drone strike", "Military Forces of Israel")]
    from hadath.kb import knowledge
    assert knowledge().resolve_generic("military", "Palestine") == ("Military Forces of Israel", 1)
    assert knowledge().resolve_generic("police", "Palestine") == ("Police Forces of Palestine", 1)


def test_two_forces_joined_before_an_arrest_word_arrest_together():
    """"تمكنت وحدات الجيش وعناصر الدرك من إيقاف ...": the force joined by "و" (on the member noun
    before it) to the first, before the arrest word, arrests with it; it is not the one arrested."""
    evs = events("كما تمكنت وحدات الجيش الوطني الشعبي وعناصر الدرك الوطني، من إيقاف أربعة عناصر تدعم "
                 "الجماعات الإرهابية بولاية البويرة.", "2017-01-18")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [("Arrests", "Military Forces of Algeria", None)]


def test_the_opposition_is_the_armed_opposition_the_article_names():
    """"اعتقلت قوات النظام ثلاثة من قادة المعارضة": "المعارضة" alone (role opposition) is the armed
    Opposition group the article names for the country, as "المقاومة" is its Resistance group; in an
    article that names none it is no actor."""
    evs = events("قصفت فصائل المعارضة المسلحة مواقع للجيش السوري في ريف درعا أمس. وفي مدينة درعا اعتقلت "
                 "قوات النظام اليوم ثلاثة من قادة المعارضة.", "2016-05-10")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Shelling/artillery/missile attack", "Syrian Opposition (unidentified)", "Military Forces of Syria"),
        ("Arrests", "Military Forces of Syria", "Syrian Opposition (unidentified)")]
    evs = events("اعتقلت الشرطة الفنزويلية اليوم عشرة من أنصار المعارضة خلال مظاهرة في العاصمة كراكاس.", "2016-05-10")
    assert all("Opposition" not in str(e.actor1) + str(e.actor2) for e in evs)


def test_men_counted_with_no_force_named_belong_to_the_rebels_their_sentence_names():
    """"نصبت المقاومة كمينا لقائد ميداني ... ومقتل ثلاثة من مرافقيه", in a sentence that names the
    Houthis and no state force: the counted men (forces) are the rebels', not the Yemeni army's."""
    evs = events("وأفادت مصادر ميدانية أن قياديا في جماعة الحوثي لقي مصرعه في مواجهات بمديرية صرواح، وفي "
                 "مديرية لودر نصبت المقاومة الشعبية كمينا لقائد ميداني مما أدى إلى إصابته ومقتل ثلاثة من "
                 "مرافقيه.", "2015-07-24")
    assert ("Popular Resistance (Yemen)", "Houthis") in [(e.actor1, e.actor2) for e in evs]


def test_a_clash_whose_only_named_side_is_counted_among_its_dead_has_no_other_side():
    """"قتل عشرة من الحوثيين في مواجهات": the one side named is the one counted dead; the text does
    not say whom they fought, so actor2 stays empty instead of the side the article names most (a
    clash whose side acted, "سيطرت المقاومة على ...", still takes it)."""
    evs = events("شنت طائرات التحالف العربي غارات على مواقع للحوثيين في صنعاء أمس. وفي محافظة مأرب، قتل "
                 "عشرة من الحوثيين اليوم في مواجهات بمديرية صرواح.", "2015-07-24")
    assert [(e.event_type, e.actor1, e.actor2) for e in evs] == [
        ("Explosions/Remote violence", "Saudi-led Coalition", "Houthis"), ("Battles", "Houthis", None)]
    evs = events("شنت طائرات التحالف العربي غارات على مواقع للحوثيين في صنعاء أمس. وفي محافظة مأرب، اندلعت "
                 "اليوم مواجهات عنيفة بين الحوثيين ورجال القبائل في مديرية صرواح.", "2015-07-24")
    assert evs[-1].event_type == "Battles" and evs[-1].actor1 == "Houthis"


def test_a_warship_with_a_nationality_adjective_is_that_states_navy():
    """"مدمرة أمريكية", "فرقاطة سعودية", "سفينة حربية إماراتية" (military_adj in generic_agents.tsv,
    as "زوارق" and "مروحية" were): a warship struck is its state's forces, the target."""
    evs = events("أطلق الحوثيون صاروخا باليستيا على مدمرة أمريكية في البحر الأحمر مساء أمس.", "2024-01-20")
    assert [(e.actor1, e.actor2) for e in evs] == [("Houthis", "Military Forces of the United States")]


def test_a_blast_told_with_no_toll_or_victims_has_no_target():
    """A bomb's target defaults to civilians only when the text counts dead or wounded or names
    victims ("قتل خمسة في انفجار"); a blast told with none ("هز انفجار عبوة ناسفة محطة القطارات")
    leaves actor2 empty, as the coding guide says for a target not named."""
    evs = events("هز انفجار عبوة ناسفة محطة القطارات المركزية في مدينة أنتويرب البلجيكية مساء اليوم.", "2016-03-25")
    assert [(e.actor1, e.actor2) for e in evs] == [("Unidentified Armed Group (Belgium)", None)]
    evs = events("قتل خمسة في انفجار عبوة ناسفة في سوق بمدينة بعقوبة اليوم.", "2016-03-25")
    assert [(e.actor1, e.actor2) for e in evs] == [("Unidentified Armed Group (Iraq)", "Civilians (Iraq)")]


def test_a_date_inside_an_actors_name_dates_nothing_and_a_later_sentence_names_the_unknown_group():
    """"كتيبة 17 فبراير": the date in a brigade's name is part of the name (it made the strike an
    old one and dropped it); "قصفتا" (the dual) strikes; and the unknown group the first sentence
    told ("ميليشيا إسلامية") is the brigade the next sentence names."""
    evs = events("قال مسؤول عسكري إن طائرتين حربيتين قصفتا مقرا لكتيبة 17 فبراير في مدينة بنغازي اليوم.",
                 "2014-06-02")
    assert [(e.sub_event_type, e.actor2, e.event_date) for e in evs] == [
        ("Air/drone strike", "17 February Martyrs Brigade", "2014-06-02")]
    evs = events("قصفت طائرات حربية ليبية صباح اليوم مواقع لميليشيا إسلامية في مدينة بنغازي. وقال ضابط في "
                 "سلاح الجو إن الطائرات قصفت مقرا لكتيبة 17 فبراير القريبة من الإسلاميين في المدينة.", "2014-06-02")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Air/drone strike", "Military Forces of Libya", "17 February Martyrs Brigade")]


def test_the_organisation_is_the_group_the_actor_table_calls_one_and_a_dual_executed_names_it():
    """"التنظيم" (the organisation) is the group named with "تنظيم" in the actor table (the Islamic
    State), not the factions the article names as often; "نفذهما التنظيم" (the dual of نفذه) names
    the agent after the deed."""
    evs = events("وفي ريف حلب الشمالي، قتل 12 مقاتلا من الفصائل المقاتلة في تفجيرين انتحاريين نفذهما "
                 "التنظيم اليوم قرب بلدة مارع التي تحاصرها عناصر داعش.", "2015-08-09")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Suicide bomb", "Islamic State", "Syrian Opposition (unidentified)")]


def test_a_backer_is_no_side_of_the_fight():
    """"المقاومة الشعبية المسنودة بقوات الجيش الوطني" (backing_cues.tsv): the force that backs the
    first one fights on its side; it is not the other side."""
    evs = events("وحققت المقاومة الشعبية المسنودة بقوات الجيش الوطني تقدما في مديرية المسراخ بمحافظة تعز "
                 "اليوم بعد معارك عنيفة مع المتمردين الحوثيين.", "2015-08-03")
    assert [(e.event_type, e.actor1, e.actor2) for e in evs] == [
        ("Battles", "Popular Resistance (Yemen)", "Houthis")]
    evs = events("وحققت المقاومة الشعبية المسنودة بقوات الجيش الوطني تقدما في مديرية المسراخ بمحافظة تعز "
                 "اليوم بعد معارك عنيفة.", "2015-08-03")
    # (nor the default other side: the ally is no side of its own)
    assert [(e.actor1, e.actor2) for e in evs] == [("Popular Resistance (Yemen)", None)]


def test_a_detainee_named_by_a_civilian_role_is_civilians_and_a_bare_person_is_no_actor():
    """"اعتقلت الشرطة الإيرانية مواطنا بريطانيا": a detainee named by an ordinary civilian role
    (arrested_civilians.tsv: a citizen, a journalist, a suspect's father) a few words after the
    arrest word is actor2 Civilians; a bare person word ("رجلا") still leaves actor2 empty."""
    evs = events("اعتقلت الشرطة الإيرانية مواطنا بريطانيا في طهران أمس بتهمة التجسس لصالح جهة أجنبية.", "2017-05-01")
    assert [(e.sub_event_type, e.actor1, (e.actor2 or "").split(" (")[0]) for e in evs] == [
        ("Arrests", "Police Forces of Iran", "Civilians")]
    evs = events("ألقت أجهزة الأمن العراقية القبض على والد منفذ التفجير الانتحاري في مدينة البصرة أمس.", "2017-05-01")
    assert [(e.sub_event_type, (e.actor2 or "").split(" (")[0]) for e in evs] == [("Arrests", "Civilians")]
    evs = events("اعتقلت الشرطة الإيرانية رجلا في طهران أمس بتهمة التجسس لصالح جهة أجنبية.", "2017-05-01")
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Arrests", None)]


def test_a_bombers_generic_word_beside_the_named_group_is_its_own_man_not_the_target():
    """"هجوم انتحاري نفذه التنظيم": the bomber word (an unnamed armed group) beside the named group
    that carried out the blast is that group's man; the one other armed side the sentence names is
    the target, and with none named actor2 stays empty rather than an unknown armed group."""
    evs = events("قتل عشرة مقاتلين من هيئة تحرير الشام في معارك مع تنظيم داعش وهجوم انتحاري نفذه التنظيم "
                 "على مقر لهم في ريف إدلب أمس.", "2017-05-01")
    bombs = [(e.actor1, e.actor2) for e in evs if e.sub_event_type == "Suicide bomb"]
    assert bombs == [("Islamic State", "Hayat Tahrir al-Sham")]


def test_a_yemeni_state_force_fought_by_the_resistance_is_the_houthis_who_hold_it():
    # after September 2014 the security forces the Popular Resistance attacks in Taiz are the
    # Houthi-held state's (data/held_state.tsv); AQAP's attack on them is on the state
    text = "شن مسلحو المقاومة الشعبية هجوما على مقر قوات الأمن في مدينة تعز وقتلوا خمسة من عناصرها."
    got = [(e.actor1, e.actor2) for e in events(text, "2015-08-01")]
    assert got == [("Popular Resistance (Yemen)", "Houthis")]
    text = "هاجم مسلحون من تنظيم القاعدة مقر قوات الأمن في مدينة المكلا وقتلوا خمسة من عناصرها."
    got = [(e.actor1, e.actor2) for e in events(text, "2015-08-01")]
    assert got == [("Al-Qaeda in the Arabian Peninsula", "Police Forces of Yemen")]


def test_a_security_source_does_not_make_the_counted_officers_policemen():
    """"أفاد مصدر أمني أن ... بين القتلى عقيد": the adjective of the source who speaks (أمني) is
    not a count of policemen; the officer counted among the dead, with no police named, is the
    army's. Counted, the same word is the police's ("قتل ثلاثة أمنيين")."""
    evs = events("وأفاد مصدر أمني عراقي أن سيارة مفخخة انفجرت عند نقطة تفتيش في مدينة سامراء، وأن من بين "
                 "القتلى العقيد حسن جاسم آمر الفوج الثالث.", "2016-05-02")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq")]
    evs = events("قتل ثلاثة أمنيين في انفجار عبوة ناسفة استهدف دوريتهم في مدينة سامراء.", "2016-05-02")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq")]


def test_a_state_force_named_in_an_arrests_sentence_made_the_arrest():
    """"أسفرت عن إصابة أحد أعوان الأمن، وتم إيقاف إمام الجامع": with no one named as arresting, the
    state force the sentence names (here among the wounded) arrested; it is actor1, not the object
    of the arrest, and the imam and the muezzin it took are civilians."""
    evs = events("اندلعت مواجهات بين مصلين وأعوان الأمن أمام جامع في مدينة القيروان، أسفرت عن إصابة أحد "
                 "أعوان الأمن، وتم على إثرها إيقاف إمام الجامع والمؤذن.", "2014-08-02")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Violent demonstration", "Rioters (Tunisia)", "Police Forces of Tunisia"),
        ("Arrests", "Police Forces of Tunisia", "Civilians (Tunisia)")]


def test_a_policeman_named_in_the_singular_is_the_polices_and_the_blast_told_again_is_one_record():
    """"مقتل رجل شرطة" (generic_agents.tsv, victim_nouns.tsv): one policeman killed makes the police the
    target of the blast, not civilians ("رجل" alone is a civilian). Civilians wounded in the same blast,
    told in a sentence that adds them ("كما أصيب 4 مدنيين"), are the same occurrence: one record, with the
    target told first."""
    evs = events("أسفر تفجير إرهابي وقع صباح اليوم في مدينة الكرك عن مقتل رجل شرطة، وفق ما أعلنت مديرية "
                 "الأمن العام. وأضافت المديرية أن التفجير تسبب أيضا بإصابة اثنين من رجال الأمن. كما أصيب 4 "
                 "مدنيين هم رجل وابنه وامرأتان، مبينة أن التحريات التي انطلقت بعد التفجير مباشرة أدت إلى "
                 "القبض على عدد من المشتبه بهم.", "2016-12-18")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Jordan)", "Police Forces of Jordan"),
        ("Arrests", "Police Forces of Jordan", None)]


def test_an_air_base_with_a_countrys_adjective_is_that_countrys_army():
    """"على قاعدة جوية سورية" (generic_agents.tsv, as "قاعدة عسكرية"): missiles fired at an air base
    of a country hit that country's army, actor2."""
    evs = events("أطلقت البحرية الأمريكية فجر اليوم عشرات الصواريخ على قاعدة جوية سورية في ريف حمص.", "2017-04-07")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Shelling/artillery/missile attack", "Military Forces of the United States", "Military Forces of Syria")]


def test_a_bomb_at_a_church_or_a_market_hit_civilians_though_no_toll_is_told_with_it():
    """"التفجير الانتحاري الذي استهدف كنيسة" (civilian_targets.tsv: places of worship and markets): a
    blast at a place where civilians gather hit civilians even with no toll in its sentence; a blast
    that names neither a toll nor such a place names no target."""
    evs = events("قال مسؤولون إن التفجير الانتحاري الذي استهدف أمس كنيسة في مدينة لاهور جاء بعد أسبوع من "
                 "تهديدات أطلقتها جماعات متشددة.", "2016-03-28")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Suicide bomb", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)")]
    evs = events("هز تفجير انتحاري صباح اليوم سوقا شعبيا في مدينة مايدوغوري.", "2016-03-28")
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Suicide bomb", "Civilians (Nigeria)")]
    evs = events("هز تفجير انتحاري صباح اليوم محطة القطارات في مدينة مايدوغوري.", "2016-03-28")
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Suicide bomb", None)]


def test_unnamed_attackers_that_belong_to_a_named_group_are_that_group():
    """"زوارق انتحارية تابعة للحوثيين", "مسلحون تابعون لتنظيم داعش" (role_cues.tsv, role owner): the
    unnamed attackers, or the weapon, that belong to a named armed group are that group's: it acted,
    not an unknown group beside it."""
    evs = events("تعرضت سفينة حربية إماراتية لهجوم قبالة ميناء المخا من قبل زورقين انتحاريين تابعين للحوثيين "
                 "فجر اليوم.", "2017-01-30")
    assert [(e.actor1, e.actor2) for e in evs] == [("Houthis", "Military Forces of the United Arab Emirates")]
    evs = events("هاجم مسلحون تابعون لتنظيم داعش حاجزا للجيش قرب مدينة سامراء فجر اليوم.", "2017-01-30")
    assert [(e.event_type, e.actor1, e.actor2) for e in evs] == [
        ("Battles", "Islamic State", "Military Forces of Iraq")]


def test_the_group_named_after_a_passive_tamma_before_the_arrest_word_was_arrested():
    """"تم وضع عناصر من جماعة الإخوان رهن الاحتجاز": after the passive "تم" that governs the arrest
    word, the group named before that word is the one arrested (actor2), not the arresting side; the
    country's state force arrests."""
    evs = events("قالت وزارة الداخلية المصرية إنه تم وضع عناصر من جماعة الإخوان المسلمين رهن الاحتجاز بعد "
                 "تفجير استهدف كنيسة في القاهرة.", "2016-08-09")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs if e.sub_event_type == "Arrests"] == [
        ("Arrests", "Police Forces of Egypt", "Muslim Brotherhood")]


def test_the_noun_of_unnamed_attackers_is_no_victim_of_their_deed():
    """"عناصر مسلحة قامت باختطاف المهندس": "عناصر" is a victim noun of the forces when a toll counts it
    ("مقتل 5 عناصر"); as the noun of the unnamed attackers that act, counted by no toll, it names who
    acted, so the one abducted is a civilian, not a soldier."""
    evs = events("وأوضح المتحدث أن عناصر مسلحة قامت باختطاف المهندس رفقة سائقه عندما كانا في طريقهما إلى موقع "
                 "العمل قرب مدينة سبها.", "2017-06-02")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Abduction/forced disappearance", "Unidentified Armed Group (Libya)", "Civilians (Libya)")]
