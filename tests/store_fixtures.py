"""Stores for the tests: a SQLite store left at an older Alembic revision (the upgrade on open),
and a store of coded ANT articles (the map, rollup and columns tests)."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path


@contextmanager
def sqlite_at_revision(db: Path, revision: str):
    """Create ``db`` at ``revision`` and yield (engine, connection) inside one transaction, so the
    test can write rows as an older hadath would have; the caller disposes of the engine."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    import hadath.store
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(hadath.store.__file__).with_name("migrations")))
    eng = create_engine(f"sqlite:///{db}")
    with eng.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        yield eng, conn


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora" / "ant_news.jsonl"


def corpus_store(db: Path, n: int, extra: list[dict]):
    """A store at ``db`` with the first ``n`` ANT articles (when the corpus is there) and ``extra``."""
    import json

    from hadath.store import open_store
    st = open_store(str(db))
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= n:
                    break
                st.ingest(json.loads(line))
    for a in extra:
        st.ingest(a)
    return st
