"""The store on a real PostgreSQL server: same schema, same behaviour, same results as SQLite.

Needs ``HADATH_TEST_PG=postgresql://user@host:port/db`` (``.ci/run`` starts a throwaway
server and sets it) and ``pip install 'hadath[postgres]'``. The tests drop and recreate
every table of that database's ``public`` schema: never point it at real data.
"""
from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

PG = os.environ.get("HADATH_TEST_PG")
pytestmark = pytest.mark.skipif(not PG, reason="HADATH_TEST_PG is not set: no PostgreSQL server to test against "
                                               "(.ci/run starts one)")
if PG:
    pytest.importorskip("psycopg", reason="psycopg not installed: pip install 'hadath[postgres]'")

from hadath import fusion  # noqa: E402
from hadath.store import open_store  # noqa: E402
from hadath.types import Document, Event  # noqa: E402,F401

from fusion_fixtures import AZAZ, AZAZ_DISTRICT, MAREA, TAL_RIFAAT, make_doc, strike  # noqa: E402

CORPUS = Path("/work/shared/data/corpora/ant_news.jsonl")
if not CORPUS.exists():
    CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora" / "ant_news.jsonl"
HADATH = [sys.executable, "-m", "hadath"]

def reset_pg() -> None:
    import psycopg
    with psycopg.connect(PG, autocommit=True) as con:
        con.execute("DROP SCHEMA public CASCADE")
        con.execute("CREATE SCHEMA public")


@pytest.fixture()
def pg():
    reset_pg()
    st = open_store(PG)
    yield st
    st.close()


def test_schema_is_created_by_the_migration(pg):
    from sqlalchemy import inspect

    from hadath.store.schema import metadata
    insp = inspect(pg.engine)
    assert set(metadata.tables) <= set(insp.get_table_names())
    for name, table in metadata.tables.items():
        assert {c["name"] for c in insp.get_columns(name)} == {c.name for c in table.columns}
    with pg.engine.connect() as c:
        from sqlalchemy import text
        assert c.execute(text("select version_num from alembic_version")).scalar() == "0006"
    pg.close()
    open_store(PG).close()                 # opening again: already at head, nothing to do


def test_ingest_fusion_and_queries_on_postgres(pg):
    pg.ingest_document(make_doc("orient-1", "Orient", "2016-02-10", [strike(fatalities=7, attribution="SOHR")]))
    pg.ingest_document(make_doc("sana-1", "SANA", "2016-02-10", [strike(fatalities=5, actor1=None)]))
    pg.ingest_document(make_doc("anha-1", "ANHA", "2016-02-11", [strike(fatalities=None, **MAREA)]))
    pg.ingest_document(make_doc("far", "Orient", "2016-02-10", [strike(fatalities=2, **AZAZ)]))
    assert pg.ingest_document(make_doc("far", "Orient", "2016-02-10", [strike(fatalities=2, **AZAZ)])).status \
        == "unchanged"
    clusters, total = pg.query_clusters()
    assert total == 2
    big = next(c for c in clusters if c["n_articles"] == 3)
    full = pg.get_cluster(big["cluster_id"])
    assert full["fatalities"] == 5 and full["fatalities_conflict"] is True
    assert full["outlets"] == ["ANHA", "Orient", "SANA"]
    assert all(m["evidence_text"][0].startswith("الجملة 0") for m in full["members"])
    rows, n = pg.query_events(country="syria", actor="russia", since="2016-02-10", until="2016-02-10",
                              bbox=(37, 36, 37.2, 37))
    assert n == 2 and {r["doc_id"] for r in rows} == {"orient-1", "far"}     # sana-1 names no actor
    assert pg.query_events(text="خبر anha")[1] == 1
    assert pg.query_events(type="air/drone strike", limit=1, offset=3)[0][0]["doc_id"] in {"orient-1", "sana-1", "far"}
    assert pg.counts_by_day() == [{"date": "2016-02-10", "event_type": "Explosions/Remote violence", "n": 3},
                                  {"date": "2016-02-11", "event_type": "Explosions/Remote violence", "n": 1}]
    f = pg.facets()
    assert f["types"] == [{"value": "Explosions/Remote violence", "n": 4}]
    ev = pg.get_event(rows[0]["event_id"])
    assert ev["article"]["text"].startswith("الجملة 0")
    # A correction that moves one report away splits it off again.
    moved = make_doc("anha-1", "ANHA", "2016-02-14", [strike(fatalities=None, **MAREA)])
    assert pg.ingest_document(moved).status == "updated"
    assert pg.query_clusters()[1] == 3


