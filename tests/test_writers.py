"""Output formats: JSONL records, ACLED-style CSV, the readable table."""
import csv
import io
import json

import hadath
from hadath.io.writers import ACLED_COLUMNS, CsvWriter, write_jsonl, write_table
from hadath.types import EVENT_FIELDS

TEXT = ('قالت مصادر محلية إن اشتباكات عنيفة دارت اليوم بين "قوات سوريا الديمقراطية" وتنظيم "داعش" '
        'في محيط بلدة هجين، ما أدى إلى مقتل خمسة من عناصر التنظيم.')


def doc():
    return hadath.extract(TEXT, "2018-11-20", doc_id="a1", outlet="مثال")


def test_jsonl_has_every_field_and_offsets():
    buf = io.StringIO()
    assert write_jsonl(doc(), buf) == 1
    rec = json.loads(buf.getvalue())
    for f in EVENT_FIELDS:
        assert f in rec
    assert rec["doc_id"] == "a1" and len(rec["event_id"]) == 16
    a, b = rec["evidence"][0]
    assert TEXT[a:b].startswith("قالت مصادر محلية")
    assert rec["event_type"] == "Battles" and rec["fatalities"] == 5


def test_csv_uses_acled_column_names_in_order():
    buf = io.StringIO()
    w = CsvWriter(buf)
    w.write(doc())
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    header = rows[0]
    assert header[:len(ACLED_COLUMNS)] == [c for c, _ in ACLED_COLUMNS]
    assert header[:5] == ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type"]
    row = dict(zip(header, rows[1]))
    assert row["actor1"] in ("Syrian Democratic Forces", "Islamic State")
    assert row["source"] == "مثال" and "اشتباكات" in row["evidence_text"]
    assert row["notes"].startswith("On ") and " clashed with " in row["notes"]


def test_table_shows_arabic_evidence():
    buf = io.StringIO()
    write_table(doc(), buf)
    out = buf.getvalue()
    assert "Battles / Armed clash" in out and "evidence" in out and "اشتباكات عنيفة" in out
