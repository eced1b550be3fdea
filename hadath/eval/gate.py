"""Choose how the coder combines the learned model with its rules, by cross-validation on the
training corpus (never on the dev gold).

The coder drops a rule-made candidate when the model's gate gives it less than ``keep``, and adds
an event the rules did not make when the model gives its type (and "event") at least ``add``.
``tune_gate`` splits the training articles (``articles.jsonl``, full records) into folds by
article; for each fold it fits the model on every other labelled sentence and article, codes the
fold's articles with each pair of thresholds of a small grid, and scores them against their
records with the reference scorer's rules. The whole cross-validation is repeated over
``REPEATS`` different splits of the articles (seeds ``seed``, ``seed + 1``, ...) and each pair's F1
is the mean over the repeats: one split's luck (which hard article lands in which fold) no longer
picks the gate. Among the pairs within ``NOISE_F1`` of the best mean event F1 (about one event of
the held-out ones), the one nearest the coder's defaults wins (then the higher F1, then F1 with
sub-type): a difference of one event does not move the gate.
"""
from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from ..learn import model as learned
from ..learn.train import examples, fit
from ..pipeline import extract_article
from .score import group_predictions, score

KEEPS = (0.02, 0.05, 0.1, 0.2, 0.3)
NOISE_F1 = 0.003  # held-out F1 differences below this are one event: not a reason to move the gate
ADDS = (0.9, 0.95, 1.01)  # 1.01: the model adds nothing
REPEATS = 3  # cross-validations over different splits, averaged


def tune_gate(corpus: Path, seed: int = 13, C: float = 0.5, folds: int = 5, log=print,
              keeps: tuple[float, ...] = KEEPS, adds: tuple[float, ...] = ADDS,
              repeats: int = REPEATS) -> dict[str, Any]:
    """{"keep", "add", "folds", "repeats", "f1", "grid": [[keep, add, f1, f1_sub, f1_min, f1_max], ...]}:
    each row's F1 the mean over the repeated cross-validations, with the lowest and highest repeat's."""
    ap = corpus / "articles.jsonl"
    arts = [json.loads(line) for line in ap.open(encoding="utf-8") if line.strip()] if ap.exists() else []
    if len(arts) < folds:
        raise ValueError(f"{ap}: {len(arts)} articles with full records, fewer than {folds} folds")
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, not {repeats}")
    data = examples(corpus)
    runs: dict[tuple[float, float], list[tuple[float, float]]] = {(k, a): [] for k in keeps for a in adds}
    for rep in range(repeats):
        ids = sorted({a["id"] for a in arts})
        random.Random(seed + rep).shuffle(ids)
        fold_of = {d: k % folds for k, d in enumerate(ids)}
        rows: dict[tuple[float, float], list[dict]] = {(k, a): [] for k in keeps for a in adds}
        for f in range(folds):
            held = [a for a in arts if fold_of[a["id"]] == f]
            m = learned.EventModel(fit([d for d in data if fold_of.get(d[0]) != f], seed=seed, C=C,
                                       folds=min(folds, 3), log=lambda *_: None))
            for keep in keeps:
                for add in adds:
                    m.meta["gate"] = {"keep": keep, "add": add}
                    with learned.using(m):
                        for a in held:
                            art = {k: a.get(k) for k in ("id", "text", "published", "outlet", "title", "url")}
                            rows[(keep, add)].extend(ev.to_dict() for ev in extract_article(art).events)
            log(f"  split {rep + 1}/{repeats}, fold {f + 1}/{folds}: {len(held)} articles coded with "
                f"{len(rows)} threshold pairs")
        for pair, preds in rows.items():
            r = score(arts, group_predictions(preds))
            runs[pair].append((r["f1"], r["f1_sub_event_type"]))
    grid = []
    for (keep, add), rs in runs.items():
        f1s = [f for f, _ in rs]
        grid.append([keep, add, round(sum(f1s) / len(rs), 4), round(sum(s for _, s in rs) / len(rs), 4),
                     round(min(f1s), 4), round(max(f1s), 4)])
    best = choose(grid)
    log(f"gate chosen by {folds}-fold cross-validation repeated over {repeats} splits of {len(arts)} training "
        f"articles: keep {best[0]}, add {best[1]} (mean event F1 {best[2]:.3f}, sub-type {best[3]:.3f})")
    return {"keep": best[0], "add": best[1], "folds": folds, "repeats": repeats, "f1": best[2], "grid": grid}


def choose(grid: list[list[float]]) -> list[float]:
    """The ``[keep, add, f1, f1_sub]`` row to use. One event more or less on the ~150 held-out
    events moves F1 by about 0.003: rows within ``NOISE_F1`` of the best are not told apart by the
    data, so of those the one nearest the coder's defaults is taken."""
    from ..coder import ADD, KEEP
    top = max(g[2] for g in grid)
    near = [g for g in grid if g[2] >= top - NOISE_F1]
    return max(near, key=lambda g: (-abs(g[0] - KEEP) - abs(g[1] - ADD), g[2], g[3]))
