"""``hadath train``: fit the sentence event model on the training corpus."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="train the sentence event model on a labelled corpus",
                       description="Fit the learned sentence model (event / type / sub-type) on "
                                   "training/corpus (sentences.jsonl, articles.jsonl) and write it where "
                                   "the coder loads it. Needs the 'train' extra (scikit-learn).")
    p.add_argument("--corpus", default="training/corpus", help="folder with sentences.jsonl and articles.jsonl")
    p.add_argument("--out", default=None, help="model file to write (default: the packaged model)")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--C", type=float, default=0.5, help="inverse regularisation strength")
    p.add_argument("--tune-gate", action="store_true",
                   help="also choose the coder's thresholds for combining the model with the rules "
                        "(keep a rule's event, add the model's) by 5-fold cross-validation over the "
                        "training articles, repeated over --repeats splits and averaged, and store "
                        "them in the model file (2-9 minutes a split on 2 cores)")
    p.add_argument("--repeats", type=int, default=None,
                   help="how many splits the gate's cross-validation is repeated over (default 3)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("hadath train needs scikit-learn: pip install 'hadath[train]'", file=sys.stderr)
        return 2
    from ..learn.model import MODEL_PATH
    from ..learn.train import train
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"hadath train: no corpus folder {corpus}", file=sys.stderr)
        return 2
    gate = None
    if args.tune_gate:
        from ..eval.gate import tune_gate
        try:
            kw = {} if args.repeats is None else {"repeats": args.repeats}
            gate = tune_gate(corpus, seed=args.seed, C=args.C, **kw)
        except ValueError as e:
            print(f"hadath train: {e}", file=sys.stderr)
            return 2
    train(corpus, Path(args.out) if args.out else MODEL_PATH, seed=args.seed, C=args.C, gate=gate)
    return 0
