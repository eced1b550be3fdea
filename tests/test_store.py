"""The event store: ingest (idempotent, crash-safe), queries, schema, and the CLI on real articles."""
from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hadath.errors import HadathInputError
from hadath.store import open_store
from hadath.types import Document, Event, Mention, Span

CORPUS = Path("/work/shared/data/corpora/ant_news.jsonl")
if not CORPUS.exists():
    CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora" / "ant_news.jsonl"
HADATH = [sys.executable, "-m", "hadath"]
needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="ant_news.jsonl corpus not found")


def corpus_rows(n: int, start: int = 0) -> list[dict]:
    rows = []
    with CORPUS.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < start:
                continue
            if len(rows) >= n:
                break
            rows.append(json.loads(line))
    return rows


def make_doc(doc_id: str, *, outlet="Outlet", date="2016-05-01", events=()) -> Document:
    """A document whose text has one sentence per event; each event's evidence is its sentence."""
    sentences, evs, pos = [], [], 0
    for i, kw in enumerate(events):
        s = f"جملة الحدث {i} في المقال {doc_id}. "
        kw = dict(kw)
        ev = Event(kw.pop("event_type", "Battles"), kw.pop("sub_event_type", "Armed clash"),
                   event_date=kw.pop("event_date", date), **kw)
        ev.evidence = [[pos, pos + len(s) - 1]]
        sentences.append(s)
        evs.append(ev)
        pos += len(s)
    text = "".join(sentences) or f"مقال بلا أحداث {doc_id}."
    doc = Document(text=text, id=doc_id, published=date, outlet=outlet, title=f"title {doc_id}",
                   url=f"https://example.org/{doc_id}", events=evs)
    doc.sentences = [Span(e.evidence[0][0], e.evidence[0][1]) for e in evs]
    doc.mentions = [Mention("place", 0, 4, text[0:4], {"name": "x"}, 0)] if evs else []
    for ev in evs:
        ev.doc_id = doc_id
        ev.assign_id()
    return doc


ALEPPO = dict(country="Syria", admin1="Aleppo", admin2="Jebel Saman", location="Aleppo", location_text="حلب",
              latitude=36.2021, longitude=37.1343, geo_precision=1)
RAQQA = dict(country="Syria", admin1="Ar-Raqqa", admin2="Ar-Raqqa", location="Ar-Raqqa", location_text="الرقة",
             latitude=35.9528, longitude=39.0079, geo_precision=1)


@pytest.fixture()
def store(tmp_path):
    st = open_store(str(tmp_path / "events.db"))
    yield st
    st.close()


def test_open_store_urls(tmp_path):
    st = open_store(f"sqlite:///{tmp_path}/sub/dir/a.db")
    assert (tmp_path / "sub" / "dir" / "a.db").exists()
    assert st.stats()["articles"] == 0
    st.close()
    with pytest.raises(HadathInputError):
        open_store("")
    # WAL journal, so readers never block the writer and a killed writer loses nothing committed.
    con = sqlite3.connect(tmp_path / "sub" / "dir" / "a.db")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0006"
    con.close()


def test_migration_creates_the_declared_schema(tmp_path):
    from sqlalchemy import Column, UnaryExpression

    from hadath.store.schema import metadata
    open_store(str(tmp_path / "m.db")).close()
    con = sqlite3.connect(tmp_path / "m.db")

    def declared(ix):  # (column name or None for an expression, descending) per key part
        out = []
        for x in ix.expressions:
            desc = isinstance(x, UnaryExpression) and x.modifier is not None and "desc" in x.modifier.__name__
            x = x.element if isinstance(x, UnaryExpression) else x
            out.append((x.name if isinstance(x, Column) else None, int(desc)))
        return out
    for name, table in metadata.tables.items():
        cols = {r[1] for r in con.execute(f"PRAGMA table_info({name})")}
        assert cols == {c.name for c in table.columns}, name
        for ix in table.indexes:
            got = [(r[2], r[3]) for r in con.execute(f"PRAGMA index_xinfo({ix.name})") if r[5]]
            assert got == declared(ix), ix.name
    con.close()


