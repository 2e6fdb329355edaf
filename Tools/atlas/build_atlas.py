#!/usr/bin/env python3
"""Builds Frontline's bundled atlas (Data/atlas/*) from ../shared/geodata.

Deterministic: the same inputs give the same bytes. Python 3 standard library only.

    python3 Tools/atlas/build_atlas.py [--geodata DIR] [--out DIR] [--check]

--check rebuilds into memory and exits 1 if any file in --out differs (CI uses it).
Why a script and not a Swift target: the geodata is a build-time input that users do not have, the GeoJSON is
large and loosely typed, and keeping this out of the package keeps `swift build` small. The Swift side reads
only the generated text files, which Data/README.md documents.

Modules, by concern: sources (reading inputs), units (districts and neighbours), gazetteer (places), grid
(raster and encoding), regions (the partition of cells), rivers, writer (the output files).
"""

import argparse
import os
import sys

from gazetteer import assign_ids, assign_priorities, gather, places
from regions import Partition
from rivers import river_lines, rivers_file
from sources import Inputs
from units import Units
from writer import files_of


def build(inp):
    """Every generated file, by name."""
    units = Units(inp)
    old = places(inp, units)
    fresh, rejects = gather(inp, units, old)
    assign_ids(old + fresh, units)
    assign_priorities(fresh, inp)
    lines = river_lines(inp)
    part = Partition(inp, units, old)
    part.carve(fresh, lines)
    part.finish()
    return files_of(part, units, rivers_file(lines), fresh, rejects)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--geodata", default=os.path.join(root, "..", "shared", "geodata"))
    ap.add_argument("--reference", default=os.path.join(root, "..", "shared", "reference"))
    ap.add_argument("--out", default=os.path.join(root, "Data", "atlas"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    files = build(Inputs(args.geodata, args.out, args.reference))
    bad = []
    for name in sorted(files):
        path = os.path.join(args.out, name)
        if args.check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != files[name]:
                        bad.append(name)
            except FileNotFoundError:
                bad.append(name)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(files[name])
    if args.check:
        if bad:
            print("atlas differs from a rebuild: " + ", ".join(bad), file=sys.stderr)
            sys.exit(1)
        print(f"atlas matches a rebuild from {args.geodata} ({len(files)} files)")
    else:
        print(f"wrote {len(files)} files to {args.out}")


if __name__ == "__main__":
    main()
