"""``hadath watch``: feeds, pages seen, faults, saved alerts and their deliveries.

``watch_feeds`` (conditional-GET validators, last success and fault per feed),
``watch_pages`` (every article URL a feed listed, its state and the SHA-256 of its
text, so nothing is fetched twice and a changed page is re-coded), ``watch_faults``
(one row per fault with its kind and reason), ``watch_alerts`` (saved filters and a
webhook) and ``watch_deliveries`` (one row per alert and occurrence: delivered once).

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The tables as this revision creates them (frozen here: a later change to schema.py needs a
# revision of its own); tests/test_store.py checks they agree with schema.py.
_md = sa.MetaData()
TABLES = [
    sa.Table("watch_feeds", _md,
             sa.Column("url", sa.String(1024), primary_key=True),
             sa.Column("etag", sa.Text), sa.Column("last_modified", sa.Text),
             sa.Column("last_attempt", sa.String(32)), sa.Column("last_success", sa.String(32)),
             sa.Column("last_error", sa.Text),
             sa.Column("n_ok", sa.Integer, nullable=False), sa.Column("n_errors", sa.Integer, nullable=False)),
    sa.Table("watch_pages", _md,
             sa.Column("url", sa.String(1024), primary_key=True),
             sa.Column("feed_url", sa.Text), sa.Column("outlet", sa.Text), sa.Column("country", sa.Text),
             sa.Column("stamp", sa.Text), sa.Column("state", sa.String(16), nullable=False),
             sa.Column("article_id", sa.String(512)), sa.Column("content_hash", sa.String(64), index=True),
             sa.Column("etag", sa.Text), sa.Column("last_modified", sa.Text),
             sa.Column("attempts", sa.Integer, nullable=False), sa.Column("error_kind", sa.String(32)),
             sa.Column("error", sa.Text), sa.Column("first_seen", sa.String(32)),
             sa.Column("last_fetched", sa.String(32)), sa.Column("next_try", sa.String(32)),
             sa.Index("ix_watch_pages_state", "state")),
    sa.Table("watch_faults", _md,
             sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
             sa.Column("at", sa.String(32), nullable=False), sa.Column("kind", sa.String(32), nullable=False, index=True),
             sa.Column("url", sa.Text), sa.Column("reason", sa.Text)),
    sa.Table("watch_alerts", _md,
             sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
             sa.Column("name", sa.Text), sa.Column("filters", sa.Text, nullable=False),
             sa.Column("webhook", sa.Text), sa.Column("created", sa.String(32)),
             sa.Column("active", sa.Boolean, nullable=False)),
    sa.Table("watch_deliveries", _md,
             sa.Column("alert_id", sa.Integer, sa.ForeignKey("watch_alerts.id", ondelete="CASCADE"),
                       primary_key=True),
             sa.Column("item_id", sa.String(64), primary_key=True), sa.Column("event_id", sa.String(64)),
             sa.Column("payload", sa.Text, nullable=False), sa.Column("state", sa.String(16), nullable=False),
             sa.Column("attempts", sa.Integer, nullable=False), sa.Column("created", sa.String(32)),
             sa.Column("sent_at", sa.String(32)),
             sa.Index("ix_watch_deliveries_state", "state")),
]


def upgrade() -> None:
    bind = op.get_bind()
    for t in TABLES:
        t.create(bind)                  # the table with its indexes


def downgrade() -> None:
    bind = op.get_bind()
    for t in reversed(TABLES):
        t.drop(bind)
