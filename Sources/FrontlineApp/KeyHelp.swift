/// Help, footers, `--list-keys` and the README's key tables, all generated from the key tables.
extension KeyTable {
    /// One line of help: the keys that share a description, as they are written, and the description.
    public struct HelpRow: Sendable, Equatable {
        public let group: String
        public let keys: String
        public let help: String
    }

    /// The rows of `mode`'s help: keys that share a description on one row, in table order. The keys of
    /// ``everywhere`` are listed with the map's only.
    public static func helpRows(_ mode: KeyMode) -> [HelpRow] {
        let own = map(mode).bindings.filter { k in !everywhere.contains { $0.key == k.key } }
        let b = mode == .map ? map(mode).bindings : own
        var rows: [HelpRow] = []
        var i = 0
        while i < b.count {
            var j = i
            while j < b.count && b[j].help == b[i].help && b[j].group == b[i].group { j += 1 }
            rows.append(HelpRow(group: b[i].group, keys: keyList(b[i..<j].map(\.key)), help: b[i].help))
            i = j
        }
        return rows
    }

    /// Keys as help writes them: `← →`, or `1-9` for a run of digits.
    static func keyList(_ keys: [Key]) -> String {
        let names = keys.map(\.description)
        let digits = names.count > 4 && names.allSatisfy { $0.count == 1 && $0.first!.isNumber }
        return digits ? "\(names[0])-\(names[names.count - 1])" : names.joined(separator: " ")
    }

    /// The one-line summary of `mode`'s main keys, as footers and the status line show it: `↑ ↓ choose  Esc close`.
    public static func footer(_ mode: KeyMode) -> String {
        var parts: [(keys: [Key], word: String)] = []
        for b in map(mode).bindings {
            guard let word = b.footer else { continue }
            if let last = parts.last, last.word == word {
                parts[parts.count - 1].keys.append(b.key)
            } else {
                parts.append(([b.key], word))
            }
        }
        return parts.map { keyList($0.keys) + " " + $0.word }.joined(separator: "  ")
    }

    /// What the mouse does, for help and the README.
    public static let mouseHelp = "click moves the cursor, the wheel zooms, dragging pans"

    /// Notes after the keys: the mouse, the method, the events layer and its citation.
    static let notes = [
        "Mouse: \(mouseHelp).",
        "Method: deserts and open country follow whoever holds their towns and roads,",
        "as on the era's Wikipedia maps; each region is a town and the land nearest to it.",
        "Fighting events: ✕ (X) state-based, ✦ (Y) non-state, † (V) one-sided; dim: no deaths,",
        "bright: 1-9, red or reversed: 10 or more. An event is never a change of control.",
        "Events data: UCDP GED Syria (CC BY 4.0), Sundberg & Melander 2013, \"Introducing the UCDP",
        "Georeferenced Event Dataset\", Journal of Peace Research 50(4); Högbladh 2019, UCDP GED Codebook 19.1."
    ]

    /// The width of the key column in help: the longest list of keys and two spaces.
    static var keyColumn: Int { (KeyMode.allCases.flatMap(helpRows).map(\.keys.count).max() ?? 0) + 2 }

    /// The help text of every mode: the map's keys grouped by subject, then each other mode's, then the notes.
    public static var helpLines: [String] {
        var lines: [String] = []
        let column = keyColumn
        for mode in KeyMode.allCases {
            var group: String?
            for row in helpRows(mode) {
                let heading = mode == .map ? row.group : mode.heading
                if heading != group {
                    if !lines.isEmpty { lines.append("") }
                    lines.append(heading)
                    group = heading
                }
                lines.append("  " + row.keys.padded(to: column) + row.help)
            }
        }
        return lines + [""] + notes
    }

    /// The widest line of help that lists keys: the help box is sized to it, and the notes wrap within it.
    public static var helpKeyWidth: Int {
        helpLines.prefix { !notes.contains($0) }.map(\.count).max() ?? 0
    }

    /// The README's key tables, one per mode, generated from the tables (a test keeps the README equal to it).
    public static var markdownTable: String {
        var out: [String] = []
        for mode in KeyMode.allCases {
            if !out.isEmpty { out += ["", "\(mode.heading):", ""] }
            out += ["| keys | action |", "| --- | --- |"] + helpRows(mode).map { "| \($0.keys) | \($0.help) |" }
            if mode == .map { out.append("| mouse | \(mouseHelp) |") }
        }
        return out.joined(separator: "\n")
    }
}
