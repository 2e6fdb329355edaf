/// What this build of Frontline is: its version, build configuration and platform.
public enum BuildInfo {
    /// The release version. This line is the only place it is written: the Makefile reads it from here.
    public static let version = "0.1.0"

    /// `debug` or `release`, as this code was compiled.
    public static var configuration: String {
        #if DEBUG
            return "debug"
        #else
            return "release"
        #endif
    }

    /// The platform as `uname -s` and `uname -m` name it, such as `linux x86_64` (the package builds on Linux and
    /// macOS only).
    public static var platform: String {
        #if arch(x86_64)
            let machine = "x86_64"
        #elseif arch(arm64)
            let machine = "aarch64"
        #else
            let machine = "unknown"
        #endif
        #if os(Linux)
            return "linux \(machine)"
        #else
            return "macos \(machine)"
        #endif
    }

    /// The program's lines of `frontline --version`: its version, then its build.
    public static var programLines: [String] {
        ["frontline \(version)", "build: \(configuration), \(platform)"]
    }
}

/// The version of a data set: its latest change and how many changes it holds, so two copies can be told apart.
public struct DataVersion: Sendable, Equatable, CustomStringConvertible {
    /// The day of the last change of control, or nil if there is none.
    public let latestChange: Day?
    public let changeCount: Int
    public let eventCount: Int
    public let regionCount: Int

    public init(_ data: DataSet) {
        latestChange = data.timeline.changes.indices.lazy.map(data.timeline.changes.day(at:)).max()
        changeCount = data.timeline.changes.count
        eventCount = data.timeline.events.count
        regionCount = data.atlas.regions.count
    }

    /// `latest change 2019-03-23, 1234 changes, 87 events, 550 regions`.
    public var description: String {
        "latest change \(latestChange.map(\.description) ?? "none"), \(changeCount) changes, \(eventCount) events, "
            + "\(regionCount) regions"
    }

    /// The data's lines of `frontline --version`: its version, then the folder it was loaded from.
    public static func lines(_ data: DataSet) -> [String] {
        ["data: \(DataVersion(data))", "data folder: \(Sanitizer.printable(data.directory))"]
    }
}
