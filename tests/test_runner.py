"""The batch runner: same output with 1 and 2 workers, input order, error collection, progress."""
from __future__ import annotations

import io
import json
import multiprocessing as mp
from pathlib import Path

import pytest

import hadath.coder
from hadath.cli import main
from hadath.io.readers import Item
from hadath.io.runner import CRASH, LANGUAGE, OK, REFUSED, UNREADABLE, Progress, run_items
from hadath.types import Event

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora" / "ant_news.jsonl"

SENTS = ["قالت مصادر محلية إن اشتباكات عنيفة دارت اليوم في مدينة حلب بين فصائل المعارضة وقوات النظام.",
         "وشن طيران التحالف الدولي خمس غارات على مواقع لتنظيم داعش في ريف دير الزور الشرقي.",
         "واعتقلت قوات الأمن ثلاثة أشخاص في مدينة الرقة بتهمة الانتماء إلى خلية نائمة.",
         "وخرج المئات في مظاهرة سلمية وسط مدينة إدلب للمطالبة بالإفراج عن المعتقلين."]
fork_only = pytest.mark.skipif(mp.get_start_method(allow_none=False) != "fork",
                               reason="the stand-in coder reaches workers only when they are forked")


def _articles(n: int) -> list[dict]:
    """n distinct Arabic articles of varied length (so chunks finish out of order)."""
    out = []
    for i in range(n):
        k = 1 + (i * 7) % 13
        text = "\n".join(SENTS[(i + j) % len(SENTS)] for j in range(k)) + f"\nالخبر رقم {i}."
        out.append({"id": f"a{i:03d}", "text": text, "published": f"2019-03-{1 + i % 28:02d}"})
    return out


def _standin_coder(doc) -> None:
    """A deterministic coder: one event per sentence holding 'مدينة', numbered, evidence = the sentence."""
    for k, sp in enumerate(doc.sentences):
        s = doc.text[sp.start:sp.end]
        if "مدينة" in s:
            ev = Event("Battles", "Armed clash", event_date=doc.published, fatalities=k,
                       location_text=s.split("مدينة", 1)[1].split()[0], evidence=[[sp.start, sp.end]])
            ev.doc_id = doc.id
            ev.assign_id()
            doc.events.append(ev)
    if "رقم 13." in doc.text:
        raise RuntimeError("stand-in coder fails on article 13")


