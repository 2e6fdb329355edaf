import ArgumentParser
import FrontlineCore
import FrontlineRender

/// `frontline changes`: what changed hands between two days, each change with its source.
struct Changes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the changes of control between two dates, with sources.",
        discussion: "Example: frontline changes --from 2015-05-15 --to 2015-05-31 --faction is"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var period: PeriodOptions

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    func validate() throws {
        guard format != .text else { throw ValidationError("--format for changes is table, csv or json") }
    }

    func run() throws {
        let data = try dataOptions.load()
        let (a, b) = try period.days()
        let f = try period.factionIndex(in: data)
        let country = period.country
        let steps = data.history.steps(after: a.adding(days: -1), through: b).filter { s in
            let region = data.atlas.regions[s.region]
            if let country, data.atlas.country(of: region) != country { return false }
            if let f { return data.history.controls[s.control].involves(f) || data.history.controls[s.previous].involves(f) }
            return true
        }
        var rows: [[String]] = []
        var json: [JSON] = []
        // One row per region a change names; its area includes the carved villages that follow it.
        let named = data.namedSteps(steps)
        for n in named {
            let s = n.step, r = data.atlas.regions[s.region]
            let c = data.timeline.changes[s.change]
            let from = data.code(data.history.controls[s.previous]), to = data.code(data.history.controls[s.control])
            rows.append([s.day.description, c.certainty.rawValue, r.english, data.atlas.governorate(of: r).name, from, to,
                         String(format: "%.0f", n.areaKm2), c.source.description])
            json.append(.object([("date", .text(s.day.description)), ("certainty", .text(c.certainty.rawValue)),
                                 ("region", .text(r.id)), ("place", .text(r.english)),
                                 ("governorate", .text(data.atlas.governorate(of: r).name)),
                                 ("from", .text(from)), ("to", .text(to)), ("area_km2", .number(n.areaKm2)),
                                 ("note", .text(c.note)), ("source", .text(c.source.title)),
                                 ("source_date", .text(c.source.date)), ("row", .text(c.origin.description))]))
        }
        let header = ["date", "certainty", "place", "governorate", "from", "to", "km2", "source"]
        switch format {
        case .json: print(JSON.array(json).rendered)
        case .csv: print(TableOutput.render(.csv, header: header, rows: rows, json: []))
        default:
            print(TextTableFormatter.format(header: header, rows: rows, maxWidth: 70))
            print("\(named.count) change(s) from \(a) to \(b), \(steps.count) regions with the villages that follow them")
        }
    }
}
