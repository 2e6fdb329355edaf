/// The timeline's changes, stored compactly: one small record each, strings and controls interned.
///
/// A million changes take about 50 bytes each instead of a ``Change`` with its strings and target array, so a
/// long history loads in a fraction of the memory. Reading an element builds the ``Change`` it stands for; the
/// collection reads like the array it replaces (`changes[i]`, `changes.count`, `for c in changes`).
public struct ChangeList: RandomAccessCollection, Sendable {
    /// One change: its fields as indices into the tables of the list.
    struct Record: Sendable {
        var day: Int32
        var line: Int32
        /// Where the targets start in ``targets``.
        var targetStart: Int32
        /// The targets as written: kept as it is (a short id is stored inline, with no allocation), since it is
        /// nearly always different from the previous row's.
        var targetText: String
        var note: Int32
        var title: Int32
        var date: Int32
        var targetCount: UInt16
        var control: UInt16
        var file: UInt16
        var certainty: Certainty
        /// The campaign row's place in ``places``, or -1 for a row that names its targets.
        var place: Int32
    }

    // The stored fields are internal (not private) so that the data cache can write and read them.
    var records: [Record] = []
    /// Every change's targets, one after another, each packed in 32 bits (see ``pack(_:)``).
    var targets: [UInt32] = []
    /// One pool per field, so each pool's check of its last string catches a run of rows repeating it.
    var notes = StringPool(), titles = StringPool(), dates = StringPool()
    var files = StringPool()
    var controls: [Control] = []
    /// The places of campaign rows, one per located change.
    var places: [LocatedPlace] = []
    var controlIndex: [Control: UInt16] = [:]

    /// An empty list.
    public init() {}

