/// Writes the cache's payload: little-endian fixed-width numbers, strings as indices into one table of unique
/// strings (written once, as a UTF-8 blob with offsets), and arrays of plain records copied as they lie in memory.
struct CacheWriter {
    /// The payload after the string table.
    private(set) var body: [UInt8] = []
    private var strings: [String] = []
    private var stringIndex: [String: UInt32] = [:]

    mutating func u8(_ v: UInt8) { body.append(v) }
    mutating func u16(_ v: UInt16) { fixed(v.littleEndian) }
    mutating func u32(_ v: UInt32) { fixed(v.littleEndian) }
    mutating func i32(_ v: Int32) { fixed(v.littleEndian) }
    mutating func int(_ v: Int) { fixed(Int64(v).littleEndian) }
    mutating func double(_ v: Double) { fixed(v.bitPattern.littleEndian) }
    mutating func bool(_ v: Bool) { body.append(v ? 1 : 0) }
    mutating func bytes(_ b: some Sequence<UInt8>) { body.append(contentsOf: b) }

    /// Appends the bytes of a fixed-width value.
    private mutating func fixed<T: FixedWidthInteger>(_ v: T) {
        withUnsafeBytes(of: v) { body.append(contentsOf: $0) }
    }

    /// A case of an enumeration, as its position among `cases`.
    mutating func choice<T: Equatable>(_ v: T, of cases: [T]) { u8(UInt8(cases.firstIndex(of: v)!)) }

    /// A string, as its index in the string table.
    mutating func string(_ s: String) {
        if let i = stringIndex[s] { return u32(i) }
        let i = UInt32(strings.count)
        strings.append(s)
        stringIndex[s] = i
        u32(i)
    }

    /// An optional value: a presence byte, then the value.
    mutating func optional<T>(_ v: T?, _ write: (inout CacheWriter, T) -> Void) {
        bool(v != nil)
        if let v { write(&self, v) }
    }

    /// A count, then each element.
    mutating func array<S: Collection>(_ xs: S, _ write: (inout CacheWriter, S.Element) -> Void) {
        int(xs.count)
        for x in xs { write(&self, x) }
    }

    /// A count, then the elements' bytes as they lie in memory: only for plain records (no references).
    mutating func plain<T>(_ xs: [T]) {
        precondition(_isPOD(T.self), "only plain records are copied as bytes")
        int(xs.count)
        xs.withUnsafeBytes { body.append(contentsOf: $0) }
    }

    /// The whole payload: the string table (count, offsets, UTF-8 blob), then the body.
    func payload() -> [UInt8] {
        var table = CacheWriter()
        var offset: UInt32 = 0
        table.int(strings.count)
        for s in strings {
            table.u32(offset)
            offset += UInt32(s.utf8.count)
        }
        table.u32(offset)
        for s in strings { table.body.append(contentsOf: s.utf8) }
        return table.body + body
    }
}

/// Reads what ``CacheWriter`` wrote, checking every length against the bytes: a damaged payload throws
/// ``CacheReader/Damaged`` and never reads out of bounds.
struct CacheReader {
    /// The payload is not what a ``CacheWriter`` wrote.
    struct Damaged: Error {}

    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    /// The payload's string table, kept for the strings read late (``CachedText``, ``StringPool``).
    private(set) var strings = StringTable(utf8: [], starts: [0])
    /// The strings of the table decoded so far by ``string()``, so that each is decoded once.
    private var decoded: [String?] = []

