import Foundation
import FrontlineApp
import FrontlineCore
import FrontlineRender
import Testing

/// Time-lapse frames and their recording as asciicast.
@Suite struct TimeLapseTests {
    @Test func stepsEndOnTheLastDay() {
        let a = Day(iso: "2015-01-31")!, b = Day(iso: "2015-05-10")!
        #expect(
            TimeStep.month.days(from: a, to: b).map(\.description) == [
                "2015-01-31", "2015-02-28", "2015-03-31", "2015-04-30", "2015-05-10"
            ])
        #expect(
            TimeStep.week.days(from: a, to: Day(iso: "2015-02-14")!).map(\.description) == [
                "2015-01-31", "2015-02-07", "2015-02-14"
            ])
        #expect(TimeStep.day.days(from: a, to: a) == [a])
    }

    @Test func framesArePrintsFramesAndTheCaptionNamesTheLargestChange() {
        let state = Fixture.state(day: Day(iso: "2015-05-14")!, width: 120, height: 40)
        var lapse = TimeLapse(state: state, caption: true)
        _ = lapse.frame(on: Day(iso: "2015-05-14")!)
        let frame = lapse.frame(on: Day(iso: "2015-05-21")!)
        #expect(frame.height == 41)
        let printed = render(
            Fixture.state(day: Day(iso: "2015-05-21")!, width: 120, height: 40).scene, width: 120, height: 40)
        for y in 0..<40 { for x in 0..<120 { #expect(frame[x, y] == printed[x, y], "cell \(x),\(y)") } }
        // Palmyra is the largest region to change hands in that week.
        let caption = frame.text.split(separator: "\n").last ?? ""
        let km2 = Int(Fixture.data.atlas.region(id: "palmyra")!.areaKm2.rounded())
        #expect(
            caption.contains("2015-05-20  Palmyra (Tadmur): Syrian government → Islamic State, \(km2) km² (and "),
            "\(caption)")
    }

    @Test func theWholeWarAtWeeklyStepsStaysSmall() throws {
        var lapse = TimeLapse(state: Fixture.state(day: Era.first, width: 160, height: 50), caption: true)
        let days = TimeStep.week.days(from: Era.first, to: Era.last)
        var bytes = 0, lines: [String] = [], frames = 0
        lapse.record(
            days: days, fps: 8, title: "war",
            emit: {
                bytes += $0.utf8.count
                if lines.count < 3 { lines.append($0) }
            },
            progress: { frames = $0 })
        #expect(frames == days.count && days.count == 314)
        #expect(bytes < 20_000_000, "\(bytes) bytes")
        let header = try #require(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["width"] as? Int == 160 && header["height"] as? Int == 51)
        let second = try #require(JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [Any])
        #expect(second[0] as? Double == 0.125)
    }
}
