/// Area held per faction on one day, for Syria, Iraq, or both.
public struct AreaStatistics: Sendable {
    /// `SY`, `IQ`, or nil for both.
    public let country: String?
    /// km² held by each faction alone, by faction (read with `byFaction[faction: f]`).
    public let byFaction: [Double]
    /// km² of contested regions.
    public let contested: Double
    /// km² of unknown control.
    public let unknown: Double
    /// km² of all regions counted.
    public let total: Double

    /// Percent of ``total`` held by faction `f`.
    public func percent(_ f: FactionID) -> Double { total > 0 ? byFaction[faction: f] / total * 100 : 0 }

    /// Computes the statistics of `controls` (a control index per region).
    public init(data: DataSet, controls: [ControlID], country: String?) {
        var by = [Double](repeating: 0, count: data.timeline.factions.count)
        var contested = 0.0, unknown = 0.0, total = 0.0
        // Per frame over thousands of regions: compare country indices and read areas, copying no Region.
        let code = country.map { c in data.atlas.countries.firstIndex { $0.code == c } ?? -1 }
        let regionCountry = data.atlas.regionCountry, regionArea = data.atlas.regionArea
        let controlsTable = data.history.controls
        // The three tables are kept per region: walked side by side, region by region.
        for (c, (regionCode, area)) in zip(controls, zip(regionCountry, regionArea)) {
            if let code, regionCode != code { continue }
            total += area
            switch controlsTable[c] {
            case .faction(let f): by[faction: f] += area
            case .contested: contested += area
            case .unknown: unknown += area
            }
        }
        self.country = country
        byFaction = by
        self.contested = contested
        self.unknown = unknown
        self.total = total
    }
}
