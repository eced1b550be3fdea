"""Cross-report fusion: the pairwise rule, clusters in the store, canonical records, order independence."""
from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from hadath import fusion
from hadath.store import open_store
from hadath.types import Document, Event

from fusion_fixtures import AZAZ, AZAZ_DISTRICT, MANBIJ_DISTRICT, MAREA, TAL_RIFAAT, make_doc, strike  # noqa: F401

HERE = Path(__file__).resolve().parent
LABELS = HERE / "data" / "fusion_labels.jsonl"

def ev(doc_id, eid=None, **kw):
    d = {"doc_id": doc_id, "event_id": eid or f"e-{doc_id}", "event_type": "Explosions/Remote violence",
         "sub_event_type": "Air/drone strike", "event_date": "2016-02-10", "actor1": "Military Forces of Russia",
         "actor2": None, "fatalities": 0}
    d.update(TAL_RIFAAT)
    d.update(kw)
    return d


# --- the pairwise rule ---------------------------------------------------------------------------

def test_same_occurrence_rule():
    a = ev("a")
    assert fusion.same_occurrence(a, ev("b"))
    assert fusion.same_occurrence(a, ev("b", event_date="2016-02-11"))                 # a day apart
    assert fusion.mismatch_reason(a, ev("b", event_date="2016-02-12")) == "dates 2 days apart"
    assert fusion.mismatch_reason(a, ev("a", eid="x")) == "same article"
    assert fusion.mismatch_reason(a, ev("b", event_type="Battles")) == "different event types"
    assert fusion.mismatch_reason(a, ev("b", event_date=None)) == "undated"
    assert fusion.same_occurrence(a, ev("b", **MAREA))                                  # 6 km
    assert fusion.mismatch_reason(ev("a", **MAREA), ev("b", **AZAZ)).endswith("km apart")  # 15 km
    # Imprecise places (district level) match on admin2.
    assert fusion.same_occurrence(ev("a", **AZAZ), ev("b", **AZAZ_DISTRICT))
    assert fusion.same_occurrence(ev("a", **AZAZ_DISTRICT), ev("b", **MAREA))
    assert fusion.mismatch_reason(ev("a", **AZAZ_DISTRICT), ev("b", **MANBIJ_DISTRICT)) == "different admin2"
    assert fusion.mismatch_reason(a, ev("b", country="Iraq")) == "different countries"
    # Actors: the same or one missing; a different actor is another event.
    assert fusion.same_occurrence(a, ev("b", actor1=None))
    assert fusion.mismatch_reason(a, ev("b", actor1="International Coalition")) == "incompatible actors"
    assert fusion.same_occurrence(ev("a", actor2="Civilians"), ev("b", actor2=None))
    # An unidentified group may be the one another report names (a later claim).
    assert fusion.same_occurrence(ev("a", actor1="Islamic State"), ev("b", actor1="Unidentified Armed Group"))
    # Battles: sides in either order.
    b1 = ev("a", event_type="Battles", actor1="Islamic State", actor2="Syrian Democratic Forces")
    b2 = ev("b", event_type="Battles", actor1="Syrian Democratic Forces", actor2="Islamic State")
    assert fusion.same_occurrence(b1, b2) and fusion.same_occurrence(b2, b1)
    s1 = ev("a", actor1="Islamic State", actor2="Civilians")
    s2 = ev("b", actor1="Civilians", actor2="Islamic State")
    assert not fusion.same_occurrence(s1, s2)                                          # only Battles swap


def test_haversine():
    assert fusion.haversine_km(36.4696, 37.0970, 36.4740, 37.1680) == pytest.approx(6.37, abs=0.05)
    assert fusion.haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.1)


def test_canonical_record_keeps_every_source_and_figure():
    ms = [ev("a", eid="e3", fatalities=7, attribution="SOHR", outlet="Orient", evidence=[[0, 10]]),
          ev("b", eid="e1", fatalities=5, attribution="SANA", outlet="SANA", evidence=[[4, 20]], **MAREA),
          ev("c", eid="e2", fatalities=None, attribution="local sources", outlet="ANHA", evidence=[[1, 2]])]
    c = fusion.canonical_record(ms)
    assert c["cluster_id"] == "ce1"
    assert c["fatalities"] == 5 and c["fatalities_conflict"] is True                  # lowest positive figure
    assert [f["value"] for f in c["figures"]["fatalities"]] == [5, None, 7]   # in event_id order
    assert [s["outlet"] for s in c["sources"]] == ["SANA", "ANHA", "Orient"]
    assert c["n_articles"] == 3 and c["n_outlets"] == 3 and c["certainty"] == "disputed"
    assert c["evidence"] == [["b", [4, 20]], ["c", [1, 2]], ["a", [0, 10]]]
    assert c["location"] == "Tall Rifat"        # two of three reports say Tal Rifaat, all precise
    assert fusion.canonical_record([ev("a", fatalities=None), ev("b", fatalities=0)])["fatalities"] is None
    assert fusion.canonical_record([ev("a", fatalities=0), ev("b", fatalities=0)])["fatalities"] == 0
    agree = fusion.canonical_record([ev("a", fatalities=3), ev("b", fatalities=3), ev("c", fatalities=0)])
    assert agree["fatalities"] == 3 and agree["fatalities_conflict"] is False
    # The most precise place wins over a district.
    assert fusion.canonical_record([ev("a", **AZAZ_DISTRICT), ev("b", **AZAZ)])["geo_precision"] == 1


