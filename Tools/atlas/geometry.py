"""Plane geometry on lon/lat: distances, polygon rings, point-in-polygon and line simplification."""

import math


def km_between(lat1, lon1, lat2, lon2):
    """Approximate distance in km (equirectangular, fine at district scale)."""
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
    """The lines of a LineString or MultiLineString."""
    if geometry["type"] == "LineString":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiLineString":
        return geometry["coordinates"]
    return []


def point_in_rings(lon, lat, rings):
    """Even-odd point-in-polygon test over all rings."""
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
