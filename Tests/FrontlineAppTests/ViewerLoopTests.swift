import FrontlineApp
import FrontlineCore
import FrontlineRender
import Testing

/// A backend with a scripted input queue and a fake clock: the loop runs frame by frame, with no terminal.
final class FakeBackend: TerminalBackend {
    /// What the backend returns from each read, in order; an empty queue ends the script with a hang-up.
    /// A nil entry is a wait during which nothing arrives: a read with no timeout (the loop draining what is
    /// queued) returns nil before it without taking it.
    var script: [TerminalEvent?]
    var size: ScreenSize
    var clock = 0.0
    /// Every frame drawn, with whether it was a full repaint, and the clock at the time.
    private(set) var frames: [(grid: CellGrid, full: Bool, at: Double)] = []
    /// The timeout of every read.
    private(set) var waits: [Int] = []

    init(width: Int = 100, height: Int = 30, _ script: [TerminalEvent?]) {
        size = ScreenSize(width: width, height: height)
        self.script = script
    }

    func draw(_ grid: CellGrid, palette: Palette, full: Bool) { frames.append((grid, full, clock)) }

    func read(timeout milliseconds: Int) -> TerminalEvent? {
        waits.append(milliseconds)
        guard !script.isEmpty else { return .hangup }
        if milliseconds == 0, script.first! == nil { return nil }
        let event = script.removeFirst()
        if event == nil { clock += Double(milliseconds) }  // a read that timed out took its whole timeout
        if case .resize(let w, let h)? = event { size = ScreenSize(width: w, height: h) }
        return event
    }

    func now() -> Double { clock }

    /// The text of the last frame.
    var lastText: String { frames.last.map { $0.grid.text } ?? "" }
}

@Suite struct ViewerLoopTests {
    func run(_ backend: FakeBackend, _ state: AppState = Fixture.state(width: 100, height: 30)) -> Int32 {
        ViewerLoop.run(backend, state: state)
    }

    @Test func quitKeyExitsZeroAfterOneFullFrame() {
        let b = FakeBackend([.key(.char("q"))])
        #expect(run(b) == 0)
        #expect(b.frames.count == 1)
        #expect(b.frames.first?.full == true)
        #expect(b.lastText.contains("Fri 2015-05-22"))
    }

    @Test(arguments: [(Int32(2), Int32(130)), (15, 143), (1, 129)])
    func quitSignalsExitWith128PlusTheSignal(signal: Int32, status: Int32) {
        let b = FakeBackend([nil, .signal(signal), .key(.right)])
        #expect(run(b) == status)
        #expect(b.script == [.key(.right)], "the loop stops at the signal")
    }

    @Test func hangupExits129() {
        let b = FakeBackend([.key(.right), nil, .hangup, .key(.right)])
        #expect(run(b) == 129)
        #expect(b.lastText.contains("Sat 2015-05-23"))
        #expect(b.script == [.key(.right)], "nothing after the hang-up is read")
    }

    @Test func idleViewerDrawsNothingAfterTheFirstFrame() {
        let b = FakeBackend(Array(repeating: nil, count: 20) + [.key(.char("q"))])
        #expect(run(b) == 0)
        #expect(b.frames.count == 1, "20 idle reads (10 s) drew \(b.frames.count - 1) more frames")
    }

    @Test func redrawKeyRepaintsOnceInFullThenGoesIdle() {
        let b = FakeBackend([.key(.ctrl("l")), nil, nil, .key(.right), nil, .key(.char("q"))])
        #expect(run(b) == 0)
        #expect(b.frames.map(\.full) == [true, true, false])
    }

    @Test func resizeRepaintsAtTheNewSizeOnceThenGoesIdle() {
        let b = FakeBackend([.resize(width: 80, height: 24), nil, nil, .key(.char("q"))])
        #expect(run(b) == 0)
        #expect(b.frames.count == 2)
        #expect(b.frames.last?.full == true)
        #expect(b.frames.last?.grid.width == 80 && b.frames.last?.grid.height == 24)
    }

    @Test func queuedEventsAreDrawnOnceTogether() {
        let b = FakeBackend(Array(repeating: .key(.right), count: 30) + [nil, .key(.char("q"))])
        #expect(run(b) == 0)
        #expect(b.frames.count == 2, "30 queued keys, one frame")
        #expect(b.lastText.contains("2015-06-21"))
    }

    @Test func keysWithoutAnActionDrawNothing() {
        let b = FakeBackend([.key(.char("§")), .key(.char("q"))])
        #expect(run(b) == 0)
        #expect(b.frames.count == 1)
    }

    @Test func keysOutsideAModesTableDrawNothing() {
        // In the help, x means nothing: before the tables were per mode, every key in an overlay was input and
        // drew a frame.
        let b = FakeBackend([
            .key(.char("?")), nil, .key(.char("x")), nil, .key(.char("x")), nil, .key(.escape), nil, .key(.char("q"))
        ])
        #expect(run(b) == 0)
        #expect(b.frames.count == 3, "first frame, help, closed: \(b.frames.count)")
        #expect(!b.lastText.contains("Frontline keys"))
    }

    @Test func tabEnterThroughTheLoopMovesTheCursorAndDrawsTheLabel() {
        let b = FakeBackend([.key(.tab), nil, .key(.enter), nil, .key(.char("q"))])
        #expect(run(b) == 0)
        #expect(b.frames.count == 3)
        #expect(!b.lastText.contains("33.20N 42.15E"), "the cursor went to the change")
    }

    @Test func playTicksOneDayPerIntervalAndStopsDrawingWhenPaused() {
        // At 8 days/s a tick is due every 125 ms; each timed-out read advances the fake clock by its wait.
        let b = FakeBackend(
            [.key(.char(" "))] + Array(repeating: nil, count: 8) + [.key(.char(" ")), nil, nil, nil, .key(.char("q"))])
        #expect(run(b) == 0)
        #expect(b.waits[1...8].allSatisfy { $0 <= 125 }, "\(b.waits)")
        #expect(b.lastText.contains("2015-05-30"), "eight ticks moved eight days")
        let paused = b.frames.count
        #expect(paused == 1 + 1 + 8 + 1, "first frame, play, eight ticks, pause: \(paused)")
    }
}
