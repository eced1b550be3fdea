"""The map's rollup (hadath/store/rollup.py, revision 0006): kept by triggers through
every kind of write, and giving exactly the counts a scan of the events gives."""
from __future__ import annotations

import random
import sqlite3

import pytest
from store_fixtures import CORPUS, corpus_store

from hadath.store import aggregate as AG
from hadath.store import open_store, rollup

needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="ant_news.jsonl corpus not found")

# Written for these tests (news style): a strike on a cell edge is added by SQL below.
EXTRA = [
    {"id": "r-1", "published": "2019-03-14", "outlet": "اختبار",
     "text": "قتل أربعة مدنيين في غارة جوية على مدينة إدلب صباح اليوم."},
    {"id": "r-2", "published": "2019-04-02", "outlet": "اختبار",
     "text": "قصفت قوات النظام السوري بالمدفعية قرى في ريف حماة الشمالي اليوم، ما أدى إلى مقتل طفلين."},
]


def _table(conn) -> list[tuple]:
    return [sorted(tuple(round(x, 6) if isinstance(x, float) else x for x in r)
                   for r in conn.exec_driver_sql(f"SELECT * FROM {t}"))
            for t in [*(name for name, _ in rollup.LEVELS), "event_days"]]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = corpus_store(tmp_path_factory.mktemp("rollup") / "r.db", 500, EXTRA)
    # an event exactly on a cell's west and south edges (36.5625 = 308 cells of 0.703125 - 180)
    with st.engine.begin() as c:
        c.exec_driver_sql("UPDATE events SET longitude = 36.5625, latitude = 35.859375 WHERE doc_id = 'r-1'")
    yield st
    st.close()


def test_triggers_keep_the_rollup_equal_to_a_recount(store, tmp_path):
    with store.engine.connect() as c:
        kept = _table(c)
    assert all(t and all(r[-1 if i == 2 else 9] > 0 for r in t) for i, t in enumerate(kept))  # n > 0
    with store.engine.begin() as c:
        rollup.rebuild(c)
        assert _table(c) == kept
    # replace an article, delete one, move an event: the triggers follow
    store.ingest({**EXTRA[1], "text": EXTRA[1]["text"].replace("طفلين", "ثلاثة أطفال")})
    con = sqlite3.connect(store.engine.url.database)
    con.execute("DELETE FROM events WHERE doc_id = (SELECT min(doc_id) FROM events)")
    con.execute("UPDATE events SET latitude = latitude + 3, event_date = '2001-01-01' "
                "WHERE rowid = (SELECT max(rowid) FROM events WHERE latitude IS NOT NULL)")
    con.commit()
    con.close()
    with store.engine.connect() as c:
        after = _table(c)
    with store.engine.begin() as c:
        rollup.rebuild(c)
        assert _table(c) == after


def _raw_days(store, conn, f) -> list[dict]:
    """counts_by_day as the events give it (the query the store makes without the rollup)."""
    from sqlalchemy import func, select

    from hadath.store import schema as S
    e = S.events
    conds = store._event_filters(**{k: f.get(k) for k in ("since", "until", "type", "country")}, conn=conn)
    q = (select(e.c.event_date, e.c.event_type, func.count()).where(e.c.event_date.is_not(None), *conds)
         .group_by(e.c.event_date, e.c.event_type).order_by(e.c.event_date, e.c.event_type))
    return [{"date": r[0], "event_type": r[1], "n": int(r[2])} for r in conn.execute(q)]


