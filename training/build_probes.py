"""Gather the written protest probes (training/corpus/protest_probes.jsonl) from the helper sessions' files.

    python training/build_probes.py

Thirty-nine annotator (helper) sessions, in eight rounds, each wrote 60-70 Arabic sentences in one outlet style, every one meant to be read
alone: about two in three tell a protest or riot that ACLED would code (half of them with no protest word: told by what
the crowd or the police did), one in three are hard negatives (talk of protests, plans, calls, strikes only, trials,
history, celebrations). Each writer labelled its own sentences to ../shared/EVENT_CODING.md and saw neither the coder
nor the project. The texts are invented, in the style of real news; they measure coverage of forms, not real-world
frequency. training/labels/probes_KEY.jsonl holds what each wrote (git-ignored, as every labels file is); rows keep
the writer's note and a round: "fitted" (six files written first, read to fix the coder) or "blind" (three files
written after the fixes, measured once before any was read) or "second" (six files of a second round in six other
styles, each with at least half of its protests told without a protest word, all measured once before any was read,
then read to fix the coder; their brief is training/labels/probes_round2_BRIEF.md) or "third" (four files in four more
styles on the same brief, measured once blind after the second round's fixes, then read) or "fourth" (four files in the
styles nearest the protest test set's sources, measured once blind after the third round's fixes, then read) or "fifth"
(four files written at the end of the eighteenth stop, measured once blind and left unread: the next stop's blind check,
to be scored before any of it is read) or "sixth" (four files written in the nineteenth stop on the brief
training/BRIEF_probes.md, committed this time: the second round's brief lived in the git-ignored labels folder and is
lost with it; BRIEF_probes.md restates it) or "seventh" (four files in the twentieth stop on the same brief, in the
styles nearest the test set's sources, measured once blind, then read) or "eighth" (four files in the twenty-first
stop, written after the seventh round's fixes, measured once blind on that stop's last tree and left unread). The writers' files are git-ignored: a style whose file is absent keeps the
rows corpus/protest_probes.jsonl already holds, so the corpus rebuilds the same on a fresh clone. Score with
``hadath evaluate training/corpus/protest_probes.jsonl --sentences``.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
STYLES = {"tn": "Tunisian local news", "intl": "international wires", "gaza": "Gaza-war posts",
          "lev": "Iraqi, Lebanese and Syrian news", "naf": "Egyptian, Sudanese, Libyan and Maghreb news",
          "tnmid": "Tunisian reports, sentences from the middle", "b1": "Tunisian and Algerian news",
          "b2": "Yemeni, Jordanian, Gulf and Palestinian news", "b3": "world news in Arabic",
          # the second round (eighteenth stop): six styles, all measured once blind, then read
          "c1": "Tunisian regional news, sentences from the middle of reports", "c2": "Moroccan, Algerian, Libyan and "
          "Mauritanian news", "c3": "Iraqi, Iranian, Kuwaiti and Bahraini news", "c4": "Palestinian, Lebanese and "
          "Jordanian news", "c5": "Sudanese, Egyptian, Yemeni and Somali news", "c6": "news flashes and headlines",
          # the third round (eighteenth stop): four more styles, measured once blind on the fixes of the second, then read
          "d1": "Tunisian news of 2011-14 and 2018-21", "d2": "Gaza-war posts and channels", "d3": "Syrian and "
          "Lebanese news", "d4": "Arabic wires on protests outside the Arab world",
          # the fourth round: four styles nearest the protest test set's sources, measured once blind, then read
          "e1": "Tunisian local radio news of 2016-17", "e2": "Tunisian national news of 2016-18", "e3": "world news "
          "pages of Tunisian and pan-Arab sites, 2016-17", "e4": "Gaza-war posts of news pages, some machine-translated",
          # the fifth round: written at the end of the eighteenth stop, measured once blind and NOT read: the next stop's
          # blind check (score it before reading any of it)
          "f1": "Tunisian radio news, opening, middle and closing sentences", "f2": "pan-Arab newspapers, 2011-24",
          "f3": "Arabic social-media posts of local pages and activists", "f4": "Arabic wires on protests in Africa and Asia",
          # the sixth round (nineteenth stop, brief training/BRIEF_probes.md): measured once blind on the stop's last tree
          "g1": "Arabic wire reports on protests around the world, 2003-12, middle-of-report sentences too",
          "g2": "Gulf and Levant daily newspapers, 2005-20", "g3": "posts of local news pages led by hashtags, labels "
          "and emoji, 2019-24", "g4": "Tunisian local radio, opening and middle sentences, 2015-18",
          # the seventh round (twentieth stop, same brief): the styles nearest the test set's sources, measured once
          # blind on the stop's tree after the sixth round's last fix, then read
          "h1": "Tunisian local radio and regional sites, opening, middle and closing sentences, 2015-18",
          "h2": "Tunisian national agency and dailies, 2012-21", "h3": "international pages of Arabic sites from "
          "wire copy, 2014-18", "h4": "Gaza-war posts of news pages, some machine-translated, 2023-24",
          # the eighth round (twenty-first stop, same brief): written after the seventh round's fixes, measured once
          # blind on the stop's last tree and left unread, the next stop's blind check
          "i1": "Tunisian private radio news sites, local correspondents, 2016-18",
          "i2": "Tunisian national agency (TAP) and dailies, 2013-21", "i3": "Arab and international pages rewritten "
          "from agency copy, 2016-20", "i4": "Gaza-war posts of Arabic news pages and channels, 2023-24"}
BLIND = ("b1", "b2", "b3")
SECOND = ("c1", "c2", "c3", "c4", "c5", "c6")
THIRD = ("d1", "d2", "d3", "d4")
FOURTH = ("e1", "e2", "e3", "e4")
FIFTH = ("f1", "f2", "f3", "f4")
SIXTH = ("g1", "g2", "g3", "g4")
SEVENTH = ("h1", "h2", "h3", "h4")
EIGHTH = ("i1", "i2", "i3", "i4")
DEFAULT_DATE = "2017-04-10"  # the Tunisian local file gives none: a date in its period


def _round(key: str) -> str:
    for name, keys in (("eighth", EIGHTH), ("seventh", SEVENTH), ("sixth", SIXTH), ("fifth", FIFTH), ("fourth", FOURTH), ("third", THIRD), ("second", SECOND),
                       ("blind", BLIND)):
        if key in keys:
            return name
    return "fitted"


def main() -> None:
    out = HERE / "corpus" / "protest_probes.jsonl"
    # the writers' files are git-ignored: a style whose file is not here keeps the rows the corpus already holds
    kept: dict[str, list[dict]] = {}
    if out.exists():
        for line in out.open(encoding="utf-8"):
            r = json.loads(line)
            kept.setdefault(r["sid"][:-3], []).append(r)
    rows = []
    for key, style in STYLES.items():
        raw = HERE / "labels" / f"probes_{key}.jsonl"
        if not raw.exists():
            rows.extend(kept.get(key, []))
            continue
        for n, line in enumerate(x for x in raw.open(encoding="utf-8") if x.strip()):
            r = json.loads(line)
            events = [{"event_type": r["event_type"], "sub_event_type": r["sub_event_type"]}] if r.get("event_type") else []
            rows.append({"sid": f"{key}{n:03d}", "text": r["text"], "published": r.get("published") or DEFAULT_DATE,
                         "events": events, "style": style, "round": _round(key), "note": r.get("why")})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    family = sum(bool(r["events"]) for r in rows)
    print(f"{len(rows)} sentences ({family} with a protest or riot) -> {out}")


if __name__ == "__main__":
    main()
