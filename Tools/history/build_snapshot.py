#!/usr/bin/env python3
"""Builds Data/snapshot/wikipedia-2017.tsv: who held each place on Wikipedia's detailed maps of about July-August 2017.

    python3 Tools/history/build_snapshot.py [--check]

Reads ../shared/reference/wikipedia-detailed-maps/{syria,iraq}.csv (the zh-Wikipedia copies of "Module:Syrian
Civil War detailed map" and "Module:Iraqi insurgency detailed map", CC BY-SA) and keeps every entry that marks
who held a place, with the side as Frontline's faction ids. Inset maps, icons, pressure arcs and border arrows
are left out. Deterministic; `--check` compares with the committed file and exits 1 on any difference.
Python 3 stdlib only.
"""
import csv, os, sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SHARED = os.environ.get("FRONTLINE_SHARED", os.path.join(ROOT, "..", "shared"))
OUT = os.path.join(ROOT, "Data", "snapshot", "wikipedia-2017.tsv")
HEADER = ["source", "label", "lat", "lon", "kind", "side"]
SITES = ("base", "hill", "oil", "industry", "air", "heli", "naval")
SIDES = {"gov": {"syria": "syria-gov", "iraq": "iraq-gov"}, "opp": "rebels", "SDF": {"syria": "sdf", "iraq": "krg"},
         "JaN": "hts", "IS": "is", "Trk": "turkey"}

def faction(code, country):
    side = SIDES.get(code)
    return side[country] if isinstance(side, dict) else side

def side(mark, country):
    """(kind, side) for a mark that says who held a place, else None."""
    if not mark.startswith("m."):
        return None
    parts = mark[2:].split("_")
    kind = "settlement"
    if parts[-1] in SITES:
        kind, parts = "site", parts[:-1]
    stable = parts[0] == "stable"
    if stable:
        parts = parts[1:]
    ids = [faction(p, country) for p in parts]
    if not ids or None in ids or len(ids) > 2:
        return None
    if len(ids) == 1:
        return kind, ids[0]
    return kind, ("stable:" if stable else "contested:") + "+".join(sorted(ids))

def build():
    rows = []
    for country in ("syria", "iraq"):
        path = os.path.join(SHARED, "reference", "wikipedia-detailed-maps", f"{country}.csv")
        with open(path, encoding="utf-8") as f:
            for line, r in enumerate(csv.DictReader(f), start=2):
                got = side(r["mark"], country)
                if got is None:
                    continue
                try:
                    lat, lon = float(r["lat"]), float(r["lon"])
                except ValueError:
                    continue
                if not (29 <= lat <= 38.5 and 34 <= lon <= 49):
                    continue    # a transcription typo such as 366514.
                label = " ".join(r["label"].replace("\t", " ").split())
                rows.append([f"{country}.csv:{line}", label, r["lat"], r["lon"], got[0], got[1]])
    return "\n".join(["\t".join(HEADER)] + ["\t".join(r) for r in rows]) + "\n"

def main(args):
    text = build()
    if "--check" in args:
        old = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
        if old != text:
            print(f"{OUT}: differs from what build_snapshot.py makes; run it and commit the result")
            return 1
        print(f"{OUT}: up to date ({text.count(chr(10)) - 1} places)")
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(OUT + ".tmp", OUT)
    print(f"wrote {text.count(chr(10)) - 1} places to {OUT}")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
