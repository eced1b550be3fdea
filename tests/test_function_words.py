"""The closed classes of function words (hadath/data/function_words.tsv) the event rules read through
hadath.kb.words, and sentences whose coding turns on one of them.

Sentences are made up for these tests (news style), none from the dev gold or the training corpus.
"""
from __future__ import annotations

import pytest

import hadath
from hadath.events import candidates, protest, triggers
from hadath.kb.words import function_keys, function_words

PUBLISHED = "2017-03-10"


def _coded(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in hadath.extract(text, PUBLISHED).events]


def test_classes_load_in_file_order():
    assert function_words("object_preposition") == ("على", "ضد")
    assert function_words("agent_noun") == ("طرف", "قبل")
    assert function_words("done_verb") == ("تم", "وتم")
    # written with hamza, folded by function_keys as an alias is; a word may stand in two classes
    assert "إثر" in function_words("time_preposition") and "إثر" not in function_keys("time_preposition")
    assert function_keys("time_preposition") == ("بعد", "قبل", "عقب", "اثر", "خلال", "اثناء")
    assert "بعد" in function_keys("done_word")
    assert function_keys("victim_verb") == ("تعرض", "استهدف", "اصيب")
    # folded classes are compared as written
    assert function_words("clash_word")[:2] == ("مواجهات", "مواجهه")
    assert candidates.SECURITY_WORDS == frozenset(function_words("force_word") + ("امنيه", "امنيين"))
    assert function_keys("demand_verb") == ("طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون")
    assert triggers.RELATIVE_PRONOUNS == frozenset(function_words("relative_pronoun"))
    assert "ساحة" in function_words("street_noun")  # as written: the street nouns were compared raw
    assert function_words("pluperfect") == ("وكان", "وكانت")
    with pytest.raises(KeyError):
        function_words("no_such_class")


@pytest.mark.parametrize("name, text, expected, without", [
    # a time preposition before the act: it dates the young men's deed (cleaning), it is not it
    ("TIME_PREPOSITIONS", "قام عدد من الشبان صباح اليوم بتنظيف الشوارع بعد أعمال التخريب التي شهدتها مدينة القصرين.",
     [], [("Riots", "Mob violence")]),
    # "بعد تنفيذ وقفة": a stand told as done, not only decided on with the sit-in
    ("DONE_WORDS", "قرر العمال الدخول في اعتصام مفتوح بعد تنفيذ وقفة احتجاجية صباح اليوم أمام مقر الشركة بصفاقس.",
     [("Protests", "Peaceful protest")], []),
    # "تعليقه على احتجاجات": protests a minister talks about, not told
    ("TOPIC_PREPOSITIONS", "وفي تعليقه على احتجاجات أهالي المكناسي، قال الوزير إن الحكومة ستدرس مطالبهم.",
     [], [("Protests", "Peaceful protest")]),
])
def test_a_sentence_turns_on_its_class(monkeypatch, name, text, expected, without):
    assert _coded(text) == expected
    monkeypatch.setattr(candidates, name, frozenset())
    assert _coded(text) == without  # the class, not something else, decides it


def test_a_demand_verb_governs_what_is_demanded_not_the_crowd(monkeypatch):
    # "طالب محتجون اليوم ... بالتشغيل": the people who demand, today, at the seat: a protest held
    # (protesters named with the article, "طالب عدد من المحتجين", stand whatever the demand verb)
    text = "طالب محتجون صباح اليوم أمام مقر الولاية بسيدي بوزيد بالتشغيل."
    doc = hadath.extract(text, PUBLISHED)
    assert [(e.event_type, e.sub_event_type, e.location) for e in doc.events] == [
        ("Protests", "Peaceful protest", "Sidi Bouzid")]
    monkeypatch.setattr(triggers, "_DEMAND_VERBS", frozenset())
    assert _coded(text) == []  # read as a mere demand (intent) without the class


def test_the_people_supported_are_not_the_crowd(monkeypatch):
    text = "نظم مئات المواطنين صباح اليوم بمدينة صفاقس مسيرة تضامن مع أهالي غزة."
    assert [e.assoc_actor_1 for e in hadath.extract(text, PUBLISHED).events] == [None]
    monkeypatch.setattr(protest, "_SUPPORT", frozenset())
    assert [e.assoc_actor_1 for e in hadath.extract(text, PUBLISHED).events] == ["Residents of Gaza City (Palestine)"]


def test_a_hunger_strike_is_a_protest_a_work_stoppage_is_not():
    assert function_words("hunger_word") == ("الطعام", "جوع", "الجوع")
    hunger = "دخل عشرات العمال صباح اليوم في إضراب عن الطعام بمقر الاتحاد الجهوي للشغل بقفصة احتجاجا على طردهم."
    assert [(e.event_type, e.sub_event_type, e.location) for e in hadath.extract(hunger, PUBLISHED).events] == [
        ("Protests", "Peaceful protest", "Gafsa")]
    assert _coded(hunger.replace(" عن الطعام", "")) == []  # a strike: no protest event
