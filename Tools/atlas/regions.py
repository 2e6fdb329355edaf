"""The land cells and their regions: neighbours and districts painted, the Golan, each district's cells shared
out among its places, and lakes over the land."""

import math

from geometry import km_between, rings_of
from grid import COLS, LAT0, LON0, ROWS, STEP, cell_centre, paint, raster
from units import NEIGHBOURS
from gazetteer import slug
from subdivide import carve_regions

NE_LAKES = {"Buhayrat al-Assad": "Lake Assad", "Buhayrat ath Tharthar": "Lake Tharthar",
            "Lake Habbaniyah": "Lake Habbaniyah", "Lake Razazah": "Razzaza Lake",
            "Sea of Galilee": "Sea of Galilee", "Dead Sea": "Dead Sea", "Lake Van": "Lake Van",
            "Lake Urmia": "Lake Urmia", "Ataturk Barajt": "Ataturk Reservoir", "Lake Hammar": "Hammar Lake",
            "Saksak Dagi": "Keban Reservoir"}
# Reservoirs only GSHHG outlines, named after the dam town beside them (GeoNames ids).
GSHHG_LAKES = [("Dukan Lake", 96953), ("Darbandikhan Lake", 384945)]


class Partition:
    """The grid of cell values, the regions, and which region each land cell belongs to."""

    def __init__(self, inp, units, places):
        self.grid = [[None] * COLS for _ in range(ROWS)]
        self.regions = []
        self.cell_region = {}
        self.lake_rows = []
        self._land(inp, units)
        self._share_out(units, places)
        self._lakes(inp)

    def carve(self, fresh, lines):
        """Gives each new region place its cells out of the old region it lies in (see subdivide)."""
        carve_regions(self, fresh, lines)

    def finish(self):
        """Numbers the regions (by district: the old regions, then the new ones by id) and fills the grid."""
        def key(i):
            reg = self.regions[i]
            new = "parent" in reg
            return reg["district"], new, (reg["place"]["id"] if reg["place"] else reg["id"]) if new else "", i
        order = sorted(range(len(self.regions)), key=key)
        new_index = {old: new for new, old in enumerate(order)}
        self.regions = [self.regions[i] for i in order]
        self.counts = [0] * len(self.regions)
        self.sums = [[0.0, 0.0] for _ in self.regions]
        for (r, c), idx in self.cell_region.items():
            idx = new_index[idx]
            self.cell_region[(r, c)] = idx
            self.grid[r][c] = ("R", idx)
            self.counts[idx] += 1
            lat, lon = cell_centre(r, c)
            self.sums[idx][0] += lat
            self.sums[idx][1] += lon

    def region_at(self, lat, lon, district):
        """The region of the cell at the point, or of a neighbouring cell of the same district, or None."""
        r, c = int((LAT0 - lat) / STEP), int((lon - LON0) / STEP)
        ring = [(r, c)] + sorted((r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
        return next((self.cell_region[q] for q in ring if q in self.cell_region
                     and self.regions[self.cell_region[q]]["district"] == district), None)

    def centroid(self, idx):
        n = max(self.counts[idx], 1)
        return self.sums[idx][0] / n, self.sums[idx][1] / n

    def _land(self, inp, units):
        grid = self.grid
        for f in inp.neighbours:
            cc = f["properties"]["country_a2"]
            if cc in NEIGHBOURS:
                paint(grid, raster(rings_of(f["geometry"])), "@" + cc)
        self.district_cells = {}
        for code in sorted(units.rings):
            spans = raster(units.rings[code])
            self.district_cells[code] = spans
            paint(grid, spans, ("D", code))
        # Golan: OCHA Syria that Natural Earth draws under Israel, one region per district it touches.
        self.golan = {}
        for r, row_spans in raster(units.il_rings).items():
            for c0, c1 in row_spans:
                for c in range(c0, c1):
                    v = grid[r][c]
                    if isinstance(v, tuple) and v[1].startswith("SY"):
                        self.golan.setdefault(v[1], []).append((r, c))

    def _share_out(self, units, places):
        """Regions: nearest place within the district (cos-corrected), or the whole district."""
        by_district = {}
        for p in places:
            by_district.setdefault(p["district"], []).append(p)
        regions, cell_region, grid = self.regions, self.cell_region, self.grid
        for code in sorted(units.rings):
            pr = units.props[code]
            golan_cells = set(self.golan.get(code, []))
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
            bbox = units.bbox[code]
            cosl = math.cos(math.radians((bbox[1] + bbox[3]) / 2))
            for r, row_spans in self.district_cells[code].items():
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

    def _lakes(self, inp):
        """Lakes overwrite land cells; they keep the country they lie in for area sums."""
        grid = self.grid
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
        for name in sorted(merged):
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
                grid[r][c] = ("L", len(self.lake_rows) + 1, country)
                self.cell_region.pop((r, c), None)
            lat = sum(cell_centre(r, c)[0] for r, c in cells) / len(cells)
            lon = sum(cell_centre(r, c)[1] for r, c in cells) / len(cells)
            tally = {}
            for cc in owners:
                tally[cc] = tally.get(cc, 0) + 1
            country = max(sorted(tally), key=lambda k: tally[k]) if tally else ""
            self.lake_rows.append((name, lat, lon, country, src))
