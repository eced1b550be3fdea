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
                    res = [Result(it.source, error=DIED, kind=CRASH)]
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


class Progress:
    """Progress on standard error.

    On a terminal: one line rewritten in place at most five times a second.
    Elsewhere (a log file, CI): a plain line every ``every`` articles or
    ``seconds`` seconds, whichever comes first.
    """

    def __init__(self, stream: IO[str] | None = None, quiet: bool = False, every: int = 1000,
                 seconds: float = 10.0, label: str = "hadath") -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        try:
            self.tty = self.stream.isatty()
        except (AttributeError, ValueError):
            self.tty = False
        self.every, self.seconds, self.label = every, seconds, label
        self.t0 = self.last = time.perf_counter()
        self.last_n = 0
        self.articles = self.events = self.skipped = 0

    def update(self, articles: int, events: int, skipped: int) -> None:
        self.articles, self.events, self.skipped = articles, events, skipped
        if self.quiet:
            return
        now = time.perf_counter()
        n = articles + skipped
        if self.tty:
            if now - self.last >= 0.2:
                self.last = now
                self.stream.write("\r\x1b[K" + self._line(now))
                self.stream.flush()
        elif n - self.last_n >= self.every or now - self.last >= self.seconds:
            self.last, self.last_n = now, n
            self.stream.write(f"{self.label}: {self._line(now)}\n")
            self.stream.flush()

    def _line(self, now: float) -> str:
        el = max(now - self.t0, 1e-9)
        n = self.articles + self.skipped
        return (f"{n:,} articles  {n / el:,.1f}/s  {self.events:,} events  "
                f"{self.skipped:,} skipped  {el:,.0f} s")

    def done(self) -> None:
        if not self.quiet and self.tty:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def elapsed(self) -> float:
        return time.perf_counter() - self.t0


def summarize(results: Iterable[Result]) -> dict[str, Any]:
    """Counts by kind (for tests and the bench)."""
    out: dict[str, Any] = {}
    for r in results:
        out[r.kind] = out.get(r.kind, 0) + 1
    return out
