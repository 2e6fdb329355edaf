import Synchronization

/// The data cache's table of distinct strings: their UTF-8 bytes one after another and where each starts, so that
/// a string is decoded only when it is read.
final class StringTable: Sendable {
    private let utf8: [UInt8]
    /// Where each string starts in ``utf8``, and one more for the end: ascending, from 0.
    private let starts: [UInt32]

    /// How many strings the table holds.
    var count: Int { starts.count - 1 }

    /// The table of `utf8` cut at `starts`, which the reader has checked: ascending, from 0, the last at the end.
    init(utf8: [UInt8], starts: [UInt32]) {
        self.utf8 = utf8
        self.starts = starts
    }

    /// String `i`, decoded from its bytes (the cache's checksum vouches for them: the fast contiguous path).
    subscript(i: Int) -> String {
        utf8.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(starts[i])..<Int(starts[i + 1])]), as: UTF8.self)
        }
    }
}

/// A string of the data, kept as it was read: as text when loaded from the text files, and as an entry of the
/// cache's string table, decoded each time it is asked for, when loaded from the cache (most are never asked for:
/// a frame reads the names of the places it labels, not the sources of all 6,800).
enum CachedText: Hashable, Sendable {
    case text(String)
    case entry(StringTable, Int32)

    /// The string.
    var string: String {
        switch self {
        case .text(let s): return s
        case .entry(let table, let i): return table[Int(i)]
        }
    }

    static func == (a: CachedText, b: CachedText) -> Bool { a.string == b.string }
    func hash(into hasher: inout Hasher) { hasher.combine(string) }
}

/// Some entries of a ``StringTable``, each decoded when first read and kept: a pool's, whose strings are read
/// many times (a source title for every row that cites it).
final class DecodedStrings: Sendable {
    private let table: StringTable
    /// The table's entries, by position.
    private let entries: [Int]
    private let decoded: Mutex<[String?]>

    /// `entries` of `table` (each checked to be in it), none decoded yet.
    init(table: StringTable, entries: [Int]) {
        self.table = table
        self.entries = entries
        decoded = Mutex(Array(repeating: nil, count: entries.count))
    }

    /// How many strings there are.
    var count: Int { entries.count }

    /// String `i`.
    subscript(i: Int) -> String {
        decoded.withLock { decoded in
            if let s = decoded[i] { return s }
            let s = table[entries[i]]
            decoded[i] = s
            return s
        }
    }
}
