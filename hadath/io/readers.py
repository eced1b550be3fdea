"""Turn input paths into articles.

``read_inputs`` yields ``Item`` objects, each either an article dict (``id``,
``text``, ``published``, ``outlet``, ``title``, ``url``) or a skip with a
one-line reason, so a caller can count and report bad input and go on.

Input kinds, by file name (or sniffed from the first bytes when the name says
nothing):

=====================  ======================================================
``.txt``               one article; UTF-8 (BOM or not), UTF-16 with BOM, or
                       Windows Arabic (cp1256), detected
``.html`` ``.htm``     one article: main text, title, date, outlet (trafilatura)
``.xml`` ``.rss``      an RSS/Atom feed: one article per item (feedparser)
``.atom``
``.jsonl``             one article per line: ``{"text", "id", "published", ...}``
``.jsonl.gz``          the same, gzip-compressed
``.json``              one article object, or a list of them
directory              every file above inside it, recursively, sorted by path;
                       hidden files and other file types are ignored
``-``                  standard input (kind sniffed)
=====================  ======================================================
"""
from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..pipeline import MAX_CHARS
from . import feeds as _feeds
from . import html as _html
from .dates import clean_date

__all__ = ["Item", "read_inputs", "read_path", "read_bytes", "input_size", "iter_dir", "clean_date",
           "decode_bytes", "sniff_binary", "NotText"]


@dataclass(slots=True)
class Item:
    source: str                       # file path, with ":line" for JSONL rows, "#n" for feed items
    article: dict[str, Any] | None = None
    error: str | None = None          # why this item was skipped
    nbytes: int = 0                   # bytes of input this item accounts for (for progress)


SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
            ".xml": "feed", ".rss": "feed", ".atom": "feed", ".jsonl": "jsonl", ".ndjson": "jsonl",
            ".json": "json"}
MAX_HTML_BYTES = 8 * MAX_CHARS     # a bigger page is refused unread

# ---------------------------------------------------------------------------------------------
# decoding and dates


class NotText(ValueError):
    """The bytes are not text hadath can read."""


_ARABIC = re.compile(r"[\u0600-\u06FF]")
# cp1256 maps no printable text to these; real Windows-Arabic text has none of them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MAGIC = {b"%PDF": "a PDF file", b"PK\x03\x04": "a ZIP archive or Office file",
          b"\x1f\x8b": "gzip data; name it .jsonl.gz", b"\x89PNG": "a PNG image",
          b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\x7fELF": "an executable",
          b"SQLite format": "an SQLite database"}


def sniff_binary(data: bytes) -> str | None:
    """A one-line reason when ``data`` looks binary, else None."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None                                   # UTF-16 with BOM: text
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            return f"binary file ({what})"
    if b"\x00" in head:
        return "binary file (NUL bytes)"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode text bytes; return ``(text, encoding)``; raise ``NotText``.

    UTF-8 is tried first.  Arabic text in cp1256 (Windows Arabic) is practically
    never valid UTF-8: its letters are bytes 0xC1-0xFE, which UTF-8 accepts only as
    lead bytes followed by 0x80-0xBF continuation bytes, and Arabic words do not
    line up that way.  Otherwise cp1256 is tried and checked: the result must hold
    Arabic letters and no control characters, else the encoding is unknown.
    """
    why = sniff_binary(data)
    if why:
        raise NotText(why)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise NotText("broken UTF-16 text") from None
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise NotText("neither UTF-8 nor cp1256 text") from None
    if _CONTROL.search(text) or not _ARABIC.search(text):
        raise NotText("neither UTF-8 nor cp1256 text (unknown encoding)")
    return text, "cp1256"


