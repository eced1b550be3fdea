"""Garbled, truncated and shuffled Arabic never crashes the coder, and offsets stay true."""
import random
from pathlib import Path

import hadath
from hadath.errors import HadathInputError

EXAMPLE = (Path(hadath.__file__).parent / "examples" / "example_ar.txt").read_text(encoding="utf-8")
ALPHABET = [chr(c) for c in list(range(0x0600, 0x0700)) + list(range(0x20, 0x7F))
            + [0x200F, 0x200E, 0x640, 0x660, 0x6F5, 0x0A, 0x0D, 0x2029, 0xFEFF]]


def _variants(n: int):
    rnd = random.Random(7)
    for i in range(n):
        if i % 3 == 0:
            yield "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 300)))
        elif i % 3 == 1:
            a = rnd.randint(0, len(EXAMPLE))
            b = rnd.randint(a, len(EXAMPLE))
            yield EXAMPLE[a:b] + "".join(rnd.choice(ALPHABET) for _ in range(15))
        else:
            words = EXAMPLE.split()
            rnd.shuffle(words)
            yield " ".join(words[:rnd.randint(1, 60)])


def test_random_and_broken_text_is_coded_or_refused_with_a_reason():
    coded = 0
    for s in _variants(300):
        try:
            doc = hadath.extract(s, "2019-01-01")
        except HadathInputError as e:
            assert str(e)
            continue
        coded += 1
        for m in doc.mentions:
            assert s[m.start:m.end] == m.text
        for ev in doc.events:
            for a, b in ev.evidence:
                assert 0 <= a < b <= len(s)
    assert coded > 250
