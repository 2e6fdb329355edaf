import ArgumentParser
import FrontlineCore
import FrontlineRender

/// `frontline diff`: the net result between two dates, region by region, with the change that settled each.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two dates: the regions under another controller, and the net area won and lost.",
        discussion: "Example: frontline diff --from 2015-05-15 --to 2015-05-25 --country SY"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var period: PeriodOptions

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    func validate() throws {
        guard format != .text else { throw ValidationError("--format for diff is table, csv or json") }
    }

    func run() throws {
        let data = try dataOptions.load()
        let (a, b) = try period.days()
        let diff = NetDiff(data: data, from: a, to: b, country: period.country, faction: try period.factionIndex(in: data))
        let report = DiffReport(data: data, diff: diff)
        switch format {
        case .json: print(report.json.rendered)
        case .csv: print(TableOutput.render(.csv, header: report.header, rows: report.rows, json: []))
        default:
            print(TextTableFormatter.format(header: report.header, rows: report.rows, maxWidth: 70))
            print("")
            print(report.summary.joined(separator: "\n"))
        }
    }
}
