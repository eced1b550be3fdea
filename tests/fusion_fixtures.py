"""Shared fixtures of the fusion tests: places near Aleppo and documents with known events."""
from __future__ import annotations

from hadath.types import Document, Event

# Three villages north of Aleppo: Tal Rifaat and Mare' are 6 km apart, Azaz 15 km from Mare'.
TAL_RIFAAT = dict(country="Syria", admin1="Aleppo", admin2="A'zaz", location="Tall Rifat", location_text="تل رفعت",
                  latitude=36.4696, longitude=37.0970, geo_precision=1)
MAREA = dict(country="Syria", admin1="Aleppo", admin2="A'zaz", location="Mare'", location_text="مارع",
             latitude=36.4740, longitude=37.1680, geo_precision=1)
AZAZ = dict(country="Syria", admin1="Aleppo", admin2="A'zaz", location="A'zaz", location_text="اعزاز",
            latitude=36.5866, longitude=37.0463, geo_precision=1)
AZAZ_DISTRICT = dict(country="Syria", admin1="Aleppo", admin2="A'zaz", location="A'zaz district",
                     latitude=36.55, longitude=37.05, geo_precision=3)
MANBIJ_DISTRICT = dict(country="Syria", admin1="Aleppo", admin2="Menbij", location="Menbij district",
                       latitude=36.52, longitude=37.95, geo_precision=3)


def make_doc(doc_id, outlet, published, events):
    parts, evs, pos = [], [], 0
    for i, kw in enumerate(events):
        s = f"الجملة {i} من خبر {doc_id} عن الحدث. "
        kw = dict(kw)
        e = Event(kw.pop("event_type", "Explosions/Remote violence"), kw.pop("sub_event_type", "Air/drone strike"),
                  event_date=kw.pop("event_date", published), **kw)
        e.evidence = [[pos, pos + len(s) - 1]]
        parts.append(s)
        evs.append(e)
        pos += len(s)
    doc = Document(text="".join(parts), id=doc_id, published=published, outlet=outlet, title=doc_id, events=evs)
    for e in evs:
        e.doc_id = doc_id
        e.assign_id()
    return doc


def strike(**kw):
    d = dict(TAL_RIFAAT, actor1="Military Forces of Russia")
    d.update(kw)
    return d
