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
        bind("Map", "fit Syria and Iraq, keeping the cursor where it is", [(.char("0"), .fit)])
        bind("Map", "highlight the regions that changed that day", [(.char("c"), .toggleHighlight)])
        bind("Map", "mark this date; outline what changed since", [(.char("m"), .setMark)])
        bind("Map", "clear the mark", [(.char("M"), .clearMark)])
        bind("Factions", "toggle a faction (numbers as in the legend)",
             (1...9).map { (Key.char(Character(String($0))), Action.toggleFaction($0 - 1)) })
        bind("Factions", "faction menu: toggle, solo, all, invert", [(.char("f"), .factionMenu)])
        bind("Factions", "next faction in the timeline strip, then deaths per week", [(.char("t"), .cycleStripFaction)])
        bind("Factions", "switch to or from the colour-blind palette", [(.char("p"), .togglePalette)])
        bind("Places", "search places by any name, ignoring accents", [(.char("/"), .promptSearch)])
        bind("Places", "next search match", [(.char("n"), .nextMatch)])
        bind("Places", "full history of the region under the cursor", [(.enter, .regionHistory)])
        bind("Fighting", "fighting events layer on or off (UCDP, Syria 2016-2019)", [(.char("v"), .toggleEventLayer)])
        bind("Fighting", "events window ending today: 1, 7 or 30 days", [(.char("V"), .cycleEventWindow)])
        bind("Fighting", "events within 10 km of the region, last 7 days", [(.char("i"), .nearbyEvents)])
        bind("Panels", "events panel", [(.char("e"), .events)])
        bind("Panels", "this help", [(.char("?"), .help), (.function(1), .help)])
        bind("Panels", "close a prompt, menu, panel or the help (never quits)", [(.escape, .back)])
        bind("Panels", "quit", [(.char("q"), .quit), (.char("Q"), .quit), (.function(10), .quit)])
        bind("Panels", "redraw the screen", [(.ctrl("l"), .redraw)])
        return b
    }()

    /// The action for `key` in normal mode, or nil if the key does nothing.
    public static func action(for key: Key) -> Action? {
        bindings.first { $0.key == key }?.action
    }

    /// One line of help: the keys that share a description, as they are written, and the description.
    public struct HelpRow: Sendable {
        public let group: String
        public let keys: String
        public let help: String
    }

    /// The bindings grouped for help: keys that share a description on one row, in table order.
    public static var helpRows: [HelpRow] {
        var rows: [HelpRow] = []
        var i = 0
        let b = bindings
        while i < b.count {
            var j = i
            while j < b.count && b[j].help == b[i].help && b[j].group == b[i].group { j += 1 }
            let keys = b[i..<j].map(\.key.description)
            let digits = keys.count > 4 && keys.allSatisfy { $0.count == 1 && $0.first!.isNumber }
            let shown = digits ? "\(keys[0])-\(keys[keys.count - 1])" : keys.joined(separator: " ")
            rows.append(HelpRow(group: b[i].group, keys: shown, help: b[i].help))
            i = j
        }
        return rows
    }

    /// What the mouse does, for help and the README.
    public static let mouseHelp = "click moves the cursor, the wheel zooms, dragging pans"

    /// The help text, generated from ``bindings``: grouped, with keys that share a description on one line.
    public static var helpLines: [String] {
        var lines: [String] = []
        var group = ""
        for row in helpRows {
            if row.group != group {
                if !lines.isEmpty { lines.append("") }
                lines.append(row.group)
                group = row.group
            }
            lines.append("  " + row.keys.padding(toLength: 14, withPad: " ", startingAt: 0) + row.help)
        }
        lines += ["", "Mouse: \(mouseHelp).",
                  "In the faction menu: ↑ ↓ choose, space toggles, s solo, a all, i invert.",
                  "Method: deserts and open country follow whoever holds their towns and roads,",
                  "as on the era's Wikipedia maps; each region is a town and the land nearest to it.",
                  "Fighting events: ✕ (X) state-based, ✦ (Y) non-state, † (V) one-sided; dim: no deaths,",
                  "bright: 1-9, red or reversed: 10 or more. An event is never a change of control.",
                  "Events data: UCDP GED Syria (CC BY 4.0), Sundberg & Melander 2013, \"Introducing the UCDP",
                  "Georeferenced Event Dataset\", Journal of Peace Research 50(4); Högbladh 2019, UCDP GED Codebook 19.1."]
        return lines
    }

    /// The README's key table, generated from ``bindings`` (a test keeps the README equal to it).
    public static var markdownTable: String {
        (["| keys | action |", "| --- | --- |"] + helpRows.map { "| \($0.keys) | \($0.help) |" } + ["| mouse | \(mouseHelp) |"])
            .joined(separator: "\n")
    }
}
