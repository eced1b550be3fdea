"""The store's tables (SQLAlchemy Core), one schema for SQLite and PostgreSQL.

The Alembic migrations in ``migrations/versions`` create exactly these tables;
``tests/test_store.py`` checks that the two agree.
"""
from __future__ import annotations

from sqlalchemy import (BigInteger, Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table,
                        Text, func)

SCHEMA_REVISION = "0006"

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
    # revision 0003: ACLED's associated actors, crowd size, the demand and the English notes
    Column("assoc_actor_1", Text),
    Column("assoc_actor_2", Text),
    Column("crowd_size", String(32)),
    Column("demand", Text),                                     # JSON {"text", "start", "end", "kind"} or NULL
    Column("notes", Text),
    Index("ix_events_type_date", "event_type", "event_date"),
    Index("ix_events_country", "country"),
)

# Read indexes (revision 0002). The listing order is event_date DESC NULLS LAST, doc_id, seq;
# on PostgreSQL the migration declares NULLS LAST (SQLite puts NULLs last in DESC order and
# refuses the clause in an index). The lower(...) indexes end with the column itself and
# event_type (country and admin1: also the columns filtered with them), so counts and
# timelines are answered from the index alone.
_ev_order = (events.c.event_date.desc(), events.c.doc_id, events.c.seq)
Index("ix_events_order", *_ev_order)
Index("ix_events_ltype", func.lower(events.c.event_type), *_ev_order, events.c.event_type)
Index("ix_events_lsubtype", func.lower(events.c.sub_event_type),
      *_ev_order, events.c.sub_event_type, events.c.event_type)
Index("ix_events_lcountry", func.lower(events.c.country), *_ev_order, events.c.country, events.c.event_type,
      events.c.sub_event_type)
Index("ix_events_ladmin1", func.lower(events.c.admin1), *_ev_order, events.c.admin1, events.c.country,
      events.c.event_type, events.c.sub_event_type)
# revision 0006: the actor indexes carry what the map and the timeline count (date, type,
# place, coordinates, deaths), so an actor's timeline or map is read from the index alone.
_ev_counted = (events.c.event_date, events.c.event_type, events.c.sub_event_type, events.c.country,
               events.c.admin1, events.c.longitude, events.c.latitude, events.c.fatalities)
Index("ix_events_actor1", events.c.actor1, *_ev_counted)
Index("ix_events_actor2", events.c.actor2, *_ev_counted)
Index("ix_events_lon_lat", events.c.longitude, events.c.latitude)
Index("ix_events_date_type", events.c.event_date, events.c.event_type)
Index("ix_events_admin1_country", events.c.admin1, events.c.country)

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
_cl_order = (clusters.c.event_date.desc(), clusters.c.cluster_id)
Index("ix_clusters_order", *_cl_order)
Index("ix_clusters_ltype", func.lower(clusters.c.event_type), *_cl_order, clusters.c.event_type)
Index("ix_clusters_lsubtype", func.lower(clusters.c.sub_event_type),
      *_cl_order, clusters.c.sub_event_type, clusters.c.event_type)
Index("ix_clusters_lcountry", func.lower(clusters.c.country),
      *_cl_order, clusters.c.country, clusters.c.event_type,
      clusters.c.sub_event_type)
Index("ix_clusters_ladmin1", func.lower(clusters.c.admin1),
      *_cl_order, clusters.c.admin1, clusters.c.country,
      clusters.c.event_type, clusters.c.sub_event_type)

# Every actor name stored in events.actor1/actor2 (revision 0002), kept by database triggers
# on insert and update of events, so writers other than hadath are covered too. The actor
# filter matches its substring against these names and then uses ix_events_actor1/2. Names
# whose events were deleted may remain; they match no event.
actor_names = Table(
    "actor_names", metadata,
    Column("name", Text, primary_key=True),
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

# --- revision 0006: a counter of changes for read caches, kept by database triggers on
# articles, events and clusters (see migrations/versions/0006_revision.py).
store_revision = Table(
    "store_revision", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("n", BigInteger, nullable=False),
)

# --- revision 0004: ``hadath watch`` (hadath/watch.py) --------------------------------------
# Feeds polled, with their conditional-GET validators and their last success or fault.
watch_feeds = Table(
    "watch_feeds", metadata,
    Column("url", String(1024), primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_attempt", String(32)),
    Column("last_success", String(32)),
    Column("last_error", Text),
    Column("n_ok", Integer, nullable=False, default=0),
    Column("n_errors", Integer, nullable=False, default=0),
)

# Every article page a feed listed: fetched once (state done), waiting (pending), or failed
# (error, tried again at next_try). content_hash is SHA-256 of the extracted text.
watch_pages = Table(
    "watch_pages", metadata,
    Column("url", String(1024), primary_key=True),
    Column("feed_url", Text),
    Column("outlet", Text),
    Column("country", Text),
    Column("stamp", Text),                  # the feed item's date: a new one means the page changed
    Column("state", String(16), nullable=False, default="pending"),
    Column("article_id", String(512)),
    Column("content_hash", String(64), index=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("attempts", Integer, nullable=False, default=0),
    Column("error_kind", String(32)),
    Column("error", Text),
    Column("first_seen", String(32)),
    Column("last_fetched", String(32)),
    Column("next_try", String(32)),
    Index("ix_watch_pages_state", "state"),
)

# Faults, one row each (kind: timeout, http, malformed, not_arabic, empty, database, robots ...).
watch_faults = Table(
    "watch_faults", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("kind", String(32), nullable=False, index=True),
    Column("url", Text),
    Column("reason", Text),
)

# Saved watches (alerts): the web app's filters as JSON and a webhook URL.
watch_alerts = Table(
    "watch_alerts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text),
    Column("filters", Text, nullable=False, default="{}"),
    Column("webhook", Text),
    Column("created", String(32)),
    Column("active", Boolean, nullable=False, default=True),
)

# One row per (alert, occurrence): an event's cluster (or the event) is delivered once.
watch_deliveries = Table(
    "watch_deliveries", metadata,
    Column("alert_id", Integer, ForeignKey("watch_alerts.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", String(64), primary_key=True),
    Column("event_id", String(64)),
    Column("payload", Text, nullable=False, default="{}"),
    Column("state", String(16), nullable=False, default="pending"),   # pending | sent | failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("created", String(32)),
    Column("sent_at", String(32)),
    Index("ix_watch_deliveries_state", "state"),
)
