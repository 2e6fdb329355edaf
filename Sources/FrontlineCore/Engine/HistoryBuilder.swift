/// Resolves initial rows and changes into per-region steps, collecting every inconsistency.
struct HistoryBuilder {
    let atlas: Atlas
    let timeline: Timeline
    var controls: [Control] = []
    var controlIndex: [Control: Int] = [:]
    /// The builder's index of each of the timeline list's controls, by the list's index (-1 until first used).
    var ofListControl: [Int] = []
    var errors: [DataError] = []
    var warnings: [DataWarning] = []
    /// Where initial rows live, for an error when there are none.
    var initialFolder = "timeline/initial"
    let regionsOfDistrict: [[RegionID]]
    let regionsOfGovernorate: [[RegionID]]
    /// The main town (most populous region) of each district and governorate, whose side a coarse row speaks for.
    let mainOfDistrict: [RegionID?]
    let mainOfGovernorate: [RegionID?]
    /// Each day's most specific row per region, reused from day to day.
    var winners: DayWinners
    /// The regions a row has named so far: they have a history of their own, which fighting in their parent
    /// does not overwrite.
    var named: [Bool]
    /// The first change of the day being resolved to name each region, by position (-1: none yet), and the
    /// regions named so far that day, to reset it: flat arrays, since a day of a long timeline names thousands.
    var namedToday: [Int]
    var namedTodayList: [RegionID] = []

    init(atlas: Atlas, timeline: Timeline) {
        self.atlas = atlas
        self.timeline = timeline
        warnings = timeline.overruled
        var byDistrict = [[RegionID]](repeating: [], count: atlas.districts.count)
        var byGov = [[RegionID]](repeating: [], count: atlas.governorates.count)
        for r in atlas.regions {
            byDistrict[r.district].append(r.index)
            byGov[atlas.districts[r.district].governorate].append(r.index)
        }
        regionsOfDistrict = byDistrict
        regionsOfGovernorate = byGov
        func main(_ regions: [RegionID]) -> RegionID? {
            regions.max { a, b in
                let (x, y) = (atlas.regions[a], atlas.regions[b])
                return (x.population, x.areaKm2, b) < (y.population, y.areaKm2, a)
            }
        }
        mainOfDistrict = byDistrict.map(main)
        mainOfGovernorate = byGov.map(main)
        winners = DayWinners(regions: atlas.regions.count)
        named = [Bool](repeating: false, count: atlas.regions.count)
        namedToday = [Int](repeating: -1, count: atlas.regions.count)
    }

    /// The regions a target covers, each with the specificity it has there.
    ///
    /// A region id also covers the regions carved out of it (`parents.tsv`), one step less specific: the
    /// parent rule, by which a carved region follows its parent's history unless a row names it (see
    /// ``moves(_:target:to:state:)`` for the regions a row moves). So from most
    /// to least specific: the region itself (4), a region through its parent (3), a district (2), a governorate (1).
    func cover(_ target: Target) -> Cover {
        switch target {
        case .region(let r): return Cover(own: r, others: atlas.children[region: r], level: 3)
        case .district(let d): return Cover(own: nil, others: regionsOfDistrict[d], level: 2)
        case .governorate(let g): return Cover(own: nil, others: regionsOfGovernorate[g], level: 1)
        }
    }

    /// The regions of ``cover(_:)``, read from the atlas's lists without building one: a region first (at 4) when
    /// the target is a region, then the others at one level.
    struct Cover: Sequence, IteratorProtocol {
        var own: RegionID?
        let others: [RegionID]
        let level: Int
        var position = 0

        init(own: RegionID?, others: [RegionID], level: Int) {
            (self.own, self.others, self.level) = (own, others, level)
        }

        mutating func next() -> (region: RegionID, level: Int)? {
            if let r = own {
                own = nil
                return (r, 4)
            }
            guard position < others.count else { return nil }
            position += 1
            return (others[position - 1], level)
        }
    }

    /// The builder's index of the control the timeline's list stores at `listIndex` (see ``intern(_:)``).
    mutating func intern(listControl listIndex: Int) -> Int {
        if listIndex >= ofListControl.count {
            ofListControl += [Int](repeating: -1, count: listIndex + 1 - ofListControl.count)
        }
        if ofListControl[listIndex] < 0 { ofListControl[listIndex] = intern(timeline.changes.controls[listIndex]) }
        return ofListControl[listIndex]
    }

    mutating func intern(_ c: Control) -> Int {
        if let i = controlIndex[c] { return i }
        controls.append(c)
        controlIndex[c] = controls.count - 1
        return controls.count - 1
    }

    func name(_ target: Target) -> String {
        switch target {
        case .region(let r): return atlas.regions[r].id
        case .district(let d): return atlas.districts[d].pcode
        case .governorate(let g): return atlas.governorates[g].pcode
        }
    }

    func error(_ origin: Origin, _ message: String) -> DataError {
        DataError(file: origin.file, line: origin.line, column: 1, message: message)
    }

