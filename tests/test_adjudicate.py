"""The protest labels three annotators agree on (training/adjudicate.py): majority and agreement."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("adjudicate", ROOT / "training" / "adjudicate.py")
adj = importlib.util.module_from_spec(spec)
spec.loader.exec_module(adj)

PEACEFUL = {"event_type": "Protests", "sub_event_type": "Peaceful protest", "trigger": "وقفة احتجاجية",
            "crowd_size": "dozens", "assoc_actor_1": "Teachers (Tunisia)"}
RIOT = {"event_type": "Riots", "sub_event_type": "Violent demonstration", "trigger": "رشق"}
ARREST = {"event_type": "Strategic developments", "sub_event_type": "Arrests", "trigger": "إيقاف"}


def test_two_readings_of_three_make_a_protest():
    evs, yes = adj.majority([[], [PEACEFUL], [dict(PEACEFUL, trigger="وقفة")]])
    assert yes and [(e["event_type"], e["sub_event_type"]) for e in evs] == [("Protests", "Peaceful protest")]
    assert evs[0]["crowd_size"] == "dozens" and evs[0]["assoc_actor_1"] == "Teachers (Tunisia)"


def test_one_reading_of_three_is_not_enough():
    assert adj.majority([[PEACEFUL], [], [ARREST]]) == ([], False)


def test_sub_type_disagreement_keeps_the_first_positive_reading():
    evs, yes = adj.majority([[RIOT], [PEACEFUL], []])
    assert yes and [e["sub_event_type"] for e in evs] == ["Violent demonstration"]


def test_agreement_scores_the_other_reading_against_the_first():
    first = {"a": [PEACEFUL], "b": [], "c": [RIOT], "d": [PEACEFUL]}
    other = {"a": [PEACEFUL], "b": [PEACEFUL], "c": [PEACEFUL], "d": []}
    r = adj.agreement(first, other)
    assert (r["both"], r["only_other"], r["only_first"]) == (2, 1, 1)
    assert r["precision"] == 0.667 and r["recall"] == 0.667 and r["sub_type_accuracy"] == 0.5
