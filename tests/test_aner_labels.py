"""The ANERcorp round keeps labels only: each must still point at the sentence it was read on (the text rebuilt from
../shared by training/aner_sentences.py), and each trigger must be words of that sentence."""
import importlib.util
import json

import pytest

from conftest import ROOT, SHARED

CORPUS = SHARED / "data" / "ner" / "anercorp" / "ANERCorp.txt"


def _module():
    spec = importlib.util.spec_from_file_location("aner_sentences", ROOT / "training" / "aner_sentences.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_every_label_points_at_its_sentence_and_quotes_it():
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} not found: ../shared is needed beside the project")
    mod = _module()
    sents = mod.sentences(SHARED)
    labels = [json.loads(x) for x in (ROOT / "training" / "corpus" / "aner_labels.jsonl").open(encoding="utf-8")]
    assert sum(1 for r in labels if r["events"]) >= 40
    for r in labels:
        text = sents[int(r["sid"][4:])]
        assert mod.digest(text) == r["sha1"], r["sid"]
        for e in r["events"]:
            assert e["event_type"] in ("Protests", "Riots")
            first = e["trigger"].split()[0].strip('"«»')
            assert first in text, (r["sid"], e["trigger"])
