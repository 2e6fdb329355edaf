/// Finding the region a question is about: at a point, or by a place's name.
extension Atlas {
    /// The region at `point`, or why there is none: off the map, in the sea, a lake or a neighbouring country.
    public func region(at point: GeoPoint) throws(UsageError) -> RegionID {
        switch cell(at: point) {
        case nil:
            let south = grid.north - Double(grid.rows) * grid.step, east = grid.west + Double(grid.cols) * grid.step
            throw UsageError("\(point) is off the map (lon \(grid.west) to \(east), lat \(south) to \(grid.north))")
        case .sea?: throw UsageError("\(point) is in the sea")
        case .lake(let l)?: throw UsageError("\(point) is in \(lakes[l].name)")
        case .neighbour(let c)?: throw UsageError("\(point) is in \(countries[c].name), outside Syria and Iraq")
        case .region(let r)?: return r
        }
    }

    /// The one region `name` finds (any spelling, or an id); none, or several, is an error listing the candidates.
    public func region(named name: String) throws(UsageError) -> RegionID {
        let found = PlaceSearch(atlas: self).resolve(name)
        let shown = Sanitizer.printable(name, limit: 60)
        guard let first = found.first else { throw UsageError("no place matches \"\(shown)\"") }
        guard found.count > 1 else { return first }
        var lines = ["\"\(shown)\" is ambiguous; candidates:"]
        for r in found.prefix(20) {
            let reg = regions[r]
            lines.append(
                "  \(reg.id)\t\(Sanitizer.printable(reg.displayName))\t\(district(of: reg).name), "
                    + "\(governorate(of: reg).name)"
            )
        }
        lines.append("Use an id, such as --place \(regions[first].id)")
        throw UsageError(lines.joined(separator: "\n"))
    }
}
