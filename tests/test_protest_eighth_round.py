"""What the eighth round of written protest probes taught (measured blind first, then read): a hashtag's words joined
by "_" are words (its place is read); families and relatives are a crowd and a present-tense closing verb closes; a
chanting participle before a quoted chant tells the crowd's cause; a death tied to a protest by "when" or "while" is
excessive force with the killing folded in, fire named by its agents (برصاص أعوان الديوانة) and guards opening fire are
the state's; and the fire the crowd protests, after its demand, is no force used at it. Sentences written for these tests
in the styles of Tunisian, wire and Gaza-war news."""
from hadath.text import tokenize

from protest_fixtures import PEACEFUL, record_types as _types

EXCESSIVE = [("Protests", "Excessive force against protesters")]


def test_a_hashtag_s_words_joined_by_an_underscore_are_words():
    text = "#رام_الله"
    assert [t.text for t in tokenize(text, 0, len(text))] == ["رام", "الله"]
    assert _types("#رام_الله | مسيرة حاشدة تجوب شوارع المدينة تنديدا بقصف المستشفى", "2023-10-18") == PEACEFUL


def test_families_closing_a_road_in_the_present_tense_protest():
    text = "عائلات الأسرى تغلق شارعا رئيسيا في تل أبيب مساء السبت وتطالب الحكومة بإبرام صفقة تبادل فورا"
    assert _types(text, "2024-01-14") == PEACEFUL


def test_a_chanting_participle_before_a_quoted_chant_tells_the_protest():
    text = ("مئات الطلاب في جامعة القاهرة يخرجون من قاعات الدرس إلى ساحة الجامعة بعد صلاة الظهر، هاتفين «بالروح "
            "بالدم نفديك يا أقصى»")
    assert _types(text, "2023-10-12") == PEACEFUL


def test_a_death_tied_to_a_protest_by_when_or_while_is_excessive_force():
    text = ("لقي شاب حتفه، صباح اليوم، حين دهست سيارة تابعة للحرس الوطني الشبان الذين أغلقوا مدخل محطة الضخ "
            "بالصحراء، خلال تدخل الوحدات الأمنية لفتح الطريق.")
    assert _types(text, "2017-05-22") == EXCESSIVE
    text = ("قتل رجل برصاص عسكري في الجيش مساء الثلاثاء جنوب العاصمة، بينما كان مع آخرين يقطعون الطريق "
            "بالسيارات رفضا لتصريحات الرئيس، بحسب شهود.")
    assert _types(text, "2019-11-13") == EXCESSIVE


def test_fire_named_by_its_agents_and_guards_opening_fire_are_the_state_s():
    text = "قتل شاب برصاص أعوان الديوانة خلال مسيرة سلمية نظمها أهالي المدينة للمطالبة بتنمية المنطقة."
    assert _types(text, "2017-04-10") == EXCESSIVE
    text = ("قتل شاب، أمس، عندما فتح حراس مبنى المحافظة النار على مئات من أبناء المدينة تجمعوا أمامه للمطالبة "
            "بمياه صالحة للشرب.")
    assert _types(text, "2018-07-16") == EXCESSIVE


def test_the_fire_the_crowd_protests_is_no_force_used_at_it():
    types = _types("تظاهر مئات الأهالي أمام مقر الولاية احتجاجا على مقتل شاب برصاص الشرطة.", "2017-04-10")
    assert ("Protests", "Peaceful protest") in types
    assert ("Protests", "Excessive force against protesters") not in types
