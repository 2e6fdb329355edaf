extension StringProtocol {
    /// The parts between occurrences of the ASCII byte `separator`, found by scanning UTF-8 bytes rather than
    /// Characters (several times faster on long fields of alternate names); empty parts are kept.
    func splitBytes(_ separator: UInt8) -> [SubSequence] {
        let bytes = utf8
        // Offsets of the separators, from the contiguous bytes when there are any.
        let cuts: [Int] = bytes.withContiguousStorageIfAvailable { buffer in
            var out: [Int] = []
            for (i, b) in buffer.enumerated() where b == separator { out.append(i) }
            return out
        } ?? bytes.enumerated().compactMap { $0.element == separator ? $0.offset : nil }
        var parts: [SubSequence] = []
        parts.reserveCapacity(cuts.count + 1)
        var start = startIndex
        for cut in cuts {
            let end = bytes.index(bytes.startIndex, offsetBy: cut)
            parts.append(self[start..<end])
            start = bytes.index(after: end)
        }
        parts.append(self[start..<endIndex])
        return parts
    }

    /// The number of Unicode scalars, counted from the UTF-8 bytes that start one.
    var scalarCount: Int { utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
}
