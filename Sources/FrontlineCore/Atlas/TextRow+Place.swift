extension TextRow {
    /// The region kind in field `index`, or the error that lists the kinds.
    func regionKind(_ index: Int) throws(DataError) -> Region.Kind {
        guard let kind = Region.Kind(rawValue: self[index]) else {
            throw error(index, "expected a kind: \(Region.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return kind
    }

    /// The point whose latitude is field `index` and longitude the next, or the error at the field that is wrong.
    func point(latitude index: Int) throws(DataError) -> GeoPoint {
        guard let lat = DecimalParser.double(self[index]), lat.isFinite, (-90...90).contains(lat) else {
            throw error(index, "expected a latitude from -90 to 90")
        }
        guard let lon = DecimalParser.double(self[index + 1]), lon.isFinite, (-180...180).contains(lon) else {
            throw error(index + 1, "expected a longitude from -180 to 180")
        }
        return GeoPoint(lat: lat, lon: lon)
    }
}
