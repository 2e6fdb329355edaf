import ArgumentParser
import FrontlineCore

/// `frontline changes`: what changed hands between two days, each change with its place and its source.
struct Changes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "List the changes of control between two dates, with sources.",
        discussion: """
            Examples:
              frontline changes --from 2015-05-15 --to 2015-05-31 --faction is
              frontline changes --from 2016-10-17 --to 2017-07-10 --near Mosul --format csv
            """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var period: PeriodOptions

    @OptionGroup var nearOptions: NearOptions

    @Option(help: "Output format: table, csv or json.")
    var format: ReportFormat = .table

    func run() throws {
        let data = try dataOptions.load()
        let query = ChangeQuery(
            from: period.from, to: period.to, factions: try period.factionID(in: data).map { [$0] },
            country: period.country,
            near: try nearOptions.near.map { try Nearby($0, radiusKm: nearOptions.radius, atlas: data.atlas) })
        Console.print(ChangesReport.report(data, query: query), as: format)
    }
}
