"""A linear model over sentence features, shipped in the package and loaded once.

``hadath/data/model/event_model.json.gz`` holds the feature vocabulary, the label
names and, for each label, a weight per feature and a bias (one-vs-rest logistic
regression trained by ``hadath train``). Labels: ``event`` (the sentence tells a
codable event), each event type, and each sub-type as ``Type|Sub-type``.
Scoring a sentence is a sum of the weights of its features: no numpy needed,
a few microseconds a sentence.
"""
from __future__ import annotations

import gzip
import json
import math
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "model" / "event_model.json.gz"
ENV_VAR = "HADATH_MODEL"  # "off" codes with the rules alone; a path loads another model file
MODE_VAR = "HADATH_CODER"  # both (default) | rules | model: who codes, for the ablation
MODES = ("both", "rules", "model")


class EventModel:
    def __init__(self, data: dict[str, Any]) -> None:
        self.labels: list[str] = data["labels"]
        self.bias: list[float] = data["bias"]
        self.thresholds: dict[str, float] = data.get("thresholds", {})
        self.meta: dict[str, Any] = data.get("meta", {})
        # feature -> list of (label index, weight)
        self.weights: dict[str, list[tuple[int, float]]] = {
            k: [(int(i), float(w)) for i, w in v] for k, v in data["weights"].items()}

    def gate(self, name: str, default: float) -> float:
        """The coder's threshold ``name`` (``keep``, ``add``) chosen for this model by
        cross-validation on the training corpus, else ``default``."""
        return float(self.meta.get("gate", {}).get(name, default))

    def scores(self, features: list[str]) -> dict[str, float]:
        """Probability of every label for a sentence with these features."""
        z = list(self.bias)
        for name in set(features):
            for i, w in self.weights.get(name, ()):
                z[i] += w
        return {lab: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v)))) for lab, v in zip(self.labels, z)}

    def strongest(self, features: list[str], label: str) -> str | None:
        """The word feature that pushes hardest towards ``label`` (to anchor a proposed event)."""
        try:
            li = self.labels.index(label)
        except ValueError:
            return None
        best, bw = None, 0.0
        for name in set(features):
            if not name.startswith("w="):
                continue
            for i, w in self.weights.get(name, ()):
                if i == li and w > bw:
                    best, bw = name[2:], w
        return best

    def to_dict(self) -> dict[str, Any]:
        return {"labels": self.labels, "bias": self.bias, "thresholds": self.thresholds, "meta": self.meta,
                "weights": {k: [[i, round(w, 5)] for i, w in v] for k, v in self.weights.items()}}


def save(model_dict: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
        json.dump(model_dict, f, ensure_ascii=False, separators=(",", ":"))


def read(path: Path) -> EventModel:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return EventModel(json.load(f))


@lru_cache(maxsize=None)
def _load(spec: str) -> EventModel | None:
    if spec == "off":
        return None
    path = Path(spec) if spec else MODEL_PATH
    if not path.exists():
        return None
    return read(path)


def mode() -> str:
    """Who codes: ``both`` (rules gated and completed by the model, the default), ``rules`` or
    ``model`` (alone), from ``HADATH_CODER``."""
    m = os.environ.get(MODE_VAR, "both")
    if m not in MODES:
        raise ValueError(f"{MODE_VAR} must be one of {', '.join(MODES)}, not {m!r}")
    return m


_USING: list[EventModel] = []


def load() -> EventModel | None:
    """The shipped model (or the one ``HADATH_MODEL`` names, or one ``using`` sets); None when
    it is switched off (``HADATH_MODEL=off``) or absent, and the coder then runs on its rules
    alone."""
    if _USING:
        return _USING[-1]
    return _load(os.environ.get(ENV_VAR, ""))


@contextmanager
def using(model: EventModel) -> Iterator[None]:
    """Code with ``model`` inside the block (cross-validation codes held-out articles with a
    model fitted without them)."""
    _USING.append(model)
    try:
        yield
    finally:
        _USING.pop()
