/// One line of the key table: the keys, the action, and what help says.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let help: String
    public let group: String
}

/// The key table, as data: the viewer dispatches through it, and help and `--list-keys` are generated from it.
public enum KeyTable {
    public static let bindings: [KeyBinding] = {
        var b: [KeyBinding] = [
            KeyBinding(keys: [.left, .right], action: .stepDays(1), help: "back or forward one day", group: "Time"),
            KeyBinding(keys: [.char("["), .char("]"), .up, .down], action: .stepChangeDays(1), help: "previous or next day with a change", group: "Time"),
            KeyBinding(keys: [.pageUp, .pageDown], action: .stepMonths(1), help: "back or forward one month", group: "Time"),
            KeyBinding(keys: [.home, .end], action: .firstDay, help: "first or last day (2014-01-01, 2019-12-31)", group: "Time"),
            KeyBinding(keys: [.char("g")], action: .promptDate, help: "go to a typed date", group: "Time"),
            KeyBinding(keys: [.char(" ")], action: .togglePlay, help: "play or pause", group: "Time"),
            KeyBinding(keys: [.char("<"), .char(">")], action: .faster, help: "slower or faster play (1 to 64 days/s)", group: "Time"),
            KeyBinding(keys: [.char("h"), .char("j"), .char("k"), .char("l")], action: .moveCursor(dx: 0, dy: 0), help: "move the cursor (pan at the edge); H J K L by 8", group: "Map"),
            KeyBinding(keys: [.char("a"), .char("s"), .char("w"), .char("d")], action: .moveCursor(dx: 0, dy: 0), help: "move the cursor, as h j k l; A S W D by 8", group: "Map"),
            KeyBinding(keys: [.char("+"), .char("-")], action: .zoomIn, help: "zoom in or out (2 to 40 km per column)", group: "Map"),
            KeyBinding(keys: [.char("0")], action: .fit, help: "fit Syria and Iraq", group: "Map"),
            KeyBinding(keys: [.char("c")], action: .toggleHighlight, help: "highlight regions that changed that day", group: "Map"),
            KeyBinding(keys: [.char("1"), .char("9")], action: .toggleFaction(0), help: "toggle faction 1 to 9 (see the legend)", group: "Factions"),
            KeyBinding(keys: [.char("f")], action: .factionMenu, help: "faction menu: toggle, solo, all, invert", group: "Factions"),
            KeyBinding(keys: [.char("t")], action: .cycleStripFaction, help: "next faction in the timeline strip", group: "Factions"),
            KeyBinding(keys: [.char("p")], action: .togglePalette, help: "switch to or from the colour-blind palette", group: "Factions"),
            KeyBinding(keys: [.char("/")], action: .promptSearch, help: "search places by any name", group: "Places"),
            KeyBinding(keys: [.char("n")], action: .nextMatch, help: "next search match", group: "Places"),
            KeyBinding(keys: [.enter], action: .regionHistory, help: "full history of the region under the cursor", group: "Places"),
            KeyBinding(keys: [.char("e")], action: .events, help: "events panel", group: "Panels"),
            KeyBinding(keys: [.char("?")], action: .help, help: "this help", group: "Panels"),
            KeyBinding(keys: [.char("q"), .escape], action: .back, help: "quit, or close an overlay", group: "Panels"),
            KeyBinding(keys: [.ctrl("l")], action: .redraw, help: "redraw the screen", group: "Panels"),
        ]
        b.append(KeyBinding(keys: [], action: .mouse(.click(x: 0, y: 0)),
                            help: "mouse: click moves the cursor, the wheel zooms, dragging pans", group: "Map"))
        return b
    }()

    /// The action for `key` in normal mode, or nil if the key does nothing.
    public static func action(for key: Key) -> Action? {
        switch key {
        case .left: return .stepDays(-1)
        case .right: return .stepDays(1)
        case .char("["), .up: return .stepChangeDays(-1)
        case .char("]"), .down: return .stepChangeDays(1)
        case .pageUp: return .stepMonths(-1)
        case .pageDown: return .stepMonths(1)
        case .home: return .firstDay
        case .end: return .lastDay
        case .char("<"): return .slower
        case .char(">"): return .faster
        case .char("-"), .char("_"): return .zoomOut
        case .char("+"), .char("="): return .zoomIn
        case .char(let c) where "hjklaswdHJKLASWD".contains(c):
            let step = c.isUppercase ? 8 : 1
            switch Character(c.lowercased()) {
            case "h", "a": return .moveCursor(dx: -step, dy: 0)
            case "l", "d": return .moveCursor(dx: step, dy: 0)
            case "k", "w": return .moveCursor(dx: 0, dy: -step)
            default: return .moveCursor(dx: 0, dy: step)
            }
        case .char(let c) where ("1"..."9").contains(c): return .toggleFaction(Int(String(c))! - 1)
        default:
            return bindings.first { $0.keys.contains(key) && $0.keys.count == 1 }?.action
                ?? bindings.first { $0.keys.contains(key) && [.back, .regionHistory, .promptSearch].contains($0.action) }?.action
        }
    }

    /// The help text: one line per binding, grouped, generated from ``bindings``.
    public static var helpLines: [String] {
        var lines: [String] = []
        var group = ""
        for b in bindings {
            if b.group != group {
                if !lines.isEmpty { lines.append("") }
                lines.append(b.group)
                group = b.group
            }
            let keys = b.keys.isEmpty ? "mouse" : b.keys.map(\.description).joined(separator: " ")
            lines.append("  " + keys.padding(toLength: 14, withPad: " ", startingAt: 0) + b.help)
        }
        lines += ["", "In the faction menu: ↑ ↓ choose, space toggles, s solo, a all, i invert.",
                  "Deserts and open country follow whoever holds their towns and roads,",
                  "as on the era's Wikipedia maps: each region is a town and the land nearest to it."]
        return lines
    }
}
