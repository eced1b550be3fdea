"""List every word form of the protest lexeme families in the raw corpora and whether the trigger
table recognises it.

Reads the ANT news corpus, the FIGNEWS posts (their Arabic or Arabic MT text) and the labelled
training sentences, tokenises them as the coder does (folded, proclitics kept on the token) and
collects every distinct form whose stem belongs to a protest family (تظاهر، احتجاج، اعتصام، مسيرة،
وقفة، احتشد، تجمهر، تجمع، إضراب عن الطعام، شغب، رشق، غضب، خرج/نزل إلى الشوارع، هتف، ندد، رفع شعارات،
قطع/أغلق الطريق، أحرق الإطارات ...). For each form it counts the uses and how many of them a Protests or
Riots trigger of hadath/data/triggers.tsv covers in its sentence (any role), and prints the forms never
covered with two contexts each.

The held-out protest test set (tests/data/protest_sentences.jsonl) is read only to build a set of texts
to skip: a corpus sentence equal to one of them, or containing one, is left out. Nothing of it is printed.

    PYTHONPATH=$PWD python training/protest_forms.py [--family NAME] [--all] [--contexts N] [--min N]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from hadath.kb.tables import trigger_lexicon
from hadath.text.normalize import fold
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokenize

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path("/work/shared/data/corpora")
HELD_OUT = ROOT / "tests" / "data" / "protest_sentences.jsonl"

# proclitics the coder peels (و ف ب ل ك ال) and the future س, before the family's core
PRE = r"(?:[وف])?(?:[بلكس])?(?:ال|ل)?"
# families: name -> regex on the folded token (the whole token), and an optional regex the next
# token must match (a phrase family: "إضراب عن"، "خرجوا إلى"، "رفعوا شعارات")
FAMILIES: dict[str, tuple[str, str | None]] = {
    "tazahur": (PRE + r"(?:[يتنا]?تظاهر|متظاهر|مظاهر[هت]|مظاهرا?ت|تظاهر[هت])\w*", None),
    "ihtijaj": (PRE + r"(?:[اينت]?حتج|محتج)(?!ا?ز)\w*", None),
    "itisam": (PRE + r"(?:[اينت]?عتصم|معتصم)\w*", None),
    "masira": (PRE + r"(?:مسير[هت]|مسيرا?ت)\w*", None),
    "sara": (r"[وف]?(?:سار|ساروا|سارت|يسير|تسير|يسيرون|سرن)", None),
    "waqfa": (PRE + r"(?:وقف[هت]|وقفا?ت)\w*", None),
    "hashd": (PRE + r"(?:[اينت]?حتشد|محتشد|حشود)\w*", None),
    "jumhur": (PRE + r"(?:[يتن]?تجمهر|متجمهر|جماهير)\w*", None),
    "tajammu": (PRE + r"(?:[يتن]?تجمع|متجمع)\w*", None),
    "idrab_taam": (PRE + r"(?:اضراب|مضرب|اضرب|يضرب|تضرب)\w*", r"عن"),
    "shaghab": (PRE + r"(?:شغب|مشاغب)\w*", None),
    "rashq": (PRE + r"(?:[ينت]?رشق)\w*", None),
    "ghadab": (PRE + r"(?:يوم|جمعه|ايام|مسيرات?|تظاهرات?)", r"(?:ال)?غضب\w*"),
    "khuruj": (r"[وف]?(?:خرج|يخرج|تخرج|نزل|ينزل|تنزل|نزول|خروج)\w*", r"(?:الي|الى|في)"),
    "hutaf": (PRE + r"(?:[يتن]?هتف|هتاف)\w*|هاتفين|هاتفون", None),
    "tandid": (PRE + r"(?:[يتن]?ندد|تنديد|مندد)\w*", None),
    "shiarat": (PRE + r"(?:رفع|يرفع|ترفع|رافع|حمل|يحمل|حامل)\w*", r"\w*(?:شعار|لافت|يافط|اعلام|رايات)\w*"),
    "tariq": (PRE + r"(?:قطع|يقطع|تقطع|اغلق|يغلق|تغلق|غلق|اغلاق)\w*", r"\w*(?:طريق|طرق|شارع|شوارع)\w*"),
    "itarat": (PRE + r"(?:احرق|حرق|اشعل|اضرم|يحرق|يشعل)\w*", r"\w*(?:اطارات|عجلات|الاطار)\w*"),
    "haraka": (PRE + r"(?:حراك|تحرك|عصيان)\w*", None),
}
_COMPILED = {k: (re.compile(a), re.compile(b) if b else None) for k, (a, b) in FAMILIES.items()}


def held_out_texts() -> list[str]:
    """The texts of the held-out protest test set, folded and stripped: only to skip them."""
    out = []
    with open(HELD_OUT, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(fold(json.loads(line)["text"]).strip())
    return out


def corpus_sentences():
    """(source, sentence text) for every sentence of the three corpora."""
    with open(CORPORA / "ant_news.jsonl", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            text = doc.get("text") or ""
            for sp in split_sentences(text):
                yield "ant", text[sp.start:sp.end]
    csv.field_size_limit(sys.maxsize)
    for path in sorted((CORPORA / "fignews").glob("*.tsv")):
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                text = row.get("Arabic MT") or (row.get("Text") if row.get("Source Language") == "Arabic" else "")
                for sp in split_sentences(text or ""):
                    yield "fig", text[sp.start:sp.end]
    with open(ROOT / "training" / "corpus" / "sentences.jsonl", encoding="utf-8") as f:
        for line in f:
            yield "sent", json.loads(line)["text"]


def grep_phrases(path: str) -> None:
    """Every corpus sentence (held-out texts skipped) a phrase of ``path`` matches, as the coder's
    lexicon matches it (folded, proclitics peeled from the first word), with the sentence's
    training label when it is a labelled training sentence (P = a protest or riot, - = none)."""
    from hadath.kb.lexicon import Lexicon
    lex = Lexicon()
    for line in open(path, encoding="utf-8"):
        w = line.rstrip("\n").split("\t")[0].strip()
        if w and not w.startswith("#"):
            lex.add(w, w)
    labels = {}
    with open(ROOT / "training" / "corpus" / "sentences.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            labels[fold(r["text"]).strip()] = "P" if any(
                e["event_type"] in ("Protests", "Riots") for e in r["events"]) else "-"
    skip = held_out_texts()
    skip_set = set(skip)
    hits: dict[str, list[str]] = defaultdict(list)
    seen: set[str] = set()
    for src, text in corpus_sentences():
        ft = fold(text).strip()
        if ft in skip_set or any(s in ft for s in skip if len(s) > 30) or ft in seen:
            continue
        seen.add(ft)
        for m in lex.find(tokenize(text)):
            hits[m.payloads[0]].append(f"[{src} {labels.get(ft, '')}] {text}".replace("\n", " "))
    for w in sorted(hits, key=lambda w: -len(hits[w])):
        print(f"## {w}\t{len(hits[w])}")
        for h in hits[w]:
            print("    " + h[:400])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--family", help="only this family")
    ap.add_argument("--all", action="store_true", help="list every form, not only the unrecognised")
    ap.add_argument("--contexts", type=int, default=2)
    ap.add_argument("--min", type=int, default=1, help="least count to list")
    ap.add_argument("--phrases", help="a file of phrases (one a line, or the word column of trigger rows): "
                                      "print every corpus sentence each one matches, with its training label")
    args = ap.parse_args()
    if args.phrases:
        grep_phrases(args.phrases)
        return

    skip = held_out_texts()
    skip_set = set(skip)
    lex = trigger_lexicon()
    count: dict[tuple[str, str], Counter] = defaultdict(Counter)   # (family, form) -> source counts
    covered: Counter = Counter()
    contexts: dict[tuple[str, str], list[str]] = defaultdict(list)
    skipped = 0
    seen: set[str] = set()
    for src, text in corpus_sentences():
        ft = fold(text).strip()
        if ft in skip_set or any(s in ft for s in skip if len(s) > 30):
            skipped += 1
            continue
        if ft in seen:
            continue  # a sentence repeated across corpora counts once
        seen.add(ft)
        toks = tokenize(text)
        cov: set[int] = set()
        for m in lex.find(toks, overlapping=True):
            if any(p.event_type in ("Protests", "Riots") for p in m.payloads):
                cov.update(range(m.i, m.j))
        for k, tok in enumerate(toks):
            for fam, (rx, nxt) in _COMPILED.items():
                if args.family and fam != args.family:
                    continue
                if not rx.fullmatch(tok.norm):
                    continue
                if nxt is not None:
                    if k + 1 >= len(toks) or not nxt.fullmatch(toks[k + 1].norm):
                        continue
                    form = tok.norm + " " + toks[k + 1].norm
                    if fam in ("idrab_taam", "khuruj") and k + 2 < len(toks):
                        form += " " + toks[k + 2].norm
                else:
                    form = tok.norm
                key = (fam, form)
                count[key][src] += 1
                hit = any(x in cov for x in range(k, k + form.count(" ") + 1))  # any word of a phrase form
                if hit:
                    covered[key] += 1
                if len(contexts[key]) < args.contexts and not hit:
                    a, b = max(0, tok.start - 60), min(len(text), tok.end + 60)
                    contexts[key].append(f"[{src}] …{text[a:b]}…".replace("\n", " "))
    print(f"# sentences skipped as held-out texts: {skipped}", file=sys.stderr)
    for fam in FAMILIES:
        rows = sorted(((f, c) for (fa, f), c in count.items() if fa == fam), key=lambda x: -sum(x[1].values()))
        if not rows:
            continue
        tot = sum(sum(c.values()) for _, c in rows)
        unrec = [(f, c) for f, c in rows if covered[(fam, f)] == 0]
        print(f"\n## {fam}: {len(rows)} forms, {tot} uses; never covered: {len(unrec)} forms, "
              f"{sum(sum(c.values()) for _, c in unrec)} uses")
        for f, c in rows:
            n = sum(c.values())
            cv = covered[(fam, f)]
            if n < args.min or (cv and not args.all):
                continue
            srcs = " ".join(f"{s}={c[s]}" for s in ("sent", "ant", "fig") if c[s])
            print(f"{f}\t{n}\tcovered {cv}\t{srcs}")
            if not cv:
                for ctx in contexts[(fam, f)]:
                    print(f"    {ctx}")


if __name__ == "__main__":
    main()
