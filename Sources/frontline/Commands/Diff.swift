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

    @Option(help: ArgumentHelp("The earlier day.", valueName: "yyyy-mm-dd"))
    var from: String

    @Option(help: ArgumentHelp("The later day.", valueName: "yyyy-mm-dd"))
    var to: String

    @Option(help: ArgumentHelp("SY or IQ.", valueName: "code"))
    var country: String?

    @Option(help: ArgumentHelp("Only regions a faction held on either day.", valueName: "id"))
    var faction: String?

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    func validate() throws {
        let a = try parseDay(from, option: "--from"), b = try parseDay(to, option: "--to")
        guard a <= b else { throw ValidationError("--from \(a) is after --to \(b)") }
        if let country, !["SY", "IQ"].contains(country) { throw ValidationError("--country expects SY or IQ") }
        guard format != .text else { throw ValidationError("--format for diff is table, csv or json") }
    }

    func run() throws {
        let data = try dataOptions.load()
        let diff = NetDiff(data: data, from: try parseDay(from, option: "--from"), to: try parseDay(to, option: "--to"),
                           country: country, faction: try faction.map { try parseFaction($0, in: data) })
        let report = DiffReport(data: data, diff: diff)
        switch format {
        case .json: print(report.json.rendered)
        case .csv: print(([report.header] + report.rows).map { $0.map(Changes.csv).joined(separator: ",") }.joined(separator: "\n"))
        default:
            print(TextTableFormatter.format(header: report.header, rows: report.rows, maxWidth: 70))
            print("")
            print(report.summary.joined(separator: "\n"))
        }
    }
}
