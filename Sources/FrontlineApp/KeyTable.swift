/// One line of the key table: a key, its action, and what help says.
public struct KeyBinding: Sendable {
    public let key: Key
    public let action: Action
    /// Bindings in a row with the same help text are shown together, as in `← →  back or forward one day`.
    public let help: String
    public let group: String
}

/// The key table, as data: the viewer dispatches through it, and help and `--list-keys` are generated from it.
public enum KeyTable {
    public static let bindings: [KeyBinding] = {
        var b: [KeyBinding] = []
        func bind(_ group: String, _ help: String, _ pairs: [(Key, Action)]) {
            for (k, a) in pairs { b.append(KeyBinding(key: k, action: a, help: help, group: group)) }
        }
        bind("Time", "back or forward one day", [(.left, .stepDays(-1)), (.right, .stepDays(1))])
        bind("Time", "previous or next day with a change",
             [(.char("["), .stepChangeDays(-1)), (.char("]"), .stepChangeDays(1)), (.up, .stepChangeDays(-1)), (.down, .stepChangeDays(1))])
        bind("Time", "back or forward one month", [(.pageUp, .stepMonths(-1)), (.pageDown, .stepMonths(1))])
        bind("Time", "first or last day (2014-01-01, 2019-12-31)", [(.home, .firstDay), (.end, .lastDay)])
        bind("Time", "go to a typed date", [(.char("g"), .promptDate)])
        bind("Time", "play or pause", [(.char(" "), .togglePlay)])
        bind("Time", "slower or faster play (1 to 64 days/s)", [(.char("<"), .slower), (.char(">"), .faster)])
        bind("Map", "move the cursor; the map pans at the edge",
             [(.char("h"), .moveCursor(dx: -1, dy: 0)), (.char("j"), .moveCursor(dx: 0, dy: 1)),
              (.char("k"), .moveCursor(dx: 0, dy: -1)), (.char("l"), .moveCursor(dx: 1, dy: 0))])
        bind("Map", "the same, as on a game pad",
             [(.char("a"), .moveCursor(dx: -1, dy: 0)), (.char("s"), .moveCursor(dx: 0, dy: 1)),
              (.char("w"), .moveCursor(dx: 0, dy: -1)), (.char("d"), .moveCursor(dx: 1, dy: 0))])
        bind("Map", "move the cursor 8 cells at a time",
             [(.char("H"), .moveCursor(dx: -8, dy: 0)), (.char("J"), .moveCursor(dx: 0, dy: 8)),
              (.char("K"), .moveCursor(dx: 0, dy: -8)), (.char("L"), .moveCursor(dx: 8, dy: 0)),
              (.char("A"), .moveCursor(dx: -8, dy: 0)), (.char("S"), .moveCursor(dx: 0, dy: 8)),
              (.char("W"), .moveCursor(dx: 0, dy: -8)), (.char("D"), .moveCursor(dx: 8, dy: 0))])
        bind("Map", "zoom in or out (40 to 0.5 km per column)",
             [(.char("+"), .zoomIn), (.char("-"), .zoomOut), (.char("="), .zoomIn), (.char("_"), .zoomOut)])
        bind("Map", "fit Syria and Iraq", [(.char("0"), .fit)])
        bind("Map", "highlight the regions that changed that day", [(.char("c"), .toggleHighlight)])
        bind("Factions", "toggle a faction (numbers as in the legend)",
             (1...9).map { (Key.char(Character(String($0))), Action.toggleFaction($0 - 1)) })
        bind("Factions", "faction menu: toggle, solo, all, invert", [(.char("f"), .factionMenu)])
        bind("Factions", "next faction in the timeline strip", [(.char("t"), .cycleStripFaction)])
        bind("Factions", "switch to or from the colour-blind palette", [(.char("p"), .togglePalette)])
        bind("Places", "search places by any name, ignoring accents", [(.char("/"), .promptSearch)])
        bind("Places", "next search match", [(.char("n"), .nextMatch)])
        bind("Places", "full history of the region under the cursor", [(.enter, .regionHistory)])
        bind("Panels", "events panel", [(.char("e"), .events)])
        bind("Panels", "this help", [(.char("?"), .help)])
        bind("Panels", "quit, or close an overlay", [(.char("q"), .back), (.escape, .back)])
        bind("Panels", "redraw the screen", [(.ctrl("l"), .redraw)])
        return b
    }()

    /// The action for `key` in normal mode, or nil if the key does nothing.
    public static func action(for key: Key) -> Action? {
        bindings.first { $0.key == key }?.action
    }

    /// The help text, generated from ``bindings``: grouped, with keys that share a description on one line.
    public static var helpLines: [String] {
        var lines: [String] = []
        var group = ""
        var i = 0
        let b = bindings
        while i < b.count {
            if b[i].group != group {
                if !lines.isEmpty { lines.append("") }
                lines.append(b[i].group)
                group = b[i].group
            }
            var j = i
            while j < b.count && b[j].help == b[i].help && b[j].group == b[i].group { j += 1 }
            let keys = b[i..<j].map(\.key.description)
            let compact = keys.count > 4 && keys.allSatisfy { $0.count == 1 }
            let shown = compact ? (keys.allSatisfy { $0.first!.isNumber } ? "\(keys[0])-\(keys[keys.count - 1])" : keys.joined())
                : keys.joined(separator: " ")
            lines.append("  " + shown.padding(toLength: 14, withPad: " ", startingAt: 0) + b[i].help)
            i = j
        }
        lines += ["", "Mouse: click moves the cursor, the wheel zooms, dragging pans.",
                  "In the faction menu: ↑ ↓ choose, space toggles, s solo, a all, i invert.",
                  "Method: deserts and open country follow whoever holds their towns and roads,",
                  "as on the era's Wikipedia maps; each region is a town and the land nearest to it."]
        return lines
    }
}
