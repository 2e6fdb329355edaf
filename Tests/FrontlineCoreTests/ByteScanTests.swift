import Testing

@testable import FrontlineCore

/// The word-at-a-time scans find exactly what a byte-by-byte scan finds, at every offset and length, including
/// bytes next to the boundaries of each test (0x1F and 0x20, 0x7E and 0x7F, bytes with the high bit set).
@Suite struct ByteScanTests {
    /// Bytes that sit on or next to a boundary of the tests, and ordinary ones.
    static let alphabet: [UInt8] = [
        0x00, 0x01, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x41, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xA2, 0xD9,
        0xFF
    ]

    /// A deterministic pseudo-random row of `count` bytes, mostly plain letters so that long clean runs occur.
    static func row(_ seed: Int, count: Int) -> [UInt8] {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state % 4 == 0
                ? alphabet[Int(state >> 8) % alphabet.count] : UInt8(ascii: "a") + UInt8(state >> 20 & 15)
        }
    }

    @Test func firstJSONEscapeMatchesAByteScan() {
        func naive(_ b: [UInt8], _ start: Int) -> Int {
            b[start...].firstIndex { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } ?? b.count
        }
        for seed in 0..<400 {
            let bytes = Self.row(seed, count: seed % 41)
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    #expect(ByteScan.firstJSONEscape(in: buffer, from: start) == naive(bytes, start))
                }
            }
        }
        // Each special byte alone, at every position of a 20-byte clean run.
        for special: UInt8 in [0x00, 0x1F, 0x22, 0x5C] {
            for at in 0..<20 {
                var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 20)
                bytes[at] = special
                #expect(bytes.withUnsafeBufferPointer { ByteScan.firstJSONEscape(in: $0, from: 0) } == at)
            }
        }
    }

    @Test func isPrintableASCIIMatchesAByteScan() {
        for seed in 0..<400 {
            let bytes = Self.row(seed, count: seed % 41)
            let expected = bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
            #expect(bytes.withUnsafeBufferPointer(ByteScan.isPrintableASCII) == expected)
        }
        for bad: UInt8 in [0x00, 0x1F, 0x7F, 0x80, 0xFF] {
            for at in 0..<20 {
                var bytes = [UInt8](repeating: UInt8(ascii: "~"), count: 20)
                bytes[at] = bad
                #expect(!bytes.withUnsafeBufferPointer(ByteScan.isPrintableASCII))
            }
        }
        #expect([UInt8]().withUnsafeBufferPointer(ByteScan.isPrintableASCII))
        #expect(Array(" ~ plain text, 0123456789 ~".utf8).withUnsafeBufferPointer(ByteScan.isPrintableASCII))
    }
}
