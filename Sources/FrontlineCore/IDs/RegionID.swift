/// An index into ``Atlas/regions``: which region a cell, a change, a step or a cursor means.
///
/// Stored in 32 bits, like the grid's codes: a history holds one per step. A table with one entry per region keeps
/// its array and is read through ``Swift/Array/subscript(region:)``, so that the index at the site says what it is.
public struct RegionID: Hashable, Comparable, Sendable {
    @usableFromInline let stored: Int32

    /// The region at position `index` of ``Atlas/regions``.
    @inlinable public init(_ index: Int) { stored = Int32(index) }

    /// The position in ``Atlas/regions``, and in every table kept per region.
    @inlinable public var index: Int { Int(stored) }

    @inlinable public static func < (a: RegionID, b: RegionID) -> Bool { a.stored < b.stored }

    /// Every region of a table of `count` regions, in order.
    public static func all(_ count: Int) -> [RegionID] { (0..<count).map(RegionID.init) }
}

extension Array where Element == Region {
    /// The region that `id` names, read in place: inlined, and never a copy of the whole Region.
    @inlinable public subscript(_ id: RegionID) -> Region {
        _read { yield self[id.index] }
    }

    /// The id of every region, in order.
    public var ids: [RegionID] { RegionID.all(count) }
}

extension Array {
    /// The entry for region `id` of a table kept per region (areas, controls, counts...).
    @inlinable public subscript(region id: RegionID) -> Element {
        _read { yield self[id.index] }
        _modify { yield &self[id.index] }
    }
}