    mutating func run() throws(DataErrors) -> (History, [DataWarning]) {
        let n = atlas.regions.count
        // Initial state: the most specific row wins; two rows for one target are an error.
        var state = [Int](repeating: -1, count: n)
        var level = [Int](repeating: 0, count: n)
        var setBy = [Int](repeating: -1, count: n)
        var seen: [Target: InitialRow] = [:]
        for (i, row) in timeline.initial.enumerated() {
            let c = intern(row.control)
            for target in row.targets {
                if let first = seen[target], (row.place == nil) == (first.place == nil) {
                    errors.append(
                        error(row.origin, "duplicate initial row for \(name(target)) (first at \(first.origin))"))
                    continue
                }
                seen[target] = row
                if case .region(let r) = target { named[region: r] = true }
                let bonus = row.place == nil ? 0 : 1
                // A campaign row names its place's own region: it outranks a row of initial/ for that region, and
                // it tells of that place alone, so the regions carved from it keep their parent's coarse state.
                for (r, l) in cover(target) where l + bonus > level[region: r] && (row.place == nil || l == 4) {
                    state[region: r] = c
                    level[region: r] = l + bonus
                    setBy[region: r] = i
                }
            }
        }
        let missing = RegionID.all(n).filter { state[region: $0] < 0 }
        if !missing.isEmpty {
            let file = timeline.initial.first?.origin.file ?? initialFolder
            let names = missing.prefix(20).map { atlas.regions[$0].id }.joined(separator: ", ")
            errors.append(
                DataError(
                    file: file, line: 1, column: 1,
                    message:
                        "\(missing.count) region(s) have no controller on \(Era.first): "
                        + "\(names)\(missing.count > 20 ? ", ..." : "")"
                ))
        }
        if !errors.isEmpty { throw DataErrors(errors) }
        let initial = state.map(ControlID.init)
        let initialRow = setBy

        // Changes, one day at a time.
        var steps: [RegionStep] = []
        var i = 0
        let changes = timeline.changes
        while i < changes.count {
            var j = i
            while j < changes.count && changes.day(at: j) == changes.day(at: i) { j += 1 }
            resolveDay(i..<j, state: &state, steps: &steps)
            i = j
        }
        if !errors.isEmpty { throw DataErrors(errors) }

        // Warnings: a region that never changes hands while its district does.
        var changed = [Bool](repeating: false, count: n)
        for s in steps { changed[region: s.region] = true }
        for d in atlas.districts.indices {
            let rs = regionsOfDistrict[d]
            guard rs.contains(where: { changed[region: $0] }) else { continue }
            // A carved region shares its parent's history, so only regions without a parent are reported.
            for r in rs where !changed[region: r] && atlas.regions[r].parent == nil {
                let origin = timeline.initial[initialRow[region: r]].origin
                warnings.append(
                    DataWarning(
                        .neverChanges, file: origin.file, line: origin.line,
                        message:
                            "\(atlas.regions[r].id) never changes hands from \(Era.first) to \(Era.last), though "
                            + "other regions of district \(atlas.districts[d].pcode) do"
                    ))
            }
        }
        let history = History(
            controls: controls, initial: initial, initialRow: initialRow, steps: steps,
            regionCount: n, timeline: timeline)
        let explained = Set(timeline.contestReasons.map { RegionDay(region: $0.region, day: $0.from) })
        // A carved region's period that its parent's reason explains (the same opening day) needs no other.
        func isExplained(_ c: LongContest) -> Bool {
            let own = [c.region] + (atlas.regions[c.region].parent.map { [$0] } ?? [])
            return own.contains { explained.contains(RegionDay(region: $0, day: c.from)) }
        }
        for c in history.longContests(atlas: atlas) where !isExplained(c) {
            let origin =
                c.change.map { timeline.changes[$0].origin } ?? timeline.initial[initialRow[region: c.region]].origin
            warnings.append(
                DataWarning(
                    .longContested, file: origin.file, line: origin.line,
                    message:
                        "\(atlas.regions[c.region].id) is contested for \(c.days) days from \(c.from); "
                        + "timeline/contested.tsv should say why (region \(atlas.regions[c.region].id), from "
                        + "\(c.from))"
                ))
        }
        return (history, warnings)
    }

    /// Whether a change of `target` to `control` moves `region`, one of the regions the target covers: whether it
    /// shared the target's holder.
    ///
    /// A coarse row tells of the side that held the area: a district or governorate row moves the regions held by
    /// a side of its main town (its most populous region) the day before, and a region's row moves the regions
    /// carved from it held by a side of its own (a contested town speaks for both its sides' ground). A village
    /// that a finer row had given to another side stays with that side until a row names it, or until it rejoins
    /// the side of the area around it. Fighting is told of the place itself: a region's row that makes it
    /// contested moves only the carved regions that no row has named yet (they have no history but their
    /// parent's), never a village with a history of its own. `state` is read in place, never copied: a day's
    /// rows ask this once for every region they cover.
    func moves(_ region: RegionID, target: Target, to control: Control, state: borrowing [Int]) -> Bool {
        switch target {
        case .region(let r):
            if region == r { return true }
            if case .contested = control, named[region: region] { return false }
            return onSide(region, of: r, state: state)
        case .district(let d):
            guard let main = mainOfDistrict[d] else { return true }
            return onSide(region, of: main, state: state)
        case .governorate(let g):
            guard let main = mainOfGovernorate[g] else { return true }
            return onSide(region, of: main, state: state)
        }
    }

