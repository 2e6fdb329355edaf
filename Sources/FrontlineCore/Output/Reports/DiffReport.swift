import FoundationEssentials

/// What `diff` prints: the regions under another controller, and the net area between controllers.
public enum DiffReport {
    /// The columns of CSV and JSON, in order: no column is named after a date.
    public static let columns = ReportFields.region + ["before", "after", "area_km2", "settled"] + ReportFields.source

    /// The columns the table shows.
    public static let table = [
        "region", "place", "lat", "lon", "before", "after", "area_km2", "settled", "certainty", "source",
        "source_date"
    ]

    /// One row per region, with the summary of net flows below the table.
    public static func regions(_ data: DataSet, diff: NetDiff) -> Report {
        var report = Report(columns: columns, table: table)
        for row in diff.rows {
            report.append(
                data.regionFields(row.region)
                    + [
                        .text(data.code(data.history.controls[row.before])),
                        .text(data.code(data.history.controls[row.after])),
                        .km2(data.atlas.regions[row.region].areaKm2), .text(row.settled.day.description)
                    ]
                    + data.sourceFields(change: row.settled.change))
        }
        let lines = diff.flows.map { f in
            Sanitizer.printable(
                "\(data.label(data.history.controls[f.from])) → \(data.label(data.history.controls[f.to]))")
                + ": \(String(cFormat: "%.0f", f.km2)) km²"
        }
        report.footer =
            ["", "\(diff.rows.count) region(s) under another controller on \(diff.to) than on \(diff.from); net area:"]
            + (lines.isEmpty ? ["  none"] : lines.map { "  " + $0 })
        return report
    }

    /// `diff --net`: the net km² from each controller to each other, largest first.
    public static func net(_ data: DataSet, diff: NetDiff) -> Report {
        var report = Report(columns: ["from", "to", "area_km2"])
        for f in diff.flows {
            report.append([
                .text(data.code(data.history.controls[f.from])), .text(data.code(data.history.controls[f.to])),
                .km2(f.km2)
            ])
        }
        return report
    }
}
