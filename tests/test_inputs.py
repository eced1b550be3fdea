"""Input kinds and bad input: what ``read_inputs`` makes of each, and what ``hadath extract`` reports."""
from __future__ import annotations

import gzip
import json
import socket
from pathlib import Path

import pytest

from hadath.cli import main
from hadath.io import lang
from hadath.io.readers import NotText, clean_date, decode_bytes, read_inputs
from hadath.pipeline import MAX_CHARS

AR1 = ('وقالت مصادر محلية إن اشتباكات عنيفة دارت بين "قوات سورية الديمقراطية" و"داعش" اليوم '
       'في أطراف الجيب المحاصر بناحية الباغوز، ما أدى إلى وقوع قتلى وجرحى من الطرفين.')
AR2 = ('وأوضحت المصادر أن طيران التحالف الدولي شن خمس غارات على الأقل اليوم استهدف بها مناطق '
       'ضمن الجيب المحاصر، مشيرة إلى مقتل ثلاثة من عناصر قسد جراء إصابتهم بصاروخ موجه.')
EN = ("Local sources said violent clashes broke out today between the Syrian Democratic Forces "
      "and the Islamic State on the outskirts of the besieged pocket in Baghuz.")

HTML = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>اشتباكات في الباغوز | العربي الجديد</title>
<meta property="og:site_name" content="العربي الجديد">
<meta property="article:published_time" content="2019-03-12T09:30:00+03:00">
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/syria">سورية</a></nav>
<article><h1>اشتباكات في الباغوز</h1><p>{AR1}</p><p>{AR2}</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>وكالة الأنباء</title><link>https://example.org</link>
<item><title>اشتباكات في الباغوز</title><link>https://example.org/1</link><guid>item-1</guid>
<pubDate>Tue, 12 Mar 2019 01:30:00 +0300</pubDate>
<description>&lt;p&gt;{AR1}&lt;/p&gt;</description></item>
<item><title>غارات للتحالف</title><link>https://example.org/2</link><guid>item-2</guid>
<pubDate>Wed, 13 Mar 2019 10:00:00 GMT</pubDate>
<description><![CDATA[<div><b>{AR2}</b></div>]]></description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع إخباري</title>
<entry><id>tag:x,1</id><title>خبر</title><updated>2019-03-14T23:10:00+03:00</updated>
<content type="html">&lt;p&gt;{AR2}&lt;/p&gt;</content></entry></feed>"""


def items(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def arts(its):
    return [i.article for i in its if i.article is not None]


def errs(its):
    return {Path(i.source.split(":")[0]).name if ":" in i.source else Path(i.source).name: i.error
            for i in its if i.error}


def test_html_page_text_date_title_outlet(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    [it] = items(p)
    a = it.article
    assert it.error is None
    assert AR1 in a["text"] and AR2 in a["text"]
    assert "الرئيسية" not in a["text"] and "جميع الحقوق" not in a["text"]   # boilerplate dropped
    assert not a["text"].startswith("اشتباكات في الباغوز\n")               # heading not kept twice
    assert a["published"] == "2019-03-12"
    assert a["outlet"] == "العربي الجديد"
    assert a["title"].startswith("اشتباكات في الباغوز")
    assert a["id"] == "page"


def test_html_without_date_uses_published_option_then_undated(tmp_path):
    p = tmp_path / "nodate.htm"
    p.write_text(f"<html><body><article><p>{AR1}</p><p>{AR2}</p></article></body></html>", encoding="utf-8")
    assert arts(items(p, published="2020-05-01"))[0]["published"] == "2020-05-01"
    assert arts(items(p))[0]["published"] is None


def test_malformed_html_is_read_or_reported(tmp_path):
    good = tmp_path / "broken.html"
    good.write_text(f"<html><body><div><p>{AR1} <b>{AR2}<i></div></span></p>", encoding="utf-8")
    [it] = items(good)
    assert it.article and AR1 in it.article["text"]
    empty = tmp_path / "nav.html"
    empty.write_text("<html><body><nav></nav></body></html>", encoding="utf-8")
    [it] = items(empty)
    assert it.article is None and "no article text" in it.error


def test_rss_feed_two_items(tmp_path):
    p = tmp_path / "feed.rss"
    p.write_text(RSS, encoding="utf-8")
    its = items(p)
    a = arts(its)
    assert [x["id"] for x in a] == ["item-1", "item-2"]
    assert a[0]["text"] == AR1 and a[1]["text"] == AR2          # HTML stripped, entities decoded
    assert a[0]["published"] == "2019-03-12"                    # the outlet's local date, not UTC
    assert a[1]["published"] == "2019-03-13"
    assert a[0]["outlet"] == "وكالة الأنباء"
    assert a[0]["url"] == "https://example.org/1"
    assert [i.source for i in its] == [f"{p}#1", f"{p}#2"]


def test_atom_feed_sniffed_without_suffix(tmp_path):
    p = tmp_path / "feed_download"
    p.write_text(ATOM, encoding="utf-8")
    [a] = arts(items(p))
    assert a["text"] == AR2 and a["published"] == "2019-03-14" and a["outlet"] == "موقع إخباري"


def test_xml_that_is_not_a_feed(tmp_path):
    p = tmp_path / "data.xml"
    p.write_text('<?xml version="1.0"?><root><a>1</a></root>', encoding="utf-8")
    [it] = items(p)
    assert it.article is None and "not an RSS or Atom feed" in it.error


def test_jsonl_gz(tmp_path):
    p = tmp_path / "corpus.jsonl.gz"
    rows = [{"id": "a", "text": AR1, "published": "2019-03-12T08:00:00"}, {"text": AR2}]
    with gzip.open(p, "wt", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    a = arts(items(p, outlet="X"))
    assert [x["id"] for x in a] == ["a", "corpus:2"]
    assert a[0]["published"] == "2019-03-12" and a[1]["published"] is None
    assert a[0]["outlet"] == "X"


def test_truncated_gzip_keeps_earlier_lines(tmp_path):
    p = tmp_path / "cut.jsonl.gz"
    body = "".join(json.dumps({"id": f"r{i}", "text": AR1 + f" {i}" * 50}, ensure_ascii=False) + "\n"
                   for i in range(200))
    data = gzip.compress(body.encode("utf-8"))
    p.write_bytes(data[: len(data) * 2 // 3])
    its = items(p)
    assert 0 < len(arts(its)) < 200
    assert its[-1].article is None and "truncated or corrupt gzip" in its[-1].error


def test_jsonl_bad_lines(tmp_path):
    p = tmp_path / "mixed.jsonl"
    lines = [json.dumps({"id": "ok1", "text": AR1}, ensure_ascii=False), "[1, 2]", '"just a string"',
             json.dumps({"id": "notext", "title": "x"}), "", json.dumps({"id": "ok2", "text": AR2},
                                                                       ensure_ascii=False),
             '{"id": "cut", "text": "قالت مصا']
    p.write_text("\n".join(lines), encoding="utf-8")
    its = items(p)
    assert [a["id"] for a in arts(its)] == ["ok1", "ok2"]
    bad = {i.source: i.error for i in its if i.error}
    assert bad[f"{p}:2"] == "JSON value is an array, not an article object"
    assert bad[f"{p}:3"] == "JSON value is a string, not an article object"
    assert bad[f"{p}:4"] == "JSON object without a 'text' string"
    assert bad[f"{p}:7"].startswith("malformed JSON") and "truncated last line" in bad[f"{p}:7"]


def test_directory_tree_recursive_sorted(tmp_path):
    d = tmp_path / "in"
    (d / "b" / "c").mkdir(parents=True)
    (d / ".hidden").mkdir()
    (d / "b" / "c" / "z.txt").write_text(AR2, encoding="utf-8")
    (d / "a.txt").write_text(AR1, encoding="utf-8")
    (d / "b" / "feed.xml").write_text(RSS, encoding="utf-8")
    (d / ".hidden" / "x.txt").write_text(AR1, encoding="utf-8")
    (d / "notes.md").write_text("ignored", encoding="utf-8")
    a = arts(items(d))
    assert [x["id"] for x in a] == ["a", "b/c/z", "item-1", "item-2"]   # b/c/z.txt < b/feed.xml


def test_cp1256_text_file_decoded(tmp_path):
    p = tmp_path / "win.txt"
    p.write_bytes(AR1.replace('"', "").encode("cp1256"))
    [a] = arts(items(p))
    assert a["text"] == AR1.replace('"', "")


def test_encoding_detection_utf8_vs_cp1256():
    for text in (AR1, AR2, "حلب", "قتل 3 مدنيين في غارة على إدلب"):
        assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
        assert decode_bytes(text.encode("cp1256")) == (text, "cp1256")
    assert decode_bytes(b"\xef\xbb\xbf" + AR1.encode("utf-8"))[0] == AR1
    assert decode_bytes(AR1.encode("utf-16")) == (AR1, "utf-16")
    with pytest.raises(NotText):
        decode_bytes(b"\xc0\x01\x02\x03" * 50)          # not UTF-8; cp1256 gives control characters
    with pytest.raises(NotText):
        decode_bytes("café crème brûlée".encode("latin-1"))  # not UTF-8; no Arabic letter in cp1256


def test_binary_empty_and_huge_files(tmp_path):
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "nul.txt").write_bytes(b"abc\x00\x01\x02" * 100)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_text("\n\n  \n", encoding="utf-8")
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:                      # a 50 MB single article
        chunk = (AR1 + "\n").encode("utf-8")
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            f.write(chunk)
    line = tmp_path / "bigline.jsonl"
    line.write_text(json.dumps({"id": "big", "text": "ا" * (MAX_CHARS + 1)}), encoding="utf-8")
    e = errs(items(tmp_path / "img.txt", tmp_path / "nul.txt", tmp_path / "empty.txt",
                   tmp_path / "blank.jsonl", big, line, tmp_path / "missing.txt"))
    assert e["img.txt"] == "binary file (a PNG image)"
    assert e["nul.txt"] == "binary file (NUL bytes)"
    assert e["empty.txt"] == "empty file"
    assert e["blank.jsonl"] == "empty file"
    assert "exceeds the limit" in e["big.txt"]
    assert "exceeds the limit" in e["bigline.jsonl"]
    assert e["missing.txt"] == "no such file"


def test_clean_date():
    assert clean_date("2019-03-12") == "2019-03-12"
    assert clean_date("2019/3/2 10:00") == "2019-03-02"
    assert clean_date("Tue, 12 Mar 2019 01:30:00 +0300") == "2019-03-12"
    assert clean_date("yesterday") is None and clean_date("") is None and clean_date("2019-02-30") is None


# --- the language check -----------------------------------------------------------------------

def test_language_detection_model_and_fallback():
    assert lang.detect(AR1).arabic and lang.detect(AR1).method == "fasttext-lite"
    r = lang.detect(EN)
    assert not r.arabic and r.lang == "en"
    fa = "این گزارش درباره درگیری‌های مسلحانه در شمال سوریه است که دیروز رخ داد و چند نفر کشته شدند"
    assert not lang.detect(fa).arabic                           # Arabic script, not Arabic
    assert lang.detect(AR1, use_model=False) .arabic
    assert lang.detect(EN, use_model=False).method == "script-ratio"
    assert not lang.detect(EN, use_model=False).arabic


def test_language_model_loads_without_network(monkeypatch):
    def no_net(*a, **k):
        raise OSError("network disabled in this test")
    monkeypatch.setattr(socket, "socket", no_net)
    monkeypatch.setattr(socket, "create_connection", no_net)
    monkeypatch.setattr(lang, "_detector", None)               # force a fresh load
    r = lang.detect(AR2)
    assert r.arabic and r.method == "fasttext-lite"
    assert lang.detect(EN).lang == "en"


# --- the command ------------------------------------------------------------------------------

def test_extract_command_reports_and_goes_on(tmp_path, capsys):
    (tmp_path / "ar.txt").write_text(AR1 + "\n" + AR2, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 50)
    (tmp_path / "rows.jsonl").write_text(json.dumps({"id": "r1", "text": AR2, "published": "2019-03-13"},
                                                    ensure_ascii=False) + "\n{bad\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"    # inside the input directory: must not be read back
    out = tmp_path / "out.jsonl"
    rc = main(["extract", str(tmp_path), "-o", str(out), "--errors", str(errors), "--workers", "1"])
    assert rc == 0
    err = capsys.readouterr().err
    assert "2 article(s) coded" in err
    assert "4 skipped (1 not Arabic, 3 unreadable)" in err
    assert "1 article(s) undated" in err                  # ar.txt: no date anywhere
    assert f"skipped {tmp_path / 'en.txt'}: not Arabic (detected en" in err
    rows = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    assert {r["source"]: r["reason"] for r in rows} == {
        str(tmp_path / "bin.txt"): "binary file (NUL bytes)",
        str(tmp_path / "empty.txt"): "empty file",
        str(tmp_path / "en.txt"): rows[2]["reason"],
        f"{tmp_path / 'rows.jsonl'}:2": rows[3]["reason"],
    }
    assert rows[2]["reason"].startswith("not Arabic") and rows[3]["reason"].startswith("malformed JSON")
    assert out.exists()


def test_extract_command_exit_code_when_nothing_readable(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00" * 100)
    assert main(["extract", str(tmp_path / "empty.txt"), str(tmp_path / "bin.txt"),
                 str(tmp_path / "nope.txt"), "--workers", "1", "--format", "jsonl"]) == 1
    assert "nothing could be read" in capsys.readouterr().err
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")      # read, then skipped: not a failure
    assert main(["extract", str(tmp_path / "en.txt"), "--workers", "1", "--format", "jsonl", "-q"]) == 0


def test_extract_quiet_prints_nothing_on_stderr(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(AR1, encoding="utf-8")
    (tmp_path / "e.txt").write_text("", encoding="utf-8")
    assert main(["extract", str(tmp_path), "-q", "--workers", "1", "--format", "jsonl"]) == 0
    assert capsys.readouterr().err == ""


def test_cp1256_html_and_feed(tmp_path):
    page = tmp_path / "win.html"
    page.write_bytes(HTML.replace('<meta charset="utf-8">',
                                  '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
                     .encode("cp1256"))
    [a] = arts(items(page))
    assert AR1 in a["text"] and a["published"] == "2019-03-12"
    feed = tmp_path / "win.rss"
    feed.write_bytes(RSS.replace('encoding="utf-8"', 'encoding="windows-1256"').encode("cp1256"))
    assert [x["text"] for x in arts(items(feed))] == [AR1, AR2]


def test_json_array_file(tmp_path):
    p = tmp_path / "batch.json"
    p.write_text(json.dumps([{"id": "j1", "text": AR1}, 7, {"text": AR2}], ensure_ascii=False), encoding="utf-8")
    its = items(p)
    assert [i.article["id"] if i.article else i.error for i in its] == [
        "j1", "JSON value is a number, not an article object", "batch:3"]
    assert [i.source for i in its] == [f"{p}[1]", f"{p}[2]", f"{p}[3]"]


def test_stdin_kind_is_sniffed(monkeypatch, tmp_path, capsys):
    import io
    import sys
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RSS.encode("utf-8"))))
    assert [a["id"] for a in arts(items("-"))] == ["item-1", "item-2"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(AR1.encode("cp1256"))))
    [a] = arts(items("-", published="2019-03-12"))
    assert a["text"] == AR1 and a["id"] == "stdin" and a["published"] == "2019-03-12"
