/// The timeline, the history and the warnings in the cache: each type's fields written and read in the same order.
extension CacheWriter {
    mutating func control(_ c: Control) {
        switch c {
        case .faction(let f):
            u8(0)
            i32(Int32(f.index))
        case .contested(let fs):
            u8(1)
            array(fs) { $0.i32(Int32($1.index)) }
        case .unknown: u8(2)
        }
    }

    mutating func source(_ s: Source) {
        string(s.title)
        string(s.date)
    }

    mutating func origin(_ o: Origin) {
        string(o.file)
        int(o.line)
    }

    mutating func place(_ p: LocatedPlace) {
        string(p.name)
        point(p.point)
        string(p.coordinateSource)
    }

    mutating func targets(_ ts: [Target]) { plain(ts.map(ChangeList.pack)) }

    mutating func warning(_ w: DataWarning) {
        choice(w.kind, of: DataWarning.Kind.allCases)
        string(w.file)
        int(w.line)
        string(w.message)
    }

    mutating func timeline(_ t: Timeline) {
        array(t.factions) { w, f in
            for s in [f.id, f.name, f.short] { w.string(s) }
            for c in [f.color, f.colorBlind] { w.plain([c.r, c.g, c.b]) }
            for s in [String(f.glyph), String(f.ascii), f.description] { w.string(s) }
        }
        array(t.initial) { w, r in
            w.targets(r.targets)
            w.control(r.control)
            w.string(r.note)
            w.source(r.source)
            w.optional(r.place) { $0.place($1) }
            w.origin(r.origin)
        }
        changes(t.changes)
        array(t.events) { w, e in
            w.int(e.day.ordinal)
            w.choice(e.certainty, of: Certainty.all)
            w.targets(e.targets)
            w.string(e.title)
            w.source(e.source)
            w.origin(e.origin)
        }
        array(t.merged) { $0.origin($1) }
        array(t.overruled) { $0.warning($1) }
        array(t.contestReasons) { w, c in
            w.i32(Int32(c.region.index))
            w.int(c.from.ordinal)
            w.string(c.note)
            w.source(c.source)
            w.origin(c.origin)
        }
    }

    mutating func changes(_ list: ChangeList) {
        array(list.records) { w, r in
            for v in [r.day, r.line, r.targetStart] { w.i32(v) }
            w.string(r.targetText)
            for v in [r.note, r.title, r.date] { w.i32(v) }
            for v in [r.targetCount, r.control, r.file] { w.u16(v) }
            w.choice(r.certainty, of: Certainty.all)
            w.i32(r.place)
        }
        plain(list.targets)
        for pool in [list.notes, list.titles, list.dates, list.files] { array(pool.all) { $0.string($1) } }
        array(list.controls) { $0.control($1) }
        array(list.places) { $0.place($1) }
    }

    mutating func history(_ h: History) {
        array(h.controls) { $0.control($1) }
        plain(h.initial)
        plain(h.initialRow)
        plain(h.steps)
        plain(h.regionSteps)
        plain(h.regionStart)
        plain(h.days)
        plain(h.dayStart)
    }
}

extension CacheReader {
    mutating func control() throws(Damaged) -> Control {
        switch try u8() {
        case 0: return .faction(FactionID(Int(try i32())))
        case 1: return .contested(try array { r throws(Damaged) in FactionID(Int(try r.i32())) })
        case 2: return .unknown
        default: throw Damaged()
        }
    }

    mutating func source() throws(Damaged) -> Source { Source(title: try string(), date: try string()) }
    mutating func origin() throws(Damaged) -> Origin { Origin(file: try string(), line: try int()) }

    mutating func place() throws(Damaged) -> LocatedPlace {
        LocatedPlace(name: try string(), point: try point(), coordinateSource: try string())
    }

    mutating func targets() throws(Damaged) -> [Target] { try plain(UInt32.self).map(ChangeList.unpack) }
    mutating func day() throws(Damaged) -> Day { Day(ordinal: try int()) }

    mutating func warning() throws(Damaged) -> DataWarning {
        DataWarning(
            try choice(of: DataWarning.Kind.allCases), file: try string(), line: try int(), message: try string())
    }

    /// A colour written as three bytes.
    mutating func rgb() throws(Damaged) -> RGB {
        let c = try plain(UInt8.self)
        guard c.count == 3 else { throw Damaged() }
        return RGB(r: c[0], g: c[1], b: c[2])
    }

