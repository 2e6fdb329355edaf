"""Carves new regions out of the old ones: within each old region (the parent), every cell goes to the nearest
of the parent's own anchor and the new places that lie in it. Where a river splits a listed city, a cell goes
only to an anchor on its own bank; a bank with no anchor becomes a sector region of its own."""

import math

from geometry import km_between
from grid import LAT0, LON0, STEP, cell_centre

# Old regions a river splits: the river's name in rivers.tsv.
RIVER_CITIES = {"mosul": "Tigris", "raqqa": "Euphrates", "deir-ez-zor": "Euphrates", "hasakah": "Khabur",
                "hama": "Orontes"}
ZONE_KM = 12.0                  # parents with a cell this near a river city keep each child to its bank
CITY_KM = 6.0                   # how far from a river city's point its far-bank sector reaches
MIN_SECTOR_CELLS = 4            # smaller pieces cut off by a meander join the nearest anchor instead
NEIGHBOURHOOD_KM = 2.0          # how far a neighbourhood's point reaches into its city


def river_cells(lines, name, box):
    """Cells within `box` (r0, r1, c0, c1) that the named river's lines pass through."""
    r0, r1, c0, c1 = box
    out = set()
    for n, _, pts in lines:
        if n != name:
            continue
        for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
            steps = int(max(abs(x2 - x1), abs(y2 - y1)) / (STEP / 4)) + 1
            for k in range(steps + 1):
                x, y = x1 + (x2 - x1) * k / steps, y1 + (y2 - y1) * k / steps
                r, c = int((LAT0 - y) / STEP), int((x - LON0) / STEP)
                if r0 <= r <= r1 and c0 <= c <= c1:
                    out.add((r, c))
    return out


def banks(cells, river):
    """Each non-river cell's bank: the 4-connected component of the region's cells off the river."""
    comp, k = {}, -1
    for start in sorted(cells):
        if start in comp or start in river:
            continue
        k += 1
        stack = [start]
        comp[start] = k
        while stack:
            r, c = stack.pop()
            for q in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if q in cells and q not in river and q not in comp:
                    comp[q] = k
                    stack.append(q)
    return comp


def direction(lat, lon, of_lat, of_lon):
    dx, dy = (lon - of_lon) * math.cos(math.radians(lat)), lat - of_lat
    return ("east" if dx > 0 else "west") if abs(dx) >= abs(dy) else ("north" if dy > 0 else "south")


def nearest(anchors, lat, lon, cosl, pool=None):
    """The nearest of the anchors (or of those in `pool`); a neighbourhood, a point standing for one quarter of a
    city, reaches only NEIGHBOURHOOD_KM: cells beyond it go to the nearest other anchor when there is one."""
    pool = range(len(anchors)) if pool is None else pool
    near = [i for i in pool if anchors[i].get("kind") != "neighbourhood"
            or km_between(lat, lon, anchors[i]["lat"], anchors[i]["lon"]) <= NEIGHBOURHOOD_KM]
    return min(near or pool, key=lambda i: (((anchors[i]["lon"] - lon) * cosl) ** 2
                                            + (anchors[i]["lat"] - lat) ** 2, i))


def carve(parent, anchors, cells, lines, zone):
    """{cell: anchor index} for the parent's cells; may append bank sectors to `anchors`.

    `zone` is (city id, river name) when the parent's point lies within ZONE_KM of a river city, else None."""
    cosl = math.cos(math.radians(parent["lat"]))
    river_name = zone and zone[1]
    if river_name is None:
        return {rc: nearest(anchors, *cell_centre(*rc), cosl) for rc in cells}
    rows, cols = [r for r, _ in cells], [c for _, c in cells]
    river = river_cells(lines, river_name, (min(rows), max(rows), min(cols), max(cols)))
    comp = banks(cells, river)
    sizes = {}
    for k in comp.values():
        sizes[k] = sizes.get(k, 0) + 1

    def bank_of(lat, lon):
        r, c = int((LAT0 - lat) / STEP), int((lon - LON0) / STEP)
        best = min(comp, key=lambda q: ((q[0] - r) ** 2 + (q[1] - c) ** 2, q), default=None)
        return comp.get(best)
    members = {}
    for i, a in enumerate(anchors):
        members.setdefault(bank_of(a["lat"], a["lon"]), []).append(i)
    # The city across the river from its point: a sector anchored at the centroid of that bank's cells
    # within CITY_KM, whatever villages that bank has.
    home = bank_of(parent["lat"], parent["lon"])
    near = {}
    if zone[0] != parent["id"]:
        comp_near = {}
    else:
        comp_near = comp
    for q, k in comp_near.items():
        lat, lon = cell_centre(*q)
        if k != home and km_between(lat, lon, parent["lat"], parent["lon"]) < CITY_KM:
            near.setdefault(k, []).append((lat, lon))
    for k in sorted(near):
        if len(near[k]) >= MIN_SECTOR_CELLS:
            pts = near[k]
            lat, lon = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
            anchors.append({"sector": True, "lat": lat, "lon": lon,
                            "side": direction(lat, lon, parent["lat"], parent["lon"])})
            members.setdefault(k, []).append(len(anchors) - 1)
    for k in sorted(sizes):
        if k in members or sizes[k] < MIN_SECTOR_CELLS or zone[0] != parent["id"]:
            continue
        pts = [cell_centre(*q) for q in comp if comp[q] == k]
        lat, lon = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
        side = direction(lat, lon, parent["lat"], parent["lon"])
        anchors.append({"sector": True, "lat": lat, "lon": lon, "side": side})
        members[k] = [len(anchors) - 1]
    out = {}
    for rc in cells:
        lat, lon = cell_centre(*rc)
        pool = members.get(comp.get(rc)) if rc in comp else None
        if pool:
            out[rc] = nearest(anchors, lat, lon, cosl, pool)
        else:
            out[rc] = nearest(anchors, lat, lon, cosl)
    return out


