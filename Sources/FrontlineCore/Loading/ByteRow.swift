/// What the resolver reads of a data row: its fields as text or as bytes, and where each starts, for errors.
protocol TableRow {
    /// The file's path, for errors.
    var file: String { get }
    /// The 1-based line number.
    var line: Int { get }
    /// The 1-based column at which each field starts.
    var columns: [Int] { get }
    /// The field at `index`, in header order.
    subscript(_ index: Int) -> String { get }
    /// The UTF-8 bytes of the field at `index`, handed to `body`: read in place, with no string built.
    func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R
}

extension TableRow {
    /// An error located at field `index` of this row.
    func error(_ index: Int, _ message: String) -> DataError {
        DataError(file: file, line: line, column: columns[min(index, columns.count - 1)], message: message)
    }
}

extension TextRow: TableRow {
    func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var field = fields[index]
        return field.withUTF8(body)
    }
}

/// A row as the parser splits it: each field a run of the file's bytes, decoded only when asked for.
///
/// It points into the buffer being parsed, so it lives only as long as the call it is handed to; ``text`` is the
/// row to keep. A loader of a million rows reads most fields as bytes (a date, a certainty, a faction, a source
/// repeated from the row before) and builds no string for them.
struct ByteRow: TableRow {
    let file: String
    let line: Int
    /// The fields, in header order, as valid UTF-8 (the parser checked the file).
    let fields: [UnsafeBufferPointer<UInt8>]
    let columns: [Int]

    subscript(_ index: Int) -> String { String(decoding: fields[index], as: UTF8.self) }

    func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { body(fields[index]) }

    /// The row with its fields decoded, to keep.
    var text: TextRow {
        TextRow(file: file, line: line, fields: fields.map { String(decoding: $0, as: UTF8.self) }, columns: columns)
    }
}
