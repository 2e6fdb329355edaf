import FrontlineCore

/// The data of the key tables: every key of every mode, with its help text.
extension KeyTable {
    /// Keys that act the same in every mode; help lists them once, with the map's.
    static let everywhere: [KeyBinding] = [
        KeyBinding(
            key: .ctrl("l"), action: .redraw, help: "redraw the screen (in every mode)", group: "Panels",
            footer: nil)
    ]

    /// ↑ ↓ and k j: up or down a row in menus, panels and the help.
    static let upDown: [(Key, Action)] = [
        (.up, .move(-1)), (.down, .move(1)), (.char("k"), .move(-1)), (.char("j"), .move(1))
    ]

    /// The bindings of `mode`, its own first, then those of ``everywhere``.
    static func bindings(_ mode: KeyMode) -> [KeyBinding] {
        var rows = KeyRows()
        let digits = (1...9).map { (Key.char(Character(String($0))), Action.toggleFaction(FactionID($0 - 1))) }
        switch mode {
        case .map: mapBindings(into: &rows, digits: digits)
        case .factionMenu:
            rows.bind("choose a faction", footer: "choose", footerKeys: 2, upDown)
            rows.bind(
                "show or hide the chosen faction", footer: "toggle",
                [(.char(" "), .toggleSelected), (.enter, .toggleSelected)])
            rows.bind("choose and toggle a faction by its number", digits)
            rows.bind("show only the chosen faction", footer: "solo", [(.char("s"), .solo)])
            rows.bind("show all factions", footer: "all", [(.char("a"), .showAll)])
            rows.bind("swap shown and hidden factions", footer: "invert", [(.char("i"), .invert)])
            rows.bind("close the menu", footer: "close", [(.escape, .back), (.char("q"), .back), (.char("f"), .back)])
        case .prompt:
            rows.bind("delete the last character; any other character is typed", [(.backspace, .deleteBack)])
            rows.bind("go to the date, or search", footer: "go", [(.enter, .accept)])
            rows.bind("cancel", footer: "cancel", [(.escape, .back)])
        case .panel:
            rows.bind("choose a row", footer: "choose", footerKeys: 2, upDown)
            rows.bind("ten rows up or down", [(.pageUp, .move(-10)), (.pageDown, .move(10))])
            rows.bind("first or last row", [(.home, .top), (.end, .bottom)])
            rows.bind("go to the row's date and place", footer: "go there", [(.enter, .choose)])
            rows.bind("close the panel", footer: "close", [(.escape, .back), (.char("q"), .back), (.tab, .back)])
        case .help:
            rows.bind("scroll", footer: "scroll", footerKeys: 2, upDown)
            rows.bind("scroll a page", [(.pageUp, .move(-10)), (.pageDown, .move(10))])
            rows.bind("top or end", [(.home, .top), (.end, .bottom)])
            rows.bind(
                "close the help", footer: "close",
                [(.escape, .back), (.char("q"), .back), (.char("?"), .back), (.function(1), .back), (.enter, .back)])
        }
        return rows.bindings + everywhere
    }

