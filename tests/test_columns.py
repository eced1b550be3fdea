"""The events' columns in memory (hadath/store/columns.py) and the web reads over them
(hadath/web/reads.py): the same answers as the SQL path, on random filters over real coded
ANT articles; fresh after a write; saved and shared between processes."""
from __future__ import annotations

import random

import pytest
from store_fixtures import CORPUS, corpus_store

from hadath.errors import HadathInputError
from hadath.store import aggregate as AG
from hadath.store import open_store
from hadath.store.columns import EventColumns
from hadath.web.reads import Reads

needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="ant_news.jsonl corpus not found")

# Written for these tests (news style).
EXTRA = [
    {"id": "c-1", "published": "2019-03-14", "outlet": "اختبار",
     "text": "قتل أربعة مدنيين في غارة جوية على مدينة إدلب صباح اليوم."},
    {"id": "c-2", "published": "2019-04-02", "outlet": "اختبار",
     "text": "قصفت قوات النظام السوري بالمدفعية قرى في ريف حماة الشمالي اليوم، ما أدى إلى مقتل طفلين."},
    {"id": "c-3", "published": "2020-01-20", "outlet": "اختبار",
     "text": "نظم عشرات المعطلين عن العمل وقفة احتجاجية أمام مقر ولاية قفصة اليوم للمطالبة بالتشغيل."},
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = corpus_store(tmp_path_factory.mktemp("columns") / "c.db", 1200, EXTRA)
    yield st
    st.close()


@pytest.fixture(scope="module")
def cols(store):
    return EventColumns.build(store)


def _filters(rnd: random.Random, facets: dict) -> dict:
    types = [t["value"] for t in facets["types"]] + ["air/drone strike", "Peaceful protest", "no such type"]
    countries = [c["value"] for c in facets["countries"]][:8] + ["TUNISIA", "Atlantis"]
    actors = [a["value"].split()[-1].lower() for a in facets["actors"][:8]] + ["zzz"]
    admin1s = [a["value"] for a in facets["admin1s"][:5]]
    f: dict = {}
    if rnd.random() < 0.45:
        f["type"] = rnd.choice(types)
    if rnd.random() < 0.45:
        f["country"] = rnd.choice(countries)
    if rnd.random() < 0.15 and admin1s:
        f["admin1"] = rnd.choice(admin1s)
    if rnd.random() < 0.2:
        f["actor"] = rnd.choice(actors)
    if rnd.random() < 0.15:
        f["text"] = rnd.choice(["تونس", "الأمن", "وقفة احتجاجية", "قصف", "xyz"])
    if rnd.random() < 0.5:
        y = rnd.randint(2014, 2020)
        f["since"] = f"{y}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        if rnd.random() < 0.8:
            f["until"] = f"{y + rnd.randint(0, 2)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    elif rnd.random() < 0.2:
        f["until"] = f"{rnd.randint(2014, 2020)}-06-30"
    if rnd.random() < 0.35:
        z = rnd.randint(2, 9)
        d = 360 / 2 ** z
        if rnd.random() < 0.7:          # on the cells' edges, as the page asks
            x, y = rnd.randint(-2, 2), rnd.randint(-1, 1)
            f["bbox"] = (x * d, y * d + 22.5, (x + 4) * d, (y + 3) * d + 22.5)
        else:
            w, s = rnd.uniform(-5, 15), rnd.uniform(25, 40)
            f["bbox"] = (w, s, w + rnd.uniform(0.5, 12), s + rnd.uniform(0.5, 8))
    return f


def _near(a: dict, b: dict) -> bool:
    """Cluster answers equal but for the last digit of mean positions (sums taken in another order)."""
    def norm(d: dict) -> dict:
        return {**d, "items": [{**i, "lat": round(i["lat"], 3), "lon": round(i["lon"], 3)} for i in d["items"]]}
    return norm(a) == norm(b)


@needs_corpus
def test_columns_answer_as_sql_on_random_filters(store, cols):
    facets = store.facets()
    assert cols.n == store.stats()["events"] > 300
    assert cols.facets() == facets
    rnd = random.Random(7)
    checked = 0
    for _ in range(60):
        f = _filters(rnd, facets)
        rows, total = store.query_events(limit=20, offset=3, **f)
        assert cols.page(f, 20, 3) == ([r["event_id"] for r in rows], total), f
        assert cols.map_points(limit=200, **f) == AG.map_points(store, limit=200, **f), f
        assert cols.map_points(limit=5, fit=True, **f) == AG.map_points(store, limit=5, fit=True, **f), f
        for z in (3, 6, 9):
            assert _near(cols.grid_clusters(zoom=z, limit=40, **f), AG.grid_clusters(store, zoom=z, limit=40, **f)), f
        for by in ("day", "month"):
            assert cols.timeline(by=by, **f) == AG.timeline(store, by=by, **f), f
            assert cols.counts_by_day(by=by, **f) == store.counts_by_day(by=by, **f), f
        checked += total > 0
    assert checked >= 20            # many draws match something: the comparison is not of empty answers


@needs_corpus
def test_the_cubes_answer_the_page_usual_filters(store, cols):
    # no dates, a type and a country: the month timeline and the map's cells come from the cubes
    f = {"type": "Explosions/Remote violence"}
    assert cols._from_cube(f) is not None
    assert cols.counts_by_day(by="month", **f) == store.counts_by_day(by="month", **f)
    g = {"type": "battles", "country": "LIBYA"}
    assert cols._from_cube(g) is not None and cols.timeline(by="month", **g) == AG.timeline(store, by="month", **g)
    box = (0.0, 22.5, 45.0, 45.0)               # zoom 4 cells: 2.8125 degrees
    assert cols._cells_from_cube({**f, "bbox": box}, 4) is not None
    got = cols.grid_clusters(zoom=4, bbox=box, **f)
    assert got["total"] > 10 and _near(got, AG.grid_clusters(store, zoom=4, bbox=box, **f))
    # a box off the grid, or a date, goes to the rows, with the same answer
    assert cols._cells_from_cube({**f, "bbox": (0.1, 22.5, 22.5, 45.0)}, 4) is None
    assert cols._cells_from_cube({**f, "since": "2017-01-01"}, 4) is None


@needs_corpus
def test_an_event_on_the_east_edge_of_the_box_is_counted(store, tmp_path):
    st = open_store(str(tmp_path / "edge.db"))
    for a in EXTRA:
        st.ingest(a)
    with st.engine.begin() as c:     # on the east edge of a zoom-5 box (1.40625-degree cells)
        c.exec_driver_sql("UPDATE events SET longitude = 37.96875, latitude = 35.5 WHERE doc_id = 'c-1'")
    cols = EventColumns.build(st)
    box = (33.75, 33.75, 37.96875, 36.5625)
    want = AG.grid_clusters(st, zoom=5, bbox=box)
    assert want["total"] >= 1 and _near(cols.grid_clusters(zoom=5, bbox=box), want)
    assert cols.map_points(bbox=box) == AG.map_points(st, bbox=box)
    st.close()


@needs_corpus
def test_saved_columns_load_equal(cols, store, tmp_path):
    cols.save(tmp_path / "rev")
    back = EventColumns.load(tmp_path / "rev", store)
    assert back is not None and back.revision == cols.revision and back.n == cols.n
    f = {"type": "Battles"}
    assert back.page(f, 10, 0) == cols.page(f, 10, 0)
    assert back.counts_by_day(by="month") == cols.counts_by_day(by="month")
    assert _near(back.grid_clusters(zoom=5), cols.grid_clusters(zoom=5))
    assert EventColumns.load(tmp_path / "nothing", store) is None


def test_bad_filters_are_refused(store, cols):
    with pytest.raises(HadathInputError):
        cols.page({"since": "2019-13-45"}, 10, 0)
    with pytest.raises(HadathInputError):
        cols.grid_clusters(zoom=99)
    with pytest.raises(HadathInputError):
        cols.page({"colour": "red"}, 10, 0)


def test_reads_stay_fresh_after_a_write(tmp_path):
    st = open_store(str(tmp_path / "w.db"))
    st.ingest(EXTRA[0])
    reads = Reads(st, columns_dir=str(tmp_path / "cols"))
    reads.start()
    assert reads.wait(60) and reads.status()["state"] == "ready"
    n0 = reads.query_events(limit=10)[1]
    assert reads.served["columns"] == 1
    st.ingest(EXTRA[1])                          # the store changes: SQL answers at once
    rows, n1 = reads.query_events(limit=10)
    assert n1 > n0 and {r["doc_id"] for r in rows} == {"c-1", "c-2"}
    assert reads.served["sql"] >= 1
    assert reads.wait(60)                        # and the columns are built again
    assert reads.cols.revision == st.revision()
    assert reads.query_events(limit=10)[1] == n1 and reads.served["columns"] == 2
    # a second reader of the same store loads the saved copy instead of building
    other = Reads(st, columns_dir=str(tmp_path / "cols"))
    other.start()
    assert other.wait(60) and other.status()["loaded"]
    assert other.facets() == st.facets()
    st.close()


def test_reads_without_columns_use_sql(tmp_path):
    st = open_store(str(tmp_path / "n.db"))
    st.ingest(EXTRA[2])
    reads = Reads(st, columns=False)
    reads.start()
    assert reads.status()["state"] == "off"
    assert reads.query_events(limit=5)[1] == st.query_events(limit=5)[1] >= 1
    assert reads.served == {"columns": 0, "sql": 1}
    st.close()


def test_columns_that_cannot_be_built_leave_the_answers_to_sql(tmp_path):
    st = open_store(str(tmp_path / "odd.db"))
    st.ingest(EXTRA[0])
    st.ingest(EXTRA[1])
    with st.engine.begin() as c:                 # a date the columns cannot order as a day
        c.exec_driver_sql("UPDATE events SET event_date = '2019-3-1' WHERE doc_id = 'c-1'")
    reads = Reads(st)
    reads.start()
    assert not reads.wait(60)
    status = reads.status()
    assert status["state"] == "failed" and "2019-3-1" in status["error"]
    rows, total = reads.query_events(limit=10)
    assert total == 2 and reads.served == {"columns": 0, "sql": 1}
    with st.engine.begin() as c:                 # mended: the next request builds them again
        c.exec_driver_sql("UPDATE events SET event_date = '2019-03-01' WHERE doc_id = 'c-1'")
    assert reads.query_events(limit=10)[1] == 2
    assert reads.wait(60) and reads.status()["state"] == "ready"
    assert reads.query_events(limit=10)[1] == 2 and reads.served["columns"] == 1
    st.close()


@needs_corpus
def test_masks_of_words_are_shared_through_the_saved_columns(cols, store, tmp_path):
    cols.save(tmp_path / "rev")
    one = EventColumns.load(tmp_path / "rev", store)
    two = EventColumns.load(tmp_path / "rev", store)
    f = {"text": "تونس", "actor": "police"}
    want = cols.page(f, 10, 0)
    assert one.page(f, 10, 0) == want and want[1] > 0
    assert len(list((tmp_path / "rev" / "masks").iterdir())) == 2       # the word's and the actor's
    orig, two._store = two._store, None          # the second process reads the files: no database
    assert two.page(f, 10, 0) == want
    two._store = orig


def test_after_a_long_build_the_next_waits_while_sql_answers(tmp_path):
    st = open_store(str(tmp_path / "p.db"))
    st.ingest(EXTRA[0])
    reads = Reads(st)
    reads.start()
    assert reads.wait(60)
    reads.cols.built_s = 30.0                    # as if the build had taken half a minute
    st.ingest(EXTRA[1])
    assert reads.query_events(limit=10)[1] == len(st.query_events(limit=10)[0]) >= 2   # SQL, fresh
    assert reads.status()["state"] == "ready" and not reads._building   # no build for 2 minutes
    reads._built_at -= 121
    reads.query_events(limit=10)
    assert reads.wait(60) and reads.cols.revision == st.revision()
    st.close()
