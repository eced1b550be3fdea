import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_gold(name: str) -> list[dict]:
    path = SHARED / "gold" / name
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared is needed beside the project for gold-file tests")
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


@pytest.fixture(scope="session")
def seed_doc() -> dict:
    return load_gold("seed.jsonl")[0]


@pytest.fixture(scope="session")
def dev_docs() -> list[dict]:
    return load_gold("dev.jsonl")