@needs_corpus
def test_ingest_is_idempotent_on_real_articles(store):
    arts = corpus_rows(12)
    results = [store.ingest(a) for a in arts]
    assert [r.status for r in results] == ["inserted"] * 12
    before = store.stats()
    assert before["articles"] == 12
    # Same id, same content: nothing happens.
    assert {store.ingest(a).status for a in arts} == {"unchanged"}
    # Same content under another id: a duplicate, not stored twice.
    dup = store.ingest({**arts[0], "id": "copy-of-0"})
    assert dup.status == "duplicate" and dup.duplicate_of == arts[0]["id"]
    assert store.stats() == before
    # Same id, new content: replaced.
    upd = store.ingest({**arts[1], "text": arts[1]["text"] + "\nفقرة جديدة."})
    assert upd.status == "updated"
    assert store.stats()["articles"] == 12
    with pytest.raises(HadathInputError):
        store.ingest({"id": "x", "text": "   "})
    with pytest.raises(HadathInputError):
        store.ingest({"id": "y", "text": "نص", "published": "yesterday"})
    # What PostgreSQL cannot hold is refused on both back-ends, with the reason.
    with pytest.raises(HadathInputError, match="NUL"):
        store.ingest({"id": "z", "text": "قصف\x00 مدينة"})
    with pytest.raises(HadathInputError, match="longer than 512"):
        store.ingest({"id": "x" * 600, "text": arts[2]["text"] + " ."})


def test_ingest_document_stores_events_mentions_and_replaces(store):
    doc = make_doc("d1", events=[dict(actor1="Islamic State", actor2="Syrian Democratic Forces", **RAQQA,
                                      fatalities=3, persons=["أبو محمد العدناني"]),
                                 dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                                      actor1="International Coalition", **RAQQA, fatalities=None)])
    res = store.ingest_document(doc)
    assert (res.status, res.n_events, res.n_mentions) == ("inserted", 2, 1)
    ev_ids = [e.event_id for e in doc.events]
    got = store.get_event(ev_ids[0])
    assert got["actor1"] == "Islamic State" and got["fatalities"] == 3
    assert got["persons"] == ["أبو محمد العدناني"]
    assert got["article"]["text"] == doc.text and got["outlet"] == "Outlet"
    assert got["mentions"][0]["kind"] == "place"
    a, b = got["evidence"][0]
    assert got["evidence_text"] == [doc.text[a:b]]
    assert store.get_event(ev_ids[1])["fatalities"] is None        # deaths without a number stay null
    assert store.get_event("nope") is None
    # Re-ingesting the same document changes nothing; a new version replaces its events.
    assert store.ingest_document(make_doc("d1", events=[dict(actor1="Islamic State", **RAQQA, fatalities=3,
                                                               actor2="Syrian Democratic Forces",
                                                               persons=["أبو محمد العدناني"]),
                                                          dict(event_type="Explosions/Remote violence",
                                                               sub_event_type="Air/drone strike",
                                                               actor1="International Coalition", **RAQQA,
                                                               fatalities=None)])).status == "unchanged"
    doc2 = make_doc("d1", date="2016-05-03", events=[dict(actor1="Islamic State", **RAQQA)])
    assert store.ingest_document(doc2).status == "updated"
    assert store.stats()["events"] == 1 and store.get_event(ev_ids[1]) is None
    assert store.get_event(ev_ids[0])["event_date"] == "2016-05-03"   # same evidence: same stable id
    assert store.stats()["clusters"] == 1


def _fill(store):
    store.ingest_document(make_doc("s1", outlet="SANA", date="2016-05-01", events=[
        dict(actor1="Military Forces of Syria", actor2="Islamic State", **RAQQA, fatalities=4)]))
    store.ingest_document(make_doc("s2", outlet="ANHA", date="2016-06-10", events=[
        dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
             actor1="International Coalition", **ALEPPO, fatalities=2)]))
    store.ingest_document(make_doc("s3", outlet="Enab Baladi", date="2017-01-02", events=[
        dict(event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Syria)",
             country="Syria", admin1="Idlib", admin2="Idlib", location="Idlib", latitude=35.93,
             longitude=36.63, geo_precision=1, fatalities=0)]))
    store.ingest_document(make_doc("s4", outlet="Shafaq", date="2016-05-02", events=[
        dict(actor1="Islamic State", actor2="Military Forces of Iraq", country="Iraq", admin1="Nineveh",
             admin2="Mosul", location="Mosul", latitude=36.34, longitude=43.13, geo_precision=1)]))


