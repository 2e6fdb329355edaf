#!/usr/bin/env python3
"""Writes Tests/Fixtures/campaign-arcs.tsv: the village-level arc steps for every campaign of the history issue,
drawn from the campaign files (Tests/FrontlineCoreTests/CampaignArcTests.swift checks them).

    python3 Tools/history/campaign_arcs.py [FRONTLINE_BINARY]      (default .build/release/frontline)

For each campaign (a span of days and a circle around its centre, below) it takes the rows of Data/campaigns
dated inside it, asks the binary (`query --batch`) who held each row's point on its day, keeps the rows that are
the change in force that day (their own file and line, their controller, a holder before that is not contested),
and writes two of them per campaign, exact dates and settlements first, nearest the centre first: the region,
the day before and its holder, the row's day and its controller, then the campaign, the row's place and source.
A campaign with no such row is reported on stderr (its arc is pinned at city level in ArcTests.swift).
Python 3 stdlib only.
"""
import csv, datetime as dt, glob, json, math, os, subprocess, sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "frontline")
OUT = os.path.join(ROOT, "Tests", "Fixtures", "campaign-arcs.tsv")

# (name, from, to, lat, lon, radius_km)
CAMPAIGNS = [
("Mosul 2014","2014-06-05","2014-06-15",36.34,43.13,60),
("Tikrit/Baiji 2014","2014-06-08","2014-07-30",34.8,43.6,60),
("Sinjar/Zumar 2014","2014-08-01","2014-08-31",36.5,42.3,60),
("Nineveh plains 2014","2014-08-01","2014-08-31",36.35,43.45,35),
("Jalawla 2014","2014-06-10","2014-11-30",34.27,45.15,40),
("Amirli 2014","2014-06-10","2014-09-30",34.72,44.58,35),
("Tikrit 2015","2015-03-01","2015-04-30",34.6,43.68,50),
("Ramadi May 2015","2015-05-01","2015-05-31",33.42,43.3,30),
("Ramadi Dec 2015","2015-07-01","2016-02-28",33.42,43.3,30),
("Baiji 2015","2015-04-01","2015-10-31",34.93,43.49,40),
("Sinjar Nov 2015","2014-12-01","2015-11-30",36.32,41.87,40),
("Hit 2016","2016-03-01","2016-04-30",33.64,42.82,40),
("Rutba 2016","2016-05-01","2016-05-31",33.03,40.28,60),
("Fallujah 2016","2016-05-20","2016-07-10",33.35,43.78,30),
("Qayyarah 2016","2016-06-01","2016-09-30",35.8,43.28,40),
("Nineveh plains 2016","2016-10-16","2016-11-30",36.3,43.4,35),
("Mosul east 2016-17","2016-11-01","2017-01-31",36.35,43.17,8),
("Mosul west 2017","2017-02-19","2017-07-15",36.33,43.11,8),
("Tal Afar 2017","2017-08-15","2017-09-05",36.37,42.45,40),
("Hawija 2017","2017-09-15","2017-10-10",35.32,43.77,50),
("Kirkuk Oct 2017","2017-10-15","2017-10-31",35.47,44.39,90),
("Anah Rawa Qaim 2017","2017-09-15","2017-11-30",34.45,41.5,90),
("Kobani 2014-15","2014-09-10","2015-06-30",36.89,38.35,45),
("Tal Abyad 2015","2015-05-01","2015-07-31",36.69,38.95,60),
("Hasakah 2015","2015-02-01","2015-08-31",36.5,40.75,70),
("Palmyra 2015","2015-05-10","2015-05-31",34.56,38.28,60),
("Palmyra 2016","2016-03-01","2016-04-15",34.56,38.28,60),
("Palmyra Dec 2016","2016-12-01","2016-12-31",34.56,38.28,70),
("Palmyra 2017","2017-01-15","2017-03-31",34.56,38.28,70),
("Manbij 2016","2016-05-31","2016-08-20",36.53,37.95,35),
("Euphrates Shield","2016-08-24","2017-02-28",36.5,37.6,70),
("Tabqa 2017","2017-03-20","2017-05-15",35.85,38.55,35),
("Raqqa city 2017","2017-06-01","2017-10-20",35.95,39.01,10),
("Deir ez-Zor 2014-17","2014-01-01","2017-11-30",35.33,40.14,25),
("Mayadin Quriyah Abu Kamal","2017-10-01","2017-12-31",34.75,40.65,45),
("Hajin Baghuz","2018-09-01","2019-03-31",34.6,40.85,45),
("Yarmouk basin 2018","2018-07-01","2018-08-05",32.78,35.95,20),
("East Aleppo 2016","2016-07-01","2016-12-22",36.2,37.17,8),
("Homs al-Waer","2014-01-01","2017-05-31",34.73,36.66,6),
("East Ghouta 2018","2018-02-18","2018-04-15",33.55,36.4,15),
("Damascus evacuations","2016-12-20","2018-05-31",33.6,36.2,60),
("Daraa Quneitra 2018","2018-06-15","2018-08-05",32.8,36.0,60),
("North Hama S Idlib 2015-19","2015-01-01","2019-12-31",35.4,36.6,40),
("Army of Conquest 2015","2015-03-20","2015-09-15",35.8,36.5,45),
("Aleppo countryside 2016","2016-01-01","2016-11-30",36.2,37.2,40),
("Afrin 2018","2018-01-20","2018-03-31",36.52,36.85,35),
("Peace Spring 2019","2019-10-09","2019-10-31",36.75,39.5,130),
]


