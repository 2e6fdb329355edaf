/// Aligns rows into columns for terminal output; every cell is sanitised.
public enum TextTableFormatter {
    /// `rows` under `header`, columns two spaces apart; cells cut to `maxWidth` characters when given.
    public static func format(header: [String], rows: [[String]], maxWidth: Int? = nil) -> String {
        let all = ([header] + rows).map { $0.map { Sanitizer.printable($0, limit: maxWidth ?? Int.max) } }
        var widths = [Int](repeating: 0, count: header.count)
        for r in all { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        return all.map { r in
            r.enumerated().map { i, c in
                i == r.count - 1 ? c : c.padded(to: widths[i])
            }
            .joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
