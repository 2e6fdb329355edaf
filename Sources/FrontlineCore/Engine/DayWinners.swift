/// The row that wins each region on one day of ``HistoryBuilder/resolveDay(_:state:steps:)``: the most specific.
///
/// Flat arrays over every region, reset after each day by the list of regions touched, rather than a dictionary
/// built and sorted per day: a day of a long timeline can touch thousands of regions.
struct DayWinners {
    /// One region's winner: the control index it goes to and the change that says so.
    struct Winner {
        let region: RegionID
        let control: Int
        let change: Int
    }

    private var level: [Int]
    private var control: [Int]
    private var change: [Int]
    private var touched: [RegionID] = []

    init(regions: Int) {
        level = [Int](repeating: 0, count: regions)
        control = level
        change = level
    }

    /// Offers `region` to `change` at specificity `level`; the most specific offer of the day wins (the first of
    /// equals).
    mutating func offer(region: RegionID, level l: Int, control c: Int, change ch: Int) {
        guard level[region: region] < l else { return }
        if level[region: region] == 0 { touched.append(region) }
        level[region: region] = l
        control[region: region] = c
        change[region: region] = ch
    }

    /// The day's winners in region order; the table is then empty for the next day.
    mutating func drain() -> [Winner] {
        touched.sort()
        let out = touched.map { Winner(region: $0, control: control[region: $0], change: change[region: $0]) }
        for r in touched { level[region: r] = 0 }
        touched.removeAll(keepingCapacity: true)
        return out
    }
}
