"""The HTTP API and the single-page web map (``hadath serve``).

``create_app(store, token=...)`` builds a FastAPI application over an open
store (``hadath.store.open_store``). Everything the page needs (HTML, JS, CSS,
the compiled base map, the API docs' assets) is served by the app itself: no
CDN, no tile server.

Errors are JSON objects with a human-readable ``error``: 400 for input hadath
cannot code, 401 for a missing/wrong token, 403 when writing is disabled, 404
for unknown ids, 413 for a body over the size limit, 422 for malformed
parameters or bodies, 429 (a client over its extraction rate) and 503 (as many
extractions running as allowed) with ``Retry-After`` from ``POST /api/extract``
(see ``hadath.web.limits``).
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import hmac
import json
import os
from pathlib import Path
from typing import Any

try:
    import orjson as _orjson
except ImportError:                  # pragma: no cover - a dependency; the json module does the same job
    _orjson = None
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import HadathInputError
from ..store import aggregate as AG
from .cache import ReadCache
from .limits import DEFAULT as DEFAULT_EXTRACT_LIMIT
from .limits import Busy, ExtractGate, ExtractLimit
from .reads import Reads, glibc

STATIC = Path(__file__).resolve().parent / "static"
MAX_BODY = 1_000_000  # bytes
MAX_LIMIT = 1000
MAX_POINTS = 5000
MAX_CELLS = 5000
DEFAULT_CACHE_MB = float(os.environ.get("HADATH_CACHE_MB") or 64)
THREADS = int(os.environ.get("HADATH_THREADS") or 8)     # threads per process for the read endpoints

# A strict policy for the page: only hadath's own scripts and styles, no inline script.
CSP_PAGE = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            "frame-ancestors 'none'")
# Swagger UI sets a few inline styles.
CSP_DOCS = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "frame-ancestors 'none'")


class ApiError(Exception):
    def __init__(self, status: int, error: str, headers: dict[str, str] | None = None):
        super().__init__(error)
        self.status, self.error, self.headers = status, error, headers or {}


# ---------------------------------------------------------------- request bodies

class ExtractRequest(BaseModel):
    text: str = Field(..., description="the article text (Arabic)", examples=["قتل ثلاثة مدنيين ..."])
    published: str | None = Field(None, description="publication date, YYYY-MM-DD (anchors اليوم, أمس ...)")
    title: str | None = None
    outlet: str | None = None
    url: str | None = None


class ArticleRequest(ExtractRequest):
    id: str | None = Field(None, description="article id; derived from the text when absent")


# ---------------------------------------------------------------- response shapes (for the docs)

class ErrorOut(BaseModel):
    error: str = Field(..., description="what went wrong, in words")


class EventOut(BaseModel):
    """An event record (EVENT_CODING.md section 3) with its article's source fields."""
    event_id: str
    doc_id: str
    cluster_id: str | None = None
    event_type: str
    sub_event_type: str
    event_date: str | None = None
    time_precision: int | None = None
    actor1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    inter2: int | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    location_text: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    injuries: int | None = None
    quantity: int | None = None
    attribution: str | None = None
    certainty: str | None = None
    persons: list[str] = []
    assoc_actor_1: str | None = Field(None, description="ACLED's associated actor of actor1, e.g. Teachers (Tunisia)")
    assoc_actor_2: str | None = None
    crowd_size: str | None = Field(None, description="Protests and Riots: no report, a number, dozens, hundreds "
                                                     "or thousands")
    demand: dict[str, Any] | None = Field(None, description="the crowd's demand as written: text, start, end "
                                                            "(offsets into the article), kind")
    notes: str | None = Field(None, description="an English sentence in ACLED's style built from the fields")
    evidence: list[list[int]] = Field([], description="[start, end] character offsets into the article text")
    triggers: list[list[int]] = []
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


class EventsPage(BaseModel):
    total: int = Field(..., description="events matching the filters, ignoring limit/offset")
    limit: int
    offset: int
    items: list[EventOut]


class MentionOut(BaseModel):
    kind: str = Field(..., description="actor, place, person, number, time, attribution or trigger")
    start: int
    end: int
    text: str
    value: dict[str, Any] = {}
    sentence: int = -1


