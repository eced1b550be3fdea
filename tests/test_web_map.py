"""The light map endpoints (hadath/store/aggregate.py through hadath/web/app.py):
/api/map/points, /api/map/clusters and /api/map/timeline, on the store of real coded
events that tests/test_web_api.py builds (gold dev articles with their gold events)."""
from __future__ import annotations

import warnings
from collections import Counter, defaultdict

import pytest

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
pytest.importorskip("fastapi", reason="the web app needs fastapi (pip install -e '.[test]')")
# the same store and client as the API tests (one of each for this module: module scope)
from test_web_api import client, filled  # noqa: E402,F401

from hadath.errors import HadathInputError  # noqa: E402
from hadath.store import aggregate as AG  # noqa: E402


@pytest.fixture(scope="module")
def located(filled):
    evs = [e for e in filled[1] if e.get("latitude") is not None and e.get("longitude") is not None]
    assert len(evs) > 20, "the test store should hold many located events"
    return evs


def _get(client, path, **params):
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    return r.json()


def _in(e, bbox):
    w, s, east, n = bbox
    return w <= e["longitude"] <= east and s <= e["latitude"] <= n


# ----------------------------------------------------------------------------- points

def test_points_are_light_and_complete(client, located):
    out = _get(client, "/api/map/points")
    assert out["total"] == len(located) and not out["truncated"]
    assert {p["id"] for p in out["items"]} == {e["event_id"] for e in located}
    for p in out["items"]:
        assert set(p) == {"id", "lat", "lon", "type", "fatalities", "date", "location"}
    by_id = {e["event_id"]: e for e in located}
    for p in out["items"]:
        e = by_id[p["id"]]
        assert (p["lat"], p["lon"], p["type"], p["fatalities"]) == (e["latitude"], e["longitude"],
                                                                     e["event_type"], e["fatalities"])
    dates = [p["date"] or "" for p in out["items"]]
    assert dates == sorted(dates, reverse=True)     # newest first (undated last)


@pytest.mark.parametrize("param,value,pred", [
    ("type", "Battles", lambda e: e["event_type"] == "Battles"),
    ("country", "syria", lambda e: (e["country"] or "").lower() == "syria"),
    ("since", "2019-01-01", lambda e: (e["event_date"] or "") >= "2019-01-01"),
])
def test_points_honour_filters(client, located, param, value, pred):
    want = {e["event_id"] for e in located if pred(e)}
    assert want, f"no located event for {param}={value}"
    out = _get(client, "/api/map/points", **{param: value})
    assert {p["id"] for p in out["items"]} == want and out["total"] == len(want)


def test_points_honour_bbox_and_the_cap(client, located):
    bbox = (35.0, 32.0, 39.0, 37.5)                 # western Syria and Lebanon
    want = {e["event_id"] for e in located if _in(e, bbox)}
    assert 0 < len(want) < len(located)
    out = _get(client, "/api/map/points", bbox=",".join(map(str, bbox)))
    assert {p["id"] for p in out["items"]} == want
    capped = _get(client, "/api/map/points", limit=3)
    assert len(capped["items"]) == 3 and capped["truncated"] and capped["total"] == len(located)
    # fit=1 (what the page asks): the count alone when they do not fit, the same items when they do
    fit = _get(client, "/api/map/points", limit=3, fit=1)
    assert fit["items"] == [] and fit["truncated"] and fit["total"] == len(located)
    assert _get(client, "/api/map/points", fit=1, bbox=",".join(map(str, bbox)))["items"] == out["items"]
    # the old endpoint answers from the same light query
    old = _get(client, "/api/points", limit=5)
    assert len(old["items"]) == 5 and old["total"] == len(located)


# ----------------------------------------------------------------------------- clusters

