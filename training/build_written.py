"""Gather the written article probes (training/corpus/written_articles.jsonl) from the helper sessions' files.

    python training/build_written.py
    hadath evaluate training/corpus/written_articles.jsonl

Sixty-four annotator (helper) sessions over the twenty-second to twenty-fifth stops, in eight rounds of eight, each wrote
ten short Arabic news articles in one outlet style the gold and the training corpus lack (STYLES below), on
training/BRIEF_written_articles.md, and coded every event they report to ../shared/EVENT_CODING.md, without the coder
or the project. The texts are invented in the style of real news: they measure how the coder reads outlets and
phrasings it was never tuned on, not real-world frequency. Each round was scored once before any of it was read
(training/README.md); rows keep their ``round``: "first" to "seventh" were then read to fix general mechanisms, "eighth"
is left unread, the next stop's blind check (score it before reading any of it). training/labels/written_KEY.jsonl holds what each wrote (git-ignored): one line per
article with its body as a list of sentences and its events with ``evidence_sents``; this script joins the sentences
with one space and turns the indexes into character offsets, as the gold files hold them. A style whose file is
absent keeps the rows the corpus already holds, so the corpus rebuilds the same on a fresh clone.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus" / "written_articles.jsonl"
STYLES = {"w1": "Syrian monitors and Enab Baladi, 2016-20", "w2": "Iraqi news and Security Media Cell, 2015-21",
          "w3": "Yemeni news of both sides, 2016-22", "w4": "Libyan news 2014-20 and Sahel wires",
          "w5": "Egyptian (North Sinai), Somali and Lake Chad news", "w6": "Palestinian and Lebanese agencies",
          "w7": "Sudanese news, 2013-23", "w8": "Algerian, Tunisian and Afghan/Pakistani news",
          # the second round, written after the first round's fixes and measured once blind before it was read
          "x1": "pan-Arab channels' sites on the war with the Islamic State in Syria and Iraq, 2014-17",
          "x2": "the Red Sea and Saudi border war in Houthi-aligned and Gulf outlets, 2018-24",
          "x3": "the Lebanese-Israeli border war in Lebanese outlets, 2023-24",
          "x4": "the Gaza war in live pages and the Palestinian agency, 2023-24",
          "x5": "Egyptian and Libyan unrest of 2011-13 in Egyptian dailies",
          "x6": "Iraqi protests of 2019-20 and Iranian protests of 2022 in Arabic wires",
          "x7": "Mali, Nigeria and Somalia in Turkish and Gulf Arabic wires, 2016-24",
          "x8": "Tunisian, Algerian and Moroccan protests and unrest, 2011-19",
          # the third round, written after the second round's fixes and measured once blind at the end of the stop
          "y1": "Syrian state and SDF-aligned agencies, 2016-20", "y2": "Turkish and Kurdish Arabic outlets on the "
          "PKK, the YPG and Kurdistan, 2016-23", "y3": "Libyan news of 2019-23", "y4": "the Sudan war of 2023-24",
          "y5": "Saudi news sites' regional roundups from wire copy, 2014-16",
          "y6": "Tunisian national and local radio on terrorism and security, 2014-17",
          "y7": "Egyptian Sinai and the Islamic State's 2014 advance in Iraq", "y8": "Islamist insurgencies in "
          "Somalia, Kenya and Mozambique in Arabic wires, 2017-23",
          # the fourth round, written in the twenty-third stop while the third was read, measured once blind
          "z1": "Iraqi and Iraqi Kurdish outlets on Kirkuk, Diyala, Sinjar and the Kurdistan Region, 2020-24",
          "z2": "Lebanon's national agency and dailies on internal security, 2012-23",
          "z3": "WAFA and Palestinian outlets on the West Bank and Jerusalem, 2015-24",
          "z4": "Aden-based and southern Yemeni outlets, 2018-23",
          "z5": "Egyptian dailies' security and courts pages on mainland militancy, 2013-17",
          "z6": "Iranian Arabic-language outlets, 2017-24",
          "z7": "Bahraini, Kuwaiti, Jordanian and Saudi Eastern Province news, 2011-19",
          "z8": "Arabic wires on Afghanistan and Pakistan, 2021-24",
          # the fifth round, written in the twenty-third stop after the fourth was read; left unread, the next stop's
          # blind check
          "v1": "Syrian opposition outlets on north-west Syria, 2019-24",
          "v2": "Iraqi state media and the Security Media Cell, 2017-24",
          "v3": "eastern Libyan outlets aligned with the Libyan National Army, 2014-22",
          "v4": "Houthi-run Yemeni media, 2015-24",
          "v5": "Sudanese and pan-Arab outlets on Darfur, South Kordofan and Blue Nile, 2003-20",
          "v6": "the Algerian Arabic-language press and Defence Ministry communiques, 2000-20",
          "v7": "Gaza-based outlets in the wars of 2008-21 and the Great March of Return",
          "v8": "Arabic wires and Somali outlets on the Horn of Africa, 2006-24",
          # the sixth round, written in the twenty-fourth stop while the fifth was read; left unread, the next stop's
          # blind check
          "u1": "north-east Syrian SDF-aligned, Kurdish and Deir ez-Zor outlets, 2019-24",
          "u2": "Lebanese dailies on Tripoli's rounds, Bekaa clans, Ain al-Hilweh and Arsal, 2012-23",
          "u3": "Iraqi outlets on attacks against US bases and convoys and US strikes on factions, 2020-24",
          "u4": "Yemeni government- and Islah-aligned outlets on Taiz, Marib, al-Bayda and Shabwa, 2015-23",
          "u5": "Sudanese outlets and Arabic wires on the protests of 2018-22",
          "u6": "Moroccan, Mauritanian and Jordanian news sites on local unrest, 2016-22",
          "u7": "Libyan and Chadian Arabic outlets on southern Libya and the Chad border, 2014-24",
          "u8": "southern Syrian local networks on Daraa and Suwayda, 2018-24",
          # the seventh round, written in the twenty-fourth stop after the fifth round's fixes, measured once blind,
          # then read
          "t1": "Arabic wires on Pakistan's tribal areas, Khyber Pakhtunkhwa and Balochistan, 2008-23",
          "t2": "Egyptian and pan-Arab outlets on Egypt's street after July 2013, 2013-16",
          "t3": "Turkish Arabic-language outlets on south-east Turkey and the PKK, 2015-22",
          "t4": "Lebanese outlets on the protests of October 2019 to 2021",
          "t5": "Arabic wires and Chadian/Nigerien Arabic radio on the Lake Chad basin, 2014-23",
          "t6": "Mauritanian and pan-Arab outlets on Mali, Burkina Faso and Niger, 2017-24",
          "t7": "Palestinian outlets on the northern West Bank and internal security, 2021-24",
          "t8": "Yemeni and Gulf outlets on al-Qaeda in southern Yemen, 2011-19",
          # the eighth round, written in the twenty-fifth stop while the sixth was read; measured once blind, left unread
          "s1": "Syrian Local Coordination Committees, activists' pages and pan-Arab channels on the uprising and "
          "early war, 2011-13",
          "s2": "Iraqi and pan-Arab outlets on Anbar, Salahuddin and Nineveh from the 2013 sit-ins to the fall of Mosul "
          "and Ramadi, 2013-15",
          "s3": "Misrata- and Tripoli-based Libyan outlets on the Sirte campaign and Tripoli's militia clashes, 2015-23",
          "s4": "Egyptian dailies' provincial pages on Upper Egypt: sectarian attacks, feuds, mobs and police raids, "
          "2011-19",
          "s5": "Iraqi outlets on Basra, Maysan, Dhi Qar and the south: tribal clashes, assassinations, IEDs, the 2018 "
          "protests, 2016-23",
          "s6": "Syrian opposition and Turkish Arabic outlets on the Turkish-held north (Afrin, Azaz, al-Bab, Ras "
          "al-Ain), 2018-24",
          "s7": "Yemeni outlets on Hodeidah and the west coast (Joint Forces, Giants Brigades) against the Houthis, "
          "2018-23",
          "s8": "Lebanese and pan-Arab outlets on the Lebanese-Syrian border: Hermel, the Dahiyeh, Qalamoun, Arsal, "
          "2013-17",
          # the ninth round, written in the twenty-sixth stop while the eighth was read; measured once blind, left unread
          "r1": "Iraqi Kurdish outlets on Turkish and Iranian cross-border strikes, the PKK and security in the Kurdistan "
          "Region, 2018-24",
          "r2": "Jordanian outlets and army statements on smugglers' clashes at the Syrian border, Ma'an and Karak, 2016-24",
          "r3": "Algerian dailies and pan-Arab sites on the Hirak and its policing and riots in the south, 2013-21",
          "r4": "Syrian opposition media offices and state media on Eastern Ghouta, Damascus and its countryside, 2013-18",
          "r5": "Iraqi and Kurdish outlets on protests and riots in the Kurdistan Region and Kirkuk, 2011-23",
          "r6": "Palestinian and Arab-Israeli outlets on Jerusalem, al-Aqsa and Arab towns inside Israel, 2014-24",
          "r7": "pan-Arab channels and Libyan rebel outlets on the 2011 revolution and war in Libya",
          "r8": "Iraqi and pan-Arab outlets on Baghdad and Diyala in the sectarian war and after, 2005-13"}
KEEP = ("event_type", "sub_event_type", "event_date", "time_precision", "actor1", "inter1", "actor2", "inter2",
        "assoc_actor_1", "country", "admin1", "admin2", "location", "location_text", "geo_precision", "fatalities",
        "injuries", "quantity", "attribution", "certainty")


def article(row: dict, key: str) -> dict:
    """One gold-format article from a writer's line: the body joined, each event's sentences as offsets."""
    sents = [s.strip() for s in row["sentences"] if s.strip()]
    spans, pos = [], 0
    for s in sents:
        spans.append([pos, pos + len(s)])
        pos += len(s) + 1
    events = []
    for ev in row.get("events") or []:
        rec = {k: ev[k] for k in KEEP if k in ev}
        rec["evidence"] = [spans[i] for i in ev.get("evidence_sents") or [] if 0 <= i < len(spans)]
        events.append(rec)
    return {"id": f"written-{row['id']}", "published": row["published"], "outlet": STYLES[key],
            "title": row.get("title") or "", "text": " ".join(sents), "style": key,
            "round": {"w": "first", "x": "second", "y": "third", "z": "fourth", "v": "fifth",
                      "u": "sixth", "t": "seventh", "s": "eighth",
                      "r": "ninth"}[key[0]], "events": events}


def main() -> None:
    old = {}
    if OUT.exists():
        for line in OUT.open(encoding="utf-8"):
            r = json.loads(line)
            old.setdefault(r["style"], []).append(r)
    rows = []
    for key in STYLES:
        path = HERE / "labels" / f"written_{key}.jsonl"
        if path.exists():
            for line in path.open(encoding="utf-8"):
                if line.strip():
                    rows.append(article(json.loads(line), key))
        else:
            rows.extend(old.get(key, []))
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles, {sum(len(r['events']) for r in rows)} events -> {OUT}")


if __name__ == "__main__":
    main()
