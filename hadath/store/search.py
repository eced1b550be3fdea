"""The store's text-search index (revision 0005).

One row per article: ``search_docs(id, article_id)``, with the article's searchable
text normalised the way hadath matches Arabic (``hadath.text.normalize.fold``:
diacritics, tatweel, alef/ya/ta-marbuta; proclitics peeled by
``hadath.text.tokenize``). The text is the article's title and text plus the
``location`` and ``location_text`` of its events: what the old ``ILIKE`` filter
scanned. Each token is indexed as its folded form and its forms without
proclitics and ال (``وبالباغوز`` -> ``وبالباغوز بالباغوز الباغوز باغوز``).

* SQLite: the FTS5 table ``search_fts(body)`` (tokenizer ``unicode61
  remove_diacritics 2``), its rowid = ``search_docs.id`` (an INTEGER PRIMARY KEY,
  so it survives VACUUM, unlike the implicit rowid of ``articles``).
* PostgreSQL: ``search_docs.body`` with a GIN index on ``to_tsvector('simple', body)``.

A query is cut into the same tokens; each gives its forms, and an article matches
when it holds, for every query token, one of its forms (the last token's as a
prefix). A word-initial و ف ب ل ك is ambiguous (``وزارة``): the query form with it
and without it are both looked up, so ``وزارة`` finds ``الوزارة`` (and also a rare
``زارة``); ``بالحكومة`` finds what ``الحكومة`` finds. The body and the terms
hold only letters and digits separated by spaces, so FTS5's ``unicode61`` and
PostgreSQL's ``simple`` parser cut them into the same words.

The rows are written by ``hadath.store._write`` in the transaction that writes or
removes the article (the normalisation is Python, so no database trigger can do it).
"""
from __future__ import annotations

import re
import unicodedata
import weakref
from typing import Any

from sqlalchemy import Column, Integer, MetaData, String, Table, Text, bindparam, delete, insert, literal_column, select
from sqlalchemy import text as sql_text

from ..text.tokenize import tokenize

# search_docs as the code uses it (the migration creates it per back-end: on SQLite without body).
_md = MetaData()
search_docs = Table(
    "search_docs", _md,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(512), nullable=False, unique=True),
    Column("body", Text),      # PostgreSQL only
)

_SPLIT = re.compile(r"[^\w]+|_+")


def _words(tok_norm: str) -> list[str]:
    w = tok_norm.lower()
    if not w.isascii():
        # Latin accents off (as unicode61's remove_diacritics, which PostgreSQL's 'simple' lacks)
        w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    return [x for x in _SPLIT.split(w) if x]


def forms(stems: tuple[str, ...], norm: str) -> list[str]:
    """A token's search forms: the folded token, its forms without proclitics, and those
    without ال (``للأمن`` -> ``للامن الامن لامن امن``)."""
    out = list(stems) or [norm]
    out += [s[2:] for s in stems if s.startswith("ال") and len(s) > 3]
    return list(dict.fromkeys(w for f in out for w in _words(f)))


def index_words(text: str | None) -> list[str]:
    """The words indexed for ``text``: every search form of each token, in order."""
    return [w for t in tokenize(text or "") for w in forms(t.stems, t.norm)]


def query_terms(q: str | None) -> list[list[str]]:
    """The terms of a query, each a list of alternatives (the forms of one token): an
    article matches a term when it holds any of them. A word the folding cuts in
    several (``x_y``) gives several terms."""
    out: list[list[str]] = []
    for t in tokenize(q or ""):
        parts = _words(t.norm)
        if len(parts) == 1:
            out.append(forms(t.stems, t.norm))
        else:
            out += [[p] for p in parts]
    return out


def body_of(title: str | None, text: str | None, places: list[tuple[Any, Any]]) -> str:
    parts = [title, text, *(p for pl in places for p in pl if p)]
    return " ".join(w for p in parts for w in index_words(p))


def fts5_query(terms: list[list[str]]) -> str:
    """FTS5 MATCH expression: every term (any of its forms), the last one as a prefix."""
    qs = []
    for i, alts in enumerate(terms):
        star = "*" if i == len(terms) - 1 else ""
        qs.append("(" + " OR ".join(f'"{w}"{star}' for w in alts) + ")")
    return " AND ".join(qs)


def tsquery(terms: list[list[str]]) -> str:
    """PostgreSQL ``to_tsquery('simple', ...)`` text with the same meaning."""
    qs = []
    for i, alts in enumerate(terms):
        star = ":*" if i == len(terms) - 1 else ""
        qs.append("(" + " | ".join(w + star for w in alts) + ")")
    return " & ".join(qs)


_HAVE: "weakref.WeakSet[Any]" = weakref.WeakSet()


def has_index(conn: Any) -> bool:
    """Whether the store has the index (revision 0005 or later); remembered per engine once true."""
    from sqlalchemy import inspect
    eng = conn.engine
    if eng in _HAVE:
        return True
    if inspect(conn).has_table("search_docs"):
        _HAVE.add(eng)
        return True
    return False


def matching_articles(dialect: str, terms: list[str]) -> Any:
    """A SELECT of the ``article_id`` of the articles matching every term."""
    d = search_docs
    if dialect == "sqlite":
        fts = select(literal_column("rowid")).select_from(sql_text("search_fts")).where(
            sql_text("search_fts MATCH :fts_q").bindparams(bindparam("fts_q", fts5_query(terms))))
        return select(d.c.article_id).where(d.c.id.in_(fts))
    cond = sql_text("to_tsvector('simple', search_docs.body) @@ to_tsquery('simple', :ts_q)").bindparams(
        bindparam("ts_q", tsquery(terms)))
    return select(d.c.article_id).where(cond)


def write_article(conn: Any, dialect: str, article_id: str, title: str | None, text: str | None,
                  places: list[tuple[Any, Any]]) -> None:
    """(Re)index one article, inside the caller's transaction."""
    remove_article(conn, dialect, article_id)
    body = body_of(title, text, places)
    if dialect == "sqlite":
        res = conn.execute(sql_text("INSERT INTO search_docs (article_id) VALUES (:a)"), {"a": article_id})
        rid = res.lastrowid
        conn.execute(sql_text("INSERT INTO search_fts (rowid, body) VALUES (:r, :b)"), {"r": rid, "b": body})
    else:
        conn.execute(insert(search_docs).values(article_id=article_id, body=body))


def remove_article(conn: Any, dialect: str, article_id: str) -> None:
    # on SQLite the trigger search_docs_ad deletes the FTS row
    conn.execute(delete(search_docs).where(search_docs.c.article_id == article_id))