def km(a, b, c, d):
    """The great-circle distance in km between (a, b) and (c, d), in degrees."""
    s = math.sin(math.radians(a)) * math.sin(math.radians(c)) + math.cos(math.radians(a)) * math.cos(
        math.radians(c)) * math.cos(math.radians(d - b))
    return 6371 * math.acos(min(1, s))


def rows():
    """Every dated, uncontested campaign row after the first day: (file relative to Data, line, row)."""
    out = []
    for f in sorted(glob.glob(os.path.join(ROOT, "Data", "campaigns", "*.tsv"))):
        for i, r in enumerate(csv.DictReader(open(f, encoding="utf-8"), delimiter="\t")):
            if not r["controller"].startswith("contested") and r["date"] != "2014-01-01":
                out.append((os.path.relpath(f, os.path.join(ROOT, "Data")), i + 2, r))
    return out


def main():
    candidates = [(c, x) for c in CAMPAIGNS for x in rows()
                  if c[1] <= x[2]["date"] <= c[2] and km(c[3], c[4], float(x[2]["lat"]), float(x[2]["lon"])) <= c[5]]
    query = "\n".join(f'{x[2]["lat"]},{x[2]["lon"]},{x[2]["date"]}' for _, x in candidates)
    answers = subprocess.run([BINARY, "query", "--batch", "-", "--format", "json"], input=query,
                             capture_output=True, text=True, check=True).stdout.splitlines()
    good = {}
    for (c, (path, line, r)), text in zip(candidates, answers):
        j = json.loads(text)
        if (j.get("row") == f"{path}:{line}" and j.get("since") == r["date"] and j.get("controller") == r["controller"]
                and j.get("previous") and not j["previous"].startswith("contested")):
            good.setdefault(c[0], []).append((r["certainty"] != "exact", j["kind"] not in ("village", "neighbourhood", "town"),
                                              km(c[3], c[4], float(r["lat"]), float(r["lon"])), j["region"], r, j["previous"]))
    lines = ["region\tday_before\tholder_before\tday\tholder\tcampaign\tplace\tsource"]
    for c in CAMPAIGNS:
        picked, seen = [], set()
        for t in sorted(good.get(c[0], []), key=lambda t: t[:3]):
            if t[3] not in seen:
                seen.add(t[3])
                picked.append(t)
        if not picked:
            print("no village-level step for", c[0], file=sys.stderr)
        for t in picked[:2]:
            day = dt.date.fromisoformat(t[4]["date"])
            before = (day - dt.timedelta(days=1)).isoformat()
            lines.append("\t".join([t[3], before, t[5], t[4]["date"], t[4]["controller"], c[0], t[4]["place"],
                                    t[4]["source"]]))
    open(OUT, "w", encoding="utf-8").write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
