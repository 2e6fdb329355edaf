import FoundationEssentials
#if canImport(Glibc)
    import Glibc
#endif

/// What one grid cell holds.
public enum AtlasCell: Hashable, Sendable {
    case sea
    /// Index into ``Atlas/regions``.
    case region(RegionID)
    /// Index into ``Atlas/lakes``.
    case lake(Int)
    /// Index into ``Atlas/countries`` (a neighbouring country).
    case neighbour(Int)
}

/// The raster of the atlas: a regular lon/lat grid, north-west corner first, row by row.
///
/// Stored as runs along each row (about 100,000 for 1.5 million cells), so a load from the cache copies them and
/// expands nothing; a cell is found by a binary search among its row's runs.
public struct RegionGrid: Sendable {
    public let cols: Int
    public let rows: Int
    /// Longitude of the western edge.
    public let west: Double
    /// Latitude of the northern edge.
    public let north: Double
    /// Degrees per cell, in both directions.
    public let step: Double
    /// The runs' codes (see ``cell(row:col:)`` for the encoding), row after row, each run as long as it can be.
    let runCodes: [UInt32]
    /// Where each run ends in its row: the column after its last cell.
    let runEnds: [UInt16]
    /// Row `r`'s runs are `rowStarts[r]..<rowStarts[r + 1]`.
    let rowStarts: [Int32]

    static let lakeBase: UInt32 = 1 << 24
    static let neighbourBase: UInt32 = 1 << 25
    /// The widest grid whose column ends fit in ``runEnds``.
    static let maxCols = Int(UInt16.max)

    /// A grid of stored runs, already checked to be maximal runs that fill every row.
    init(
        cols: Int, rows: Int, west: Double, north: Double, step: Double, runCodes: [UInt32], runEnds: [UInt16],
        rowStarts: [Int32]
    ) {
        self.cols = cols
        self.rows = rows
        self.west = west
        self.north = north
        self.step = step
        self.runCodes = runCodes
        self.runEnds = runEnds
        self.rowStarts = rowStarts
    }

    /// The code at `row`, `col` (both in range).
    @inline(__always)
    func code(row: Int, col: Int) -> UInt32 {
        runEnds.withUnsafeBufferPointer { ends in
            var lo = Int(rowStarts[row]), hi = Int(rowStarts[row + 1]) - 1
            while lo < hi {
                let mid = (lo + hi) >> 1
                if Int(ends[mid]) > col { hi = mid } else { lo = mid + 1 }
            }
            return runCodes[lo]
        }
    }

    /// The cell at `row`, `col` (both in range).
    @inline(__always)
    public func cell(row: Int, col: Int) -> AtlasCell { Self.decode(code(row: row, col: col)) }

    /// The region index at `row`, `col`, or nil for sea, lakes and neighbours: the renderer's hot path.
    @inline(__always)
    public func regionIndex(row: Int, col: Int) -> RegionID? {
        let code = code(row: row, col: col)
        return code > 0 && code < Self.lakeBase ? RegionID(Int(code) - 1) : nil
    }

    /// Every code of `row`, written into `out` (at least ``cols`` long): for passes over whole rows.
    func codes(row: Int, into out: UnsafeMutableBufferPointer<UInt32>) {
        var c = 0
        for k in Int(rowStarts[row])..<Int(rowStarts[row + 1]) {
            let end = Int(runEnds[k])
            out.baseAddress!.advanced(by: c).update(repeating: runCodes[k], count: end - c)
            c = end
        }
    }

    /// The row and column containing `point`, or nil off the grid.
    public func position(of point: GeoPoint) -> (row: Int, col: Int)? {
        let c = Int(((point.lon - west) / step).rounded(.down))
        let r = Int(((north - point.lat) / step).rounded(.down))
        guard (0..<rows).contains(r), (0..<cols).contains(c) else { return nil }
        return (r, c)
    }

    /// The cell containing `point`, or nil off the grid.
    public func cell(at point: GeoPoint) -> AtlasCell? {
        position(of: point).map { cell(row: $0.row, col: $0.col) }
    }

    /// The centre of a cell.
    public func centre(row: Int, col: Int) -> GeoPoint {
        GeoPoint(lat: north - (Double(row) + 0.5) * step, lon: west + (Double(col) + 0.5) * step)
    }

    /// Area of one cell of `row` in km².
    public func cellArea(row: Int) -> Double { Self.cellArea(row: row, north: north, step: step) }

    /// Area of one cell of `row` of a grid from `north` by `step`: R²·Δλ·(sin φ₁ − sin φ₂), with the authalic
    /// radius.
    static func cellArea(row: Int, north: Double, step: Double) -> Double {
        let r = 6371.0072
        let top = (north - Double(row) * step) * .pi / 180
        let bottom = (north - Double(row + 1) * step) * .pi / 180
        return r * r * (step * .pi / 180) * (sin(top) - sin(bottom))
    }

    static func decode(_ code: UInt32) -> AtlasCell {
        if code == 0 { return .sea }
        if code < lakeBase { return .region(RegionID(Int(code) - 1)) }
        if code < neighbourBase { return .lake(Int(code - lakeBase)) }
        return .neighbour(Int(code - neighbourBase))
    }

    static func encode(_ cell: AtlasCell) -> UInt32 {
        switch cell {
        case .sea: return 0
        case .region(let r): return UInt32(r.index + 1)
        case .lake(let i): return lakeBase + UInt32(i)
        case .neighbour(let i): return neighbourBase + UInt32(i)
        }
    }
}

/// Builds a grid's runs row by row, joining neighbouring runs of one code, so that the same cells always give
/// the same runs.
struct RunBuilder {
    let cols: Int
    let rows: Int
    private var codes: [UInt32] = []
    private var ends: [UInt16] = []
    private var starts: [Int32] = [0]
    private var col = 0

    init(cols: Int, rows: Int) {
        self.cols = cols
        self.rows = rows
    }

    /// Appends `count` cells of `code` to the current row (the caller keeps the row within ``cols``).
    mutating func append(_ code: UInt32, count: Int) {
        guard count > 0 else { return }
        col += count
        if col > count, codes.last == code {
            ends[ends.count - 1] = UInt16(col)
        } else {
            codes.append(code)
            ends.append(UInt16(col))
        }
    }

    /// Closes the current row (the caller has filled it).
    mutating func endRow() {
        starts.append(Int32(codes.count))
        col = 0
    }

    func grid(west: Double, north: Double, step: Double) -> RegionGrid {
        RegionGrid(
            cols: cols, rows: rows, west: west, north: north, step: step, runCodes: codes, runEnds: ends,
            rowStarts: starts)
    }
}
