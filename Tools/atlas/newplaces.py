"""Candidate places from Wikipedia's detailed maps and UCDP GED's exact locations: each row classified as a
settlement, a site or not a place, its names split into a primary name and alternates. Rows that are not
places, or whose coordinate cannot be right, go to the report instead."""

import math
import re

from geometry import km_between
from grid import COLS, LAT0, LON0, ROWS, STEP

FILE_WINDOW = 3

WIKI_SOURCE = {"SY": "Wikipedia, Module:Syrian Civil War detailed map (zh copy, 2017)",
               "IQ": "Wikipedia, Module:Iraqi insurgency detailed map (zh copy, 2017)"}
UCDP_SOURCE = "UCDP GED Syria 2016-2019, exact location"
SITE_MARKS = {"air": "airbase", "heli": "airbase", "base": "base", "siege": "base", "naval": "base",
              "hill": "hill", "oil": "oilfield", "industry": "industry"}
ARCS = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"}
SITE_KINDS = {"crossing", "airbase", "dam", "refinery", "base", "hill", "oilfield", "industry", "camp"}
# UCDP's place words, tried in order: the first pattern found in the name gives the kind.
UCDP_KINDS = [
    (r"air ?base|airport|heliport|air base|airbase", "airbase"),
    (r"\bdam\b|reservoir", "dam"),
    (r"crossing", "crossing"),
    (r"oil|gas field|\bfield\b", "oilfield"),
    (r"base|brigade|division|checkpoint|regiment|military|battalion|sector", "base"),
    (r"\bcamp\b", "camp"),
    (r"prison|factory|plant|silos|station|tower|project|castle|mills|housing|complex|center", "industry"),
    (r"^(tall|tell|jabal|jubb|tulul)\b|\bhills?\b|\bmount\b|mountain", "hill"),
    (r"\b(suburb|neighbou?rhood|quarter)\b", "neighbourhood"),
    (r"\b(area|desert|plain|governorate|crossroad|triangle|district|sub-district)\b", None),
]
UCDP_WORDS = r"\s+(village|villae|villge|town|city|suburb|locality)\s*$"
UCDP_GOVERNORATES = {"Damascus Governorate": "SY01", "Aleppo Governorate": "SY02", "Rif Dimashq Governorate": "SY03",
                     "Homs Governorate": "SY04", "Hamah Governorate": "SY05", "Latakia Governorate": "SY06",
                     "Idlib Governorate": "SY07", "Al Hasakah Governorate": "SY08", "Deir ez Zor Governorate": "SY09",
                     "Tartus Governorate": "SY10", "Ar Raqqah Governorate": "SY11", "Daraa Governorate": "SY12",
                     "As Suwayda Governorate": "SY13", "Quneitra Governorate": "SY14"}


def split_names(label):
    """(primary, alternates) of a label such as `Kobanî (Ayn al-Arab)` or `Abu Jarbuah/Jarwan`."""
    label = label.replace("`", "\u02bf").strip()
    alts = [a.strip() for a in re.findall(r"\(([^)]*)\)", label)]
    bare = re.sub(r"\([^)]*\)", " ", label)
    parts = [" ".join(p.split()) for p in bare.split("/")]
    parts = [p for p in parts if p]
    if not parts:
        return "", []
    return parts[0], [p for p in parts[1:] + alts if p]


def on_grid(lat, lon):
    return (math.isfinite(lat) and math.isfinite(lon) and LAT0 - ROWS * STEP < lat < LAT0
            and LON0 < lon < LON0 + COLS * STEP)


def file_order_gaps(rows):
    """For each row, the distance in km to the nearest of the FILE_WINDOW rows before and after it: the module
    lists places area by area, so a point far from all of them is out of place."""
    pts = []
    for row in rows:
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
            pts.append((lat, lon) if on_grid(lat, lon) else None)
        except ValueError:
            pts.append(None)
    gaps = []
    for i, p in enumerate(pts):
        near = [q for q in pts[max(0, i - FILE_WINDOW):i] + pts[i + 1:i + 1 + FILE_WINDOW] if q]
        gaps.append(min((km_between(p[0], p[1], q[0], q[1]) for q in near), default=0.0) if p else 0.0)
    return gaps


def wiki_candidates(inp):
    """(candidates, rejects) from both modules, in file order."""
    out, rejects = [], []
    for cc in ("SY", "IQ"):
        gaps = file_order_gaps(inp.wiki[cc])
        for i, row in enumerate(inp.wiki[cc], start=2):
            where = f"{'syria' if cc == 'SY' else 'iraq'}.csv:{i}"
            mark, label = row["mark"], row["label"].strip()

            def reject(reason):
                rejects.append((where, label, row["lat"], row["lon"], reason))
            if not mark.startswith("m."):
                reject(f"not a place: {mark} is an inset map or icon")
                continue
            parts = mark[2:].split("_")
            if parts[0] == "pass":
                reject("not a place: a border-crossing arrow")
                continue
            if parts[-1] in ARCS:
                reject("not a place: a pressure arc")
                continue
            if parts[-1].startswith("rural"):
                reject("not a place: a rural-area marker")
                continue
            kind = SITE_MARKS.get(parts[-1], "village")
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except ValueError:
                lat = lon = float("nan")
            if not on_grid(lat, lon):
                reject("malformed coordinate: off the map's extent (a transcription typo)")
                continue
            name, alts = split_names(label)
            if not name:
                reject("not a place: no label")
                continue
            out.append({"name": name, "english": name, "alt": alts, "lat": lat, "lon": lon, "kind": kind,
                        "source": f"{WIKI_SOURCE[cc]} ({where})", "where": where, "gap": gaps[i - 2]})
    return out, rejects


def ucdp_candidates(inp):
    """(candidates, rejects) from UCDP's exact locations, one per distinct name and point."""
    seen, out, rejects = set(), [], []
    for row in sorted(inp.ucdp, key=lambda r: int(r["id"])):
        key = (row["where_coordinates"], row["latitude"], row["longitude"])
        if key in seen:
            continue
        seen.add(key)
        text = " ".join(row["where_coordinates"].split())
        where = f"UCDP event {row['id']}"
        kind = next((k for pattern, k in UCDP_KINDS if re.search(pattern, text, re.I)), "village")
        if kind is None:
            rejects.append((where, text, row["latitude"], row["longitude"], "not a place: an area or feature"))
            continue
        name, alts = split_names(re.sub(UCDP_WORDS, "", text, flags=re.I))
        lat, lon = float(row["latitude"]), float(row["longitude"])
        out.append({"name": name, "english": name, "alt": alts, "lat": lat, "lon": lon, "kind": kind,
                    "source": f"{UCDP_SOURCE} ({where}, \"{text}\")", "where": where,
                    "governorate": UCDP_GOVERNORATES.get(row["adm_1"])})
    return out, rejects
