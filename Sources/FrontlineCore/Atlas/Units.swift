/// A country of the atlas: Syria and Iraq are mapped to districts; neighbours are context only.
public struct Country: Hashable, Sendable {
    /// ISO 3166 alpha-2 code, such as `SY`.
    public let code: String
    public let name: String
    /// Whether regions, districts and governorates cover it.
    public let mapped: Bool
}

/// A governorate (OCHA admin level 1).
public struct Governorate: Hashable, Sendable {
    /// OCHA P-code, such as `SY04` or `IQG01`.
    public let pcode: String
    /// The country's ISO code.
    public let country: String
    public let name: String
    public let arabic: String
}

/// A district (OCHA admin level 2).
public struct District: Hashable, Sendable {
    /// OCHA P-code, such as `SY0403` or `IQG01Q03`.
    public let pcode: String
    /// Index into ``Atlas/governorates``.
    public let governorate: Int
    public let name: String
    public let arabic: String
}

/// A named lake or reservoir, drawn from the grid's lake cells.
public struct Lake: Hashable, Sendable {
    public let name: String
    /// Where its label goes: the centroid of its cells.
    public let label: GeoPoint
    /// The ISO code of the country holding most of it.
    public let country: String
    public let source: String
    /// Area in km², from its cells.
    public internal(set) var areaKm2: Double
}

/// A named river, as a polyline to draw over the map.
public struct RiverLine: Hashable, Sendable {
    public let name: String
    public let source: String
    public let points: [GeoPoint]
}
