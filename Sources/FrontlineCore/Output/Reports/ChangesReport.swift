/// What `changes` prints: one row per region a change names, with where it is, who held it before and after,
/// the area it moved (its carved villages included) and who says so.
public enum ChangesReport {
    /// The columns of CSV and JSON, in order.
    public static let columns = ["date"] + ReportFields.region + ["from", "to", "area_km2"] + ReportFields.source

    /// The columns the table shows, in its order.
    public static let table = [
        "date", "certainty", "place", "lat", "lon", "parent", "governorate", "from", "to", "area_km2", "source",
        "source_date"
    ]

    /// The report of `query`'s changes, with a count below the table.
    public static func report(_ data: DataSet, query: ChangeQuery) -> Report {
        let steps = query.steps(in: data)
        let named = data.namedSteps(steps)
        var report = Report(columns: columns, table: table)
        for n in named {
            let s = n.step
            report.append(
                [.text(s.day.description)] + data.regionFields(s.region)
                    + [
                        .text(data.code(data.history.controls[s.previous])),
                        .text(data.code(data.history.controls[s.control])),
                        .km2(n.areaKm2)
                    ] + data.sourceFields(change: s.change))
        }
        report.footer = [
            "\(named.count) change(s) from \(query.from) to \(query.to), \(steps.count) regions with the villages "
                + "that follow them"
        ]
        return report
    }
}
