import FoundationEssentials

/// A point on the WGS84 ellipsoid, in decimal degrees.
public struct GeoPoint: Hashable, Sendable, CustomStringConvertible {
    public var lat: Double
    public var lon: Double

    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }

    /// Parses `LAT,LON` in decimal degrees, such as `34.56,38.27`; nil if malformed or off the globe.
    public init?(parsing text: String) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let lat = Double(parts[0].trimmingWhitespace()),
            let lon = Double(parts[1].trimmingWhitespace()),
            lat.isFinite, lon.isFinite, (-90...90).contains(lat), (-180...180).contains(lon)
        else { return nil }
        self.init(lat: lat, lon: lon)
    }

    /// `33.4206N 43.3078E` style.
    public var description: String {
        String(cFormat: "%.4f", abs(lat)) + (lat >= 0 ? "N " : "S ") + String(cFormat: "%.4f", abs(lon))
            + (lon >= 0 ? "E" : "W")
    }
}
