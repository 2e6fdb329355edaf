import Foundation
import FrontlineCore

/// What `diff` prints: the net changes as rows or JSON, and the summary of net area between controllers.
public struct DiffReport {
    let data: DataSet
    let diff: NetDiff

    public init(data: DataSet, diff: NetDiff) {
        self.data = data
        self.diff = diff
    }

    /// Column names, the two days named.
    public var header: [String] {
        ["region", "place", "lat", "lon", "on_\(diff.from)", "on_\(diff.to)", "km2", "settled", "certainty", "source"]
    }

    /// One row per region, in ``header``'s order.
    public var rows: [[String]] {
        diff.rows.map { row in
            let r = data.atlas.regions[row.region]
            let change = data.timeline.changes[row.settled.change]
            return [r.id, r.english, String(format: "%.4f", r.point.lat), String(format: "%.4f", r.point.lon),
                    data.code(data.history.controls[row.before]), data.code(data.history.controls[row.after]),
                    String(format: "%.0f", r.areaKm2), row.settled.day.description, change.certainty.rawValue,
                    change.source.description]
        }
    }

    /// The summary lines: net km² from each controller to each other.
    public var summary: [String] {
        let lines = diff.flows.map { f in
            Sanitizer.printable("\(data.label(data.history.controls[f.from])) → \(data.label(data.history.controls[f.to]))")
                + ": \(String(format: "%.0f", f.km2)) km²"
        }
        return ["\(diff.rows.count) region(s) under another controller on \(diff.to) than on \(diff.from); net area:"]
            + (lines.isEmpty ? ["  none"] : lines.map { "  " + $0 })
    }

    /// The whole report as JSON: the rows and the net flows.
    public var json: JSON {
        let regions: [JSON] = diff.rows.map { row in
            let r = data.atlas.regions[row.region]
            let change = data.timeline.changes[row.settled.change]
            return .object([("region", .text(r.id)), ("place", .text(r.english)), ("lat", .number(r.point.lat)), ("lon", .number(r.point.lon)),
                            ("before", .text(data.code(data.history.controls[row.before]))),
                            ("after", .text(data.code(data.history.controls[row.after]))), ("area_km2", .number(r.areaKm2)),
                            ("settled", .text(row.settled.day.description)), ("certainty", .text(change.certainty.rawValue)),
                            ("note", .text(change.note)), ("source", .text(change.source.title)),
                            ("source_date", .text(change.source.date)), ("row", .text(change.origin.description))])
        }
        let flows: [JSON] = diff.flows.map {
            .object([("from", .text(data.code(data.history.controls[$0.from]))), ("to", .text(data.code(data.history.controls[$0.to]))),
                     ("km2", .number($0.km2))])
        }
        return .object([("from", .text(diff.from.description)), ("to", .text(diff.to.description)),
                        ("regions", .array(regions)), ("net", .array(flows))])
    }
}
