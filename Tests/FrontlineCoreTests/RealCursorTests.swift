import Testing
@testable import FrontlineCore

/// The incremental cursor against full snapshots on the real history.
@Suite struct RealCursorTests {
    @Test func realDataLoads() throws {
        let d = try RealData.data()
        #expect(d.atlas.regions.count > 500)
        #expect(d.history.steps.count > 300)
    }

    @Test func steppingForwardDayByDayMatchesEverySnapshot() throws {
        let history = try RealData.data().history
        var cursor = ControlCursor(history: history, day: Era.first)
        var date = Era.first
        var mismatches: [String] = []
        while date <= Era.last {
            cursor.move(to: date, in: history)
            if cursor.controls != history.snapshot(at: date) { mismatches.append(date.description) }
            date = date.adding(days: 1)
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) days differ, first \(mismatches.prefix(5))")
    }

    @Test func steppingBackwardDayByDayMatchesEverySnapshot() throws {
        let history = try RealData.data().history
        var cursor = ControlCursor(history: history, day: Era.last)
        var date = Era.last
        var mismatches: [String] = []
        while date >= Era.first {
            cursor.move(to: date, in: history)
            if cursor.controls != history.snapshot(at: date) { mismatches.append(date.description) }
            date = date.adding(days: -1)
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) days differ, first \(mismatches.prefix(5))")
    }

    @Test(arguments: [1, 2, 3, 42, 2015])
    func randomJumpsMatchTheSnapshot(_ seed: UInt64) throws {
        let history = try RealData.data().history
        var rng = SplitMix64(seed: seed)
        let span = UInt64(Era.last.ordinal - Era.first.ordinal + 1)
        var cursor = ControlCursor(history: history, day: Era.last)
        for _ in 0..<300 {
            // Mostly backward jumps of up to two years, with some forward ones.
            let back = rng.next() % 4 != 0
            let distance = Int(rng.next() % 730)
            var target = cursor.day.adding(days: back ? -distance : distance)
            if target < Era.first || target > Era.last {
                target = Day(ordinal: Era.first.ordinal + Int(rng.next() % span))
            }
            let from = cursor.day
            cursor.move(to: target, in: history)
            #expect(cursor.controls == history.snapshot(at: target), "jump \(from) -> \(target)")
        }
    }

    @Test func stepsChainPreviousToControl() throws {
        // Each step starts from what the region held the day before.
        let history = try RealData.data().history
        for s in history.steps {
            #expect(s.previous == history.controlIndex(region: s.region, at: s.day.adding(days: -1)))
            #expect(s.control == history.controlIndex(region: s.region, at: s.day))
            #expect(s.previous != s.control)
        }
    }
}

/// A small deterministic generator, so a failing jump can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
