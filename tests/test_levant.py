"""Strikes and clashes as Lebanese and Palestinian outlets tell them (2023-25). Sentences written for
these tests."""
import hadath


def _events(text: str, date: str = "2024-03-10"):
    return hadath.extract(text, date).events


def test_a_definite_place_noun_and_its_adjective_are_the_whole_name():
    # "الضاحية الجنوبية" is the place; the participle after it is no part of an unknown quarter's name
    evs = _events("أغار الطيران الحربي الإسرائيلي على الضاحية الجنوبية لبيروت مستهدفا مبنى سكنيا.")
    assert [(e.sub_event_type, e.actor1, e.location) for e in evs] == [
        ("Air/drone strike", "Military Forces of Israel", "Dahiyeh")]
    # an indefinite noun still takes an unknown name ("في قرية حسن شامي")
    evs = _events("قتل ثلاثة أشخاص في قصف على قرية حسن شامي شمال أربيل.")
    assert [e.location_text for e in evs] == ["حسن شامي"]


def test_unnamed_fighters_joined_to_a_named_force_by_and_are_the_other_side():
    evs = _events("اندلعت اشتباكات مسلحة بين مقاومين وقوات الاحتلال خلال اقتحام مخيم جنين.")
    assert [(e.event_type, e.actor1, e.actor2, e.location) for e in evs] == [
        ("Battles", "Unidentified Armed Group (Palestine)", "Military Forces of Israel", "Jenin")]
    # in construct with the named actor they are its fighters
    evs = _events("قتل ثلاثة من مسلحي جماعة الحوثيين في اشتباكات مع الجيش قرب مأرب.")
    assert [(e.actor1, e.actor2) for e in evs] == [("Houthis", "Military Forces of Yemen")]


def test_an_attack_carried_out_by_a_drone_is_remote_violence():
    # ACLED codes an attack by its means: a drone's killing of a commander is an air/drone strike
    evs = _events("اغتالت مسيرة تركية قياديا في حزب العمال الكردستاني قرب السليمانية.")
    assert [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Explosions/Remote violence", "Air/drone strike", "Military Forces of Turkey", "Kurdistan Workers' Party")]
    # two drones, in the dual
    evs = _events("استهدفت فصائل مسلحة قاعدة عين الأسد الجوية بطائرتين مسيرتين.")
    assert [(e.sub_event_type, e.location) for e in evs] == [("Air/drone strike", "Ain al-Asad Airbase")]
    # a plane hijacked is no strike from the air
    evs = _events("سلم الخاطفان اللذان اختطفا الطائرة الليبية نفسيهما إلى السلطات المالطية.")
    assert all(e.sub_event_type != "Air/drone strike" for e in evs)


def test_clashes_a_killing_is_told_during_are_its_setting_not_a_battle():
    evs = _events("استشهد طفل برصاص الاحتلال خلال مواجهات في بلدة بيت أمر شمال الخليل.")
    assert [(e.event_type, e.actor1, e.actor2) for e in evs] == [
        ("Violence against civilians", "Military Forces of Israel", "Civilians (Palestine)")]
    # with the armed side named, the clash is a battle
    evs = _events("قتل جنديان خلال اشتباكات مع مسلحين في ريف درعا.")
    assert [(e.event_type, e.actor2) for e in evs] == [("Battles", "Unidentified Armed Group (Syria)")]


def test_a_notice_of_demolition_is_no_demolition():
    assert _events("أخطرت سلطات الاحتلال بهدم خمسة منازل في قرية الخان الأحمر.") == []
    evs = _events("هدمت جرافات الاحتلال منزلا لعائلة فلسطينية في بلدة سلوان بالقدس.")
    assert [(e.sub_event_type, e.actor1, e.location) for e in evs] == [
        ("Looting/property destruction", "Military Forces of Israel", "Silwan")]
    # a ceasefire agreement its parties sign
    evs = _events("وقعت الحكومة السودانية وحركة العدل والمساواة اتفاقا لوقف إطلاق النار في جوبا.")
    assert [e.sub_event_type for e in evs] == ["Agreement"]


def test_two_countries_forces_joined_by_and_are_both_named_the_first_acts():
    doc = hadath.extract("استهدفت القوات الأمريكية والبريطانية مواقع للحوثيين في صنعاء بسلسلة غارات.", "2024-01-12")
    assert [(e.actor1, e.actor2) for e in doc.events] == [("Military Forces of the United States", "Houthis")]
    named = {m.value.get("name") for m in doc.mentions if m.kind == "actor"}
    assert {"Military Forces of the United States", "Military Forces of the United Kingdom"} <= named


def test_an_armed_group_named_before_its_drones_struck_with_them():
    evs = _events("قصفت ميليشيا الحوثي بالطائرات المسيرة مواقع للجيش الوطني في جبهة الكسارة غربي مأرب.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Air/drone strike", "Houthis", "Military Forces of Yemen")]
    # warplanes with no flag striking a group: the group is what was struck
    evs = _events("استهدف الطيران مخازن للحوثيين في صنعاء.")
    assert [(e.actor1, e.actor2) for e in evs] == [(None, "Houthis")]


def test_a_withdrawal_before_a_taking_of_control_is_how_it_was_taken():
    evs = _events("سيطرت قوات الدعم السريع على مدينة ود مدني بعد انسحاب الجيش منها.", "2023-12-19")
    assert [(e.event_type, e.sub_event_type, e.actor1, e.actor2, e.location) for e in evs] == [
        ("Strategic developments", "Non-violent transfer of territory", "Rapid Support Forces",
         "Military Forces of Sudan", "Wad Medani")]


def test_a_weapon_test_is_its_states_strategic_development_not_an_attack():
    # ACLED codes a missile test as Strategic developments / Other by the testing state's military
    evs = _events("أجرت إيران تجربة صاروخية جديدة لصاروخ بعيد المدى.")
    assert [(e.event_type, e.sub_event_type, e.actor1) for e in evs] == [
        ("Strategic developments", "Other", "Military Forces of Iran")]
    # a failed attempt is still a test; the launch told before it with no one hurt is that test again
    text = ("قالت القوات المسلحة في كوريا الجنوبية إن الجارة الشمالية أخفقت في إطلاق صاروخ على سواحلها الشرقية. "
            "وأكدت سيول أن كوريا الشمالية حاولت تجريب صاروخ من ميناء سينبو شرقي البلاد، لكن المحاولة فشلت.")
    evs = _events(text, "2017-04-16")
    assert [(e.event_type, e.actor1, len(e.evidence)) for e in evs] == [
        ("Strategic developments", "Military Forces of North Korea", 2)]
    # a test only warned of is none; a missile that kills is an attack
    assert _events("وحذرت سيول من عمل عقابي إذا أجرت بيونغيانغ تجربة نووية.") == []
    evs = _events("سقط صاروخ أطلقه الحوثيون على مدينة جازان فقتل مدنيين اثنين.")
    assert [e.event_type for e in evs] == ["Explosions/Remote violence"]
