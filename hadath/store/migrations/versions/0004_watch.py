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

from alembic import op

from hadath.store import schema as S

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = ("watch_feeds", "watch_pages", "watch_faults", "watch_alerts", "watch_deliveries")


def upgrade() -> None:
    bind = op.get_bind()
    for name in TABLES:
        S.metadata.tables[name].create(bind)      # the table with its indexes, as schema.py has it


def downgrade() -> None:
    bind = op.get_bind()
    for name in reversed(TABLES):
        S.metadata.tables[name].drop(bind)
