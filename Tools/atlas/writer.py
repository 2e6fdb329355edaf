"""The generated text files, from the partition: grid.txt, regions.tsv and the unit and lake tables."""

from grid import encode
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
            alts = alternates(p)
            row = [str(i), p["id"], p["kind"], clean(p["name"]), clean(p["english"]), fmt(p["lat"]), fmt(p["lon"]),
                   str(p["pop"]), reg["district"], str(p["prio"]), str(part.counts[i - 1]), source_of(p),
                   "|".join(alts)]
        else:
            lat, lon = part.centroid(i - 1)
            kind = "occupied" if reg.get("golan") else "sector" if reg.get("sector") else "district"
            pr = units.props[reg["district"]]
            alts = [] if reg.get("golan") or reg.get("sector") else [a for a in [pr.get("ADM2_AR"), pr.get("ADM2_REF")] if a]
            alts += reg.get("alt", [])
            src = ("OCHA COD-AB district, cells inside Natural Earth's Israel" if reg.get("golan")
                   else "the far bank of a river that splits the parent's city" if reg.get("sector")
                   else "OCHA COD-AB district")
            names = []
            for a in alts:
                if clean(a) and clean(a) not in names:
                    names.append(clean(a))
            row = [str(i), reg["id"], kind, clean(reg["name"]), clean(reg["name"]), fmt(lat), fmt(lon), "0",
                   reg["district"], "5", str(part.counts[i - 1]), src, "|".join(names)]
        out.append("\t".join(row))
    return "\n".join(out) + "\n"


def source_of(p):
    """The place's source, then those of the records merged into it (`; also ...`)."""
    also = [w for w in p.get("also", []) if w != p["source"]]
    return clean(p["source"] + ("; also " + ", ".join(also) if also else ""))


def alternates(p):
    alts = []
    for a in [p["name"]] + p["alt"]:
        a = clean(a)
        if a and a != p["english"] and a not in alts:
            alts.append(a)
    return alts


def parent_rows(part):
    out = ["region\tparent"]
    for reg in part.regions:
        if reg.get("parent"):
            out.append(f"{reg['place']['id'] if reg['place'] else reg['id']}\t{reg['parent']}")
    return "\n".join(out) + "\n"


def place_rows(part, fresh):
    """places.tsv: places that are not regions of their own, each with the region it lies in."""
    out = ["id\tkind\tname\tenglish\tlat\tlon\tregion\tsource\taltnames"]
    ids = [reg["place"]["id"] if reg["place"] else reg["id"] for reg in part.regions]
    rows = []
    for p in fresh:
        if p["region"]:
            continue
        idx = part.region_at(p["lat"], p["lon"], p["district"])
        rows.append((p["id"], "\t".join([p["id"], p["kind"], clean(p["name"]), clean(p["english"]), fmt(p["lat"]),
                                         fmt(p["lon"]), ids[idx] if idx is not None else "", source_of(p),
                                         "|".join(alternates(p))])))
    out += [r for _, r in sorted(rows)]
    return "\n".join(out) + "\n"


def reject_rows(rejects):
    out = ["where\tlabel\tlat\tlon\treason"]
    for where, label, lat, lon, reason in rejects:
        out.append("\t".join(clean(x) for x in (where, label, lat, lon, reason)))
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


def files_of(part, units, rivers, fresh, rejects):
    """Every generated file, by name."""
    files = {"grid.txt": encode(part.grid, token), "regions.tsv": region_rows(part, units),
             "lakes.tsv": lake_rows(part), "rivers.tsv": rivers, "parents.tsv": parent_rows(part),
             "places.tsv": place_rows(part, fresh), "rejected-places.tsv": reject_rows(rejects)}
    files.update(unit_files(units))
    return files
