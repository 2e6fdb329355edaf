import FoundationEssentials

/// A command-line mistake, with the one clear line to print (exit 64).
public struct UsageError: Error, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}

/// Which events `frontline events` lists: a span of days, and optionally a place and radius, a side, a type of
/// violence and a smallest death toll.
public struct EventFilter: Sendable {
    public var from: Day
    public var to: Day
    /// The centre of the search and the radius, or nil for anywhere.
    public var near: Nearby?
    /// Actor indices of ``FightingLog/actors``: an event matches when either side is one of them.
    public var actors: Set<Int>?
    public var violence: Violence?
    /// The smallest best-estimate death toll.
    public var minDeaths: Int

    /// Checks the command line's values against the data and the atlas; the message of the error names the
    /// option at fault and what is allowed.
    public init(
        log: FightingLog, atlas: Atlas, from: Day, to: Day, near: String?, radius: Double?,
        faction: String?, type: String?, minDeaths: Int?
    ) throws(UsageError) {
        guard let first = log.first, let last = log.last else {
            throw UsageError("no events in this data set (expected events/\(FightingLoader.eventsFile))")
        }
        for (d, option) in [(from, "--from"), (to, "--to")] where d < first || d > last {
            throw UsageError("\(option) \(d) is outside the events data, \(first) to \(last)")
        }
        guard from <= to else { throw UsageError("--from \(from) is after --to \(to)") }
        self.from = from
        self.to = to
        // `--radius` without `--near` is refused with the command line (NearOptions).
        self.near = try near.map { n throws(UsageError) in try Nearby(n, radiusKm: radius, atlas: atlas) }
        actors = try faction.map { f throws(UsageError) in try Self.actors(f, in: log) }
        if let type {
            guard let v = Violence(name: type) else {
                throw UsageError(
                    "--type expects \(Violence.allCases.map(\.name).joined(separator: ", ")); got "
                        + "\"\(Sanitizer.printable(type, limit: 20))\""
                )
            }
            violence = v
        }
        guard (minDeaths ?? 0) >= 0 else { throw UsageError("--min-deaths expects a number of 0 or more") }
        self.minDeaths = minDeaths ?? 0
    }

    /// The events of `log` that pass, in date order.
    public func apply(to log: FightingLog) -> [Int] {
        log.indices(overlapping: from, to).filter { i in
            let e = log.events[i]
            if let near, !near.contains(e.point) { return false }
            if let actors, !actors.contains(e.sideA) && !actors.contains(e.sideB) { return false }
            if let violence, e.violence != violence { return false }
            return e.deaths.best >= minDeaths
        }
    }

    /// The actors `name` stands for: those mapped to faction id `name`, else every side that is `name` or a
    /// coalition naming it (case-insensitively).
    static func actors(_ name: String, in log: FightingLog) throws(UsageError) -> Set<Int> {
        let mapped = log.actors.indices.filter { log.actors[$0].faction == name }
        if !mapped.isEmpty { return Set(mapped) }
        let wanted = name.lowercased()
        let named = log.actors.indices.filter { i in
            log.actors[i].name.lowercased() == wanted
                || log.actors[i].name.split(separator: ",").contains {
                    $0.trimmingWhitespace().lowercased() == wanted
                }
        }
        guard named.isEmpty else { return Set(named) }
        let ids = Array(Set(log.actors.compactMap(\.faction))).sorted()
        throw UsageError(
            "--faction: no side \"\(Sanitizer.printable(name, limit: 60))\"; expected a faction id "
                + "(\(ids.joined(separator: ", "))) or a UCDP actor named in events/\(FightingLoader.actorsFile)"
        )
    }
}

/// Events and deaths of one pair of sides in one month: a row of `stats --events`.
public struct PairMonth: Sendable, Hashable {
    /// `YYYY-MM`.
    public let month: String
    public let sideA: String
    public let sideB: String
    public let events: Int
    /// Best-estimate deaths.
    public let deaths: Int
}

extension FightingLog {
    /// Events and deaths per pair of sides per month (the month the event's span starts), months in order, then
    /// the most deadly pair first.
    public func monthlyPairs() -> [PairMonth] {
        var totals: [String: [String: (a: String, b: String, n: Int, d: Int)]] = [:]
        for e in events {
            let (y, m, _) = e.start.civil
            let month = String(cFormat: "%04d-%02d", y, m)
            let a = actors[e.sideA].label, b = actors[e.sideB].label
            let key = a + "\t" + b
            let old = totals[month, default: [:]][key] ?? (a, b, 0, 0)
            totals[month, default: [:]][key] = (a, b, old.n + 1, old.d + e.deaths.best)
        }
        return totals.keys.sorted().flatMap { month in
            totals[month]!.values.sorted { ($1.d, $1.n, $0.a, $0.b) < ($0.d, $0.n, $1.a, $1.b) }
                .map { PairMonth(month: month, sideA: $0.a, sideB: $0.b, events: $0.n, deaths: $0.d) }
        }
    }
}
