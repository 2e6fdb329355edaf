/// A circle on the map: a place or point and a radius in km, as `--near` and `--radius` give it.
public struct Nearby: Sendable, Hashable {
    public static let defaultRadiusKm = 10.0
    public static let maxRadiusKm = 500.0

    public let point: GeoPoint
    public let radiusKm: Double

    public init(point: GeoPoint, radiusKm: Double) {
        self.point = point
        self.radiusKm = radiusKm
    }

    /// `LAT,LON` or a place of the atlas by any of its names, and a radius above 0 and at most 500 km
    /// (default 10); the error names the option at fault.
    public init(_ text: String, radiusKm: Double?, atlas: Atlas) throws(UsageError) {
        let radius = radiusKm ?? Self.defaultRadiusKm
        guard radius > 0 && radius <= Self.maxRadiusKm else {
            throw UsageError("--radius expects kilometres above 0 and at most \(Int(Self.maxRadiusKm)); got \(radius)")
        }
        self.init(point: try Self.place(text, atlas: atlas), radiusKm: radius)
    }

    /// Whether `p` lies within the circle (great-circle distance).
    public func contains(_ p: GeoPoint) -> Bool { p.distanceKm(to: point) <= radiusKm }

    /// `LAT,LON`, or the point of the one region a name finds.
    static func place(_ text: String, atlas: Atlas) throws(UsageError) -> GeoPoint {
        if let p = GeoPoint(parsing: text) { return p }
        let found = PlaceSearch(atlas: atlas).resolve(text)
        guard let r = found.first else {
            throw UsageError(
                "--near: no place matches \"\(Sanitizer.printable(text, limit: 60))\"; give a place name, a region id "
                    + "or LAT,LON"
            )
        }
        guard found.count == 1 else {
            let names = found.prefix(8).map {
                "\(atlas.regions[$0].id) (\(atlas.governorate(of: atlas.regions[$0]).name))"
            }
            throw UsageError(
                "--near: \"\(Sanitizer.printable(text, limit: 60))\" is ambiguous: \(names.joined(separator: ", ")); "
                    + "use a region id"
            )
        }
        return atlas.regions[r].point
    }
}
