extension DataSet {
    /// The step moving the largest region among `steps` (the earliest of equals), or nil if there is none.
    public func largestStep(in steps: some Collection<RegionStep>) -> RegionStep? {
        var best: RegionStep?
        for s in steps where best.map({ atlas.regions[s.region].areaKm2 > atlas.regions[$0.region].areaKm2 }) ?? true { best = s }
        return best
    }
}
