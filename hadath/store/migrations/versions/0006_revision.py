"""Read caches at ACLED scale: a revision counter and the map's rollup.

* ``store_revision``: one row (``id`` 1) whose ``n`` grows whenever a row of
  ``articles``, ``events`` or ``clusters`` is inserted, updated or deleted, by database
  triggers, so writers other than hadath are counted too. The web app keeps its answers
  while ``n`` is unchanged (``hadath/web/cache.py``). The new value becomes visible
  with the writer's commit, in the same snapshot as the rows it changed. SQLite: row
  triggers (SQLite has no statement triggers); PostgreSQL: statement triggers.
* ``event_cells``: the events counted per month, type, sub-type, country, admin1 and
  grid cell of ``hadath.store.rollup.CELL`` degrees (zoom 6 of the map's grid), with
  their deaths and the sums of their coordinates; kept by row triggers on ``events``
  (insert, delete, and update of the columns it counts). Map cells at zoom 6 and
  below, monthly timelines and the filter menus' counts read it instead of every event
  (two million events: 100,000 rows); ``event_cells_fine`` the same with cells of zoom 9
  (about 10 km) for map zooms 7-9. See ``hadath/store/rollup.py``.
* ``ix_events_actor1``/``ix_events_actor2`` also carry the columns the map and the
  timeline count, so an actor's timeline is read from the index alone.

Revision ID: 0006
Revises: 0005
"""
from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLES = ("articles", "events", "clusters")
_COUNTED = "event_date, event_type, sub_event_type, country, admin1, longitude, latitude, fatalities"
_OPS = ("INSERT", "UPDATE", "DELETE")


def upgrade() -> None:
    from hadath.store import rollup
    pg = op.get_bind().dialect.name == "postgresql"
    op.execute("CREATE TABLE store_revision (id INTEGER PRIMARY KEY, n BIGINT NOT NULL)")
    op.execute("INSERT INTO store_revision (id, n) VALUES (1, 0)")
    if pg:
        op.execute("CREATE OR REPLACE FUNCTION hadath_bump_revision() RETURNS trigger AS $$ "
                   "BEGIN UPDATE store_revision SET n = n + 1 WHERE id = 1; RETURN NULL; END; "
                   "$$ LANGUAGE plpgsql")
    for t in TABLES:
        for o in _OPS:
            name = f"tr_{t}_rev_{o.lower()}"
            if pg:
                op.execute(f"CREATE TRIGGER {name} AFTER {o} ON {t} "
                           "FOR EACH STATEMENT EXECUTE FUNCTION hadath_bump_revision()")
            else:
                op.execute(f"CREATE TRIGGER {name} AFTER {o} ON {t} "
                           "BEGIN UPDATE store_revision SET n = n + 1 WHERE id = 1; END")
    for stmt in rollup.ddl("postgresql" if pg else "sqlite"):
        op.execute(stmt)
    rollup.rebuild(op.get_bind())
    for side in ("actor1", "actor2"):
        op.execute(f"DROP INDEX IF EXISTS ix_events_{side}")
        op.execute(f"CREATE INDEX ix_events_{side} ON events ({side}, {_COUNTED})")


def downgrade() -> None:
    from hadath.store import rollup
    pg = op.get_bind().dialect.name == "postgresql"
    for stmt in rollup.drop_ddl("postgresql" if pg else "sqlite"):
        op.execute(stmt)
    for side in ("actor1", "actor2"):
        op.execute(f"DROP INDEX IF EXISTS ix_events_{side}")
        op.execute(f"CREATE INDEX ix_events_{side} ON events ({side})")
    for t in TABLES:
        for o in _OPS:
            op.execute(f"DROP TRIGGER IF EXISTS tr_{t}_rev_{o.lower()}" + (f" ON {t}" if pg else ""))
    if pg:
        op.execute("DROP FUNCTION IF EXISTS hadath_bump_revision()")
    op.execute("DROP TABLE IF EXISTS store_revision")
