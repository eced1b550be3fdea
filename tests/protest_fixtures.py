"""Shared by the protest tests: the demonstration-family records hadath codes in a text."""
from __future__ import annotations

from hadath import extract
from hadath.events.candidates import sentence_candidates
from hadath.mentions.finders import find_sentence_mentions
from hadath.text import split_sentences, tokenize

CROWD_TYPES = ("Protests", "Riots")
PEACEFUL = [("Protests", "Peaceful protest")]  # one peaceful protest coded, nothing else


def record_types(text: str, published: str = "2017-04-10") -> list[tuple[str, str]]:
    """(event_type, sub_event_type) of every record coded in ``text`` (the date: Tunisian local news's period)."""
    return [(e.event_type, e.sub_event_type) for e in extract(text, published).events]


def crowd_records(text: str, published: str) -> list[tuple[str, str]]:
    """(event_type, sub_event_type) of each Protests or Riots record coded in ``text``."""
    return [(e.event_type, e.sub_event_type) for e in extract(text, published).events
            if e.event_type in CROWD_TYPES]


def candidate_types(text: str, published: str) -> set[tuple[str, str]]:
    """(type, sub-type) of the rules' candidates of a one-sentence text."""
    sp = split_sentences(text)[0]
    sm = find_sentence_mentions(text, 0, sp, tokenize(text, sp.start, sp.end), published)
    cands, _ = sentence_candidates(sm)
    return {(c.event_type, c.sub_event_type) for c in cands}