    /// A string of exactly one character.
    mutating func character() throws(Damaged) -> Character {
        let s = try string()
        guard s.count == 1, let c = s.first else { throw Damaged() }
        return c
    }

    mutating func timeline() throws(Damaged) -> Timeline {
        let factions = try array { r throws(Damaged) in
            Faction(
                id: try r.string(), name: try r.string(), short: try r.string(), color: try r.rgb(),
                colorBlind: try r.rgb(), glyph: try r.character(), ascii: try r.character(),
                description: try r.string())
        }
        let initial = try array { r throws(Damaged) in
            InitialRow(
                targets: try r.targets(), control: try r.control(), note: try r.string(), source: try r.source(),
                place: try r.optional { r throws(Damaged) in try r.place() }, origin: try r.origin())
        }
        let changes = try changes()
        let events = try array { r throws(Damaged) in
            Event(
                day: try r.day(), certainty: try r.choice(of: Certainty.all), targets: try r.targets(),
                title: try r.string(),
                source: try r.source(), origin: try r.origin())
        }
        let merged = try array { r throws(Damaged) in try r.origin() }
        let overruled = try array { r throws(Damaged) in try r.warning() }
        let reasons = try array { r throws(Damaged) in
            ContestReason(
                region: RegionID(Int(try r.i32())), from: try r.day(), note: try r.string(), source: try r.source(),
                origin: try r.origin())
        }
        return Timeline(
            factions: factions, initial: initial, changes: changes, events: events, merged: merged,
            overruled: overruled, contestReasons: reasons)
    }

    mutating func changes() throws(Damaged) -> ChangeList {
        var list = ChangeList()
        list.records = try array { r throws(Damaged) in
            ChangeList.Record(
                day: try r.i32(), line: try r.i32(), targetStart: try r.i32(), targetText: try r.string(),
                note: try r.i32(), title: try r.i32(), date: try r.i32(), targetCount: try r.u16(),
                control: try r.u16(), file: try r.u16(), certainty: try r.choice(of: Certainty.all), place: try r.i32())
        }
        list.targets = try plain(UInt32.self)
        func pool(_ r: inout CacheReader) throws(Damaged) -> StringPool {
            StringPool(table: r.strings, entries: try r.array { r throws(Damaged) in try r.entry() })
        }
        list.notes = try pool(&self)
        list.titles = try pool(&self)
        list.dates = try pool(&self)
        list.files = try pool(&self)
        list.controls = try array { r throws(Damaged) in try r.control() }
        for (i, c) in list.controls.enumerated() { list.controlIndex[c] = UInt16(i) }
        list.places = try array { r throws(Damaged) in try r.place() }
        return list
    }

    mutating func history(timeline: Timeline) throws(Damaged) -> History {
        History(
            controls: try array { r throws(Damaged) in try r.control() }, initial: try plain(ControlID.self),
            initialRow: try plain(Int.self), steps: try plain(RegionStep.self), regionSteps: try plain(Int32.self),
            regionStart: try plain(Int32.self), days: try plain(Day.self), dayStart: try plain(Int.self),
            timeline: timeline)
    }
}

extension Certainty {
    /// Every case, in the order the cache numbers them.
    static let all: [Certainty] = [.exact, .approx]
}

extension History {
    /// A history from its stored fields, as the cache holds them (nothing derived again).
    init(
        controls: [Control], initial: [ControlID], initialRow: [Int], steps: [RegionStep], regionSteps: [Int32],
        regionStart: [Int32], days: [Day], dayStart: [Int], timeline: Timeline
    ) {
        self.controls = controls
        self.initial = initial
        self.initialRow = initialRow
        self.steps = steps
        self.regionSteps = regionSteps
        self.regionStart = regionStart
        self.days = days
        self.dayStart = dayStart
        self.timeline = timeline
    }
}

extension CacheWriter {
    /// The area series: its faction count, then its three tables as plain doubles.
    mutating func series(_ s: AreaSeries) {
        int(s.factions)
        for table in [s.both, s.syria, s.iraq] { plain(table) }
    }
}

extension CacheReader {
    mutating func series() throws(Damaged) -> AreaSeries {
        let factions = try int()
        let both = try plain(Double.self), syria = try plain(Double.self), iraq = try plain(Double.self)
        guard factions > 0, both.count % factions == 0, syria.count == both.count, iraq.count == both.count else {
            throw Damaged()
        }
        return AreaSeries(factions: factions, both: both, syria: syria, iraq: iraq)
    }
}
