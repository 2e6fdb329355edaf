import FrontlineCore

/// The order the map labels places in, most wanted first: what readers look for, not raw population.
///
/// National capitals come first, then the places a change of control named in the week ending on the day shown
/// (the places in the news, at any zoom: its cities and towns before the governorate capitals, its villages and
/// sites after them), then the rest by label priority (the atlas's `priority` column: governorate
/// capitals before other cities). Within a priority, places named by more changes over the whole timeline come
/// first, then the more populous: so Fallujah, fought over for years, outranks Abu Ghraib, whose GeoNames
/// population counts its whole district.
public struct LabelRank: Sendable {
    /// Every region, in the order above but for the week's news.
    public let order: [RegionID]
    /// How many changes of the timeline name each region, by region.
    public let namedCount: [Int]

    /// The ranking of `data`'s regions; computed once for a data set, as it sorts every region.
    public init(data: DataSet) {
        let regions = data.atlas.regions
        var named = [Int](repeating: 0, count: regions.count)
        let changes = data.timeline.changes
        for i in changes.indices {
            for case .region(let r) in changes.targets(at: i) { named[region: r] += 1 }
        }
        namedCount = named
        // The keys are gathered once, so the sort compares plain tuples and never touches a region.
        let keys = regions.ids.map { r in (regions[r].priority, -named[region: r], -regions[r].population, r) }
        order = keys.sorted { $0 < $1 }.map(\.3)
    }

    /// The days a change stays in the news: the week ending on the day shown.
    public static let newsDays = 7

    /// The regions a change names in the week ending `day`, most important first.
    public func inTheNews(_ data: DataSet, on day: Day) -> [RegionID] {
        let from = day.adding(days: 1 - Self.newsDays)
        // The changes are in date order: only the week's are read (on every frame), found by binary search.
        let changes = data.timeline.changes
        let first = changes.indices.partitionPoint { changes.day(at: $0) < from }
        let end = changes.indices.partitionPoint { changes.day(at: $0) <= day }
        var seen = Set<RegionID>()
        for i in first..<max(first, end) {
            for case .region(let r) in changes.targets(at: i) { seen.insert(r) }
        }
        let regions = data.atlas.regions
        func key(_ r: RegionID) -> (Int, Int, RegionID) { (regions[r].priority, -regions[r].population, r) }
        return seen.sorted { key($0) < key($1) }
    }

    /// The regions to try labelling, in order, down to `maxPriority` for those not in the news; how many of them,
    /// from the first, are anchors: capitals, the news and the cities (priorities 1-3), whose markers no label of
    /// another place may cover; and where the rest, after the capitals and the news, begins.
    public func sequence(_ data: DataSet, on day: Day, maxPriority: Int) -> (order: [RegionID], anchors: Int, rest: Int)
    {
        let regions = data.atlas.regions
        let national = order.prefix { regions[$0].priority <= 1 }
        let governorate = order.dropFirst(national.count).prefix { regions[$0].priority <= 2 }
        let news = inTheNews(data, on: day).filter { regions[$0].priority > 1 }
        let newsSet = Set(news)
        // Towns in the news before the governorate capitals, villages and sites in the news after them.
        let (towns, others) = (news.filter { regions[$0].priority <= 4 }, news.filter { regions[$0].priority > 4 })
        let first = Array(national) + towns + governorate.filter { !newsSet.contains($0) } + others
        let rest = order.dropFirst(national.count + governorate.count).prefix { regions[$0].priority <= maxPriority }
            .filter { !newsSet.contains($0) }
        let major = rest.prefix { regions[$0].priority <= 3 }.count
        return (first + rest, first.count + major, first.count)
    }
}
