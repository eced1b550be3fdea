"""What the fifth round of written article probes taught (eight more outlet styles, measured blind, then read): a
strike on a town or an area names no target, one on positions or camps hits the article's other side. Sentences written
for these tests in the styles of Houthi, Syrian opposition and Iraqi news."""
from hadath import extract


def _records(text: str, published: str) -> list[tuple]:
    return [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in extract(text, published).events]


def test_a_strike_on_an_area_names_no_target_one_on_positions_hits_the_other_side():
    text = ("أكد مصدر عسكري أن أبطال الجيش واللجان الشعبية صدوا هجوما للحوثيين في جبهة نهم أمس. "
            "وشن طيران التحالف أربع غارات على منطقة الصمع بمديرية أرحب.")
    got = _records(text, "2017-04-02")
    assert ("Explosions/Remote violence", "Air/drone strike", "Saudi-led Coalition", None) in got
    text = ("أكد مصدر عسكري أن أبطال الجيش واللجان الشعبية صدوا هجوما للحوثيين في جبهة نهم أمس. "
            "وشن طيران التحالف أربع غارات على مواقع وتجمعات في منطقة الصمع بمديرية أرحب.")
    got = _records(text, "2017-04-02")
    assert ("Explosions/Remote violence", "Air/drone strike", "Saudi-led Coalition", "Houthis") in got
