"""The administrative units: OCHA districts and governorates, and the neighbouring countries."""

from geometry import km_between, point_in_rings, rings_of

NEIGHBOURS = {"TR": "Turkey", "LB": "Lebanon", "IL": "Israel", "PS": "Palestine", "JO": "Jordan",
              "SA": "Saudi Arabia", "KW": "Kuwait", "IR": "Iran"}


class Units:
    """Districts (by P-code, sorted) with their rings, bounding boxes and properties; Israel's outline."""

    def __init__(self, inp):
        self.districts = sorted(inp.adm2, key=lambda f: f["properties"]["ADM2_PCODE"])
        self.governorates = sorted(inp.adm1, key=lambda f: f["properties"]["ADM1_PCODE"])
        self.rings = {f["properties"]["ADM2_PCODE"]: rings_of(f["geometry"]) for f in self.districts}
        self.props = {f["properties"]["ADM2_PCODE"]: f["properties"] for f in self.districts}
        self.bbox = {}
        for code, rings in self.rings.items():
            xs = [p[0] for r in rings for p in r]
            ys = [p[1] for r in rings for p in r]
            self.bbox[code] = (min(xs), min(ys), max(xs), max(ys))
        israel = next(f for f in inp.neighbours if f["properties"]["country_a2"] == "IL")
        self.il_rings = rings_of(israel["geometry"])

    def district_at(self, lon, lat):
        """The P-code of the district containing the point, or None."""
        for code in self.rings:
            x0, y0, x1, y1 = self.bbox[code]
            if x0 <= lon <= x1 and y0 <= lat <= y1 and point_in_rings(lon, lat, self.rings[code]):
                return code
        return None

    def nearest_district(self, lat, lon, country):
        """The district of `country` whose outline passes nearest the point."""
        return min((c for c in self.rings if c[:2] == country),
                   key=lambda c: min(km_between(lat, lon, p[1], p[0]) for r in self.rings[c] for p in r[::5]))

    def km_to_governorate(self, lat, lon, pcode):
        """How far the point is from the outline of governorate `pcode` (0 inside)."""
        codes = [c for c in self.rings if self.props[c]["ADM1_PCODE"] == pcode]
        if any(point_in_rings(lon, lat, self.rings[c]) for c in codes):
            return 0.0
        return min(km_between(lat, lon, p[1], p[0]) for c in codes for r in self.rings[c] for p in r)
