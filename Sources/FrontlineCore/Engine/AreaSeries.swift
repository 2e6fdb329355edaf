/// The area each faction held on every day of the era, for sparklines and day-over-day changes.
///
/// Built once with the data (``DataSet/series``) and kept in its cache, so a command does not step the era again.
public struct AreaSeries: Sendable {
    /// How many factions each day holds a value for.
    let factions: Int
    /// km² per faction for each day from ``Era/first``, day after day (`factions` values a day): both countries
    /// together, then Syria only and Iraq only.
    let both: [Double]
    let syria: [Double]
    let iraq: [Double]

    init(factions: Int, both: [Double], syria: [Double], iraq: [Double]) {
        self.factions = factions
        self.both = both
        self.syria = syria
        self.iraq = iraq
    }

    /// Computes the series by stepping a cursor through the era: O(days × factions + changes).
    init(atlas: Atlas, timeline: Timeline, history: History) {
        let nf = timeline.factions.count
        let isSyria = atlas.regions.map { atlas.country(of: $0) == "SY" }
        var cursor = ControlCursor(history: history, day: Era.first)
        var sy = [Double](repeating: 0, count: nf), iq = sy
        func add(_ region: RegionID, _ control: ControlID, _ sign: Double) {
            guard case .faction(let f) = history.controls[control] else { return }
            let a = atlas.regions[region].areaKm2 * sign
            if isSyria[region: region] { sy[faction: f] += a } else { iq[faction: f] += a }
        }
        for (r, c) in cursor.controls.enumerated() { add(RegionID(r), c, 1) }
        var all: [Double] = [], sAll: [Double] = [], iAll: [Double] = []
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
            sAll += sy
            iAll += iq
            all += zip(sy, iq).map { $0 + $1 }
            day = day.adding(days: 1)
        }
        self.init(factions: nf, both: all, syria: sAll, iraq: iAll)
    }

    /// How many days the series covers: the whole era.
    public var days: Int { factions == 0 ? 0 : both.count / factions }

    /// km² of faction `f` on `day` (both countries), clamped to the era.
    public func area(_ f: FactionID, on day: Day) -> Double { both[index(day, f)] }

    /// The most km² faction `f` held on any day (both countries).
    public func peak(_ f: FactionID) -> Double {
        stride(from: f.index, to: both.count, by: factions).lazy.map { both[$0] }.max() ?? 0
    }

    /// The position of faction `f`'s value on `day`, clamped to the era.
    func index(_ day: Day, _ f: FactionID) -> Int {
        min(days - 1, max(0, day.ordinal - Era.first.ordinal)) * factions + f.index
    }

    /// km² of faction `f` on `day` in `country` (`SY` or `IQ`).
    public func area(_ f: FactionID, on day: Day, country: String) -> Double {
        (country == "SY" ? syria : iraq)[index(day, f)]
    }
}
