"""hadath.spark (issue 11): the Spark engine gives the records of `hadath extract` and the
clusters of the store. One local[2] SparkSession for the module, small inputs."""
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from conftest import SHARED

pytest.importorskip("pyspark", reason="pyspark not installed: pip install -e '.[spark]'")
pytest.importorskip("pyarrow", reason="pyarrow not installed: pip install -e '.[spark]'")
if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
    pytest.skip("java not found: Spark needs a JRE (apt-get install openjdk-17-jre-headless)",
                allow_module_level=True)

from hadath import spark as hs  # noqa: E402
from hadath.cli import main  # noqa: E402

DEV = SHARED / "gold" / "dev.jsonl"
ANT = SHARED / "data" / "corpora" / "ant_news.jsonl"
ANT_SLICE = 300


@pytest.fixture(scope="module")
def spark():
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    s = hs.session("local[2]", "hadath-tests", {"spark.sql.shuffle.partitions": "4",
                                                "spark.default.parallelism": "2"})
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def ant_slice(tmp_path_factory) -> Path:
    if not ANT.exists():
        pytest.skip(f"{ANT} not found: ../shared is needed for the ANT identity test")
    p = tmp_path_factory.mktemp("ant") / "ant_slice.jsonl"
    with ANT.open(encoding="utf-8") as f, p.open("w", encoding="utf-8") as out:
        for i, line in enumerate(f):
            if i >= ANT_SLICE:
                break
            out.write(line)
    return p


def _canon(d: dict) -> str:
    """One event as a sorted JSON line; floats and ints compared as values, lists as lists."""
    d = {k: d.get(k) for k in hs.EVENT_SCHEMA.names}
    return json.dumps(d, ensure_ascii=False, sort_keys=True)


def _local(path: Path, tmp_path: Path) -> list[str]:
    out = tmp_path / "local.jsonl"
    assert main(["extract", str(path), "--output", str(out), "--workers", "1", "-q"]) == 0
    return sorted(_canon(json.loads(line)) for line in out.open(encoding="utf-8") if line.strip())


def _spark(spark, path: Path, **kw) -> list[dict]:
    return [r.asDict(recursive=True) for r in hs.extract(hs.read_articles(spark, str(path)), **kw).collect()]


def test_schema_mirrors_the_event_record():
    from hadath.types import EVENT_FIELDS
    assert hs.EVENT_SCHEMA.names == ["doc_id", "event_id", *EVENT_FIELDS, "triggers"]
    t = {f.name: f.dataType.simpleString() for f in hs.EVENT_SCHEMA.fields}
    assert t["evidence"] == "array<array<int>>" and t["persons"] == "array<string>"
    assert t["fatalities"] == "bigint" and hs.EVENT_SCHEMA["fatalities"].nullable
    assert t["demand"] == "struct<text:string,start:int,end:int,kind:string>"
    assert t["latitude"] == "double"


@pytest.mark.parametrize("which", ["dev", "ant"])
def test_same_records_as_hadath_extract(spark, which, ant_slice, tmp_path):
    path = DEV if which == "dev" else ant_slice
    if not path.exists():
        pytest.skip(f"{path} not found")
    local = _local(path, tmp_path)
    got = sorted(_canon(d) for d in _spark(spark, path))
    assert len(local) > 20
    assert got == local


def test_cli_parquet_out_and_ingest(spark, tmp_path):
    """`hadath extract --engine spark` writes Parquet by country and month; `hadath ingest DIR`
    stores those records: the same events as ingesting the JSONL."""
    if not DEV.exists():
        pytest.skip(f"{DEV} not found")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(DEV.read_text(encoding="utf-8").splitlines(True)[:40]), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(src), "--engine", "spark", "--master", "local[2]", "--output", str(out),
                 "-q"]) == 0
    parts = {p.name.split("=")[0] for p in out.iterdir() if "=" in p.name}
    assert parts == {"country"}
    assert any(p.name.startswith("year_month=") for p in next(out.glob("country=*")).iterdir())
    ev = spark.read.parquet(str(out))
    assert {"country", "year_month", "evidence", "event_id"} <= set(ev.columns)
    assert ev.count() == len(_local(src, tmp_path))
    from hadath.store import open_store
    assert main(["ingest", str(out), "--db", str(tmp_path / "p.db"), "-q"]) == 0
    assert main(["ingest", str(src), "--db", str(tmp_path / "j.db"), "-q"]) == 0
    from sqlalchemy import select

    from hadath.store import schema as S

    def stored(db):
        with open_store(str(db)) as st, st.engine.connect() as c:
            return sorted(c.execute(select(S.events.c.event_id, S.events.c.cluster_id)).all())
    assert stored(tmp_path / "p.db") == stored(tmp_path / "j.db")


