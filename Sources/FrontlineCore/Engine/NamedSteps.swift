/// A step as a reader names it: the region a change row names, with the carved children that follow it.
public struct NamedStep: Sendable {
    /// The step of the region the change names.
    public let step: RegionStep
    /// The km² the step moves, its children that changed with it included.
    public let areaKm2: Double
}

/// A region and the change that moved it: which step of a change a region's share of it belongs to.
private struct StepKey: Hashable {
    let region: RegionID
    let change: Int

    init(_ region: RegionID, _ change: Int) {
        self.region = region
        self.change = change
    }
}

extension DataSet {
    /// The steps among `steps` that a change names, each with the area it moves together with the carved
    /// children that follow it in the same change (the parent rule), in the order given.
    public func namedSteps(_ steps: some Collection<RegionStep>) -> [NamedStep] {
        let byKey = Dictionary(steps.map { (StepKey($0.region, $0.change), $0) }, uniquingKeysWith: { a, _ in a })
        /// The outermost region of the same change that `s` follows, or `s`'s own.
        func root(_ s: RegionStep) -> RegionID {
            var named = s.region
            var r = atlas.regions[s.region].parent
            while let p = r {
                if byKey[StepKey(p, s.change)] != nil { named = p }
                r = atlas.regions[p].parent
            }
            return named
        }
        var area: [StepKey: Double] = [:]
        var order: [StepKey] = []
        for s in steps {
            let key = StepKey(root(s), s.change)
            if area[key] == nil { order.append(key) }
            area[key, default: 0] += atlas.regions[s.region].areaKm2
        }
        return order.compactMap { key in byKey[key].map { NamedStep(step: $0, areaKm2: area[key] ?? 0) } }
    }

    /// The named step moving the largest area among `steps` (the earliest of equals), or nil if there is none.
    public func largestStep(in steps: some Collection<RegionStep>) -> RegionStep? {
        var best: NamedStep?
        for s in namedSteps(steps) where best.map({ s.areaKm2 > $0.areaKm2 }) ?? true { best = s }
        return best?.step
    }
}
