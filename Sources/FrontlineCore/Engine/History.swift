/// One region changing hands on one day.
///
/// Stored in 32-bit fields (20 bytes rather than 40): a history holds one step per region per change.
public struct RegionStep: Sendable, Hashable {
    private let storedRegion: Int32, storedDay: Int32, storedControl: Int32, storedPrevious: Int32, storedChange: Int32

    public init(region: RegionID, day: Day, control: ControlID, previous: ControlID, change: Int) {
        storedRegion = Int32(region.index)
        storedDay = Int32(day.ordinal)
        storedControl = Int32(control.index)
        storedPrevious = Int32(previous.index)
        storedChange = Int32(change)
    }

    /// Index into ``Atlas/regions``.
    public var region: RegionID { RegionID(Int(storedRegion)) }
    public var day: Day { Day(ordinal: Int(storedDay)) }
    /// Index into ``History/controls``.
    public var control: ControlID { ControlID(Int(storedControl)) }
    /// The control the region had before, index into ``History/controls``.
    public var previous: ControlID { ControlID(Int(storedPrevious)) }
    /// Index into ``Timeline/changes``: the row that made this step.
    public var change: Int { Int(storedChange) }
}

/// Who held a region on a day, since when, and on whose word.
public struct ControlAnswer: Sendable {
    public let control: Control
    /// The day the region came to this controller, or nil if it held it from the first day.
    public let since: Day?
    /// The step that made it so, or nil for the initial state.
    public let step: RegionStep?
    /// The initial row in force when no step applies.
    public let initial: InitialRow?
    /// The control before `since`, if any.
    public let previous: Control?
}

/// The timeline resolved per region: the control of every region on every day, and the changes of every day.
///
/// Lookups are O(log n) in a region's own changes; stepping one day touches only the regions that changed.
/// Building checks the rows against each other: coverage of the initial state, same-day conflicts and
/// duplicates, and changes that change nothing.
public struct History: Sendable {
    /// Every distinct control that occurs, interned; steps and snapshots hold indices into this.
    public let controls: [Control]
    /// The control index of each region on the first day, by region (read with `initial[region: r]`).
    public let initial: [ControlID]
    /// The initial row that set each region, by region.
    public let initialRow: [Int]
    /// All steps, ordered by day then region.
    public let steps: [RegionStep]
    /// Each region's steps, by day, as indices into ``steps``: region r's are
    /// `regionSteps[regionStart[r]..<regionStart[r + 1]]` (one flat array, not an array per region).
    let regionSteps: [Int32]
    let regionStart: [Int32]
    /// Distinct days with steps, ascending, and where each day's steps start in ``steps``.
    public let days: [Day]
    let dayStart: [Int]
    let timeline: Timeline

    /// Resolves `timeline` over `atlas`, collecting every inconsistency as an error and oddities as warnings.
    public static func build(atlas: Atlas, timeline: Timeline, initialFolder: String = "timeline/initial")
        throws(DataErrors) -> (History, [DataWarning])
    {
        var builder = HistoryBuilder(atlas: atlas, timeline: timeline)
        builder.initialFolder = initialFolder
        return try builder.run()
    }

    init(
        controls: [Control], initial: [ControlID], initialRow: [Int], steps: [RegionStep], regionCount: Int,
        timeline: Timeline
    ) {
        self.controls = controls
        self.initial = initial
        self.initialRow = initialRow
        self.steps = steps
        self.timeline = timeline
        var start = [Int32](repeating: 0, count: regionCount + 1)
        var days: [Day] = []
        var dayStart: [Int] = []
        for (i, s) in steps.enumerated() {
            start[s.region.index + 1] += 1
            if days.last != s.day {
                days.append(s.day)
                dayStart.append(i)
            }
        }
        for r in 0..<regionCount { start[r + 1] += start[r] }
        var fill = start
        var regionSteps = [Int32](repeating: 0, count: steps.count)
        for (i, s) in steps.enumerated() {
            regionSteps[Int(fill[region: s.region])] = Int32(i)
            fill[region: s.region] += 1
        }
        self.regionSteps = regionSteps
        regionStart = start
        self.days = days
        self.dayStart = dayStart
    }