    /// A reader of `bytes` (kept alive by the caller), after reading its string table: every string decoded at
    /// once when `decodingAll` (a reader that will read them all), else each when first read.
    init(_ bytes: UnsafeRawBufferPointer, decodingAll: Bool = false) throws(Damaged) {
        self.bytes = bytes
        let n = try count(elementSize: 4)
        let starts = try words(n + 1)
        guard starts.first == 0, let size = starts.last.map(Int.init), size <= bytes.count - offset,
            zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 })
        else { throw Damaged() }
        let utf8 = Array(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + size]))
        strings = StringTable(utf8: utf8, starts: starts)
        decoded = decodingAll ? (0..<n).map { strings[$0] } : Array(repeating: nil, count: n)
        offset += size
    }

    /// `n` little-endian 32-bit words.
    private mutating func words(_ n: Int) throws(Damaged) -> [UInt32] {
        guard n >= 0, n <= (bytes.count - offset) / 4 else { throw Damaged() }
        let start = offset
        offset += 4 * n
        return (0..<n).map {
            UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: start + 4 * $0, as: UInt32.self))
        }
    }

    /// Whether every byte was read.
    var atEnd: Bool { offset == bytes.count }

    private mutating func fixed<T: FixedWidthInteger>(_: T.Type) throws(Damaged) -> T {
        let size = MemoryLayout<T>.size
        guard bytes.count - offset >= size else { throw Damaged() }
        let v = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
        offset += size
        return T(littleEndian: v)
    }

    mutating func u8() throws(Damaged) -> UInt8 { try fixed(UInt8.self) }
    mutating func u16() throws(Damaged) -> UInt16 { try fixed(UInt16.self) }
    mutating func u32() throws(Damaged) -> UInt32 { try fixed(UInt32.self) }
    mutating func i32() throws(Damaged) -> Int32 { try fixed(Int32.self) }
    mutating func int() throws(Damaged) -> Int { Int(try fixed(Int64.self)) }
    mutating func double() throws(Damaged) -> Double { Double(bitPattern: try fixed(UInt64.self)) }

    mutating func bool() throws(Damaged) -> Bool {
        switch try u8() {
        case 0: return false
        case 1: return true
        default: throw Damaged()
        }
    }

    /// A string of the table, decoded the first time it is read.
    mutating func string() throws(Damaged) -> String {
        let i = try entry()
        if let s = decoded[i] { return s }
        let s = strings[i]
        decoded[i] = s
        return s
    }

    /// A string of the table, left undecoded until it is asked for.
    mutating func cachedText() throws(Damaged) -> CachedText { .entry(strings, Int32(try entry())) }

    /// The position in the table of a string, checked but not decoded.
    mutating func entry() throws(Damaged) -> Int {
        let i = Int(try u32())
        guard i < strings.count else { throw Damaged() }
        return i
    }

    /// A case of an enumeration written by ``CacheWriter/choice(_:of:)``.
    mutating func choice<T>(of cases: [T]) throws(Damaged) -> T {
        let i = Int(try u8())
        guard i < cases.count else { throw Damaged() }
        return cases[i]
    }

    /// A count of elements, each at least `elementSize` bytes, that the remaining bytes can hold.
    mutating func count(elementSize: Int = 1) throws(Damaged) -> Int {
        let n = try int()
        guard n >= 0, n <= (bytes.count - offset) / max(elementSize, 1) else { throw Damaged() }
        return n
    }

    /// An optional value written by ``CacheWriter/optional(_:_:)``.
    mutating func optional<T>(_ read: (inout CacheReader) throws(Damaged) -> T) throws(Damaged) -> T? {
        try bool() ? try read(&self) : nil
    }

    /// An array written by ``CacheWriter/array(_:_:)``.
    mutating func array<T>(_ read: (inout CacheReader) throws(Damaged) -> T) throws(Damaged) -> [T] {
        let n = try count()
        var xs: [T] = []
        xs.reserveCapacity(n)
        for _ in 0..<n { xs.append(try read(&self)) }
        return xs
    }

    /// An array written by ``CacheWriter/plain(_:)``: one copy of its bytes.
    mutating func plain<T>(_: T.Type) throws(Damaged) -> [T] {
        precondition(_isPOD(T.self), "only plain records are copied as bytes")
        let n = try count(elementSize: MemoryLayout<T>.stride)
        let size = n * MemoryLayout<T>.stride
        let start = offset
        offset += size
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(
                from: UnsafeRawBufferPointer(rebasing: bytes[start..<start + size]))
            initialized = n
        }
    }
}
