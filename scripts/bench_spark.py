"""Spark engine beside the local one on a corpus (issue 11).

    python scripts/bench_spark.py ../shared/data/corpora/ant_news.jsonl [--limit N] [--json]

Each run is a fresh process, timed from the command to the last record, JSON read
included:

- local, ``hadath extract CORPUS --workers 1`` and ``--workers 2`` (JSONL out to /dev/null);
- spark, ``hadath.spark.code`` on ``local[1]`` and ``local[2]`` from ``spark.read.json`` to a
  ``noop`` write (every article coded, nothing stored); the wall time includes the JVM's
  start, and the rate is also given without it (session start to last record).

Memory: peak resident set of the whole process tree (local), and for Spark the peak
of each Python worker (what an executor needs per core, beside the JVM) and of the JVM.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _children(pid: int) -> list[int]:
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                ppid = int(open(f"/proc/{d}/stat").read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            kids.setdefault(ppid, []).append(int(d))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        for c in kids.get(p, []):
            out.append(c)
            todo.append(c)
    return out


def _rss(pid: int) -> tuple[int, str]:
    try:
        with open(f"/proc/{pid}/status") as f:
            rss = next((int(ln.split()[1]) for ln in f if ln.startswith("VmRSS:")), 0)
        cmd = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return 0, ""
    return rss * 1024, cmd


class Sampler(threading.Thread):
    """Peak RSS of the process tree under ``pid``: total, each Python worker, the JVM."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.stop = pid, False
        self.total = self.worker = self.jvm = 0

    def run(self) -> None:
        while not self.stop:
            tot = 0
            for p in [self.pid, *_children(self.pid)]:
                r, cmd = _rss(p)
                tot += r
                if "java" in cmd.split(" ", 1)[0]:
                    self.jvm = max(self.jvm, r)
                elif "pyspark" in cmd and ("daemon" in cmd or "worker" in cmd):
                    self.worker = max(self.worker, r)
            self.total = max(self.total, tot)
            time.sleep(0.1)


def _spark_one(corpus: str, master: str) -> dict:
    """Runs inside the child process."""
    t0 = time.perf_counter()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from hadath import spark as hs
    s = hs.session(master, "hadath-bench")
    s.sparkContext.setLogLevel("ERROR")
    t1 = time.perf_counter()
    df = hs.read_articles(s, corpus)
    arts = hs.code(hs.spread(df))
    from pyspark.sql import functions as F
    row = arts.agg(F.count("*").alias("n"), F.sum(F.size("events")).alias("ev")).collect()[0]
    t2 = time.perf_counter()
    s.stop()
    return {"articles": row["n"], "events": row["ev"], "wall": t2 - t0, "session": t1 - t0, "run": t2 - t1}


def run_spark(corpus: str, master: str) -> dict:
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    with tempfile.TemporaryFile("w+") as out:
        p = subprocess.Popen([sys.executable, __file__, "--child", master, corpus], stdout=out,
                             stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        smp = Sampler(p.pid)
        smp.start()
        p.wait()
        smp.stop = True
        out.seek(0)
        res = json.loads(out.read().strip().splitlines()[-1])
    res.update(engine=f"spark {master}", rate=res["articles"] / res["wall"],
               rate_steady=res["articles"] / res["run"], peak_total=smp.total, peak_worker=smp.worker,
               peak_jvm=smp.jvm)
    return res


def run_local(corpus: str, workers: int) -> dict:
    n = sum(1 for ln in open(corpus, encoding="utf-8") if ln.strip())
    t = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-m", "hadath", "extract", corpus, "--workers", str(workers),
                          "--output", os.devnull, "--format", "jsonl", "-q"], cwd=ROOT)
    smp = Sampler(p.pid)
    smp.start()
    p.wait()
    smp.stop = True
    wall = time.perf_counter() - t
    return {"engine": f"local --workers {workers}", "articles": n, "wall": wall, "rate": n / wall,
            "peak_total": smp.total}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--limit", type=int, help="first N articles only (copied to a temporary file)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(_spark_one(a.corpus, a.child)))
        return 0
    corpus = a.corpus
    if a.limit:
        tmp = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")
        with open(a.corpus, encoding="utf-8") as f:
            for i, ln in enumerate(f):
                if i >= a.limit:
                    break
                tmp.write(ln)
        tmp.close()
        corpus = tmp.name
    rows = [run_local(corpus, 1), run_local(corpus, 2), run_spark(corpus, "local[1]"),
            run_spark(corpus, "local[2]")]
    if a.json:
        print(json.dumps(rows))
        return 0
    mib = 1 << 20
    print("| engine | articles | wall s (start-up included) | articles/s | articles/s after start-up | "
          "peak memory |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        if r["engine"].startswith("spark"):
            mem = (f"{r['peak_total'] / mib:,.0f} MiB in all: JVM {r['peak_jvm'] / mib:,.0f} MiB, "
                   f"{r['peak_worker'] / mib:,.0f} MiB per Python worker")
            steady = f"{r['rate_steady']:,.0f}"
        else:
            mem, steady = f"{r['peak_total'] / mib:,.0f} MiB", ""
        print(f"| {r['engine']} | {r['articles']:,} | {r['wall']:.1f} | {r['rate']:,.0f} | {steady} | {mem} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
