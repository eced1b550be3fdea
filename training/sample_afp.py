"""Round 8: wires of other outlets than Jawhara FM for a blind check, from the UniversalPetrarch sample.

    python training/sample_afp.py [--shared ../shared]

../shared/data/lexicons/universalpetrarch_ar/Sample_arabic_sent.xml holds 704 sentences of 73 news wires of 2000-04
(Agence France-Presse, Xinhua, Al-Hayat, Assabah, Ummah Press; MIT, UniversalPetrarch), written segmented as parsers read Arabic: proclitics and
pronoun suffixes stand apart ("ب إعادة"، "يملك ها"). This script joins them back into the text a newsroom
writes (``detokenize``), groups the sentences into their wires (the id before the last "_"), and writes the
wires with conflict, protest or arrest wording, and as many without, to training/batches/art_800.jsonl ...
art_803.jsonl for annotators (Task B of BRIEF.md). The annotators' records are gathered with the other fresh
rounds by build_fresh.py (round 8).
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from sample import KEYWORDS, write_batches

HERE = Path(__file__).resolve().parent
PREFIXES = {"و", "ف", "ب", "ل", "ك", "س"}
# pronoun suffixes written apart; not كما، كم (also the words "as", "how many")
SUFFIXES = {"ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي"}
# the Arabic Gigaword source codes of the sample's wires
OUTLETS = {"AFP": "Agence France-Presse", "XIN": "Xinhua", "UMH": "Ummah Press", "ASB": "Assabah", "HYT": "Al-Hayat",
           "NHR": "An-Nahar"}
_ARABIC_END = re.compile(r"[\u0621-\u064A]$")


def detokenize(text: str) -> str:
    """"و قال مسيكا ل صحافيين ان ..." -> "وقال مسيكا لصحافيين ان ...": suffixes joined to the word before
    (a final ة becomes ت: "قيمة ه" -> "قيمته"), prefixes to the word after ("ل" + "ال" -> "لل")."""
    words: list[str] = []
    for w in text.split():
        if w in SUFFIXES and words and _ARABIC_END.search(words[-1]) and words[-1] not in PREFIXES:
            words[-1] = (words[-1][:-1] + "ت" if words[-1].endswith("ة") else words[-1]) + w
        else:
            words.append(w)
    out: list[str] = []
    carry = ""
    for w in words:
        if w in PREFIXES:
            carry += w
            continue
        if carry.endswith("ل") and w.startswith("ال"):
            w = w[1:]  # "ل الأعمال" -> "للأعمال"
        out.append(carry + w)
        carry = ""
    if carry:
        out.append(carry)
    s = " ".join(out)
    s = re.sub(r" ([.,،:;!?)])", r"\1", s)
    return re.sub(r"\( ", "(", s)


def wires(shared: Path) -> list[dict]:
    xml = (shared / "data/lexicons/universalpetrarch_ar/Sample_arabic_sent.xml").read_text(encoding="utf-8")
    out: dict[str, dict] = {}
    for date, sid, text in re.findall(r'<Sentence date = "(\d+)" id="([^"]+)"[^>]*>\s*<Text>\s*(.*?)\s*</Text>',
                                      xml, re.S):
        doc = sid.rsplit("_", 1)[0]
        w = out.setdefault(doc, {"id": "up-" + doc, "published": f"{date[:4]}-{date[4:6]}-{date[6:]}",
                                 "outlet": OUTLETS.get(doc.split("_")[0], doc.split("_")[0]), "sentences_": []})
        w["sentences_"].append(detokenize(text))
    rows = []
    for w in out.values():
        title, body = w["sentences_"][0], w["sentences_"][1:]
        rows.append({"id": w["id"], "published": w["published"], "outlet": w["outlet"], "title": title,
                     "text": "\n".join(body) if body else title})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    rng = random.Random(args.seed + 8)
    rows = wires(Path(args.shared))
    conflict = [r for r in rows if KEYWORDS.search(r["title"] + " " + r["text"])]
    other = [r for r in rows if r not in conflict]
    rng.shuffle(other)
    chosen = conflict + other[: len(conflict)]
    rng.shuffle(chosen)
    out = HERE / "batches"
    out.mkdir(exist_ok=True)
    write_batches(out, 800, 4, [], chosen)
    print(f"round 8: {len(chosen)} wires ({len(conflict)} with conflict wording) of {len(rows)}")


if __name__ == "__main__":
    main()
