import FoundationEssentials

/// Reads `grid.txt`: a header of `key value` lines, then one run-length-encoded line per row.
///
/// A row is space-separated tokens `CODE` or `CODE*COUNT`; CODE is a region number (1-based), `~` for sea,
/// `L<n>` for lake n, or `@XX` for the neighbouring country XX.
enum GridParser {
    static let header = ["frontline-atlas-grid 1"]
    /// The largest grid accepted, so a hostile header cannot make the loader allocate gigabytes.
    static let maxSide = 20_000
    static let maxCells = 16_000_000

    /// Cell counts and areas (km²) per region and per lake, summed run by run while parsing.
    struct Tally {
        var regionCells: [Int]
        var regionArea: [Double]
        var lakeArea: [Double]
    }

    static func parse(path: String, regions: Int, lakes: Int, neighbours: [String: Int]) throws(DataErrors)
        -> RegionGrid
    {
        try parseWithTally(path: path, regions: regions, lakes: lakes, neighbours: neighbours).grid
    }

    /// The grid and its ``Tally``: areas come from the runs, so they cost nothing per cell.
    static func parseWithTally(path: String, regions: Int, lakes: Int, neighbours: [String: Int]) throws(DataErrors)
        -> (grid: RegionGrid, tally: Tally)
    {
        let bytes = try TextTable.read(path)
        func fail(_ line: Int, _ column: Int, _ message: String) -> DataErrors {
            DataErrors([DataError(file: path, line: line, column: column, message: message)])
        }
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        for i in start..<bytes.count where bytes[i] == 0x0A {
            var end = i
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(bytes[start..<end])
            start = i + 1
        }
        if start < bytes.count { lines.append(bytes[start..<bytes.count]) }
        guard let first = lines.first, String(decoding: first, as: UTF8.self) == header[0] else {
            throw fail(1, 1, "expected the first line \"\(header[0])\"")
        }
        var values: [String: Double] = [:]
        for (i, key) in ["cols", "rows", "west", "north", "step"].enumerated() {
            let lineNo = i + 2
            guard lineNo - 1 < lines.count else {
                throw fail(lineNo, 1, "expected \"\(key) VALUE\", found the end of the file")
            }
            let text = String(decoding: lines[lineNo - 1], as: UTF8.self)
            let parts = text.split(separator: " ")
            guard parts.count == 2, parts[0] == key else { throw fail(lineNo, 1, "expected \"\(key) VALUE\"") }
            guard let v = Double(parts[1]), v.isFinite else { throw fail(lineNo, key.count + 2, "expected a number") }
            values[key] = v
        }
        let step = values["step"]!, west = values["west"]!, north = values["north"]!
        guard let c = values["cols"], c == c.rounded(), (1...Double(maxSide)).contains(c) else {
            throw fail(2, 6, "expected a column count from 1 to \(maxSide)")
        }
        guard let r = values["rows"], r == r.rounded(), (1...Double(maxSide)).contains(r) else {
            throw fail(3, 6, "expected a row count from 1 to \(maxSide)")
        }
        let cols = Int(c), rows = Int(r)
        guard cols * rows <= maxCells else {
            throw fail(3, 6, "expected at most \(maxCells) cells in all; \(cols)x\(rows) is too many")
        }
        guard (-180...180).contains(west) else { throw fail(4, 6, "expected a longitude from -180 to 180") }
        guard (-90...90).contains(north) else { throw fail(5, 7, "expected a latitude from -90 to 90") }
        guard step > 0, step <= 1 else { throw fail(6, 6, "expected a step above 0 and at most 1 degree") }
        let headerLines = 6
        guard lines.count >= headerLines + rows else {
            throw fail(
                lines.count + 1, 1,
                "expected \(rows) grid rows, found \(max(0, lines.count - headerLines)): the file is truncated")
        }
        if lines.count > headerLines + rows, lines[(headerLines + rows)...].contains(where: { !$0.isEmpty }) {
            throw fail(headerLines + rows + 1, 1, "expected the end of the file after \(rows) rows")
        }
        var runs = RunBuilder(cols: cols, rows: rows)
        var cells = [Int](repeating: 0, count: regions)
        var area = [Double](repeating: 0, count: regions)
        var lakeArea = [Double](repeating: 0, count: lakes)
        var failure: DataErrors?
        // One pass over the bytes through unsafe buffers (no slice per token, no copy-on-write check per run).
        bytes.withUnsafeBufferPointer { buffer in
            cells.withUnsafeMutableBufferPointer { cells in
                area.withUnsafeMutableBufferPointer { area in
                    lakeArea.withUnsafeMutableBufferPointer { lakeArea in
                        for r in 0..<rows {
                            let rowArea = RegionGrid.cellArea(row: r, north: north, step: step)
                            let lineNo = headerLines + r + 1
                            let line = lines[headerLines + r]
                            var c = 0
                            var i = line.startIndex
                            while i < line.endIndex {
                                let tokenStart = i
                                while i < line.endIndex && buffer[i] != 0x20 { i += 1 }
                                let token = UnsafeBufferPointer(rebasing: buffer[tokenStart..<i])
                                let column = tokenStart - line.startIndex + 1
                                i += 1
                                guard
                                    let (code, count) = regionRun(token, regions: regions)
                                        ?? decode(
                                            line[tokenStart..<tokenStart + token.count], regions: regions,
                                            lakes: lakes, neighbours: neighbours)
                                else {
                                    let found = Sanitizer.printable(
                                        String(decoding: token.prefix(40), as: UTF8.self))
                                    failure = fail(
                                        lineNo, column,
                                        "expected a cell code (region number, ~, L<n> or @XX) with an optional "
                                            + "*COUNT, found \"\(found)\""
                                    )
                                    return
                                }
                                guard c + count <= cols else {
                                    failure = fail(lineNo, column, "row has more than \(cols) cells")
                                    return
                                }
                                runs.append(code, count: count)
                                if code > 0 && code < RegionGrid.lakeBase {
                                    cells[Int(code) - 1] += count
                                    area[Int(code) - 1] += Double(count) * rowArea
                                } else if code >= RegionGrid.lakeBase && code < RegionGrid.neighbourBase {
                                    lakeArea[Int(code - RegionGrid.lakeBase)] += Double(count) * rowArea
                                }
                                c += count
                            }
                            guard c == cols else {
                                failure = fail(lineNo, line.count + 1, "row has \(c) cells, expected \(cols)")
                                return
                            }
                            runs.endRow()
                        }
                    }
                }
            }
        }
        if let failure { throw failure }
        let tally = Tally(regionCells: cells, regionArea: area, lakeArea: lakeArea)
        return (runs.grid(west: west, north: north, step: step), tally)
    }