def _random_docs(seed, n=40):
    rnd = random.Random(seed)
    places = [TAL_RIFAAT, MAREA, AZAZ, AZAZ_DISTRICT]
    docs = []
    for i in range(n):
        day = f"2016-02-{10 + rnd.randrange(4):02d}"
        evs = [strike(**{**rnd.choice(places), "actor1": rnd.choice(["Military Forces of Russia", None]),
                         "fatalities": rnd.choice([None, 0, 2, 5])}) for _ in range(rnd.randrange(1, 3))]
        docs.append(make_doc(f"d{i:03d}", f"outlet{i % 3}", day, evs))
    return docs


def _state(st):
    rows, _ = st.query_events(limit=None)
    cl = {c["cluster_id"]: (c, st.get_cluster(c["cluster_id"])["figures"]) for c in st.query_clusters(limit=None)[0]}
    return sorted((r["event_id"], r["cluster_id"]) for r in rows), cl


def test_order_independence_on_postgres():
    docs = _random_docs(11)
    states = []
    for order in (docs, list(reversed(docs))):
        reset_pg()
        st = open_store(PG)
        for d in order:
            st.ingest_document(d)
        states.append(_state(st))
        st.close()
    assert states[0] == states[1]
    comp = fusion.cluster_events([e.to_dict() for d in docs for e in d.events])
    assert sorted(comp.items()) == states[0][0]


