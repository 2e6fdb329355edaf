/// What a row of the timeline names: a region (with the regions carved from it), or every region of a district
/// or governorate. A region beats its district, a district its governorate (see `HistoryBuilder.cover`).
public enum Target: Hashable, Sendable {
    case region(RegionID)
    case district(Int)
    case governorate(Int)
}

/// Where a row of a data file is.
public struct Origin: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int

    public var description: String { "\(file):\(line)" }
}

/// A row of the initial state: who held its targets on the first day.
public struct InitialRow: Sendable {
    public let targets: [Target]
    public let control: Control
    public let note: String
    public let source: Source
    /// The place and point of a campaign row dated on the first day; nil for a row of `initial/`.
    public let place: LocatedPlace?
    public let origin: Origin
}

/// A dated change of control.
public struct Change: Sendable {
    /// Position in ``Timeline/changes`` (date order).
    public let index: Int
    public let day: Day
    public let certainty: Certainty
    public let targets: [Target]
    /// The targets as written, for display.
    public let targetText: String
    public let control: Control
    public let note: String
    public let source: Source
    /// The place and point of a campaign row, resolved to its region; nil for a row that names its targets.
    public let place: LocatedPlace?
    public let origin: Origin
}

/// Why a region stayed contested for more than three months: a row of `contested.tsv`.
public struct ContestReason: Sendable {
    public let region: RegionID
    /// The first day of the contested period it explains.
    public let from: Day
    public let note: String
    public let source: Source
    public let origin: Origin
}

/// A dated event with no change of control, such as the start of US strikes.
public struct Event: Sendable {
    public let day: Day
    public let certainty: Certainty
    /// The regions it concerns, possibly none.
    public let targets: [Target]
    public let title: String
    public let source: Source
    public let origin: Origin
}

/// The data layer of `Data/timeline/`, parsed and checked against the atlas.
public struct Timeline: Sendable {
    public let factions: [Faction]
    public let initial: [InitialRow]
    /// All changes, in date order (then file, then line), stored compactly.
    public let changes: ChangeList
    public let events: [Event]
    /// Campaign rows folded into an earlier row for the same region and day (see ``CampaignLoader``).
    public let merged: [Origin]
    /// Campaign rows that lost to a row nearer their region's place, on the same day.
    public let overruled: [DataWarning]
    /// Why long contested periods lasted (`contested.tsv`).
    public let contestReasons: [ContestReason]

    public init(
        factions: [Faction], initial: [InitialRow], changes: ChangeList, events: [Event], merged: [Origin] = [],
        overruled: [DataWarning] = [], contestReasons: [ContestReason] = []
    ) {
        self.factions = factions
        self.initial = initial
        self.changes = changes
        self.events = events
        self.merged = merged
        self.overruled = overruled
        self.contestReasons = contestReasons
    }

    /// A timeline of `changes`, already in date order.
    public init(factions: [Faction], initial: [InitialRow], changes: [Change], events: [Event]) {
        self.init(factions: factions, initial: initial, changes: ChangeList(changes), events: events)
    }

    /// The faction with id `id`.
    public func faction(id: String) -> FactionID? { factions.id(for: id) }

    /// The data-file form of a control: `is`, `contested:is+sdf`, `unknown`.
    public func code(_ control: Control) -> String {
        let id = { (f: FactionID) in factions[f].id }
        return control.formatted(
            faction: id, member: id, contested: { "contested:" + $0.joined(separator: "+") }, unknown: "unknown")
    }
}
