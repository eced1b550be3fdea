"""Timing and memory of extraction (``hadath bench``).

Each measurement runs in a fresh Python process (``python -m hadath.eval.bench
--child CONFIG``), so start-up, peak memory and warm caches of one measurement
do not leak into the next.  A child reads its articles first (not timed), then
codes them, and prints one JSON line with its figures.

Figures:

* start-up: ``import hadath`` and the first ``extract`` call (which loads the
  knowledge indexes), timed inside a fresh interpreter; also the wall time of the
  whole process from the parent's side (interpreter start included);
* throughput: articles/s and events/s, for one worker (in-process) and for N
  worker processes (pool start-up included in the wall time);
* latency per article (language check + extraction), median and 95th percentile;
* peak resident memory (``getrusage``): the measuring process and, with workers,
  the largest worker (``RUSAGE_CHILDREN`` reports the largest child, not a sum);
* scaling: cost by article length and by corpus size (the corpus repeated);
* profile: cProfile of one-worker extraction, top functions by cumulative time.
"""
from __future__ import annotations

import gc
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from typing import Any

LENGTH_BUCKETS = [(0, 500), (500, 1000), (1000, 2000), (2000, 5000), (5000, 10000), (10000, None)]


def _rss_mib(who: int) -> float:
    r = resource.getrusage(who).ru_maxrss
    return r / 1024 / 1024 if sys.platform == "darwin" else r / 1024   # bytes on macOS, KiB elsewhere


