"""De-duplication across spellings, and the checks that catch mistyped coordinates.

A candidate is the same place as a known one when a name of each folds to the same skeleton within
SAME_NAME_KM, or when both are settlements (or both sites) less than SAME_POINT_KM apart. It then adds its
names as alternates and its source to the known place; nothing else of it is kept."""

import re
import unicodedata

from geometry import km_between

SAME_NAME_KM = 5.0
SAME_POINT_KM = 0.4
SLIP_KM = 20.0                  # a same-named place at least this far off, sharing one coordinate: a typo
OUT_OF_PLACE_KM = 25.0          # ... when the row is also this far from its neighbours in the module
ARTICLES = {"al", "el", "ar", "as", "ash", "ad", "at", "az", "an", "ath", "adh", "ad-", "aal", "the"}
BUCKET = 0.1


def skeleton(name):
    """A spelling-insensitive key: letters only, no articles or vowels, common digraphs folded."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    words = [w for w in re.split(r"[^a-z0-9]+", text) if w and w not in ARTICLES]
    text = "".join(words)
    for a, b in (("kh", "k"), ("gh", "g"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("q", "k"), ("ou", "u"),
                 ("ee", "i"), ("oo", "u"), ("tell", "tl"), ("tall", "tl"), ("tal", "tl")):
        text = text.replace(a, b)
    text = re.sub(r"[aeiouyw]", "", text)
    return re.sub(r"(.)\1+", r"\1", text)


def is_site(kind):
    return kind in ("crossing", "airbase", "dam", "refinery", "base", "hill", "oilfield", "industry", "camp")


class Gazetteer:
    """Known places in 0.1° buckets, with the skeletons of all their names."""

    def __init__(self):
        self.places = []
        self.buckets = {}
        self.by_skeleton = {}

    def add(self, p):
        p["skeletons"] = {s for s in (skeleton(n) for n in [p["name"], p["english"]] + p["alt"]) if s}
        self.places.append(p)
        self.buckets.setdefault((int(p["lat"] // BUCKET), int(p["lon"] // BUCKET)), []).append(p)
        for s in p["skeletons"]:
            self.by_skeleton.setdefault(s, []).append(p)

    def near(self, lat, lon, km):
        r = int(km / 9) + 1
        bi, bj = int(lat // BUCKET), int(lon // BUCKET)
        for i in range(bi - r, bi + r + 1):
            for j in range(bj - r, bj + r + 1):
                for p in self.buckets.get((i, j), ()):
                    d = km_between(lat, lon, p["lat"], p["lon"])
                    if d < km:
                        yield d, p

    def duplicate_of(self, c):
        """The known place `c` duplicates, or None."""
        names = {s for s in (skeleton(n) for n in [c["name"]] + c["alt"]) if s}
        best = None
        for d, p in self.near(c["lat"], c["lon"], SAME_NAME_KM):
            same_name = bool(names & p["skeletons"])
            same_point = d < SAME_POINT_KM and is_site(c["kind"]) == is_site(p["kind"])
            if (same_name or same_point) and (best is None or (not same_name, d) < best[0]):
                best = ((not same_name, d), p)
        return best[1] if best else None

    def slip(self, c):
        """A known place of the same name far off that shares one coordinate with `c`: then `c` (or it) has a
        mistyped digit. Returns that place, or None."""
        if c.get("gap", 0.0) < OUT_OF_PLACE_KM:
            return None
        names = {s for s in (skeleton(n) for n in [c["name"]] + c["alt"]) if len(s) >= 3}
        for s in sorted(names):
            for p in self.by_skeleton.get(s, ()):
                shared = abs(p["lat"] - c["lat"]) < 0.005 or abs(p["lon"] - c["lon"]) < 0.005
                if shared and km_between(c["lat"], c["lon"], p["lat"], p["lon"]) > SLIP_KM:
                    return p
        return None

    def merge(self, p, c):
        for n in [c["name"]] + c["alt"]:
            if n not in p["alt"] and n != p["english"] and n != p["name"]:
                p["alt"].append(n)
        new = {s for s in (skeleton(n) for n in [c["name"]] + c["alt"]) if s} - p["skeletons"]
        p["skeletons"] |= new
        for s in sorted(new):
            self.by_skeleton.setdefault(s, []).append(p)
        p.setdefault("also", []).append(c["where"])
