"""The parts of a record ACLED adds around the event: crowd size, associated actors, demand, notes,
the country qualifier on generic actors; and how the store and the exports carry them.

Sentences are real: from the protest test set (tests/data/protest_sentences.jsonl: ANT local
and international news, Jawhara FM 2014-17, Apache-2.0; FIGNEWS posts), unless marked adapted.
Field logic is checked on records whose type and trigger are given (``_record``), so these
tests do not move when the coder finds more or fewer protests; a few go through
``hadath.extract`` end to end.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

import hadath
from hadath import export as X
from hadath import fusion
from hadath.events.protest import enrich, notes_for, qualify, unqualified
from hadath.eval.score import norm_actor
from hadath.io.writers import ACLED_COLUMNS, CsvWriter
from hadath.mentions.finders import find_sentence_mentions
from hadath.store import open_store
from hadath.text import split_sentences, tokenize
from hadath.types import EVENT_FIELDS, Document, Event

ROOT = Path(__file__).resolve().parents[1]
PROTEST_SET = ROOT / "tests" / "data" / "protest_sentences.jsonl"


def _record(text: str, trigger: str, *, etype: str = "Protests", sub: str = "Peaceful protest",
            published: str = "2017-03-10", country: str | None = "Tunisia", **fields) -> Event:
    """A record of ``etype`` made by the word ``trigger``, with its sentence as evidence, filled
    by ``enrich`` as ``coder.run`` does."""
    doc = Document(text=text, id="t", published=published)
    doc.sentences = split_sentences(text)
    sents = [find_sentence_mentions(text, i, sp, tokenize(text, sp.start, sp.end), published)
             for i, sp in enumerate(doc.sentences)]
    a = text.index(trigger)
    sp = next(s for s in doc.sentences if s.start <= a < s.end)
    actor1 = {"Protests": "Protesters", "Riots": "Rioters"}.get(etype)
    ev = Event(etype, sub, event_date=published, time_precision=1, actor1=actor1, country=country,
               evidence=[[sp.start, sp.end]], triggers=[[a, a + len(trigger)]], **fields)
    doc.events = [ev]
    enrich(doc, sents)
    return ev


# ------------------------------------------------------------------ crowd size

@pytest.mark.parametrize("text,trigger,size", [
    # مئات: hundreds, counted people named by nationality
    ("تظاهر مئات الكوريين الجنوبيين, اليوم الثلاثاء, أمام السفارة الأمريكية بوسط سيول, ودعوا للتراجع عن "
     "الاتفاق المبرم مع واشنطن لنشر نظام الدفاع الصاروخى الأمريكي \"ثاد\".", "تظاهر", "hundreds"),
    # الآلاف من ...: thousands
    ("وقالت الناشطة بالمجتمع المدني بالبرادعة، وداد عبد العزيز، للجوهرة أف أم، إن \"الآلاف من أهالي المنطقة "
     "الذين خرجوا للتعبير بطريقة سلمية عن مطالبهم في التنمية والنهوض بالبرادعة، وُوجهوا باستعمال مكثف للغاز "
     "المسيل للدموع من قبل قوات الأمن.", "خرجوا", "thousands"),
    ("خرج آلاف الأشخاص إلى شوارع الرباط في 15 أكتوبر للتعبير عن تضامنهم مع الشعب الفلسطيني.",
     "إلى شوارع", "thousands"),
    ("في 9 ديسمبر/كانون الأول، نظم عشرات الناشطين احتجاجًا على الموت في ساحة تروكاديرو، أمام برج إيفل، في باريس.",
     "احتجاجًا", "dozens"),
    # an exact number, as digits, whatever the hedge (نحو, حوالي)
    ("أفادت موفدة \"الجوهرة أف أم\" منذ قليل أن نحو 200 شخص تجمعوا اليوم اما مقر المحكمة الابتدائية بسوسة "
     "احتجاجا على ايقاف تحفظي لزميلتهم في قضية الرضيع.", "تجمعوا", "200"),
    ("وذكر أن المعلومات الأولية المتوفرة لدى الوزارة تفيد بأن حوالي 700 طالب تجمعوا في ساحة القصبة.",
     "تجمعوا", "700"),
    ("قال مسؤول فلسطيني إن أكثر من ألف معتقل فلسطيني في السجون الإسرائيلية بدأوا ، صباح يوم الاثنين، "
     "إضرابا واسعا عن الطعام.", "إضرابا", "1000"),
    # no count of the crowd: "no report" (a number of the road, a date, "عدد من" are not counts)
    ("نفّذ اليوم عدد من أصحاب سيارات الأجرة \"لواج\" ذات الشارة الزرقاء وقفة احتجاجية بمحطة سوق الأحد بسوسة.",
     "وقفة احتجاجية", "no report"),
    ("قام أهالي منطقة سيدي مرشد من ولاية سليانة لليوم الثاني على التوالي بقطع الطريق الوطنية رقم 12 الرابطة "
     "بين ولايتي القيروان وسليانة.", "بقطع الطريق", "no report"),
    ("نفذ اليوم الخميس 15 جوان 2017 أعوان شركة فسفاط قفصة إقليم المظيلة إضراب عام بكافة المصالح والمقاطع "
     "والمغاسل، مع وقفة احتجاجية أمام مقر إقليم الشركة.", "وقفة احتجاجية", "no report"),
    # the injured are not the crowd
    ("وأكد الصحفي رياض معالي، نقلا عن المدير الجهوي للصحة بقبلي الهادي سليمان، للجوهرة أف أم، أن من بين "
     "المصابين في الاشتباكات، 4 أشخاص حالتهم خطيرة، جراء استعمال الحجارة والعصي وبنادق الصيد.",
     "الحجارة", "no report"),
    # nor the dead of a toll raised "to" a number, nor those arrested, nor security forces deployed
    ("ارتفع عدد القتلى من المشاركين في مظاهرات ضد قرار المحكمة الدستورية القاضي بعزل رئيسة كوريا الجنوبية، "
     "بارك كون هيه، إلى 3 أشخاص.", "مظاهرات", "no report"),
    ("وقد قام محتجون بإحراق العجلات المطاطية وغلق الطريق الرئيسية بزرمدين، على خلفية ما اعتبروه استعمالا "
     "مفرطا للقوة من قبل وحدات الأمن التي تدخلت اليوم وقامت باعتقال نحو 15 شابا من بين المشاركين في الاعتصام.",
     "بإحراق", "no report"),
    ("وتجري ترتيبات التنصيب، أمام مبنى الكونغرس في واشنطن، وسط استعداد أمني استثنائي كثيف تحسبا لأي هجوم، "
     "خلال مراسم التنصيب مظاهرات مناوئة لترامب في أنحاء مختلفة من الولايات المتحدة الأمريكية إذ يتوقع أن ينتشر "
     "قرابة 28 ألف عنصر أمن.", "مظاهرات", "no report"),
])
def test_crowd_size_is_acled_s_tag(text, trigger, size):
    assert _record(text, trigger).crowd_size == size


def test_crowd_size_only_for_protests_and_riots():
    t = "قال مسؤول فلسطيني إن أكثر من ألف معتقل فلسطيني في السجون الإسرائيلية بدأوا إضرابا واسعا عن الطعام."
    assert _record(t, "إضرابا", etype="Riots", sub="Violent demonstration").crowd_size == "1000"
    assert _record(t, "إضرابا", etype="Strategic developments", sub="Arrests").crowd_size is None


def test_crowd_size_and_demand_end_to_end():
    t = ("تشهد منطقة أولاد جاب الله من معتمدية ملولش التابعة لولاية المهدية، اليوم الخميس 27 أفريل 2017، احتجاجات "
         "من طرف الأهالي للمطالبة بالتنمية والتشغيل.")
    ev = [e for e in hadath.extract(t, "2017-04-27").events if e.event_type == "Protests"]
    assert [(e.actor1, e.crowd_size) for e in ev] == [("Protesters (Tunisia)", "no report")]
    d = ev[0].demand
    assert (d["text"], d["kind"], t[d["start"]:d["end"]]) == ("التنمية والتشغيل", "demand", "التنمية والتشغيل")
    assert ev[0].assoc_actor_1.startswith("Residents of ")
    assert ev[0].notes.endswith("demanding development and jobs. No fatalities reported. [size=no report]")
    t = ("تظاهر مئات الكوريين الجنوبيين, اليوم الثلاثاء, أمام السفارة الأمريكية بوسط سيول, ودعوا للتراجع عن الاتفاق "
         "المبرم مع واشنطن لنشر نظام الدفاع الصاروخى الأمريكي \"ثاد\".")
    ev = [e for e in hadath.extract(t, "2016-10-11").events if e.event_type == "Protests"]
    assert [e.crowd_size for e in ev] == ["hundreds"] and ev[0].actor1.startswith("Protesters (")


# ------------------------------------------------------------------ associated actors

@pytest.mark.parametrize("text,trigger,assoc", [
    # teachers
    ("نفذ الاطار التربوي والإداري بمعهد وادي الليل في ولاية منوبة اليوم وقفة احتجاجية تنديدا بالغياب التام "
     "للدوريات الأمنية أمام المؤسسات التربوية بمنطقة وادي الليل.", "وقفة احتجاجية", "Teachers (Tunisia)"),
    ("قال وزير التربية ناجي جلول، ردا على الاحتجاجات التي نفذها الأساتذة والمعلمون اليوم الخميس، إنه ليس من "
     "عاداته أن يهرب من المعركة.", "الاحتجاجات", "Teachers (Tunisia)"),
    ("وأفاد أنه لا تزال هناك اعتصامات للمعلمين في جهات ثلاث وهي: قبلي والقيروان وتونس.", "اعتصامات",
     "Teachers (Tunisia)"),
    # students: a singular noun counted by a number
    ("وذكر أن المعلومات الأولية المتوفرة لدى الوزارة تفيد بأن حوالي 700 طالب تجمعوا في ساحة القصبة.",
     "تجمعوا", "Students (Tunisia)"),
    # the unemployed
    ("اتجه بعض المعطلين عن العمل اللذين دخلوا في اعتصام منذ فترة بالمنطقة الحدودية حيدرة بالقصرين ، إلى "
     "الجزائر في حركة تصعيدية، احتجاجا على عدم استجابة السلط الجهوية.", "اعتصام", "Unemployed (Tunisia)"),
    # workers of a company
    ("نفّذ اليوم السبت عمال شركة متخصصة في قطاع النسيج بسوسة وقفة احتجاجية على خلفية وفاة زميلهم بالشركة.",
     "وقفة احتجاجية", "Labour Group (Tunisia)"),
    ("نفذ اليوم الخميس 15 جوان 2017 أعوان شركة فسفاط قفصة إقليم المظيلة إضراب عام بكافة المصالح والمقاطع "
     "والمغاسل، مع وقفة احتجاجية أمام مقر إقليم الشركة.", "وقفة احتجاجية", "Labour Group (Tunisia)"),
    # residents of a town named after the noun (and its place word)
    ("نفذت مجموعة من أهالي معتمدية المتلوي من ولاية قفصة منذ قليل وقفة احتجاجية للمطالبة بعودة نشاط القطارات.",
     "وقفة احتجاجية", "Residents of Metlaoui (Tunisia)"),
    ("خرج عدد من أهالي قفصة صباح اليوم في مسيرة سلمية جابت شوارع المدينة للتعبير عن رفضهم لتمرير قانون "
     "المصالحة.", "في مسيرة", "Residents of Gafsa (Tunisia)"),
    # whose relatives, not where they live: no residents
    ("وذكرت أن أهالي الموقوفين، نفذوا صباح أمس، وقفة احتجاجية أمام سجن حربوب، للمطالبة بالإفراج الفوري عن "
     "أبنائهم الموقوفين منذ 4 سنوات دون صدور حكم.", "وقفة احتجاجية", None),
    # the people a march supports are not the crowd
    ("المغرب: مظاهرة لدعم سكان غزة في الرباط.", "مظاهرة", None),
    # a party's supporters: the party, as ACLED codes them (adapted from a sentence of the set, whose
    # party, التيار الشعبي, is not in actors.tsv)
    ("وقد سبق انطلاق الجلسة وقفة احتجاجية أمام مقر المحكمة الابتدائية بتونس نفذها أنصار الجبهة الشعبية.",
     "وقفة احتجاجية", "Popular Front (Tunisia)"),
    ("وقد سبق انطلاق الجلسة وقفة احتجاجية أمام مقر المحكمة الابتدائية بتونس نفذها أنصار كل من نداء تونس "
     "والجبهة الشعبية.", "وقفة احتجاجية", "Nidaa Tounes"),
    # an organiser named beside the crowd (the speaker's union is not)
    ("نظمت التنسيقية الجهوية للجبهة الشعبية في قفصة، صباح اليوم مسيرة سلمية انطلقت من أمام مقر الاتحاد الجهوي "
     "للشغل و جابت شوارع المدينة وصولا أمام مقر الولاية.", "مسيرة سلمية", "Popular Front (Tunisia)"),
])
def test_associated_actor_of_the_crowd(text, trigger, assoc):
    assert _record(text, trigger).assoc_actor_1 == assoc


def test_the_force_the_crowd_fights_is_not_who_they_are():
    t = ("وقد أسفرت هذه المواجهات عن إيقاف عدد من المحتجين التي بادروا برشق أعوان الأمن بالحجارة قبل أن يضطروا "
         "إلى استعمال الغاز المسيل للدموع لتفريقهم.")
    ev = _record(t, "برشق", etype="Riots", sub="Violent demonstration", actor2="Police Forces of Tunisia")
    assert (ev.actor1, ev.assoc_actor_1) == ("Rioters (Tunisia)", None)
    # policemen who protest are: "تجمع نحو 500 شرطي" (FIGNEWS)
    t = "وتجمع نحو 500 شرطي مساء الخميس في ساحة تروكاديرو في باريس قبل توجههم إلى جادة شانزيليزيه."
    ev = _record(t, "وتجمع", country="France")
    assert (ev.assoc_actor_1, ev.crowd_size) == ("Police Forces of France", "500")


def test_residents_alone_live_where_the_event_is():
    t = ("تجددت صباح اليوم الجمعة 31 جويلية 2015 الاحتجاجات التى بدات أمس الخميس بمنطقة المزطورية التي تبعد "
         "حوالي 10 كم عن مدينة تطاوين حيث قام الأهالي بقطع الطريق الرابطة بين منطقتهم ومدينة تطاوين وذلك للمطالبة "
         "باعادة الماء الصالح للشراب.")
    ev = _record(t, "بقطع الطريق", location="Mazturia")
    assert ev.assoc_actor_1 == "Residents of Mazturia (Tunisia)"
    assert _record(t, "بقطع الطريق", country=None, location="Mazturia").assoc_actor_1 == "Residents of Mazturia"


def test_group_of_civilian_victims_is_assoc_actor_2():
    t = ("أعلنت نقابة الصحفيين العراقيين مقتل صحفي عراقي يعمل لإذاعة محلية، وإصابة مصور "
         "معه بجروح في مدينة الموصل شمال بغداد، والتي تشهد معارك لاستعادة أحيائها القديمة.")
    ev = _record(t, "مقتل", etype="Violence against civilians", sub="Attack", country="Iraq",
                 actor2="Civilians", fatalities=1)
    assert (ev.actor2, ev.assoc_actor_2, ev.assoc_actor_1) == ("Civilians (Iraq)", "Journalists (Iraq)", None)
    assert " attacked journalists " in ev.notes


# ------------------------------------------------------------------ demand

@pytest.mark.parametrize("text,trigger,demand,kind", [
    ("تشهد منطقة أولاد جاب الله من معتمدية ملولش التابعة لولاية المهدية، اليوم الخميس 27 أفريل 2017، احتجاجات "
     "من طرف الأهالي للمطالبة بالتنمية والتشغيل.", "احتجاجات", "التنمية والتشغيل", "demand"),
    # cut at the attribution that ends the clause
    ("أقدم مساء اليوم الأربعاء عدد من أهالي مدينة عين دراهم على إشعال الإطارات المطاطية وسط المدينة احتجاجا "
     "على ما اعتبروه تواصل عزلة بعض المناطق الريفية بسبب الثلوج المتراكمة حسب ما أفادنا به مراسل الجوهرة "
     "\"اف ام\" بالجهة.", "إشعال", "ما اعتبروه تواصل عزلة بعض المناطق الريفية بسبب الثلوج المتراكمة", "against"),
    # cut before the place phrase after it
    ("نفذ الاطار التربوي والإداري بمعهد وادي الليل في ولاية منوبة اليوم وقفة احتجاجية تنديدا بالغياب التام "
     "للدوريات الأمنية أمام المؤسسات التربوية بمنطقة وادي الليل.", "وقفة احتجاجية",
     "الغياب التام للدوريات الأمنية", "condemn"),
    # a quoted demand ends at its closing quote
    ("ورجح لسان الدفاع تأجيل النظر في القضية مجددا، حسب ما أفاد به (وات) المحامي محمد جمور اليوم الأربعاء، على "
     "هامش الوقفة الأسبوعية للجبهة الشعبية، أمام مقر وزارة الداخلية، للمطالبة \"بكشف كل الحقيقة\" في عمليتي "
     "اغتيال شكري بلعيد ومحمد البراهمي.", "الوقفة الأسبوعية", "كشف كل الحقيقة", "demand"),
    # cut at the comma
    ("احتشد الأهالي اليوم أمام مقر الولاية بسيدي بوزيد احتجاجا على انقطاع الماء، وفق مراسلنا.", "احتشد",
     "انقطاع الماء", "against"),
    # بـ glued to a short word; cut at the next participle (رافضين)
    ("وكان أهالي البرادعة قد أعلنوا منذ يوم الخميس 23 فيفري الجاري، دخولهم \"في عصيان مدني  تنديدا بما "
     "اعتبروه \"تهميشا للجهة وغيابا للتنمية والتشغيل\"، من خلال قطع العلاقات مع البلدية.", "عصيان",
     "ما اعتبروه \"تهميشا للجهة وغيابا للتنمية والتشغيل", "condemn"),
    ("شهدت اليوم الإثنين 24 أفريل 2017 منطقة الشعّال بصفاقس احتجاجات نظّمها عدد من المعطلين عن العمل، "
     "للمطالبة بالتشغيل صلب المركّب الفلاحي بالجهة رافضين الانتدابات المؤقّتة.", "احتجاجات",
     "التشغيل صلب المركّب الفلاحي بالجهة", "demand"),
])
def test_demand_is_the_clause_after_its_cue_with_exact_offsets(text, trigger, demand, kind):
    d = _record(text, trigger).demand
    assert d["text"] == demand and d["kind"] == kind
    assert text[d["start"]:d["end"]] == d["text"]


def test_no_demand_without_a_cue():
    t = "نفّذ اليوم السبت عمال شركة متخصصة في قطاع النسيج بسوسة وقفة احتجاجية على خلفية وفاة زميلهم بالشركة."
    assert _record(t, "وقفة احتجاجية").demand is None


# ------------------------------------------------------------------ notes

def test_notes_of_a_protest():
    t = ("تشهد منطقة أولاد جاب الله من معتمدية ملولش التابعة لولاية المهدية، اليوم الخميس 27 أفريل 2017، احتجاجات "
         "من طرف الأهالي للمطالبة بالتنمية والتشغيل.")
    ev = _record(t, "احتجاجات", published="2017-04-27", location="Oulad Jaballah", admin1="Mahdia",
                 geo_precision=1)
    assert ev.assoc_actor_1 == "Residents of Oulad Jaballah (Tunisia)"
    assert ev.notes == ("On 27 April 2017, residents of Oulad Jaballah held a peaceful protest in Oulad Jaballah "
                        "(Mahdia), demanding development and jobs. No fatalities reported. [size=no report]")
    assert "التنمية" not in ev.notes                       # no Arabic, no translation: fixed phrases


def test_notes_of_protest_forms_and_intervention():
    t = ("دخل عمال المجمع الكيميائي2بالمظيلة من ولاية قفصة اليوم الاثنين 17اكتوبر 2016 في اعتصام مفتوح للمطالبة "
         "بإدماجهم و تسوية وضعيتهم المهنية وفق ما صرح به أحد العمال لمراسلنا بالجهة .")
    ev = _record(t, "اعتصام", sub="Protest with intervention", published="2016-10-17",
                 actor2="Police Forces of Tunisia", location="Mdhilla", admin1="Gafsa", geo_precision=1)
    assert ev.demand["text"] == "إدماجهم و تسوية وضعيتهم المهنية"
    assert ev.notes == ("On 17 October 2016, workers held a sit-in in Mdhilla (Gafsa), demanding permanent "
                        "employment and job regularisation. Police Forces of Tunisia intervened. No fatalities "
                        "reported. [size=no report]")


def test_notes_of_a_battle_and_an_air_strike_end_to_end():
    text = (ROOT / "hadath" / "examples" / "example_ar.txt").read_text(encoding="utf-8")
    notes = [e.notes for e in hadath.extract(text, "2018-11-20").events]
    assert notes[0] == ("On 20 November 2018, Syrian Democratic Forces clashed with Islamic State near Hajin "
                        "(Deir ez-Zor). 5 fatalities.")
    assert notes[1] == ("On 20 November 2018, International Coalition carried out three air/drone strikes near "
                        "Hajin (Deir ez-Zor), targeting Islamic State. No fatalities reported.")


@pytest.mark.parametrize("fields,notes", [
    (dict(event_type="Battles", sub_event_type="Armed clash", event_date="2019-03-12", time_precision=1,
          actor1="Syrian Democratic Forces", actor2="Islamic State", location="Baghuz Fawqani",
          admin1="Deir ez-Zor", country="Syria", geo_precision=2, fatalities=None),
     "On 12 March 2019, Syrian Democratic Forces clashed with Islamic State near Baghuz Fawqani (Deir ez-Zor). "
     "Casualties were reported without a number."),
    (dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", event_date="2019-03-12",
          time_precision=2, actor1="International Coalition", actor2="Civilians (Syria)", location=None,
          admin1="Deir ez-Zor", country="Syria", geo_precision=3, fatalities=1, injuries=4, quantity=None),
     "Around 12 March 2019, International Coalition carried out an air/drone strike in Deir ez-Zor (Syria), "
     "targeting civilians. 1 fatality. 4 people were injured."),
    (dict(event_type="Protests", sub_event_type="Peaceful protest", event_date="2017-02-03", time_precision=1,
          actor1="Protesters (Tunisia)", assoc_actor_1="Unemployed (Tunisia)", crowd_size="hundreds",
          location="Kasserine", admin1="Kasserine", country="Tunisia", geo_precision=1, fatalities=0,
          demand={"text": "التشغيل", "start": 0, "end": 7, "kind": "demand"}),
     "On 3 February 2017, hundreds of unemployed people held a peaceful protest in Kasserine (Kasserine), "
     "demanding jobs. No fatalities reported. [size=hundreds]"),
    (dict(event_type="Strategic developments", sub_event_type="Arrests", event_date="2018-11-20",
          time_precision=3, actor1="Police Forces of Iraq", actor2="Islamic State", location="Mosul",
          admin1="Ninewa", country="Iraq", geo_precision=3, fatalities=0),
     "In November 2018, Police Forces of Iraq arrested members of Islamic State in Mosul (Ninewa). "
     "No fatalities reported."),
    (dict(event_type="Riots", sub_event_type="Violent demonstration", event_date=None,
          actor1="Rioters", crowd_size="40", fatalities=0),
     "On an unreported date, 40 rioters held a violent demonstration at an unreported location. "
     "No fatalities reported. [size=40]"),
])
def test_notes_are_built_from_the_fields(fields, notes):
    assert notes_for(fields) == notes


# ------------------------------------------------------------------ generic actors: the country

def test_generic_actors_carry_the_country_as_acled_writes_them():
    text = (ROOT / "hadath" / "examples" / "example_ar.txt").read_text(encoding="utf-8")
    ied = hadath.extract(text, "2018-11-20").events[2]
    assert (ied.actor1, ied.actor2) == ("Unidentified Armed Group (Syria)", "Civilians (Syria)")
    assert qualify("Protesters", "Tunisia") == "Protesters (Tunisia)"
    assert qualify("Rioters", "Libya") == "Rioters (Libya)"
    assert qualify("Protesters", None) == "Protesters"                    # no country: as it is
    assert qualify("Islamic State", "Syria") == "Islamic State"           # named actors keep their name
    assert qualify("Civilians (Syria)", "Syria") == "Civilians (Syria)"   # never twice
    assert unqualified("Civilians (Syria)") == "Civilians"
    assert norm_actor("Protesters (Tunisia)") == norm_actor("Protesters")  # the scorer ignores it


def test_fusion_matches_a_qualified_generic_actor_with_a_bare_one():
    base = dict(event_type="Violence against civilians", event_date="2018-11-19", country="Syria",
                admin2="Ar-Raqqah", location="Raqqa", actor1="Unidentified Armed Group (Syria)")
    a = dict(base, event_id="a", doc_id="d1", actor2="Civilians (Syria)")
    b = dict(base, event_id="b", doc_id="d2", actor2="Civilians")           # stored before the qualifier
    assert fusion.same_occurrence(a, b)
    named = dict(base, event_id="c", doc_id="d3", actor1="Ansar al-Sharia (Tunisia)", actor2="Civilians")
    other = dict(base, event_id="e", doc_id="d4", actor1="Ansar al-Sharia (Libya)", actor2="Civilians")
    assert not fusion.same_occurrence(named, other)                        # a named actor's qualifier counts


# ------------------------------------------------------------------ writers, store, exports

# a FIGNEWS post (2023)
PROTEST_TEXT = ("في 9 ديسمبر/كانون الأول، نظم عشرات الناشطين احتجاجًا على الموت في ساحة تروكاديرو، أمام برج إيفل، "
                "في باريس.")
NOTES = ("On 9 December 2023, dozens of activists held a peaceful protest in Paris (Ile-de-France). "
         "No fatalities reported. [size=dozens]")


def _protest_doc(doc_id: str = "p1", outlet: str = "France 24", tail: str = "") -> Document:
    ev = _record(PROTEST_TEXT, "احتجاجًا", published="2023-12-09", country="France", inter1=6,
                 location="Paris", admin1="Ile-de-France", location_text="باريس", latitude=48.8566,
                 longitude=2.3522, geo_precision=1)
    ev.doc_id = doc_id
    ev.assign_id()
    return Document(text=PROTEST_TEXT + tail, id=doc_id, published="2023-12-09", outlet=outlet, events=[ev])


def test_record_fields_in_order():
    assert EVENT_FIELDS[EVENT_FIELDS.index("persons") + 1:EVENT_FIELDS.index("evidence")] == (
        "assoc_actor_1", "assoc_actor_2", "crowd_size", "demand", "notes")
    d = _protest_doc().events[0].to_dict()
    assert list(d)[:2] == ["doc_id", "event_id"] and list(d)[-2:] == ["evidence", "triggers"]
    assert PROTEST_TEXT[d["demand"]["start"]:d["demand"]["end"]] == d["demand"]["text"]


def test_extract_csv_header_and_row():
    buf = io.StringIO()
    CsvWriter(buf).write(_protest_doc())
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    header = rows[0]
    assert header[:len(ACLED_COLUMNS)] == [
        "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
        "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "country", "admin1", "admin2", "admin3",
        "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
        "tags"]
    row = dict(zip(header, rows[1]))
    assert (row["actor1"], row["assoc_actor_1"], row["tags"]) == (
        "Protesters (France)", "Activists (France)", "crowd size=dozens")
    assert row["notes"] == NOTES
    assert (row["demand"], row["crowd_size"], row["evidence_text"]) == (
        "الموت في ساحة تروكاديرو", "dozens", PROTEST_TEXT)


ACLED_ORDER = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
               "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
               "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
               "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
               "fatalities", "tags", "timestamp"]


def test_store_keeps_the_fields_and_the_acled_csv_has_acled_s_columns(tmp_path):
    st = open_store(str(tmp_path / "p.db"))
    st.ingest_document(_protest_doc("p1"))
    st.ingest_document(_protest_doc("p2", outlet="وات", tail=" (وات)"))
    rows, total = st.query_events(actor="protesters")                     # the actor filter finds them
    assert total == 2
    r = rows[0]
    assert (r["assoc_actor_1"], r["assoc_actor_2"], r["crowd_size"], r["notes"]) == (
        "Activists (France)", None, "dozens", NOTES)
    start = PROTEST_TEXT.index("الموت")
    assert r["demand"] == {"text": "الموت في ساحة تروكاديرو", "start": start, "end": start + 23, "kind": "against"}
    assert st.get_event(r["event_id"])["demand"] == r["demand"]
    (cl,), _ = st.query_clusters()
    full = st.get_cluster(cl["cluster_id"])
    assert full["n_articles"] == 2
    canon = full["canonical"]
    assert (canon["assoc_actor_1"], canon["crowd_size"], canon["demand"]["text"], canon["notes"]) == (
        "Activists (France)", "dozens", "الموت في ساحة تروكاديرو", NOTES)
    for clusters, records in ((False, st.iter_events(with_evidence_text=True)), (True, st.iter_clusters())):
        buf = io.StringIO()
        assert X.write_acled_csv(records, buf, clusters=clusters) == (1 if clusters else 2)
        header = next(csv.reader(io.StringIO(buf.getvalue())))
        assert header[:len(ACLED_ORDER)] == ACLED_ORDER
        row = next(csv.DictReader(io.StringIO(buf.getvalue())))
        assert (row["actor1"], row["assoc_actor_1"], row["assoc_actor_2"], row["admin3"], row["source_scale"]) == (
            "Protesters (France)", "Activists (France)", "", "", "")
        assert row["tags"] == "crowd size=dozens" and row["demand"] == "الموت في ساحة تروكاديرو"
        assert row["notes"] == NOTES
        assert PROTEST_TEXT in row["evidence_text"]
    feats = list(X.geojson_features(st.iter_events(with_evidence_text=True)))
    props = feats[0]["properties"]
    assert (props["assoc_actor_1"], props["crowd_size"], props["tags"], props["demand"]) == (
        "Activists (France)", "dozens", "crowd size=dozens", "الموت في ساحة تروكاديرو")
    st.close()


def test_parquet_carries_the_new_columns(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed: pip install '.[parquet]'")
    st = open_store(str(tmp_path / "p.db"))
    st.ingest_document(_protest_doc())
    out = tmp_path / "e.parquet"
    assert X.write_parquet(st.iter_events(with_evidence_text=True), str(out)) == 1
    t = pq.read_table(out).to_pylist()[0]
    assert (t["assoc_actor_1"], t["tags"], t["crowd_size"], t["demand"]) == (
        "Activists (France)", "crowd size=dozens", "dozens", "الموت في ساحة تروكاديرو")
    st.close()


def test_a_store_of_revision_0002_gets_the_columns_and_old_rows_get_notes(tmp_path):
    from sqlalchemy import text

    from store_fixtures import sqlite_at_revision
    db = tmp_path / "old.db"
    with sqlite_at_revision(db, "0002") as (eng, conn):
        conn.execute(text("INSERT INTO articles (id, content_hash, text, warnings, sentences, n_events, "
                          "n_mentions) VALUES ('old', 'h', :t, '[]', '[]', 1, 0)"), {"t": PROTEST_TEXT})
        conn.execute(text("INSERT INTO events (event_id, doc_id, seq, event_type, sub_event_type, event_date, "
                          "time_precision, actor1, inter1, country, location, admin1, geo_precision, fatalities, "
                          "persons, evidence, triggers) VALUES ('e1', 'old', 0, 'Protests', 'Peaceful protest', "
                          "'2017-03-09', 1, 'Protesters', 6, 'Tunisia', 'Sfax', 'Sfax', 1, 0, '[]', '[[0, 60]]', "
                          "'[]')"))
    eng.dispose()
    st = open_store(str(db))
    con = sqlite3.connect(db)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0006"
    cols = {r[1] for r in con.execute("PRAGMA table_info(events)")}
    assert {"assoc_actor_1", "assoc_actor_2", "crowd_size", "demand", "notes"} <= cols
    trig = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"tr_events_actor_names_ins", "tr_events_actor_names_upd"} <= trig   # revision 0002's triggers stay
    con.close()
    (r,), _ = st.query_events()
    assert (r["notes"], r["demand"], r["crowd_size"]) == (None, None, None)
    buf = io.StringIO()
    X.write_acled_csv(st.iter_events(with_evidence_text=True), buf)
    row = next(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row["notes"] == ("On 9 March 2017, protesters held a peaceful protest in Sfax (Sfax). "
                            "No fatalities reported. [size=no report]")
    st.close()


# ------------------------------------------------------------------ on the protest test set

def test_crowd_size_and_who_agree_with_the_labels_of_the_protest_set():
    """Over the labelled protest sentences where the coder finds a protest or riot, crowd_size
    equals the label and assoc_actor_1 names the same kind of group (Teachers, Residents ...;
    the place of residents and the country come from the coder's place)."""
    n = size_ok = who_ok = 0
    for line in PROTEST_SET.open(encoding="utf-8"):
        r = json.loads(line)
        gold = [e for e in r["events"] if e["event_type"] in ("Protests", "Riots")]
        pred = [e for e in hadath.extract(r["text"], r.get("published")).events
                if e.event_type in ("Protests", "Riots")]
        if not gold or not pred:
            continue
        n += 1
        size_ok += pred[0].crowd_size == gold[0]["crowd_size"]
        kind = [(x or "").split(" of ")[0].split(" (")[0] for x in (gold[0]["assoc_actor_1"], pred[0].assoc_actor_1)]
        who_ok += kind[0] == kind[1]
    assert n >= 60
    assert size_ok / n >= 0.9, (size_ok, n)
    assert who_ok / n >= 0.7, (who_ok, n)
    print(f"\ncrowd size {size_ok}/{n} = {size_ok / n:.2f}, associated actor {who_ok}/{n} = {who_ok / n:.2f}")


def test_an_armed_group_named_in_the_demand_is_not_the_crowd():
    """ACLED's actor of a protest is "Protesters" whoever protests; "الجماعات المسلحة" in what they
    protest against is neither the crowd nor an attacker (made up)."""
    from hadath import extract
    text = ("اعتصم عدد من المعلمين أمس أمام مبنى البرلمان في طهران احتجاجا على الدعم المتواصل للجماعات "
            "المسلحة في المنطقة.")
    evs = extract(text, "2017-03-10").events
    assert [(e.event_type, e.actor1, e.assoc_actor_1) for e in evs] == [
        ("Protests", "Protesters (Iran)", "Teachers (Iran)")]