def test_contradiction_rule():
    killed = ev("a", event_type="Violence against civilians", sub_event_type="Attack", fatalities=1,
                persons=["أحمد الخطيب"])
    held = ev("b", event_type="Strategic developments", sub_event_type="Arrests", fatalities=0,
              persons=["احمد الخطيب"], **AZAZ)          # the same name without hamza, another town
    hit = fusion.find_contradiction(held, killed)
    assert hit == {"kind": "killed-vs-captured", "persons": ["احمد الخطيب"]}
    assert fusion.find_contradiction(killed, held) == hit
    assert fusion.find_contradiction(held, {**killed, "event_date": "2016-02-15"}) is None
    assert fusion.find_contradiction(held, {**killed, "persons": ["محمد"]}) is None    # one word: too vague
    assert fusion.find_contradiction(held, {**killed, "fatalities": 0}) is None
    assert fusion.find_contradiction(held, {**killed, "doc_id": "b"}) is None


# --- in the store --------------------------------------------------------------------------------

def three_reports():
    return [make_doc("orient-1", "Orient", "2016-02-10", [strike(fatalities=7, attribution="SOHR")]),
            make_doc("sana-1", "SANA", "2016-02-10", [strike(fatalities=5, attribution="SANA", actor1=None)]),
            make_doc("anha-1", "ANHA", "2016-02-11", [strike(fatalities=None, attribution="local sources", **MAREA)])]


def test_three_reports_of_one_strike_make_one_cluster(tmp_path):
    st = open_store(str(tmp_path / "f.db"))
    for d in three_reports():
        st.ingest_document(d)
    # An unrelated strike the same day 15 km away stays apart.
    st.ingest_document(make_doc("other", "Orient", "2016-02-10", [strike(fatalities=2, **AZAZ)]))
    clusters, total = st.query_clusters()
    assert total == 2
    big = [c for c in clusters if c["n_articles"] == 3]
    assert len(big) == 1
    c = st.get_cluster(big[0]["cluster_id"])
    assert c["fatalities"] == 5 and c["fatalities_conflict"]
    assert c["outlets"] == ["ANHA", "Orient", "SANA"] and c["n_outlets"] == 3
    assert sorted(m["doc_id"] for m in c["members"]) == ["anha-1", "orient-1", "sana-1"]
    assert all(m["evidence_text"] and m["evidence_text"][0].startswith("الجملة 0") for m in c["members"])
    assert sorted((f["outlet"], f["value"]) for f in c["figures"]["fatalities"]
                  if f["value"] is not None) == [("Orient", 7), ("SANA", 5)]
    assert c["canonical"]["actor1"] == "Military Forces of Russia"
    assert c["cluster_id"] == "c" + min(m["event_id"] for m in c["members"])
    assert {m["cluster_id"] for m in c["members"]} == {c["cluster_id"]}
    assert st.query_clusters(min_articles=2)[1] == 1
    # Events carry their cluster id; every event is in exactly one cluster.
    rows, _ = st.query_events(limit=None)
    assert all(r["cluster_id"] for r in rows)
    st.close()


def test_a_late_report_bridges_two_clusters_and_a_replacement_splits_them(tmp_path):
    st = open_store(str(tmp_path / "b.db"))
    # Tal Rifaat and Azaz are 13 km apart: not the same place; a district-level report ties both.
    st.ingest_document(make_doc("r1", "A", "2016-02-10", [strike()]))
    st.ingest_document(make_doc("r2", "B", "2016-02-10", [strike(**AZAZ)]))
    assert st.query_clusters()[1] == 2
    bridge = make_doc("r3", "C", "2016-02-10", [strike(**AZAZ_DISTRICT)])
    assert st.ingest_document(bridge).clusters_changed == 1
    (c,), n = st.query_clusters()
    assert n == 1 and c["n_articles"] == 3 and c["geo_precision"] == 1
    # The bridging article is corrected to another district: the cluster splits again.
    fixed = make_doc("r3", "C", "2016-02-10", [strike(**MANBIJ_DISTRICT)])
    fixed.text += " تصحيح."
    assert st.ingest_document(fixed).status == "updated"
    assert st.query_clusters()[1] == 3
    assert st.stats()["fused_clusters"] == 0
    st.close()


