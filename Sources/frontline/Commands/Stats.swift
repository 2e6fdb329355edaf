import ArgumentParser
import FrontlineCore
import FrontlineRender

/// `frontline stats`: area held per faction on a day, or a series of one faction's area over time.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show km2 and percent held per faction on a date, or a series over time.",
        discussion: """
        Examples:
          frontline stats --date 2015-05-21 --country SY
          frontline stats --date 2017-07-10 --since 2016-10-16 --format csv
          frontline stats --series quarterly --faction is
          frontline stats --events --format csv
        Area follows the regions of the atlas: open country counts with the town nearest to it.
        """
    )

    /// How often a series samples.
    enum Series: String, ExpressibleByArgument, CaseIterable { case monthly, quarterly, yearly }

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("The day (default 2015-05-22).", valueName: "yyyy-mm-dd"))
    var date: String?

    @Option(name: .customLong("country"), help: ArgumentHelp("SY or IQ; both when omitted.", valueName: "code"))
    var countryCode: CountryCode?

    /// The country filter, if any.
    var country: String? { countryCode?.code }

    @Option(help: ArgumentHelp("Also show the change since this day.", valueName: "yyyy-mm-dd"))
    var since: String?

    @Option(help: "Print a series instead of one day: monthly, quarterly or yearly.")
    var series: Series?

    @Option(help: ArgumentHelp("The faction of a series (default is).", valueName: "id"))
    var faction: String?

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    @Flag(help: "Instead: fighting events and deaths per pair of sides per month (UCDP GED, Syria 2016-2019).")
    var events = false

    func validate() throws {
        if let date { _ = try parseDay(date, option: "--date") }
        if let since { _ = try parseDay(since, option: "--since") }
        guard format != .text else { throw ValidationError("--format for stats is table, csv or json") }
        if series == nil && faction != nil { throw ValidationError("--faction goes with --series") }
        if events && (series != nil || date != nil || since != nil || country != nil) {
            throw ValidationError("--events goes alone (with --format)")
        }
    }

    func run() throws {
        if events {
            print(EventReport.monthlyPairs(try dataOptions.loadWithEvents().1, format: format.table ?? .table))
            return
        }
        let data = try dataOptions.load()
        if let series {
            try printSeries(data, series)
            return
        }
        let day = try date.map { try parseDay($0, option: "--date") } ?? Era.seed
        let sinceDay = try since.map { try parseDay($0, option: "--since") }
        let countries: [String?] = country.map { [$0] } ?? ["SY", "IQ", nil]
        var rows: [[String]] = []
        var json: [JSON] = []
        let now = data.history.snapshot(at: day)
        let yesterday = data.history.snapshot(at: max(Era.first, day.adding(days: -1)))
        let before = sinceDay.map { data.history.snapshot(at: $0) }
        for c in countries {
            let s = AreaStatistics(data: data, controls: now, country: c)
            let p = AreaStatistics(data: data, controls: yesterday, country: c)
            let b = before.map { AreaStatistics(data: data, controls: $0, country: c) }
            let name = c ?? "SY+IQ"
            func row(_ label: String, _ km: Double, _ prev: Double, _ base: Double?) {
                let pct = s.total > 0 ? km / s.total * 100 : 0
                var r = [day.description, name, label, String(format: "%.0f", km), String(format: "%.1f", pct), Self.signed(km - prev)]
                if let base { r.append(Self.signed(km - base)) }
                rows.append(r)
                var obj: [(String, JSON)] = [("date", .text(day.description)), ("country", .text(name)), ("faction", .text(label)),
                                             ("km2", .number(km)), ("percent", .number(pct)), ("change_1d_km2", .number(km - prev))]
                if let base { obj.append(("change_since_km2", .number(km - base))); obj.append(("since", .text(sinceDay?.description))) }
                json.append(.object(obj))
            }
            for (f, faction) in data.timeline.factions.enumerated() where s.byFaction[f] > 0 || p.byFaction[f] > 0 || (b?.byFaction[f] ?? 0) > 0 {
                row(faction.id, s.byFaction[f], p.byFaction[f], b?.byFaction[f])
            }
            if s.contested > 0 || p.contested > 0 || (b?.contested ?? 0) > 0 { row("contested", s.contested, p.contested, b?.contested) }
            if s.unknown > 0 || p.unknown > 0 { row("unknown", s.unknown, p.unknown, b?.unknown) }
            row("total", s.total, p.total, b?.total)
        }
        var header = ["date", "country", "faction", "km2", "percent", "change_1d_km2"]
        if sinceDay != nil { header.append("change_since_\(sinceDay!)") }
        emit(header: header, rows: rows, json: json)
    }

    func printSeries(_ data: DataSet, _ series: Series) throws {
        let f = try parseFaction(faction ?? "is", in: data)
        let months = series == .monthly ? 1 : series == .quarterly ? 3 : 12
        var day = Era.first
        var cursor = ControlCursor(history: data.history, day: day)
        var rows: [[String]] = []
        var json: [JSON] = []
        while day <= Era.last {
            cursor.move(to: day, in: data.history)
            var row = [day.description]
            var obj: [(String, JSON)] = [("date", .text(day.description)), ("faction", .text(data.timeline.factions[f].id))]
            for c in ["SY", "IQ"] {
                let s = AreaStatistics(data: data, controls: cursor.controls, country: c)
                row += [String(format: "%.0f", s.byFaction[f]), String(format: "%.1f", s.percent(f))]
                obj += [("\(c.lowercased())_km2", .number(s.byFaction[f])), ("\(c.lowercased())_percent", .number(s.percent(f)))]
            }
            rows.append(row)
            json.append(.object(obj))
            day = day.adding(months: months)
        }
        let id = data.timeline.factions[f].id
        emit(header: ["date", "\(id)_sy_km2", "\(id)_sy_pct", "\(id)_iq_km2", "\(id)_iq_pct"], rows: rows, json: json)
    }

    func emit(header: [String], rows: [[String]], json: [JSON]) {
        switch format {
        case .json: print(JSON.array(json).rendered)
        case .csv: print(([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n"))
        default: print(TextTableFormatter.format(header: header, rows: rows))
        }
    }

    static func signed(_ v: Double) -> String { v.rounded() == 0 ? "0" : String(format: "%+.0f", v) }
}
