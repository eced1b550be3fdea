"""The README's examples are real: the sample record has the fields ``hadath extract`` writes
and points into the example article; the table is the one ``write_table`` prints for it;
the sample gold line is in the format ``hadath evaluate`` and the reference scorer read."""
from __future__ import annotations

import json
import re
from pathlib import Path

from hadath.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLE = (ROOT / "hadath" / "examples" / "example_ar.txt").read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    """Bodies of the README's fenced code blocks opened with ```LANG."""
    out, cur, kind = [], None, None
    for line in README.splitlines():
        if line.startswith("```"):
            if cur is None:
                cur, kind = [], line[3:].strip()
            else:
                if kind == lang:
                    out.append("\n".join(cur))
                cur = None
        elif cur is not None:
            cur.append(line)
    return out


def _record() -> dict:
    recs = [json.loads(b) for b in _blocks("json") if b.lstrip().startswith('{\n  "doc_id"')]
    assert len(recs) == 1
    return recs[0]


def test_sample_record_has_the_fields_extract_writes(tmp_path, capsys):
    out = tmp_path / "ex.jsonl"
    assert main(["extract", str(ROOT / "hadath/examples/example_ar.txt"), "--published", "2018-11-20",
                 "--format", "jsonl", "-o", str(out), "-q"]) == 0
    real = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert real, "the example article gives no event"
    rec = _record()
    assert list(rec) == list(real[0])                      # same fields, same order
    assert rec["doc_id"] == "example_ar"
    (a, b), = rec["evidence"]
    sentence = EXAMPLE[a:b]
    assert sentence == EXAMPLE.splitlines()[0]             # "characters 0-168 are its first sentence"
    assert rec["location_text"] in sentence
    (ta, tb), = rec["triggers"]
    assert EXAMPLE[ta:tb] == "اشتباكات"
    assert f"characters\n{a}-{b}" in README or f"characters {a}-{b}" in README


def test_sample_table_is_what_write_table_prints():
    table = next(b for b in _blocks("") if b.startswith("== example_ar"))
    m = re.match(r"== example_ar \(2018-11-20\): (\d+) event\(s\)$", table.splitlines()[0])
    assert m and int(m[1]) == len(re.findall(r"^\d+\. ", table, re.M))
    for span in re.findall(r"evidence  \[(\d+):(\d+)\] (.*)$", table, re.M):
        assert EXAMPLE[int(span[0]):int(span[1])] == span[2]
    rec = _record()
    assert f"1. {rec['event_type']} / {rec['sub_event_type']}" in table


def test_sample_gold_line_is_scored(tmp_path, capsys):
    line = next(b for b in _blocks("json") if b.startswith('{"id": "my-1"'))
    gold = json.loads(line)
    assert {"id", "published", "text", "events"} <= set(gold)
    for ev in gold["events"]:
        (a, b), = ev["evidence"]
        assert 0 <= a < b <= len(gold["text"])
    g = tmp_path / "my_gold.jsonl"
    g.write_text(line + "\n", encoding="utf-8")
    # The gold events themselves, as predictions: the format is read and every field matches.
    p = tmp_path / "pred.jsonl"
    p.write_text("".join(json.dumps(dict(ev, doc_id=gold["id"]), ensure_ascii=False) + "\n"
                         for ev in gold["events"]), encoding="utf-8")
    capsys.readouterr()
    assert main(["evaluate", str(g), "--predictions", str(p), "--figures-only"]) == 0
    out = capsys.readouterr().out
    assert "documents 1  gold 1  predicted 1  matched 1" in out
    assert "F1 1.000" in out
