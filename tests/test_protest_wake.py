"""A protest named right after "after" or "during" took place: what the sentence tells happened after it or during it.
That is the anchor a protest has when its sentence names no place, time or crowd (a headline "X after protests", an
arrest "during the protests"); before it, or merely talked of, it is none. Sentences written for these tests in the
styles of Arab headlines and Tunisian local news."""
from protest_fixtures import PEACEFUL, record_types as _types


def test_a_protest_named_after_after_is_told():
    assert _types("إقالة مدير المستشفى الجهوي بعد احتجاجات على تردي الخدمات", "2018-07-16") == PEACEFUL
    assert _types("استقالة الحكومة عقب احتجاجات واسعة", "2019-10-30") == PEACEFUL


def test_a_protest_named_after_during_is_told():
    assert _types("وتم إطلاق سراح ثلاثة موقوفين اعتقلوا خلال الاحتجاجات حسب الناطق باسم المحكمة.", "2018-01-12") \
        == [("Protests", "Peaceful protest")]


def test_a_protest_named_before_before_or_as_a_topic_is_not():
    assert _types("الحكومة تعقد اجتماعا طارئا قبل احتجاجات مرتقبة", "2018-07-16") == []
    assert _types("وأكد الوزير أن الحوار هو الحل لإنهاء الاحتجاجات.", "2018-07-16") == []
