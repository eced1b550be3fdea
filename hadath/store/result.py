"""What storing one article did: shared by ``core`` (the Store) and ``_write`` (the writer),
so that neither has to import the other's module for it."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class IngestResult:
    """What ``Store.ingest`` did with one article.

    ``status``: ``"inserted"`` (new article), ``"updated"`` (same id, new content:
    replaced), ``"unchanged"`` (same id and content: nothing done) or
    ``"duplicate"`` (new id but the content of ``duplicate_of``: nothing done).
    """
    article_id: str
    status: str
    n_events: int = 0
    n_mentions: int = 0
    clusters_changed: int = 0
    duplicate_of: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.status in ("inserted", "updated")
