"""Turn input paths into articles.

``read_inputs`` yields ``Item`` objects, each either an article dict (``id``,
``text``, ``published``, ``outlet``, ``title``, ``url``) or a skip with a
one-line reason, so a caller can count and report bad input and go on.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(slots=True)
class Item:
    source: str                       # file path, with ":line" for JSONL rows
    article: dict[str, Any] | None = None
    error: str | None = None          # why this item was skipped


def _read_text_file(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise ValueError("binary file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1256")
        except UnicodeDecodeError:
            raise ValueError("not UTF-8 or cp1256 text") from None


def read_path(path: Path, published: str | None = None, outlet: str | None = None) -> Iterator[Item]:
    name = str(path)
    if path.suffix == ".jsonl":
        with path.open("r", encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                src = f"{name}:{n}"
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    yield Item(src, error=f"malformed JSON ({e.msg})")
                    continue
                if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                    yield Item(src, error="JSON line without a 'text' string")
                    continue
                art = dict(row)
                art.setdefault("id", f"{path.stem}:{n}")
                if not art.get("published") and published:
                    art["published"] = published
                if not art.get("outlet") and outlet:
                    art["outlet"] = outlet
                yield Item(src, article=art)
        return
    try:
        text = _read_text_file(path)
    except (OSError, ValueError) as e:
        yield Item(name, error=str(e))
        return
    yield Item(name, article={"id": path.stem, "text": text, "published": published, "outlet": outlet})


def read_inputs(paths: list[str], published: str | None = None, outlet: str | None = None) -> Iterator[Item]:
    for p in paths:
        path = Path(p)
        if p == "-":
            import sys
            yield Item("<stdin>", article={"id": "stdin", "text": sys.stdin.read(),
                                           "published": published, "outlet": outlet})
        elif not path.exists():
            yield Item(p, error="no such file")
        else:
            yield from read_path(path, published, outlet)
