"""The web map and HTTP API (``hadath serve``); see ``hadath.web.app.create_app``."""
from __future__ import annotations

__all__ = ["create_app"]


def create_app(*args, **kw):
    """Build the FastAPI app (imported lazily so the CLI starts fast)."""
    from .app import create_app as _create
    return _create(*args, **kw)
