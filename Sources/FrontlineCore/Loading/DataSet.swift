import FoundationEssentials

/// Everything Frontline shows, loaded and checked as one: the atlas, the timeline and its history.
///
/// Loading is all or nothing: a DataSet exists only if every file parsed and every check passed.
public struct DataSet: Sendable {
    public let directory: String
    public let atlas: Atlas
    public let timeline: Timeline
    public let history: History
    public let warnings: [DataWarning]
    /// The area each faction held on every day, worked out once with the data (and kept in its cache).
    public let series: AreaSeries
    /// The data files' names relative to ``directory``, worked out as reports ask for them.
    let fileNames = FileNames()

    /// Loads `directory` (the folder holding `atlas/`, `timeline/` and the optional `campaigns/`).
    public static func load(directory: String) throws(DataErrors) -> DataSet {
        let atlas = try AtlasLoader.load(directory: Path.join(directory, "atlas"))
        let timelineDir = Path.join(directory, "timeline")
        let timeline = try TimelineLoader.load(
            directory: timelineDir,
            campaigns: Path.join(directory, "campaigns"),
            atlas: atlas)
        let (history, warnings) = try History.build(
            atlas: atlas, timeline: timeline,
            initialFolder: Path.join(timelineDir, "initial"))
        return DataSet(
            directory: directory, atlas: atlas, timeline: timeline, history: history, warnings: warnings,
            series: AreaSeries(atlas: atlas, timeline: timeline, history: history))
    }

    /// A short label for a control: a faction's short name, `contested (IS/SDF)` or `unknown`.
    public func label(_ control: Control) -> String {
        control.formatted(
            faction: { timeline.factions[$0].name }, member: { timeline.factions[$0].short },
            contested: { "contested (" + $0.joined(separator: "/") + ")" }, unknown: "unknown")
    }

    /// The command-line form of a control: `is`, `contested:is+sdf`, `unknown`.
    public func code(_ control: Control) -> String { timeline.code(control) }
}

/// Finds the `Data/` folder: `--data`, then `FRONTLINE_DATA`, then `../share/frontline` next to the executable (an
/// installed or unpacked release), then beside or above the executable, then, in debug builds only, the source
/// checkout the binary was built from.
public struct DataLocator: Sendable {
    /// The folders tried, in order, for the error message.
    public private(set) var tried: [String] = []

    public init() {}

    /// The first candidate holding `atlas/grid.txt`, or nil; ``tried`` lists every candidate.
    public mutating func locate(explicit: String?, executable: String, sourceFile: String = #filePath) -> String? {
        var candidates: [String] = []
        let env = ProcessInfo.processInfo.environment["FRONTLINE_DATA"].flatMap { $0.isEmpty ? nil : $0 }
        if let chosen = explicit ?? env {
            // A folder the user named is the only one tried: a wrong one is an error, never a silent fallback.
            candidates.append(chosen)
        } else {
            var dir = Path.folder(Self.resolve(executable))
            // PREFIX/bin/frontline -> PREFIX/share/frontline, as `make install` and `make dist` lay it out.
            candidates.append(
                Path.join(Path.folder(dir), "share/frontline"))
            for _ in 0..<5 {
                candidates.append(Path.join(dir, "Data"))
                dir = Path.folder(dir)
            }
            #if DEBUG
                // Sources/FrontlineCore/Loading/DataSet.swift -> the checkout's Data/. Release builds skip it, so an
                // installed binary never silently reads the checkout it was built from.
                var root = sourceFile
                for _ in 0..<4 { root = Path.folder(root) }
                candidates.append(Path.join(root, "Data"))
            #endif
        }
        var seen = Set<String>()
        tried = []
        for c in candidates where seen.insert(c).inserted {
            tried.append(c)
            if FileManager.default.fileExists(atPath: Path.join(c, "atlas/grid.txt")) {
                return c
            }
        }
        return nil
    }

    /// The executable's real path, following symbolic links and the PATH.
    static func resolve(_ argv0: String) -> String {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return link }
        if argv0.contains("/") { return Path.standardized(argv0) }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let p = "\(dir)/\(argv0)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return argv0
    }
}
