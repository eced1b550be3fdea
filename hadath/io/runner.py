"""Batch runner: code many articles, in one process or several, in input order.

``run_items(items, workers=N)`` takes the ``Item`` stream of ``read_inputs`` and
yields one ``Result`` per item, in input order, whatever the number of workers:

* workers == 1 codes in this process;
* workers > 1 sends chunks of articles to a pool of processes (each loads
  hadath and its index once, in its initializer), keeps a bounded number of
  chunks in flight (memory stays flat on a corpus of any size) and yields the
  results of each chunk as soon as it and all earlier chunks are done.

Nothing an article contains can stop the run: unreadable items, refused texts
(``HadathInputError``), non-Arabic articles and unexpected errors in the coder
become a ``Result`` with ``error`` set and a ``kind`` saying which.
"""
from __future__ import annotations

import itertools
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from ..errors import HadathInputError
from ..types import Document
from .readers import Item

# Result kinds
OK = "ok"                  # coded (doc set)
UNREADABLE = "unreadable"  # the reader could not make an article of it
REFUSED = "refused"        # the pipeline refused the text (HadathInputError)
LANGUAGE = "language"      # not Arabic: skipped, never coded
CRASH = "crash"            # an unexpected exception in the coder


@dataclass(slots=True)
class Result:
    source: str
    doc: Document | None = None
    error: str | None = None
    kind: str = OK
    seconds: float = 0.0   # time spent on this article (language check + extraction)
    chars: int = 0
    nbytes: int = 0        # bytes of input the item accounted for (progress)


def warm_up() -> float:
    """Import hadath and code one short article, so indexes are loaded; return the seconds it took."""
    t = time.perf_counter()
    from ..pipeline import extract
    try:
        extract("قالت مصادر محلية إن اشتباكات دارت اليوم في مدينة حلب.", "2020-01-01", doc_id="warm-up")
    except Exception:              # noqa: BLE001 - a broken coder shows up on real articles, with a reason
        pass
    try:
        from . import lang
        lang.model_available()
    except Exception:              # noqa: BLE001
        pass
    return time.perf_counter() - t


def code_item(item: Item, check_language: bool = True) -> Result:
    """Code one item; never raises (except KeyboardInterrupt)."""
    res = _code_item(item, check_language)
    res.nbytes = item.nbytes
    return res


def _code_item(item: Item, check_language: bool) -> Result:
    if item.article is None:
        return Result(item.source, error=item.error or "unreadable", kind=UNREADABLE)
    from ..pipeline import extract_article
    art = item.article
    text = art.get("text") if isinstance(art, dict) else None
    n = len(text) if isinstance(text, str) else 0
    t = time.perf_counter()
    try:
        if check_language and isinstance(text, str) and text.strip():
            from .lang import detect
            res = detect(text)
            if not res.arabic:
                return Result(item.source, error=res.reason(), kind=LANGUAGE,
                              seconds=time.perf_counter() - t, chars=n)
        doc = extract_article(art)
    except HadathInputError as e:
        return Result(item.source, error=str(e), kind=REFUSED, seconds=time.perf_counter() - t, chars=n)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as e:     # noqa: BLE001 - one bad article must not end a long run
        msg = " ".join(str(e).split())[:160]
        return Result(item.source, error=f"internal error: {type(e).__name__}: {msg}", kind=CRASH,
                      seconds=time.perf_counter() - t, chars=n)
    dt = time.perf_counter() - t
    if any(w.startswith("not Arabic") for w in doc.warnings):
        return Result(item.source, error="not Arabic (too few Arabic letters)", kind=LANGUAGE,
                      seconds=dt, chars=n)
    return Result(item.source, doc=doc, seconds=dt, chars=n)


def _code_chunk(chunk: list[Item], check_language: bool) -> list[Result]:
    return [code_item(it, check_language) for it in chunk]


def _init_worker() -> None:
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent handles Ctrl-C and stops the pool
    warm_up()


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def run_items(items: Iterable[Item], workers: int = 1, chunksize: int = 32,
              check_language: bool = True, inflight: int | None = None) -> Iterator[Result]:
    """Yield one ``Result`` per item, in input order."""
    if workers <= 1:
        for it in items:
            yield code_item(it, check_language)
        return
    # A pool is worth starting only for more than one chunk: look ahead that far.
    items = iter(items)
    head = list(itertools.islice(items, chunksize + 1))
    if len(head) <= chunksize:
        for it in head:
            yield code_item(it, check_language)
        return
    items = itertools.chain(head, items)
    yield from _run_pool(items, workers, chunksize, check_language, inflight or workers * 4)


DIED = "worker process died while coding this article (crashed, killed or out of memory)"


