"""Limits on ``POST /api/extract``: extractions at once, and requests per client.

Coding an article costs CPU in the server process (about 1.4 s for a 1 MB body),
and the endpoint needs no token, so it is bounded two ways:

* at most ``concurrent`` extractions run at once; a request beyond that is
  answered at once with 503 and ``Retry-After`` (it is not queued: a queue would
  hold a worker thread and the client would not know why it waits);
* each client (by IP address) may start ``rate`` extractions per ``period``
  seconds, with a burst of up to ``rate`` (a token bucket); beyond that, 429 and
  ``Retry-After`` saying when the next one is allowed.

The configuration is one string (``hadath serve --extract-limit``,
``HADATH_EXTRACT_LIMIT``)::

    RATE/PERIOD[,CONCURRENT]      e.g. 30/min,2 (the default), 5/s, 1000/h,4
    off                           no limit at all

PERIOD is ``s``, ``min`` or ``h`` (also ``sec``, ``second``, ``m``, ``minute``,
``hour``); RATE and CONCURRENT are whole numbers of at least 1.  Without
``,CONCURRENT`` the default of 2 is kept.
"""
from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

DEFAULT = "30/min,2"
DEFAULT_CONCURRENT = 2
_UNITS = {"s": 1.0, "sec": 1.0, "second": 1.0, "m": 60.0, "min": 60.0, "minute": 60.0,
          "h": 3600.0, "hour": 3600.0}
_SPEC = re.compile(r"^\s*(\d+)\s*/\s*([a-z]+)\s*(?:,\s*(\d+)\s*)?$")


@dataclass(frozen=True, slots=True)
class ExtractLimit:
    rate: int | None              # extractions per client per period; None: no rate limit
    period: float = 60.0          # seconds
    concurrent: int | None = DEFAULT_CONCURRENT    # extractions at once; None: no bound

    @classmethod
    def parse(cls, spec: str) -> "ExtractLimit":
        """``ExtractLimit`` from ``RATE/PERIOD[,CONCURRENT]`` or ``off``; ValueError with the reason."""
        s = (spec or "").strip().lower()
        if s in ("off", "none", "unlimited"):
            return cls(None, 60.0, None)
        m = _SPEC.match(s)
        if not m:
            raise ValueError(f"extract limit {spec!r} is not RATE/PERIOD[,CONCURRENT] "
                             "(e.g. 30/min,2) or 'off'")
        rate, unit, conc = int(m[1]), m[2], m[3]
        if unit not in _UNITS:
            raise ValueError(f"extract limit {spec!r}: the period is s, min or h, not {unit!r}")
        if rate < 1:
            raise ValueError(f"extract limit {spec!r}: the rate must be at least 1 (or use 'off')")
        concurrent = DEFAULT_CONCURRENT if conc is None else int(conc)
        if concurrent < 1:
            raise ValueError(f"extract limit {spec!r}: at least 1 extraction at once")
        return cls(rate, _UNITS[unit], concurrent)

    def __str__(self) -> str:
        if self.rate is None and self.concurrent is None:
            return "off"
        unit = {1.0: "s", 60.0: "min", 3600.0: "h"}.get(self.period, f"{self.period:g}s")
        rate = f"{self.rate}/{unit}" if self.rate is not None else "unlimited"
        return f"{rate},{self.concurrent}" if self.concurrent is not None else rate


class Busy(Exception):
    """Refused: the client is over its rate (status 429) or the server is busy (503)."""

    def __init__(self, status: int, retry_after: float, reason: str):
        super().__init__(reason)
        self.status, self.reason = status, reason
        self.retry_after = max(1, math.ceil(retry_after))


class ExtractGate:
    """Admission for extractions: ``with gate.admit(client): ...`` or ``Busy``.

    Thread-safe (FastAPI runs the endpoint in a thread pool).  ``clock`` is
    replaceable for tests.
    """

    MAX_CLIENTS = 10_000        # buckets kept; full (idle) ones are dropped beyond this

    def __init__(self, limit: ExtractLimit, clock: Callable[[], float] = time.monotonic):
        self.limit = limit
        self.clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}    # client -> (tokens, time of that count)
        self._slots = threading.BoundedSemaphore(limit.concurrent) if limit.concurrent else None

    # -- per-client token bucket
    def _take(self, client: str) -> float:
        """Take one token for ``client``; 0 when granted, else the seconds until one is."""
        rate = self.limit.rate
        if rate is None:
            return 0.0
        per_s = rate / self.limit.period
        now = self.clock()
        with self._lock:
            tokens, at = self._buckets.get(client, (float(rate), now))
            tokens = min(float(rate), tokens + (now - at) * per_s)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                if len(self._buckets) > self.MAX_CLIENTS:
                    self._prune(now, per_s)
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1.0 - tokens) / per_s

    def _give_back(self, client: str) -> None:
        if self.limit.rate is None:
            return
        with self._lock:
            tokens, at = self._buckets.get(client, (0.0, self.clock()))
            self._buckets[client] = (min(float(self.limit.rate), tokens + 1.0), at)

    def _prune(self, now: float, per_s: float) -> None:
        full = [c for c, (t, at) in self._buckets.items() if t + (now - at) * per_s >= self.limit.rate]
        for c in full:
            del self._buckets[c]

    # -- admission
    def acquire(self, client: str) -> None:
        """Admit one extraction for ``client`` or raise ``Busy``; pair with ``release``."""
        wait = self._take(client)
        if wait > 0:
            raise Busy(429, wait, f"too many extractions from this client: the limit is "
                                  f"{self.limit.rate} per {_per(self.limit.period)}; retry in "
                                  f"{max(1, math.ceil(wait))} s")
        if self._slots is not None and not self._slots.acquire(blocking=False):
            self._give_back(client)          # not the client's doing: its allowance is kept
            raise Busy(503, 1, f"the server is busy: {self.limit.concurrent} extraction(s) are running "
                               "(the most it runs at once); retry in a moment")

    def release(self) -> None:
        if self._slots is not None:
            self._slots.release()


def _per(period: float) -> str:
    return {1.0: "second", 60.0: "minute", 3600.0: "hour"}.get(period, f"{period:g} s")
