"""A SQLite store left at an older Alembic revision, for the tests that check the upgrade on open."""
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
