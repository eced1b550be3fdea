"""Record fields for protests and ACLED's export: associated actors, crowd size, demand, notes.

``events`` gains five nullable columns (``Event`` fields of the same names):
``assoc_actor_1``, ``assoc_actor_2`` (ACLED's associated actors), ``crowd_size``
(ACLED's crowd size tag, Protests and Riots only), ``demand`` (JSON
``{"text", "start", "end", "kind"}``: the crowd's demand as written, with offsets
into the article) and ``notes`` (the English sentence built from the record).
Rows stored before this revision keep NULL; ``hadath.export`` builds the notes of
such rows from their fields when it writes them. No index: nothing filters on them.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = [
    ("assoc_actor_1", sa.Text),
    ("assoc_actor_2", sa.Text),
    ("crowd_size", lambda: sa.String(32)),
    ("demand", sa.Text),
    ("notes", sa.Text),
]


def upgrade() -> None:
    # plain ALTER TABLE ... ADD COLUMN on both back-ends (nullable, no default: no table rewrite)
    for name, type_ in COLUMNS:
        op.add_column("events", sa.Column(name, type_(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35 or later), not a batch copy of the table, which
    # would lose the actor-name triggers of revision 0002
    for name, _ in reversed(COLUMNS):
        op.execute(f"ALTER TABLE events DROP COLUMN {name}")
