import Testing
@testable import FrontlineCore

/// A cursor moved forward and backward over the fixture timeline agrees with a full snapshot.
@Suite struct ControlCursorTests {
    static let days = [
        "2014-01-01", "2014-02-28", "2014-03-01", "2014-05-31", "2014-06-01", "2015-01-09",
        "2015-01-10", "2015-01-11", "2015-12-31", "2016-01-01", "2019-12-31"
    ].map(day)

    @Test(arguments: days)
    func everyMoveFromThisDayMatchesTheSnapshot(_ start: Day) throws {
        let history = try Fixture().load().history
        for target in Self.days {
            var cursor = ControlCursor(history: history, day: start)
            let crossed = cursor.move(to: target, in: history)
            #expect(cursor.day == target)
            #expect(cursor.controls == history.snapshot(at: target), "from \(start) to \(target)")
            let lo = min(start, target), hi = max(start, target)
            #expect(Array(crossed) == Array(history.steps(after: lo, through: hi)))
        }
    }

    @Test func chainedMovesForwardAndBack() throws {
        let history = try Fixture().load().history
        var cursor = ControlCursor(history: history, day: Era.first)
        for target in Self.days + Self.days.reversed() + [day("2015-01-10"), day("2014-02-01"), day("2016-06-01")] {
            cursor.move(to: target, in: history)
            #expect(cursor.controls == history.snapshot(at: target), "at \(target)")
        }
    }

    @Test func backwardMoveReturnsUndoneSteps() throws {
        let history = try Fixture().load().history
        var cursor = ControlCursor(history: history, day: day("2016-01-01"))
        let undone = cursor.move(to: day("2014-06-01"), in: history)
        #expect(undone.map(\.day) == [day("2015-01-10"), day("2015-01-10"), day("2016-01-01")])
        #expect(cursor.move(to: day("2014-06-01"), in: history).isEmpty)
    }
}