def test_query_filters(store):
    _fill(store)
    rows, total = store.query_events()
    assert total == 4 and [r["doc_id"] for r in rows] == ["s3", "s2", "s4", "s1"]   # newest first
    assert {"cluster_id", "title", "outlet", "published", "url", "evidence", "triggers"} <= set(rows[0])
    assert store.query_events(since="2016-05-02", until="2016-06-30")[1] == 2
    assert [r["doc_id"] for r in store.query_events(type="Battles")[0]] == ["s4", "s1"]
    assert [r["doc_id"] for r in store.query_events(type="air/drone strike")[0]] == ["s2"]
    assert [r["doc_id"] for r in store.query_events(country="Syria", actor="islamic state")[0]] == ["s1"]
    assert store.query_events(actor="Islamic State")[1] == 2
    assert store.query_events(admin1="Idlib")[1] == 1
    assert [r["doc_id"] for r in store.query_events(text="المقال s2")[0]] == ["s2"]
    assert [r["doc_id"] for r in store.query_events(text="حلب")[0]] == ["s2"]  # location_text
    assert store.query_events(text="%")[1] == 0 and store.query_events(actor="_")[1] == 0   # taken literally
    assert {r["doc_id"] for r in store.query_events(bbox="36,35,40,37")[0]} == {"s1", "s2", "s3"}
    assert store.query_events(bbox=(43, 36, 44, 37))[1] == 1
    page, total = store.query_events(limit=2, offset=1)
    assert total == 4 and [r["doc_id"] for r in page] == ["s2", "s4"]
    with pytest.raises(HadathInputError):
        store.query_events(since="last week")
    with pytest.raises(HadathInputError):
        store.query_events(bbox="1,2,3")
    cl, n = store.query_clusters(country="Syria")
    assert n == 3 and all(c["n_articles"] == 1 for c in cl)
    assert store.query_clusters(actor="coalition")[1] == 1
    days = store.counts_by_day(country="Syria")
    assert days == [{"date": "2016-05-01", "event_type": "Battles", "n": 1},
                    {"date": "2016-06-10", "event_type": "Explosions/Remote violence", "n": 1},
                    {"date": "2017-01-02", "event_type": "Protests", "n": 1}]
    f = store.facets()
    assert f["types"][0] == {"value": "Battles", "n": 2}
    assert {"value": "Syria", "n": 3} in f["countries"]
    assert {"value": "Islamic State", "n": 2} in f["actors"]
    assert {"value": "Nineveh", "country": "Iraq", "n": 1} in f["admin1s"]


def _run(args, **kw):
    return subprocess.run(HADATH + args, capture_output=True, text=True, timeout=120, **kw)


