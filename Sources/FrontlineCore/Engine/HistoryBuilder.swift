/// Resolves initial rows and changes into per-region steps, collecting every inconsistency.
struct HistoryBuilder {
    let atlas: Atlas
    let timeline: Timeline
    var controls: [Control] = []
    var controlIndex: [Control: Int] = [:]
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
    }

    /// The regions a target covers, each with the specificity it has there.
    ///
    /// A region id also covers the regions carved out of it (`parents.tsv`), one step less specific: the
    /// parent rule, by which a carved region follows its parent's history unless a row names it (see
    /// ``followers(of:to:state:)`` for the regions a row moves). So from most
    /// to least specific: the region itself (4), a region through its parent (3), a district (2), a governorate (1).
    func cover(_ target: Target) -> [(region: RegionID, level: Int)] {
        switch target {
        case .region(let r):
            let children = atlas.children[region: r]
            return children.isEmpty ? [(r, 4)] : [(r, 4)] + children.map { ($0, 3) }
        case .district(let d): return regionsOfDistrict[d].map { ($0, 2) }
        case .governorate(let g): return regionsOfGovernorate[g].map { ($0, 1) }
        }
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
                let covered = row.place != nil ? cover(target).filter { $0.level == 4 } : cover(target)
                for (r, l) in covered where l + bonus > level[region: r] {
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
            resolveDay(changes[i..<j], state: &state, steps: &steps)
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

    /// Which regions of `target` a change of it moves: the regions that shared the target's holder.
    ///
    /// A coarse row tells of the side that held the area: a district or governorate row moves the regions held by
    /// a side of its main town (its most populous region) the day before, and a region's row moves the regions
    /// carved from it held by a side of its own (a contested town speaks for both its sides' ground). A village
    /// that a finer row had given to another side stays with that side until a row names it, or until it rejoins
    /// the side of the area around it. Fighting is told of the place itself: a region's row that makes it
    /// contested moves only the carved regions that no row has named yet (they have no history but their
    /// parent's), never a village with a history of its own.
    func followers(of target: Target, to control: Control, state: [Int]) -> (RegionID) -> Bool {
        switch target {
        case .region(let r):
            let fighting = if case .contested = control { true } else { false }
            return {
                $0 == r
                    || !(fighting && self.named[region: $0])
                        && (state[region: $0] == state[region: r]
                            || self.shares(self.controls[state[region: $0]], self.controls[state[region: r]]))
            }
        case .district(let d):
            return followers(ofMain: mainOfDistrict[d], state: state)
        case .governorate(let g):
            return followers(ofMain: mainOfGovernorate[g], state: state)
        }
    }

    /// The regions on a side of `main`'s holder (every region when the area has none).
    func followers(ofMain main: RegionID?, state: [Int]) -> (RegionID) -> Bool {
        guard let main else { return { _ in true } }
        let town = controls[state[region: main]]
        return { r in state[region: r] == state[region: main] || self.shares(self.controls[state[region: r]], town) }
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

    /// Applies one day's changes: the most specific target wins each region; equal specificity must agree.
    mutating func resolveDay(_ day: Slice<ChangeList>, state: inout [Int], steps: inout [RegionStep]) {
        var seenTargets: [Target: Change] = [:]
        var faulty = Set<Int>()
        for change in day {
            let c = intern(change.control)
            for target in change.targets {
                if let first = seenTargets[target] {
                    // A campaign row that agrees with another row for its region that day adds evidence only.
                    if first.control == change.control && (first.place != nil || change.place != nil) { continue }
                    let message =
                        first.control == change.control
                        ? "duplicate change: \(name(target)) already goes to \(timeline.code(change.control)) on "
                            + "\(change.day) at \(first.origin)"
                        : "conflicting changes for \(name(target)) on \(change.day): \(timeline.code(change.control)) "
                            + "here, \(timeline.code(first.control)) at \(first.origin)"
                    errors.append(error(change.origin, message))
                    faulty.insert(change.index)
                    continue
                }
                seenTargets[target] = change
                defer { if case .region(let r) = target { named[region: r] = true } }
                if case .region(let r) = target, state[region: r] == c,
                    atlas.children[region: r].allSatisfy({ state[region: $0] == c })
                {
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
                        faulty.insert(change.index)
                        continue
                    }
                }
                // Targets of one specificity never overlap (a region lies in one district and has at most
                // one parent), so the most specific target simply wins each region, among the regions it moves.
                let held = followers(of: target, to: change.control, state: state)
                for (r, l) in cover(target) where held(r) {
                    winners.offer(region: r, level: l, control: c, change: change.index)
                }
            }
        }
        var effective = Set<Int>()
        let date = day.first!.day
        for w in winners.drain() where state[region: w.region] != w.control {
            steps.append(
                RegionStep(
                    region: w.region, day: date, control: ControlID(w.control),
                    previous: ControlID(state[region: w.region]), change: w.change))
            state[region: w.region] = w.control
            effective.insert(w.change)
        }
        // By position (a change's index): only the changes that did nothing are built to be checked.
        for i in day.indices where !effective.contains(i) && !faulty.contains(i) {
            let change = day[i]
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
