"""Text search through the index (revision 0005) on real Arabic articles: spellings,
proclitics, updates and deletes, the upgrade of a 0004 store, SQLite against PostgreSQL."""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from hadath.store import open_store
from hadath.store.search import query_terms
from hadath.types import Document, Event

CORPUS = Path("/work/shared/data/corpora/ant_news.jsonl")
if not CORPUS.exists():
    CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora" / "ant_news.jsonl"
pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="ant_news.jsonl corpus not found")
PG = os.environ.get("HADATH_TEST_PG")


def articles(n: int = 80) -> list[dict]:
    out = []
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r.get("text", "").strip():
                out.append(r)
            if len(out) == n:
                return out
    return out


def doc_of(r: dict, *, n_events: int = 2, text: str | None = None) -> Document:
    text = text if text is not None else r["text"]
    evs = []
    for k in range(n_events):
        ev = Event("Battles", "Armed clash", event_date=r["published"], country="Syria",
                   location="Aleppo" if k else None, location_text="حلب" if k else None)
        ev.evidence = [[0, min(40, len(text))]]
        ev.doc_id = r["id"]
        evs.append(ev)
    doc = Document(text=text, id=r["id"], published=r["published"], outlet=r.get("outlet"),
                   title=r.get("title") if text == r["text"] else "خبر", url=r.get("url"), events=evs)
    for ev in evs:
        ev.assign_id()
    return doc


def fill(store, rows: list[dict]) -> None:
    for r in rows:
        store.ingest_document(doc_of(r))


def hits(store, q: str, **kw) -> set[str]:
    rows, total = store.query_events(text=q, limit=None, **kw)
    assert total == len(rows)
    return {r["doc_id"] for r in rows}


def like_hits(rows: list[dict], word: str) -> set[str]:
    return {r["id"] for r in rows if word in r["text"] or word in (r.get("title") or "")}


@pytest.fixture()
def store(tmp_path):
    st = open_store(str(tmp_path / "s.db"))
    yield st
    st.close()


# Spellings of one word: hamza, ta marbuta, diacritics and tatweel, proclitics و ب ل and the article.
SPELLINGS = [("الحكومة", ["الحكومه", "والحكومة", "بالحكومة", "للحكومة", "الحُكُومـة"]),
             ("الأمن", ["الامن", "وبالأمن", "للأمن", "والأمن"]),
             ("الإيراني", ["الايراني", "والإيراني", "للإيراني"]),
             ("الوزارة", ["الوزاره", "بالوزارة", "للوزارة", "والوزارة"])]


def test_other_spellings_find_the_same_events(store):
    rows = articles()
    fill(store, rows)
    for word, others in SPELLINGS:
        got = hits(store, word)
        assert got and like_hits(rows, word) <= got, word          # every article containing it as written
        for o in others:
            assert hits(store, o) == got, (word, o)
    # an article written with a proclitic is found from the bare word
    amn = [r["id"] for r in rows if "الأمن" not in r["text"] + (r.get("title") or "")
           and any(v in r["text"] for v in ("للأمن", "بالأمن", "والأمن"))]
    assert amn and set(amn) <= hits(store, "أمن")
    # every word (AND), the last one as a prefix; ordering and paging as without text
    both = hits(store, "الحكومة وزارة")
    assert both == hits(store, "الحكومة") & hits(store, "وزارة")
    assert hits(store, "الحكوم") >= hits(store, "الحكومة")
    # a word-initial و may be a proclitic: وزارة finds الوزارة and بوزارة too
    assert hits(store, "وزارة") >= hits(store, "الوزارة") | hits(store, "بوزارة") | like_hits(rows, "وزارة")
    page, total = store.query_events(text="الحكومة", limit=3, offset=2)
    full, _ = store.query_events(text="الحكومة", limit=None)
    assert total == len(full) and [e["event_id"] for e in page] == [e["event_id"] for e in full[2:5]]
    assert full == [e for e in store.query_events(limit=None)[0] if e["doc_id"] in hits(store, "الحكومة")]
    # the events' places are searched too (location, location_text), and clusters and timelines follow
    assert hits(store, "Aleppo") == {r["id"] for r in rows}
    assert store.query_events(text="%")[1] == 0 and store.query_events(text="zzzqqq")[1] == 0
    n = sum(d["n"] for d in store.counts_by_day(text="الحكومة"))
    assert n == total
    cl = store.query_clusters(text="الحكومة", limit=None)[0]
    assert {m["doc_id"] for c in cl for m in store.get_cluster(c["cluster_id"])["members"]} >= hits(store, "الحكومة")


