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
public struct RegionGrid: Sendable {
    public let cols: Int
    public let rows: Int
    /// Longitude of the western edge.
    public let west: Double
    /// Latitude of the northern edge.
    public let north: Double
    /// Degrees per cell, in both directions.
    public let step: Double
    /// One code per cell; see ``cell(row:col:)`` for the encoding.
    let codes: [UInt32]

    static let lakeBase: UInt32 = 1 << 24
    static let neighbourBase: UInt32 = 1 << 25

    init(cols: Int, rows: Int, west: Double, north: Double, step: Double, codes: [UInt32]) {
        self.cols = cols
        self.rows = rows
        self.west = west
        self.north = north
        self.step = step
        self.codes = codes
    }

    /// The cell at `row`, `col` (both in range).
    @inline(__always)
    public func cell(row: Int, col: Int) -> AtlasCell { Self.decode(codes[row * cols + col]) }

    /// The region index at `row`, `col`, or nil for sea, lakes and neighbours: the renderer's hot path.
    @inline(__always)
    public func regionIndex(row: Int, col: Int) -> RegionID? {
        let code = codes[row * cols + col]
        return code > 0 && code < Self.lakeBase ? RegionID(Int(code) - 1) : nil
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

    /// Area of one cell of `row` in km²: R²·Δλ·(sin φ₁ − sin φ₂), with the authalic radius.
    public func cellArea(row: Int) -> Double {
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
