"""One bad item never stops a run: whatever goes wrong while reading, parsing or coding one
item of ``hadath extract`` or ``hadath ingest`` is reported with its path (or line) and a
reason, every good item is still coded, and the exit code is the documented one."""
from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

import hadath.coder
import hadath.io.html
import hadath.io.readers
from hadath.cli import main
from hadath.io.readers import read_inputs
from hadath.types import Event

AR1 = ('وقالت مصادر محلية إن اشتباكات عنيفة دارت بين "قوات سورية الديمقراطية" و"داعش" اليوم '
       'في أطراف الجيب المحاصر بناحية الباغوز، ما أدى إلى وقوع قتلى وجرحى من الطرفين.')
AR2 = ('وأوضحت المصادر أن طيران التحالف الدولي شن خمس غارات على الأقل اليوم استهدف بها مناطق '
       'ضمن الجيب المحاصر، مشيرة إلى مقتل ثلاثة من عناصر قسد جراء إصابتهم بصاروخ موجه.')
AR3 = "واعتقلت قوات الأمن ثلاثة أشخاص في مدينة الرقة اليوم بتهمة الانتماء إلى خلية نائمة."
PAGE = (f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{{title}}</title></head>'
        f'<body><article><h1>{{title}}</h1><p>{AR1}</p><p>{AR3}</p><p>{AR2}</p></article></body></html>')
CRASH_MARK = "خبر يعطل المحلل"        # an article holding this makes the coder raise
BOOM = "قنبلة المحلل"                 # a page holding this makes the HTML parser raise


def _mixed_dir(root: Path) -> Path:
    """Good items, one of each kind, and bad ones of every sort, in one directory tree."""
    d = root / "in"
    (d / "pages").mkdir(parents=True)
    (d / "a_good.txt").write_text(AR1 + "\n" + AR2, encoding="utf-8")
    (d / "pages" / "good.html").write_text(PAGE.format(title="اشتباكات في الباغوز"), encoding="utf-8")
    # broken HTML: cut off in the middle of the markup, with no article text in it
    (d / "pages" / "broken.html").write_text('<!DOCTYPE html><html><head><title>x</title></head><body><div cla',
                                             encoding="utf-8")
    # a page the HTML parser raises on (see the monkeypatch in the tests)
    (d / "pages" / "raises.html").write_text(PAGE.format(title=BOOM), encoding="utf-8")
    rows = [{"id": "r1", "text": AR3, "published": "2019-03-13"},
            {"id": "r2", "text": AR2 + " " + CRASH_MARK, "published": "2019-03-13"},
            {"id": "r3", "text": AR1, "published": "2019-03-14"}]
    (d / "rows.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows[:2])
                                  + "\n{not json\n" + json.dumps(rows[2], ensure_ascii=False) + "\n",
                                  encoding="utf-8")
    (d / "z_last.txt").write_text(AR3, encoding="utf-8")
    return d


GOOD_IDS = {"a_good", "pages/good", "r1", "r3", "z_last"}


@pytest.fixture()
def bad_parser_and_coder(monkeypatch):
    """The HTML parser raises (an unexpected error, not 'no text') on one page, and the coder
    raises on one article."""
    real_parse = hadath.io.html.parse_html

    def parse(data, url=None):
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        if BOOM in text:
            raise RuntimeError("parser exploded")
        return real_parse(data, url)

    def run(doc):
        # A stand-in coder (one event per article) keeps these tests about isolation, whatever
        # the real coder finds in these sentences.
        if CRASH_MARK in doc.text:
            raise ValueError("coder exploded")
        sp = doc.sentences[0]
        ev = Event("Battles", "Armed clash", event_date=doc.published, evidence=[[sp.start, sp.end]])
        ev.doc_id = doc.id
        ev.assign_id()
        doc.events.append(ev)
    monkeypatch.setattr(hadath.io.html, "parse_html", parse)
    monkeypatch.setattr(hadath.coder, "run", run)


def test_extract_codes_every_good_item_and_reports_each_bad_one(tmp_path, capsys, bad_parser_and_coder):
    d = _mixed_dir(tmp_path)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    rc = main(["extract", str(d), "-o", str(out), "--errors", str(errors), "--workers", "1"])
    err = capsys.readouterr().err
    assert rc == 0, err
    assert "Traceback" not in err
    events = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert {e["doc_id"] for e in events} == GOOD_IDS, err        # every good item coded
    reasons = {r["source"]: r["reason"] for r in map(json.loads, errors.read_text(encoding="utf-8").splitlines())}
    assert set(reasons) == {str(d / "pages" / "broken.html"), str(d / "pages" / "raises.html"),
                            f"{d / 'rows.jsonl'}:2", f"{d / 'rows.jsonl'}:3"}
    assert reasons[str(d / "pages" / "broken.html")] == "no article text found in the HTML page"
    assert reasons[str(d / "pages" / "raises.html")] == \
        "HTML page could not be parsed (RuntimeError: parser exploded)"
    assert reasons[f"{d / 'rows.jsonl'}:2"] == "internal error: ValueError: coder exploded"
    assert reasons[f"{d / 'rows.jsonl'}:3"].startswith("malformed JSON")
    assert "5 article(s) coded" in err and "4 skipped" in err
    for src in reasons:
        assert f"skipped {src}: " in err


