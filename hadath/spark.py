"""hadath on Apache Spark: code an archive of articles on a cluster, with the same records.

``pip install 'hadath[spark]'`` (PySpark >= 3.5 and pyarrow). Two functions:

- ``extract(df, text="text", published="published", id="id", outlet=None)``: one row per
  event, with the explicit schema ``EVENT_SCHEMA`` (the fields of ``Event.to_dict()``, in
  that order). Articles are coded with ``mapInArrow``: each Python worker imports hadath
  once and its indexes and model load once per process (they are module-level and lazy),
  never per row or per partition. The records are those of ``hadath extract`` on the same
  articles: same language check, same input cleaning (``hadath.io.readers``), same coder.
- ``fuse(events_df)``: the store's fusion rule (``hadath.fusion.same_occurrence``) run in
  parallel. Events are blocked by event type, country and a date window of ``window_days``;
  each event joins the window of its day and of the day before, so two events a day apart
  across a window's edge still share a block; an event without a country joins every
  country's block of its window (the rule lets it match one). The matching pairs, a small
  set, are joined into connected components on the driver, so the clusters are those of
  ``hadath ingest`` on the same events.

``code(df, ...)`` is what both ``extract`` and the command line use: one row per article
with its status (``ok``, ``language``, ``refused``, ``unreadable``, ``crash``), the reason
of a skip, and its events as an array of ``EVENT_SCHEMA`` structs.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

try:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql import functions as F
    from pyspark.sql import types as T
except ImportError as _e:  # pragma: no cover - exercised only without the extra
    raise ImportError("hadath.spark needs PySpark: pip install 'hadath[spark]'") from _e

from .types import EVENT_FIELDS

__all__ = ["EVENT_SCHEMA", "ARTICLE_SCHEMA", "INPUT_SCHEMA", "code", "extract", "fuse", "session",
           "read_articles", "write_output", "spread", "WINDOW_DAYS"]

_INT = {"time_precision", "inter1", "inter2", "geo_precision"}
_LONG = {"fatalities", "injuries", "quantity"}
_DOUBLE = {"latitude", "longitude"}
_SPANS = T.ArrayType(T.ArrayType(T.IntegerType(), False), False)


def _field_type(name: str) -> T.DataType:
    if name in _INT:
        return T.IntegerType()
    if name in _LONG:
        return T.LongType()
    if name in _DOUBLE:
        return T.DoubleType()
    if name == "persons":
        return T.ArrayType(T.StringType(), False)
    if name == "demand":
        return T.StructType([T.StructField("text", T.StringType()), T.StructField("start", T.IntegerType()),
                             T.StructField("end", T.IntegerType()), T.StructField("kind", T.StringType())])
    if name in ("evidence", "triggers"):
        return _SPANS
    return T.StringType()


_EVENT_KEYS = ("doc_id", "event_id", *EVENT_FIELDS, "triggers")
EVENT_SCHEMA = T.StructType([T.StructField(k, _field_type(k), k not in ("event_id", "event_type",
                                                                        "sub_event_type", "evidence",
                                                                        "persons", "triggers"))
                             for k in _EVENT_KEYS])
INPUT_SCHEMA = T.StructType([T.StructField(k, T.StringType()) for k in
                             ("id", "text", "published", "outlet", "title", "url")])
ARTICLE_SCHEMA = T.StructType([
    *[T.StructField(k, T.StringType()) for k in ("id", "text", "published", "outlet", "title", "url")],
    T.StructField("status", T.StringType(), False), T.StructField("reason", T.StringType()),
    T.StructField("warnings", T.ArrayType(T.StringType(), False), False),
    T.StructField("events", T.ArrayType(EVENT_SCHEMA, False), False),
])
WINDOW_DAYS = 7


def session(master: str = "local[*]", app: str = "hadath", conf: dict[str, str] | None = None) -> SparkSession:
    """A SparkSession (the running one if any); Arrow on, Python workers reused, articles
    sent to the Python workers 100 at a time (the JVM reads the next ones while Python codes).

    On a ``local`` master, where the one JVM lives for one job, the web UI is off and the JVM
    starts with its quick compiler only and the serial collector (``-XX:TieredStopAtLevel=1
    -XX:+UseSerialGC``): about 1.5 s less start-up on a 2-core machine. ``conf`` overrides any
    of these."""
    import warnings
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)
    b = SparkSession.builder.master(master).appName(app)
    settings = {"spark.sql.execution.arrow.pyspark.enabled": "true",
                "spark.sql.execution.arrow.maxRecordsPerBatch": "100",
                "spark.python.worker.reuse": "true",
                "spark.ui.showConsoleProgress": "false"}
    if master.startswith("local"):
        settings.update({"spark.ui.enabled": "false",
                         "spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"})
    for k, v in {**settings, **(conf or {})}.items():
        b = b.config(k, v)
    return b.getOrCreate()


def read_articles(spark: SparkSession, paths: str | list[str]) -> DataFrame:
    """Articles from JSONL, JSONL.gz, Parquet or directories of them (any path Spark reads)."""
    paths = [paths] if isinstance(paths, str) else list(paths)
    parquet = [p for p in paths if p.rstrip("/").endswith(".parquet") or _has_parquet(spark, p)]
    json_ = [p for p in paths if p not in parquet]
    dfs = []
    if json_:
        # An explicit schema: no inference pass; a number where a string is expected is read as its text.
        dfs.append(spark.read.schema(INPUT_SCHEMA).option("mode", "PERMISSIVE")
                   .option("recursiveFileLookup", "true").json(json_))
    for p in parquet:
        df = spark.read.parquet(p)
        dfs.append(df.select([F.col(c).cast("string") if c in df.columns else F.lit(None).cast("string").alias(c)
                              for c in INPUT_SCHEMA.names]))
    out = dfs[0]
    for d in dfs[1:]:
        out = out.unionByName(d)
    return out


def _has_parquet(spark: SparkSession, path: str) -> bool:
    """A directory whose files are Parquet (checked through Hadoop's file system: any scheme)."""
    jvm = spark.sparkContext._jvm
    p = jvm.org.apache.hadoop.fs.Path(path)
    fs = p.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    if not fs.exists(p) or not fs.getFileStatus(p).isDirectory():
        return False
    it = fs.listFiles(p, True)
    while it.hasNext():
        name = it.next().getPath().getName()
        if name.startswith((".", "_")):
            continue
        return name.endswith(".parquet")
    return False


def spread(df: DataFrame, per_core: int = 2) -> DataFrame:
    """``df`` in at least ``per_core`` partitions per core: a JSONL file under Spark's split size
    (128 MB) is one partition, which one core would code alone."""
    want = df.sparkSession.sparkContext.defaultParallelism * per_core
    return df if df.rdd.getNumPartitions() >= want else df.repartition(want)


# --- coding (runs in the Python workers) --------------------------------------------------------

def _default_id(row: dict[str, Any]) -> str:
    h = hashlib.sha256()
    h.update(str(row.get("published") or "")[:10].encode())
    h.update(b"\x00")
    h.update((row.get("text") or "").encode("utf-8") if isinstance(row.get("text"), str) else b"")
    return f"sha256:{h.hexdigest()[:16]}"


def _store_ids(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The store's ids: a second event with the same type and evidence in one article is
    ``<event_id>-2`` (then ``-3`` ...), in the article's order (``store._write``)."""
    seen: set[str] = set()
    for ev in events:
        eid, k = ev["event_id"], 2
        while eid in seen:
            eid = f"{ev['event_id']}-{k}"
            k += 1
        ev["event_id"] = eid
        seen.add(eid)
    return events


def _code_row(row: dict[str, Any], check_language: bool, store_ids: bool = False) -> dict[str, Any]:
    from .io.readers import _row_item
    from .io.runner import OK, code_item
    src = str(row.get("id") or "<no id>")
    item = _row_item(dict(row), src, _default_id(row), None, None)
    res = code_item(item, check_language)
    art = item.article or row
    out = {k: art.get(k) for k in ("id", "text", "published", "outlet", "title", "url")}
    out["id"] = None if out["id"] is None else str(out["id"])
    if res.doc is None:
        out.update(status=res.kind, reason=res.error, warnings=[], events=[])
        if res.kind == "language":
            out["warnings"] = ["not Arabic text: nothing coded"]
        return out
    out.update(status=OK, reason=None, warnings=list(res.doc.warnings),
               events=[e.to_dict() for e in res.doc.events])
    if store_ids:
        _store_ids(out["events"])
    return out


def _coder(check_language: bool, store_ids: bool = False):
    import pyarrow as pa
    from pyspark.sql.pandas.types import to_arrow_schema
    schema = to_arrow_schema(ARTICLE_SCHEMA)

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        for batch in batches:
            rows = [_code_row(r, check_language, store_ids) for r in batch.to_pylist()]
            yield pa.RecordBatch.from_pylist(rows, schema=schema)
    return run


def code(df: DataFrame, text: str = "text", published: str = "published", id: str = "id",  # noqa: A002
         outlet: str | None = None, title: str | None = None, url: str | None = None,
         check_language: bool = True, store_ids: bool = False) -> DataFrame:
    """One row per article (``ARTICLE_SCHEMA``): its fields, status, reason, warnings and events.

    ``store_ids``: give the ids the store gives (``fuse`` needs unique ids): the rare second
    event of one article with the same type and evidence as another becomes ``<id>-2``."""
    cols = []
    for name, col in (("id", id), ("text", text), ("published", published), ("outlet", outlet),
                      ("title", title), ("url", url)):
        if col is None and name in df.columns and name in ("outlet", "title", "url"):
            col = name
        cols.append((F.col(col).cast("string") if col and col in df.columns
                     else F.lit(None).cast("string")).alias(name))
    return df.select(cols).mapInArrow(_coder(check_language, store_ids), ARTICLE_SCHEMA)


def extract(df: DataFrame, text: str = "text", published: str = "published", id: str = "id",  # noqa: A002
            outlet: str | None = None, check_language: bool = True, store_ids: bool = False) -> DataFrame:
    """One row per event (``EVENT_SCHEMA``), as ``hadath extract`` codes the same articles
    (``store_ids``: see ``code``; use it for events you will ``fuse``)."""
    arts = code(df, text=text, published=published, id=id, outlet=outlet, check_language=check_language,
                store_ids=store_ids)
    return arts.select(F.explode("events").alias("e")).select("e.*")


def write_output(articles: DataFrame, out: str, mode: str = "errorifexists") -> None:
    """The command line's output: ``out/_articles`` (one row per article, events nested; what
    ``hadath ingest DIR`` reads) and the events under ``out``, partitioned by ``country`` and
    ``year_month`` (Parquet readers skip the ``_articles`` folder)."""
    path = out.rstrip("/")
    articles.write.mode(mode).parquet(f"{path}/_articles")
    # by its files: Spark skips a folder named _... when it is given as the path itself
    back = articles.sparkSession.read.parquet(f"{path}/_articles/part-*")
    ev = (back.select("published", "outlet", F.explode("events").alias("e"))
          .select("e.*", "published", "outlet")
          .withColumn("year_month", F.coalesce(F.substring("event_date", 1, 7), F.lit("undated"))))
    ev.write.mode("append" if mode == "errorifexists" else mode).partitionBy("country", "year_month") \
        .parquet(path)


# --- fusion ------------------------------------------------------------------------------------

FUSE_COLUMNS = ("event_id", "doc_id", "event_type", "sub_event_type", "event_date", "time_precision",
                "actor1", "inter1", "actor2", "inter2", "country", "admin1", "admin2", "location",
                "location_text", "latitude", "longitude", "geo_precision", "fatalities", "injuries",
                "quantity", "attribution", "certainty", "persons", "assoc_actor_1", "assoc_actor_2",
                "crowd_size", "notes")
CLUSTER_SCHEMA = T.StructType([
    T.StructField("cluster_id", T.StringType(), False), T.StructField("event_type", T.StringType()),
    T.StructField("sub_event_type", T.StringType()), T.StructField("event_date", T.StringType()),
    T.StructField("country", T.StringType()), T.StructField("admin1", T.StringType()),
    T.StructField("admin2", T.StringType()), T.StructField("location", T.StringType()),
    T.StructField("latitude", T.DoubleType()), T.StructField("longitude", T.DoubleType()),
    T.StructField("actor1", T.StringType()), T.StructField("actor2", T.StringType()),
    T.StructField("fatalities", T.LongType()), T.StructField("injuries", T.LongType()),
    T.StructField("fatalities_conflict", T.BooleanType()), T.StructField("certainty", T.StringType()),
    T.StructField("n_events", T.IntegerType()), T.StructField("n_articles", T.IntegerType()),
    T.StructField("event_ids", T.ArrayType(T.StringType(), False)),
])


def _block_keys(ev: dict[str, Any], window: int, countries: dict[tuple[str, int], list[str]] | None):
    from .fusion import _day, _norm
    d = _day(ev.get("event_date"))
    if d is None:
        return []
    n = d.toordinal()
    wins = {n // window, (n - 1) // window}
    c = _norm(ev.get("country"))
    t = ev.get("event_type") or ""
    keys = []
    for w in wins:
        if c:
            keys.append((t, w, c))
        else:
            keys.append((t, w, ""))          # with the other events without a country
            keys.extend((t, w, cc) for cc in (countries or {}).get((t, w), []))
    return keys


def _block_pairs(block: list[dict[str, Any]]) -> Iterator[tuple[str, str]]:
    """Matching pairs in one block: the sweep of ``fusion.cluster_events``."""
    from .fusion import MAX_DAYS, _day, same_occurrence
    group = sorted(block, key=lambda e: (str(e["event_date"]), e["event_id"]))
    days = [_day(e["event_date"]) for e in group]
    for i, a in enumerate(group):
        for j in range(i + 1, len(group)):
            if (days[j] - days[i]).days > MAX_DAYS:
                break
            b = group[j]
            if a["event_id"] != b["event_id"] and same_occurrence(a, b):
                yield (min(a["event_id"], b["event_id"]), max(a["event_id"], b["event_id"]))


def fuse(events_df: DataFrame, window_days: int = WINDOW_DAYS) -> tuple[DataFrame, DataFrame]:
    """``(clusters_df, members_df)``: the clusters of ``hadath.fusion`` over ``events_df``.

    ``members_df``: ``event_id``, ``doc_id``, ``cluster_id`` for every event (an event that
    matches none is its own cluster, ``"c" + event_id``, as in the store). ``clusters_df``:
    one row per cluster with its canonical fields (``fusion.canonical_record``), sizes and
    member ids. ``event_id`` must be unique (``extract(..., store_ids=True)``). The matching pairs are gathered on the driver to join them into components:
    they are few (one per pair of reports of one occurrence), not one per event."""
    from .fusion import _day, _norm, canonical_record
    spark = events_df.sparkSession
    cols = [c for c in FUSE_COLUMNS if c in events_df.columns]
    rows = events_df.select(*cols).rdd.map(lambda r: r.asDict(recursive=True)).cache()
    window = max(2, int(window_days))

    def country_keys(ev):
        d = _day(ev.get("event_date"))
        c = _norm(ev.get("country"))
        if d is None or not c:
            return []
        n = d.toordinal()
        return [((ev.get("event_type") or "", w), c) for w in {n // window, (n - 1) // window}]

    countries: dict[tuple[str, int], list[str]] = {}
    for k, c in rows.flatMap(country_keys).distinct().collect():
        countries.setdefault(k, []).append(c)
    bc = spark.sparkContext.broadcast(countries)
    pairs = (rows.flatMap(lambda ev: [(k, ev) for k in _block_keys(ev, window, bc.value)])
             .groupByKey().flatMap(lambda kv: _block_pairs(list(kv[1]))).distinct().collect())
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    comp = {x: "c" + find(x) for x in list(parent)}   # the root is the component's smallest id
    cmap = spark.sparkContext.broadcast(comp)

    def _cluster_of(eid):
        return cmap.value.get(eid) or "c" + eid
    cluster_of = F.udf(_cluster_of, T.StringType())

    members = events_df.select("event_id", "doc_id").withColumn("cluster_id", cluster_of("event_id"))

    def canon(kv):
        cid, evs = kv
        rec = canonical_record(list(evs))
        out = {f.name: rec.get(f.name) for f in CLUSTER_SCHEMA.fields}
        out["event_ids"] = sorted(e["event_id"] for e in evs)
        return out

    keyed = rows.map(lambda ev: (cmap.value.get(ev["event_id"]) or "c" + ev["event_id"], ev))
    clusters = spark.createDataFrame(keyed.groupByKey().map(canon), CLUSTER_SCHEMA)
    return clusters, members
