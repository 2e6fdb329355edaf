import FoundationEssentials
#if canImport(Glibc)
    import Glibc
#endif

/// UCDP's type of violence: who fought whom.
public enum Violence: Int, Sendable, CaseIterable {
    /// A government against another government or an organised armed group.
    case state = 1
    /// Two organised armed groups, neither of them a government.
    case nonState = 2
    /// An organised armed group or a government against civilians.
    case oneSided = 3

    /// The command-line name: `state`, `non-state`, `one-sided`.
    public var name: String {
        switch self {
        case .state: return "state"
        case .nonState: return "non-state"
        case .oneSided: return "one-sided"
        }
    }

    /// The type named `name` on the command line.
    public init?(name: String) {
        guard let v = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = v
    }
}

/// Deaths in one event, as UCDP counts them: by side, civilians, unknown, and the total estimates.
public struct Deaths: Hashable, Sendable {
    public let sideA: Int
    public let sideB: Int
    public let civilians: Int
    public let unknown: Int
    /// The best estimate of the total: always the sum of the four counts above.
    public let best: Int
    public let low: Int
    public let high: Int
}

/// A side as UCDP names it, and our faction when the match is clear.
public struct UCDPActor: Hashable, Sendable {
    public let name: String
    /// A faction id of `Data/timeline/factions.tsv`, or nil when the actor keeps only UCDP's name.
    public let faction: String?

    /// Our faction id when mapped, else UCDP's name.
    public var label: String { faction ?? name }
}

/// One report behind an event, as UCDP cites it.
public struct EventSource: Hashable, Sendable, CustomStringConvertible {
    public let office: String
    /// As UCDP wrote it, usually `YYYY-MM-DD`.
    public let date: String
    public let headline: String

    public var description: String { "\(office), \(date), \"\(headline)\"" }
}

/// One dated, located act of fighting or killing from the UCDP GED. Never a change of control.
public struct FightingEvent: Sendable {
    /// UCDP's event id.
    public let id: Int
    /// The earliest and latest day it may have happened on.
    public let start: Day
    public let end: Day
    /// 1 exact day, 2 within 2-6 days, 3 week, 4 month, 5 year or longer.
    public let datePrecision: Int
    public let point: GeoPoint
    /// 1 exact place, 2 within 25 km, 3 district, 4 governorate, 5 linear feature or area, 6 country, 7 waters.
    public let wherePrecision: Int
    /// UCDP's name for the place, such as `Teir Maaleh village`.
    public let place: String
    public let violence: Violence
    /// Indices into ``FightingLog/actors``.
    public let sideA: Int
    public let sideB: Int
    public let deaths: Deaths
    /// Indices into ``FightingLog/sources``, at least one.
    public let sources: [Int]

    /// Whether the point is exact or within 25 km, so it can be drawn at its cell.
    public var isPrecise: Bool { wherePrecision <= 2 }

    /// Whether the event's days meet the span `from` through `to`.
    public func overlaps(_ from: Day, _ to: Day) -> Bool { start <= to && end >= from }

    /// `2016-11-20`, or `2016-11-01..2016-11-30` when UCDP gives a span.
    public var dateText: String { start == end ? start.description : "\(start)..\(end)" }
}

/// How many days of events the map shows, ending on the current day.
public enum EventWindow: Int, Sendable, CaseIterable {
    case day = 1
    case week = 7
    case month = 30

    /// The window after this one: day, 7 days, 30 days, then day again.
    public var next: EventWindow {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// `1 day`, `7 days`, `30 days`.
    public var label: String { rawValue == 1 ? "1 day" : "\(rawValue) days" }
}

extension GeoPoint {
    /// The great-circle distance to `other` in km, on a sphere of the mean Earth radius (haversine).
    public func distanceKm(to other: GeoPoint) -> Double {
        let r = 6371.0088, rad = Double.pi / 180
        let dLat = (other.lat - lat) * rad, dLon = (other.lon - lon) * rad
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat * rad) * cos(other.lat * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * r * asin(min(1, a.squareRoot()))
    }
}
