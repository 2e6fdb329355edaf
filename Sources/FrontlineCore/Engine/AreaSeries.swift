/// The area each faction held on every day of the era, for sparklines and day-over-day changes.
public struct AreaSeries: Sendable {
    /// km² per faction for each day from ``Era/first``: `values[day][faction: f]`, Syria and Iraq together.
    public let values: [[Double]]
    /// The same, Syria only and Iraq only.
    public let syria: [[Double]]
    public let iraq: [[Double]]

    /// Computes the series by stepping a cursor through the era: O(days × factions + changes).
    public init(data: DataSet) {
        let nf = data.timeline.factions.count
        let history = data.history
        let isSyria = data.atlas.regions.map { data.atlas.country(of: $0) == "SY" }
        var cursor = ControlCursor(history: history, day: Era.first)
        var sy = [Double](repeating: 0, count: nf), iq = sy
        func add(_ region: RegionID, _ control: ControlID, _ sign: Double) {
            guard case .faction(let f) = history.controls[control] else { return }
            let a = data.atlas.regions[region].areaKm2 * sign
            if isSyria[region: region] { sy[faction: f] += a } else { iq[faction: f] += a }
        }
        for (r, c) in cursor.controls.enumerated() { add(RegionID(r), c, 1) }
        var all: [[Double]] = [], sAll: [[Double]] = [], iAll: [[Double]] = []
        var day = Era.first
        while day <= Era.last {
            if day > Era.first {
                for s in cursor.move(to: day, in: history) {
                    add(s.region, s.previous, -1)
                    add(s.region, s.control, 1)
                }
            }
            // Adding and subtracting areas leaves rounding dust; a faction that holds nothing reads 0.
            sy = sy.map { abs($0) < 1e-6 ? 0 : $0 }
            iq = iq.map { abs($0) < 1e-6 ? 0 : $0 }
            sAll.append(sy)
            iAll.append(iq)
            all.append(zip(sy, iq).map { $0 + $1 })
            day = day.adding(days: 1)
        }
        values = all
        syria = sAll
        iraq = iAll
    }

    /// km² of faction `f` on `day` (both countries), clamped to the era.
    public func area(_ f: FactionID, on day: Day) -> Double { values[index(day)][faction: f] }

    func index(_ day: Day) -> Int { min(values.count - 1, max(0, day.ordinal - Era.first.ordinal)) }

    /// km² of faction `f` on `day` in `country` (`SY` or `IQ`).
    public func area(_ f: FactionID, on day: Day, country: String) -> Double {
        (country == "SY" ? syria : iraq)[index(day)][faction: f]
    }
}
