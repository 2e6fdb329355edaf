import FrontlineApp
import FrontlineCore
import FrontlineRender
#if canImport(Glibc)
import Glibc
#endif

/// The viewer's main loop: read an event, reduce, render, flush the difference. Model, update, view.
public enum Viewer {
    /// Runs until the user quits or a quit signal arrives; returns the process exit status.
    ///
    /// `crashAfterFirstFrame` is a hidden test hook that traps deliberately, to test terminal restoration.
    public static func run(terminal: Terminal, state initial: AppState, crashAfterFirstFrame: Bool = false) -> Int32 {
        var state = initial
        let size = terminal.size
        state = reduce(state, .resize(width: size.width, height: size.height))
        var lastTick = now()
        var full = true
        while true {
            let palette = Palette(depth: state.options.depth, scheme: state.options.scheme, factions: state.data.timeline.factions)
            terminal.draw(render(state.scene, width: state.width, height: state.height), palette: palette, full: full || state.needsFullRedraw)
            full = false
            if crashAfterFirstFrame { fatalError("deliberate crash requested by the hidden --crash-test flag") }
            if let sig = terminal.pendingSignal() { return 128 + sig }
            if state.shouldQuit { return 0 }
            let interval = 1000 / state.speed
            let wait = state.playing ? max(1, interval - Int(now() - lastTick)) : 500
            let event = terminal.read(timeout: wait)
            if let sig = terminal.pendingSignal() { return 128 + sig }
            switch event {
            case .key(let key)?:
                if let action = interpret(key, in: state) { state = reduce(state, action) }
            case .mouse(let m)?: state = reduce(state, .mouse(m))
            case .resize(let w, let h)?: state = reduce(state, .resize(width: w, height: h))
            case nil: break
            }
            if state.playing, now() - lastTick >= Double(interval) {
                state = reduce(state, .tick)
                lastTick = now()
            } else if !state.playing {
                lastTick = now()
            }
        }
    }

    /// Milliseconds on a monotonic clock.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1_000_000
    }
}