    /// The list of `changes`, in their order.
    public init(_ changes: some Sequence<Change>) {
        for c in changes { append(c) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }

    /// The change at `position`, whose ``Change/index`` is its position.
    public subscript(position: Int) -> Change {
        let r = records[position]
        let c = citation(at: position)
        return Change(
            index: position, day: Day(ordinal: Int(r.day)), certainty: c.certainty,
            targets: Array(targets(at: position)), targetText: r.targetText, control: controls[Int(r.control)],
            note: c.note, source: c.source, place: r.place < 0 ? nil : places[Int(r.place)], origin: c.origin)
    }

    /// What the change at `position` says and who says so, without building the change.
    public func citation(at position: Int) -> (certainty: Certainty, note: String, source: Source, origin: Origin) {
        let r = records[position]
        return (
            r.certainty, notes[r.note], Source(title: titles[r.title], date: dates[r.date]),
            Origin(file: files[Int32(r.file)], line: Int(r.line))
        )
    }

    /// The day of the change at `position`, without building the change.
    public func day(at position: Int) -> Day { Day(ordinal: Int(records[position].day)) }

    /// The targets of the change at `position`, without building the change.
    public func targets(at position: Int) -> LazyMapSequence<ArraySlice<UInt32>, Target> {
        let r = records[position]
        let start = Int(r.targetStart)
        return targets[start..<start + Int(r.targetCount)].lazy.map(Self.unpack)
    }

    /// The list's index, in ``controls``, of the control of the change at `position`: equal for equal controls.
    func controlIndex(at position: Int) -> Int { Int(records[position].control) }

    /// Whether the change at `position` is a campaign row (it has a place), without building the change.
    func isLocated(at position: Int) -> Bool { records[position].place >= 0 }

    /// Adds `change` at the end; its ``Change/index`` is ignored (an element's index is its position).
    public mutating func append(_ change: Change) {
        let (note, title, date) = (
            notes.intern(change.note), titles.intern(change.source.title), dates.intern(change.source.date)
        )
        append(
            day: change.day, certainty: change.certainty, targets: change.targets, targetText: change.targetText,
            control: change.control, note: note, title: title, date: date, origin: change.origin,
            place: change.place)
    }

    /// Adds a change whose note, source title and source date are already in the list's pools (`note`, `title`
    /// and `date` are their positions there): a loader interns them from a row's bytes.
    mutating func append(
        day: Day, certainty: Certainty, targets changeTargets: [Target], targetText: String, control: Control,
        note: Int32, title: Int32, date: Int32, origin: Origin, place: LocatedPlace?
    ) {
        var placeIndex: Int32 = -1
        if let place {
            placeIndex = Int32(places.count)
            places.append(place)
        }
        let start = targets.count
        for t in changeTargets { targets.append(Self.pack(t)) }
        let controlNumber: UInt16
        if let c = controlIndex[control] {
            controlNumber = c
        } else {
            controlNumber = UInt16(controls.count)
            controlIndex[control] = controlNumber
            controls.append(control)
        }
        records.append(
            Record(
                day: Int32(day.ordinal), line: Int32(clamping: origin.line), targetStart: Int32(start),
                targetText: targetText, note: note, title: title, date: date,
                targetCount: UInt16(changeTargets.count), control: controlNumber,
                file: UInt16(files.intern(origin.file)), certainty: certainty, place: placeIndex))
    }

    /// Sorts by day, then by the order in which the changes' files were first appended, then by line.
    public mutating func sortByDayFileLine() {
        func before(_ a: Record, _ b: Record) -> Bool { (a.day, a.file, a.line) < (b.day, b.file, b.line) }
        // Files written in date order (a long synthetic one, say) are already sorted: checked in one pass.
        if zip(records, records.dropFirst()).contains(where: { before($1, $0) }) { records.sort(by: before) }
    }

    /// A target in 32 bits: its kind in the top two bits, its index in the rest.
    static func pack(_ t: Target) -> UInt32 {
        switch t {
        case .region(let r): return UInt32(r.index)
        case .district(let d): return 1 << 30 | UInt32(d)
        case .governorate(let g): return 2 << 30 | UInt32(g)
        }
    }

    /// The target that ``pack(_:)`` packed.
    static func unpack(_ v: UInt32) -> Target {
        let index = Int(v & (1 << 30 - 1))
        switch v >> 30 {
        case 0: return .region(RegionID(index))
        case 1: return .district(index)
        default: return .governorate(index)
        }
    }
}

/// Strings stored once each, named by their position.
///
/// A pool read from the data cache keeps its strings as entries of the cache's string table and decodes one only
/// when it is read: `print` and the viewer's first frame decode no note and no source.
struct StringPool: Sendable {
    /// The strings, by position, once the pool has grown (or was built from text).
    private var strings: [String] = []
    /// A pool read from the cache, until it grows: each string's entry in the cache's table, and the strings
    /// decoded so far (each once: a source title is read for every row that cites it).
    private var stored: DecodedStrings? = nil
    private var index: [String: Int32] = [:]
    /// The string last interned, checked first: consecutive rows often repeat a source or a file.
    private var last: (String, Int32)? = nil

    /// Every string, by position.
    var all: [String] { stored.map { s in (0..<s.count).map { s[$0] } } ?? strings }

    /// The position of `s`, adding it if it is new.
    mutating func intern(_ s: String) -> Int32 {
        if let last, last.0 == s { return last.1 }
        if stored != nil {
            // A pool read from the cache is decoded, and indexed, only when it grows.
            strings = all
            stored = nil
            for (i, s) in strings.enumerated() { index[s] = Int32(i) }
        }
        let i: Int32
        if let found = index[s] {
            i = found
        } else {
            i = Int32(strings.count)
            strings.append(s)
            index[s] = i
        }
        last = (s, i)
        return i
    }

    /// The position of the string whose UTF-8 bytes are `bytes`, adding it if it is new: no string is built
    /// when they repeat the string last interned.
    mutating func intern(bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if let last, var text = Optional(last.0),
            text.withUTF8({ $0.sameBytes(as: bytes) })
        {
            return last.1
        }
        return intern(String(decoding: bytes, as: UTF8.self))
    }

    subscript(_ i: Int32) -> String {
        guard let stored else { return strings[Int(i)] }
        return stored[Int(i)]
    }

    /// An empty pool.
    init() {}

    /// The pool of `entries` of `table` (each checked to be in it), decoded when read.
    init(table: StringTable, entries: [Int]) { stored = DecodedStrings(table: table, entries: entries) }
}
