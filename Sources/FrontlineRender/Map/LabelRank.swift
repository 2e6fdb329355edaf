import FrontlineCore

/// The order the map labels places in, most wanted first: what readers look for, not raw population.
///
/// National capitals come first, then the places a change of control named in the week ending on the day shown
/// (the places in the news, at any zoom), then the rest by label priority (the atlas's `priority` column). Within a
/// priority, places named by more changes over the whole timeline come first, then the more populous: so Ramadi
/// and Fallujah, fought over for years, outrank Abu Ghraib, whose GeoNames population counts its whole district.
public struct LabelRank: Sendable {
    /// Every region, in the order above but for the week's news.
    public let order: [RegionID]
    /// How many changes of the timeline name each region, by region.
    public let namedCount: [Int]

    /// The ranking of `data`'s regions; computed once for a data set, as it sorts every region.
    public init(data: DataSet) {
        let regions = data.atlas.regions
        var named = [Int](repeating: 0, count: regions.count)
        for change in data.timeline.changes {
            for case .region(let r) in change.targets { named[region: r] += 1 }
        }
        namedCount = named
        func key(_ r: RegionID) -> (Int, Int, Int, RegionID) {
            (regions[r].priority, -named[region: r], -regions[r].population, r)
        }
        order = regions.ids.sorted { key($0) < key($1) }
    }

    /// The days a change stays in the news: the week ending on the day shown.
    public static let newsDays = 7

    /// The regions a change names in the week ending `day`, most important first.
    public func inTheNews(_ data: DataSet, on day: Day) -> [RegionID] {
        let from = day.adding(days: 1 - Self.newsDays)
        var seen = Set<RegionID>()
        for change in data.timeline.changes where change.day >= from && change.day <= day {
            for case .region(let r) in change.targets { seen.insert(r) }
        }
        let regions = data.atlas.regions
        func key(_ r: RegionID) -> (Int, Int, RegionID) { (regions[r].priority, -regions[r].population, r) }
        return seen.sorted { key($0) < key($1) }
    }

    /// The regions to try labelling, in order, down to `maxPriority` for those not in the news; and how many of
    /// them, from the first, are anchors: capitals, the news and priority 1-2 places, whose markers no label of
    /// another place may cover.
    public func sequence(_ data: DataSet, on day: Day, maxPriority: Int) -> (order: [RegionID], anchors: Int) {
        let regions = data.atlas.regions
        let capitals = order.prefix { regions[$0].priority <= 1 }
        let news = inTheNews(data, on: day).filter { regions[$0].priority > 1 }
        let newsSet = Set(news)
        let rest = order.dropFirst(capitals.count).prefix { regions[$0].priority <= maxPriority }
            .filter { !newsSet.contains($0) }
        let major = rest.prefix { regions[$0].priority <= 2 }.count
        return (Array(capitals) + news + rest, capitals.count + news.count + major)
    }
}