def _proc_kib(pid: int | str, path: str, key: str) -> int | None:
    try:
        with open(f"/proc/{pid}/{path}", encoding="ascii") as f:
            for line in f:
                if line.startswith(key):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def process_memory() -> dict[str, Any] | None:
    """Memory of this process and its live child processes (Linux ``/proc`` only).

    ``sum_peak_rss_mib`` adds every process's peak RSS (VmHWM): an upper bound, since
    forked workers share pages; ``pss_mib`` is the proportional set size now, shared
    pages divided among the processes sharing them: what the run really occupies.
    """
    me = os.getpid()
    try:
        with open(f"/proc/{me}/task/{me}/children", encoding="ascii") as f:
            kids = [int(x) for x in f.read().split()]
    except (OSError, ValueError):
        return None
    pids = [me] + kids
    hwm = [_proc_kib(p, "status", "VmHWM:") for p in pids]
    pss = [_proc_kib(p, "smaps_rollup", "Pss:") for p in pids]
    if any(v is None for v in hwm):
        return None
    return {"processes": len(pids), "sum_peak_rss_mib": sum(hwm) / 1024,
            "pss_mib": sum(pss) / 1024 if all(v is not None for v in pss) else None}


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100), linear between closest ranks; 0.0 for no values."""
    if not values:
        return 0.0
    s = sorted(values)
    k = (len(s) - 1) * q / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def load_articles(path: str, limit: int | None = None) -> list[dict]:
    from ..io.readers import read_inputs
    out = []
    for it in read_inputs([path]):
        if it.article is not None:
            out.append(it.article)
            if limit and len(out) >= limit:
                break
    return out


def _repeat_to(arts: list[dict], size: int):
    """``size`` articles cycling over ``arts``, each copy with its own id."""
    for n, a in enumerate(itertools.islice(itertools.cycle(arts), size)):
        b = dict(a)
        b["id"] = f"{a.get('id')}~{n // len(arts)}" if n >= len(arts) else a.get("id")
        yield b


# --- what a child process measures ----------------------------------------------------------


# Run by ``python -c`` so that nothing of hadath is imported before the clock starts.
_STARTUP = ("import sys, time, json; t0 = time.perf_counter(); import hadath; t1 = time.perf_counter(); "
            "from hadath.eval.bench import _child_startup; "
            "print(json.dumps(_child_startup(json.loads(sys.argv[1]), t0, t1)))")


def _child_startup(cfg: dict, t0: float, t1: float) -> dict:
    import hadath
    arts = load_articles(cfg["corpus"], 1)
    text = arts[0]["text"] if arts else "قالت مصادر محلية إن اشتباكات دارت اليوم في مدينة حلب."
    pub = arts[0].get("published") if arts else "2020-01-01"
    t2 = time.perf_counter()
    hadath.extract(text, pub)
    t3 = time.perf_counter()
    hadath.extract(text, pub)
    t4 = time.perf_counter()
    from ..io import lang
    lang.model_available()
    t5 = time.perf_counter()
    return {"import_s": t1 - t0, "first_extract_s": t3 - t2, "second_extract_s": t4 - t3,
            "language_model_s": t5 - t4,
            "startup_s": (t1 - t0) + (t3 - t2), "peak_rss_mib": _rss_mib(resource.RUSAGE_SELF)}


def _child_run(cfg: dict) -> dict:
    from ..io.readers import Item
    from ..io.runner import OK, run_items, warm_up

    t = time.perf_counter()
    arts = load_articles(cfg["corpus"], cfg.get("limit"))
    read_s = time.perf_counter() - t
    size = cfg.get("size")
    workers = cfg.get("workers", 1)
    check = cfg.get("check_language", True)
    warm_s = warm_up() if workers == 1 else 0.0     # the pool warms up its workers (timed)
    gc.collect()
    source = _repeat_to(arts, size) if size else arts
    lat, chars, kinds = [], [], {}
    n_ev = 0
    total = size or len(arts)
    mem = None
    t0 = time.perf_counter()
    for r in run_items((Item(str(a.get("id")), article=a) for a in source), workers=workers,
                       chunksize=cfg.get("chunksize", 32), check_language=check):
        kinds[r.kind] = kinds.get(r.kind, 0) + 1
        if sum(kinds.values()) == total:
            mem = process_memory()          # the last result: workers are still alive
        if r.kind == OK:
            n_ev += len(r.doc.events)
        if not size:
            lat.append(r.seconds)
            chars.append(r.chars)
    wall = time.perf_counter() - t0
    n = sum(kinds.values())
    out = {"workers": workers, "articles": n, "events": n_ev, "wall_s": wall, "read_s": read_s,
           "warm_up_s": warm_s, "articles_per_s": n / wall if wall else 0.0,
           "events_per_s": n_ev / wall if wall else 0.0, "kinds": kinds,
           "peak_rss_mib": _rss_mib(resource.RUSAGE_SELF),
           "peak_rss_worker_mib": _rss_mib(resource.RUSAGE_CHILDREN) if workers > 1 else None,
           "memory_all_processes": mem}
    if lat:
        out["latency_median_ms"] = statistics.median(lat) * 1000
        out["latency_p95_ms"] = percentile(lat, 95) * 1000
        out["latency_max_ms"] = max(lat) * 1000
        if cfg.get("keep_latencies"):
            out["latencies"] = [[c, round(s, 6)] for c, s in zip(chars, lat)]
    return out


def _child_profile(cfg: dict) -> dict:
    import cProfile
    import io
    import pstats

    from ..io.readers import Item
    from ..io.runner import code_item, warm_up

    arts = load_articles(cfg["corpus"], cfg.get("limit"))
    warm_up()
    prof = cProfile.Profile()
    t = time.perf_counter()
    prof.enable()
    for a in arts:
        code_item(Item(str(a.get("id")), article=a), cfg.get("check_language", True))
    prof.disable()
    wall = time.perf_counter() - t
    buf = io.StringIO()
    st = pstats.Stats(prof, stream=buf)
    st.strip_dirs().sort_stats("cumulative").print_stats(cfg.get("top", 25))
    buf2 = io.StringIO()
    pstats.Stats(prof, stream=buf2).strip_dirs().sort_stats("tottime").print_stats(cfg.get("top", 25) // 2 + 5)
    return {"articles": len(arts), "wall_s": wall, "cumulative": _trim(buf.getvalue()),
            "tottime": _trim(buf2.getvalue())}


def _trim(s: str) -> str:
    lines = s.splitlines()
    for i, ln in enumerate(lines):
        if ln.lstrip().startswith("ncalls"):
            return "\n".join(lines[i:]).rstrip()
    return s.rstrip()


def child_main(cfg: dict) -> dict:
    what = cfg["what"]
    if what == "profile":
        return _child_profile(cfg)
    return _child_run(cfg)


# --- the parent side -------------------------------------------------------------------------


def run_child(cfg: dict) -> dict:
    """Run one measurement in a fresh interpreter; return its figures (plus ``process_wall_s``)."""
    t = time.perf_counter()
    if cfg["what"] == "startup":
        cmd = [sys.executable, "-c", _STARTUP, json.dumps(cfg)]
    else:
        cmd = [sys.executable, "-m", "hadath.eval.bench", "--child", json.dumps(cfg)]
    proc = subprocess.run(cmd,
                          capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0"))
    wall = time.perf_counter() - t
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = "\n".join(proc.stderr.strip().splitlines()[-8:])
        raise RuntimeError(f"benchmark child failed ({cfg['what']}, exit {proc.returncode}):\n{tail}")
    res = json.loads(lines[-1])
    res["process_wall_s"] = wall
    return res


def length_table(latencies: list[list[float]]) -> list[dict]:
    rows = []
    for lo, hi in LENGTH_BUCKETS:
        sel = [s for c, s in latencies if c >= lo and (hi is None or c < hi)]
        ch = [c for c, s in latencies if c >= lo and (hi is None or c < hi)]
        if not sel:
            continue
        rows.append({"bucket": f"{lo:,}-{hi:,}" if hi else f"{lo:,}+", "articles": len(sel),
                     "median_ms": statistics.median(sel) * 1000, "p95_ms": percentile(sel, 95) * 1000,
                     "us_per_char": 1e6 * sum(sel) / max(1, sum(ch))})
    return rows


def _loadavg() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def _median_run(runs: list[dict]) -> dict:
    runs = sorted(runs, key=lambda r: r["articles_per_s"])
    best = dict(runs[len(runs) // 2])
    best["runs_articles_per_s"] = [round(r["articles_per_s"], 1) for r in runs]
    return best


def bench(corpus: str, limit: int | None = None, workers: int | None = None, repeat: int = 1,
          scaling: bool = False, sizes: list[int] | None = None, profile: bool = False,
          top: int = 25, check_language: bool = True, log=None) -> dict[str, Any]:
    from ..io.runner import default_workers

    log = log or (lambda s: None)
    all_workers = workers or default_workers()
    base = {"corpus": corpus, "limit": limit, "check_language": check_language}
    out: dict[str, Any] = {"corpus": corpus, "limit": limit, "repeat": repeat, "cpu_count": os.cpu_count(),
                           "python": sys.version.split()[0], "language_check": check_language,
                           "load_average_before": _loadavg()}
    arts = load_articles(corpus, limit)
    lens = [len(a.get("text") or "") for a in arts]
    out["articles"] = len(arts)
    out["chars_total"] = sum(lens)
    out["chars_median"] = statistics.median(lens) if lens else 0
    del arts

    log("start-up ...")
    st = [run_child({**base, "what": "startup"}) for _ in range(max(1, repeat))]
    st.sort(key=lambda r: r["startup_s"])
    out["startup"] = st[len(st) // 2]

    log("1 worker ...")
    one = [run_child({**base, "what": "run", "workers": 1, "keep_latencies": scaling}) for _ in range(repeat)]
    out["one_worker"] = _median_run(one)
    lat = out["one_worker"].pop("latencies", None)
    for r in one:
        r.pop("latencies", None)

    if all_workers > 1:
        log(f"{all_workers} workers ...")
        many = [run_child({**base, "what": "run", "workers": all_workers}) for _ in range(repeat)]
        out["all_workers"] = _median_run(many)
    else:
        out["all_workers"] = None

    if scaling:
        out["by_length"] = length_table(lat or [])
        out["by_size"] = []
        for size in sizes or [1000, 10000, 100000]:
            log(f"corpus of {size:,} articles, {all_workers} worker(s) ...")
            r = run_child({**base, "what": "run", "workers": all_workers, "size": size})
            out["by_size"].append({"articles": size, "workers": all_workers, "wall_s": r["wall_s"],
                                   "articles_per_s": r["articles_per_s"], "events": r["events"],
                                   "peak_rss_mib": r["peak_rss_mib"],
                                   "peak_rss_worker_mib": r["peak_rss_worker_mib"],
                                   "memory_all_processes": r.get("memory_all_processes")})
    out["load_average_after"] = _loadavg()
    if profile:
        log("profile ...")
        out["profile"] = run_child({**base, "what": "profile", "top": top})
    return out


def _all_mem(r: dict) -> str:
    m = r.get("memory_all_processes")
    if not m or m["processes"] < 2:
        return ""
    pss = f", PSS {m['pss_mib']:,.0f} MiB" if m.get("pss_mib") is not None else ""
    return f"; all {m['processes']} processes: peak sum {m['sum_peak_rss_mib']:,.0f} MiB{pss}"


def format_bench(res: dict[str, Any]) -> list[str]:
    L = []
    L.append(f"corpus      {res['corpus']}: {res['articles']:,} articles, {res['chars_total']:,} characters "
             f"(median {res['chars_median']:,.0f} per article); {res['cpu_count']} CPUs, Python {res['python']}; "
             f"language check {'on' if res['language_check'] else 'off'}; repeat {res['repeat']}")
    if res.get("load_average_before"):
        L.append(f"load        1/5/15-min load average {'/'.join(map(str, res['load_average_before']))} before, "
                 f"{'/'.join(map(str, res.get('load_average_after') or []))} after the timed runs "
                 "(other processes on the machine slow the all-cores figures)")
    s = res["startup"]
    L.append(f"start-up    {s['startup_s']:.3f} s = import {s['import_s']:.3f} s + first extract "
             f"{s['first_extract_s']:.3f} s (index load); second extract {s['second_extract_s'] * 1000:.1f} ms; "
             f"language model load {s['language_model_s']:.3f} s (extract command only); "
             f"whole process {s['process_wall_s']:.2f} s")
    L.append("")
    L.append(f"{'':<13}{'articles/s':>11}{'events/s':>10}{'events':>8}{'median ms':>11}{'p95 ms':>9}"
             f"{'wall s':>9}  peak RSS")
    for key in ("one_worker", "all_workers"):
        r = res.get(key)
        if not r:
            continue
        label = f"{r['workers']} worker" + ("s" if r["workers"] > 1 else "")
        mem = f"{r['peak_rss_mib']:,.0f} MiB"
        if r.get("peak_rss_worker_mib"):
            mem = f"parent {mem}, largest worker {r['peak_rss_worker_mib']:,.0f} MiB"
        mem += _all_mem(r)
        L.append(f"{label:<13}{r['articles_per_s']:>11,.1f}{r['events_per_s']:>10,.1f}{r['events']:>8,}"
                 f"{r.get('latency_median_ms', 0):>11.2f}{r.get('latency_p95_ms', 0):>9.2f}"
                 f"{r['wall_s']:>9.1f}  {mem}")
        if len(r.get("runs_articles_per_s", [])) > 1:
            L.append(f"{'':<13}runs: {', '.join(str(x) for x in r['runs_articles_per_s'])} articles/s")
        skipped = {k: v for k, v in r.get("kinds", {}).items() if k != "ok"}
        if skipped:
            L.append(f"{'':<13}skipped: " + ", ".join(f"{v} {k}" for k, v in skipped.items()))
    if res.get("by_length"):
        L += ["", "cost by article length (1 worker)",
              f"  {'chars':<14}{'articles':>9}{'median ms':>11}{'p95 ms':>9}{'µs/char':>9}"]
        for b in res["by_length"]:
            L.append(f"  {b['bucket']:<14}{b['articles']:>9,}{b['median_ms']:>11.2f}{b['p95_ms']:>9.2f}"
                     f"{b['us_per_char']:>9.2f}")
    if res.get("by_size"):
        L += ["", "cost by corpus size (corpus repeated)",
              f"  {'articles':>9}{'workers':>8}{'wall s':>9}{'articles/s':>11}{'events':>9}  peak RSS"]
        for b in res["by_size"]:
            mem = f"{b['peak_rss_mib']:,.0f} MiB"
            if b.get("peak_rss_worker_mib"):
                mem += f", largest worker {b['peak_rss_worker_mib']:,.0f} MiB"
            mem += _all_mem(b)
            L.append(f"  {b['articles']:>9,}{b['workers']:>8}{b['wall_s']:>9.1f}{b['articles_per_s']:>11,.1f}"
                     f"{b['events']:>9,}  {mem}")
    if res.get("profile"):
        p = res["profile"]
        L += ["", f"profile: 1 worker, {p['articles']:,} articles, {p['wall_s']:.1f} s under cProfile "
                  "(slower than unprofiled); top functions by cumulative time", p["cumulative"],
              "", "top functions by own time", p["tottime"]]
    return L


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(child_main(json.loads(sys.argv[2]))))
    else:
        sys.exit("internal: use `hadath bench`")
