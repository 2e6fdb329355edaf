import Synchronization

/// The regions by id: given when the atlas is read from the text files (which need it to read the timeline), and
/// built on first use when it comes from the cache (a frame never looks a region up by id).
final class RegionIndex: Sendable {
    private let state: Mutex<[String: RegionID]?>

    /// An index that is `byID`, or that is built on first use when nil.
    init(_ byID: [String: RegionID]?) { state = Mutex(byID) }

    /// The regions of `regions` by id.
    func byID(_ regions: [Region]) -> [String: RegionID] {
        state.withLock { byID in
            if let byID { return byID }
            var built: [String: RegionID] = [:]
            built.reserveCapacity(regions.count)
            for i in regions.indices { built[regions[i].id] = regions[i].index }
            byID = built
            return built
        }
    }
}