@pytest.mark.parametrize("zoom", [0, 3, 6, 10])
def test_clusters_sum_to_the_filtered_count(client, located, zoom):
    out = _get(client, "/api/map/clusters", zoom=zoom)
    assert sum(c["n"] for c in out["items"]) == out["total"] == len(located)
    assert sum(c["fatalities"] for c in out["items"]) == out["fatalities"] == \
        sum(e["fatalities"] or 0 for e in located)
    assert out["cells"] == len(out["items"]) and not out["truncated"]
    size = 45 / 2 ** zoom
    assert out["cell"] == size
    # every event falls in exactly one cell, whose count is the number of its events
    want = Counter((int((e["longitude"] + 180) // size), int((e["latitude"] + 90) // size)) for e in located)
    got = {(round((c["bounds"][0] + 180) / size), round((c["bounds"][1] + 90) / size)): c for c in out["items"]}
    assert {k: c["n"] for k, c in got.items()} == dict(want)
    for c in out["items"]:
        w, s, e, n = c["bounds"]
        assert w - 1e-6 <= c["lon"] <= e + 1e-6 and s - 1e-6 <= c["lat"] <= n + 1e-6   # representative point inside
    ns = [c["n"] for c in out["items"]]
    assert ns == sorted(ns, reverse=True)


def test_clusters_honour_filters_bbox_and_cap(client, located):
    bbox = (35.0, 32.0, 39.0, 37.5)
    battles = [e for e in located if e["event_type"] == "Battles" and _in(e, bbox)]
    out = _get(client, "/api/map/clusters", zoom=8, type="battles", bbox=",".join(map(str, bbox)))
    assert out["total"] == sum(c["n"] for c in out["items"]) == len(battles)
    fine = _get(client, "/api/map/clusters", zoom=12)
    assert fine["cells"] > 2
    capped = _get(client, "/api/map/clusters", zoom=12, limit=2)
    assert len(capped["items"]) == 2 and capped["truncated"] and capped["total"] == len(located)
    assert capped["items"] == fine["items"][:2]


def test_coarser_zoom_merges_cells(client):
    cells = [_get(client, "/api/map/clusters", zoom=z)["cells"] for z in (0, 4, 8, 14)]
    assert cells == sorted(cells) and cells[0] < cells[-1]


# ----------------------------------------------------------------------------- timeline

@pytest.mark.parametrize("by,width", [("day", 10), ("month", 7)])
def test_timeline_counts_and_deaths(client, filled, by, width):
    evs = [e for e in filled[1] if e.get("event_date")]
    n, dead = Counter(), defaultdict(int)
    for e in evs:
        n[e["event_date"][:width]] += 1
        dead[e["event_date"][:width]] += e["fatalities"] or 0
    out = _get(client, "/api/map/timeline", by=by)
    assert out["by"] == by
    assert [r["date"] for r in out["items"]] == sorted(n)
    assert {r["date"]: (r["n"], r["fatalities"]) for r in out["items"]} == {k: (n[k], dead[k]) for k in n}
    only = _get(client, "/api/map/timeline", by=by, type="Battles")
    assert sum(r["n"] for r in only["items"]) == sum(1 for e in evs if e["event_type"] == "Battles")


# ----------------------------------------------------------------------------- bad parameters

@pytest.mark.parametrize("path,params,word", [
    ("/api/map/clusters", {}, "zoom"),
    ("/api/map/clusters", {"zoom": "-1"}, "zoom"),
    ("/api/map/clusters", {"zoom": "99"}, "zoom"),
    ("/api/map/clusters", {"zoom": "two"}, "zoom"),
    ("/api/map/clusters", {"zoom": "3", "limit": "100000"}, "limit"),
    ("/api/map/clusters", {"zoom": "3", "bbox": "1,2,3"}, "bbox"),
    ("/api/map/points", {"limit": "0"}, "limit"),
    ("/api/map/points", {"limit": "999999"}, "limit"),
    ("/api/map/points", {"bbox": "10,50,20,40"}, "bbox"),
    ("/api/map/points", {"since": "2019-13-01"}, "since"),
    ("/api/map/timeline", {"by": "week"}, "by"),
    ("/api/map/timeline", {"since": "2020-01-01", "until": "2019-01-01"}, "since"),
])
def test_bad_parameters_give_422_with_reason(client, path, params, word):
    r = client.get(path, params=params)
    assert r.status_code == 422, r.text
    assert word in r.json()["error"]


def test_module_refuses_bad_arguments(filled):
    store = filled[0]
    for bad in (-1, AG.MAX_ZOOM + 1, 2.5, True):
        with pytest.raises(HadathInputError):
            AG.grid_clusters(store, zoom=bad)
    with pytest.raises(HadathInputError):
        AG.map_points(store, limit=0)
    with pytest.raises(HadathInputError):
        AG.timeline(store, by="week")
    with pytest.raises(HadathInputError):
        AG.map_points(store, colour="red")
