import FoundationEssentials
#if canImport(Glibc)
    import Glibc
#endif

/// One row of a tab-separated data file, with where each field starts.
public struct TextRow: Sendable {
    /// The file's path, for errors.
    public let file: String
    /// The 1-based line number.
    public let line: Int
    /// The fields, in header order.
    public let fields: [String]
    /// The 1-based column at which each field starts.
    public let columns: [Int]

    /// The field at `index`, in header order; the table checked that every header name has a field.
    public subscript(_ index: Int) -> String { fields[index] }
}

/// A tab-separated file: a header line that must match, then rows; `#` comments and blank lines are skipped.
///
/// Encoding rules: the text must be UTF-8 with no NUL byte; a leading byte-order mark is skipped and CRLF line
/// ends are read as LF, so files saved by Windows editors load as they are. Lines longer than
/// ``TextTable/maxLineLength`` are refused rather than read.
public struct TextTable: Sendable {
    /// The longest line accepted, in bytes.
    public static let maxLineLength = 65_536

    public let file: String
    public let rows: [TextRow]

    /// Parses `bytes` read from `file`, expecting exactly the columns `header`.
    public init(file: String, bytes: [UInt8], header: [String]) throws(DataErrors) {
        self.file = file
        var rows: [TextRow] = []
        try Self.scan(file: file, bytes: bytes, header: header) { rows.append($0.text) }
        self.rows = rows
    }

    /// Reads the file at `path` and hands each row to `body` as it is parsed, keeping none: for files of
    /// millions of rows, whose rows would otherwise all be alive at once. Throws the same errors as
    /// ``init(path:header:)``, after `body` has seen every good row.
    public static func forEachRow(path: String, header: [String], _ body: (TextRow) -> Void) throws(DataErrors) {
        try scan(file: path, bytes: try read(path), header: header) { body($0.text) }
    }

    /// Reads the file at `path` and hands each row to `body` as the parser's bytes (see ``ByteRow``): the same
    /// rows and errors as ``forEachRow(path:header:_:)``, with no field decoded unless `body` asks for it.
    static func forEachByteRow(path: String, header: [String], _ body: (ByteRow) -> Void) throws(DataErrors) {
        try scan(file: path, bytes: try read(path), header: header, body)
    }

