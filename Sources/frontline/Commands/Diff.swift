import ArgumentParser
import FrontlineCore

/// `frontline diff`: the net result between two dates, region by region, with the change that settled each.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two dates: the regions under another controller, and the net area won and lost.",
        discussion: """
            Examples:
              frontline diff --from 2015-05-15 --to 2015-05-25 --country SY
              frontline diff --from 2016-10-17 --to 2017-07-10 --country IQ --net --format csv
            """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var period: PeriodOptions

    @Flag(help: "Instead of the regions, the net km² from each controller to each other.")
    var net = false

    @Option(help: "Output format: table, csv or json.")
    var format: ReportFormat = .table

    func run() throws {
        let data = try dataOptions.load()
        let diff = NetDiff(
            data: data, from: period.from, to: period.to, country: period.country,
            faction: try period.factionID(in: data))
        Console.print(net ? DiffReport.net(data, diff: diff) : DiffReport.regions(data, diff: diff), as: format)
    }
}
