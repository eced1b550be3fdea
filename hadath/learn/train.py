"""Train the sentence event model from the training corpus (``training/corpus``).

    hadath train [--corpus training/corpus] [--out hadath/data/model/event_model.json.gz] [--seed 13]

One-vs-rest logistic regression (scikit-learn, the optional ``train`` extra) on
the features of ``features.sentence_features``: a label ``event`` (the sentence
tells at least one codable event), one per event type and one per sub-type with
enough examples. Grouped 5-fold cross-validation over source articles reports
how well it generalises and picks the decision thresholds; the final model is
fitted on everything and written as a small gzipped JSON file. Deterministic
for a given corpus and seed.
"""
from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from ..mentions.finders import find_sentence_mentions
from ..text import tokenize
from ..types import Span
from ..events.candidates import sentence_candidates
from .features import background_opening, candidate_features, sentence_features
from .model import MODEL_PATH, save

MIN_POSITIVES = 5
MIN_DF = 2


def _unit(sm, labels: set[str]) -> tuple[list[str], set[str], list[tuple[list[str], bool]]]:
    """The sentence's features and labels, and each rule candidate's features with whether the
    annotators read an event of its type in the sentence."""
    feats = sentence_features(sm)
    cands, _ = sentence_candidates(sm)
    bg = background_opening(sm)
    return feats, labels, [(candidate_features(sm, c, feats, bg), c.event_type in labels) for c in cands]


def examples(corpus: Path) -> list[tuple[str, list[str], set[str], list]]:
    """(group, features, labels, candidates) for every labelled sentence of the corpus."""
    out = []
    sp = corpus / "sentences.jsonl"
    if sp.exists():
        for line in sp.open(encoding="utf-8"):
            r = json.loads(line)
            text = r["text"]
            toks = tokenize(text, 0, len(text))
            sm = find_sentence_mentions(text, 0 if r.get("first") else 1, Span(0, len(text)), toks, r.get("published"))
            out.append((r["doc_id"], *_unit(sm, _labels(r.get("events") or []))))
    for ap in (corpus / "articles.jsonl", corpus / "fresh_articles.jsonl"):
        if not ap.exists():
            continue
        for line in ap.open(encoding="utf-8"):
            a = json.loads(line)
            text = a["text"]
            for k, (s, e) in enumerate(a["sentences"]):
                evs = [ev for ev in a["events"] if any(x0 < e and s < x1 for x0, x1 in ev["evidence"])]
                toks = tokenize(text, s, e)
                sm = find_sentence_mentions(text, k, Span(s, e), toks, a.get("published"))
                out.append((a["id"], *_unit(sm, _labels(evs))))
    return out


def _labels(events: list[dict]) -> set[str]:
    labs = set()
    for ev in events:
        labs |= {"event", ev["event_type"], ev["event_type"] + "|" + ev["sub_event_type"]}
    return labs


def _fit(X, y, seed: int, C: float):
    from sklearn.linear_model import LogisticRegression
    clf = LogisticRegression(C=C, solver="liblinear", class_weight="balanced", random_state=seed, max_iter=200)
    clf.fit(X, y)
    return clf