    /// The parser: each good row of `bytes` to `body`, then every error found, thrown together.
    static func scan(file: String, bytes: [UInt8], header: [String], _ body: (ByteRow) -> Void) throws(DataErrors) {
        var errors: [DataError] = []
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if bytes.count == start {
            throw DataErrors([
                DataError(
                    file: file, line: 1, column: 1,
                    message: "empty file: expected the header line \"\(header.joined(separator: "\\t"))\"")
            ])
        }
        var lineNumber = 0
        var sawHeader = false
        // Valid UTF-8 throughout (nearly always): fields are decoded straight from the bytes, with no per-line
        // validation; otherwise each line is validated to locate the error.
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            let whole = UnsafeBufferPointer(rebasing: buffer[start...])
            let valid = UTF8Check.isValid(whole)
            // Files with no NUL byte (all good ones) and all-ASCII files (most) skip per-line checks: a field's
            // column is then its byte offset.
            let hasNUL = whole.isEmpty ? false : memchr(base + start, 0, whole.count) != nil
            let ascii = valid && UTF8Check.isASCII(whole)
            var fields: [UnsafeBufferPointer<UInt8>] = [], columns: [Int] = []
            fields.reserveCapacity(header.count)
            columns.reserveCapacity(header.count)
            var index = start
            while index < buffer.count {
                lineNumber += 1
                let end =
                    memchr(base + index, 0x0A, buffer.count - index).map {
                        UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base
                    } ?? buffer.count
                let next = end + 1
                var lineEnd = end
                if lineEnd > index && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                defer { index = next }
                if lineEnd - index > Self.maxLineLength {
                    errors.append(
                        DataError(
                            file: file, line: lineNumber, column: 1,
                            message: "line is \(lineEnd - index) bytes long; at most \(Self.maxLineLength) are allowed")
                    )
                    if errors.count >= 50 { break }
                    continue
                }
                let slice = bytes[index..<lineEnd]
                if hasNUL, let nul = slice.firstIndex(of: 0) {
                    errors.append(
                        DataError(
                            file: file, line: lineNumber, column: Self.column(of: nul, in: slice),
                            message: "NUL byte: expected UTF-8 text"))
                    continue
                }
                if !valid && String(validating: slice, as: UTF8.self) == nil {
                    errors.append(
                        DataError(
                            file: file, line: lineNumber, column: Self.invalidColumn(in: slice),
                            message: "invalid UTF-8: expected UTF-8 text"))
                    continue
                }
                if !sawHeader {
                    sawHeader = true
                    let text = String(decoding: slice, as: UTF8.self)
                    let got = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                    if got != header {
                        errors.append(
                            DataError(
                                file: file, line: lineNumber, column: 1,
                                message:
                                    "expected the header \"\(header.joined(separator: "\\t"))\", found "
                                    + "\"\(Sanitizer.printable(text, limit: 120))\""
                            ))
                        break
                    }
                    continue
                }
                if slice.isEmpty || slice.first == UInt8(ascii: "#") || slice.allSatisfy({ $0 == 0x20 }) { continue }
                // Split the bytes at tabs; a field's column counts scalars (bytes that start one). The arrays are
                // reused from row to row: a row handed on and let go leaves them unshared.
                fields.removeAll(keepingCapacity: true)
                columns.removeAll(keepingCapacity: true)
                var padded: [Int] = []
                var column = 1
                var fieldStart = index
                while true {
                    let tab = memchr(base + fieldStart, 0x09, lineEnd - fieldStart)
                    let i = tab.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? lineEnd
                    let part = UnsafeBufferPointer(rebasing: buffer[fieldStart..<i])
                    if let first = part.first, let last = part.last,
                        first == 0x20 || last == 0x20 || first >= 0x80 || last >= 0x80,
                        Self.isPadded(String(decoding: part, as: UTF8.self))
                    {
                        padded.append(fields.count)
                    }
                    fields.append(part)
                    columns.append(column)
                    if ascii {
                        column += part.count + 1
                    } else {
                        var scalars = 0
                        for b in part where b & 0xC0 != 0x80 { scalars += 1 }
                        column += scalars + 1
                    }
                    fieldStart = i + 1
                    if tab == nil { break }
                }
                if fields.count != header.count {
                    let at = fields.count > header.count ? columns[header.count] : column - 1
                    errors.append(
                        DataError(
                            file: file, line: lineNumber, column: at,
                            message:
                                "expected \(header.count) tab-separated fields (\(header.joined(separator: ", "))), "
                                + "found \(fields.count)"
                        ))
                    continue
                }
                for i in padded {
                    errors.append(
                        DataError(
                            file: file, line: lineNumber, column: columns[i],
                            message: "field \(header[i]) has leading or trailing spaces"))
                }
                body(ByteRow(file: file, line: lineNumber, fields: fields, columns: columns))
            }
        }
        if !sawHeader && errors.isEmpty {
            errors.append(
                DataError(
                    file: file, line: 1, column: 1,
                    message: "expected the header line \"\(header.joined(separator: "\\t"))\""))
        }
        if !errors.isEmpty { throw DataErrors(errors) }
    }

    /// Reads and parses the file at `path`.
    public init(path: String, header: [String]) throws(DataErrors) {
        try self.init(file: path, bytes: try Self.read(path), header: header)
    }

    /// The bytes of the file at `path`, read once (see ``ByteFile``).
    static func read(_ path: String) throws(DataErrors) -> [UInt8] {
        guard let bytes = ByteFile.contents(path) else {
            throw DataErrors([DataError(file: path, line: 1, column: 1, message: "cannot read the file")])
        }
        return bytes
    }

    /// Whether a field starts or ends with a space (any Unicode space separator).
    static func isPadded(_ field: String) -> Bool {
        // ASCII ends (nearly every field) need no Unicode property lookup.
        if let first = field.utf8.first, let last = field.utf8.last, first < 0x80, last < 0x80 {
            return first == 0x20 || last == 0x20
        }
        func space(_ u: Unicode.Scalar) -> Bool { u == " " || u.properties.generalCategory == .spaceSeparator }
        guard let first = field.unicodeScalars.first, let last = field.unicodeScalars.last else { return false }
        return space(first) || space(last)
    }

    private static func column(of index: Int, in slice: ArraySlice<UInt8>) -> Int {
        let prefix = slice[slice.startIndex..<index]
        return (String(validating: prefix, as: UTF8.self)?.unicodeScalars.count ?? (index - slice.startIndex)) + 1
    }

    private static func invalidColumn(in slice: ArraySlice<UInt8>) -> Int {
        var column = 1
        var i = slice.startIndex
        while i < slice.endIndex {
            let b = slice[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            if length == 0 || i + length > slice.endIndex
                || String(validating: slice[i..<i + length], as: UTF8.self) == nil
            {
                return column
            }
            i += length
            column += 1
        }
        return column
    }
}
