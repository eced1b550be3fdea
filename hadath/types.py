"""Typed records shared by every stage: spans, mentions, events, documents.

Every span is a pair of character offsets into the text the user gave.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

# Field order of an event record, as in EVENT_CODING.md section 3.
EVENT_FIELDS: tuple[str, ...] = (
    "event_type", "sub_event_type", "event_date", "time_precision",
    "actor1", "inter1", "actor2", "inter2",
    "country", "admin1", "admin2", "location", "location_text",
    "latitude", "longitude", "geo_precision",
    "fatalities", "injuries", "quantity",
    "attribution", "certainty", "persons",
    "assoc_actor_1", "assoc_actor_2", "crowd_size", "demand", "notes",
    "evidence",
)


@dataclass(slots=True)
class Span:
    start: int
    end: int

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(slots=True)
class Item:
    """A mention inside one sentence, with its token positions (``i``..``j``) and text offsets."""
    kind: str
    si: int
    i: int
    j: int
    start: int
    end: int
    value: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Mention:
    """Something found in the text: an actor, place, person, number, time, attribution or trigger.

    ``value`` carries what the mention resolves to (a canonical actor, a place
    record, an integer, an ISO date ...); its shape depends on ``kind``.
    """
    kind: str
    start: int
    end: int
    text: str
    value: dict[str, Any] = field(default_factory=dict)
    sentence: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end,
                "text": self.text, "value": self.value, "sentence": self.sentence}


@dataclass(slots=True)
class Event:
    """One coded event; fields follow EVENT_CODING.md section 3."""
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
    fatalities: int | None = 0
    injuries: int | None = 0
    quantity: int | None = None
    attribution: str = "the article"
    certainty: str = "asserted"
    persons: list[str] = field(default_factory=list)
    # ACLED's associated actors: who actor1 / actor2 are ("Teachers (Tunisia)", "Residents of Gafsa (Tunisia)")
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None
    # Protests and Riots only: "no report", an exact number as digits, "dozens", "hundreds" or "thousands"
    crowd_size: str | None = None
    # what the crowd demands or protests against, as written: {"text", "start", "end"} (offsets into the text)
    demand: dict[str, Any] | None = None
    # one English sentence in ACLED's style, built from the record's fields (no translation)
    notes: str | None = None
    evidence: list[list[int]] = field(default_factory=list)
    doc_id: str | None = None
    event_id: str | None = None
    # Offsets of the trigger words that made this event (for explanation and highlighting).
    triggers: list[list[int]] = field(default_factory=list)

    def assign_id(self) -> str:
        """A stable id: the same article and the same evidence give the same id."""
        key = f"{self.doc_id}|{self.event_type}|{self.sub_event_type}|" + ";".join(
            f"{a}-{b}" for a, b in self.evidence)
        self.event_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        return self.event_id

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        out = {"doc_id": d.pop("doc_id"), "event_id": d.pop("event_id")}
        out.update({k: d[k] for k in EVENT_FIELDS})
        out["triggers"] = d["triggers"]
        return out


@dataclass(slots=True)
class Document:
    """An article and everything hadath found in it."""
    text: str
    id: str = ""
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    country: str | None = None  # the article's main country, inferred from its places and actors

    def mentions_of(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]

    def to_dict(self, with_mentions: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id, "published": self.published, "outlet": self.outlet,
            "title": self.title, "url": self.url,
            "events": [e.to_dict() for e in self.events],
            "warnings": list(self.warnings),
        }
        if with_mentions:
            d["sentences"] = [[s.start, s.end] for s in self.sentences]
            d["mentions"] = [m.to_dict() for m in self.mentions]
        return d
