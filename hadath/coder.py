"""Runs the mention finders and the event coder over a document."""
from __future__ import annotations

from .types import Document


def run(doc: Document) -> None:
    for ev in doc.events:
        ev.doc_id = doc.id
        ev.assign_id()
