"""The raster: its extent and step, polygon rasterisation and the run-length encoding of grid.txt."""

import math

LON0, LAT0 = 34.0, 38.5          # north-west corner of the grid
STEP = 0.01                       # degrees per cell (about 1 km)
COLS, ROWS = 1500, 1000           # lon 34..49 E, lat 38.5..28.5 N


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
    """Sets every cell of `spans` to `value` (where `only_if` of the old value holds, if given)."""
    for r, row_spans in spans.items():
        row = grid[r]
        for c0, c1 in row_spans:
            for c in range(c0, c1):
                if only_if is None or only_if(row[c]):
                    row[c] = value


def cell_centre(r, c):
    """(lat, lon) of the centre of cell r, c."""
    return LAT0 - (r + 0.5) * STEP, LON0 + (c + 0.5) * STEP


def encode(grid, token):
    """grid.txt: the header, then each row as run-length tokens `CODE` or `CODE*COUNT`."""
    lines = ["frontline-atlas-grid 1", f"cols {COLS}", f"rows {ROWS}", f"west {LON0:.2f}",
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
        lines.append(" ".join(toks))
    return "\n".join(lines) + "\n"
