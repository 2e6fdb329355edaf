/// A key press, decoded from the terminal.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    case ctrl(Character)
    case left, right, up, down, pageUp, pageDown, home, end, enter, escape, backspace, tab
    /// A function key, F1 to F12.
    case function(Int)

    /// How help and `--list-keys` write the key.
    public var description: String {
        switch self {
        case .char(" "): return "space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .left: return "←"
        case .right: return "→"
        case .up: return "↑"
        case .down: return "↓"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .function(let n): return "F\(n)"
        }
    }
}

/// What a mouse did, in screen cells.
public enum MouseEvent: Hashable, Sendable {
    case click(x: Int, y: Int)
    case wheel(up: Bool, x: Int, y: Int)
    /// A drag from one cell to another, with button 1 held.
    case drag(fromX: Int, fromY: Int, toX: Int, toY: Int)
}
