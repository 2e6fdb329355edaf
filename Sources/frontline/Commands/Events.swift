import ArgumentParser
import FrontlineCore

/// `frontline events`: the UCDP fighting events of a span of days, each with its reports.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List fighting events (UCDP GED, Syria 2016-2019) between two dates, with their sources.",
        discussion: """
            Examples:
              frontline events --from 2016-11-15 --to 2016-12-22 --near Aleppo --radius 15
              frontline events --from 2017-06-01 --to 2017-06-30 --faction is --type state --format csv
            An event is fighting or killing at a place and date; it is never a change of control.
            Data: UCDP GED Syria, codebook 19.1 (CC BY 4.0), Sundberg & Melander 2013.
            """
    )

    @OptionGroup var dataOptions: DataOptions

    @Option(
        help: ArgumentHelp(
            "First day (inclusive), within the events data (2016-01-01 to 2019-12-01).", valueName: "yyyy-mm-dd"))
    var from: Day

    @Option(help: ArgumentHelp("Last day (inclusive).", valueName: "yyyy-mm-dd"))
    var to: Day

    @OptionGroup var nearOptions: NearOptions

    @Option(help: ArgumentHelp("Only events with this side: a faction id, or a UCDP actor name.", valueName: "id|name"))
    var faction: String?

    @Option(help: ArgumentHelp("Only this type of violence: state, non-state or one-sided.", valueName: "type"))
    var type: String?

    @Option(help: ArgumentHelp("Only events with at least this many deaths (best estimate).", valueName: "n"))
    var minDeaths: Int?

    @Option(help: "Output format: table, csv or json.")
    var format: ReportFormat = .table

    func validate() throws { try checkPeriod(from: from, to: to) }

    func run() throws {
        let (data, log) = try dataOptions.loadWithEvents()
        let filter = try EventFilter(
            log: log, atlas: data.atlas, from: from, to: to, near: nearOptions.near, radius: nearOptions.radius,
            faction: faction, type: type, minDeaths: minDeaths)
        Console.print(EventReport.report(log, indices: filter.apply(to: log)), as: format, truncate: 48)
    }
}
