"""The store's tables (SQLAlchemy Core), one schema for SQLite and PostgreSQL.

The Alembic migrations in ``migrations/versions`` create exactly these tables;
``tests/test_store.py`` checks that the two agree.
"""
from __future__ import annotations

from sqlalchemy import (Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table,
                        Text)

SCHEMA_REVISION = "0001"

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String(512), primary_key=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("published", String(10)),
    Column("outlet", Text),
    Column("title", Text),
    Column("url", Text),
    Column("text", Text, nullable=False),
    Column("country", Text),
    Column("warnings", Text, nullable=False, default="[]"),     # JSON list
    Column("sentences", Text, nullable=False, default="[]"),    # JSON [[start, end], ...]
    Column("n_events", Integer, nullable=False, default=0),
    Column("n_mentions", Integer, nullable=False, default=0),
    Column("hadath_version", String(32)),
    Column("ingested_at", String(32)),
)

mentions = Table(
    "mentions", metadata,
    Column("article_id", String(512), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Text, nullable=False, default="{}"),        # JSON object
    Column("sentence", Integer, nullable=False, default=-1),
)

events = Table(
    "events", metadata,
    Column("event_id", String(64), primary_key=True),
    Column("doc_id", String(512), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    Column("event_type", String(64), nullable=False),
    Column("sub_event_type", String(128), nullable=False),
    Column("event_date", String(10)),
    Column("time_precision", Integer),
    Column("actor1", Text),
    Column("inter1", Integer),
    Column("actor2", Text),
    Column("inter2", Integer),
    Column("country", Text),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("location", Text),
    Column("location_text", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("fatalities", Integer),
    Column("injuries", Integer),
    Column("quantity", Integer),
    Column("attribution", Text),
    Column("certainty", String(16)),
    Column("persons", Text, nullable=False, default="[]"),      # JSON list
    Column("evidence", Text, nullable=False, default="[]"),     # JSON [[start, end], ...]
    Column("triggers", Text, nullable=False, default="[]"),     # JSON [[start, end], ...]
    Column("cluster_id", String(64), index=True),
    Index("ix_events_type_date", "event_type", "event_date"),
    Index("ix_events_date", "event_date"),
    Index("ix_events_country", "country"),
)

clusters = Table(
    "clusters", metadata,
    Column("cluster_id", String(64), primary_key=True),
    Column("event_type", String(64), nullable=False),
    Column("sub_event_type", String(128)),
    Column("event_date", String(10)),
    Column("time_precision", Integer),
    Column("actor1", Text),
    Column("inter1", Integer),
    Column("actor2", Text),
    Column("inter2", Integer),
    Column("country", Text),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("location", Text),
    Column("location_text", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("fatalities", Integer),
    Column("injuries", Integer),
    Column("n_events", Integer, nullable=False),
    Column("n_articles", Integer, nullable=False),
    Column("n_outlets", Integer, nullable=False),
    Column("outlets", Text, nullable=False, default="[]"),      # JSON list
    Column("fatalities_conflict", Boolean, nullable=False, default=False),
    Column("injuries_conflict", Boolean, nullable=False, default=False),
    Column("contradiction", Boolean, nullable=False, default=False),
    Column("canonical", Text, nullable=False),                  # JSON: the canonical record + figures
    Index("ix_clusters_date", "event_date"),
    Index("ix_clusters_country", "country"),
)

# Pairs of events of different articles that contradict each other (e.g. one says a
# person was killed, the other that he was arrested). event_a < event_b.
contradictions = Table(
    "contradictions", metadata,
    Column("event_a", String(64), ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    Column("event_b", String(64), ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(32), primary_key=True),
    Column("persons", Text, nullable=False, default="[]"),      # JSON list of the shared names
)
