/// A contested period longer than three months: the sources should say why a place stayed divided so long.
public struct LongContest: Sendable {
    /// The region; a carved region that shares its parent's period is reported once, under the parent.
    public let region: RegionID
    /// The first contested day, and the first day after it (nil when it lasts to the end of the era).
    public let from: Day
    public let until: Day?
    /// The change that opened the period (an index into ``Timeline/changes``), or nil when it is the initial state.
    public let change: Int?

    /// The period's length in days, up to the end of the era.
    public var days: Int { (until ?? Era.last.adding(days: 1)).ordinal - from.ordinal }
}

extension History {
    /// The shortest contested period that needs a reason.
    public static let longContestDays = 92

    /// Every contested period of at least ``longContestDays`` days, by region and start day.
    public func longContests(atlas: Atlas) -> [LongContest] {
        var out: [LongContest] = []
        for region in RegionID.all(initial.count) {
            var from: Day? = controls[initial[region: region]].isContested ? Era.first : nil
            var opened: Int?
            func close(_ until: Day?) {
                guard let start = from else { return }
                let c = LongContest(region: region, from: start, until: until, change: opened)
                if c.days >= Self.longContestDays { out.append(c) }
                from = nil
            }
            for s in steps(region: region) {
                if controls[s.control].isContested {
                    if from == nil {
                        from = s.day
                        opened = s.change
                    }
                } else {
                    close(s.day)
                }
            }
            close(nil)
        }
        // A carved region whose period matches its parent's is the parent's period, reported once.
        let keys = Set(out.map { RegionDay(region: $0.region, day: $0.from) })
        return out.filter { c in
            atlas.regions[c.region].parent.map { !keys.contains(RegionDay(region: $0, day: c.from)) } ?? true
        }
    }
}
