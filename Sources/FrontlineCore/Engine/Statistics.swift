/// Area held per faction on one day, for Syria, Iraq, or both.
public struct AreaStatistics: Sendable {
    /// `SY`, `IQ`, or nil for both.
    public let country: String?
    /// km² held by each faction alone, indexed like ``Timeline/factions``.
    public let byFaction: [Double]
    /// km² of contested regions.
    public let contested: Double
    /// km² of unknown control.
    public let unknown: Double
    /// km² of all regions counted.
    public let total: Double

    /// Percent of ``total`` held by faction `f`.
    public func percent(_ f: Int) -> Double { total > 0 ? byFaction[f] / total * 100 : 0 }

    /// Computes the statistics of `controls` (a control index per region).
    public init(data: DataSet, controls: [Int], country: String?) {
        var by = [Double](repeating: 0, count: data.timeline.factions.count)
        var contested = 0.0, unknown = 0.0, total = 0.0
        let regions = data.atlas.regions
        for (r, c) in controls.enumerated() {
            let region = regions[r]
            if let country, data.atlas.country(of: region) != country { continue }
            total += region.areaKm2
            switch data.history.controls[c] {
            case .faction(let f): by[f] += region.areaKm2
            case .contested: contested += region.areaKm2
            case .unknown: unknown += region.areaKm2
            }
        }
        self.country = country
        byFaction = by
        self.contested = contested
        self.unknown = unknown
        self.total = total
    }
}
