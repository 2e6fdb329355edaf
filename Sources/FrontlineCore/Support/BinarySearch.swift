extension RandomAccessCollection where Index == Int {
    /// The first index in `range` whose element fails `isBefore`, by binary search; `range.upperBound` if none.
    ///
    /// The elements must be partitioned: every one for which `isBefore` holds comes before every one for which
    /// it does not (a sorted array and a "less than" or "not after" test).
    @inlinable
    public func partitionPoint(in range: Range<Int>? = nil, _ isBefore: (Element) -> Bool) -> Int {
        var lo = range?.lowerBound ?? startIndex, hi = range?.upperBound ?? endIndex
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if isBefore(self[mid]) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
