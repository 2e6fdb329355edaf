import FrontlineCore

/// Aligns rows into columns for terminal output; every cell is sanitised.
public enum TextTableFormatter {
    public static func format(header: [String], rows: [[String]], maxWidth: Int = 60) -> String {
        let all = ([header] + rows).map { $0.map { Sanitizer.printable($0, limit: maxWidth) } }
        var widths = [Int](repeating: 0, count: header.count)
        for r in all { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        return all.map { r in
            r.enumerated().map { i, c in i == r.count - 1 ? c : c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
