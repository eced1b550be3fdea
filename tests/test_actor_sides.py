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
