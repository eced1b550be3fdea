"""Cue words around mentions: casualty cues, victim nouns, role cues, place cues, speech verbs.

The loader lives in the knowledge layer (``hadath.kb.tables``); this module keeps its name for
the mention finders and the coder."""
from __future__ import annotations

from ..kb.tables import lexicon

__all__ = ["lexicon"]
