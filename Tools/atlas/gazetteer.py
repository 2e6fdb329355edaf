"""Places: GeoNames records inside OCHA's Syria and Iraq merged by distance, plus the curated list; their ids
and label priorities."""

import unicodedata

from geometry import km_between, point_in_rings
from merge import Gazetteer, is_site
from newplaces import ucdp_candidates, wiki_candidates

DEDUP_KM = 2.0                    # GeoNames records closer than this in one district are one place


def slug(text):
    """An id: ASCII letters and digits joined by dashes."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    out, dash = [], False
    for c in text.lower():
        if c in "'`\u2018\u2019\u02bf\u02be\u02bb":
            continue
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def fold(text):
    """The text without combining marks."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def fmt(x):
    return f"{x:.4f}"


def places(inp, units):
    """GeoNames and curated places, each with its district, id and label priority."""
    out = []
    # Records with a curated English name first, so duplicates merge into the record a reader knows.
    for rec in sorted(inp.geonames, key=lambda r: (r["geonameid"] not in inp.english, -r["population"], r["geonameid"])):
        lon, lat = rec["longitude"], rec["latitude"]
        code = units.district_at(lon, lat)
        gid = rec["geonameid"]
        if code is None and gid in inp.capitals:
            # A governorate capital on the coast, just off OCHA's line (Tartus): its own country's nearest district.
            code = units.nearest_district(lat, lon, rec["countrycode"])
        if code is None or point_in_rings(lon, lat, units.il_rings):
            continue
        english = inp.english.get(gid, fold(rec["name"]))
        dup = next((p for p in out if p["district"] == code and
                    km_between(p["lat"], p["lon"], lat, lon) < DEDUP_KM), None)
        alts = inp.aliases.get(gid, []) + [a for a in rec["alternatenames"] if a and "\t" not in a]
        if dup is not None:
            dup["alt"].extend([rec["name"]] + alts)
            continue
        out.append({"name": rec["name"], "english": english, "lat": lat, "lon": lon,
                    "pop": rec["population"], "kind": "city" if rec["population"] >= 100000 else "town",
                    "district": code, "alt": alts, "source": f"GeoNames {gid}", "gid": gid, "id": None})
    for row in inp.curated:
        if row["kind"] == "neighbourhood":
            continue        # carved out of its city with the other new places (gather)
        lat, lon = float(row["lat"]), float(row["lon"])
        code = units.district_at(lon, lat)
        if code is None or code[:2] != row["country"]:
            # A cited point just across OCHA's line: nearest district of its own country.
            code = units.nearest_district(lat, lon, row["country"])
        out.append({"name": row["name"], "english": row["english"], "lat": lat, "lon": lon, "pop": 0,
                    "kind": row["kind"], "district": code,
                    "alt": [a for a in row["altnames"].split("|") if a], "source": row["source"],
                    "gid": None, "id": row["id"]})
    assign_ids(out, units)
    assign_priorities(out, inp)
    return out


def assign_ids(places, units):
    """Curated ids as given; others a slug of the English name, made unique with the district name."""
    taken = {p["id"] for p in places if p["id"]}
    for p in places:
        if p["id"]:
            continue
        base = slug(p["english"]) or slug(p["name"])
        pid = base if base not in taken else f"{base}-{slug(units.props[p['district']]['ADM2_EN'])}"
        n = 2
        while pid in taken:
            pid = f"{base}-{n}"
            n += 1
        p["id"] = pid
        taken.add(pid)


def assign_priorities(places, inp):
    """Label priority: 1 national capitals, 2 governorate capitals (capitals.tsv), 3 other cities of 100k+, 4 towns
    of 20k+ and curated sites, 5 towns of 5k+, 6 the rest."""
    national = {int(f["properties"]["GEONAMEID"]) for f in inp.ne_places
                if f["properties"].get("GEONAMEID") and f["properties"]["FEATURECLA"].startswith("Admin-0 capital")}
    for p in places:
        if p["gid"] in national:
            p["prio"] = 1
        elif p["gid"] in inp.capitals:
            p["prio"] = 2
        elif p["pop"] >= 100000:
            p["prio"] = 3
        elif p["pop"] >= 20000 or p["kind"] in ("crossing", "airbase", "dam", "refinery"):
            p["prio"] = 4
        elif p["pop"] >= 5000:
            p["prio"] = 5
        else:
            p["prio"] = 6