def claim_own_cells(assign, anchors, cells):
    """An anchor left with no cell takes the cell its point lies in, unless that is another anchor's own cell.
    Returns the indices of anchors still without a cell."""
    counts = {}
    for i in assign.values():
        counts[i] = counts.get(i, 0) + 1
    own = {}
    for i, a in enumerate(anchors):
        if not a.get("sector"):
            own.setdefault((int((LAT0 - a["lat"]) / STEP), int((a["lon"] - LON0) / STEP)), i)
    if not counts.get(0):
        # The parent's own place keeps at least the cell nearest to it (an island keeps a cell of the coast).
        a = anchors[0]
        rc = min(cells, key=lambda q: ((cell_centre(*q)[0] - a["lat"]) ** 2 + (cell_centre(*q)[1] - a["lon"]) ** 2, q))
        if counts[assign[rc]] > 1:
            counts[assign[rc]] -= 1
            assign[rc] = 0
            counts[0] = 1
    # Every place holds the cell its point lies in (so a query at the point answers with it), unless another
    # place claims that cell first; one left with no cell at all is homeless.
    for i, a in enumerate(anchors):
        if a.get("sector") or i == 0:
            continue
        rc = (int((LAT0 - a["lat"]) / STEP), int((a["lon"] - LON0) / STEP))
        holder = assign.get(rc)
        if rc in cells and own.get(rc) == i and holder is not None and holder != i and counts[holder] > 1:
            counts[holder] -= 1
            assign[rc] = i
            counts[i] = counts.get(i, 0) + 1
    homeless = [i for i, a in enumerate(anchors) if i and not a.get("sector") and not counts.get(i)]
    return homeless


def carve_regions(part, fresh, lines):
    """Finds each new place's parent (the old region its cell lies in), then carves every parent with children.

    A place left with no cell (it shares one with another anchor) becomes a name of the region holding that
    cell; a place off its district's cells, or in the occupied Golan, is a place without a region."""
    zones = {reg["place"]["id"]: (reg["place"]["lat"], reg["place"]["lon"], RIVER_CITIES[reg["place"]["id"]])
             for reg in part.regions if reg["place"] and reg["place"]["id"] in RIVER_CITIES}
    cells_of = {}
    for rc, idx in part.cell_region.items():
        cells_of.setdefault(idx, []).append(rc)
    children = {}
    taken = {p["id"] for p in fresh} | {reg["place"]["id"] if reg["place"] else reg["id"] for reg in part.regions}
    for p in fresh:
        r, c = int((LAT0 - p["lat"]) / STEP), int((p["lon"] - LON0) / STEP)
        ring = [(r, c)] + sorted((r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
        idx = next((part.cell_region[q] for q in ring if q in part.cell_region
                    and part.regions[part.cell_region[q]]["district"] == p["district"]), None)
        p["parent_idx"] = idx
        if idx is None or part.regions[idx].get("golan"):
            p["region"] = False
        if p["region"]:
            children.setdefault(idx, []).append(p)
    for idx in sorted(children):
        reg = part.regions[idx]
        cells = cells_of[idx]
        if reg["place"]:
            own = {"lat": reg["place"]["lat"], "lon": reg["place"]["lon"], "id": reg["place"]["id"]}
        else:
            pts = [cell_centre(*rc) for rc in cells]
            own = {"lat": sum(q[0] for q in pts) / len(pts), "lon": sum(q[1] for q in pts) / len(pts), "id": reg["id"]}
        anchors = [own] + children[idx]
        zone = next(((cid, river) for cid, (lat, lon, river) in sorted(zones.items())
                     if any(km_between(lat, lon, *cell_centre(*rc)) < ZONE_KM for rc in cells)), None)
        assign = carve(own, anchors, cells, lines, zone)
        homeless = set(claim_own_cells(assign, anchors, set(cells)))
        index_of = {0: idx}
        for i, a in enumerate(anchors[1:], start=1):
            if i in homeless:
                continue
            if a.get("sector"):
                sid, n = f"{own['id']}-{a['side']}-bank", 2
                while sid in taken:
                    sid, n = f"{own['id']}-{a['side']}-bank-{n}", n + 1
                taken.add(sid)
                name = (reg["place"]["english"] if reg["place"] else reg["name"]) + f" ({a['side']} bank)"
                part.regions.append({"place": None, "sector": True, "id": sid, "name": name,
                                     "district": reg["district"], "parent": own["id"]})
            else:
                part.regions.append({"place": a, "district": reg["district"], "parent": own["id"]})
            index_of[i] = len(part.regions) - 1
        for rc, i in assign.items():
            part.cell_region[rc] = index_of[i] if i in index_of else idx
        for i in sorted(homeless):
            a = anchors[i]
            rc = (int((LAT0 - a["lat"]) / STEP), int((a["lon"] - LON0) / STEP))
            holder = part.regions[part.cell_region.get(rc, idx)]
            target = holder["place"] if holder["place"] else holder
            target.setdefault("alt", []).extend([a["name"]] + a["alt"])
            target.setdefault("also", []).append(a["where"])
            a["region"] = False
