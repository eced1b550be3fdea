"""Initial schema: articles, mentions, events, clusters, contradictions.

Revision ID: 0001
Revises:
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(512), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("published", sa.String(10)),
        sa.Column("outlet", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("country", sa.Text),
        sa.Column("warnings", sa.Text, nullable=False),
        sa.Column("sentences", sa.Text, nullable=False),
        sa.Column("n_events", sa.Integer, nullable=False),
        sa.Column("n_mentions", sa.Integer, nullable=False),
        sa.Column("hadath_version", sa.String(32)),
        sa.Column("ingested_at", sa.String(32)),
    )
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
    op.create_table(
        "mentions",
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("sentence", sa.Integer, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(64), primary_key=True),
        sa.Column("doc_id", sa.String(512), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("sub_event_type", sa.String(128), nullable=False),
        sa.Column("event_date", sa.String(10)),
        sa.Column("time_precision", sa.Integer),
        sa.Column("actor1", sa.Text),
        sa.Column("inter1", sa.Integer),
        sa.Column("actor2", sa.Text),
        sa.Column("inter2", sa.Integer),
        sa.Column("country", sa.Text),
        sa.Column("admin1", sa.Text),
        sa.Column("admin2", sa.Text),
        sa.Column("location", sa.Text),
        sa.Column("location_text", sa.Text),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("fatalities", sa.Integer),
        sa.Column("injuries", sa.Integer),
        sa.Column("quantity", sa.Integer),
        sa.Column("attribution", sa.Text),
        sa.Column("certainty", sa.String(16)),
        sa.Column("persons", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("triggers", sa.Text, nullable=False),
        sa.Column("cluster_id", sa.String(64)),
    )
    op.create_index("ix_events_doc_id", "events", ["doc_id"])
    op.create_index("ix_events_cluster_id", "events", ["cluster_id"])
    op.create_index("ix_events_type_date", "events", ["event_type", "event_date"])
    op.create_index("ix_events_date", "events", ["event_date"])
    op.create_index("ix_events_country", "events", ["country"])
    op.create_table(
        "clusters",
        sa.Column("cluster_id", sa.String(64), primary_key=True),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("sub_event_type", sa.String(128)),
        sa.Column("event_date", sa.String(10)),
        sa.Column("time_precision", sa.Integer),
        sa.Column("actor1", sa.Text),
        sa.Column("inter1", sa.Integer),
        sa.Column("actor2", sa.Text),
        sa.Column("inter2", sa.Integer),
        sa.Column("country", sa.Text),
        sa.Column("admin1", sa.Text),
        sa.Column("admin2", sa.Text),
        sa.Column("location", sa.Text),
        sa.Column("location_text", sa.Text),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("fatalities", sa.Integer),
        sa.Column("injuries", sa.Integer),
        sa.Column("n_events", sa.Integer, nullable=False),
        sa.Column("n_articles", sa.Integer, nullable=False),
        sa.Column("n_outlets", sa.Integer, nullable=False),
        sa.Column("outlets", sa.Text, nullable=False),
        sa.Column("fatalities_conflict", sa.Boolean, nullable=False),
        sa.Column("injuries_conflict", sa.Boolean, nullable=False),
        sa.Column("contradiction", sa.Boolean, nullable=False),
        sa.Column("canonical", sa.Text, nullable=False),
    )
    op.create_index("ix_clusters_date", "clusters", ["event_date"])
    op.create_index("ix_clusters_country", "clusters", ["country"])
    op.create_table(
        "contradictions",
        sa.Column("event_a", sa.String(64), sa.ForeignKey("events.event_id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("event_b", sa.String(64), sa.ForeignKey("events.event_id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("kind", sa.String(32), primary_key=True),
        sa.Column("persons", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for t in ("contradictions", "clusters", "events", "mentions", "articles"):
        op.drop_table(t)
