import ArgumentParser
import FrontlineCore

/// `frontline stats`: area held per faction on a day, or a series of one faction's area over time.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
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
    enum Series: String, ExpressibleByArgument, CaseIterable {
        case monthly, quarterly, yearly

        var months: Int { self == .monthly ? 1 : self == .quarterly ? 3 : 12 }
    }

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("The day, 2014-01-01 to 2019-12-31 (default 2015-05-22).", valueName: "yyyy-mm-dd"))
    var date: Day?

    @Option(name: .customLong("country"), help: ArgumentHelp("SY or IQ; both when omitted.", valueName: "code"))
    var countryCode: CountryCode?

    @Option(help: ArgumentHelp("Also show the change since this day.", valueName: "yyyy-mm-dd"))
    var since: Day?

    @Option(help: "Print a series instead of one day: monthly, quarterly or yearly (both countries, whole era).")
    var series: Series?

    @Option(help: ArgumentHelp("The faction of a series (default is).", valueName: "id"))
    var faction: String?

    @Option(help: "Output format: table, csv or json.")
    var format: ReportFormat = .table

    @Flag(help: "Instead: fighting events and deaths per pair of sides per month (UCDP GED, Syria 2016-2019).")
    var events = false

    func validate() throws {
        let day = [date != nil ? "--date" : nil, since != nil ? "--since" : nil, countryCode != nil ? "--country" : nil]
            .compactMap { $0 }
        if events && (series != nil || faction != nil || !day.isEmpty) {
            throw ValidationError("--events goes alone (with --format)")
        }
        if series != nil, let first = day.first {
            throw ValidationError("\(first) does not go with --series, which covers both countries over the whole era")
        }
        if series == nil && faction != nil { throw ValidationError("--faction goes with --series") }
    }

    func run() throws {
        if events {
            Console.print(EventReport.monthlyPairs(try dataOptions.loadWithEvents().1), as: format)
            return
        }
        let data = try dataOptions.load()
        if let series {
            let f = try parseFaction(faction ?? "is", in: data)
            Console.print(StatsReport.series(data, faction: f, months: series.months), as: format)
        } else {
            Console.print(
                StatsReport.day(data, on: date ?? Era.seed, since: since, country: countryCode?.code), as: format)
        }
    }
}
