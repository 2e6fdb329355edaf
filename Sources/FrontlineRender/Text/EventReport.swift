import Foundation
import FrontlineCore

/// Tables in the three forms scripts ask for: aligned text, CSV and JSON.
public enum TableOutput {
    public enum Format: Sendable { case table, csv, json }

    /// `rows` under `header` as aligned text or CSV, or `json` as one JSON array.
    public static func render(_ format: Format, header: [String], rows: [[String]], json: [JSON], maxWidth: Int = 60) -> String {
        switch format {
        case .json: return JSON.array(json).rendered
        case .csv: return ([header] + rows).map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n")
        case .table: return TextTableFormatter.format(header: header, rows: rows, maxWidth: maxWidth)
        }
    }

    /// A CSV field, sanitised, and quoted when it holds a comma, quote or newline.
    public static func csvField(_ s: String) -> String {
        let clean = Sanitizer.printable(s)
        return clean.contains(where: { ",\"\n".contains($0) }) ? "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : clean
    }
}

/// What `frontline events` prints: each event with its date, place, sides, deaths and reports.
public struct EventReport {
    let log: FightingLog
    let indices: [Int]

    public init(log: FightingLog, indices: [Int]) {
        self.log = log
        self.indices = indices
    }

    /// The output in `format`; the table ends with a count and the attribution.
    public func rendered(_ format: TableOutput.Format) -> String {
        switch format {
        case .table:
            let rows = indices.map { i -> [String] in
                let e = log.events[i]
                let s = log.firstSource(e)
                let more = e.sources.count > 1 ? " (+\(e.sources.count - 1) more)" : ""
                return [e.dateText, e.violence.name, e.place, "\(e.wherePrecision)", log.actors[e.sideA].label,
                        log.actors[e.sideB].label, deathsText(e.deaths), "\(s.office) \(s.date): \(s.headline)\(more)"]
            }
            let table = TextTableFormatter.format(header: ["date", "type", "place", "where", "side_a", "side_b", "deaths", "source"],
                                                  rows: rows, maxWidth: 48)
            return table + "\n" + summary + "\n" + Self.attribution
        case .csv:
            return TableOutput.render(.csv, header: DataFormat.ucdpEvents, rows: indices.map { csvRow(log.events[$0]) }, json: [])
        case .json:
            return TableOutput.render(.json, header: [], rows: [], json: indices.map { json(log.events[$0]) })
        }
    }

    /// `12 events, 85 deaths (best estimate), 2016-11-15 to 2016-12-22`.
    public var summary: String {
        let deaths = indices.reduce(0) { $0 + log.events[$1].deaths.best }
        return "\(indices.count) event(s), \(deaths) death(s) (best estimate)"
    }

    /// The citation UCDP's licence asks for.
    public static let attribution = "Source: UCDP GED Syria, codebook 19.1 (CC BY 4.0): Sundberg & Melander 2013, Journal of Peace Research 50(4); Högbladh 2019, UCDP GED Codebook 19.1."

    /// `12 (10-15)`: the best estimate, and the low and high ones when they differ.
    func deathsText(_ d: Deaths) -> String { d.low == d.high ? "\(d.best)" : "\(d.best) (\(d.low)-\(d.high))" }

    func csvRow(_ e: FightingEvent) -> [String] {
        let d = e.deaths
        return ["\(e.id)", e.start.description, e.end.description, "\(e.datePrecision)", String(format: "%.6f", e.point.lat),
                String(format: "%.6f", e.point.lon), "\(e.wherePrecision)", e.place, e.violence.name,
                log.actors[e.sideA].label, log.actors[e.sideB].label, "\(d.sideA)", "\(d.sideB)", "\(d.civilians)",
                "\(d.unknown)", "\(d.best)", "\(d.low)", "\(d.high)", e.sources.map { log.sources[$0].description }.joined(separator: " | ")]
    }

    func json(_ e: FightingEvent) -> JSON {
        let d = e.deaths
        func side(_ a: Int) -> JSON { .object([("name", .text(log.actors[a].name)), ("faction", .text(log.actors[a].faction))]) }
        return .object([
            ("id", .int(e.id)), ("start", .text(e.start.description)), ("end", .text(e.end.description)),
            ("date_prec", .int(e.datePrecision)), ("lat", .number(e.point.lat)), ("lon", .number(e.point.lon)),
            ("where_prec", .int(e.wherePrecision)), ("place", .text(e.place)), ("type", .text(e.violence.name)),
            ("side_a", side(e.sideA)), ("side_b", side(e.sideB)),
            ("deaths", .object([("side_a", .int(d.sideA)), ("side_b", .int(d.sideB)), ("civilians", .int(d.civilians)),
                                ("unknown", .int(d.unknown)), ("best", .int(d.best)), ("low", .int(d.low)), ("high", .int(d.high))])),
            ("sources", .array(e.sources.map { s in
                let src = log.sources[s]
                return .object([("office", .text(src.office)), ("date", .text(src.date)), ("headline", .text(src.headline))])
            })),
        ])
    }

    /// `stats --events`: events and deaths per pair of sides per month.
    public static func monthlyPairs(_ log: FightingLog, format: TableOutput.Format) -> String {
        let pairs = log.monthlyPairs()
        let header = ["month", "side_a", "side_b", "events", "deaths"]
        let rows = pairs.map { [$0.month, $0.sideA, $0.sideB, "\($0.events)", "\($0.deaths)"] }
        let json: [JSON] = pairs.map {
            .object([("month", .text($0.month)), ("side_a", .text($0.sideA)), ("side_b", .text($0.sideB)),
                     ("events", .int($0.events)), ("deaths", .int($0.deaths))])
        }
        let out = TableOutput.render(format, header: header, rows: rows, json: json)
        return format == .table ? out + "\n" + attribution : out
    }
}
