"""Places: GeoNames records inside OCHA's Syria and Iraq merged by distance, plus the curated list; their ids
and label priorities."""

import unicodedata

from geometry import km_between, point_in_rings

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


def places(inp, units):
    """GeoNames and curated places, each with its district, id and label priority."""
    out = []
    # Records with a curated English name first, so duplicates merge into the record a reader knows.
    for rec in sorted(inp.geonames, key=lambda r: (r["geonameid"] not in inp.english, -r["population"], r["geonameid"])):
        lon, lat = rec["longitude"], rec["latitude"]
        code = units.district_at(lon, lat)
        if code is None or point_in_rings(lon, lat, units.il_rings):
            continue
        gid = rec["geonameid"]
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
    """Label priority: 1 national capitals, 2 governorate capitals and cities, 3 towns of 20k+ and curated
    sites, 4 towns of 5k+, 5 the rest."""
    ne_capitals = {}
    for f in inp.ne_places:
        pr = f["properties"]
        if pr.get("GEONAMEID"):
            ne_capitals[int(pr["GEONAMEID"])] = pr["FEATURECLA"]
    for p in places:
        cls = ne_capitals.get(p["gid"], "")
        if cls.startswith("Admin-0 capital"):
            p["prio"] = 1
        elif cls.startswith("Admin-1 capital") or p["pop"] >= 100000:
            p["prio"] = 2
        elif p["pop"] >= 20000 or p["kind"] in ("crossing", "airbase", "dam", "refinery"):
            p["prio"] = 3
        elif p["pop"] >= 5000:
            p["prio"] = 4
        else:
            p["prio"] = 5
