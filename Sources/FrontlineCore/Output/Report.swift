/// The forms a report takes: an aligned table for people, CSV and JSON for scripts.
public enum ReportFormat: String, CaseIterable, Sendable {
    case table, csv, json
}

/// One cell of a report, typed so that each form writes it its own way from the same value.
public enum Field: Sendable, Hashable {
    /// Text from data or a code; nil is an empty CSV field and JSON null.
    case text(String?)
    /// A number; the table shows `decimals` places, CSV and JSON up to four.
    case number(Double, decimals: Int)
    /// A change of area: the table signs it (`+12`), CSV and JSON never do.
    case change(Double)
    case int(Int)
    /// Several values: an array in JSON, joined by ` | ` in the table and CSV.
    case list([String])

    /// A number of km², whole in the table.
    public static func km2(_ v: Double) -> Field { .number(v, decimals: 0) }

    /// A coordinate, four places in the table (about 10 m).
    public static func degrees(_ v: Double) -> Field { .number(v, decimals: 4) }

    /// The cell as a table shows it.
    var tableText: String {
        switch self {
        case .text(let s): return s ?? ""
        case .number(let v, let decimals): return String(cFormat: "%.\(decimals)f", v)
        case .change(let v): return v.rounded() == 0 ? "0" : String(cFormat: "%+.0f", v)
        case .int(let i): return String(i)
        case .list(let items): return items.joined(separator: " | ")
        }
    }

    /// The cell as CSV writes it: the JSON number, without sign or grouping.
    var csvText: String {
        switch self {
        case .text(let s): return Sanitizer.printable(s ?? "")
        case .number(let v, _), .change(let v): return JSON.number(v).rendered
        case .int(let i): return String(i)
        case .list(let items): return Sanitizer.printable(items.joined(separator: " | "))
        }
    }

    /// The cell as a JSON value.
    var json: JSON {
        switch self {
        case .text(let s): return .text(s)
        case .number(let v, _), .change(let v): return .number(v)
        case .int(let i): return .int(i)
        case .list(let items): return .array(items.map { .text($0) })
        }
    }
}

/// A report: named columns and rows of fields, from which the table, CSV and JSON are all written, so the three
/// carry the same fields under the same names.
public struct Report: Sendable {
    /// Every column, in order: the CSV header and the keys of each JSON object.
    public let columns: [String]
    /// The columns the table shows, in the order it shows them.
    public let tableColumns: [String]
    public private(set) var rows: [[Field]] = []
    /// Lines the table ends with (counts, attribution); CSV and JSON leave them out.
    public var footer: [String] = []

    /// A report of `columns`, whose table shows `table`, some of them in the order a reader scans them (default:
    /// all of them).
    public init(columns: [String], table: [String]? = nil) {
        precondition(table.map { $0.allSatisfy(columns.contains) } ?? true, "a table column that is not a column")
        self.columns = columns
        tableColumns = table ?? columns
    }

    /// Adds a row, one field per column.
    public mutating func append(_ row: [Field]) {
        precondition(row.count == columns.count, "a row of \(row.count) fields for \(columns.count) columns")
        rows.append(row)
    }

    /// The report in `format`; a table cuts cells to `truncate` characters when given (only on a terminal).
    public func rendered(_ format: ReportFormat, truncate: Int? = nil) -> String {
        switch format {
        case .table: return table(truncate: truncate)
        case .csv: return csv
        case .json: return json(lines: false)
        }
    }

    /// The aligned table of ``tableColumns``, then the footer.
    public func table(truncate: Int? = nil) -> String {
        let shown = tableColumns.compactMap { columns.firstIndex(of: $0) }
        let text = TextTableFormatter.format(
            header: tableColumns, rows: rows.map { r in shown.map { r[$0].tableText } },
            maxWidth: truncate)
        return ([text] + footer).joined(separator: "\n")
    }

    /// RFC 4180 CSV: the header, then one line per row; fields sanitised, quoted when they need it.
    public var csv: String {
        var out = CSVText()
        out.append(row: columns)
        for row in rows { out.append(row: row.map(\.csvText)) }
        return out.text
    }

    /// Row `i` as the text of one JSON object, keyed by ``columns``.
    public func object(_ i: Int) -> String {
        var out: [UInt8] = []
        writeObject(i, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One JSON object per line (JSON Lines).
    public var jsonLines: String { json(lines: true) }

    /// The rows as JSON objects, in one array or one per line, written straight from the fields (no tree of
    /// values is built for a row).
    func json(lines: Bool) -> String { String(decoding: jsonBytes(lines: lines), as: UTF8.self) }

    /// The UTF-8 bytes of the rows as JSON objects, in one array or one per line.
    public func jsonBytes(lines: Bool) -> [UInt8] {
        JSON.bytes(count: rows.count, lines: lines) { writeObject($0, into: &$1) }
    }

    /// Appends row `i` as one JSON object keyed by ``columns``.
    func writeObject(_ i: Int, into out: inout [UInt8]) {
        let row = rows[i]
        JSON.writeObject(count: row.count, into: &out, key: { columns[$0] }) { row[$0].json.write(into: &$1) }
    }
}
