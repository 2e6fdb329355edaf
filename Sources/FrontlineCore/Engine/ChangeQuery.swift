/// Which changes of control to list: a span of days, and optionally factions, a country and a circle. The
/// `changes` command and the viewer's changes panel both ask through it.
public struct ChangeQuery: Sendable {
    public var from: Day
    public var to: Day
    /// A step passes when its old or new controller involves one of these factions; nil passes all.
    public var factions: Set<FactionID>?
    /// `SY` or `IQ`, or nil for both.
    public var country: String?
    /// Only regions whose point lies within this circle.
    public var near: Nearby?

    /// The changes from `from` to `to`, both days included.
    public init(from: Day, to: Day, factions: Set<FactionID>? = nil, country: String? = nil, near: Nearby? = nil) {
        self.from = from
        self.to = to
        self.factions = factions
        self.country = country
        self.near = near
    }

    /// The region steps that pass, in day order.
    public func steps(in data: DataSet) -> [RegionStep] {
        let h = data.history
        return h.steps(after: from.adding(days: -1), through: to).filter { s in
            let region = data.atlas.regions[s.region]
            if let country, data.atlas.country(of: region) != country { return false }
            if let near, !near.contains(region.point) { return false }
            guard let factions else { return true }
            return factions.contains { h.controls[s.control].involves($0) || h.controls[s.previous].involves($0) }
        }
    }

    /// The steps that pass as a reader names them: one per region a change names, its carved children's area
    /// included (see ``DataSet/namedSteps(_:)``).
    public func named(in data: DataSet) -> [NamedStep] { data.namedSteps(steps(in: data)) }
}
