import FrontlineRender

/// The viewer's main loop: read an event, update, draw the frame if one is due. Model, update, view.
///
/// It draws only when an update asks for it or a play tick moves the day, so an idle viewer writes nothing, and
/// it draws once for all the events that were waiting, so it never falls behind the keyboard.
public enum ViewerLoop {
    /// How long an idle read waits, in milliseconds. Signals interrupt the wait, so this bounds nothing the
    /// user sees; it only keeps a lost wake-up from stalling the loop.
    static let idleWait = 500
    /// The most events taken in one go before a frame is drawn.
    static let maxBatch = 256

    /// Runs until an effect asks to exit; returns that exit status.
    public static func run(_ backend: TerminalBackend, state initial: AppState) -> Int32 {
        let size = backend.size
        var state = reduce(initial, .resize(width: size.width, height: size.height))
        var due: Bool? = true  // a frame is due; true means a full repaint
        var lastTick = backend.now()
        var palette = Self.palette(state)
        while true {
            if let full = due {
                if palette.scheme != state.options.scheme || palette.depth != state.options.depth {
                    palette = Self.palette(state)
                }
                backend.draw(
                    render(state.scene, width: state.width, height: state.height), palette: palette, full: full)
                due = nil
            }
            let interval = Double(1000 / state.speed)
            let wait = state.playing ? max(1, Int(interval - (backend.now() - lastTick))) : idleWait
            // Take every event already queued before drawing again, so a held key or a pasted burst costs one
            // frame, not one per key, and the screen keeps up with the keyboard.
            var event = backend.read(timeout: wait)
            var taken = 0
            while let current = event {
                let (next, effects) = update(state, current)
                state = next
                for effect in effects {
                    switch effect {
                    case .exit(let status): return status
                    case .draw(let full): due = (due ?? false) || full
                    }
                }
                taken += 1
                event = taken < maxBatch ? backend.read(timeout: 0) : nil
            }
            if !state.playing {
                lastTick = backend.now()
            } else if backend.now() - lastTick >= interval {
                state = reduce(state, .tick)
                lastTick = backend.now()
                due = due ?? false
            }
        }
    }

    /// The palette the state's options ask for.
    static func palette(_ state: AppState) -> Palette {
        Palette(depth: state.options.depth, scheme: state.options.scheme, factions: state.data.timeline.factions)
    }
}
