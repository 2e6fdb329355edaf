"""rivers.tsv: the Euphrates and Tigris from Natural Earth; the Khabur, Orontes, Zabs and Diyala from GSHHG."""

from geometry import km_between, lines_of, simplify

SIMPLIFY_DEG = 0.004              # Douglas-Peucker tolerance for river lines

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


def river_lines(inp):
    """(name, source, simplified points) of every river line, sorted by name and first point."""
    gn = {r["geonameid"]: r for r in inp.geonames}
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
    return [(name, src, simplify(pts, SIMPLIFY_DEG)) for name, src, pts in lines]


def rivers_file(lines):
    out = ["name\tsource\tpoints"]
    for name, src, pts in lines:
        out.append(f"{name}\t{src}\t" + " ".join(f"{p[0]:.3f},{p[1]:.3f}" for p in pts))
    return "\n".join(out) + "\n"
