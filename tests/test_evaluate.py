"""``hadath evaluate``: its figures equal the shared reference scorer's, and are right on a known case."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hadath.cli import main
from hadath.eval.report import details
from hadath.eval.score import field_ok, group_predictions, norm_ar, score

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score.py"
DEV = SHARED / "gold" / "dev.jsonl"
need_shared = pytest.mark.skipif(not (SCORER.exists() and DEV.exists()),
                                 reason="../shared (reference scorer and gold files) is not present")

S = ["اشتبكت فصائل المعارضة مع قوات النظام في مدينة حلب وقتل اثنان.",
     "وشن طيران التحالف الدولي غارات على مواقع داعش في الرقة.",
     "واعتقلت قوات الأمن ثلاثة أشخاص في إدلب."]
T = ["خرج المئات في مظاهرة سلمية وسط مدينة درعا.", "ولم تسجل أي إصابات."]


def _spans(sents):
    out, pos = [], 0
    for s in sents:
        out.append([pos, pos + len(s)])
        pos += len(s) + 1
    return out


def _case(tmp_path):
    s, t = _spans(S), _spans(T)
    gold = [
        {"id": "d1", "published": "2019-03-12", "text": "\n".join(S), "events": [
            {"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2019-03-12",
             "actor1": "Syrian Opposition", "actor2": "Military Forces of Syria", "location_text": "حلب",
             "location": "Aleppo", "fatalities": 2, "evidence": [s[0]]},
            {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
             "actor1": "International Coalition", "actor2": "Islamic State", "location": "Raqqa",
             "latitude": 35.95, "longitude": 39.01, "fatalities": None, "evidence": [s[1]]},
            {"event_type": "Strategic developments", "sub_event_type": "Arrests", "fatalities": 0,
             "evidence": [s[2]]}]},
        {"id": "d2", "published": "2019-03-13", "text": "\n".join(T), "events": [
            {"event_type": "Protests", "sub_event_type": "Peaceful protest", "event_date": "2019-03-13",
             "fatalities": 0, "evidence": [t[0]]}]},
    ]
    pred = [
        {"doc_id": "d1", "event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2019-03-12",
         "actor1": "Military Forces of Syria", "actor2": "syrian opposition", "location_text": "وحلب",
         "fatalities": 3, "evidence": [[s[0][0] + 5, s[0][1] - 5]]},
        {"doc_id": "d1", "event_type": "Explosions/Remote violence",
         "sub_event_type": "Shelling/artillery/missile attack", "actor1": "international coalition",
         "actor2": "Islamic State", "location": "raqqa", "fatalities": None, "evidence": [s[1]]},
        {"doc_id": "d1", "event_type": "Battles", "sub_event_type": "Armed clash", "evidence": [s[2]]},
        {"doc_id": "d2", "event_type": "Protests", "sub_event_type": "Peaceful protest", "evidence": [t[1]]},
        {"doc_id": "elsewhere", "event_type": "Riots", "sub_event_type": "Mob violence", "evidence": [[0, 5]]},
    ]
    g, p = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    g.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in gold), encoding="utf-8")
    p.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in pred), encoding="utf-8")
    return gold, pred, g, p


EXPECTED_LINES = [
    "documents 2  gold 4  predicted 4  matched 2",
    "event type   P 0.500  R 0.500  F1 0.500",
    "sub-type     F1 0.250",
    "  sub_event_type   0.500  (n=2)",
    "  event_date       1.000  (n=1)",
    "  actors           1.000  (n=2)",
    "  location         1.000  (n=2)",
    "  fatalities       0.500  (n=2)",
    "also (not used for matching):",
    "  injuries         -  (n=0)",
    "  time_precision   -  (n=0)",
    "  geo_precision    -  (n=0)",
    "  certainty        -  (n=0)",
]


def test_same_date_and_place_match_without_a_shared_sentence():
    """Section 4: the same occurrence told in other sentences matches on date and place,
    after every evidence match; an actor qualifier does not count against the actors."""
    from hadath.eval.score import match_events, field_ok
    g = [{"event_type": "Protests", "sub_event_type": "Peaceful protest", "event_date": "2019-03-13",
          "location_text": "القصرين", "actor1": "Protesters (Tunisia)", "evidence": [[0, 10]]},
         {"event_type": "Protests", "sub_event_type": "Peaceful protest", "event_date": "2019-03-13",
          "location_text": "سبيطلة", "evidence": [[20, 30]]}]
    p = [{"event_type": "Protests", "sub_event_type": "Peaceful protest", "event_date": "2019-03-13",
          "location_text": "بالقصرين", "actor1": "Protesters", "evidence": [[40, 50]]},
         {"event_type": "Protests", "sub_event_type": "Peaceful protest", "event_date": "2019-03-12",
          "location_text": "سبيطلة", "evidence": [[60, 70]]}]
    assert match_events(g, p) == [(0, 0)]  # the second differs in date: no match
    assert field_ok("actors", g[0], p[0]) is True


def _evaluate(capsys, *args):
    assert main(["evaluate", *map(str, args)]) == 0
    return capsys.readouterr().out


def _shared(*args):
    return subprocess.run([sys.executable, str(SCORER), *map(str, args)], capture_output=True,
                          text=True, check=True).stdout


def test_known_answer(tmp_path, capsys):
    gold, pred, g, p = _case(tmp_path)
    out = _evaluate(capsys, g, "--predictions", p)
    lines = out.splitlines()
    assert lines[:len(EXPECTED_LINES)] == EXPECTED_LINES
    res = json.loads(_evaluate(capsys, g, "--predictions", p, "--json"))
    conf = res["details"]["confusion"]
    assert conf == {"Battles": {"Battles": 1}, "Explosions/Remote violence": {"Explosions/Remote violence": 1},
                    "Strategic developments": {"Battles": 1}, "Protests": {"missed": 1},
                    "false alarm": {"Protests": 1}}
    misses = res["details"]["misses"]
    assert [(m["doc_id"], m["event_type"], m["predicted_as"]) for m in misses] == [
        ("d1", "Strategic developments", "Battles / Armed clash"), ("d2", "Protests", None)]
    assert misses[0]["text"] == S[2]
    assert [(a["doc_id"], a["text"]) for a in res["details"]["false_alarms"]] == [("d2", T[1])]
    dis = {(d["event_type"], f["field"]): (f["gold"], f["predicted"])
           for d in res["details"]["disagreements"] for f in d["fields"]}
    assert dis == {("Battles", "fatalities"): ("2", "3"),
                   ("Explosions/Remote violence", "sub_event_type"):
                       ("Air/drone strike", "Shelling/artillery/missile attack")}
    # the text report shows the Arabic evidence of a miss and the disagreeing values
    assert S[2] in out and "fatalities      gold 2   predicted 3" in out


def test_per_article_predictions_score_the_same(tmp_path, capsys):
    gold, pred, g, _ = _case(tmp_path)
    by_doc = group_predictions(pred)
    p2 = tmp_path / "articles.jsonl"
    p2.write_text("".join(json.dumps({"id": k, "events": v}, ensure_ascii=False) + "\n"
                          for k, v in by_doc.items()), encoding="utf-8")
    assert _evaluate(capsys, g, "--predictions", p2, "--figures-only").splitlines() == EXPECTED_LINES


@need_shared
def test_known_answer_equals_shared_scorer(tmp_path, capsys):
    _, _, g, p = _case(tmp_path)
    assert _shared(g, p).splitlines() == EXPECTED_LINES
    assert json.loads(_shared(g, p, "--json")) == score(
        [json.loads(x) for x in g.read_text(encoding="utf-8").splitlines()],
        group_predictions(json.loads(x) for x in p.read_text(encoding="utf-8").splitlines()))


@need_shared
def test_dev_predictions_from_extract_equal_shared_scorer(tmp_path, capsys):
    pred = tmp_path / "pred.jsonl"
    assert main(["extract", str(DEV), "-o", str(pred), "--format", "jsonl", "--workers", "1", "-q"]) == 0
    capsys.readouterr()
    ours = _evaluate(capsys, DEV, "--predictions", pred)
    theirs = _shared(DEV, pred)
    assert ours.startswith(theirs)                     # same lines, then the details
    mine = json.loads(_evaluate(capsys, DEV, "--predictions", pred, "--json"))
    mine.pop("details")
    assert mine == json.loads(_shared(DEV, pred, "--json"))
    # evaluate without --predictions codes the gold articles itself: same predictions, same figures
    saved = tmp_path / "saved.jsonl"
    assert _evaluate(capsys, DEV, "--save-predictions", saved).startswith(theirs)
    assert saved.read_bytes() == pred.read_bytes()


@need_shared
def test_dev_perturbed_gold_equals_shared_scorer(tmp_path, capsys):
    """Gold events turned into predictions with changes of every kind the rule looks at."""
    rows = []
    for n, line in enumerate(DEV.read_text(encoding="utf-8").splitlines()):
        doc = json.loads(line)
        for k, ev in enumerate(doc["events"]):
            e = dict(ev, doc_id=doc["id"])
            m = (n * 5 + k) % 7
            if m == 0:
                continue                                                  # a miss
            if m == 1:
                e["event_type"] = "Riots"                                 # wrong type
            if m == 2:
                e["actor1"], e["actor2"] = e.get("actor2"), e.get("actor1")
                e["fatalities"] = (e.get("fatalities") or 0) + 1
            if m == 3:
                e["location_text"], e["location"] = "مكان آخر", "Elsewhere"
                if e.get("latitude") is not None:
                    e["latitude"] += 0.05                                 # about 5.5 km away
            if m == 4:
                e["sub_event_type"] = "Other"
                rows.append(dict(e, event_type="Battles"))                # an extra prediction
            if m == 5:
                e["evidence"] = [[a + 1, a + 2] for a, _ in e["evidence"]]
            rows.append(e)
    pred = tmp_path / "perturbed.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert _evaluate(capsys, DEV, "--predictions", pred).startswith(_shared(DEV, pred))
    mine = json.loads(_evaluate(capsys, DEV, "--predictions", pred, "--json", "--figures-only"))
    assert mine == json.loads(_shared(DEV, pred, "--json"))
    assert mine["matched"] > 0 and mine["matched"] < mine["gold_events"]


def test_field_rules():
    assert norm_ar("والباغوز") == "باغوز" and norm_ar("بِالرَّقَّة") == "رقه" and norm_ar("وال") == "وال"
    g = {"event_type": "Protests", "latitude": 36.2, "longitude": 37.15, "location": "Aleppo"}
    assert field_ok("location", g, {"latitude": 36.25, "longitude": 37.15})        # 5.6 km
    assert not field_ok("location", g, {"latitude": 36.4, "longitude": 37.15})     # 22 km
    assert field_ok("location", {"event_type": "Riots"}, {}) is None
    assert field_ok("fatalities", {"fatalities": None}, {"fatalities": 0}) is False
    assert field_ok("fatalities", {}, {"fatalities": 0}) is None
    a = {"event_type": "Explosions/Remote violence", "actor1": "A", "actor2": "B"}
    assert field_ok("actors", a, {"actor1": "a", "actor2": "b"})
    assert not field_ok("actors", a, {"actor1": "B", "actor2": "A"})
    assert field_ok("actors", dict(a, event_type="Battles"), {"actor1": "B", "actor2": "A"})


def test_details_count_every_event_once(tmp_path):
    gold, pred, _, _ = _case(tmp_path)
    det = details(gold, group_predictions(pred))
    conf = det["confusion"]
    by_gold = sum(v for r, row in conf.items() if r != "false alarm" for v in row.values())
    by_pred = sum(v for row in conf.values() for c, v in row.items() if c != "missed")
    assert by_gold == 4 and by_pred == 4


# --- hadath bench: figures are consistent (speed itself is never asserted) ----------------------

def test_percentile_and_length_table():
    from hadath.eval.bench import length_table, percentile
    assert percentile([], 95) == 0.0
    assert percentile([3.0, 1.0, 2.0], 50) == 2.0
    assert percentile(list(map(float, range(101))), 95) == 95.0
    rows = length_table([[100, 0.001], [300, 0.003], [1500, 0.010]])
    assert [(r["bucket"], r["articles"]) for r in rows] == [("0-500", 2), ("1,000-2,000", 1)]
    assert rows[0]["median_ms"] == pytest.approx(2.0) and rows[0]["us_per_char"] == pytest.approx(10.0)


def test_bench_json_counts(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"x{i}", "text": s, "published": "2019-03-12"},
                                         ensure_ascii=False) + "\n" for i, s in enumerate(S * 15)),
                      encoding="utf-8")
    assert main(["bench", str(corpus), "--limit", "40", "--workers", "2", "--json", "-q",
                 "--scaling", "--sizes", "50"]) == 0
    res = json.loads(capsys.readouterr().out)
    one, two = res["one_worker"], res["all_workers"]
    assert res["articles"] == one["articles"] == two["articles"] == 40
    assert one["events"] == two["events"]                 # same work whatever the number of workers
    assert one["latency_median_ms"] <= one["latency_p95_ms"] <= one["latency_max_ms"]
    assert res["startup"]["startup_s"] >= res["startup"]["import_s"] > 0
    assert one["peak_rss_mib"] > 10 and two["peak_rss_worker_mib"] > 10
    assert [b["articles"] for b in res["by_size"]] == [50]
    assert sum(b["articles"] for b in res["by_length"]) == 40


def test_labelled_sentences_are_scored_per_sentence(tmp_path, capsys):
    rows = [{"sid": "a", "published": "2017-03-10", "text": "نظم عشرات المعطلين عن العمل وقفة احتجاجية أمام مقر الولاية بقفصة.",
             "events": [{"event_type": "Protests", "sub_event_type": "Peaceful protest"}]},
            {"sid": "b", "published": "2017-03-10", "text": "ارتفعت أسعار الخضر في الأسواق التونسية خلال الأسبوع الماضي.",
             "events": []},
            {"sid": "c", "published": "2017-03-10", "text": "قال الوزير إن الحكومة ستعمل على تحسين الخدمات.",
             "events": [{"event_type": "Protests", "sub_event_type": "Peaceful protest"}]}]
    p = tmp_path / "s.jsonl"
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert main(["evaluate", str(p), "--sentences", "--json"]) == 0
    res = json.loads(capsys.readouterr().out)["protests and riots"]
    assert (res["found"], res["false_alarms"], res["missed"]) == (1, 0, 1)
    assert res["precision"] == 1.0 and res["recall"] == 0.5
    # --errors lists the sentence missed, with its text, and no false alarm
    assert main(["evaluate", str(p), "--sentences", "--errors"]) == 0
    out = capsys.readouterr().out
    assert "missed (1)" in out and "false alarm (0)" in out
    assert "  c ['Peaceful protest']" in out and "قال الوزير" in out and "ارتفعت" not in out
    # --reading alone scores only the rows read alone (here the missed one), context the others
    rows[2]["reading"] = "alone"
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert main(["evaluate", str(p), "--sentences", "--json", "--reading", "alone"]) == 0
    res = json.loads(capsys.readouterr().out)["protests and riots"]
    assert (res["sentences"], res["found"], res["missed"]) == (1, 0, 1)
    assert main(["evaluate", str(p), "--sentences", "--json", "--reading", "context"]) == 0
    res = json.loads(capsys.readouterr().out)["protests and riots"]
    assert (res["found"], res["missed"]) == (1, 0)


def test_a_held_out_file_gives_its_figures_not_its_errors(tmp_path, capsys, monkeypatch):
    """The held-out files (training/corpus/heldout_articles.jsonl, tests/data/protest_sentences.jsonl) are measured
    only: --errors on them is refused, so that nobody tunes on them by reading their misses."""
    gold, pred, g, p = _case(tmp_path)
    held = tmp_path / "heldout_articles.jsonl"
    held.write_text(g.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.delenv("HADATH_READ_HELDOUT", raising=False)
    assert main(["evaluate", str(held), "--predictions", str(p), "--errors"]) == 2
    assert "held out" in capsys.readouterr().err
    out = _evaluate(capsys, held, "--predictions", p)  # the figures still print
    assert "event type" in out
