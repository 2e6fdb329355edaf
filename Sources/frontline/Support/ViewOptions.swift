import ArgumentParser
import FoundationEssentials
import FrontlineCore
import FrontlineRender

extension ColorChoice: ExpressibleByArgument {}

extension ColorDepth: ExpressibleByArgument {}

/// Options shared by the viewer and `print`: date, colour, glyphs, palette and view.
struct ViewOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp("The day to show, 2014-01-01 to 2019-12-31 (default 2015-05-22).", valueName: "yyyy-mm-dd"))
    var date: Day?

    @Option(help: "Colour: auto (from the terminal, NO_COLOR and COLORTERM), always or never.")
    var color: ColorChoice = .auto

    @Option(
        name: .customLong("depth"),
        help: ArgumentHelp(
            "Colour depth, overriding what the terminal reports: truecolor, 256, 16, 8 or mono.", valueName: "depth"))
    var depthOverride: ColorDepth?

    @Flag(help: "Use ASCII glyphs only, for terminals without Unicode.")
    var ascii = false

    @Option(help: ArgumentHelp("Palette: standard or colorblind.", valueName: "name"))
    var palette: String = "standard"

    @Option(help: ArgumentHelp("Show only these factions in colour (comma-separated ids).", valueName: "ids"))
    var factions: String?

    @Option(help: ArgumentHelp("Centre of the view.", valueName: "lat,lon"))
    var center: String?

    @Option(help: ArgumentHelp("Zoom as kilometres per column, from 0.5 (closest) to 40.", valueName: "km"))
    var zoom: Double?

    func validate() throws {
        if color == .never, let d = depthOverride, d != .mono {
            throw ValidationError("--depth \(d.rawValue) asks for colour, which --color never turns off")
        }
        guard Scheme(rawValue: palette) != nil else {
            throw ValidationError("--palette expects standard or colorblind")
        }
        if let center, GeoPoint(parsing: center) == nil {
            throw ValidationError("--center expects LAT,LON in decimal degrees, such as 34.5,38.3")
        }
        if let zoom, !(Camera.minKmPerColumn...Camera.maxKmPerColumn).contains(zoom) {
            throw ValidationError(
                "--zoom expects kilometres per column from \(Camera.minKmPerColumn) to \(Int(Camera.maxKmPerColumn))")
        }
    }

    /// The options given that change how the frame looks (all but `--date`), for commands that draw no frame.
    var lookOptions: [String] {
        [
            (color != .auto, "--color"), (depthOverride != nil, "--depth"), (ascii, "--ascii"),
            (palette != "standard", "--palette"),
            (factions != nil, "--factions"), (center != nil, "--center"), (zoom != nil, "--zoom")
        ].filter(\.0).map(\.1)
    }

    /// The day to open on.
    var day: Day { date ?? Era.seed }

    /// The factions to draw neutral: every faction not in `--factions`.
    func hidden(in data: DataSet) throws -> Set<FactionID> {
        guard let factions else { return [] }
        let shown = try factions.split(separator: ",").map { try parseFaction(String($0), in: data) }
        return Set(data.timeline.factions.ids).subtracting(shown)
    }

    /// The colour depth for output to `isTerminal`: `--depth` when given, else from `--color` and the environment.
    func depth(isTerminal: Bool, colors: Int? = nil) -> ColorDepth {
        .choose(
            color, override: depthOverride, isTerminal: isTerminal, environment: ProcessInfo.processInfo.environment,
            colors: colors)
    }

    /// The camera `--center` and `--zoom` ask for on a `width` × `height` screen, or nil for the fitted view.
    func camera(screenWidth: Int, screenHeight: Int) -> Camera? {
        guard center != nil || zoom != nil else { return nil }
        let map = Layout(width: screenWidth, height: screenHeight).map
        var cam = Camera.fit(width: max(1, map.width), height: max(1, map.height))
        if let center, let p = GeoPoint(parsing: center) { cam.centre = p }
        if let zoom { cam = Camera(centre: cam.centre, kmPerColumn: zoom) }
        return cam
    }

    /// Unicode glyphs unless `--ascii` or the locale is not UTF-8.
    var unicode: Bool { !ascii && localeIsUTF8(environment: ProcessInfo.processInfo.environment) }
}