def test_contradiction_flagged_with_both_evidence_spans(tmp_path):
    st = open_store(str(tmp_path / "k.db"))
    st.ingest_document(make_doc("k1", "Orient", "2016-03-01", [
        dict(event_type="Violence against civilians", sub_event_type="Attack", actor1="Islamic State",
             actor2="Civilians", fatalities=1, persons=["أحمد الخطيب"], **MAREA)]))
    st.ingest_document(make_doc("k2", "SANA", "2016-03-02", [
        dict(event_type="Strategic developments", sub_event_type="Arrests", actor1="Islamic State",
             fatalities=0, persons=["احمد الخطيب"], **TAL_RIFAAT)]))
    flagged, n = st.query_clusters()
    assert n == 2 and all(c["contradiction"] for c in flagged)
    c = st.get_cluster(next(c["cluster_id"] for c in flagged if c["event_type"] == "Strategic developments"))
    (con,) = c["contradictions"]
    assert con["kind"] == "killed-vs-captured" and con["persons"] == ["احمد الخطيب"]
    sides = {s["doc_id"]: s for s in con["evidence"]}
    assert set(sides) == {"k1", "k2"}
    assert all(s["text"][0].startswith("الجملة 0 من خبر " + d) for d, s in sides.items())
    assert con["other_cluster_id"] in {x["cluster_id"] for x in flagged}
    st.close()


def _random_docs(seed: int, n: int = 60):
    """Reports scattered over a few days and places, many of them overlapping."""
    rnd = random.Random(seed)
    places = [TAL_RIFAAT, MAREA, AZAZ, AZAZ_DISTRICT, MANBIJ_DISTRICT]
    actors = ["Military Forces of Russia", "Military Forces of Syria", None]
    docs = []
    for i in range(n):
        day = f"2016-02-{10 + rnd.randrange(5):02d}"
        evs = []
        for _ in range(rnd.randrange(1, 3)):
            evs.append(strike(**{**rnd.choice(places), "actor1": rnd.choice(actors),
                                 "event_type": rnd.choice(["Explosions/Remote violence", "Battles"]),
                                 "fatalities": rnd.choice([None, 0, 1, 2, 5]),
                                 "event_date": day if rnd.random() < 0.8 else None}))
        docs.append(make_doc(f"d{i:03d}", f"outlet{i % 4}", day, evs))
    return docs


def _state(st):
    rows, _ = st.query_events(limit=None)
    clusters = {}
    for c, _n in [(c, 0) for c in st.query_clusters(limit=None)[0]]:
        full = st.get_cluster(c["cluster_id"])
        clusters[c["cluster_id"]] = (c, full["canonical"], full["figures"])
    return sorted((r["event_id"], r["cluster_id"]) for r in rows), clusters


def test_ingest_order_does_not_change_clusters(tmp_path):
    docs = _random_docs(7)
    states = []
    for k, order in enumerate([docs, list(reversed(docs)), random.Random(3).sample(docs, len(docs))]):
        st = open_store(str(tmp_path / f"o{k}.db"))
        for d in order:
            st.ingest_document(d)
        states.append(_state(st))
        st.close()
    assert states[0] == states[1] == states[2]
    assignment, clusters = states[0]
    assert any(c["n_articles"] >= 3 for c, _, _ in clusters.values())      # the set does fuse
    assert len(clusters) < len(assignment)
    # The store's incremental clusters equal the connected components computed in one go.
    evs = []
    for d in docs:
        for e in d.events:
            evs.append(e.to_dict())
    comp = fusion.cluster_events(evs)
    assert sorted(comp.items()) == assignment


# --- evaluation on the labelled set --------------------------------------------------------------

def test_labelled_fusion_set_and_evaluation():
    if not LABELS.exists():
        pytest.skip("tests/data/fusion_labels.jsonl not built")
    rows = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(rows) >= 30
    assert {r["same"] for r in rows} == {True, False}
    for r in rows:
        assert r["a"] != r["b"] and r["event_a"]["doc_id"] == r["a"] and r["event_b"]["doc_id"] == r["b"]
    p = subprocess.run([sys.executable, "-m", "hadath", "clusters", "--evaluate", str(LABELS), "--format", "json"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    res = json.loads(p.stdout)["rule"]
    gold = [r["same"] for r in rows]
    pred = [fusion.same_occurrence(r["event_a"], r["event_b"]) for r in rows]
    tp = sum(g and q for g, q in zip(gold, pred))
    assert res["pairs"] == len(rows) and res["tp"] == tp
    assert res["precision"] == pytest.approx(tp / max(1, sum(pred)))
    assert res["recall"] == pytest.approx(tp / max(1, sum(gold)))
