"""Exports: ACLED CSV, GeoJSON, JSONL, Parquet, for events and for clusters, through the CLI."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from hadath import export as X
from hadath.store import open_store
from hadath.types import Document, Event

HADATH = [sys.executable, "-m", "hadath"]
# ACLED's published column order (all of them); hadath writes them all, in this order.
ACLED_ORDER = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
               "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
               "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
               "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
               "fatalities", "tags", "timestamp"]


def _doc(doc_id, outlet, date, fatalities, lat=36.4696, lon=37.0970, **kw):
    text = f"قصفت طائرات حربية بلدة تل رفعت في ريف حلب الشمالي وقتل {fatalities} مدنيين، حسب {outlet}."
    e = Event("Explosions/Remote violence", "Air/drone strike", event_date=date, time_precision=1,
              actor1="Military Forces of Russia", inter1=8, actor2="Civilians", inter2=7, country="Syria",
              admin1="Aleppo", admin2="A'zaz", location="Tall Rifat", location_text="تل رفعت", latitude=lat,
              longitude=lon, geo_precision=1, fatalities=fatalities, attribution=outlet, evidence=[[0, len(text)]],
              persons=["أحمد الخطيب"] if doc_id == "a" else [], **kw)
    d = Document(text=text, id=doc_id, published=date, outlet=outlet, title=f"خبر {doc_id}",
                 url=f"https://example.org/{doc_id}", events=[e])
    e.doc_id = doc_id
    e.assign_id()
    return d


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("exp") / "e.db"
    st = open_store(str(path))
    st.ingest_document(_doc("a", "Orient", "2016-02-10", 7))
    st.ingest_document(_doc("b", "SANA", "2016-02-10", 5, lat=36.4740, lon=37.1680))
    nocoord = _doc("c", "ANHA", "2016-03-01", 0, lat=None, lon=None)
    nocoord.events[0].location = None
    nocoord.events[0].geo_precision = 3
    nocoord.events[0].admin2 = "Menbij"
    st.ingest_document(nocoord)
    iraq = _doc("d", "Shafaq", "2016-02-11", 2, lat=36.34, lon=43.13)
    iraq.events[0].country = "Iraq"
    st.ingest_document(iraq)
    st.close()
    return path


class _Run:
    def __init__(self, rc, out, err):
        self.returncode, self.stdout, self.stderr = rc, out, err


@pytest.fixture()
def cli(capsys):
    """Run ``hadath ARGS`` in this process (the same entry point as the command line)."""
    from hadath.cli import main

    def run(*args):
        capsys.readouterr()
        rc = main(list(args))
        out, err = capsys.readouterr()
        return _Run(rc, out, err)
    return run


@pytest.fixture()
def _export(cli):
    def run(db, *args):
        p = cli("export", "--db", str(db), *args)
        assert p.returncode == 0, p.stderr
        return p
    return run


def test_acled_csv_columns_and_values(db, _export):
    p = _export(db, "--format", "acled-csv")
    rows = list(csv.DictReader(io.StringIO(p.stdout)))
    header = next(csv.reader(io.StringIO(p.stdout)))
    acled = [c for c in header if c in ACLED_ORDER]
    assert acled == [c for c in ACLED_ORDER if c in acled]          # ACLED's order
    assert header[:len(acled)] == acled                                 # ACLED's columns first
    assert acled == ACLED_ORDER                                         # every ACLED column
    assert len(rows) == 4
    r = next(r for r in rows if r["source"] == "Orient")
    assert r["event_id_cnty"].startswith("SYR-") and r["iso"] == "760" and r["region"] == "Middle East"
    assert (r["event_date"], r["year"], r["fatalities"]) == ("2016-02-10", "2016", "7")
    assert r["disorder_type"] == "Political violence" and r["civilian_targeting"] == "Civilian targeting"
    assert r["interaction"] == "78" and r["latitude"] == "36.4696"
    # notes: ACLED's English sentence from the fields; the Arabic evidence beside it
    assert r["notes"] == ("On 10 February 2016, Military Forces of Russia carried out an air/drone strike in "
                          "Tall Rifat (Aleppo), targeting civilians. 7 fatalities.")
    assert r["evidence_text"].startswith("قصفت طائرات حربية")
    assert (r["assoc_actor_1"], r["admin3"], r["source_scale"], r["tags"]) == ("", "", "", "")
    assert r["persons"] == "أحمد الخطيب"
    assert next(r for r in rows if r["source"] == "Shafaq")["event_id_cnty"].startswith("IRQ-")
    p = _export(db, "--format", "acled-csv", "--country", "Iraq")
    assert len(list(csv.DictReader(io.StringIO(p.stdout)))) == 1


def test_acled_csv_clusters_keep_every_source(db, tmp_path, _export):
    out = tmp_path / "c.csv"
    p = _export(db, "--format", "acled-csv", "--clusters", "-o", str(out))
    assert "3 cluster(s) written" in p.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    fused = next(r for r in rows if r["n_articles"] == "2")
    assert fused["fatalities"] == "5" and fused["fatalities_conflict"] == "true"
    assert sorted(json.loads(fused["fatalities_reported"])) == [5, 7]
    assert set(fused["source"].split("; ")) == {"Orient", "SANA"}
    assert "[Orient]" in fused["evidence_text"] and "[SANA]" in fused["evidence_text"]
    assert fused["notes"].startswith("On 10 February 2016, Military Forces of Russia") \
        and fused["notes"].endswith(" 5 fatalities.")                  # the canonical figure
    assert fused["doc_ids"] == "a; b"


def test_geojson_is_a_valid_point_collection(db, tmp_path, _export):
    out = tmp_path / "e.geojson"
    p = _export(db, "--format", "geojson", "-o", str(out))
    assert "3 event(s) written; 1 without coordinates left out" in p.stderr
    gj = json.loads(out.read_text(encoding="utf-8"))
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 3
    for f in gj["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        # Properties hold only scalars, which every GIS reader (QGIS/OGR) maps to columns.
        assert all(v is None or isinstance(v, (str, int, float, bool)) for v in f["properties"].values())
    mosul = next(f for f in gj["features"] if f["properties"]["country"] == "Iraq")
    assert mosul["geometry"]["coordinates"] == [43.13, 36.34]                  # longitude first
    ids = {f["id"] for f in gj["features"]}
    assert len(ids) == 3
    p = _export(db, "--format", "geojson", "--clusters", "--bbox", "36,36,38,37")
    gj = json.loads(p.stdout)
    assert [f["properties"]["n_articles"] for f in gj["features"]] == [2]


def test_jsonl_matches_the_store(db, _export):
    p = _export(db, "--format", "jsonl", "--since", "2016-02-11")
    rows = [json.loads(x) for x in p.stdout.splitlines()]
    assert [r["doc_id"] for r in rows] == ["c", "d"]
    st = open_store(str(db))
    ref, _ = st.query_events(since="2016-02-11", with_evidence_text=True)
    st.close()
    assert rows == ref
    p = _export(db, "--format", "jsonl", "--clusters", "--type", "Air/drone strike")
    cl = [json.loads(x) for x in p.stdout.splitlines()]
    assert len(cl) == 3 and all("members" in c and "canonical" in c for c in cl)


def test_parquet(db, tmp_path, _export):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed (pip install 'hadath[parquet]')")
    out = tmp_path / "e.parquet"
    _export(db, "--format", "parquet", "-o", str(out))
    t = pq.read_table(out)
    assert t.num_rows == 4
    assert t.column_names[:3] == ["event_id_cnty", "event_date", "year"]
    d = t.to_pydict()
    i = d["source"].index("Orient")
    assert d["fatalities"][i] == 7 and d["latitude"][i] == pytest.approx(36.4696)
    assert str(t.schema.field("fatalities").type) == "int64"
    j = d["source"].index("ANHA")
    assert d["latitude"][j] is None
    out2 = tmp_path / "c.parquet"
    _export(db, "--format", "parquet", "--clusters", "-o", str(out2))
    assert pq.read_table(out2).num_rows == 3


def test_export_errors(db, cli):
    p = cli("export", "--db", str(db), "--format", "parquet")
    assert p.returncode == 2 and "-o FILE" in p.stderr
    p = cli("export", "--db", str(db), "--format", "jsonl", "--until", "soon")
    assert p.returncode == 2 and "not an ISO date" in p.stderr and p.stdout == ""


def test_export_as_a_real_command(db):
    p = subprocess.run(HADATH + ["export", "--db", str(db), "--format", "geojson", "--country", "Iraq"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert len(json.loads(p.stdout)["features"]) == 1


def test_helpers():
    assert X.interaction(1, 2) == "12" and X.interaction(7, 3) == "37" and X.interaction(2, None) == "20"
    assert X.disorder_type("Protests", "Peaceful protest") == "Demonstrations"
    assert X.disorder_type("Riots", "Mob violence") == "Political violence"
    assert X.disorder_type("Strategic developments", "Arrests") == "Strategic developments"
