import FoundationEssentials

/// What `frontline events` prints: each event with its dates, place, sides, deaths and reports.
public enum EventReport {
    /// The columns of CSV and JSON: the events file's own, with the faction each side stands for.
    public static let columns = [
        "id", "start", "end", "date_prec", "lat", "lon", "where_prec", "place", "type", "side_a", "side_b",
        "side_a_faction", "side_b_faction", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
        "best", "low", "high", "sources"
    ]

    /// The columns the table shows.
    public static let table = [
        "start", "end", "type", "place", "where_prec", "side_a", "side_b", "best", "low", "high", "sources"
    ]

    /// The events `indices` of `log`; the table ends with a count and the attribution UCDP's licence asks for.
    public static func report(_ log: FightingLog, indices: [Int]) -> Report {
        var report = Report(columns: columns, table: table)
        for i in indices {
            let e = log.events[i], d = e.deaths
            let a = log.actors[e.sideA], b = log.actors[e.sideB]
            report.append([
                .int(e.id), .text(e.start.description), .text(e.end.description), .int(e.datePrecision),
                .number(e.point.lat, decimals: 4), .number(e.point.lon, decimals: 4), .int(e.wherePrecision),
                .text(e.place), .text(e.violence.name), .text(a.label), .text(b.label), .text(a.faction),
                .text(b.faction),
                .int(d.sideA), .int(d.sideB), .int(d.civilians), .int(d.unknown), .int(d.best), .int(d.low),
                .int(d.high),
                .list(e.sources.map { log.sources[$0].description })
            ])
        }
        let deaths = indices.reduce(0) { $0 + log.events[$1].deaths.best }
        report.footer = ["\(indices.count) event(s), \(deaths) death(s) (best estimate)", attribution]
        return report
    }

    /// The citation UCDP's licence asks for.
    public static let attribution =
        "Source: UCDP GED Syria, codebook 19.1 (CC BY 4.0): Sundberg & Melander 2013, Journal of Peace Research "
        + "50(4); Högbladh 2019, UCDP GED Codebook 19.1."

    /// `stats --events`: events and deaths (best estimate) per pair of sides per month.
    public static func monthlyPairs(_ log: FightingLog) -> Report {
        var report = Report(columns: ["month", "side_a", "side_b", "events", "deaths"])
        for p in log.monthlyPairs() {
            report.append([.text(p.month), .text(p.sideA), .text(p.sideB), .int(p.events), .int(p.deaths)])
        }
        report.footer = [attribution]
        return report
    }
}
