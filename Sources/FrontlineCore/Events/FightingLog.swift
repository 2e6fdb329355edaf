import Synchronization

/// The fighting events of `Data/events/`, in date order, with the sides and reports they refer to.
///
/// Nothing here feeds the control timeline or the area statistics: an event is evidence of fighting at a place
/// and date, never of who held it.
public struct FightingLog: Sendable {
    /// Sorted by start day, then end day, then UCDP id.
    public let events: [FightingEvent]
    public let actors: [UCDPActor]
    public let sources: [EventSource]
    /// Best-estimate deaths per week from ``Era/first``; an event dated over a span of days counts its deaths
    /// spread evenly over them, so UCDP's year-long country totals do not pile up in one week.
    public let deathsPerWeek: [Double]
    /// Events spanning more than ``shortSpan`` days (UCDP's monthly and yearly totals), by index: few, so a
    /// window checks them one by one and scans the rest from ``shortSpan`` days before it.
    let longEvents: [Int]
    static let shortSpan = 31

    public init(events: [FightingEvent], actors: [UCDPActor], sources: [EventSource]) {
        let sorted = events.sorted { ($0.start, $0.end, $0.id) < ($1.start, $1.end, $1.id) }
        self.events = sorted
        self.actors = actors
        self.sources = sources
        longEvents = sorted.indices.filter { sorted[$0].end.ordinal - sorted[$0].start.ordinal > Self.shortSpan }
        var weeks = [Double](repeating: 0, count: (Era.last.ordinal - Era.first.ordinal) / 7 + 1)
        for e in events where e.deaths.best > 0 {
            let days = e.end.ordinal - e.start.ordinal + 1
            let perDay = Double(e.deaths.best) / Double(days)
            for d in e.start.ordinal...e.end.ordinal {
                let w = (d - Era.first.ordinal) / 7
                if weeks.indices.contains(w) { weeks[w] += perDay }
            }
        }
        deathsPerWeek = weeks
    }

    /// A log with no events: what a data folder without `events/` gives.
    public static let empty = FightingLog(events: [], actors: [], sources: [])

    public var isEmpty: Bool { events.isEmpty }

    /// The first day of the data (the earliest start), or nil when empty.
    public var first: Day? { events.first?.start }

    /// The last day of the data (the latest end), or nil when empty.
    public var last: Day? { events.map(\.end).max() }

    /// The best-estimate deaths of the week holding `day`.
    public func deaths(weekOf day: Day) -> Double {
        let w = (day.ordinal - Era.first.ordinal) / 7
        return deathsPerWeek.indices.contains(w) ? deathsPerWeek[w] : 0
    }

    /// Indices of the events whose days meet `from` through `to`, in date order: a binary search, then a scan
    /// of the events that start in the window or up to ``shortSpan`` days before it, and the long events.
    public func indices(overlapping from: Day, _ to: Day) -> [Int] {
        guard from <= to else { return [] }
        let earliest = from.adding(days: -Self.shortSpan)
        var out: [Int] = []
        var i = events.partitionPoint { $0.start < earliest }
        while i < events.count && events[i].start <= to {
            if events[i].end >= from && events[i].end.ordinal - events[i].start.ordinal <= Self.shortSpan {
                out.append(i)
            }
            i += 1
        }
        let long = longEvents.filter { events[$0].overlaps(from, to) }
        return long.isEmpty ? out : (out + long).sorted()
    }

    /// Indices of the events of `window` ending on `day`.
    public func indices(window: EventWindow, endingOn day: Day) -> [Int] {
        indices(overlapping: day.adding(days: 1 - window.rawValue), day)
    }

    /// Of `indices`, those within `km` of `point`.
    public func near(_ point: GeoPoint, km: Double, in indices: [Int]) -> [Int] {
        indices.filter { events[$0].point.distanceKm(to: point) <= km }
    }

    /// The radius of the region panel's count, in km.
    public static let nearbyKm = 10.0

    /// The events of the 7 days ending on `day` within ``nearbyKm`` of `point`, whatever their precision.
    public func recent(near point: GeoPoint, endingOn day: Day) -> [Int] {
        near(point, km: Self.nearbyKm, in: indices(window: .week, endingOn: day))
    }

    /// `syria-gov vs Syrian insurgents`: the two sides, our faction ids where mapped.
    public func sides(_ e: FightingEvent) -> String { "\(actors[e.sideA].label) vs \(actors[e.sideB].label)" }

    /// The first report of an event.
    public func firstSource(_ e: FightingEvent) -> EventSource { sources[e.sources[0]] }
}

/// Loads the fighting log when it is first asked for, once, so start-up does not pay for it.
///
/// A memo, not a side channel: whoever reads ``result`` first triggers the load, and every reader gets the same
/// value, so code that reads it (such as the viewer's reducer) still gives the same output for the same input.
public final class LazyFightingLog: Sendable {
    /// The `events/` folder.
    public let directory: String
    let factions: [String]
    private let cached: Mutex<Result<FightingLog, DataErrors>?>

    /// A log to be loaded from `directory` (a data folder's `events/`), checking faction ids against `factions`.
    public init(directory: String, factions: [String]) {
        self.directory = directory
        self.factions = factions
        cached = Mutex(nil)
    }

    /// The events of `data`, to be loaded on first use.
    public convenience init(for data: DataSet) {
        self.init(directory: FightingLoader.directory(of: data), factions: data.timeline.factions.map(\.id))
    }

    /// An already loaded log, for tests and the benchmark.
    public init(log: FightingLog) {
        directory = ""
        factions = []
        cached = Mutex(.success(log))
    }

    /// Whether the file has been read.
    public var isLoaded: Bool {
        cached.withLock { $0 != nil }
    }

    /// The log, loading it on first use; the errors if the files are invalid.
    public var result: Result<FightingLog, DataErrors> {
        cached.withLock { cached in
            if let cached { return cached }
            let loaded = Result { () throws(DataErrors) in
                try FightingLoader.load(directory: directory, factions: factions)
            }
            cached = loaded
            return loaded
        }
    }

    /// The log if it loaded, else nil.
    public var log: FightingLog? { try? result.get() }
}
