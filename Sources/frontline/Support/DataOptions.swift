import ArgumentParser
import Foundation
import FrontlineCore

/// `--data DIR`, shared by every command, and the loading that goes with it.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder (holding atlas/ and timeline/).", valueName: "dir"))
    var data: String?

    /// Finds and loads the data set, or prints a clear error and exits 66 (not found) or 65 (bad data).
    func load() throws -> DataSet {
        var locator = DataLocator()
        guard let dir = locator.locate(explicit: data, executable: CommandLine.arguments[0]) else {
            var message = "frontline: cannot find the Data folder (atlas/grid.txt). Looked in:\n"
            message += locator.tried.map { "  \($0)" }.joined(separator: "\n")
            message += "\nPass --data DIR or set FRONTLINE_DATA."
            Console.error(message)
            throw ExitCode(66)
        }
        do {
            return try DataSet.load(directory: dir)
        } catch {
            for e in error.errors.prefix(200) { Console.error(Sanitizer.printable(e.description)) }
            if error.errors.count > 200 { Console.error("... and \(error.errors.count - 200) more errors") }
            throw ExitCode(65)
        }
    }
}

/// Writing to stdout and stderr.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// Parses a `--date` value, with one clear line on failure (exit 64).
func parseDay(_ text: String, option: String) throws -> Day {
    guard let d = Day(iso: text) else {
        throw ValidationError("\(option) expects a date YYYY-MM-DD, such as 2015-05-22; got \"\(Sanitizer.printable(text, limit: 40))\"")
    }
    guard Era.days.contains(d) else {
        throw ValidationError("\(option) \(d) is outside the timeline, \(Era.first) to \(Era.last)")
    }
    return d
}

/// Output formats for scriptable commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, table, csv, json
}

/// `--country`: SY or IQ, in any case.
struct CountryCode: ExpressibleByArgument, Sendable {
    let code: String

    init?(argument: String) {
        let c = argument.uppercased()
        guard Self.allValueStrings.contains(c) else { return nil }
        code = c
    }

    static var allValueStrings: [String] { ["SY", "IQ"] }
}

/// Parses a faction id in any case, with a clear line listing the valid ids on failure (exit 64).
func parseFaction(_ id: String, in data: DataSet) throws -> Int {
    guard let f = data.timeline.faction(id: id.lowercased()) else {
        throw ValidationError("unknown faction \"\(Sanitizer.printable(id, limit: 40))\"; expected one of: \(data.timeline.factions.map(\.id).joined(separator: ", "))")
    }
    return f
}