@needs_corpus
def test_cli_ingest_and_events_on_real_articles(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = corpus_rows(25, start=300)
    with src.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        f.write("{not json\n")
        f.write(json.dumps({"id": "english", "text": "The weather was fine today in London.",
                            "published": "2016-01-01"}) + "\n")
    db = tmp_path / "ev.db"
    p = _run(["ingest", str(src), str(tmp_path / "missing.jsonl"), "--db", str(db)])
    assert p.returncode == 0, p.stderr
    assert "26 ingested" in p.stderr and "2 skipped" in p.stderr, p.stderr
    assert "malformed JSON" in p.stderr and "no such file" in p.stderr
    assert "1 ingested article(s) are not Arabic" in p.stderr
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from articles").fetchone()[0] == 26
    # Every stored article is whole: its stored events and mentions match the counts written with it.
    for aid, n_ev, n_m, text in con.execute("select id, n_events, n_mentions, text from articles"):
        assert con.execute("select count(*) from events where doc_id=?", (aid,)).fetchone()[0] == n_ev
        assert con.execute("select count(*) from mentions where article_id=?", (aid,)).fetchone()[0] == n_m
        for (ev,) in con.execute("select evidence from events where doc_id=?", (aid,)):
            assert all(0 <= a < b <= len(text) for a, b in json.loads(ev))
    assert con.execute("select count(*) from events where cluster_id is null").fetchone()[0] == 0
    stored = dict(con.execute("select id, title from articles"))
    assert stored[rows[0]["id"]] == rows[0]["title"]
    con.close()
    p2 = _run(["ingest", str(src), "--db", str(db)])
    assert "0 ingested" in p2.stderr and "26 unchanged" in p2.stderr, p2.stderr
    p3 = _run(["events", "--db", str(db), "--format", "jsonl", "--limit", "0"])
    assert p3.returncode == 0
    n_events = sqlite3.connect(db).execute("select count(*) from events").fetchone()[0]
    assert len([ln for ln in p3.stdout.splitlines() if ln.strip()]) == n_events
    assert f"of {n_events} event(s)" in p3.stderr
    p4 = _run(["events", "--db", str(db), "--since", "not-a-date"])
    assert p4.returncode == 2 and "not an ISO date" in p4.stderr


class _Run:
    def __init__(self, rc, out, err):
        self.returncode, self.stdout, self.stderr = rc, out, err


@pytest.fixture()
def cli(capsys):
    """Run ``hadath ARGS`` in this process (the same entry point as the command line)."""
    from hadath.cli import main

    def run(args):
        capsys.readouterr()
        rc = main(list(args))
        out, err = capsys.readouterr()
        return _Run(rc, out, err)
    return run


def test_cli_events_filters(tmp_path, cli):
    db = tmp_path / "f.db"
    st = open_store(str(db))
    _fill(st)
    st.close()
    p = cli(["events", "--db", str(db), "--country", "Syria", "--type", "Battles", "--actor", "Islamic State",
              "--since", "2016-01-01", "--until", "2016-12-31", "--format", "jsonl"])
    assert p.returncode == 0, p.stderr
    got = [json.loads(x) for x in p.stdout.splitlines()]
    assert [g["doc_id"] for g in got] == ["s1"] and got[0]["evidence_text"][0].startswith("جملة الحدث 0")
    p = cli(["events", "--db", str(db), "--limit", "2"])
    assert p.stdout.count("killed=") == 2 and "2 of 4 event(s)" in p.stderr
    p = cli(["events", "--db", str(db), "--clusters", "--country", "Iraq"])
    assert "Mosul" in p.stdout and "1 of 1 cluster(s)" in p.stderr


def dup_total(rows: list[dict]) -> int:
    """How many rows repeat the text and date of an earlier row."""
    seen, n = set(), 0
    for r in rows:
        k = (r.get("published"), r["text"])
        n += k in seen
        seen.add(k)
    return n


def _dump(db: Path) -> dict[str, list]:
    con = sqlite3.connect(db)
    out = {
        "articles": sorted(con.execute("select id, content_hash, published, outlet, title, url, text, warnings,"
                                       " sentences, n_events, n_mentions from articles")),
        "mentions": sorted(con.execute("select * from mentions")),
        "events": sorted(con.execute("select * from events")),
        "clusters": sorted(con.execute("select * from clusters")),
        "contradictions": sorted(con.execute("select * from contradictions")),
    }
    con.close()
    return out


@needs_corpus
def test_kill_minus_9_loses_no_committed_article_and_resumes(tmp_path):
    """SIGKILL a real ``hadath ingest`` mid-run; the DB must open, hold only whole articles, and a
    second run must give exactly what one clean run gives."""
    n = 200
    rows = corpus_rows(n, start=1000)
    full = tmp_path / "all.jsonl"
    full.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "killed.db"
    proc = subprocess.Popen(HADATH + ["ingest", str(full), "--db", str(db), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        if db.exists():
            try:
                con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
                stored = con.execute("select count(*) from articles").fetchone()[0]
                con.close()
            except sqlite3.OperationalError:
                stored = 0
        if stored >= 40:
            break
        time.sleep(0.002)
    assert stored >= 40, "ingest did not make progress"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert proc.returncode == -signal.SIGKILL     # killed, not finished
    # The killed DB opens and every stored article is whole.
    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    got = con.execute("select count(*) from articles").fetchone()[0]
    assert 40 <= got < n
    for aid, n_ev, n_m in con.execute("select id, n_events, n_mentions from articles").fetchall():
        assert con.execute("select count(*) from events where doc_id=?", (aid,)).fetchone()[0] == n_ev
        assert con.execute("select count(*) from mentions where article_id=?", (aid,)).fetchone()[0] == n_m
    assert con.execute("select count(*) from events where cluster_id is null").fetchone()[0] == 0
    con.close()
    # Resume over the whole input: stored articles are skipped, the rest ingested.
    p = _run(["ingest", str(full), "--db", str(db)])
    assert p.returncode == 0, p.stderr
    ing, upd, unch, dup = map(int, re.search(r"(\d+) ingested, (\d+) updated, (\d+) unchanged, "
                                             r"(\d+) duplicate", p.stderr).groups())
    assert (upd, unch) == (0, got) and ing + dup == n - got, p.stderr   # (the corpus repeats a few texts)
    clean = tmp_path / "clean.db"
    p = _run(["ingest", str(full), "--db", str(clean)])
    assert p.returncode == 0, p.stderr
    assert re.search(rf"(\d+) ingested, 0 updated, 0 unchanged, {dup_total(rows)} duplicate", p.stderr), p.stderr
    assert _dump(db) == _dump(clean)


@needs_corpus
def test_two_ingest_processes_share_one_new_file(tmp_path):
    """Two ``hadath ingest`` at once on a file that does not exist yet, with overlapping input:
    both succeed (schema created once, writers queue) and the result equals one run."""
    rows = corpus_rows(100, start=2500)
    a, b, both = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "all.jsonl"
    for path, part in ((a, rows[:60]), (b, rows[40:]), (both, rows)):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8")
    db = tmp_path / "shared.db"
    procs = [subprocess.Popen(HADATH + ["ingest", str(p), "--db", str(db), "-q"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True) for p in (a, b)]
    errs = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    single = tmp_path / "single.db"
    assert _run(["ingest", str(both), "--db", str(single), "-q"]).returncode == 0
    assert _dump(db) == _dump(single)


def test_unusable_stores_are_refused_with_a_reason(tmp_path, cli):
    missing = tmp_path / "typo.db"
    for cmd in (["events"], ["export", "--format", "jsonl"], ["clusters"]):
        p = cli([*cmd, "--db", str(missing)])
        assert p.returncode == 2 and "no store at" in p.stderr, (cmd, p.stderr)
    assert not missing.exists()                        # reading never creates an empty store
    blocker = tmp_path / "file"
    blocker.write_text("x")
    p = cli(["ingest", str(blocker), "--db", str(blocker / "sub" / "e.db")])
    assert p.returncode == 2 and "cannot create the store" in p.stderr
    p = cli(["events", "--db", "postgresql://someone:secret@127.0.0.1:1/none"])
    assert p.returncode == 2 and "secret" not in p.stderr
    assert "cannot open the store" in p.stderr or "no driver for postgresql" in p.stderr   # without psycopg


# --- read queries on many rows (revision 0002: indexes, actor names) ---

SYN_TYPES = [("Battles", "Armed clash"), ("BATTLES", "Government regains territory"),
             ("Explosions/Remote violence", "Air/drone strike"), ("Violence against civilians", "Attack"),
             ("Protests", "Peaceful protest"), ("Strategic developments", "Arrests")]
SYN_ACTORS = ["Military Forces of Syria", "Syrian Democratic Forces", "Islamic State", "ISLAMIC STATE - Sinai",
              "Unidentified Armed Group", "Civilians", "قوات النخبة", "100% Rebels_x", None]
SYN_PLACES = [("Syria", "Aleppo", 37.16, 36.2), ("SYRIA", "aleppo", 37.1, 36.1), ("Syria", "Idleb", 36.63, 35.93),
              ("Iraq", "Ninawa", 43.13, 36.34), ("Yemen", "Taizz", 44.02, 13.58), (None, None, None, None),
              ("Libya", None, 13.19, 32.89)]


def synthetic_rows(n: int, seed: int = 5) -> tuple[list[dict], list[dict]]:
    """``n`` varied events (mixed case, NULLs, shared dates, special characters) in n // 3 articles."""
    import datetime as dt
    import random
    rnd = random.Random(seed)
    arts, evs = [], []
    for i in range(0, n, 3):
        aid = f"t{rnd.randrange(10 ** 6):06d}{i:06d}"   # digits: the same order in every collation
        arts.append({"id": aid, "content_hash": f"{i:064d}", "published": "2017-01-01", "outlet": "test",
                     "title": f"title {i}", "url": None, "text": f"نص {i}", "country": None, "warnings": "[]",
                     "sentences": "[]", "n_events": 3, "n_mentions": 0, "hadath_version": "test",
                     "ingested_at": None})
        for k in range(min(3, n - i)):
            et, st = rnd.choice(SYN_TYPES)
            country, admin1, lon, lat = rnd.choice(SYN_PLACES)
            day = None if rnd.random() < 0.05 else (dt.date(2017, 1, 1) + dt.timedelta(rnd.randrange(60))).isoformat()
            evs.append({"event_id": f"e{i + k:06d}", "doc_id": aid, "seq": k, "event_type": et, "sub_event_type": st,
                        "event_date": day, "time_precision": 1, "actor1": rnd.choice(SYN_ACTORS), "inter1": 1,
                        "actor2": rnd.choice(SYN_ACTORS), "inter2": 2, "country": country, "admin1": admin1,
                        "admin2": None, "location": admin1, "location_text": None,
                        "latitude": None if lat is None else lat + rnd.uniform(-0.5, 0.5),
                        "longitude": None if lon is None else lon + rnd.uniform(-0.5, 0.5), "geo_precision": 2,
                        "fatalities": rnd.choice([0, 1, None]), "injuries": 0, "quantity": None,
                        "attribution": None, "certainty": "asserted", "persons": "[]", "evidence": "[[0, 3]]",
                        "triggers": "[]", "cluster_id": None})
    return arts, evs


def insert_rows(store, arts, evs) -> None:
    """Straight into the tables, as another client would (the actor-name triggers must follow)."""
    from sqlalchemy import insert

    from hadath.store import schema as S
    with store.engine.begin() as conn:
        conn.execute(insert(S.articles), arts)
        conn.execute(insert(S.events), evs)


def reference_ids(evs: list[dict], since=None, until=None, type=None, actor=None, country=None,  # noqa: A002
                  admin1=None, bbox=None) -> list[str]:
    """The documented filters and order, in plain Python."""
    def ok(e):
        d = e["event_date"]
        if since and (d is None or d < since) or until and (d is None or d > until):
            return False
        if type and type.lower() not in (e["event_type"].lower(), e["sub_event_type"].lower()):
            return False
        if country and (e["country"] or "").lower() != country.lower() or \
                admin1 and (e["admin1"] or "").lower() != admin1.lower():
            return False
        if actor and not any(actor.lower() in (e[k] or "").lower() for k in ("actor1", "actor2")):
            return False
        if bbox:
            w, s, east, n = bbox
            if e["longitude"] is None or not (w <= e["longitude"] <= east and s <= e["latitude"] <= n):
                return False
        return True
    hits = [e for e in evs if ok(e)]
    hits.sort(key=lambda e: (e["doc_id"], e["seq"]))
    hits.sort(key=lambda e: e["event_date"] or "", reverse=True)
    hits.sort(key=lambda e: e["event_date"] is None)
    return [e["event_id"] for e in hits]


SYN_FILTERS = [{}, {"type": "battles"}, {"type": "Air/Drone strike"}, {"type": "nothing"}, {"country": "syria"},
               {"country": "Libya", "type": "attack"}, {"admin1": "ALEPPO", "type": "Armed clash"},
               {"actor": "islamic"}, {"actor": "syria"}, {"actor": "النخبة"}, {"actor": "100%"}, {"actor": "s_x"},
               {"actor": "%"}, {"actor": "nobody"}, {"since": "2017-01-10", "until": "2017-01-20"},
               {"bbox": (36.5, 35.5, 38.0, 37.0)}, {"bbox": (-180, -90, 180, 90), "country": "Syria"},
               {"country": "syria", "since": "2017-02-01", "actor": "state"}]


def check_filters_against_reference(store, evs, monkeypatch) -> None:
    """Every filter and page (and the plans SQLite may choose for it) gives the reference rows."""
    from hadath.store.core import Store
    plans = []
    walk = Store._walk_order

    def spy(self, *a):
        plans.append(walk(self, *a))
        return plans[-1]
    monkeypatch.setattr(Store, "_walk_order", spy)
    for f in SYN_FILTERS:
        want = reference_ids(evs, **f)
        rows, total = store.query_events(limit=None, **f)
        assert [r["event_id"] for r in rows] == want and total == len(want), f
        for limit, offset in ((20, 0), (7, 13), (50, max(0, len(want) - 10)), (5, len(want) + 5)):
            rows, total = store.query_events(limit=limit, offset=offset, **f)
            assert [r["event_id"] for r in rows] == want[offset:offset + limit] and total == len(want), \
                (f, limit, offset)
        days: dict = {}
        for e in evs:
            if e["event_id"] in set(want) and e["event_date"]:
                days[(e["event_date"], e["event_type"])] = days.get((e["event_date"], e["event_type"]), 0) + 1
        assert [(r["date"], r["event_type"], r["n"]) for r in store.counts_by_day(**f)] == \
            [(d, t, n) for (d, t), n in sorted(days.items())], f
    if store.dialect == "sqlite":
        assert True in plans and False in plans       # both ways to a page were checked


def test_filters_on_many_rows_match_the_reference(store, monkeypatch):
    arts, evs = synthetic_rows(900)
    insert_rows(store, arts, evs)
    check_filters_against_reference(store, evs, monkeypatch)
    # Names written by UPDATE are found too (trigger), and names no event uses any more match nothing.
    from sqlalchemy import update

    from hadath.store import schema as S
    with store.engine.begin() as conn:
        conn.execute(update(S.events).where(S.events.c.event_id == evs[0]["event_id"]).values(actor2="Zeta Brigade"))
        conn.execute(update(S.events).where(S.events.c.actor1 == "Civilians").values(actor1=None))
    assert [r["event_id"] for r in store.query_events(actor="zeta")[0]] == [evs[0]["event_id"]]
    assert all("Civilians" in (r["actor1"], r["actor2"]) for r in store.query_events(actor="civilians", limit=None)[0])
    # Clusters: the same filters on the canonical records (actor: any member).
    store.recluster_all()
    clusters, total = store.query_clusters(limit=None)
    assert total == len(clusters) > 0
    for f in ({"type": "BATTLES"}, {"country": "syria"}, {"admin1": "aleppo"}, {"actor": "islamic"}):
        got, n = store.query_clusters(limit=None, **f)
        pages = [c for off in range(0, n + 10, 10) for c in store.query_clusters(limit=10, offset=off, **f)[0]]
        assert [c["cluster_id"] for c in pages] == [c["cluster_id"] for c in got] and n == len(got)
        if "actor" in f:
            members = {e["cluster_id"] for e in store.query_events(limit=None, **f)[0]}
            assert {c["cluster_id"] for c in got} == members
        else:
            (k, v), = f.items()
            key = "event_type" if k == "type" else k
            assert [c["cluster_id"] for c in got] == [c["cluster_id"] for c in clusters
                                                       if (c[key] or "").lower() == v.lower()
                                                       or k == "type" and (c["sub_event_type"] or "").lower() == v.lower()]


def _plans(store, call) -> list[tuple[str, str]]:
    """(statement, SQLite query plan) of every SELECT that ``call`` runs."""
    from sqlalchemy import event
    seen = []

    def grab(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))
    event.listen(store.engine, "before_cursor_execute", grab)
    try:
        call()
    finally:
        event.remove(store.engine, "before_cursor_execute", grab)
    con = sqlite3.connect(store.engine.url.database)
    out = [(s, " | ".join(r[3] for r in con.execute("EXPLAIN QUERY PLAN " + s, p))) for s, p in seen]
    con.close()
    return out


def test_filters_use_indexes(store):
    """The filters are answered from indexes (SQLite EXPLAIN QUERY PLAN of the statements the store runs),
    and counting needs no article unless the text is searched."""
    arts, evs = synthetic_rows(300)
    insert_rows(store, arts, evs)

    def plan_of(call, words):
        plans = _plans(store, call)
        hit = [p for s, p in plans if "count(" in s.lower()]
        assert hit, plans
        assert all(w in hit[0] for w in words), hit[0]
        assert "articles" not in [s for s in plans if "count(" in s[0].lower()][0][0]
        return plans
    # totals the rollup holds (revision 0006) are read from it, and no statement reads the
    # events without an index
    for f in ({"type": "battles"}, {"type": "air/drone strike"}, {"country": "SYRIA"}, {"admin1": "idleb"},
              {"country": "syria", "since": "2017-01-10", "until": "2017-03-20"}):
        plans = _plans(store, lambda: store.query_events(limit=20, **f))
        assert any("event_cells" in p for _, p in plans), (f, plans)
        assert not any(p.startswith("SCAN events") and "USING" not in p for _, p in plans), (f, plans)
    plan_of(lambda: store.query_events(actor="islamic", limit=20), ["ix_events_actor1", "ix_events_actor2"])
    plan_of(lambda: store.query_events(bbox="43,36,44,37", limit=20), ["ix_events_lon_lat"])
    plan_of(lambda: store.query_clusters(country="syria", limit=20), ["ix_clusters_lcountry"])
    # The page itself: no sort of the whole table, read in listing order from an index.
    for s, p in _plans(store, lambda: store.query_events(limit=20, offset=100)):
        if "LIMIT" in s and "count(" not in s.lower():
            assert "SCAN events USING INDEX ix_events_order" in p, p
    # the page's timeline: by country from the per-day rollup (revision 0006), never the events
    tl = _plans(store, lambda: store.counts_by_day(country="syria"))
    assert any("event_days" in p for _, p in tl) and not any("events " in p for _, p in tl), tl
    # a filter the rollup does not hold: from the events, through the filter's index
    tl = _plans(store, lambda: store.counts_by_day(admin1="idleb"))
    assert any("ix_events_ladmin1" in p for _, p in tl), tl


def test_store_at_revision_0001_is_upgraded_on_open(tmp_path):
    from store_fixtures import sqlite_at_revision
    db = tmp_path / "old.db"
    with sqlite_at_revision(db, "0001") as (eng, _):
        pass
    arts, evs = synthetic_rows(60)

    class Old:  # what insert_rows needs
        engine = eng
    insert_rows(Old, arts, evs)
    eng.dispose()
    st = open_store(str(db))
    con = sqlite3.connect(db)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0006"
    names = {r[0] for r in con.execute("SELECT name FROM actor_names")}
    con.close()
    assert names == {e[k] for e in evs for k in ("actor1", "actor2")} - {None}
    for f in ({"actor": "state"}, {"country": "syria", "type": "battles"}):
        assert [r["event_id"] for r in st.query_events(limit=None, **f)[0]] == reference_ids(evs, **f)
    st.close()


def test_many_connections_open_one_new_file_at_once(tmp_path):
    """Six threads open the same new SQLite file at the same moment, eighty times over:
    every one opens it (the WAL switch that SQLite refuses to all but one is retried)."""
    import threading
    failures = []
    for i in range(80):
        path = tmp_path / f"s{i}.db"
        barrier = threading.Barrier(6)

        def open_once() -> None:
            barrier.wait()
            try:
                open_store(f"sqlite:///{path}").close()
            except Exception as e:   # noqa: BLE001 - collected and reported below
                failures.append(repr(e))
        threads = [threading.Thread(target=open_once) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert failures == []
