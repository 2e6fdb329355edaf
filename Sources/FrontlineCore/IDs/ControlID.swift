/// An index into ``History/controls``, the interned table of every distinct control.
///
/// Stored in 32 bits: a history holds one per step and one per region per state.
public struct ControlID: Hashable, Comparable, Sendable {
    private let stored: Int32

    /// The control at position `index` of the table.
    public init(_ index: Int) { stored = Int32(index) }

    /// The position in ``History/controls``.
    public var index: Int { Int(stored) }

    public static func < (a: ControlID, b: ControlID) -> Bool { a.stored < b.stored }
}

extension Array where Element == Control {
    /// The interned control that `id` names.
    public subscript(_ id: ControlID) -> Control { self[id.index] }
}
