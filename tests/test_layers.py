"""Imports go down the layers, with no circles, in the input/store/web/command layers:
text <- kb <- mentions <- events <- coder <- pipeline <- io/store/fusion/export <- web/commands.

Read from the source with ``ast`` (imports inside functions count too: a lazy import
that hides a circle is still a circle)."""
from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "hadath"
LAYERS = {"hadath.text": 0, "hadath.kb": 1, "hadath.mentions": 2, "hadath.events": 3, "hadath.coder": 4,
          "hadath.pipeline": 5, "hadath.io": 6, "hadath.store": 6, "hadath.fusion": 6, "hadath.export": 6,
          "hadath.web": 7, "hadath.commands": 7}
CHECKED = ("hadath.io", "hadath.store", "hadath.web", "hadath.commands")


def _modules() -> dict[str, Path]:
    out = {}
    for p in PKG.rglob("*.py"):
        parts = p.relative_to(PKG.parent).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = p
    return out


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    graph = {}
    for name, path in mods.items():
        base = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        deps = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps |= {a.name for a in node.names if a.name.startswith("hadath")}
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    m = ".".join(base[: len(base) - node.level + 1] + ([node.module] if node.module else []))
                else:
                    m = node.module or ""
                for a in node.names:
                    deps.add(f"{m}.{a.name}" if f"{m}.{a.name}" in mods else m)
        graph[name] = {d for d in deps if d in mods and d != name}
    return graph


def _layer(m: str) -> int | None:
    for k, v in LAYERS.items():
        if m == k or m.startswith(k + "."):
            return v
    return None


def _in(m: str, prefixes) -> bool:
    return any(m == p or m.startswith(p + ".") for p in prefixes)


def test_no_import_circles_in_io_store_web_commands():
    graph = _graph()
    circles = []
    for start in (m for m in graph if _in(m, CHECKED)):
        # depth-first search for a path back to `start`
        stack, seen = [(start, [start])], set()
        while stack:
            node, path = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    circles.append(" -> ".join(path + [start]))
                elif nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, path + [nxt]))
    assert not circles, circles


def test_io_store_web_commands_import_downwards_only():
    graph = _graph()
    upward = [f"{a} -> {b}" for a, deps in graph.items() if _in(a, CHECKED) for b in deps
              if _layer(a) is not None and _layer(b) is not None and _layer(b) > _layer(a)]
    assert not upward, upward


def test_the_check_sees_a_circle():
    """The graph includes imports made inside functions (the kind that hid the old circles)."""
    graph = _graph()
    assert "hadath.io.feeds" in graph["hadath.io.readers"]            # a top-level import
    assert "hadath.pipeline" in graph["hadath.store.core"]            # made inside Store.ingest