    /// The map's keys, grouped by subject.
    static func mapBindings(into rows: inout KeyRows, digits: [(Key, Action)]) {
        func bind(_ group: String, _ help: String, footer: String? = nil, _ pairs: [(Key, Action)]) {
            rows.bind(help, group: group, footer: footer, pairs)
        }
        bind("Time", "back or forward one day", [(.left, .stepDays(-1)), (.right, .stepDays(1))])
        bind(
            "Time", "previous or next day with a change",
            [
                (.char("["), .stepChangeDays(-1)), (.char("]"), .stepChangeDays(1)),
                (.up, .stepChangeDays(-1)), (.down, .stepChangeDays(1))
            ])
        bind("Time", "back or forward one month", [(.pageUp, .stepMonths(-1)), (.pageDown, .stepMonths(1))])
        bind("Time", "first or last day (2014-01-01, 2019-12-31)", [(.home, .firstDay), (.end, .lastDay)])
        bind("Time", "go to a typed date", [(.char("g"), .promptDate)])
        bind("Time", "play or pause", [(.char(" "), .togglePlay)])
        bind("Time", "slower or faster play (1 to 64 days/s)", [(.char("<"), .slower), (.char(">"), .faster)])
        bind(
            "Map", "move the cursor; the map pans at the edge",
            [
                (.char("h"), .moveCursor(dx: -1, dy: 0)), (.char("j"), .moveCursor(dx: 0, dy: 1)),
                (.char("k"), .moveCursor(dx: 0, dy: -1)), (.char("l"), .moveCursor(dx: 1, dy: 0))
            ])
        bind(
            "Map", "the same, as on a game pad",
            [
                (.char("a"), .moveCursor(dx: -1, dy: 0)), (.char("s"), .moveCursor(dx: 0, dy: 1)),
                (.char("w"), .moveCursor(dx: 0, dy: -1)), (.char("d"), .moveCursor(dx: 1, dy: 0))
            ])
        bind(
            "Map", "move the cursor 8 cells at a time",
            [
                (.char("H"), .moveCursor(dx: -8, dy: 0)), (.char("J"), .moveCursor(dx: 0, dy: 8)),
                (.char("K"), .moveCursor(dx: 0, dy: -8)), (.char("L"), .moveCursor(dx: 8, dy: 0)),
                (.char("A"), .moveCursor(dx: -8, dy: 0)), (.char("S"), .moveCursor(dx: 0, dy: 8)),
                (.char("W"), .moveCursor(dx: 0, dy: -8)), (.char("D"), .moveCursor(dx: 8, dy: 0))
            ])
        bind(
            "Map", "zoom in or out (40 to 0.5 km per column)",
            [(.char("+"), .zoomIn), (.char("-"), .zoomOut), (.char("="), .zoomIn), (.char("_"), .zoomOut)])
        bind("Map", "fit Syria and Iraq, keeping the cursor where it is", [(.char("0"), .fit)])
        bind("Map", "highlight the regions that changed that day", [(.char("c"), .toggleHighlight)])
        bind("Map", "mark this date; outline what changed since", [(.char("m"), .setMark)])
        bind("Map", "clear the mark", [(.char("M"), .clearMark)])
        bind("Factions", "toggle a faction (numbers as in the legend)", digits)
        bind("Factions", "faction menu: toggle, solo, all, invert", [(.char("f"), .factionMenu)])
        bind("Factions", "next faction in the timeline strip, then deaths per week", [(.char("t"), .cycleStripFaction)])
        bind("Factions", "switch to or from the colour-blind palette", [(.char("p"), .togglePalette)])
        bind("Places", "search places by any name, ignoring accents", [(.char("/"), .promptSearch)])
        bind("Places", "next search match", [(.char("n"), .nextMatch)])
        bind("Places", "full history of the region under the cursor", [(.enter, .regionHistory)])
        bind("Places", "choose a row of the day's changes; Enter goes there", [(.tab, .focusChanges)])
        bind("Fighting", "fighting events layer on or off (UCDP, Syria 2016-2019)", [(.char("v"), .toggleEventLayer)])
        bind("Fighting", "events window ending today: 1, 7 or 30 days", [(.char("V"), .cycleEventWindow)])
        bind("Fighting", "events within 10 km of the region, last 7 days", [(.char("i"), .nearbyEvents)])
        bind("Panels", "events panel; Enter goes to an event's date", [(.char("e"), .events)])
        bind("Panels", "this help", footer: "help", [(.char("?"), .help), (.function(1), .help)])
        bind("Panels", "close a prompt, menu, panel or the help (never quits)", [(.escape, .back)])
        bind("Panels", "quit", footer: "quit", [(.char("q"), .quit), (.char("Q"), .quit), (.function(10), .quit)])
    }
}

/// Collects bindings row by row: keys that share a help text form one row of help.
struct KeyRows {
    var bindings: [KeyBinding] = []

    /// Binds each of `pairs`; `footer` names the row in the mode's footer, which shows its first `footerKeys` keys.
    mutating func bind(
        _ help: String, group: String = "", footer: String? = nil, footerKeys: Int = 1,
        _ pairs: [(Key, Action)]
    ) {
        for (i, (k, a)) in pairs.enumerated() {
            let word = i < footerKeys ? footer : nil
            bindings.append(KeyBinding(key: k, action: a, help: help, group: group, footer: word))
        }
    }
}