class ArticleOut(BaseModel):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    text: str


class EventDetail(EventOut):
    article: ArticleOut
    mentions: list[MentionOut]
    evidence_text: list[str]


class DocumentOut(BaseModel):
    text: str
    published: str | None = None
    events: list[dict[str, Any]]
    mentions: list[MentionOut]
    sentences: list[list[int]]
    warnings: list[str]


class IngestOut(BaseModel):
    article_id: str
    status: str = Field(..., description="inserted, updated, unchanged or duplicate")
    n_events: int = 0
    n_mentions: int = 0
    clusters_changed: int = 0
    duplicate_of: str | None = None
    warnings: list[str] = []


class DayCount(BaseModel):
    date: str
    event_type: str
    n: int


class TimelineOut(BaseModel):
    items: list[DayCount]


def _errs(*codes: int) -> dict[int | str, dict[str, Any]]:
    what = {400: "input that cannot be coded", 401: "missing or wrong bearer token",
            403: "writing disabled (no token configured)", 404: "not found",
            413: "request body too large", 422: "invalid parameters or body",
            429: "too many extractions from this client (Retry-After says when to retry)",
            503: "as many extractions running as the server allows (Retry-After)"}
    return {c: {"model": ErrorOut, "description": what[c]} for c in codes}


# ---------------------------------------------------------------- middleware

class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413, whether or not a
    Content-Length is sent (chunked bodies are counted as they arrive)."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        declared = None
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    declared = int(v)
                except ValueError:
                    return await _send_json(send, 400, {"error": "invalid Content-Length header"})
        if declared is not None and declared > self.limit:
            return await _send_json(send, 413, _too_large(self.limit))
        chunks, size = [], 0
        while True:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return
            body = msg.get("body", b"")
            size += len(body)
            if size > self.limit:
                return await _send_json(send, 413, _too_large(self.limit))
            chunks.append(body)
            if not msg.get("more_body"):
                break
        whole, sent = b"".join(chunks), False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": whole, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)


def _too_large(limit: int) -> dict[str, Any]:
    return {"error": f"request body too large: the limit is {limit:,} bytes", "limit": limit}


async def _send_json(send, status: int, payload: dict[str, Any]) -> None:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """Headers on every response: no MIME sniffing, no referrer, no framing."""
    EXTRA = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
             (b"x-frame-options", b"DENY")]

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(msg):
            if msg["type"] == "http.response.start":
                have = {k.lower() for k, _ in msg.get("headers", [])}
                msg = dict(msg, headers=list(msg.get("headers", [])) + [h for h in self.EXTRA if h[0] not in have])
            await send(msg)

        return await self.app(scope, receive, send_with_headers)


# ---------------------------------------------------------------- helpers

def _iso(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ApiError(422, f"{name} must be an ISO date (YYYY-MM-DD), not {value!r}") from None


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    parts = value.split(",")
    try:
        w, s, e, n = (float(p) for p in parts)
    except ValueError:
        raise ApiError(422, f"bbox must be four numbers 'west,south,east,north', not {value!r}") from None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90 and w <= e):
        raise ApiError(422, "bbox out of range: need -180<=west<=east<=180 and -90<=south<=north<=90")
    return (w, s, e, n)


def _default(obj: Any) -> Any:
    if isinstance(obj, (_dt.date, _dt.datetime)):
        return obj.isoformat()
    if hasattr(obj, "_asdict"):
        return obj._asdict()
    try:
        return float(obj)
    except (TypeError, ValueError):
        return str(obj)


def _json(obj: Any, status: int = 200) -> Response:
    """A JSON response written by orjson (FastAPI's generic encoder is several times slower
    on event lists), or by the standard library where orjson is missing."""
    if _orjson is not None:
        body = _orjson.dumps(obj, default=_default)
    else:
        body = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=_default,
                          allow_nan=False).encode("utf-8")
    return Response(body, status_code=status, media_type="application/json")


