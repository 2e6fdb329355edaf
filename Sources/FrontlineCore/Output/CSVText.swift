/// CSV text by RFC 4180: fields separated by commas, rows by line feeds (none after the last), a field quoted
/// when it holds a comma, a double quote, a carriage return or a line feed, and its quotes doubled.
struct CSVText {
    /// The rows written so far.
    private(set) var text = ""
    private var rows = 0

    /// Appends one row of `fields`.
    mutating func append(row fields: some Sequence<String>) {
        if rows > 0 { text += "\n" }
        rows += 1
        var first = true
        for field in fields {
            if !first { text += "," }
            first = false
            Self.append(field, to: &text)
        }
    }

    /// `field` onto `out`, quoted when it needs to be.
    static func append(_ field: String, to out: inout String) {
        let needsQuotes = field.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n")
        }
        guard needsQuotes else {
            out += field
            return
        }
        out += "\""
        for ch in field.unicodeScalars {
            if ch == "\"" { out += "\"" }
            out.unicodeScalars.append(ch)
        }
        out += "\""
    }
}