    /// The common token, `N` or `N*COUNT` for a region, read in one pass; nil for anything else (which
    /// ``decode(_:regions:lakes:neighbours:)`` reads, or refuses).
    @inline(__always)
    private static func regionRun(_ bytes: UnsafeBufferPointer<UInt8>, regions: Int) -> (UInt32, Int)? {
        var n = 0, count = 0, digits = 0, countDigits = 0
        var star = false
        for b in bytes {
            if b >= 48 && b <= 57 {
                if star {
                    count = count * 10 + Int(b - 48)
                    countDigits += 1
                } else {
                    n = n * 10 + Int(b - 48)
                    digits += 1
                }
            } else if b == UInt8(ascii: "*") && !star {
                star = true
            } else {
                return nil
            }
            if digits > 9 || countDigits > 9 { return nil }  // too long for a number: decode refuses it
        }
        guard digits >= 1, n >= 1, n <= regions else { return nil }
        if !star { return (RegionGrid.encode(.region(RegionID(n - 1))), 1) }
        guard countDigits >= 1, count >= 1 else { return nil }
        return (RegionGrid.encode(.region(RegionID(n - 1))), count)
    }

    private static func decode(_ token: ArraySlice<UInt8>, regions: Int, lakes: Int, neighbours: [String: Int]) -> (
        UInt32, Int
    )? {
        guard !token.isEmpty else { return nil }
        var body = token
        var count = 1
        if let star = token.firstIndex(of: UInt8(ascii: "*")) {
            body = token[token.startIndex..<star]
            guard let n = number(token[(star + 1)...]), n >= 1 else { return nil }
            count = n
        }
        guard let head = body.first else { return nil }
        switch head {
        case UInt8(ascii: "~"):
            return body.count == 1 ? (RegionGrid.encode(.sea), count) : nil
        case UInt8(ascii: "L"):
            guard let n = number(body.dropFirst()), n >= 1, n <= lakes else { return nil }
            return (RegionGrid.encode(.lake(n - 1)), count)
        case UInt8(ascii: "@"):
            guard let n = neighbours[String(decoding: body.dropFirst(), as: UTF8.self)] else { return nil }
            return (RegionGrid.encode(.neighbour(n)), count)
        default:
            guard let n = number(body), n >= 1, n <= regions else { return nil }
            return (RegionGrid.encode(.region(RegionID(n - 1))), count)
        }
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        var n = 0
        for d in digits {
            guard (48...57).contains(d) else { return nil }
            n = n * 10 + Int(d - 48)
        }
        return n
    }
}