def _filters(rnd: random.Random) -> dict:
    f = {}
    if rnd.random() < 0.4:
        f["type"] = rnd.choice(["Battles", "Explosions/Remote violence", "Air/drone strike", "Protests"])
    if rnd.random() < 0.4:
        f["country"] = rnd.choice(["Syria", "syria", "Tunisia", "Iraq", "France"])
    if rnd.random() < 0.2:
        f["admin1"] = rnd.choice(["Idlib", "Hama", "Tunis"])
    if rnd.random() < 0.6:
        since = f"20{rnd.randrange(15, 20)}-{rnd.randrange(1, 13):02d}-{rnd.choice([1, 1, 10, 28]):02d}"
        f["since"] = since
        if rnd.random() < 0.7:
            y, m = int(since[:4]), int(since[5:7])
            f["until"] = f"{y + rnd.randrange(0, 2)}-{rnd.randrange(1, 13):02d}-{rnd.choice([5, 28, 30, 31]):02d}"
            if f["until"] < since or f["until"][5:] in ("02-30", "02-31", "04-31", "06-31", "09-31", "11-31"):
                del f["until"]
    if rnd.random() < 0.5:
        z = rnd.randrange(0, 10)
        t = 360 / 2 ** z
        w, s = rnd.randrange(-4, 4) * t / 8 + 36.5625, rnd.randrange(-4, 4) * t / 8 + 35.859375
        f["bbox"] = (w - 36.5625 + 36.5625, s, w + t, min(90.0, s + t))   # on the grid, edges through the r-1 event
    return f


@needs_corpus
def test_rollup_cells_and_months_equal_a_scan_of_the_events(store):
    rnd = random.Random(3)
    used = 0
    with store.engine.connect() as conn:
        for _ in range(150):
            f = _filters(rnd)
            zoom = rnd.randrange(0, 10)
            got = rollup.cells(conn, zoom, f, lambda g: AG.raw_cells(store, conn, zoom, g))
            if f.get("bbox") and zoom <= 6 and not rollup.usable(f):
                continue                     # a box on the fine grid only, at a coarse zoom
            assert got is not None, (f, zoom)
            want = AG.raw_cells(store, conn, zoom, f)
            assert set(got) == set(want), f
            for k, v in want.items():
                assert got[k][:2] == v[:2] and got[k][2] == pytest.approx(v[2]) and got[k][3] == pytest.approx(v[3])
            m = rollup.months(conn, f, lambda g: AG.raw_months(store, conn, g))
            assert m == AG.raw_months(store, conn, f) or (m is None and not rollup.usable(f)), f
            used += bool(want)
            if set(f) <= rollup.ROLLUP_FILTERS and (not f.get("bbox") or rollup.usable(f)):
                # the list's total from the rollup = a count of the events
                from sqlalchemy import func, select

                from hadath.store import schema as S
                want_n = conn.execute(select(func.count()).select_from(S.events).where(
                    *store._event_filters(**{k: f.get(k) for k in ("since", "until", "type", "country",
                                                                   "admin1", "bbox")}, conn=conn))).scalar_one()
                assert store._rollup_count(conn, dict(f)) == want_n, f
            per_month: dict = {}
            for r in store.counts_by_day(**f):
                k = (r["date"][:7], r["event_type"])
                per_month[k] = per_month.get(k, 0) + r["n"]
            assert store.counts_by_day(by="month", **f) == [
                {"date": m, "event_type": t, "n": n} for (m, t), n in sorted(per_month.items())], f
            if set(f) <= rollup.DAY_FILTERS:
                days = rollup.day_counts(conn, f)
                store_raw = [r for r in _raw_days(store, conn, f)]
                assert days == store_raw, f
    assert used > 40                     # most cases counted something


def test_filters_the_rollup_cannot_answer_go_to_the_events(store):
    with store.engine.connect() as conn:
        raw = lambda g: AG.raw_cells(store, conn, 3, g)  # noqa: E731
        assert rollup.cells(conn, 3, {"actor": "state"}, raw) is None
        assert rollup.cells(conn, 3, {"text": "غارة"}, raw) is None
        assert rollup.cells(conn, 3, {"bbox": "36.1,35.0,37.0,36.0"}, raw) is None      # off the grid
        assert rollup.cells(conn, 10, {}, raw) is None                                  # finer than the rollup
        assert rollup.cells(conn, 8, {"bbox": "36.5625,35.859375,36.6,36.0"}, raw) is None  # off the fine grid
    # the API answers them all the same, from the events
    assert AG.grid_clusters(store, zoom=3, actor="state")["total"] >= 0
    edge = AG.grid_clusters(store, zoom=6, bbox="36.5625,35.859375,37.265625,36.5625")
    assert edge["total"] >= 1                          # the event on the west/south edge is in the box
    left = AG.grid_clusters(store, zoom=6, bbox="35.859375,35.859375,36.5625,36.5625")
    assert left["total"] >= 1                          # ... and in the box whose east edge it lies on
