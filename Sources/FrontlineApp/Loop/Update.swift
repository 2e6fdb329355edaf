/// What the loop must do after an update, besides keeping the new state.
public enum Effect: Equatable, Sendable {
    /// Draw the state's frame; `full` repaints every cell rather than the difference.
    case draw(full: Bool)
    /// Give the terminal back and end the process with this status.
    case exit(Int32)
}

/// Model–update for the viewer: the state after a terminal event, and the effects it asks for.
///
/// Signals and hang-ups are events like keys: a quit signal exits with 128 + its number, a hang-up with 129
/// (128 + SIGHUP), as shells report them.
public func update(_ state: AppState, _ event: TerminalEvent) -> (AppState, [Effect]) {
    switch event {
    case .key(let key):
        guard let action = interpret(key, in: state) else { return (state, []) }
        let next = reduce(state, action)
        return (next, next.shouldQuit ? [.exit(0)] : [.draw(full: action == .redraw)])
    case .mouse(let m):
        return (reduce(state, .mouse(m)), [.draw(full: false)])
    case .resize(let w, let h):
        return (reduce(state, .resize(width: w, height: h)), [.draw(full: true)])
    case .signal(let sig):
        return (state, [.exit(128 + sig)])
    case .hangup:
        return (state, [.exit(129)])
    }
}