def _write_jsonl(path: Path, rows: list, extra_lines: list[str] = ()) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    for pos, line in extra_lines:
        lines.insert(pos, line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _run(tmp_path: Path, inp: Path, workers: int, tag: str) -> tuple[bytes, list[dict]]:
    out = tmp_path / f"out{tag}.jsonl"
    errs = tmp_path / f"err{tag}.jsonl"
    rc = main(["extract", str(inp), "-o", str(out), "--format", "jsonl", "--workers", str(workers),
               "--errors", str(errs), "-q", "--chunk-size", "3"])
    assert rc == 0
    return out.read_bytes(), [json.loads(x) for x in errs.read_text(encoding="utf-8").splitlines()]


@fork_only
def test_two_workers_same_bytes_and_order_as_one(tmp_path, monkeypatch):
    monkeypatch.setattr(hadath.coder, "run", _standin_coder)
    inp = tmp_path / "in.jsonl"
    _write_jsonl(inp, _articles(40), [(5, "{broken"), (20, "[1]")])
    one, err1 = _run(tmp_path, inp, 1, "1")
    two, err2 = _run(tmp_path, inp, 2, "2")
    assert one == two
    rows = [json.loads(x) for x in one.decode("utf-8").splitlines()]
    ids = [r["doc_id"] for r in rows]
    assert len(rows) > 40
    assert ids == sorted(ids)                     # input order (ids are numbered in input order)
    assert "a013" not in ids                      # the failing article is skipped, the others coded
    assert err1 == err2
    assert [e["source"] for e in err1] == [f"{inp}:6", f"{inp}:15", f"{inp}:21"]
    assert err1[0]["reason"].startswith("malformed JSON")
    assert err1[1]["reason"] == "internal error: RuntimeError: stand-in coder fails on article 13"
    assert err1[2]["reason"] == "JSON value is an array, not an article object"


def test_two_workers_same_bytes_with_the_real_coder(tmp_path):
    inp = tmp_path / "corpus.jsonl"
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as f:
            rows = [json.loads(next(f)) for _ in range(300)]
    else:
        rows = _articles(60)
    _write_jsonl(inp, rows)
    one, err1 = _run(tmp_path, inp, 1, "1")
    two, err2 = _run(tmp_path, inp, 2, "2")
    assert one == two and err1 == err2
    seen = [json.loads(x)["doc_id"] for x in one.decode("utf-8").splitlines()]
    order = [r["id"] for r in rows]
    assert [d for d in order if d in set(seen)] == list(dict.fromkeys(seen))   # input order


@pytest.mark.parametrize("workers", [1, 2])
def test_run_items_order_and_kinds(workers):
    arts = _articles(12)
    items = [Item(a["id"], article=a) for a in arts]
    items.insert(3, Item("bad.txt", error="binary file (NUL bytes)"))
    items.insert(7, Item("en.txt", article={"id": "en", "text": "Clashes broke out today in the city "
                                            "between the army and rebel groups, local sources said."}))
    items.insert(9, Item("big", article={"id": "big", "text": SENTS[0], "published": "12/03/2019"}))
    res = list(run_items(items, workers=workers, chunksize=2))
    assert [r.source for r in res] == [i.source for i in items]
    kinds = {r.source: r.kind for r in res}
    assert kinds["bad.txt"] == UNREADABLE and kinds["en.txt"] == LANGUAGE and kinds["big"] == REFUSED
    assert [r.kind for r in res if r.source.startswith("a")] == [OK] * 12
    assert all(r.doc.id == r.source for r in res if r.kind == OK)
    assert "not an ISO date" in next(r.error for r in res if r.source == "big")


def test_crash_kind_in_process(monkeypatch):
    monkeypatch.setattr(hadath.coder, "run", _standin_coder)
    res = list(run_items([Item(a["id"], article=a) for a in _articles(15)], workers=1))
    assert [r.kind for r in res].count(CRASH) == 1 and res[13].kind == CRASH


def test_progress_plain_lines_when_not_a_terminal():
    buf = io.StringIO()
    p = Progress(stream=buf, every=5, seconds=1e9, label="t")
    for n in range(1, 13):
        p.update(n, 2 * n, 0)
    p.done()
    lines = buf.getvalue().splitlines()
    assert len(lines) == 2 and lines[0].startswith("t: 5 articles") and "10 events" in lines[0]
    assert "\r" not in buf.getvalue()
    quiet = io.StringIO()
    q = Progress(stream=quiet, quiet=True, every=1)
    q.update(10, 1, 1)
    assert quiet.getvalue() == ""


class _Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


def test_progress_plain_lines_give_percent_and_time_left():
    """Not on a terminal: a plain line every `seconds`, with percent done and time left
    from the bytes of input done."""
    buf, clock = io.StringIO(), _Clock()
    p = Progress(stream=buf, seconds=10, label="t", total=4000, clock=clock)
    clock.t = 5
    p.update(1, 3, 0, 500)                        # under 10 s since the start: no line
    assert buf.getvalue() == ""
    clock.t = 10
    p.update(4, 7, 1, 1000)                       # a quarter done in 10 s: 30 s left
    clock.t = 15
    p.update(6, 9, 1, 1500)                       # 5 s since the last line: none
    p.done()
    lines = buf.getvalue().splitlines()
    assert lines == ["t: 5 articles (25% of 4.0 kB), 0.5/s, 7 events, 1 skipped, 10 s elapsed, "
                     "about 30 s left"], lines
    # Size unknown (standard input): the same line without percent or time left.
    buf2 = io.StringIO()
    p2 = Progress(stream=buf2, seconds=0, label="t", clock=clock)
    p2.update(2, 0, 0, 100)
    assert "%" not in buf2.getvalue() and "left" not in buf2.getvalue() and "2 articles" in buf2.getvalue()


def test_progress_in_place_on_a_terminal():
    class Tty(io.StringIO):
        def isatty(self):
            return True
    buf = Tty()
    p = Progress(stream=buf, total=1000)
    p.last -= 1                                   # as if the last refresh were a second ago
    p.update(3, 1, 2, 500)
    p.done()
    s = buf.getvalue()
    assert "50%" in s and "5 articles, 1 events, 2 skipped" in s, s     # tqdm's bar, with our counts
    assert "\r" in s and "\n" not in s                                  # rewritten in place
    # Size unknown: a count without a percentage.
    buf = Tty()
    p = Progress(stream=buf)
    p.last -= 1
    p.update(3, 1, 2)
    p.done()
    assert "5 articles" in buf.getvalue() and "%" not in buf.getvalue()


def test_extract_progress_goes_to_stderr_with_percent(tmp_path, monkeypatch, capsys):
    """A run's progress lines are on standard error and say how far it is; standard output
    holds the records only (the same bytes as a quiet run)."""
    import hadath.io.runner as runner
    monkeypatch.setattr(hadath.coder, "run", _standin_coder)
    inp = tmp_path / "in.jsonl"
    _write_jsonl(inp, _articles(12))
    assert main(["extract", str(inp), "--format", "jsonl", "--workers", "1", "-q"]) == 0
    quiet = capsys.readouterr()
    assert quiet.err == ""
    monkeypatch.setattr(runner, "PROGRESS_SECONDS", 0.0)          # a line at every article
    assert main(["extract", str(inp), "--format", "jsonl", "--workers", "1"]) == 0
    loud = capsys.readouterr()
    assert loud.out == quiet.out
    lines = [ln for ln in loud.err.splitlines() if ln.startswith("hadath extract: ") and "elapsed" in ln]
    assert len(lines) == 12, loud.err
    assert lines[-1].startswith("hadath extract: 12 articles (100% of ")
    pct = [int(ln.split("(")[1].split("%")[0]) for ln in lines]
    assert pct == sorted(pct) and pct[0] < 100


def test_output_flushed_per_article(tmp_path, monkeypatch):
    """Each article's events are on disk before the next article is coded."""
    monkeypatch.setattr(hadath.coder, "run", _standin_coder)
    inp = tmp_path / "in.jsonl"
    _write_jsonl(inp, _articles(6))
    out = tmp_path / "o.jsonl"
    sizes = []
    real = hadath.coder.run

    def spy(doc):
        sizes.append(out.stat().st_size if out.exists() else 0)
        real(doc)
    monkeypatch.setattr(hadath.coder, "run", spy)
    assert main(["extract", str(inp), "-o", str(out), "--workers", "1", "-q"]) == 0
    sizes = sizes[1:]                             # before article 1 the file is empty anyway
    assert sizes == sorted(sizes) and len(set(sizes)) >= 4


@fork_only
def test_worker_death_is_reported_and_the_run_goes_on(monkeypatch):
    import os

    def killer(doc):
        if "رقم 9." in doc.text and doc.id != "warm-up":
            os._exit(3)                           # what a segfault or the OOM killer looks like
        _standin_coder(doc) if "رقم 13." not in doc.text else None
    monkeypatch.setattr(hadath.coder, "run", killer)
    arts = _articles(30)
    res = list(run_items([Item(a["id"], article=a) for a in arts], workers=2, chunksize=4))
    assert [r.source for r in res] == [a["id"] for a in arts]
    assert [r.source for r in res if r.kind == CRASH] == ["a009"]
    assert "worker process died" in res[9].error
    assert all(r.kind == OK for r in res if r.source != "a009")


def test_same_bytes_across_processes_with_different_hash_seeds(tmp_path):
    """Workers are separate interpreters (with 'spawn', each has its own hash seed): output must
    not depend on set or dict ordering that changes with the seed."""
    import os
    import subprocess
    import sys
    inp = tmp_path / "corpus.jsonl"
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as f:
            rows = [json.loads(next(f)) for _ in range(200)]
    else:
        rows = _articles(60)
    _write_jsonl(inp, rows)
    outs = []
    for seed, workers in (("1", "1"), ("2", "2"), ("3", "1")):
        out = tmp_path / f"o{seed}.jsonl"
        subprocess.run([sys.executable, "-m", "hadath", "extract", str(inp), "-o", str(out), "-q",
                        "--workers", workers], check=True, env=dict(os.environ, PYTHONHASHSEED=seed))
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]