def test_ingest_stores_every_good_item_and_reports_each_bad_one(tmp_path, capsys, bad_parser_and_coder):
    d = _mixed_dir(tmp_path)
    db = tmp_path / "ev.db"
    rc = main(["ingest", str(d), "--db", str(db)])
    err = capsys.readouterr().err
    assert rc == 0, err
    assert "Traceback" not in err
    assert "5 ingested" in err and "4 skipped" in err, err
    con = sqlite3.connect(db)
    assert {r[0] for r in con.execute("select id from articles")} == GOOD_IDS
    con.close()
    assert f"{d / 'pages' / 'raises.html'}: HTML page could not be parsed (RuntimeError: parser exploded)" in err
    assert f"{d / 'rows.jsonl'}:2: internal error: ValueError: coder exploded" in err
    assert f"{d / 'pages' / 'broken.html'}: no article text found" in err
    assert f"{d / 'rows.jsonl'}:3: malformed JSON" in err


def test_html_reader_that_cannot_load_is_a_skip_not_the_end(tmp_path, monkeypatch, capsys):
    """What a newcomer hit: the HTML library fails to import (lxml.html.clean missing). Each page
    is reported with the reason; the articles after it are still coded and stored."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.html").write_text(PAGE.format(title="خبر"), encoding="utf-8")
    (d / "b.jsonl").write_text("".join(json.dumps({"id": f"n{i}", "text": f"{AR3} الخبر رقم {i}.",
                                                   "published": "2019-03-13"}, ensure_ascii=False) + "\n"
                                       for i in range(30)), encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)          # 'import trafilatura' raises ImportError
    db = tmp_path / "ev.db"
    rc = main(["ingest", str(d), "--db", str(db), "-q"])
    err = capsys.readouterr().err
    assert rc == 0 and "30 ingested" in err and "1 skipped" in err, err
    why = "HTML page could not be parsed (ModuleNotFoundError: import of trafilatura halted"
    assert f"{d / 'a.html'}: {why}" in err
    # One HTML file alone: no traceback, a reason, and exit code 1 (nothing could be read).
    rc = main(["extract", str(d / "a.html"), "--workers", "1"])
    err = capsys.readouterr().err
    assert rc == 1 and "Traceback" not in err
    assert f"skipped {d / 'a.html'}: {why}" in err
    assert "nothing could be read" in err


def test_a_reader_failing_mid_file_loses_only_the_rest_of_that_file(tmp_path, monkeypatch):
    """An unexpected error inside a reader ends that file with a reason naming the last item
    read; earlier items of the file and every later file are still read."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.jsonl").write_text("".join(json.dumps({"id": f"a{i}", "text": AR3}, ensure_ascii=False) + "\n"
                                       for i in range(4)), encoding="utf-8")
    (d / "b.txt").write_text(AR1, encoding="utf-8")
    real = hadath.io.readers._row_item

    def row_item(row, src, *a):
        if row.get("id") == "a2":
            raise MemoryError("out of memory")
        return real(row, src, *a)
    monkeypatch.setattr(hadath.io.readers, "_row_item", row_item)
    its = list(read_inputs([str(d)]))
    assert [(i.source, i.article["id"] if i.article else None) for i in its] == [
        (f"{d / 'a.jsonl'}:1", "a0"), (f"{d / 'a.jsonl'}:2", "a1"), (str(d / "a.jsonl"), None),
        (str(d / "b.txt"), "b")]
    assert its[2].error == f"could not be read after {d / 'a.jsonl'}:2 (MemoryError: out of memory)"


def test_unlistable_and_odd_paths_are_reported(tmp_path):
    long = tmp_path / ("x" * 300 + ".txt")                          # a name too long for the file system
    (tmp_path / "ok.txt").write_text(AR1, encoding="utf-8")
    its = list(read_inputs([str(long), str(tmp_path / "ok.txt")]))
    assert its[0].article is None and its[0].source == str(long) and its[0].error
    assert its[1].article["id"] == "ok"


def test_ingest_summarises_duplicates(tmp_path, capsys):
    src = tmp_path / "dups.jsonl"
    rows = [{"id": f"d{i}", "text": AR3, "published": "2019-03-13"} for i in range(9)]
    rows.append({"id": "other", "text": AR1, "published": "2019-03-13"})
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    rc = main(["ingest", str(src), "--db", str(tmp_path / "d.db")])
    err = capsys.readouterr().err
    assert rc == 0
    assert "2 ingested, 0 updated, 0 unchanged, 8 duplicate(s)" in err, err
    lines = [ln for ln in err.splitlines() if "duplicate" in ln]
    assert len(lines) == 2, err                                   # the totals and one summary line
    assert lines[1] == (f"  8 duplicate(s) not stored again, same text and date as a stored article: "
                        + ", ".join(f"{src}:{i + 1} (= d0)" for i in range(1, 6)) + " and 3 more")
