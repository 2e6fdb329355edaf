/// An index into ``Timeline/factions``: which side a control, a filter, a palette entry or a statistic means.
///
/// Stored in 32 bits. A table with one entry per faction (colours, areas, counts...) keeps its array and is read
/// through ``Swift/Array/subscript(faction:)``, so that the index at the site says what it is.
public struct FactionID: Hashable, Comparable, Sendable {
    @usableFromInline let stored: Int32

    /// The faction at position `index` of ``Timeline/factions``.
    @inlinable public init(_ index: Int) { stored = Int32(index) }

    /// The position in ``Timeline/factions``, and in every table kept per faction.
    @inlinable public var index: Int { Int(stored) }

    @inlinable public static func < (a: FactionID, b: FactionID) -> Bool { a.stored < b.stored }

    /// Every faction of a table of `count` factions, in order.
    public static func all(_ count: Int) -> [FactionID] { (0..<count).map(FactionID.init) }
}

extension Array where Element == Faction {
    /// The faction that `id` names, read in place: inlined, and never a copy of the whole Faction.
    @inlinable public subscript(_ id: FactionID) -> Faction {
        _read { yield self[id.index] }
    }

    /// The id of every faction, in order.
    public var ids: [FactionID] { FactionID.all(count) }

    /// The faction whose command-line id (`is`, `syria-gov`) is `id`, if any.
    public func id(for id: some StringProtocol) -> FactionID? {
        firstIndex { $0.id == id }.map(FactionID.init)
    }
}

extension Array {
    /// The entry for faction `id` of a table kept per faction (colours, areas, counts...).
    @inlinable public subscript(faction id: FactionID) -> Element {
        _read { yield self[id.index] }
        _modify { yield &self[id.index] }
    }
}
