import ArgumentParser
import FrontlineCore
import FrontlineRender

/// `frontline query`: what is at a point or place, and with `--date`, who held it, since when, and who says so.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the region at a point or place, and who held it on a date.",
        discussion: "Examples:\n  frontline query --date 2015-05-21 --place Palmyra\n  frontline query --at 33.42,43.31 --format json"
    )

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("A point, in decimal degrees.", valueName: "lat,lon"))
    var at: String?

    @Option(help: ArgumentHelp("A place name in any spelling, or a region id.", valueName: "name"))
    var place: String?

    @Option(help: ArgumentHelp("The day to answer for (2014-01-01 to 2019-12-31).", valueName: "yyyy-mm-dd"))
    var date: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "Show Arabic names too (terminals may not lay out right-to-left text).")
    var arabic = false

    func validate() throws {
        guard (at == nil) != (place == nil) else { throw ValidationError("give exactly one of --at LAT,LON or --place NAME") }
        if let at, GeoPoint(parsing: at) == nil {
            throw ValidationError("--at expects LAT,LON in decimal degrees, such as 33.42,43.31; got \"\(Sanitizer.printable(at, limit: 40))\"")
        }
        if let date { _ = try parseDay(date, option: "--date") }
        guard [.text, .json].contains(format) else { throw ValidationError("--format for query is text or json") }
    }

    func run() throws {
        let data = try dataOptions.load()
        let day = try date.map { try parseDay($0, option: "--date") }
        let region: Int
        if let at, let point = GeoPoint(parsing: at) {
            switch data.atlas.cell(at: point) {
            case nil:
                throw ValidationError("\(point) is off the map (lon \(data.atlas.grid.west) to \(data.atlas.grid.west + Double(data.atlas.grid.cols) * data.atlas.grid.step), lat \(data.atlas.grid.north - Double(data.atlas.grid.rows) * data.atlas.grid.step) to \(data.atlas.grid.north))")
            case .sea?:
                throw ValidationError("\(point) is in the sea")
            case .lake(let l)?:
                throw ValidationError("\(point) is in \(data.atlas.lakes[l].name)")
            case .neighbour(let c)?:
                throw ValidationError("\(point) is in \(data.atlas.countries[c].name), outside Syria and Iraq")
            case .region(let r)?:
                region = r
            }
        } else {
            let found = PlaceSearch(atlas: data.atlas).resolve(place ?? "")
            guard let first = found.first else {
                throw ValidationError("no place matches \"\(Sanitizer.printable(place ?? "", limit: 60))\"")
            }
            if found.count > 1 {
                var lines = ["\"\(Sanitizer.printable(place ?? "", limit: 60))\" is ambiguous; candidates:"]
                for r in found.prefix(20) {
                    let reg = data.atlas.regions[r]
                    lines.append("  \(reg.id)\t\(Sanitizer.printable(reg.displayName))\t\(data.atlas.district(of: reg).name), \(data.atlas.governorate(of: reg).name)")
                }
                lines.append("Use an id, such as --place \(data.atlas.regions[found[0]].id)")
                Console.error(lines.joined(separator: "\n"))
                throw ExitCode(64)
            }
            region = first
        }
        let report = RegionReport(data: data, region: region, day: day, arabic: arabic)
        print(format == .json ? report.json.rendered : report.text)
    }
}
