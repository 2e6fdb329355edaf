"""The generated text files, from the partition: grid.txt, regions.tsv and the unit and lake tables."""

from grid import cell_centre, encode
from units import NEIGHBOURS


def fmt(x):
    return f"{x:.4f}"


def clean(text):
    """One line of text: tabs and runs of spaces become one space."""
    return " ".join(str(text).replace("\t", " ").split())


def token(v):
    """The grid.txt code of a cell value."""
    if v is None:
        return "~"
    if isinstance(v, str):
        return v
    if v[0] == "R":
        return str(v[1] + 1)
    if v[0] == "L":
        return f"L{v[1]}"
    return "?"


def region_rows(part, units):
    out = ["n\tid\tkind\tname\tenglish\tlat\tlon\tpopulation\tdistrict\tpriority\tcells\tsource\taltnames"]
    for i, reg in enumerate(part.regions, start=1):
        p = reg["place"]
        if p:
            alts = []
            for a in [p["name"]] + p["alt"]:
                a = clean(a)
                if a and a != p["english"] and a not in alts:
                    alts.append(a)
            row = [str(i), p["id"], p["kind"], clean(p["name"]), clean(p["english"]), fmt(p["lat"]), fmt(p["lon"]),
                   str(p["pop"]), reg["district"], str(p["prio"]), str(part.counts[i - 1]), clean(p["source"]),
                   "|".join(alts)]
        else:
            cells = [rc for rc, idx in part.cell_region.items() if idx == i - 1]
            lat = sum(cell_centre(*rc)[0] for rc in cells) / max(len(cells), 1)
            lon = sum(cell_centre(*rc)[1] for rc in cells) / max(len(cells), 1)
            kind = "occupied" if reg.get("golan") else "district"
            pr = units.props[reg["district"]]
            alts = [] if reg.get("golan") else [a for a in [pr.get("ADM2_AR"), pr.get("ADM2_REF")] if a]
            src = ("OCHA COD-AB district, cells inside Natural Earth's Israel" if reg.get("golan")
                   else "OCHA COD-AB district")
            row = [str(i), reg["id"], kind, clean(reg["name"]), clean(reg["name"]), fmt(lat), fmt(lon), "0",
                   reg["district"], "5", str(part.counts[i - 1]), src, "|".join(clean(a) for a in alts)]
        out.append("\t".join(row))
    return "\n".join(out) + "\n"


def unit_files(units):
    files = {}
    out = ["pcode\tgovernorate\tname\tname_ar"]
    for code in sorted(units.props):
        pr = units.props[code]
        out.append("\t".join([code, pr["ADM1_PCODE"], clean(pr["ADM2_EN"]), clean(pr["ADM2_AR"] or "")]))
    files["districts.tsv"] = "\n".join(out) + "\n"
    out = ["pcode\tcountry\tname\tname_ar"]
    for f in units.governorates:
        pr = f["properties"]
        out.append("\t".join([pr["ADM1_PCODE"], pr["ADM0_PCODE"], clean(pr["ADM1_EN"]), clean(pr["ADM1_AR"] or "")]))
    files["governorates.tsv"] = "\n".join(out) + "\n"
    out = ["code\tname\trole", "IQ\tIraq\tmapped", "SY\tSyria\tmapped"]
    for cc in sorted(NEIGHBOURS):
        out.append(f"{cc}\t{NEIGHBOURS[cc]}\tneighbour")
    files["countries.tsv"] = "\n".join(out) + "\n"
    return files


def lake_rows(part):
    out = ["n\tname\tlat\tlon\tcountry\tsource"]
    for k, (name, lat, lon, country, src) in enumerate(part.lake_rows, start=1):
        out.append(f"{k}\t{name}\t{fmt(lat)}\t{fmt(lon)}\t{country}\t{src}")
    return "\n".join(out) + "\n"


def files_of(part, units, rivers):
    """Every generated file, by name."""
    files = {"grid.txt": encode(part.grid, token), "regions.tsv": region_rows(part, units),
             "lakes.tsv": lake_rows(part), "rivers.tsv": rivers}
    files.update(unit_files(units))
    return files
