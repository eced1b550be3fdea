"""The event store: articles, mentions, events and fused clusters in SQLite or PostgreSQL.

Public interface (used by the CLI and by the web app)::

    from hadath.store import open_store
    store = open_store("events.db")            # or "sqlite:///events.db", "postgresql://user@host/db"
    res = store.ingest({"id": "a1", "text": "...", "published": "2017-01-21", "outlet": "..."})
    res.status                                 # "inserted" | "updated" | "unchanged"
    rows, total = store.query_events(country="Syria", type="Battles", limit=50)
    store.get_event(rows[0]["event_id"])        # + article text and mentions
    clusters, total = store.query_clusters(since="2017-01-01")
    store.get_cluster(clusters[0]["cluster_id"])
    store.counts_by_day(country="Syria")       # [{"date", "event_type", "n"}]
    store.facets()                             # {"types", "countries", "admin1s", "actors"}
    store.close()

One schema (SQLAlchemy Core) serves both back-ends; it is created and upgraded
by Alembic migrations shipped in ``hadath/store/migrations`` and applied when a
store is opened (upgrade-on-open). Every article is written in one transaction
together with its mentions, events and the clusters it changes, so a crash
never leaves half an article behind.

Filters shared by ``query_events``, ``query_clusters`` and ``counts_by_day``
(all optional, combined with AND):

- ``since`` / ``until``: ISO dates, inclusive, on ``event_date``;
- ``type``: ``event_type`` or ``sub_event_type``, exact (case-insensitive);
- ``actor``: case-insensitive substring of ``actor1`` or ``actor2``;
- ``country``, ``admin1``: exact, case-insensitive;
- ``text``: substring of the article title or text, of ``location_text`` or of
  ``location`` (for clusters: of any member's article);
- ``bbox``: ``(min_lon, min_lat, max_lon, max_lat)`` (a 4-sequence or a
  ``"w,s,e,n"`` string); events without coordinates are then left out.

Dict shapes returned:

- *event dict* (``query_events``): every key of ``Event.to_dict()`` (``doc_id``,
  ``event_id``, the EVENT_CODING fields, ``evidence``, ``triggers``) plus
  ``cluster_id``, ``title``, ``outlet``, ``published``, ``url`` of its article.
- ``get_event``: the event dict plus ``article`` (``{"id", "title", "outlet",
  "published", "url", "text"}``), ``mentions`` (the article's mentions as
  ``Mention.to_dict()``) and ``evidence_text`` (the quoted evidence strings).
- *cluster summary* (``query_clusters``): ``cluster_id``, the canonical
  record's fields (``event_type`` ... ``fatalities``, ``injuries``),
  ``n_events``, ``n_articles``, ``n_outlets``, ``outlets`` (list),
  ``fatalities_conflict``, ``injuries_conflict``, ``contradiction`` (bools).
- ``get_cluster``: the summary plus ``canonical`` (the canonical record, a
  dict with the EVENT_CODING fields), ``members`` (event dicts of every member,
  each with its source: ``outlet``, ``title``, ``published``, ``url``,
  ``attribution``, ``evidence`` and ``evidence_text``), ``figures``
  (``{"fatalities": [{"event_id", "doc_id", "outlet", "attribution", "value"}],
  "injuries": [...]}``) and ``contradictions`` (list of ``{"kind",
  "event_id", "other_event_id", "other_cluster_id", "persons", "evidence":
  [{"event_id", "doc_id", "outlet", "spans", "text"}, ...]}``).
"""
from __future__ import annotations

from typing import Any

from .core import IngestResult, Store, StoreUnavailable  # noqa: F401

__all__ = ["open_store", "Store", "IngestResult", "StoreUnavailable", "normalise_url"]


def normalise_url(url: str) -> str:
    """A SQLAlchemy URL for a path, ``sqlite:///path`` or ``postgresql://...``.

    A bare path (``events.db``) means SQLite; ``postgresql://`` and
    ``postgres://`` use the psycopg 3 driver.
    """
    from .core import normalise_url as _n
    return _n(url)


def open_store(url: str, **kw: Any) -> Store:
    """Open (and create or upgrade, if needed) the store at ``url``.

    ``url``: a file path or ``sqlite:///path`` for SQLite (created with its
    parent directory if missing, unless ``create=False``; WAL mode), or ``postgresql://user:pw@host:port/db``
    (needs ``pip install 'hadath[postgres]'``). Raises ``hadath.errors.HadathInputError``
    for an unusable URL, and its subclass ``StoreUnavailable`` when the database
    cannot be reached or created.
    """
    return Store(url, **kw)