def _decode_line(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1256", errors="replace")


# ---------------------------------------------------------------------------------------------
# one file


def kind_of(path: Path) -> str | None:
    """The input kind a file name says, or None."""
    name = path.name.lower()
    if name.endswith((".jsonl.gz", ".ndjson.gz")):
        return "jsonl.gz"
    return SUFFIXES.get(path.suffix.lower())


def sniff_kind(head: bytes) -> str:
    if head.startswith(b"\x1f\x8b"):
        return "jsonl.gz"
    if _feeds.looks_like_feed(head):
        return "feed"
    if _html.looks_like_html(head):
        return "html"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "jsonl"
    return "text"


def describe(e: BaseException, limit: int = 200) -> str:
    """``Type: message`` of an exception on one line, cut to ``limit`` characters."""
    msg = " ".join(str(e).split())
    if len(msg) > limit:
        msg = msg[: limit - 3] + "..."
    return f"{type(e).__name__}: {msg}" if msg else type(e).__name__


def guarded(items: Iterable[Item], name: str) -> Iterator[Item]:
    """``items``, but an exception raised while producing them becomes one skipped item.

    The reason names the file (``name``) and, for a file of many articles, the last
    item read before the failure; items already yielded stand.  This is what keeps one
    unreadable input from ending a run, whatever the reader trips over.
    """
    it = iter(items)
    last = None
    while True:
        try:
            item = next(it)
        except StopIteration:
            return
        except (KeyboardInterrupt, SystemExit, GeneratorExit):
            raise
        except Exception as e:                      # noqa: BLE001 - reported as a skip, with the reason
            after = f" after {last}" if last else ""
            yield Item(name, error=f"could not be read{after} ({describe(e)})")
            return
        last = item.source
        yield item


def _too_long(text: str) -> str | None:
    if len(text) > MAX_CHARS:
        return f"text of {len(text):,} characters exceeds the limit of {MAX_CHARS:,}"
    return None


def _with_defaults(art: dict[str, Any], published: str | None, outlet: str | None) -> dict[str, Any]:
    for key in ("published", "outlet", "title", "url"):
        art.setdefault(key, None)
    if not art.get("published") and published:
        art["published"] = published
    if not art.get("outlet") and outlet:
        art["outlet"] = outlet
    return art


def _row_item(row: Any, src: str, default_id: str, published: str | None, outlet: str | None) -> Item:
    if not isinstance(row, dict):
        kind = {list: "an array", str: "a string", int: "a number", float: "a number",
                bool: "a boolean", type(None): "null"}.get(type(row), type(row).__name__)
        return Item(src, error=f"JSON value is {kind}, not an article object")
    text = row.get("text")
    if not isinstance(text, str):
        return Item(src, error="JSON object without a 'text' string")
    if not text.strip():
        return Item(src, error="empty text")
    too = _too_long(text)
    if too:
        return Item(src, error=too)
    art = dict(row)
    if art.get("id") in (None, ""):
        art["id"] = default_id
    if art.get("published") not in (None, ""):
        art["published"] = clean_date(art["published"]) or art["published"]  # unparseable: reported later
    return Item(src, article=_with_defaults(art, published, outlet))


def _read_jsonl(f: IO[bytes], name: str, stem: str, published: str | None,
                outlet: str | None, pos: Callable[[], int] | None = None) -> Iterator[Item]:
    """One item per non-blank line.  ``pos``: bytes of the file consumed so far (for a
    compressed file, where line lengths do not add up to the file's size)."""
    n = seen = 0
    done = 0                        # bytes accounted for by items already yielded
    consumed = 0                    # bytes read (uncompressed) so far

    def used() -> int:
        nonlocal done
        now = pos() if pos is not None else consumed
        k, done = max(0, now - done), max(done, now)
        return k

    try:
        for n, raw in enumerate(f, 1):
            consumed += len(raw)
            if n == 1:
                why = sniff_binary(raw)
                if why:
                    yield Item(name, error=why, nbytes=used())
                    return
            if not raw.strip():
                continue
            seen += 1
            src = f"{name}:{n}"
            try:
                row = json.loads(_decode_line(raw))
            except json.JSONDecodeError as e:
                cut = "" if raw.endswith(b"\n") else ", truncated last line"
                yield Item(src, error=f"malformed JSON ({e.msg}, column {e.colno}{cut})", nbytes=used())
                continue
            item = _row_item(row, src, f"{stem}:{n}", published, outlet)
            item.nbytes = used()
            yield item
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as e:
        yield Item(f"{name}:{n + 1}", error=f"truncated or corrupt gzip data ({type(e).__name__}); "
                                           "lines before this one were read")
        return
    if not seen:
        yield Item(name, error="empty file")


def _one_article(text: str, src: str, doc_id: str, published: str | None, outlet: str | None,
                 **meta: Any) -> Item:
    if not text.strip():
        return Item(src, error="empty text")
    too = _too_long(text)
    if too:
        return Item(src, error=too)
    art = {"id": doc_id, "text": text, "published": meta.pop("date", None) or published,
           "outlet": meta.pop("site", None) or outlet}
    art.update({k: v for k, v in meta.items() if v})
    return Item(src, article=_with_defaults(art, None, None))


def read_bytes(data: bytes, name: str, kind: str | None, doc_id: str,
               published: str | None = None, outlet: str | None = None) -> Iterator[Item]:
    """Items from the bytes of one input of ``kind`` (sniffed when None)."""
    if not data.strip():
        yield Item(name, error="empty file")
        return
    kind = kind or sniff_kind(data[:4096])
    if kind == "jsonl.gz":
        import io
        yield from _read_jsonl(gzip.GzipFile(fileobj=io.BytesIO(data)), name, doc_id, published, outlet)
        return
    if kind == "jsonl":
        import io
        yield from _read_jsonl(io.BytesIO(data), name, doc_id, published, outlet)
        return
    why = sniff_binary(data)
    if why:
        yield Item(name, error=why)
        return
    if kind == "json":
        try:
            text, _ = decode_bytes(data)
            value = json.loads(text)
        except NotText as e:
            yield Item(name, error=str(e))
            return
        except json.JSONDecodeError as e:
            yield Item(name, error=f"malformed JSON ({e.msg} at line {e.lineno})")
            return
        rows = value if isinstance(value, list) else [value]
        for n, row in enumerate(rows, 1):
            src = f"{name}[{n}]" if isinstance(value, list) else name
            yield _row_item(row, src, f"{doc_id}:{n}" if isinstance(value, list) else doc_id,
                            published, outlet)
        return
    if kind == "feed":
        if not _feeds.looks_like_feed(data[:4096]):
            yield Item(name, error="XML that is not an RSS or Atom feed")
            return
        items, err = _feeds.parse_feed(data, doc_id)
        if err:
            yield Item(name, error=err)
        for suffix, art, why in items:
            src = f"{name}{suffix}"
            if art is None:
                yield Item(src, error=why)
                continue
            text = art["text"]
            too = _too_long(text)
            yield Item(src, error=too) if too else Item(src, article=_with_defaults(art, published, outlet))
        return
    if kind == "html":
        if len(data) > MAX_HTML_BYTES:
            yield Item(name, error=f"HTML page of {len(data):,} bytes exceeds the limit of {MAX_HTML_BYTES:,}")
            return
        try:
            page = _html.parse_html(data)
        except _html.NoArticleText as e:
            yield Item(name, error=str(e))
            return
        except Exception as e:                      # noqa: BLE001 - the parser's own failure, with its reason
            yield Item(name, error=f"HTML page could not be parsed ({describe(e)})")
            return
        yield _one_article(page["text"], name, doc_id, published, outlet, date=page["published"],
                           site=page["outlet"], title=page["title"], url=page["url"])
        return
    # plain text
    if len(data) > 4 * MAX_CHARS:       # even at 4 bytes a character this is over the limit
        yield Item(name, error=f"text of {len(data):,} bytes exceeds the limit of {MAX_CHARS:,} characters")
        return
    try:
        text, _enc = decode_bytes(data)
    except NotText as e:
        yield Item(name, error=str(e))
        return
    yield _one_article(text, name, doc_id, published, outlet)


def _spread(items: list[Item], nbytes: int) -> list[Item]:
    """Share ``nbytes`` (one file's size) among the items read from it."""
    if items:
        each, rest = divmod(nbytes, len(items))
        for it in items:
            it.nbytes = each
        items[-1].nbytes += rest
    return items


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def read_path(path: Path, published: str | None = None, outlet: str | None = None,
              doc_id: str | None = None) -> Iterator[Item]:
    """Items from one file (not a directory).  Never raises: whatever goes wrong while
    reading or parsing it becomes a skipped item with the path and a reason."""
    return guarded(_read_path(path, published, outlet, doc_id), str(path))


def _read_path(path: Path, published: str | None, outlet: str | None, doc_id: str | None) -> Iterator[Item]:
    name = str(path)
    kind = kind_of(path)
    stem = doc_id or (path.name[: -len(".jsonl.gz")] if kind == "jsonl.gz" else path.stem)
    try:
        if kind in ("jsonl", "jsonl.gz"):
            # stream: a corpus file may be far bigger than memory
            size = path.stat().st_size
            if size == 0:
                yield Item(name, error="empty file")
                return
            with open(path, "rb") as raw:
                if kind == "jsonl":
                    yield from _read_jsonl(raw, name, stem, published, outlet)
                    return
                head = raw.read(2)
                if head != b"\x1f\x8b":
                    yield Item(name, error="not gzip data", nbytes=size)
                    return
                raw.seek(0)
                with gzip.GzipFile(fileobj=raw, mode="rb") as f:
                    yield from _read_jsonl(f, name, stem, published, outlet, pos=raw.tell)
            return
        size = path.stat().st_size
        if kind in (None, "text") and size > 4 * MAX_CHARS:
            yield Item(name, error=f"text of {size:,} bytes exceeds the limit of "
                                   f"{MAX_CHARS:,} characters", nbytes=size)
            return
        data = path.read_bytes()
    except OSError as e:
        yield Item(name, error=f"cannot read ({e.strerror or type(e).__name__})", nbytes=_size(path))
        return
    yield from _spread(list(guarded(read_bytes(data, name, kind, stem, published, outlet), name)), len(data))


def input_size(paths: list[str], exclude: list[str] | None = None) -> int | None:
    """Bytes that ``read_inputs(paths)`` will read, or None when that is not known
    beforehand (standard input, a pipe, a path that cannot be listed)."""
    skip = {_resolved(Path(x)) for x in exclude or []}
    total = 0
    try:
        for p in paths:
            path = Path(p)
            if p == "-":
                return None
            if path.is_dir():
                total += sum(f.stat().st_size for f in iter_dir(path) if not skip or _resolved(f) not in skip)
            elif path.is_file():
                if not skip or _resolved(path) not in skip:
                    total += path.stat().st_size
            elif path.exists():
                return None                         # a FIFO or a device: its size says nothing
    except OSError:
        return None
    return total


def iter_dir(root: Path) -> list[Path]:
    """Input files under ``root``, recursively, sorted by relative path; hidden entries skipped."""
    found = []
    for p in root.rglob("*"):
        rel = p.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if p.is_file() and kind_of(p):
            found.append(p)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def _resolved(p: Path) -> str:
    try:
        return str(p.resolve())
    except OSError:
        return str(p)


def read_inputs(paths: list[str], published: str | None = None, outlet: str | None = None,
                exclude: list[str] | None = None) -> Iterator[Item]:
    """Items from every path in order: files, directories (recursively, sorted) and ``-`` (stdin).

    ``exclude``: files never read (the command's own output files, which may sit
    inside an input directory and grow while it is read).

    Never raises for bad input: a path that cannot be read, listed or parsed gives a
    skipped item naming it, and the items after it are still read.
    """
    skip = {_resolved(Path(x)) for x in exclude or []}
    for p in paths:
        yield from guarded(_read_one(p, skip, published, outlet), p)


def _read_one(p: str, skip: set[str], published: str | None, outlet: str | None) -> Iterator[Item]:
    path = Path(p)
    if skip and path.is_file() and _resolved(path) in skip:
        yield Item(p, error="this is an output file of this run: not read")
        return
    if p == "-":
        import sys
        data = sys.stdin.buffer.read()
        yield from _spread(list(guarded(read_bytes(data, "<stdin>", None, "stdin", published, outlet),
                                        "<stdin>")), len(data))
    elif path.is_dir():
        try:
            files = [f for f in iter_dir(path) if not skip or _resolved(f) not in skip]
        except OSError as e:
            yield Item(p, error=f"cannot list the directory ({e.strerror or describe(e)})")
            return
        if not files:
            yield Item(p, error="directory without input files")
        for f in files:
            rel = f.relative_to(path).as_posix()
            kind = kind_of(f)
            rid = rel[: -len(".jsonl.gz")] if kind == "jsonl.gz" else rel.rsplit(".", 1)[0]
            yield from read_path(f, published, outlet, doc_id=rid)
    elif not path.exists():
        yield Item(p, error="no such file")
    else:
        yield from read_path(path, published, outlet)
