// Fuzz target `tsv`: TextTable(file:bytes:header:) on arbitrary bytes, with the 7-column header of changes files.
// Checks the documented shape of what comes back: every row has exactly the header's fields, with 1-based,
// increasing columns; every error is located at a 1-based line and column.
import Foundation

private let header = DataFormat.changes

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzSupport.bytes(data, size)
    do {
        let table = try TextTable(file: "x.tsv", bytes: bytes, header: header)
        var lastLine = 1
        for row in table.rows {
            check(row.fields.count == header.count && row.columns.count == header.count, "row shape")
            check(row.line > lastLine, "row lines must increase after the header")
            lastLine = row.line
            check(row.columns[0] == 1, "first field starts at column 1")
            for i in 1..<row.columns.count { check(row.columns[i] > row.columns[i - 1], "columns increase") }
            for i in 0..<header.count {
                let e = row.error(i, "m")
                check(e.column == row.columns[i] && e.line == row.line)
            }
        }
    } catch {
        check(!error.errors.isEmpty, "DataErrors holds at least one error")
        for e in error.errors {
            check(e.line >= 1 && e.column >= 1, "error location is 1-based: \(e.line):\(e.column)")
            _ = e.description
        }
    }
    return 0
}
