/// A step as a reader names it: the region a change row names, with the carved children that follow it.
public struct NamedStep: Sendable {
    /// The step of the region the change names.
    public let step: RegionStep
    /// The km² the step moves, its children that changed with it included.
    public let areaKm2: Double
}

extension DataSet {
    /// The steps among `steps` that a change names, each with the area it moves together with the carved
    /// children that follow it in the same change (the parent rule), in the order given.
    public func namedSteps(_ steps: some Collection<RegionStep>) -> [NamedStep] {
        let list = Array(steps)
        // Positions of the steps sorted by change, then region, then position: a region's step in a change (its
        // first, if several) is found by binary search, with no hashing.
        let sorted = list.indices.sorted {
            (list[$0].change, list[$0].region, $0) < (list[$1].change, list[$1].region, $1)
        }
        /// The rank in `sorted` of the first step of `region` in `change`, if there is one.
        func rank(_ region: RegionID, _ change: Int) -> Int? {
            let k = sorted.partitionPoint { (list[$0].change, list[$0].region) < (change, region) }
            return k < sorted.count && list[sorted[k]].change == change && list[sorted[k]].region == region ? k : nil
        }
        var area = [Double](repeating: 0, count: list.count)
        var seen = [Bool](repeating: false, count: list.count)
        var order: [Int] = []
        for s in list {
            // The outermost region of the same change that `s` follows, or `s`'s own.
            var named = rank(s.region, s.change)!  // s itself is among the steps
            var parent = atlas.regions[s.region].parent
            while let p = parent {
                if let k = rank(p, s.change) { named = k }
                parent = atlas.regions[p].parent
            }
            if !seen[named] {
                seen[named] = true
                order.append(named)
            }
            area[named] += atlas.regions[s.region].areaKm2
        }
        return order.map { NamedStep(step: list[sorted[$0]], areaKm2: area[$0]) }
    }

    /// The named step moving the largest area among `steps` (the earliest of equals), or nil if there is none.
    public func largestStep(in steps: some Collection<RegionStep>) -> RegionStep? {
        var best: NamedStep?
        for s in namedSteps(steps) where best.map({ s.areaKm2 > $0.areaKm2 }) ?? true { best = s }
        return best?.step
    }
}