def _limit_malloc_arenas(n: int = 2) -> None:
    """glibc gives each thread that allocates its own heap arena (up to 8 per core) and
    rarely returns their memory; two arenas keep a threaded server's memory near what it
    uses."""
    glibc("mallopt", -8, n)        # M_ARENA_MAX


def _page_file(name: str, csp: str = CSP_PAGE) -> FileResponse:
    return FileResponse(STATIC / name, headers={"Content-Security-Policy": csp, "Cache-Control": "no-cache"})


def _swagger_dir() -> Path | None:
    try:
        import swagger_ui_bundle  # type: ignore
    except ImportError:
        return None
    p = Path(str(swagger_ui_bundle.swagger_ui_path))
    return p if (p / "swagger-ui-bundle.js").exists() else None



class WatchRequest(BaseModel):
    name: str | None = Field(None, max_length=200)
    webhook: str | None = Field(None, max_length=2000, description="http(s) URL that receives each match (JSON POST)")
    filters: dict[str, Any] = Field(default_factory=dict,
                                    description="type, country, admin1, actor, min_fatalities, words")


# ---------------------------------------------------------------- the app

def create_app(store: Any = None, *, db: str | None = None, token: str | None = None,
               max_body: int = MAX_BODY, extract_limit: ExtractLimit | str = DEFAULT_EXTRACT_LIMIT,
               cache_mb: float = DEFAULT_CACHE_MB, columns: bool = True,
               columns_dir: str | None = None) -> FastAPI:
    """The web application. Pass an open ``store``, or ``db`` (a path or URL) to open one.

    ``token``: the bearer token that POST /api/articles requires; ``None``
    disables writing (the endpoint answers 403 with a reason).
    ``extract_limit``: the bounds on POST /api/extract, an ``ExtractLimit`` or its
    string form (``"30/min,2"``: 30 a minute per client, 2 at once; ``"off"``).
    ``cache_mb``: megabytes of read responses kept while the store is unchanged
    (``hadath.web.cache``; 0 turns the cache off).
    ``columns``: answer the page's read queries (list, map, timeline, facets) from the events'
    columns in memory (``hadath.store.columns``, built in the background at start-up and after
    writes; SQL answers until they are current); False keeps them in SQL. ``columns_dir``: a
    directory where the columns are saved per store and revision, so that several server processes
    share one memory-mapped copy and a restart over an unchanged store loads them at once.
    """
    if isinstance(extract_limit, str):
        extract_limit = ExtractLimit.parse(extract_limit)
    if store is None:
        if db is None:
            raise ValueError("create_app needs a store or a db path/URL")
        from ..store import open_store
        store = open_store(db)
    token = token or None

    _limit_malloc_arenas()

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        # the read endpoints run in threads: a few per process are enough on a small machine (the
        # database, not Python, does the work) and keep memory and lock contention down
        import anyio.to_thread
        anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS
        reads.start()
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="hadath API", version=__version__,
        description=("Conflict events coded from Arabic news (ACLED-style records with character-offset "
                     "evidence). Reading is open; storing articles needs `Authorization: Bearer <token>`."),
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.store = store
    reads = app.state.reads = Reads(store, columns=columns, columns_dir=columns_dir)
    app.state.token = token
    app.state.extract_gate = ExtractGate(extract_limit)
    app.add_middleware(BodyLimit, limit=max_body)

    # ---- errors as JSON with a reason
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return JSONResponse({"error": exc.error}, status_code=exc.status, headers=exc.headers)

    @app.exception_handler(HadathInputError)
    async def _input_error(request: Request, exc: HadathInputError):
        return JSONResponse({"error": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        errs = exc.errors()
        reasons = []
        for e in errs[:5]:
            loc = ".".join(str(p) for p in e.get("loc", ()) if p not in ("body", "query", "path"))
            reasons.append(f"{loc}: {e.get('msg')}" if loc else str(e.get("msg")))
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in errs]
        return JSONResponse({"error": "invalid request: " + "; ".join(reasons), "detail": detail},
                            status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        msg = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"not found: {request.url.path}"
        return JSONResponse({"error": msg}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):  # pragma: no cover - last resort
        return JSONResponse({"error": f"internal error: {type(exc).__name__}"}, status_code=500)

    app.add_middleware(SecurityHeaders)
    app.state.caches = []
    if cache_mb and cache_mb > 0 and callable(getattr(store, "revision", None)):
        # outermost, so a hit skips routing, validation and the database
        app.add_middleware(ReadCache, revision=store.revision, max_bytes=int(cache_mb * 1024 * 1024),
                           register=app.state.caches)

    # ---- filters shared by the read endpoints
    def filters(since: str | None = None, until: str | None = None, type: str | None = None,
                actor: str | None = None, country: str | None = None, admin1: str | None = None,
                text: str | None = None, bbox: str | None = None) -> dict[str, Any]:
        f: dict[str, Any] = {"since": _iso(since, "since"), "until": _iso(until, "until"),
                             "type": type or None, "actor": actor or None, "country": country or None,
                             "admin1": admin1 or None, "text": text or None, "bbox": _bbox(bbox)}
        for k in ("type", "actor", "country", "admin1", "text"):
            if f[k] is not None and len(f[k]) > 300:
                raise ApiError(422, f"{k} is too long (300 characters at most)")
        if f["since"] and f["until"] and f["since"] > f["until"]:
            raise ApiError(422, "since is after until")
        return {k: v for k, v in f.items() if v is not None}

    Since = Query(None, description="first event date, YYYY-MM-DD (inclusive)")
    Until = Query(None, description="last event date, YYYY-MM-DD (inclusive)")
    Type = Query(None, description="event_type or sub_event_type, exact (case-insensitive)")
    Actor = Query(None, description="substring of actor1 or actor2 (case-insensitive)")
    Country = Query(None, description="country, exact (case-insensitive)")
    Admin1 = Query(None, description="admin1 (governorate/province), exact (case-insensitive)")
    Text = Query(None, description="substring of the article's title or text, or of the location")
    Bbox = Query(None, description="west,south,east,north in degrees; leaves out events without coordinates")

    # ---- the page and its assets
    @app.get("/", include_in_schema=False)
    def index():
        return _page_file("index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    sw = _swagger_dir()
    if sw is not None:
        app.mount("/docs-assets", StaticFiles(directory=sw), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs():
        if sw is not None:
            return _page_file("docs.html", CSP_DOCS)
        return _page_file("docs-lite.html", CSP_DOCS)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    # ---- read API
    @app.get("/api/health", tags=["meta"], summary="liveness and configuration; `watch`: the state of "
             "`hadath watch` (last success per feed, articles waiting, errors by kind)")
    def health():
        out = {"ok": True, "version": __version__, "writable": app.state.token is not None,
               "max_body": max_body, "extract_limit": str(app.state.extract_gate.limit),
               "cache": app.state.caches[0].stats() if app.state.caches else None,
               "columns": reads.status()}
        try:
            from .. import watch as W
            s = W.status(store)
            out["watch"] = {"feeds": [{k: f[k] for k in ("url", "last_success", "last_error")} for f in s["feeds"]],
                            "pages": s["pages"], "waiting": s["waiting"], "errors": s["errors"],
                            "alerts": s["alerts"], "deliveries": s["deliveries"]}
        except Exception:                    # noqa: BLE001 - a store without the watch tables, a fake store
            out["watch"] = None
        return out

    # ---- saved watches (alerts) and live updates
    def require_token(request: Request) -> None:
        expected = app.state.token
        if expected is None:
            raise ApiError(403, "writing is disabled: this server was started without a token "
                                "(hadath serve --token T, or HADATH_TOKEN)")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise ApiError(401, "missing bearer token: send Authorization: Bearer <token>",
                           {"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(given.strip().encode("utf-8"), expected.encode("utf-8")):
            raise ApiError(401, "wrong token", {"WWW-Authenticate": "Bearer"})

    @app.get("/api/watches", tags=["watch"], summary="saved watches (alerts) with their number of matches")
    def list_watches():
        from .. import watch as W
        return _json({"items": W.list_alerts(store)})

    @app.post("/api/watches", tags=["watch"], status_code=201, responses=_errs(401, 403, 422),
              summary="save a watch (needs Authorization: Bearer <token>): body {name?, webhook?, filters: "
                      "{type, country, admin1, actor, min_fatalities, words}}; each new matching event or "
                      "cluster is delivered once to the webhook and listed by GET /api/alerts")
    def post_watch(req: WatchRequest, request: Request):
        require_token(request)
        from .. import watch as W
        try:
            a = W.add_alert(store, req.filters, req.webhook or None, req.name)
        except ValueError as e:
            raise ApiError(422, str(e)) from None
        return _json(a, status=201)

    @app.delete("/api/watches/{watch_id}", tags=["watch"], responses=_errs(401, 403, 404),
                summary="delete a saved watch (needs the token)")
    def delete_watch(watch_id: int, request: Request):
        require_token(request)
        from .. import watch as W
        if not W.delete_alert(store, watch_id):
            raise ApiError(404, f"no watch {watch_id}")
        return _json({"deleted": watch_id})

    @app.get("/api/alerts", tags=["watch"], summary="the latest matches of the saved watches, newest first")
    def list_matches(limit: int = Query(50, ge=1, le=500), watch: int | None = Query(None)):
        from .. import watch as W
        return _json({"items": W.recent_matches(store, limit, watch)})

    @app.get("/api/stream", tags=["watch"],
             summary="server-sent events: `update` {articles, events, alerts} whenever the store changes "
                     "(checked every `every` seconds; the stream ends after `seconds`, EventSource reconnects)")
    async def stream(every: float = Query(2.0, ge=0.1, le=60), seconds: float = Query(300, ge=0.1, le=3600)):
        import asyncio
        import time as _time

        from starlette.concurrency import run_in_threadpool
        from starlette.responses import StreamingResponse

        def counts() -> dict[str, int]:
            from sqlalchemy import func, select

            from ..store import schema as S
            with store.engine.connect() as c:
                out = {"articles": c.execute(select(func.count()).select_from(S.articles)).scalar() or 0,
                       "events": c.execute(select(func.count()).select_from(S.events)).scalar() or 0}
                try:
                    out["alerts"] = c.execute(select(func.count()).select_from(S.watch_deliveries)).scalar() or 0
                except Exception:            # noqa: BLE001 - a store before revision 0004
                    out["alerts"] = 0
            return out

        async def gen():
            end = _time.monotonic() + seconds
            last = None
            yield "retry: 3000\n\n"
            while True:
                now = await run_in_threadpool(counts)
                if now != last:
                    yield f"event: update\ndata: {json.dumps(now)}\n\n"
                    last = now
                if _time.monotonic() + every > end:
                    return
                await asyncio.sleep(every)
        return StreamingResponse(gen(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @app.get("/api/events", tags=["events"], summary="events matching the filters, newest first",
             responses={200: {"model": EventsPage}, **_errs(422)})
    def list_events(since: str | None = Since, until: str | None = Until, type: str | None = Type,
                    actor: str | None = Actor, country: str | None = Country, admin1: str | None = Admin1,
                    text: str | None = Text, bbox: str | None = Bbox,
                    limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0, le=10_000_000)):
        f = filters(since, until, type, actor, country, admin1, text, bbox)
        items, total = reads.query_events(limit=limit, offset=offset, **f)
        return _json({"total": total, "limit": limit, "offset": offset, "items": items})

    @app.get("/api/points", tags=["events"],
             summary="compact geolocated events for the map (id, lon, lat, type, fatalities); "
                     "the same as /api/map/points")
    def list_points(since: str | None = Since, until: str | None = Until, type: str | None = Type,
                    actor: str | None = Actor, country: str | None = Country, admin1: str | None = Admin1,
                    text: str | None = Text, bbox: str | None = Bbox,
                    limit: int = Query(2000, ge=1, le=MAX_POINTS)):
        f = filters(since, until, type, actor, country, admin1, text, bbox)
        return _json(reads.map_points(limit=limit, **f))

    @app.get("/api/map/points", tags=["map"], responses=_errs(422),
             summary=f"what the map draws of each located event (id, lat, lon, type, fatalities, date, "
                     f"location), newest first, selected in SQL; at most {MAX_POINTS:,} (limit); "
                     f"`truncated` when more match (then use /api/map/clusters)")
    def map_points(since: str | None = Since, until: str | None = Until, type: str | None = Type,
                   actor: str | None = Actor, country: str | None = Country, admin1: str | None = Admin1,
                   text: str | None = Text, bbox: str | None = Bbox,
                   limit: int = Query(MAX_POINTS, ge=1, le=MAX_POINTS),
                   fit: bool = Query(False, description="only if they fit: when more than `limit` match, "
                                                        "answer the count alone (no items), at once")):
        f = filters(since, until, type, actor, country, admin1, text, bbox)
        return _json(reads.map_points(limit=limit, fit=fit, **f))

    @app.get("/api/map/clusters", tags=["map"], responses=_errs(422),
             summary=f"located events counted per grid cell (45/2^zoom degrees) in SQL: n, fatalities, "
                     f"mean position and bounds per cell, most events first, at most {MAX_CELLS:,} cells")
    def map_clusters(zoom: int = Query(..., ge=0, le=AG.MAX_ZOOM, description="grid level: cells of 45/2^zoom degrees"),
                     since: str | None = Since, until: str | None = Until, type: str | None = Type,
                     actor: str | None = Actor, country: str | None = Country, admin1: str | None = Admin1,
                     text: str | None = Text, bbox: str | None = Bbox,
                     limit: int = Query(MAX_CELLS, ge=1, le=MAX_CELLS)):
        f = filters(since, until, type, actor, country, admin1, text, bbox)
        return _json(reads.grid_clusters(zoom=zoom, limit=limit, **f))

    @app.get("/api/map/timeline", tags=["map"], responses=_errs(422),
             summary="events and deaths per day or month (by=day|month) of the filtered events, in SQL")
    def map_timeline(by: str = Query("day", pattern="^(day|month)$", description="day or month"),
                     since: str | None = Since, until: str | None = Until, type: str | None = Type,
                     actor: str | None = Actor, country: str | None = Country, admin1: str | None = Admin1,
                     text: str | None = Text, bbox: str | None = Bbox):
        f = filters(since, until, type, actor, country, admin1, text, bbox)
        return _json({"by": by, "items": reads.timeline(by=by, **f)})

    @app.get("/api/events/{event_id}", tags=["events"], responses={200: {"model": EventDetail}, **_errs(404)},
             summary="one event with its article text, mentions and evidence")
    def get_event(event_id: str):
        if len(event_id) > 200:
            raise ApiError(404, "no such event")
        ev = store.get_event(event_id)
        if ev is None:
            raise ApiError(404, f"no event with id {event_id!r}")
        return _json(ev)

    @app.get("/api/clusters", tags=["clusters"], responses=_errs(422),
             summary="fused clusters (one real-world event told by several articles)")
    def list_clusters(since: str | None = Since, until: str | None = Until, type: str | None = Type,
                      actor: str | None = Actor, country: str | None = Country, admin1: str | None = Admin1,
                      text: str | None = Text, bbox: str | None = Bbox,
                      limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0, le=10_000_000)):
        f = filters(since, until, type, actor, country, admin1, text, bbox)
        items, total = store.query_clusters(limit=limit, offset=offset, **f)
        return _json({"total": total, "limit": limit, "offset": offset, "items": items})

    @app.get("/api/clusters/{cluster_id}", tags=["clusters"], responses=_errs(404),
             summary="one cluster: every source side by side with its figures and conflict flags")
    def get_cluster(cluster_id: str):
        if len(cluster_id) > 200:
            raise ApiError(404, "no such cluster")
        cl = store.get_cluster(cluster_id)
        if cl is None:
            raise ApiError(404, f"no cluster with id {cluster_id!r}")
        return _json(cl)

    @app.get("/api/timeline", tags=["events"], summary="events per day (or month: by=month) and type",
             responses={200: {"model": TimelineOut}, **_errs(422)})
    def timeline(since: str | None = Since, until: str | None = Until, type: str | None = Type,
                 actor: str | None = Actor, country: str | None = Country, admin1: str | None = Admin1,
                 text: str | None = Text, bbox: str | None = Bbox,
                 by: str = Query("day", pattern="^(day|month)$", description="day (YYYY-MM-DD) or month (YYYY-MM)")):
        f = filters(since, until, type, actor, country, admin1, text, bbox)
        rows = reads.counts_by_day(**f, by=by)
        return _json({"items": rows})

    @app.get("/api/facets", tags=["events"], summary="values to filter on: types, countries, admin1s, actors")
    def facets():
        return _json(reads.facets())

    # ---- extraction and writing
    @app.post("/api/extract", tags=["extract"],
              responses={200: {"model": DocumentOut}, **_errs(400, 413, 422, 429, 503)},
              summary="code an article's events now, without storing it (rate-limited per client)")
    def extract(req: ExtractRequest, request: Request):
        from ..pipeline import extract as _extract
        gate: ExtractGate = app.state.extract_gate
        client = request.client.host if request.client else "unknown"
        try:
            gate.acquire(client)
        except Busy as b:
            raise ApiError(b.status, b.reason, {"Retry-After": str(b.retry_after)}) from None
        try:
            doc = _extract(req.text, req.published, doc_id="", title=req.title, outlet=req.outlet, url=req.url)
        finally:
            gate.release()
        out = doc.to_dict(with_mentions=True)
        out["text"] = doc.text
        return _json(out)

    @app.post("/api/articles", tags=["extract"], status_code=201,
              responses={201: {"model": IngestOut, "description": "a new article, stored"},
                         200: {"model": IngestOut, "description": "already stored: nothing created "
                               "(status unchanged or duplicate), or replaced (status updated)"},
                         **_errs(400, 401, 403, 413, 422)},
              summary="code and store an article (needs Authorization: Bearer <token>)")
    def post_article(req: ArticleRequest, request: Request):
        expected = app.state.token
        if expected is None:
            raise ApiError(403, "writing is disabled: this server was started without a token "
                                "(hadath serve --token T, or HADATH_TOKEN)")
        auth = request.headers.get("authorization", "")
        scheme, _, given = auth.partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise ApiError(401, "missing bearer token: send Authorization: Bearer <token>",
                           {"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(given.strip().encode("utf-8"), expected.encode("utf-8")):
            raise ApiError(401, "wrong token", {"WWW-Authenticate": "Bearer"})
        if not req.text or not req.text.strip():
            raise ApiError(400, "empty text: nothing to code")
        art = {k: v for k, v in req.model_dump().items() if v is not None}
        res = store.ingest(art)  # the store derives an id from the content when none is given
        out = _ingest_result(res)
        # 201 only when something was created; resending an article (or its text under another
        # id) creates nothing, and a new version of a stored article replaces it.
        return _json(out, status=201 if out.get("status") == "inserted" else 200)

    return app


def _ingest_result(res: Any) -> dict[str, Any]:
    if isinstance(res, dict):
        out = dict(res)
    elif hasattr(res, "__dataclass_fields__"):
        from dataclasses import asdict
        out = asdict(res)
    elif hasattr(res, "_asdict"):
        out = res._asdict()
    else:
        out = {k: getattr(res, k) for k in dir(res) if not k.startswith("_") and not callable(getattr(res, k))}
    return out


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory hadath.web.app:app_from_env`` (HADATH_DB, HADATH_TOKEN,
    HADATH_EXTRACT_LIMIT, HADATH_CACHE_MB, HADATH_COLUMNS=0 to keep the reads in SQL, HADATH_COLUMNS_DIR)."""
    return create_app(db=os.environ.get("HADATH_DB", "events.db"), token=os.environ.get("HADATH_TOKEN"),
                      extract_limit=os.environ.get("HADATH_EXTRACT_LIMIT") or DEFAULT_EXTRACT_LIMIT,
                      cache_mb=float(os.environ.get("HADATH_CACHE_MB") or DEFAULT_CACHE_MB),
                      columns=os.environ.get("HADATH_COLUMNS", "1") not in ("0", "off", "no"),
                      columns_dir=os.environ.get("HADATH_COLUMNS_DIR") or None)