def test_updates_and_deletes_keep_the_index_in_step(store, tmp_path):
    rows = articles(20)
    fill(store, rows)
    r = next(r for r in rows if "الحكومة" in r["text"])
    assert r["id"] in hits(store, "الحكومة")
    # the article replaced by another text (and one event fewer): the old words no longer find it
    new_text = "أعلنت وزارة الصحة عن افتتاح مستشفى جديد في مدينة الباغوز."
    store.ingest_document(doc_of(r, n_events=1, text=new_text))
    assert r["id"] not in hits(store, "الحكومة")
    assert hits(store, "وبالباغوز") == {r["id"]}
    assert store.query_events(text="الباغوز")[1] == 1                  # its one event, not the two old ones
    con = sqlite3.connect(tmp_path / "s.db")
    n_fts = con.execute("SELECT count(*) FROM search_fts").fetchone()[0]
    assert n_fts == con.execute("SELECT count(*) FROM search_docs").fetchone()[0] == len(rows)
    # an article deleted by hand (foreign keys on): its row and its FTS row go with it
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("DELETE FROM events WHERE doc_id = ?", (r["id"],))
    con.execute("DELETE FROM mentions WHERE article_id = ?", (r["id"],))
    con.execute("DELETE FROM articles WHERE id = ?", (r["id"],))
    con.commit()
    assert con.execute("SELECT count(*) FROM search_fts").fetchone()[0] == len(rows) - 1
    con.close()
    assert hits(store, "الباغوز") == set()


def test_store_at_revision_0004_is_upgraded_and_searched(tmp_path):
    from sqlalchemy import text

    from store_fixtures import sqlite_at_revision
    rows = articles(40)
    db = tmp_path / "old.db"
    with sqlite_at_revision(db, "0004") as (eng, conn):
        for i, r in enumerate(rows):   # as hadath 0004 wrote them
            conn.execute(text("INSERT INTO articles (id, content_hash, published, outlet, title, text, warnings, "
                              "sentences, n_events, n_mentions) VALUES (:id, :h, :p, :o, :t, :x, '[]', '[]', 1, 0)"),
                         {"id": r["id"], "h": f"{i:064d}", "p": r["published"], "o": r.get("outlet"),
                          "t": r.get("title"), "x": r["text"]})
            conn.execute(text("INSERT INTO events (event_id, doc_id, seq, event_type, sub_event_type, event_date, "
                              "location, persons, evidence, triggers) VALUES (:e, :d, 0, 'Battles', 'Armed clash', "
                              ":p, :loc, '[]', '[]', '[]')"),
                         {"e": f"ev{i}", "d": r["id"], "p": r["published"], "loc": "Deir ez-Zor" if i % 2 else None})
    eng.dispose()
    old = open_store(str(db), upgrade=False)              # not upgraded: the old ILIKE
    assert hits(old, "الحكومة") == like_hits(rows, "الحكومة")
    old.close()
    st = open_store(str(db))
    con = sqlite3.connect(db)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0006"
    assert con.execute("SELECT count(*) FROM search_fts").fetchone()[0] == len(rows)
    con.close()
    got = hits(st, "بالحكومة")
    assert got and like_hits(rows, "الحكومة") <= got
    assert hits(st, "deir ez") == {r["id"] for i, r in enumerate(rows) if i % 2}
    st.close()


@pytest.mark.skipif(not PG, reason="HADATH_TEST_PG is not set: no PostgreSQL server to test against")
def test_postgresql_gives_the_same_hits_as_sqlite(store):
    pytest.importorskip("psycopg")
    import psycopg
    with psycopg.connect(PG, autocommit=True) as con:
        con.execute("DROP SCHEMA public CASCADE")
        con.execute("CREATE SCHEMA public")
    rows = articles(60)
    pg = open_store(PG)
    try:
        fill(store, rows)
        fill(pg, rows)
        pg.ingest_document(doc_of(rows[3], n_events=1, text="أعلنت وزارة الصحة عن افتتاح مستشفى في الباغوز."))
        store.ingest_document(doc_of(rows[3], n_events=1, text="أعلنت وزارة الصحة عن افتتاح مستشفى في الباغوز."))
        queries = [w for w, others in SPELLINGS for w in [w, *others]] + [
            "الحكومة وزارة", "الحكوم", "Aleppo", "وبالباغوز", "رئيس الوزراء", "2017", "zzz", "%"]
        for q in queries:
            a, b = store.query_events(text=q, limit=None), pg.query_events(text=q, limit=None)
            assert [e["event_id"] for e in a[0]] == [e["event_id"] for e in b[0]] and a[1] == b[1], q
        assert hits(pg, "الحكومة")
    finally:
        pg.close()


def test_query_terms_fold_like_the_matcher():
    assert query_terms("الأمن") == query_terms("الامن") == [["الامن", "امن"]]
    assert query_terms("وبالأمن") == [["وبالامن", "بالامن", "الامن", "امن"]]
    assert query_terms("مُدِيـنَة") == [["مدينه"]]
    assert query_terms("Dérà 2017, x_y") == [["dera"], ["2017"], ["x"], ["y"]]
    assert query_terms("% _ ،") == []
