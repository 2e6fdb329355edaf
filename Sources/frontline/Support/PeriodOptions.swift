import ArgumentParser
import FrontlineCore

/// `--from`, `--to`, `--faction` and `--country`: a period and a filter, shared by `changes` and `diff`.
struct PeriodOptions: ParsableArguments {
    @Option(help: ArgumentHelp("First day (inclusive), 2014-01-01 to 2019-12-31.", valueName: "yyyy-mm-dd"))
    var from: Day

    @Option(help: ArgumentHelp("Last day (inclusive), 2014-01-01 to 2019-12-31.", valueName: "yyyy-mm-dd"))
    var to: Day

    @Option(help: ArgumentHelp("Only regions a faction held, gained or lost.", valueName: "id"))
    var faction: String?

    @Option(name: .customLong("country"), help: ArgumentHelp("SY or IQ.", valueName: "code"))
    var countryCode: CountryCode?

    func validate() throws { try checkPeriod(from: from, to: to) }

    /// The country filter, if any.
    var country: String? { countryCode?.code }

    /// The faction of `--faction`, if given.
    func factionID(in data: DataSet) throws -> FactionID? { try faction.map { try parseFaction($0, in: data) } }
}

/// `--from` must not be after `--to` (else exit 64).
func checkPeriod(from: Day, to: Day) throws {
    guard from <= to else { throw ValidationError("--from \(from) is after --to \(to)") }
}
