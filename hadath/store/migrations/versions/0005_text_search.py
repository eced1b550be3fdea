"""Text search through an index: ``search_docs`` (+ ``search_fts`` on SQLite).

One row per article holding its searchable text (title, text, and the ``location``
and ``location_text`` of its events) normalised as ``hadath.store.search`` does:
folded Arabic, each token also as its last stem (proclitics peeled).

* SQLite: ``search_docs(id INTEGER PRIMARY KEY, article_id UNIQUE)`` and the FTS5
  table ``search_fts(body)`` (``unicode61 remove_diacritics 2``) whose rowid is
  ``search_docs.id``; a trigger deletes the FTS row with its ``search_docs`` row.
* PostgreSQL: ``search_docs(id, article_id UNIQUE, body)`` and a GIN index on
  ``to_tsvector('simple', body)``.

``search_docs.article_id`` references ``articles(id) ON DELETE CASCADE``. The
back-fill reads the stored articles in pages of 2,000 and indexes them with the
normaliser of the running hadath (the words indexed are code, not schema).

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_SQLITE = [
    "CREATE TABLE search_docs (id INTEGER PRIMARY KEY, "
    "article_id VARCHAR(512) NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE)",
    "CREATE VIRTUAL TABLE search_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
    "DELETE FROM search_fts WHERE rowid = OLD.id; END",
]
_PG = [
    "CREATE TABLE search_docs (id SERIAL PRIMARY KEY, "
    "article_id VARCHAR(512) NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE, body TEXT NOT NULL)",
    "CREATE INDEX ix_search_docs_body ON search_docs USING gin (to_tsvector('simple', body))",
]

_PAGE = 2000


def backfill(conn: sa.Connection) -> int:
    """Index every stored article; returns how many."""
    from hadath.store.search import body_of
    pg = conn.dialect.name == "postgresql"
    a = sa.table("articles", sa.column("id"), sa.column("title"), sa.column("text"))
    e = sa.table("events", sa.column("doc_id"), sa.column("seq"), sa.column("location"),
                 sa.column("location_text"))
    last, n = None, 0
    while True:
        q = sa.select(a.c.id, a.c.title, a.c.text).order_by(a.c.id).limit(_PAGE)
        if last is not None:
            q = q.where(a.c.id > last)
        page = conn.execute(q).all()
        if not page:
            return n
        ids = [r[0] for r in page]
        places: dict[str, list[tuple]] = {}
        for r in conn.execute(sa.select(e.c.doc_id, e.c.location, e.c.location_text)
                              .where(e.c.doc_id.in_(ids)).order_by(e.c.doc_id, e.c.seq)):
            places.setdefault(r[0], []).append((r[1], r[2]))
        bodies = [(r[0], body_of(r[1], r[2], places.get(r[0], []))) for r in page]
        if pg:
            conn.execute(sa.text("INSERT INTO search_docs (article_id, body) VALUES (:a, :b)"),
                         [{"a": i, "b": b} for i, b in bodies])
        else:
            conn.execute(sa.text("INSERT INTO search_docs (article_id) VALUES (:a)"), [{"a": i} for i, _ in bodies])
            rid = {r[0]: r[1] for r in conn.execute(sa.text(
                "SELECT article_id, id FROM search_docs WHERE article_id >= :lo AND article_id <= :hi"),
                {"lo": ids[0], "hi": ids[-1]})}
            conn.execute(sa.text("INSERT INTO search_fts (rowid, body) VALUES (:r, :b)"),
                         [{"r": rid[i], "b": b} for i, b in bodies])
        n += len(page)
        last = ids[-1]


def upgrade() -> None:
    conn = op.get_bind()
    for stmt in _PG if conn.dialect.name == "postgresql" else _SQLITE:
        op.execute(stmt)
    backfill(conn)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TRIGGER IF EXISTS search_docs_ad")
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DROP TABLE IF EXISTS search_docs")
