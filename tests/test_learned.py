"""The learned sentence model: training on a tiny corpus, loading, and how the coder uses it;
word salad, future dates and protest forms on real Arabic sentences."""
from __future__ import annotations

import json
import random

import pytest

import hadath
from hadath.learn import model as learned

POS = [
    ("شنت طائرات حربية غارات على مدينة الرقة اليوم ما أسفر عن مقتل خمسة مدنيين.", "Explosions/Remote violence", "Air/drone strike"),
    ("قصفت طائرات التحالف مواقع لتنظيم داعش في دير الزور أمس.", "Explosions/Remote violence", "Air/drone strike"),
    ("اندلعت اشتباكات عنيفة بين الجيش ومسلحين في ريف إدلب اليوم.", "Battles", "Armed clash"),
    ("دارت معارك بين قوات سوريا الديمقراطية وتنظيم داعش في الباغوز.", "Battles", "Armed clash"),
    ("نظم عشرات المعطلين عن العمل وقفة احتجاجية أمام مقر الولاية بقفصة.", "Protests", "Peaceful protest"),
    ("خرج مئات المتظاهرين في مسيرة بمدينة صفاقس مطالبين بالتشغيل.", "Protests", "Peaceful protest"),
    ("ألقت الوحدات الأمنية القبض على عنصر تكفيري بمدينة القصرين.", "Strategic developments", "Arrests"),
    ("تمكنت قوات الحرس الوطني من إيقاف ثلاثة عناصر إرهابية في سيدي بوزيد.", "Strategic developments", "Arrests"),
]
NEG = [
    "قال وزير الخارجية إن الحل السياسي هو الطريق الوحيد لإنهاء الأزمة.",
    "ارتفعت أسعار الخضر في الأسواق التونسية خلال الأسبوع الماضي.",
    "دعا الاتحاد إلى تنظيم مسيرة الأسبوع المقبل للمطالبة بالزيادة في الأجور.",
    "أكد الخبير أن انفجارا اجتماعيا قد يحدث إذا لم تتحسن الأوضاع.",
    "افتتح المهرجان الدولي للموسيقى دورته الجديدة في الحمامات.",
    "قضت المحكمة بسجن المتهم عشر سنوات في قضية إرهابية.",
]


