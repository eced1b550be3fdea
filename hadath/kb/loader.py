"""Read hadath's TSV data files (header row, tab-separated, '#' comments, '|' lists)."""
from __future__ import annotations

import csv
import gzip
import io
from functools import lru_cache
from importlib import resources
from pathlib import Path


def data_path(name: str) -> Path:
    return Path(str(resources.files("hadath") / "data" / name))


def read_tsv(path: str | Path) -> list[dict[str, str]]:
    """Rows of a TSV file as dicts; lines starting with '#' are comments."""
    p = Path(path)
    opener = gzip.open if p.suffix == ".gz" else open
    with opener(p, "rt", encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """A bundled data file by name, cached."""
    return tuple(read_tsv(data_path(name)))


def split_list(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()] if value else []
