import ArgumentParser
import FrontlineCore

#if canImport(Glibc)
    import Glibc
#endif

/// `--data DIR`, shared by every command, and the loading that goes with it.
struct DataOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The data folder (holding atlas/ and timeline/); its derived cache goes to $XDG_CACHE_HOME/frontline.",
            valueName: "dir"))
    var data: String?

    /// The loaded data set, kept until the process ends: freeing its tens of thousands of objects just before
    /// exiting costs a one-shot command milliseconds and gains nothing.
    nonisolated(unsafe) private static var kept: DataSet?

    /// Finds and loads the data set (through the derived cache, see ``DataCache``), or prints a clear error and
    /// exits 66 (not found) or 65 (bad data).
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
            let data = try DataCache.load(directory: dir).0
            Self.kept = data
            return data
        } catch {
            throw Console.badData(error)
        }
    }
}

/// Writing to stdout and stderr.
enum Console {
    static func error(_ text: String) {
        FileDescriptor.printError(text + "\n")
    }

    /// Prints the errors of bad input (at most 200), and returns the exit status 65 to throw.
    static func badData(_ error: DataErrors) -> ExitCode {
        for e in error.errors.prefix(200) { Console.error(Sanitizer.printable(e.description)) }
        if error.errors.count > 200 { Console.error("... and \(error.errors.count - 200) more errors") }
        return ExitCode(65)
    }

    /// Whether standard output is a terminal: tables cut long cells only there.
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Prints `report` in `format`; a table on a terminal cuts cells to `truncate` characters.
    static func print(_ report: Report, as format: ReportFormat, truncate: Int = 60) {
        guard format == .json else {
            return Swift.print(report.rendered(format, truncate: stdoutIsTerminal ? truncate : nil))
        }
        // JSON goes out as the bytes it was written in (a whole war of changes is two megabytes), after anything
        // already buffered for stdout.
        fflush(nil)
        let bytes = report.jsonBytes(lines: false) + [UInt8(ascii: "\n")]
        bytes.withUnsafeBytes { _ = FileDescriptor.write(STDOUT_FILENO, $0) }
    }
}

/// A day of the timeline, `YYYY-MM-DD`, from 2014-01-01 to 2019-12-31; any other value is bad usage (exit 64).
extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        guard let d = Day(iso: argument), Era.days.contains(d) else { return nil }
        self = d
    }

    public var defaultValueDescription: String { description }
}

extension ReportFormat: ExpressibleByArgument {}

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
func parseFaction(_ id: String, in data: DataSet) throws -> FactionID {
    guard let f = data.timeline.faction(id: id.lowercased()) else {
        throw ValidationError(
            "unknown faction \"\(Sanitizer.printable(id, limit: 40))\"; expected one of: "
                + "\(data.timeline.factions.map(\.id).joined(separator: ", "))"
        )
    }
    return f
}
