#!/usr/bin/env python3
"""Compile the web map's offline base map into the package.

Reads two public sources (not shipped in the repository):

* Natural Earth 1:110m admin-0 countries (public domain), GeoJSON;
* OCHA COD-AB Syria admin-1 boundaries (governorates), GeoJSON (OCHA COD, via HDX).

and writes ``hadath/web/static/basemap.json``: country outlines and Syrian
governorates as SVG path strings in a fixed equirectangular projection
(x = lon * cos(34°), y = -lat, degrees), simplified (Douglas-Peucker) and
rounded, plus names and label points. The front-end (app.js) places events
with the same projection.

    python scripts/build_basemap.py [--data ../shared/data/gazetteer] [--out hadath/web/static/basemap.json]
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

KX = math.cos(math.radians(34.0))  # keep in sync with PROJ_KX in hadath/web/static/app.js
ROOT = Path(__file__).resolve().parent.parent


def _perp_dist(p, a, b) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return math.hypot(x - x1, y - y1)
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (x1 + t * dx), y - (y1 + t * dy))


def simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative (rings can be long)."""
    n = len(points)
    if n < 3:
        return points
    keep = [False] * n
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = -1.0, -1
        for k in range(i + 1, j):
            d = _perp_dist(points[k], points[i], points[j])
            if d > best:
                best, idx = d, k
        if best > tol and idx > 0:
            keep[idx] = True
            stack.append((i, idx))
            stack.append((idx, j))
    return [p for p, k in zip(points, keep) if k]


def ring_to_path(ring, tol: float, nd: int) -> str:
    pts = [(lon * KX, -lat) for lon, lat, *_ in ring]
    pts = simplify(pts, tol)
    out: list[tuple[float, float]] = []
    for x, y in pts:
        q = (round(x, nd), round(y, nd))
        if not out or q != out[-1]:
            out.append(q)
    if len(out) < 4:  # degenerate after simplification (tiny island): drop
        return ""
    fmt = lambda v: (f"{v:.{nd}f}".rstrip("0").rstrip(".") or "0")  # noqa: E731
    return "M" + "L".join(f"{fmt(x)} {fmt(y)}" for x, y in out[:-1]) + "Z"


def geom_to_path(geom: dict, tol: float, nd: int) -> str:
    polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    parts = []
    for poly in polys:
        for ring in poly:
            s = ring_to_path(ring, tol, nd)
            if s:
                parts.append(s)
    return "".join(parts)


def build(data: Path) -> dict:
    ne = json.loads((data / "naturalearth_countries_110m.json").read_text(encoding="utf-8"))
    countries = []
    for f in ne["features"]:
        p = f["properties"]
        if p.get("NAME") == "Antarctica":
            continue
        d = geom_to_path(f["geometry"], tol=0.05, nd=2)
        if d:
            countries.append({"name": p.get("NAME") or p.get("ADMIN"), "iso": p.get("ISO_A3"), "d": d})
    oc = json.loads((data / "ocha_syria_admin1.geojson").read_text(encoding="utf-8"))
    admin1 = []
    for f in oc["features"]:
        p = f["properties"]
        d = geom_to_path(f["geometry"], tol=0.01, nd=3)
        if d:
            admin1.append({"name": p.get("ADM1_EN"), "name_ar": p.get("ADM1_AR"), "pcode": p.get("ADM1_PCODE"),
                           "label": [round(p["center_lon"] * KX, 3), round(-p["center_lat"], 3)], "d": d})
    return {
        "projection": {"type": "equirectangular", "kx": KX, "x": "lon*kx", "y": "-lat"},
        "sources": ["Natural Earth 1:110m countries (public domain)",
                    "OCHA COD-AB Syria admin-1 boundaries (OCHA, via HDX)"],
        "countries": countries,
        "admin1": admin1,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "gazetteer"),
                    help="folder with naturalearth_countries_110m.json and ocha_syria_admin1.geojson")
    ap.add_argument("--out", default=str(ROOT / "hadath" / "web" / "static" / "basemap.json"))
    a = ap.parse_args(argv)
    data = Path(a.data)
    if not (data / "naturalearth_countries_110m.json").exists():
        print(f"error: source files not found in {data}", file=sys.stderr)
        return 1
    bm = build(data)
    text = json.dumps(bm, ensure_ascii=False, separators=(",", ":"))
    Path(a.out).write_text(text + "\n", encoding="utf-8")
    print(f"wrote {a.out}: {len(bm['countries'])} countries, {len(bm['admin1'])} governorates, "
          f"{len(text.encode('utf-8')):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