def _fit_labels(units: list[tuple[str, list[str], set[str]]], labels: list[str], seed: int, C: float,
                folds: int, log) -> tuple[dict, list[float], dict, dict]:
    """One-vs-rest logistic regression per label over ``units`` (group, features, labels):
    grouped cross-validation for the figures and the threshold, then a fit on everything."""
    import numpy as np
    from scipy.sparse import csr_matrix

    df = Counter(f for _, feats, _ in units for f in set(feats))
    vocab = sorted(f for f, n in df.items() if n >= MIN_DF)
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for r, (_, feats, _) in enumerate(units):
        for f in set(feats):
            if f in index:
                rows.append(r)
                cols.append(index[f])
    X = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(units), len(vocab)))
    groups = sorted({g for g, _, _ in units})
    random.Random(seed).shuffle(groups)
    fold_of = {g: i % folds for i, g in enumerate(groups)}
    fold = np.array([fold_of[g] for g, _, _ in units])
    weights: dict[str, list[list[float]]] = {}
    bias, thresholds, report = [], {}, {}
    for li, lab in enumerate(labels):
        y = np.array([lab in labs for _, _, labs in units], dtype=int)
        prob = np.zeros(len(units))
        for k in range(folds):
            tr, te = fold != k, fold == k
            if y[tr].sum() == 0 or y[tr].sum() == tr.sum():
                continue
            prob[te] = _fit(X[tr], y[tr], seed, C).predict_proba(X[te])[:, 1]
        best = (0.0, 0.5, 0.0, 0.0)
        for th in np.arange(0.2, 0.95, 0.05):
            pred = prob >= th
            tp = int((pred & (y == 1)).sum())
            p = tp / max(1, int(pred.sum()))
            r = tp / max(1, int(y.sum()))
            f = 2 * p * r / (p + r) if p + r else 0.0
            if f > best[0]:
                best = (f, float(round(th, 2)), p, r)
        thresholds[lab] = best[1]
        report[lab] = {"examples": len(units), "positives": int(y.sum()), "cv_f1": round(best[0], 3),
                       "cv_precision": round(best[2], 3), "cv_recall": round(best[3], 3), "threshold": best[1]}
        if y.sum() in (0, len(y)):  # one class only: a constant answer
            bias.append(5.0 if y.sum() else -5.0)
            log(f"  {lab:<66} n={int(y.sum()):>4}/{len(units)}  one class only: constant")
            continue
        clf = _fit(X, y, seed, C)
        coef = clf.coef_[0]
        bias.append(float(clf.intercept_[0]))
        for fi in np.nonzero(np.abs(coef) > 0.01)[0]:
            weights.setdefault(vocab[fi], []).append([li, round(float(coef[fi]), 4)])
        log(f"  {lab:<66} n={int(y.sum()):>4}/{len(units)}  cv P {best[2]:.2f} R {best[3]:.2f} "
            f"F1 {best[0]:.2f}  th {best[1]}")
    return weights, bias, thresholds, report


def train(corpus: Path, out: Path = MODEL_PATH, seed: int = 13, C: float = 0.5, folds: int = 5,
          log=print, gate: dict[str, Any] | None = None) -> dict[str, Any]:
    """Fit the sentence labels and the candidate gate; write one model file. ``gate``: the
    coder's thresholds for combining the model with the rules (``keep``, ``add``), as chosen
    by cross-validation (``hadath train --tune-gate``); stored in the file's meta."""
    data = examples(corpus)
    if not data:
        raise ValueError(f"no labelled sentences in {corpus}")
    model = fit(data, seed=seed, C=C, folds=folds, log=log)
    if gate:
        model["meta"]["gate"] = gate
    save(model, out)
    log(f"model written to {out} ({out.stat().st_size / 1024:.0f} KiB)")
    return model["meta"]


def fit(data: list, seed: int = 13, C: float = 0.5, folds: int = 5, log=print) -> dict[str, Any]:
    """The model (as the dict ``save`` writes) fitted on ``examples`` rows."""
    sents = [(g, feats, labs) for g, feats, labs, _ in data]
    pos = Counter(lab for _, _, labs in sents for lab in labs)
    labels = ["event"] + sorted(l for l, n in pos.items() if l != "event" and n >= MIN_POSITIVES)
    log(f"{len(sents)} sentences, {pos['event']} telling an event; {len(labels)} sentence labels")
    w1, b1, t1, r1 = _fit_labels(sents, labels, seed, C, folds, log)
    # the gate: each candidate the rules make, kept when the annotators read its type there
    cands = [(g, cf, {"keep"} if ok else set()) for g, _, _, cs in data for cf, ok in cs]
    log(f"{len(cands)} rule candidates, {sum(bool(l) for _, _, l in cands)} confirmed by the annotators")
    w2, b2, t2, r2 = _fit_labels(cands, ["keep"], seed, C, folds, log)
    n1 = len(labels)
    for f, ws in w2.items():
        w1.setdefault(f, []).extend([[li + n1, w] for li, w in ws])
    return {"labels": labels + ["keep"], "bias": b1 + b2, "thresholds": {**t1, **t2}, "weights": w1,
            "meta": {"seed": seed, "C": C, "sentences": len(sents), "candidates": len(cands),
                     "report": {**r1, **r2}}}