def _corpus(tmp_path):
    rows = []
    for k in range(3):  # each unit in its own article, repeated so every label has examples
        for i, (t, et, st) in enumerate(POS):
            rows.append({"sid": f"p{k}{i}", "doc_id": f"dp{k}{i}", "published": "2017-03-10", "first": True,
                         "text": t, "events": [{"event_type": et, "sub_event_type": st}]})
        for i, t in enumerate(NEG):
            rows.append({"sid": f"n{k}{i}", "doc_id": f"dn{k}{i}", "published": "2017-03-10", "first": True,
                         "text": t, "events": [], "neg": "other"})
    (tmp_path / "sentences.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                              encoding="utf-8")
    return tmp_path


def test_training_on_a_tiny_corpus_is_reproducible_and_loads(tmp_path):
    pytest.importorskip("sklearn")
    from hadath.learn.train import train
    corpus = _corpus(tmp_path)
    a, b = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    train(corpus, a, seed=3, log=lambda *_: None)
    train(corpus, b, seed=3, log=lambda *_: None)
    assert learned.read(a).to_dict() == learned.read(b).to_dict()
    m = learned.read(a)
    assert "event" in m.labels and "Protests" in m.labels and "keep" in m.labels
    from hadath.learn.features import sentence_features
    from hadath.mentions.finders import find_sentence_mentions
    from hadath.text import tokenize
    from hadath.types import Span

    def p(text, label):
        sm = find_sentence_mentions(text, 0, Span(0, len(text)), tokenize(text, 0, len(text)), "2017-03-10")
        return m.scores(sentence_features(sm))[label]
    # it learned something: a new protest sentence scores higher for protests than an economy one
    assert p("نفذ عمال المصنع وقفة احتجاجية أمام مقر المعتمدية.", "Protests") > \
        p("ارتفعت أسعار اللحوم في الأسواق خلال الشهر الماضي.", "Protests")


def test_shipped_model_loads_and_can_be_switched_off(monkeypatch):
    m = learned.load()
    assert m is not None and m.meta.get("sentences", 0) >= 3000
    assert learned.MODEL_PATH.stat().st_size < 30 * 1024 * 1024
    monkeypatch.setenv(learned.ENV_VAR, "off")
    assert learned.load() is None
    # rules alone still code
    ev = hadath.extract("شنت طائرات حربية غارات على مدينة الرقة اليوم.", "2017-03-10").events
    assert ev and ev[0].sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("size", [20_000, 200_000])
@pytest.mark.parametrize("seed", [1, 2])
def test_word_salad_gives_no_events(size, seed):
    rng = random.Random(seed)
    words = " ".join(t for t, _, _ in POS).split() + " ".join(NEG).split()
    words += hadath.__file__ and open(__import__("pathlib").Path(hadath.__file__).parent / "examples" /
                                      "example_ar.txt", encoding="utf-8").read().split()
    salad, n = [], 0
    while n < size:
        w = rng.choice(words)
        salad.append(w)
        n += len(w) + 1
    text = " ".join(salad)
    doc = hadath.extract(text, "2017-03-10")
    assert len(doc.events) <= max(1, len(text) // 100_000)
    # random letters are not language either
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    junk = " ".join("".join(rng.choice(letters) for _ in range(rng.randint(2, 7))) for _ in range(size // 6))
    assert len(hadath.extract(junk, "2017-03-10").events) <= max(1, len(junk) // 100_000)


def test_real_articles_are_language():
    text = open(__import__("pathlib").Path(hadath.__file__).parent / "examples" / "example_ar.txt",
                encoding="utf-8").read()
    doc = hadath.extract(text, "2018-11-20")
    assert doc.events and not any("does not read as language" in w for w in doc.warnings)


def test_no_event_dated_after_publication():
    # a planned visit is not an arrest a year later; a date before publication still codes
    plan = "يعتزم المقرر الخاص للأمم المتحدة زيارة تونس في 12 مارس 2018 للاطلاع على أوضاع الموقوفين في قضايا إرهاب."
    assert hadath.extract(plan, "2017-03-14").events == []
    for when, n in (("12 مارس 2017", 1), ("12 مارس 2018", 0)):
        t = f"اعتقلت قوات الأمن يوم {when} ثلاثة عناصر إرهابية في القصرين."
        evs = hadath.extract(t, "2017-03-14").events
        assert len(evs) == n and all(e.event_date <= "2017-03-14" for e in evs)


@pytest.mark.parametrize("text,sub", [
    ("سار مئات المتظاهرين أمس في وسط مدينة صفاقس مطالبين بالتشغيل.", "Peaceful protest"),
    ("خرج الآلاف في مسيرة بمدينة القصرين مطالبين بالتنمية.", "Peaceful protest"),
    ("احتشد الأهالي اليوم أمام مقر الولاية بسيدي بوزيد احتجاجا على انقطاع الماء.", "Peaceful protest"),
    ("أضرم شاب النار في جسده أمام مقر المعتمدية بالقصرين احتجاجا على حجز بضاعته.", "Peaceful protest"),
    ("فرقت قوات الأمن بالغاز المسيل للدموع وقفة احتجاجية لعمال المصنع في قفصة.", "Protest with intervention"),
])
def test_protest_forms(text, sub):
    ev = hadath.extract(text, "2017-03-10").events
    assert [(e.event_type, e.sub_event_type, e.actor1) for e in ev] == [("Protests", sub, "Protesters (Tunisia)")]


def test_protesters_throwing_stones_are_rioters():
    t = "قطع محتجون الطريق الرابطة بين قفصة وتوزر بالحجارة والعجلات المطاطية المشتعلة."
    ev = hadath.extract(t, "2017-03-10").events
    assert [(e.event_type, e.actor1, e.inter1) for e in ev] == [("Riots", "Rioters (Tunisia)", 5)]


@pytest.mark.parametrize("text", [
    "دعا الاتحاد العام التونسي للشغل إلى تنظيم مسيرة حاشدة الأسبوع المقبل في العاصمة.",
    "نفذ أعوان الصحة اليوم إضرابا عن العمل في مستشفى قابس.",
])
def test_calls_and_work_stoppages_are_not_protests(text):
    assert hadath.extract(text, "2017-03-10").events == []


def test_one_occurrence_told_twice_is_one_record():
    t = ("قتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة العريش اليوم. "
         "وقالت مصادر أمنية إن عبوة ناسفة انفجرت في مدينة العريش اليوم مستهدفة دورية للجيش.")
    ev = hadath.extract(t, "2017-03-10").events
    assert len(ev) == 1 and len(ev[0].evidence) == 2 and ev[0].fatalities == 3


@pytest.mark.parametrize("text,date", [
    ("وقصفت المليشيات الانقلابية، السبت حي الجمهوري السكني في تعز.", "2015-08-01"),
    ("كما شن الطيران غارات مكثفة السبت على مواقع للمتمردين في صعدة.", "2015-08-01"),
    ("قتل جنديان مساء الثلاثاء في هجوم على حاجز للجيش في العريش.", "2015-07-28"),
])
def test_weekday_alone_is_the_latest_such_day(text, date):
    ev = hadath.extract(text, "2015-08-03").events  # a Monday
    assert [e.event_date for e in ev] == [date]


def test_next_weekday_is_a_plan():
    assert hadath.extract("تنظم النقابة وقفة احتجاجية يوم الخميس المقبل أمام مقر الولاية في صفاقس.",
                          "2015-08-03").events == []


def test_coalition_words_name_the_coalition_of_the_theatre():
    yemen = hadath.extract("شنت طائرات التحالف غارات على مواقع الحوثيين في صعدة اليوم.", "2015-08-03").events
    syria = hadath.extract("شنت طائرات التحالف غارات على مواقع تنظيم داعش في الرقة اليوم.", "2015-08-03").events
    assert yemen[0].actor1 == "Saudi-led Coalition" and syria[0].actor1 == "International Coalition"


@pytest.mark.parametrize("text,loc", [
    ("قتل تسعة أشخاص وأصيب آخرون، السبت إثر انفجارات لألغام أرضية زرعها المتمردون في عدن جنوبي اليمن.", "Aden"),
    ("أصيب ضابطا شرطة بجروح إثر تفجير عبوة ناسفة استهدفت كشك مرور بمنطقة مصر الجديدة شمال القاهرة.", "Heliopolis"),
])
def test_a_place_located_by_a_direction_is_where_it_happened(text, loc):
    ev = hadath.extract(text, "2015-08-03").events
    assert [e.location for e in ev] == [loc]


def test_one_action_on_two_places_is_a_record_per_place():
    ev = hadath.extract("انفجرت سيارتان مفخختان في بغداد والبصرة اليوم ما أسفر عن مقتل 12 شخصا.", "2015-08-03").events
    assert sorted(e.location for e in ev) == ["Baghdad", "Basrah"]
    assert all(e.fatalities is None for e in ev)  # the toll is not split between them


def test_the_event_place_closing_a_list_takes_the_places_before_it():
    # the toll's place is the last of the list: the province named before it is a record too
    ev = hadath.extract("قتل ثلاثة جنود أتراك في هجومين منفصلين في ولايتي ماردين وهكاري أمس.", "2015-08-03").events
    assert sorted(e.location for e in ev) == ["Hakkari", "Mardin"]
    assert all(e.event_type == "Battles" and e.fatalities is None for e in ev)


def test_a_clause_that_moves_to_a_place_of_its_own_is_its_own_event():
    ev = hadath.extract("قتل قائد ميداني حوثي في مواجهات مع المقاومة الشعبية في مدينة تعز أمس، وفي مديرية لودر "
                        "نصبت المقاومة كمينا لقافلة حوثية ما أدى إلى مقتل اثنين من عناصرها.", "2015-08-03").events
    assert sorted((e.location, e.event_type, e.fatalities) for e in ev) == [
        ("Lawdar", "Battles", 2), ("Taizz", "Battles", 1)]


def test_by_the_bullets_of_names_the_shooter():
    ev = hadath.extract("استشهد شاب برصاص قوات الاحتلال خلال اقتحام بلدة قباطية جنوب جنين فجر اليوم.",
                        "2024-03-12").events
    assert [(e.event_type, e.actor1) for e in ev] == [("Violence against civilians", "Military Forces of Israel")]


@pytest.mark.parametrize("text,etype,sub,actor1", [
    ("أعلن حزب الله استهداف موقع الراهب الإسرائيلي بالأسلحة الصاروخية وإصابته إصابة مباشرة.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah"),
    ("أطلقت إيران عشرات الصواريخ على إسرائيل مساء الثلاثاء.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Iran"),
    ("أغارت مسيرة إسرائيلية على سيارة في بلدة الناقورة الحدودية ما أدى إلى استشهاد شخصين.",
     "Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel"),
    ("اعتقلت قوات الاحتلال 15 فلسطينيا خلال مداهمات في مدينة جنين بالضفة الغربية.",
     "Strategic developments", "Arrests", "Military Forces of Israel"),
])
def test_claimed_state_and_occupation_acts(text, etype, sub, actor1):
    ev = hadath.extract(text, "2024-03-12").events
    assert [(e.event_type, e.sub_event_type, e.actor1) for e in ev] == [(etype, sub, actor1)]


@pytest.mark.parametrize("text", ["أطلقت الشرطة سراح المعتقلين أمس في تونس.",
                                  "أطلقت الحكومة حملة لتلقيح الأطفال في صفاقس."])
def test_launch_verbs_need_a_weapon(text):
    assert hadath.extract(text, "2024-03-12").events == []


@pytest.mark.parametrize("text,etype", [
    ("في غضون ذلك انفجرت عبوة ناسفة أمام مجلس مدينة أبو حماد بالشرقية في مصر، دون وقوع إصابات.",
     "Explosions/Remote violence"),
    ("دهست شاحنة مجموعة من المارة في أحد شوارع العاصمة السويدية ستوكهولم.", "Violence against civilians"),
    ("تمكن الجيش الجزائري مساء أمس من القضاء على عنصرين إرهابيين بمدينة الأغواط.", "Battles"),
    ("تمكنت الوحدات الأمنية من تفكيك خلية إرهابية تتكون من خمسة عناصر بولاية القصرين.", "Strategic developments"),
    ("قال المتحدث إن ضابطي شرطة أصيبوا في انفجار وقع اليوم أمام محكمة في شمال شرق القاهرة.",
     "Explosions/Remote violence"),
])
def test_event_forms(text, etype):
    assert [e.event_type for e in hadath.extract(text, "2017-05-29").events] == [etype]


@pytest.mark.parametrize("text", [
    "أكد الوزير عزم الحكومة على القضاء على الإرهاب في البلاد.",
    "دعت العائلات إلى الإفراج عن الرهائن المحتجزين في غزة.",
    "قضت المحكمة الابتدائية بتونس بسجن المتهم في قضية الهجوم على الحافلة.",
])
def test_talk_is_not_an_event(text):
    assert hadath.extract(text, "2017-05-29").events == []


def test_a_quarter_named_after_a_city_is_in_its_town():
    ev = hadath.extract("و كان مسلحون مجهولون خطفوا اول امس السبت الناشط السياسي صلاح البكوش بمنطقة حي دمشق "
                        "بطرابلس.", "2017-01-31").events
    assert [(e.sub_event_type, e.location) for e in ev] == [("Abduction/forced disappearance", "Tripoli")]


@pytest.mark.parametrize("text,actor1", [
    ("لقي 22 مسلحاً من تنظيم داعش مصرعهم في عملية أمنية نفذتها قوات عراقية مشتركة في مدينة الرمادي.",
     "Military Forces of Iraq"),
    ("قصفت اليوم طائرتان حربيتان ليبيتان قواعد لميليشيا إسلامية في بنغازي.", "Military Forces of Libya"),
    ("قتل 21 شخصًا على الأقل في هجوم تبنته حركة طالبان في ولاية قندوز شمال أفغانستان.", "Taliban"),
    ("وقتل جندي تركي في هجوم بقاذفة صواريخ شنه متمردون أكراد في شرناق.", "Kurdistan Workers' Party"),
])
def test_who_acted(text, actor1):
    ev = hadath.extract(text, "2015-08-10").events
    assert len(ev) == 1
    # a clash has no attacker: its two sides in either order (as the scorer reads Battles)
    assert actor1 in ((ev[0].actor1, ev[0].actor2) if ev[0].event_type == "Battles" else (ev[0].actor1,))


def test_a_sentence_without_time_words_keeps_the_day_the_article_gave():
    t = ("قتل ضابطا شرطة ومجند أمس الأحد في هجوم بمدينة العريش. "
         "وفي السويس، أصيب أربعة من مجندي الشرطة في انفجار عبوة ناسفة استهدف مدرعة.")
    ev = hadath.extract(t, "2015-08-10").events
    assert [e.event_date for e in ev] == ["2015-08-09", "2015-08-09"]


def test_an_armed_attack_on_a_restaurant_is_an_attack_on_civilians():
    ev = hadath.extract("شهدت إسطنبول هجوما مسلحا على مطعم معروف ما أسفر عن مقتل شخص وإصابة اثنين.",
                        "2017-01-30").events
    assert [(e.event_type, e.fatalities) for e in ev] == [("Violence against civilians", 1)]


def test_a_protest_named_with_the_article_and_told_nowhere_before_is_the_one_reported():
    ev = hadath.extract("وضمت الوقفة الاحتجاجية ممثلين عن المجتمع المدني بجرجيس وعائلات المفقودين.",
                        "2017-03-10").events
    assert [e.event_type for e in ev] == ["Protests"]


@pytest.mark.parametrize("text", [
    "أكّد عميد الهيئة الوطنية للعدول المنفّذين اليوم الأربعاء دخول عدول المنفّذين في اضراب احتجاجا على ايقاف زميل لهم.",
    "وسينفذ الأساتذة وقفة احتجاجية أمام مقر المندوبية الجهوية بسوسة.",
])
def test_strikes_and_coming_protests_are_not_protests(text):
    assert [e.event_type for e in hadath.extract(text, "2017-03-10").events if e.event_type == "Protests"] == []


def test_a_hunger_strike_is_a_protest():
    t = "بدأ أكثر من ألف معتقل فلسطيني صباح اليوم إضرابا واسعا عن الطعام في سجون الاحتلال."
    assert [e.event_type for e in hadath.extract(t, "2017-04-17").events] == ["Protests"]


def test_a_bomb_defused_by_experts_is_the_security_forces_disrupting_it():
    t = "وقال مصدر أمني إن خبراء المفرقعات أبطلوا مفعول عبوة ناسفة بدائية الصنع عثر عليها في حقيبة بالقاهرة."
    ev = hadath.extract(t, "2015-08-10").events
    assert [(e.sub_event_type, e.actor1, e.location) for e in ev] == [
        ("Disrupted weapons use", "Police Forces of Egypt", "Cairo")]


@pytest.mark.parametrize("text,etype,actor1", [
    ("نفذ مستوطنون هجوما على قرية ترمسعيا شمال رام الله وأحرقوا منازل ومركبات.",
     "Violence against civilians", "Settlers (Israel)"),
    ("أعلنت كتائب القسام أن مقاتليها استهدفوا دبابة ميركافا بقذيفة الياسين في حي الشجاعية.",
     "Explosions/Remote violence", "Hamas"),
])
def test_gaza_and_west_bank_wording(text, etype, actor1):
    ev = hadath.extract(text, "2024-03-12").events
    assert [(e.event_type, e.actor1) for e in ev] == [(etype, actor1)]


def test_a_missile_shot_down_is_only_the_interception():
    t = "أسقطت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون باتجاه مدينة نجران."
    ev = hadath.extract(t, "2019-03-12").events
    assert [(e.sub_event_type, e.actor1) for e in ev] == [("Disrupted weapons use", "Military Forces of Saudi Arabia")]


def test_two_policemen_killed_count_two():
    t = "فجر مسلحون عبوة ناسفة استهدفت دورية للشرطة في مدينة العريش ما أسفر عن مقتل شرطيين."
    assert [e.fatalities for e in hadath.extract(t, "2019-03-12").events] == [2]


def test_the_town_of_the_evidence_wins_over_its_country_in_another_clause():
    t = "قتل ثلاثة جنود في انفجار لغم أرضي في تركيا، في بلدة سيلوبي قرب الحدود العراقية."
    ev = hadath.extract(t, "2015-08-10").events
    assert [e.location for e in ev] == ["Silopi"]


def test_the_gate_is_chosen_by_cross_validation_and_used_by_the_coder(tmp_path, monkeypatch):
    """``hadath train --tune-gate``: thresholds from a grid, scored on held-out training articles,
    stored in the model file; the coder reads them from the model it codes with."""
    pytest.importorskip("sklearn")
    from hadath.eval.gate import tune_gate
    from hadath.learn.train import train
    from hadath.text import split_sentences
    corpus = _corpus(tmp_path)
    monkeypatch.setenv("HADATH_CODER", "rules")
    arts = []
    for i, (t, _, _) in enumerate(POS):
        text = t + " " + NEG[i % len(NEG)]
        evs = [e.to_dict() for e in hadath.extract(text, published="2017-03-10").events]
        arts.append({"id": f"a{i}", "text": text, "published": "2017-03-10", "events": evs,
                     "sentences": [[s.start, s.end] for s in split_sentences(text)]})
    monkeypatch.delenv("HADATH_CODER")
    (corpus / "articles.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts),
                                           encoding="utf-8")
    gate = tune_gate(corpus, seed=3, folds=2, log=lambda *_: None, keeps=(0.05, 1.01), adds=(1.01,), repeats=2)
    assert [g[:2] for g in gate["grid"]] == [[0.05, 1.01], [1.01, 1.01]]
    # each row's F1 is the mean over the repeated splits, between the lowest and the highest split's
    assert gate["repeats"] == 2 and all(g[4] <= g[2] <= g[5] for g in gate["grid"])
    # a gate that drops every candidate of the rules codes nothing: it cannot win
    assert gate["keep"] == 0.05 and gate["grid"][0][2] > gate["grid"][1][2] == 0.0
    out = tmp_path / "m.json.gz"
    train(corpus, out, seed=3, log=lambda *_: None, gate={"keep": 1.01, "add": 1.01})
    m = learned.read(out)
    assert m.gate("keep", 0.05) == 1.01
    with learned.using(m):
        assert hadath.extract(POS[0][0], published="2017-03-10").events == []
    m.meta["gate"] = {"keep": 0.0, "add": 1.01}
    with learned.using(m):
        assert [e.event_type for e in hadath.extract(POS[0][0], published="2017-03-10").events] == [POS[0][1]]


def test_a_battle_with_its_dead_and_both_sides_stands_whatever_the_gate_reads():
    """A state force and an armed group in one sentence with the dead counted: the rules saw every
    part of a clash, and a gate that drops every other candidate keeps it; without the toll it
    goes with the gate."""
    import copy
    m = copy.deepcopy(learned.load())
    if m is None:
        pytest.skip("no shipped model")
    m.meta["gate"] = {"keep": 1.01, "add": 1.01}
    told = "وقالت مصادر أمنية إن قوات الجيش العراقي شنت هجمات على مواقع تنظيم داعش غرب مدينة الرمادي أمس فقتلت 9 مسلحين."
    # (the bare attack told with a verb of its own: "شنت هجمات", an attack noun a verb of launching
    # governs, stands by the rules too: test_other_outlets)
    bare = "وقالت مصادر أمنية إن قوات الجيش العراقي هاجمت مواقع تنظيم داعش غرب مدينة الرمادي أمس."
    with learned.using(m):
        ev = hadath.extract(told, published="2015-08-10").events
        assert [(e.event_type, e.sub_event_type, e.actor1, e.actor2, e.fatalities, e.event_date) for e in ev] == [
            ("Battles", "Armed clash", "Military Forces of Iraq", "Islamic State", 9, "2015-08-09")]
        assert hadath.extract(bare, published="2015-08-10").events == []


def test_an_event_the_model_adds_for_a_dropped_rule_event_takes_the_rules_sub_type():
    """A gate that drops the rules' arrest and a model that adds a strategic development there: the
    record is the arrest the rules read from its word, not the sub-type the model guesses (the
    seized explosive belt made it read a disrupted weapons use)."""
    import copy
    m = copy.deepcopy(learned.load())
    if m is None:
        pytest.skip("no shipped model")
    m.meta["gate"] = {"keep": 1.01, "add": 0.0}
    text = "وتمكنت وحدات الحرس الوطني اليوم الأحد من إيقاف عنصر إرهابي بمدينة القصرين وحجز حزام ناسف وكمية من الذخيرة."
    with learned.using(m):
        ev = hadath.extract(text, published="2017-05-28").events
    assert [e.sub_event_type for e in ev if e.event_type == "Strategic developments"] == ["Arrests"]


def test_the_gate_moves_from_its_defaults_only_for_more_than_one_event():
    from hadath.coder import ADD, KEEP
    from hadath.eval.gate import choose
    # a best pair ahead by less than one held-out event: the defaults stay
    grid = [[KEEP, ADD, 0.6940, 0.66], [0.2, 0.95, 0.6954, 0.67], [0.3, 1.01, 0.60, 0.58]]
    assert choose(grid)[:2] == [KEEP, ADD]
    # ahead by several events: it wins
    grid = [[KEEP, ADD, 0.680, 0.66], [0.2, 0.95, 0.700, 0.67]]
    assert choose(grid)[:2] == [0.2, 0.95]