def test_fuse_gives_the_clusters_of_the_store(spark, ant_slice, tmp_path):
    if not DEV.exists():
        pytest.skip(f"{DEV} not found")
    from sqlalchemy import select

    from hadath.store import open_store
    from hadath.store.core import content_hash
    from hadath.store import schema as S
    arts, seen = [], set()
    for p in (DEV, ant_slice):
        for line in p.open(encoding="utf-8"):
            a = json.loads(line)
            keys = {content_hash(a), "id:" + str(a.get("id"))}
            if not keys & seen:         # the store keeps one copy of a text, one article per id
                seen |= keys
                arts.append(a)
    with open_store(str(tmp_path / "f.db")) as st:
        for a in arts:
            st.ingest(a)
        with st.engine.connect() as c:
            want = dict(c.execute(select(S.events.c.event_id, S.events.c.cluster_id)).all())
    src = tmp_path / "arts.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    events = hs.extract(hs.read_articles(spark, str(src)), check_language=False,
                        store_ids=True).cache()
    # a window of 2 days puts many pairs a day apart on a window's edge
    clusters, members = hs.fuse(events, window_days=2)
    got = {r["event_id"]: r["cluster_id"] for r in members.collect()}
    assert got == want
    fused = [r.asDict() for r in clusters.where("n_events > 1").collect()]
    assert len(fused) >= 3
    assert {r["cluster_id"] for r in fused} == {c for c in want.values()
                                                if list(want.values()).count(c) > 1}
    assert all(r["cluster_id"] == "c" + min(r["event_ids"]) for r in fused)


def test_fuse_blocks_meet_across_window_edges_and_countries(spark):
    import datetime as dt

    from hadath.fusion import cluster_events
    base = {k: None for k in hs.EVENT_SCHEMA.names}
    base.update(event_type="Battles", sub_event_type="Armed clash", evidence=[[0, 5]], persons=[],
                triggers=[], country="Syria", admin2="Abu Kamal", fatalities=1, injuries=0)
    for w in (2, 3, 7):
        # d opens a window: d - 1 closes the one before
        d = next(dt.date(2020, 1, 1) + dt.timedelta(k) for k in range(w)
                 if (dt.date(2020, 1, 1) + dt.timedelta(k)).toordinal() % w == 0)
        day, before = d.isoformat(), (d - dt.timedelta(1)).isoformat()
        rows = [
            {**base, "event_id": "a1", "doc_id": "d1", "event_date": before},
            {**base, "event_id": "a2", "doc_id": "d2", "event_date": day},          # a day later
            {**base, "event_id": "a3", "doc_id": "d3", "event_date": day, "country": None},
            {**base, "event_id": "b1", "doc_id": "d4", "event_date": day, "country": "Iraq",
             "admin2": "Mosul"},
            {**base, "event_id": "u1", "doc_id": "d5", "event_date": None},
        ]
        want = cluster_events(rows)
        assert want["a2"] == want["a3"] == "ca1" and want["b1"] == "cb1" and want["u1"] == "cu1"
        _, members = hs.fuse(spark.createDataFrame(rows, hs.EVENT_SCHEMA), window_days=w)
        assert {r["event_id"]: r["cluster_id"] for r in members.collect()} == want


def test_bad_articles_get_a_status_not_a_failed_job(spark, tmp_path):
    rows = [{"id": "empty", "text": "   ", "published": "2020-01-01"},
            {"id": "english", "text": "Clashes broke out today in Aleppo between the army and rebels, "
                                      "local sources said, and five people were killed.",
             "published": "2020-01-01"},
            {"id": None, "text": "قالت مصادر محلية إن اشتباكات دارت اليوم في مدينة حلب.",
             "published": "2020-01-01T10:00:00Z"}]
    df = spark.createDataFrame(rows, "id string, text string, published string")
    got = {r["id"]: r.asDict(recursive=True) for r in hs.code(df).collect()}
    assert got["empty"]["status"] == "unreadable" and got["empty"]["reason"] == "empty text"
    assert got["english"]["status"] == "language" and not got["english"]["events"]
    (aid, art), = [(k, v) for k, v in got.items() if k.startswith("sha256:")]
    assert art["status"] == "ok" and art["published"] == "2020-01-01"
    assert main(["extract", str(tmp_path), "--engine", "spark"]) == 2      # no --output DIR