@pytest.mark.skipif(not CORPUS.exists(), reason="ant_news.jsonl corpus not found")
def test_cli_ingest_postgres_equals_sqlite(tmp_path):
    reset_pg()
    src = tmp_path / "in.jsonl"
    with CORPUS.open(encoding="utf-8") as f, src.open("w", encoding="utf-8") as out:
        for i, line in enumerate(f):
            if i >= 2000 + 40:
                break
            if i >= 2000:
                out.write(line)
    p = subprocess.run(HADATH + ["ingest", str(src), "--db", PG], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    lite = tmp_path / "l.db"
    p2 = subprocess.run(HADATH + ["ingest", str(src), "--db", str(lite)], capture_output=True, text=True,
                        timeout=120)
    assert p2.returncode == 0, p2.stderr
    assert p.stderr.splitlines()[0].split(" in ")[0] == p2.stderr.splitlines()[0].split(" in ")[0]
    st = open_store(PG)
    pg_events = st.query_events(limit=None)[0]
    pg_clusters = st.query_clusters(limit=None)[0]
    st.close()
    st = open_store(str(lite))
    assert pg_events == st.query_events(limit=None)[0]
    assert pg_clusters == st.query_clusters(limit=None)[0]
    st.close()
    con = sqlite3.connect(lite)
    assert con.execute("select count(*) from articles").fetchone()[0] >= 39
    p3 = subprocess.run(HADATH + ["export", "--db", PG, "--format", "jsonl"], capture_output=True, text=True,
                        timeout=60)
    assert p3.returncode == 0
    assert len(p3.stdout.splitlines()) == len(pg_events)
    assert all(json.loads(x)["event_id"] for x in p3.stdout.splitlines())


def test_read_filters_match_the_reference_on_postgres(pg, monkeypatch):
    """The filters of revision 0002 (expression indexes, actor names kept by a trigger) return the
    documented rows on PostgreSQL too; rows written by another client are covered."""
    from test_store import check_filters_against_reference, insert_rows, synthetic_rows
    arts, evs = synthetic_rows(600)
    insert_rows(pg, arts, evs)
    check_filters_against_reference(pg, evs, monkeypatch)


def test_filters_can_use_the_indexes_on_postgres(pg):
    """Each filter's condition matches an index (shown by EXPLAIN with sequential scans disabled)."""
    from sqlalchemy import event

    from test_store import insert_rows, synthetic_rows
    insert_rows(pg, *synthetic_rows(300))
    # the totals of type, country and admin1 come from the rollup (revision 0006)
    for f in ({"type": "battles"}, {"country": "SYRIA"}, {"admin1": "idleb"}):
        seen = []

        def grab_all(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
            seen.append(statement)
        event.listen(pg.engine, "before_cursor_execute", grab_all)
        try:
            pg.query_events(limit=20, **f)
        finally:
            event.remove(pg.engine, "before_cursor_execute", grab_all)
        assert any("event_cells" in st for st in seen) and not any("count(" in st.lower() for st in seen), f
    for call, index in ((lambda: pg.query_events(actor="islamic", limit=20), "ix_events_actor1"),
                        (lambda: pg.query_clusters(country="syria", limit=20), "ix_clusters_lcountry")):
        seen = []

        def grab(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
            if "count(" in statement.lower():
                seen.append((statement, parameters))
        event.listen(pg.engine, "before_cursor_execute", grab)
        try:
            call()
        finally:
            event.remove(pg.engine, "before_cursor_execute", grab)
        raw = pg.engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute("SET enable_seqscan = off")
            cur.execute("EXPLAIN " + seen[0][0], seen[0][1])
            plan = "\n".join(r[0] for r in cur.fetchall())
        finally:
            raw.rollback()
            raw.close()
        assert index in plan and "articles" not in seen[0][0], plan


def test_database_at_revision_0001_is_upgraded_on_open():
    """A database created by revision 0001 and holding events gets the read indexes, the actor
    names and the trigger when a store opens it."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    import hadath.store
    from hadath.store.core import normalise_url
    from test_store import insert_rows, reference_ids, synthetic_rows
    reset_pg()
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(hadath.store.__file__).with_name("migrations")))
    eng = create_engine(normalise_url(PG))
    with eng.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    arts, evs = synthetic_rows(60)

    class Old:  # what insert_rows needs
        engine = eng
    insert_rows(Old, arts, evs)
    st = open_store(PG)
    try:
        with eng.connect() as c:
            assert c.execute(text("select version_num from alembic_version")).scalar() == "0006"
            names = {r[0] for r in c.execute(text("select name from actor_names"))}
        assert names == {e[k] for e in evs for k in ("actor1", "actor2")} - {None}
        for f in ({"actor": "state"}, {"country": "syria", "type": "battles"}):
            assert [r["event_id"] for r in st.query_events(limit=None, **f)[0]] == reference_ids(evs, **f)
        st.ingest_document(make_doc("new-1", "X", "2017-02-01", [strike(actor2="Brand New Brigade")]))
        assert [r["doc_id"] for r in st.query_events(actor="brand new")[0]] == ["new-1"]
    finally:
        st.close()
        eng.dispose()


def test_rollup_and_revision_on_postgresql(pg):
    """Revision 0006 on PostgreSQL: statement triggers count writes, row triggers keep the
    rollup equal to a recount, and the map and timelines read from it give the events' counts."""
    import json

    from hadath.store import aggregate as AG
    from hadath.store import rollup
    r0 = pg.revision()
    with CORPUS.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 150:
                break
            pg.ingest(json.loads(line))
    assert pg.revision() > r0

    def table(c):
        return [sorted(tuple(round(x, 6) if isinstance(x, float) else x for x in r)
                       for r in c.exec_driver_sql(f"SELECT * FROM {t}"))
                for t in ["event_cells", "event_cells_fine", "event_days"]]
    with pg.engine.begin() as c:
        c.exec_driver_sql("DELETE FROM events WHERE doc_id = (SELECT min(doc_id) FROM events)")
        c.exec_driver_sql("UPDATE events SET latitude = latitude + 1 WHERE event_id = (SELECT max(event_id) "
                          "FROM events WHERE latitude IS NOT NULL)")
    with pg.engine.connect() as c:
        kept = table(c)
    assert all(kept)
    with pg.engine.begin() as c:
        rollup.rebuild(c)
        assert table(c) == kept
    with pg.engine.connect() as c:
        for f in ({}, {"since": "2016-03-10", "until": "2017-05-20"}, {"type": "Battles"}):
            for z in (2, 6, 8):
                got = rollup.cells(c, z, f, lambda g: AG.raw_cells(pg, c, z, g))
                want = AG.raw_cells(pg, c, z, f)
                assert set(got) == set(want) and all(got[k][:2] == want[k][:2] for k in want), (f, z)
            assert rollup.months(c, f, lambda g: AG.raw_months(pg, c, g)) == AG.raw_months(pg, c, f)
