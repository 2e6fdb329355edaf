import ArgumentParser
import FoundationEssentials
import FrontlineCore

#if canImport(Glibc)
    import Glibc
#endif

/// `frontline query`: what is at a point or place, and with `--date`, who held it, since when, and who says so.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Show the region at a point or place, and who held it on a date.",
        discussion: """
            Examples:
              frontline query --date 2015-05-21 --place Palmyra
              frontline query --at 33.42,43.31 --format json
              frontline query --batch points.csv --date 2016-06-01 --format json
            --batch reads lat,lon[,date] lines from FILE (- for standard input) and answers each in one run.
            """
    )

    /// What `query` writes: labelled lines, or the fields as CSV or JSON.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("A point, in decimal degrees.", valueName: "lat,lon"))
    var at: String?

    @Option(help: ArgumentHelp("A place name in any spelling, or a region id.", valueName: "name"))
    var place: String?

    @Option(
        help: ArgumentHelp("Answer every lat,lon[,date] line of a file, or of standard input (-).", valueName: "file|-")
    )
    var batch: String?

    @Option(
        help: ArgumentHelp(
            "The day to answer for, 2014-01-01 to 2019-12-31 (with --batch, for rows without a date).",
            valueName: "yyyy-mm-dd"))
    var date: Day?

    @Option(help: "Output format: text or json, or csv; with --batch csv (the default) or json (one object per line).")
    var format: Format?

    @Flag(help: "Show Arabic names too, in the text (terminals may not lay out right-to-left text).")
    var arabic = false

    func validate() throws {
        guard [at, place, batch].compactMap({ $0 }).count == 1 else {
            throw ValidationError("give exactly one of --at LAT,LON, --place NAME or --batch FILE")
        }
        if let at, GeoPoint(parsing: at) == nil {
            throw ValidationError(
                "--at expects LAT,LON in decimal degrees, such as 33.42,43.31; got "
                    + "\"\(Sanitizer.printable(at, limit: 40))\""
            )
        }
        if batch != nil && format == .text { throw ValidationError("--batch writes csv or json") }
        if arabic && (batch != nil || (format ?? .text) != .text) {
            throw ValidationError("--arabic goes with --format text")
        }
    }

    func run() throws {
        let data = try dataOptions.load()
        if let batch {
            let questions: QueryBatch
            do {
                questions = try QueryBatch(
                    parsing: try Self.read(batch), file: batch == "-" ? "<stdin>" : batch, day: date)
            } catch let e as DataErrors {
                throw Console.badData(e)
            }
            let report = questions.report(data)
            print(format == .json ? report.jsonLines : report.csv)
            return
        }
        let region =
            try at.flatMap(GeoPoint.init(parsing:)).map { try data.atlas.region(at: $0) }
            ?? data.atlas.region(named: place ?? "")
        let report = RegionReport(data: data, region: region, day: date, arabic: arabic)
        switch format ?? .text {
        case .text: print(report.text)
        case .csv: print(report.report.csv)
        case .json: print(report.report.object(0))
        }
    }

    /// The text of `path`, or of standard input for `-`; an unreadable file is exit 66.
    static func read(_ path: String) throws -> String {
        if path == "-" {
            guard let bytes = FileDescriptor.readAll(STDIN_FILENO) else {
                Console.error("frontline: cannot read standard input")
                throw ExitCode(66)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.error("frontline: cannot read \(Sanitizer.printable(path, limit: 200))")
            throw ExitCode(66)
        }
        return String(decoding: data, as: UTF8.self)
    }
}
