"""Indexes for the read queries, and a table of actor names.

- ``events``: the listing order (``event_date DESC NULLS LAST, doc_id, seq``)
  on its own and after the case-insensitive filters (``lower(event_type)``,
  ``lower(sub_event_type)``, ``lower(country)``, ``lower(admin1)``), so a
  filtered page is read from an index in order and a filtered count or
  timeline never touches the table; ``actor1`` and ``actor2``; ``(longitude, latitude)`` for
  boxes; ``(event_date, event_type)`` for the timeline (replaces
  ``ix_events_date``) and ``(admin1, country)`` for the facets.
- ``clusters``: the same case-insensitive filters and the listing order.
- ``actor_names``: every actor name ever stored in ``events.actor1/actor2``
  (kept by triggers, so rows written by any client are covered). The actor
  filter matches its substring against these few names, then finds the events
  through the ``actor1``/``actor2`` indexes. Names of deleted events may stay:
  they match no event, so results are unchanged.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (name, table, columns); "{nl}" is " NULLS LAST" on PostgreSQL. The lower(...) indexes end
# with the column itself and event_type so that counts and timelines are read from the index
# alone (both back-ends need the column under lower(...) in the index for that); the country
# and province ones also carry the columns filtered with them (country, type and sub-type).
_EV_ORDER = "event_date DESC{nl}, doc_id, seq"
_CL_ORDER = "event_date DESC{nl}, cluster_id"
INDEXES = [
    ("ix_events_order", "events", _EV_ORDER),
    ("ix_events_ltype", "events", f"lower(event_type), {_EV_ORDER}, event_type"),
    ("ix_events_lsubtype", "events", f"lower(sub_event_type), {_EV_ORDER}, sub_event_type, event_type"),
    ("ix_events_lcountry", "events", f"lower(country), {_EV_ORDER}, country, event_type, sub_event_type"),
    ("ix_events_ladmin1", "events", f"lower(admin1), {_EV_ORDER}, admin1, country, event_type, sub_event_type"),
    ("ix_events_actor1", "events", "actor1"),
    ("ix_events_actor2", "events", "actor2"),
    ("ix_events_lon_lat", "events", "longitude, latitude"),
    ("ix_events_date_type", "events", "event_date, event_type"),
    ("ix_events_admin1_country", "events", "admin1, country"),
    ("ix_clusters_order", "clusters", _CL_ORDER),
    ("ix_clusters_ltype", "clusters", f"lower(event_type), {_CL_ORDER}, event_type"),
    ("ix_clusters_lsubtype", "clusters", f"lower(sub_event_type), {_CL_ORDER}, sub_event_type, event_type"),
    ("ix_clusters_lcountry", "clusters", f"lower(country), {_CL_ORDER}, country, event_type, sub_event_type"),
    ("ix_clusters_ladmin1", "clusters", f"lower(admin1), {_CL_ORDER}, admin1, country, event_type, sub_event_type"),
]

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION hadath_actor_names() RETURNS trigger AS $$
BEGIN
    IF NEW.actor1 IS NOT NULL THEN
        INSERT INTO actor_names (name) VALUES (NEW.actor1) ON CONFLICT DO NOTHING;
    END IF;
    IF NEW.actor2 IS NOT NULL THEN
        INSERT INTO actor_names (name) VALUES (NEW.actor2) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql
"""

_SQLITE_BODY = """
BEGIN
    INSERT OR IGNORE INTO actor_names (name) SELECT NEW.actor1 WHERE NEW.actor1 IS NOT NULL;
    INSERT OR IGNORE INTO actor_names (name) SELECT NEW.actor2 WHERE NEW.actor2 IS NOT NULL;
END
"""


def upgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    nl = " NULLS LAST" if pg else ""     # SQLite puts NULLs last in DESC order and refuses the clause
    op.drop_index("ix_events_date", table_name="events")
    for name, table, cols in INDEXES:
        op.execute(f"CREATE INDEX {name} ON {table} ({cols.replace('{nl}', nl)})")
    op.execute("CREATE TABLE actor_names (name TEXT NOT NULL PRIMARY KEY)")
    op.execute("INSERT INTO actor_names (name) SELECT actor1 FROM events WHERE actor1 IS NOT NULL "
               "UNION SELECT actor2 FROM events WHERE actor2 IS NOT NULL")
    if pg:
        op.execute(_PG_FUNCTION)
        op.execute("CREATE TRIGGER tr_events_actor_names AFTER INSERT OR UPDATE OF actor1, actor2 ON events "
                   "FOR EACH ROW EXECUTE FUNCTION hadath_actor_names()")
        op.execute("ANALYZE events")
        op.execute("ANALYZE clusters")
    else:
        op.execute("CREATE TRIGGER tr_events_actor_names_ins AFTER INSERT ON events" + _SQLITE_BODY)
        op.execute("CREATE TRIGGER tr_events_actor_names_upd AFTER UPDATE OF actor1, actor2 ON events"
                   + _SQLITE_BODY)


def downgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    if pg:
        op.execute("DROP TRIGGER IF EXISTS tr_events_actor_names ON events")
        op.execute("DROP FUNCTION IF EXISTS hadath_actor_names()")
    else:
        op.execute("DROP TRIGGER IF EXISTS tr_events_actor_names_ins")
        op.execute("DROP TRIGGER IF EXISTS tr_events_actor_names_upd")
    op.execute("DROP TABLE actor_names")
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    op.create_index("ix_events_date", "events", ["event_date"])
