import FoundationEssentials
import FrontlineCore

#if canImport(Glibc)
    import Glibc
#endif

/// What part of the map is on screen: a centre and a scale.
///
/// The projection is equirectangular with longitudes shrunk by cos(33.5°), the middle of the mapped area, and
/// rows twice as tall as columns, since terminal cells are about twice as tall as wide.
public struct Camera: Hashable, Sendable {
    public var centre: GeoPoint
    /// Kilometres per screen column.
    public var kmPerColumn: Double

    public static let referenceLatitude = 33.5
    /// The closest zoom: half a kilometre per column, finer than the atlas's cells of about 1 km.
    public static let minKmPerColumn = 0.5
    /// The widest zoom.
    public static let maxKmPerColumn = 40.0
    /// The box that "fit" shows: Syria and Iraq.
    public static let extent = (south: 29.0, north: 37.4, west: 35.6, east: 48.7)

    public init(centre: GeoPoint, kmPerColumn: Double) {
        self.centre = centre
        self.kmPerColumn = min(Self.maxKmPerColumn, max(Self.minKmPerColumn, kmPerColumn))
    }

    /// Degrees of longitude per column.
    public var lonPerColumn: Double { kmPerColumn / (111.32 * cos(Self.referenceLatitude * .pi / 180)) }
    /// Degrees of latitude per row.
    public var latPerRow: Double { 2 * kmPerColumn / 110.57 }

    /// The point at the centre of screen cell (x, y) of a map `width` × `height`.
    @inline(__always)
    public func point(x: Int, y: Int, width: Int, height: Int) -> GeoPoint {
        GeoPoint(
            lat: centre.lat - (Double(y) - Double(height) / 2 + 0.5) * latPerRow,
            lon: centre.lon + (Double(x) - Double(width) / 2 + 0.5) * lonPerColumn)
    }

    /// The screen cell of `p`, which may lie outside the map.
    public func cell(of p: GeoPoint, width: Int, height: Int) -> (x: Int, y: Int) {
        let x = (p.lon - centre.lon) / lonPerColumn + Double(width) / 2 - 0.5
        let y = (centre.lat - p.lat) / latPerRow + Double(height) / 2 - 0.5
        return (Int(x.rounded()), Int(y.rounded()))
    }

    /// The camera that shows all of Syria and Iraq in a map `width` × `height`.
    public static func fit(width: Int, height: Int) -> Camera {
        let e = extent
        let kmWide = (e.east - e.west) * 111.32 * cos(referenceLatitude * .pi / 180) / Double(max(1, width - 1))
        let kmTall = (e.north - e.south) * 110.57 / 2 / Double(max(1, height - 1))
        return Camera(
            centre: GeoPoint(lat: (e.north + e.south) / 2, lon: (e.east + e.west) / 2),
            kmPerColumn: max(kmWide, kmTall))
    }
}
