#if canImport(Glibc)
    import Glibc
#endif

extension StringProtocol {
    /// The parts between occurrences of the ASCII byte `separator`, found by scanning UTF-8 bytes rather than
    /// Characters (several times faster on long fields of alternate names); empty parts are kept.
    func splitBytes(_ separator: UInt8) -> [SubSequence] {
        let bytes = utf8
        // Offsets of the separators, from the contiguous bytes when there are any.
        let cuts: [Int] =
            bytes.withContiguousStorageIfAvailable { buffer in
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
    var scalarCount: Int { utf8.scalarCount }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether these bytes and `other` are the same, compared with `memcmp`.
    func sameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        count == other.count && (isEmpty || memcmp(baseAddress!, other.baseAddress!, count) == 0)
    }
}

extension Sequence<UInt8> {
    /// The number of Unicode scalars in these UTF-8 bytes: the bytes that start one.
    var scalarCount: Int { reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
}

/// Decimal numbers as data files write them, parsed without the C library when that gives the same value.
enum DecimalParser {
    private static let powers: [Double] = (0...22).map { pow10($0) }

    private static func pow10(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<n { p *= 10 }
        return p
    }

    /// `Double(text)`: `-?DIGITS(.DIGITS)?` with at most 15 digits is an exact integer divided by an exact power of
    /// ten, which IEEE division rounds correctly, the same as `Double(_:)`; anything else goes to `Double(_:)`.
    static func double(_ text: some StringProtocol) -> Double? {
        let fast = text.utf8.withContiguousStorageIfAvailable { exact($0) } ?? nil
        return fast ?? Double(String(text))
    }

    /// The value of `-?DIGITS(.DIGITS)?` with at most 15 digits; nil for anything else.
    private static func exact(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var mantissa: UInt64 = 0
        var digits = 0, fraction = 0
        var negative = false, point = false, ok = true
        for (i, b) in bytes.enumerated() {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                mantissa = mantissa &* 10 &+ UInt64(b - 48)
                digits += 1
                if point { fraction += 1 }
            case UInt8(ascii: "-") where i == 0: negative = true
            case UInt8(ascii: ".") where !point && digits > 0: point = true
            default: ok = false
            }
            if !ok || digits > 15 { break }
        }
        guard ok, digits > 0, digits <= 15, !(point && fraction == 0) else { return nil }
        let value = Double(mantissa) / powers[fraction]
        return negative ? -value : value
    }
}
