"""Code one made-up news sentence per well-known place of the 2023-25 wars and report the places
that resolve wrongly or not at all.

    PYTHONPATH=$PWD python scripts/check_places.py [--all]

Each row: the Arabic name as news writes it, the expected country, a rough point (only to check
the distance of the coded place; never used as data). A place is wrong when the event's country
differs or its point lies more than ``--km`` (default 25) from the rough point.
"""
from __future__ import annotations

import argparse
import math
import sys

# name, country, lat, lon, context phrase (the outlet's own words around it)
PLACES = [
    # south Lebanon
    ("عيتا الشعب", "Lebanon", 33.10, 35.40, "جنوبي لبنان"),
    ("الخيام", "Lebanon", 33.33, 35.61, "جنوبي لبنان"),
    ("الناقورة", "Lebanon", 33.12, 35.14, "جنوبي لبنان"),
    ("مارون الراس", "Lebanon", 33.10, 35.45, "جنوبي لبنان"),
    ("كفركلا", "Lebanon", 33.28, 35.57, "جنوبي لبنان"),
    ("ميس الجبل", "Lebanon", 33.17, 35.52, "جنوبي لبنان"),
    ("بنت جبيل", "Lebanon", 33.12, 35.43, "جنوبي لبنان"),
    ("الضاحية الجنوبية", "Lebanon", 33.85, 35.51, "لبيروت"),
    ("النبطية", "Lebanon", 33.38, 35.48, "جنوبي لبنان"),
    ("بعلبك", "Lebanon", 34.00, 36.21, "شرقي لبنان"),
    # Gaza
    ("الشجاعية", "Palestine", 31.50, 34.48, "في مدينة غزة"),
    ("حي الزيتون", "Palestine", 31.49, 34.45, "في مدينة غزة"),
    ("جباليا", "Palestine", 31.53, 34.48, "شمالي قطاع غزة"),
    ("مخيم جباليا", "Palestine", 31.53, 34.48, "شمالي قطاع غزة"),
    ("مخيم النصيرات", "Palestine", 31.45, 34.39, "وسط قطاع غزة"),
    ("النصيرات", "Palestine", 31.45, 34.39, "وسط قطاع غزة"),
    ("مخيم البريج", "Palestine", 31.44, 34.40, "وسط قطاع غزة"),
    ("مخيم المغازي", "Palestine", 31.42, 34.38, "وسط قطاع غزة"),
    ("تل الهوى", "Palestine", 31.50, 34.44, "في مدينة غزة"),
    ("حي الرمال", "Palestine", 31.52, 34.45, "في مدينة غزة"),
    ("خان يونس", "Palestine", 31.34, 34.30, "جنوبي قطاع غزة"),
    ("رفح", "Palestine", 31.28, 34.25, "جنوبي قطاع غزة"),
    ("دير البلح", "Palestine", 31.42, 34.35, "وسط قطاع غزة"),
    ("بيت حانون", "Palestine", 31.54, 34.54, "شمالي قطاع غزة"),
    ("بيت لاهيا", "Palestine", 31.55, 34.50, "شمالي قطاع غزة"),
    # West Bank
    ("مخيم جنين", "Palestine", 32.46, 35.29, "شمالي الضفة الغربية"),
    ("مخيم نور شمس", "Palestine", 32.32, 35.05, "شمالي الضفة الغربية"),
    ("طولكرم", "Palestine", 32.31, 35.03, "شمالي الضفة الغربية"),
    ("مخيم طولكرم", "Palestine", 32.31, 35.03, "شمالي الضفة الغربية"),
    ("نابلس", "Palestine", 32.22, 35.26, "شمالي الضفة الغربية"),
    ("سلوان", "Palestine", 31.77, 35.24, "في القدس المحتلة"),
    # Israel (the Lebanese press's targets of Hezbollah fire, the Gaza factions' rockets)
    ("حيفا", "Israel", 32.79, 34.99, "شمال فلسطين المحتلة"),
    ("تل أبيب", "Israel", 32.08, 34.78, ""),
    ("كريات شمونة", "Israel", 33.21, 35.57, "شمال فلسطين المحتلة"),
    ("شتولا", "Israel", 33.09, 35.32, "شمال فلسطين المحتلة"),
    ("مسكاف عام", "Israel", 33.25, 35.55, "شمال فلسطين المحتلة"),
    ("كفار عزة", "Israel", 31.48, 34.53, "في غلاف غزة"),
    ("كرم أبو سالم", "Israel", 31.23, 34.28, "جنوب قطاع غزة"),
    # Syria
    ("مخيم الهول", "Syria", 36.38, 41.15, "شرقي الحسكة"),
    ("الهول", "Syria", 36.38, 41.15, "شرقي الحسكة"),
    ("مخيم اليرموك", "Syria", 33.47, 36.30, "جنوبي دمشق"),
    # maritime
    ("البحر الأحمر", "", 20.0, 38.5, ""),
    ("خليج عدن", "", 12.5, 47.0, ""),
    ("مضيق باب المندب", "", 12.6, 43.3, ""),
    ("باب المندب", "", 12.6, 43.3, ""),
    # Yemen (districts that WOF names مديرية X)
    ("صبر الموادم", "Yemen", 13.50, 44.05, "في محافظة تعز"),
    ("التحيتا", "Yemen", 14.17, 43.23, "في محافظة الحديدة"),
    ("حيس", "Yemen", 13.93, 43.48, "في محافظة الحديدة"),
    ("الخوخة", "Yemen", 13.80, 43.25, "في محافظة الحديدة"),
    ("نهم", "Yemen", 15.55, 44.60, "شرقي صنعاء"),
    ("صرواح", "Yemen", 15.45, 45.02, "غربي مأرب"),
    ("المخا", "Yemen", 13.32, 43.25, "غربي تعز"),
]

TEMPLATES = {
    "context": "قتل ثلاثة أشخاص وأصيب آخرون في غارة جوية استهدفت {place} {ctx} صباح اليوم الأحد.",
    "bare": "قتل ثلاثة أشخاص وأصيب آخرون في غارة جوية استهدفت {place} صباح اليوم الأحد.",
}
SEA = "هاجم الحوثيون سفينة تجارية في {place} بصاروخ بحري اليوم الأحد."


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def main(argv: list[str] | None = None) -> int:
    from hadath.pipeline import extract
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--all", action="store_true", help="print the right ones too")
    ap.add_argument("--km", type=float, default=25.0)
    args = ap.parse_args(argv)
    bad = total = 0
    for name, country, lat, lon, ctx in PLACES:
        for variant, tpl in TEMPLATES.items():
            if not country:
                tpl = SEA
                if variant == "bare":
                    continue
            text = tpl.format(place=name, ctx=ctx)
            doc = extract(text, "2024-03-10")
            ev = doc.events[0] if doc.events else None
            total += 1
            if ev is None:
                verdict, got = "NO EVENT", ""
            elif ev.latitude is None:
                verdict, got = "NO PLACE", f"{ev.country}/{ev.location}"
            else:
                d = km((lat, lon), (ev.latitude, ev.longitude))
                # a sea is a broad area: any point on it within 800 km of the rough one will do
                ok = (not country or ev.country == country) and d <= (args.km if country else 800)
                verdict = "ok" if ok else "WRONG"
                got = f"{ev.location} [{ev.location_text}] {ev.country}/{ev.admin1}/{ev.admin2} {d:.0f} km"
            bad += verdict != "ok"
            if verdict != "ok" or args.all:
                print(f"{verdict:8} {variant:7} {name}: {got}")
    print(f"{total - bad} of {total} right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
