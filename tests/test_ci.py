"""What CI runs is what a newcomer reads, and the package depends on what it imports.

- ``.ci/run`` runs the README's two set-up commands as written (found by
  ``.ci/readme-commands``), with the pip the venv ships: no pip upgrade before them.
- Every third-party module hadath imports at the top of a module (outside ``try: ...
  except ImportError``) belongs to a distribution named in ``[project].dependencies``;
  one imported only inside a function (an optional feature) is named there or in an
  extra. lxml.html.clean, which trafilatura and justext import, is there through
  ``lxml_html_clean``.
- The licence is an SPDX expression, which needs setuptools 77 to build.
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _readme_setup_commands() -> list[str]:
    """The indented command lines above the README's first '---', parsed here independently."""
    head = README.split("\n---\n", 1)[0]
    return [ln[4:] for ln in head.splitlines() if ln.startswith("    ") and not ln.startswith("     ")]


def test_readme_starts_with_the_two_setup_commands():
    cmds = _readme_setup_commands()
    assert len(cmds) == 2, cmds
    install, tests = cmds
    for c in cmds:
        assert c.startswith("python3 -m venv .venv && . .venv/bin/activate && pip install ")
        assert "upgrade" not in c
    assert "pip install . && hadath extract hadath/examples/example_ar.txt --published 2018-11-20" in install
    assert tests.endswith("pip install -e '.[test]' && python -m pytest -q")
    # They are the first commands a reader meets: nothing runnable comes before them.
    first_block = README.index("    " + install)
    assert "```" not in README[:first_block]


def test_ci_runs_exactly_the_readme_commands():
    out = subprocess.run(["bash", str(ROOT / ".ci" / "readme-commands")], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == _readme_setup_commands()
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    code = "\n".join(ln for ln in run.splitlines() if not ln.lstrip().startswith("#"))
    assert ".ci/readme-commands" in code and 'bash -c "$cmd"' in code
    assert not re.search(r"pip\s+install[^\n]*(--upgrade|-U)\s+pip", code), "CI must use the pip the venv ships"
    # The README's commands come first; the extra installs and services after them.
    assert code.index('bash -c "$cmd"') < code.index("pip install") < code.index("python -m pytest -q")


# Import names of distributions that may not be installed here (optional extras), where they differ.
KNOWN = {"sklearn": "scikit-learn", "yaml": "PyYAML", "psycopg": "psycopg"}


def _dist_names(specs: list[str]) -> set[str]:
    return {re.split(r"[<>=!~\[; ]", s, 1)[0].lower().replace("_", "-") for s in specs}


def _guarded(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Inside ``try:`` with an ``except ImportError`` (or broader) handler."""
    while node in parents:
        child, node = node, parents[node]
        if isinstance(node, ast.Try) and child in node.body:
            for h in node.handlers:
                names = ({n.id for n in ast.walk(h.type) if isinstance(n, ast.Name)}
                         if h.type is not None else {"Exception"})
                if names & {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}:
                    return True
    return False


def _in_function(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return True
    return False


def test_every_imported_package_is_a_declared_dependency():
    declared = _dist_names(PYPROJECT["project"]["dependencies"])
    extras = declared | {d for specs in PYPROJECT["project"].get("optional-dependencies", {}).values()
                         for d in _dist_names(specs)}
    dists = packages_distributions()
    missing = []
    for path in (ROOT / "hadath").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {c: p for p in ast.walk(tree) for c in ast.iter_child_nodes(p)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                tops = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                tops = [node.module.split(".")[0]]
            else:
                continue
            for top in tops:
                if top == "hadath" or top in sys.stdlib_module_names or _guarded(node, parents):
                    continue
                names = {d.lower().replace("_", "-") for d in dists.get(top, [KNOWN.get(top, top)])}
                if not names & (extras if _in_function(node, parents) else declared):
                    missing.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {top} ({sorted(names)})")
    assert not missing, missing
    assert "lxml-html-clean" in declared and "tqdm" in declared


def test_lxml_html_clean_is_importable():
    """What trafilatura and justext import; lxml 5.2+ moved it to the lxml_html_clean project."""
    import lxml.html.clean  # noqa: F401
    import trafilatura  # noqa: F401


def test_licence_is_an_spdx_expression_and_setuptools_can_read_it():
    assert PYPROJECT["project"]["license"] == "Apache-2.0"
    req = PYPROJECT["build-system"]["requires"]
    m = next(re.match(r"setuptools>=(\d+)", r) for r in req if r.startswith("setuptools"))
    assert m and int(m[1]) >= 77, req