def _run_pool(items: Iterator[Item], workers: int, chunksize: int, check_language: bool,
              inflight: int) -> Iterator[Result]:
    """Chunks to a process pool, results in order.

    If a worker dies (a crash in a C extension, the OOM killer), every chunk in
    flight is lost with the pool: their articles are coded again one at a time in
    a new pool, so the one that kills a worker is found and reported as such, and
    the run goes on.
    """
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = mp.get_context()
    if ctx.get_start_method() == "fork":
        warm_up()                  # load once here; forked workers share the pages

    def chunks() -> Iterator[list[Item]]:
        chunk: list[Item] = []
        for it in items:
            chunk.append(it)
            if len(chunk) >= chunksize:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    source = chunks()
    pending: deque = deque()       # (chunk, future), in input order
    retry: deque = deque()         # items to redo one by one after a worker died
    pool = None
    try:
        while True:
            if pool is None:
                pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker)
            if retry:
                it = retry.popleft()
                try:
                    res = pool.submit(_code_chunk, [it], check_language).result()
                except BrokenProcessPool:
                    pool.shutdown(wait=True, cancel_futures=True)
                    pool = None
                    res = [Result(it.source, error=DIED, kind=CRASH, nbytes=it.nbytes)]
                yield from res
                continue
            while len(pending) < inflight:
                chunk = next(source, None)
                if chunk is None:
                    break
                try:
                    pending.append((chunk, pool.submit(_code_chunk, chunk, check_language)))
                except BrokenProcessPool:
                    pending.append((chunk, None))
                    break
            if not pending:
                break
            chunk, fut = pending[0]
            try:
                if fut is None:
                    raise BrokenProcessPool("pool broken before submission")
                res = fut.result()
            except BrokenProcessPool:
                for ch, _ in pending:
                    retry.extend(ch)
                pending.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                pool = None
                continue
            pending.popleft()
            yield from res
    finally:
        for _, f in pending:
            if f is not None:
                f.cancel()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _bytes(n: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:,.1f} {unit}"
        n /= 1000
    return f"{n:,.1f} GB"  # pragma: no cover


def _duration(s: float) -> str:
    s = int(round(s))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60:02d} s"
    return f"{s // 3600} h {s % 3600 // 60:02d} min"


PROGRESS_SECONDS = 10.0     # a plain progress line this often when standard error is not a terminal


class Progress:
    """Progress of a long run on standard error (never on standard output).

    ``total``: bytes of input when known (``readers.input_size``); each ``update``
    then passes the bytes done so far, and the progress shows the percentage done
    and the time left.  On a terminal it is a tqdm bar rewritten in place (tqdm
    limits the refreshes itself); elsewhere (a log file, CI) it is a plain line
    every ``seconds`` seconds, and every ``every`` articles when that is set.
    ``update`` costs a clock read and a comparison between refreshes.
    """

    def __init__(self, stream: IO[str] | None = None, quiet: bool = False, every: int | None = None,
                 seconds: float | None = None, label: str = "hadath", total: int | None = None,
                 unit: str = "articles", clock: Any = time.perf_counter) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        try:
            self.tty = self.stream.isatty()
        except (AttributeError, ValueError):
            self.tty = False
        self.every, self.label = every, label
        self.seconds = PROGRESS_SECONDS if seconds is None else seconds
        self.total = total if total and total > 0 else None
        self.unit = unit
        self.clock = clock
        self.t0 = self.last = clock()
        self.last_n = 0
        self.articles = self.events = self.skipped = 0
        self.done_bytes = 0
        self.bar = None
        if not quiet and self.tty:
            from tqdm import tqdm
            if self.total:
                self.bar = tqdm(total=self.total, unit="B", unit_scale=True, unit_divisor=1000,
                                file=self.stream, leave=False, dynamic_ncols=True, mininterval=0, miniters=1,
                                desc=label, bar_format="{desc}: {percentage:3.0f}%|{bar}| {n_fmt}B/{total_fmt}B "
                                "[{elapsed}<{remaining}]{postfix}")
            else:
                self.bar = tqdm(total=None, unit=" " + unit, file=self.stream, leave=False,
                                dynamic_ncols=True, mininterval=0, miniters=1, desc=label)

    def update(self, articles: int, events: int, skipped: int, done_bytes: int | None = None) -> None:
        self.articles, self.events, self.skipped = articles, events, skipped
        if done_bytes is not None:
            self.done_bytes = done_bytes
        if self.quiet:
            return
        now = self.clock()
        n = articles + skipped
        if self.bar is not None:
            if now - self.last >= 0.2:
                self.last = now
                self.bar.set_postfix_str(f"{n:,} {self.unit}, {events:,} events, {skipped:,} skipped",
                                         refresh=False)
                if self.total:
                    self.bar.update(min(self.done_bytes, self.total) - self.bar.n)
                else:
                    self.bar.update(n - self.bar.n)
        elif (self.every and n - self.last_n >= self.every) or now - self.last >= self.seconds:
            self.last, self.last_n = now, n
            self.stream.write(f"{self.label}: {self._line(now)}\n")
            self.stream.flush()

    def _line(self, now: float) -> str:
        el = max(now - self.t0, 1e-9)
        n = self.articles + self.skipped
        line = f"{n:,} {self.unit}"
        if self.total:
            frac = min(1.0, self.done_bytes / self.total)
            line += f" ({frac:.0%} of {_bytes(self.total)})"
        line += (f", {n / el:,.1f}/s, {self.events:,} events, {self.skipped:,} skipped, "
                 f"{_duration(el)} elapsed")
        if self.total and 0 < self.done_bytes < self.total:
            left = el * (self.total - self.done_bytes) / self.done_bytes
            line += f", about {_duration(left)} left"
        return line

    def done(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def elapsed(self) -> float:
        return self.clock() - self.t0


def summarize(results: Iterable[Result]) -> dict[str, Any]:
    """Counts by kind (for tests and the bench)."""
    out: dict[str, Any] = {}
    for r in results:
        out[r.kind] = out.get(r.kind, 0) + 1
    return out
