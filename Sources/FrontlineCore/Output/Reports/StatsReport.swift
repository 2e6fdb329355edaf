/// What `stats` prints: the area each side held on a day, or one faction's area over the whole era.
public enum StatsReport {
    /// The columns of a day's report: one row per country (and both together) and side; the change since
    /// `since` is empty (null) without `--since`.
    public static let columns = [
        "date", "country", "faction", "area_km2", "percent", "change_1d_km2", "since", "change_since_km2"
    ]

    /// The columns of a series: one row per date and country, under the same names as a day's report.
    public static let seriesColumns = ["date", "country", "faction", "area_km2", "percent"]

    /// The name of both countries together in the `country` column.
    public static let bothCountries = "SY+IQ"

    /// Area and percent per faction (then contested, unknown and the total) on `day`, in `country` or in each
    /// country and both together; the change since the day before, and since `since` when given.
    public static func day(_ data: DataSet, on day: Day, since: Day?, country: String?) -> Report {
        let h = data.history
        let now = h.snapshot(at: day), yesterday = h.snapshot(at: max(Era.first, day.adding(days: -1)))
        let before = since.map { h.snapshot(at: $0) }
        var report = Report(columns: columns, table: since == nil ? Array(columns.prefix(6)) : columns)
        for c in country.map({ [$0] }) ?? ["SY", "IQ", nil] {
            let s = AreaStatistics(data: data, controls: now, country: c)
            let p = AreaStatistics(data: data, controls: yesterday, country: c)
            let b = before.map { AreaStatistics(data: data, controls: $0, country: c) }
            func row(_ label: String, _ km: Double, _ prev: Double, _ base: Double?) {
                report.append([
                    .text(day.description), .text(c ?? bothCountries), .text(label), .km2(km),
                    .number(s.total > 0 ? km / s.total * 100 : 0, decimals: 1), .change(km - prev),
                    .text(since?.description), base.map { .change(km - $0) } ?? .text(nil)
                ])
            }
            for f in data.timeline.factions.ids
            where s.byFaction[faction: f] > 0 || p.byFaction[faction: f] > 0 || (b?.byFaction[faction: f] ?? 0) > 0 {
                row(
                    data.timeline.factions[f].id, s.byFaction[faction: f], p.byFaction[faction: f],
                    b?.byFaction[faction: f])
            }
            if s.contested > 0 || p.contested > 0 || (b?.contested ?? 0) > 0 {
                row("contested", s.contested, p.contested, b?.contested)
            }
            if s.unknown > 0 || p.unknown > 0 || (b?.unknown ?? 0) > 0 {
                row("unknown", s.unknown, p.unknown, b?.unknown)
            }
            row("total", s.total, p.total, b?.total)
        }
        return report
    }

    /// Faction `f`'s area and share of Syria and of Iraq from the first day of the era, every `months` months.
    public static func series(_ data: DataSet, faction f: FactionID, months: Int) -> Report {
        var report = Report(columns: seriesColumns)
        var day = Era.first
        var cursor = ControlCursor(history: data.history, day: day)
        let id = data.timeline.factions[f].id
        while day <= Era.last {
            cursor.move(to: day, in: data.history)
            for c in ["SY", "IQ"] {
                let s = AreaStatistics(data: data, controls: cursor.controls, country: c)
                report.append([
                    .text(day.description), .text(c), .text(id), .km2(s.byFaction[faction: f]),
                    .number(s.percent(f), decimals: 1)
                ])
            }
            day = day.adding(months: months)
        }
        return report
    }
}
