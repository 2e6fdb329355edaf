import ArgumentParser
import FrontlineCore

/// `--from`, `--to`, `--faction` and `--country`: a period and a filter, shared by `changes` and `diff`.
struct PeriodOptions: ParsableArguments {
    @Option(help: ArgumentHelp("First day (inclusive).", valueName: "yyyy-mm-dd"))
    var from: String

    @Option(help: ArgumentHelp("Last day (inclusive).", valueName: "yyyy-mm-dd"))
    var to: String

    @Option(help: ArgumentHelp("Only regions a faction held, gained or lost.", valueName: "id"))
    var faction: String?

    @Option(name: .customLong("country"), help: ArgumentHelp("SY or IQ.", valueName: "code"))
    var countryCode: CountryCode?

    func validate() throws {
        _ = try days()
    }

    /// The country filter, if any.
    var country: String? { countryCode?.code }

    /// The two days, checked.
    func days() throws -> (from: Day, to: Day) { try parsePeriod(from: from, to: to) }

    /// The faction index of `--faction`, if given.
    func factionIndex(in data: DataSet) throws -> Int? { try faction.map { try parseFaction($0, in: data) } }
}

/// Parses `--from` and `--to`: each a day of the timeline, the first not after the second (else exit 64).
func parsePeriod(from: String, to: String) throws -> (from: Day, to: Day) {
    let a = try parseDay(from, option: "--from"), b = try parseDay(to, option: "--to")
    guard a <= b else { throw ValidationError("--from \(a) is after --to \(b)") }
    return (a, b)
}