    /// Whether `region` is held by a side of `main`'s holder (the same control, or one sharing a faction).
    func onSide(_ region: RegionID, of main: RegionID, state: borrowing [Int]) -> Bool {
        state[region: region] == state[region: main]
            || shares(controls[state[region: region]], controls[state[region: main]])
    }

    /// Whether two controls have a faction in common: a contested town still speaks for its fighters' ground.
    func shares(_ a: Control, _ b: Control) -> Bool {
        switch (a, b) {
        case (.faction(let x), .faction(let y)): return x == y
        case (.faction(let x), .contested(let ys)), (.contested(let ys), .faction(let x)): return ys.contains(x)
        case (.contested(let xs), .contested(let ys)): return xs.contains { ys.contains($0) }
        default: return false
        }
    }

    /// Applies one day's changes (the positions `day` of the timeline's list): the most specific target wins each
    /// region; equal specificity must agree.
    ///
    /// The changes are read field by field from the list; one is built whole only for a message.
    mutating func resolveDay(_ day: Range<Int>, state: inout [Int], steps: inout [RegionStep]) {
        let changes = timeline.changes
        /// The first change of the day to name each district or governorate, by position (regions: ``namedToday``).
        var seenAreas: [Target: Int] = [:]
        defer {
            for r in namedTodayList { namedToday[region: r] = -1 }
            namedTodayList.removeAll(keepingCapacity: true)
        }
        /// What each change of the day came to: 1 faulty, 2 effective (it moved a region).
        var outcome = [UInt8](repeating: 0, count: day.count)
        for k in day {
            let c = intern(listControl: changes.controlIndex(at: k))
            let located = changes.isLocated(at: k)
            for target in changes.targets(at: k) {
                let seen: Int?
                if case .region(let r) = target {
                    seen = namedToday[region: r] < 0 ? nil : namedToday[region: r]
                } else {
                    seen = seenAreas[target]
                }
                if let f = seen {
                    let same = changes.controlIndex(at: f) == changes.controlIndex(at: k)
                    // A campaign row that agrees with another row for its region that day adds evidence only.
                    if same && (changes.isLocated(at: f) || located) { continue }
                    let (change, first) = (changes[k], changes[f])
                    let message =
                        same
                        ? "duplicate change: \(name(target)) already goes to \(timeline.code(change.control)) on "
                            + "\(change.day) at \(first.origin)"
                        : "conflicting changes for \(name(target)) on \(change.day): \(timeline.code(change.control)) "
                            + "here, \(timeline.code(first.control)) at \(first.origin)"
                    errors.append(error(change.origin, message))
                    outcome[k - day.lowerBound] = 1
                    continue
                }
                if case .region(let r) = target {
                    namedToday[region: r] = k
                    namedTodayList.append(r)
                } else {
                    seenAreas[target] = k
                }
                defer { if case .region(let r) = target { named[region: r] = true } }
                if case .region(let r) = target, state[region: r] == c,
                    atlas.children[region: r].allSatisfy({ state[region: $0] == c })
                {
                    let change = changes[k]
                    if let place = change.place {
                        warnings.append(
                            DataWarning(
                                .restated, file: change.origin.file, line: change.origin.line,
                                message:
                                    "\(place.name) (region \(atlas.regions[r].id)) is already held by "
                                    + "\(timeline.code(change.control)) on \(change.day)"
                            ))
                        // It still outranks a less specific row of the same day.
                    } else {
                        errors.append(
                            error(
                                change.origin,
                                "\(atlas.regions[r].id) is already held by \(timeline.code(change.control)) on "
                                    + "\(change.day)"
                            ))
                        outcome[k - day.lowerBound] = 1
                        continue
                    }
                }
                // Targets of one specificity never overlap (a region lies in one district and has at most
                // one parent), so the most specific target simply wins each region, among the regions it moves.
                let control = controls[c]
                for (r, l) in cover(target) where moves(r, target: target, to: control, state: state) {
                    winners.offer(region: r, level: l, control: c, change: k)
                }
            }
        }
        let date = changes.day(at: day.lowerBound)
        for w in winners.drain() where state[region: w.region] != w.control {
            steps.append(
                RegionStep(
                    region: w.region, day: date, control: ControlID(w.control),
                    previous: ControlID(state[region: w.region]), change: w.change))
            state[region: w.region] = w.control
            outcome[w.change - day.lowerBound] = 2
        }
        // Only the changes that did nothing are built to be checked.
        for k in day where outcome[k - day.lowerBound] == 0 {
            let change = changes[k]
            if change.targets.allSatisfy({ if case .region = $0 { return false } else { return true } }) {
                errors.append(
                    error(
                        change.origin,
                        "changes no region: every region of \(change.targetText) is already held by "
                            + "\(timeline.code(change.control)) or set by a more specific row that day"
                    ))
            }
        }
    }
}
