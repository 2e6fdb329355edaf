/// Scans of UTF-8 bytes eight at a time, in a 64-bit word, for the bytes that output must treat specially.
///
/// A word flags when any of its bytes is one of them (the tests are exact: no byte is missed and no clean word
/// flags); only a flagged word, and the tail shorter than a word, are looked at byte by byte.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte of `word` is below `n` (for `n` at most 0x80).
    private static func hasLess(_ word: UInt64, than n: UInt8) -> Bool {
        (word &- ones &* UInt64(n)) & ~word & highs != 0
    }

    /// Whether a byte of `word` is `b`.
    private static func has(_ word: UInt64, _ b: UInt8) -> Bool { hasLess(word ^ (ones &* UInt64(b)), than: 1) }

    /// Whether a byte of `word` is above `n` (for `n` below 0x80).
    private static func hasMore(_ word: UInt64, than n: UInt8) -> Bool {
        ((word &+ ones &* UInt64(127 - n)) | word) & highs != 0
    }

    /// The position of the first byte from `start` that a JSON string must escape (a control byte, a quote or a
    /// backslash), or `bytes.count` when there is none.
    static func firstJSONEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        func escaped(_ b: UInt8) -> Bool { b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") }
        func flags(_ word: UInt64) -> Bool {
            hasLess(word, than: 0x20) || has(word, UInt8(ascii: "\"")) || has(word, UInt8(ascii: "\\"))
        }
        var i = start
        if let base = bytes.baseAddress {
            while i + 8 <= bytes.count {
                if flags(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { break }
                i += 8
            }
        }
        while i < bytes.count && !escaped(bytes[i]) { i += 1 }
        return i
    }

    /// Whether every byte is printable ASCII, 0x20 to 0x7E.
    static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if let base = bytes.baseAddress {
            while i + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if hasLess(word, than: 0x20) || hasMore(word, than: 0x7E) { return false }
                i += 8
            }
        }
        return bytes[i...].allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
}
