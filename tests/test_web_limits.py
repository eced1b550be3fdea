"""Limits on POST /api/extract (hadath/web/limits.py): a per-client rate answered with 429 and
Retry-After, a bound on extractions at once answered with 503 and Retry-After, the
``--extract-limit`` format, and 201/200 from POST /api/articles."""
from __future__ import annotations

import threading
import warnings

import pytest

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
pytest.importorskip("fastapi", reason="the web app needs fastapi (pip install -e '.[test]')")
from fastapi.testclient import TestClient  # noqa: E402

import hadath.pipeline  # noqa: E402
from hadath.web.limits import ExtractLimit  # noqa: E402

TEXT = "قتل ثلاثة مدنيين اليوم الثلاثاء بقصف مدفعي على بلدة الباغوز في ريف دير الزور الشرقي."
BODY = {"text": TEXT, "published": "2019-03-12"}


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


@pytest.fixture()
def store(tmp_path):
    from hadath.store import open_store
    s = open_store(str(tmp_path / "limits.db"))
    yield s
    s.close()


def _app(store, limit, clock=None):
    from hadath.web.app import create_app
    app = create_app(store, token="t0k", extract_limit=limit)
    if clock is not None:
        app.state.extract_gate.clock = clock
    return app


def test_rate_limit_per_client_gives_429_with_retry_after(store):
    clock = Clock()
    app = _app(store, "3/min,2", clock)
    a = TestClient(app, client=("127.0.0.2", 40000))
    b = TestClient(app, client=("127.0.0.3", 40001))
    assert [a.post("/api/extract", json=BODY).status_code for _ in range(3)] == [200, 200, 200]
    over = a.post("/api/extract", json=BODY)
    assert over.status_code == 429
    assert over.headers["retry-after"] == "20"          # 3 a minute: the next one in 20 s
    assert "3 per minute" in over.json()["error"]
    assert b.post("/api/extract", json=BODY).status_code == 200     # another client has its own allowance
    clock.t += 10
    assert a.post("/api/extract", json=BODY).headers["retry-after"] == "10"
    clock.t += 10
    assert a.post("/api/extract", json=BODY).status_code == 200     # one more after 20 s ...
    assert a.post("/api/extract", json=BODY).status_code == 429     # ... and only one
    clock.t += 60
    assert [a.post("/api/extract", json=BODY).status_code for _ in range(4)] == [200, 200, 200, 429]
    # Reading is not limited.
    assert all(a.get("/api/events").status_code == 200 for _ in range(10))


def test_concurrent_extractions_are_bounded_with_503(store, monkeypatch):
    # (a frozen clock: the bucket's count below must not depend on how fast this machine runs)
    app = _app(store, "100/min,1", Clock())
    started, release = threading.Event(), threading.Event()
    real = hadath.pipeline.extract

    def slow(text, *args, **kw):
        if "بطيء" in text:
            started.set()
            assert release.wait(30)
        return real(text, *args, **kw)
    monkeypatch.setattr(hadath.pipeline, "extract", slow)
    c = TestClient(app)
    got = {}
    t = threading.Thread(target=lambda: got.update(r=c.post("/api/extract", json=dict(BODY, text="بطيء " + TEXT))))
    t.start()
    try:
        assert started.wait(30)
        busy = c.post("/api/extract", json=BODY)
        assert busy.status_code == 503 and busy.headers["retry-after"] == "1"
        assert "busy" in busy.json()["error"]
    finally:
        release.set()
        t.join(30)
    assert got["r"].status_code == 200 and got["r"].json()["events"]
    # The slot is given back, also after a request the coder refuses.
    assert c.post("/api/extract", json=dict(BODY, published="12/03/2019")).status_code == 400
    assert c.post("/api/extract", json=BODY).status_code == 200
    # A refusal for being busy does not use up the client's rate.
    assert app.state.extract_gate._buckets["testclient"][0] == pytest.approx(97, abs=0.1)


def test_off_and_default(store):
    app = _app(store, "off", Clock())
    c = TestClient(app)
    assert all(c.post("/api/extract", json=BODY).status_code == 200 for _ in range(40))
    from hadath.web.app import create_app
    h = TestClient(create_app(store)).get("/api/health").json()
    assert h["extract_limit"] == "30/min,2"


@pytest.mark.parametrize("spec, rate, period, conc", [
    ("30/min,2", 30, 60, 2), ("5/s", 5, 1, 2), ("1000/h,4", 1000, 3600, 4), (" 10 / minute , 3 ", 10, 60, 3),
    ("off", None, 60, None)])
def test_extract_limit_format(spec, rate, period, conc):
    lim = ExtractLimit.parse(spec)
    assert (lim.rate, lim.period, lim.concurrent) == (rate, period, conc)
    assert ExtractLimit.parse(str(lim)) == lim


@pytest.mark.parametrize("spec", ["", "30", "30/day", "0/min", "30/min,0", "-1/min", "thirty/min", "30/min,2,3"])
def test_extract_limit_format_refused(spec):
    with pytest.raises(ValueError, match="extract limit"):
        ExtractLimit.parse(spec)


def test_serve_option(monkeypatch, capsys):
    from hadath.cli import build_parser
    monkeypatch.delenv("HADATH_EXTRACT_LIMIT", raising=False)
    args = build_parser().parse_args(["serve", "--extract-limit", "10/s,3"])
    assert args.extract_limit == ExtractLimit(10, 1.0, 3)
    with pytest.raises(SystemExit) as e:
        build_parser().parse_args(["serve", "--extract-limit", "lots"])
    assert e.value.code == 2 and "RATE/PERIOD" in capsys.readouterr().err
    monkeypatch.setenv("HADATH_EXTRACT_LIMIT", "7/h")
    assert build_parser().parse_args(["serve"]).extract_limit == ExtractLimit(7, 3600.0, 2)


def test_articles_201_when_created_200_otherwise(store):
    c = TestClient(_app(store, "off"))
    auth = {"Authorization": "Bearer t0k"}
    body = dict(BODY, id="a1", outlet="test")
    first = c.post("/api/articles", json=body, headers=auth)
    assert first.status_code == 201 and first.json()["status"] == "inserted"
    again = c.post("/api/articles", json=body, headers=auth)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    assert again.json()["n_events"] == 0                   # nothing coded or stored again
    dup = c.post("/api/articles", json=dict(body, id="a2"), headers=auth)
    assert dup.status_code == 200 and dup.json() == {**dup.json(), "status": "duplicate", "duplicate_of": "a1"}
    new = c.post("/api/articles", json=dict(body, text=TEXT + " وأصيب آخرون."), headers=auth)
    assert new.status_code == 200 and new.json()["status"] == "updated"
    assert store.stats()["articles"] == 1