    /// The index into ``steps`` of the last step of `region` on or before `day`, by binary search.
    func stepIndex(region: RegionID, at day: Day) -> Int? {
        let first = Int(regionStart[region: region])
        let lo = regionSteps.partitionPoint(in: first..<Int(regionStart[region.index + 1])) {
            steps[Int($0)].day <= day
        }
        return lo == first ? nil : Int(regionSteps[lo - 1])
    }

    /// The control index of `region` on `day`.
    public func controlIndex(region: RegionID, at day: Day) -> ControlID {
        stepIndex(region: region, at: day).map { steps[$0].control } ?? initial[region: region]
    }

    /// Who held `region` on `day`, since when, and the row that says so.
    public func answer(region: RegionID, at day: Day) -> ControlAnswer {
        guard let i = stepIndex(region: region, at: day) else {
            return ControlAnswer(
                control: controls[initial[region: region]], since: nil, step: nil,
                initial: timeline.initial[initialRow[region: region]], previous: nil)
        }
        let s = steps[i]
        return ControlAnswer(
            control: controls[s.control], since: s.day, step: s, initial: nil, previous: controls[s.previous])
    }

    /// Every step of `region`, oldest first.
    public func steps(region: RegionID) -> [RegionStep] {
        regionSteps[Int(regionStart[region: region])..<Int(regionStart[region.index + 1])].map { steps[Int($0)] }
    }

    /// The steps on days after `from` up to and including `through`, in day order.
    public func steps(after from: Day, through: Day) -> ArraySlice<RegionStep> {
        guard from < through else { return [] }
        return steps[firstStep(after: from)..<firstStep(after: through)]
    }

    /// The steps on exactly `day`.
    public func steps(on day: Day) -> ArraySlice<RegionStep> { steps(after: day.adding(days: -1), through: day) }

    /// The index of the first step on a day after `day`.
    func firstStep(after day: Day) -> Int {
        let lo = days.partitionPoint { $0 <= day }
        return lo < days.count ? dayStart[lo] : steps.count
    }

    /// The control index of every region on `day`: a full lookup, O(regions · log changes).
    public func snapshot(at day: Day) -> [ControlID] {
        RegionID.all(initial.count).map { controlIndex(region: $0, at: day) }
    }

    /// The next day after `day` with a change, if any.
    public func nextChangeDay(after day: Day) -> Day? {
        let i = firstStep(after: day)
        return i < steps.count ? steps[i].day : nil
    }

    /// The last day before `day` with a change, if any.
    public func previousChangeDay(before day: Day) -> Day? {
        let lo = days.partitionPoint { $0 < day }
        return lo == 0 ? nil : days[lo - 1]
    }

    /// How many days with changes fall on or before `day`: the number of the current change in the status line.
    public func changeDayNumber(at day: Day) -> Int {
        days.partitionPoint { $0 <= day }
    }
}

/// A mutable per-region control state that moves day by day, applying only the steps in between.
public struct ControlCursor: Sendable {
    public private(set) var day: Day
    /// The control index of each region on ``day``.
    public private(set) var controls: [ControlID]

    /// The state on `day`, from a full lookup.
    public init(history: History, day: Day) {
        self.day = day
        controls = history.snapshot(at: day)
    }

    /// Moves to `target`, returning the steps crossed (forward: applied; backward: undone).
    @discardableResult
    public mutating func move(to target: Day, in history: History) -> ArraySlice<RegionStep> {
        if target > day {
            let crossed = history.steps(after: day, through: target)
            for s in crossed { controls[region: s.region] = s.control }
            day = target
            return crossed
        }
        if target < day {
            let crossed = history.steps(after: target, through: day)
            for s in crossed.reversed() { controls[region: s.region] = s.previous }
            day = target
            return crossed
        }
        return []
    }
}