# Contested cities whose settlements within CITY_KM are neighbourhoods and whose sites there are sectors.
CITY_IDS = ["aleppo", "raqqa", "deir-ez-zor", "homs", "hama", "damascus", "daraa", "hasakah", "qamishli", "kobani",
            "manbij", "al-bab", "mosul", "ramadi", "fallujah", "tikrit", "baiji", "tal-afar"]
CITY_KM = 6.0
GOV_KM = 10.0                   # a UCDP point may lie this far across the line of the governorate it names
REGION_SITES = {"airbase", "dam", "crossing", "refinery"}


def curated_neighbourhoods(inp):
    """The curated neighbourhoods (cited points of a city's quarters), as candidates carved out of their city."""
    return [{"name": r["name"], "english": r["english"], "lat": float(r["lat"]), "lon": float(r["lon"]),
             "kind": "neighbourhood", "alt": [a for a in r["altnames"].split("|") if a], "source": r["source"],
             "where": r["source"], "id": r["id"]} for r in inp.curated if r["kind"] == "neighbourhood"]


def gather(inp, units, old):
    """New places from the detailed maps and UCDP, merged with `old` and with each other.

    Returns (new places, rejects). A new place has its district, a `region` flag (whether it gets cells) and
    its source; rejects are (where, label, lat, lon, reason) rows for the report."""
    gaz = Gazetteer()
    for p in old:
        p.setdefault("where", p["source"])
        gaz.add(p)
    cities = [p for p in old if p["id"] in CITY_IDS]
    wiki, rejects = wiki_candidates(inp)
    ucdp, ucdp_rejects = ucdp_candidates(inp)
    rejects += ucdp_rejects
    fresh = []
    for c in curated_neighbourhoods(inp) + wiki + ucdp:
        code = units.district_at(c["lon"], c["lat"])
        row = (c["where"], c["name"], fmt(c["lat"]), fmt(c["lon"]))
        if code is None or point_in_rings(c["lon"], c["lat"], units.il_rings):
            rejects.append(row + ("outside Syria and Iraq as mapped (or in the occupied Golan)",))
            continue
        dup = gaz.duplicate_of(c)
        gov = c.get("governorate")
        if dup is None and gov and units.props[code]["ADM1_PCODE"] != gov and \
                units.km_to_governorate(c["lat"], c["lon"], gov) > GOV_KM:
            rejects.append(row + (f"UCDP names governorate {gov}, the point lies in {units.props[code]['ADM1_PCODE']}",))
            continue
        if dup is None:
            slip = gaz.slip(c)
            if slip is not None:
                rejects.append(row + (f"mistyped coordinate: {slip['name']} ({slip['where']}) has this name at "
                                      f"{fmt(slip['lat'])},{fmt(slip['lon'])}, sharing one coordinate",))
                continue
        if dup is not None:
            gaz.merge(dup, c)
            if c["where"].startswith("UCDP"):
                dup["fought"] = True
            continue
        city = next((p for p in cities if km_between(p["lat"], p["lon"], c["lat"], c["lon"]) < CITY_KM), None)
        c.update({"district": code, "pop": 0, "gid": None, "id": c.get("id"), "city": city and city["id"],
                  "fought": c["where"].startswith("UCDP")})
        if city and c["kind"] == "village":
            c["kind"] = "neighbourhood"
        gaz.add(c)
        fresh.append(c)
    for c in fresh:
        c["region"] = (not is_site(c["kind"]) or c["kind"] in REGION_SITES or c["fought"] or c["city"] is not None)
    return fresh, rejects
