/// The two optional atlas tables: which region each carved region comes from, and places without a region.
extension AtlasLoader {
    /// Reads `parents.tsv` (`region`, `parent`): a region carved out of an older one starts with its history.
    ///
    /// The rule is one level deep: a parent is never itself carved from another region.
    static func assignParents(
        _ table: TextTable, to regions: inout [Region], byID: [String: RegionID], errors: inout [DataError]
    ) {
        // Per region, by index (arrays, not dictionaries): the line that gave it a parent, the parent, and the row.
        var seen = [Int](repeating: 0, count: regions.count)
        var parentOf = [RegionID?](repeating: nil, count: regions.count)
        var rowOf = [Int](repeating: -1, count: regions.count)
        for (position, row) in table.rows.enumerated() {
            guard let r = byID[row[0]] else {
                errors.append(row.error(0, "unknown region \"\(Sanitizer.printable(row[0], limit: 60))\""))
                continue
            }
            guard let p = byID[row[1]] else {
                errors.append(row.error(1, "unknown parent region \"\(Sanitizer.printable(row[1], limit: 60))\""))
                continue
            }
            if seen[region: r] > 0 {
                errors.append(row.error(0, "\(row[0]) already has a parent (line \(seen[region: r]))"))
                continue
            }
            guard p != r else {
                errors.append(row.error(1, "a region cannot be its own parent"))
                continue
            }
            seen[region: r] = row.line
            parentOf[region: r] = p
            rowOf[region: r] = position
        }
        for (r, parent) in parentOf.enumerated() {
            guard let p = parent else { continue }
            if let grandparent = parentOf[region: p] {
                errors.append(
                    table.rows[rowOf[r]].error(
                        1,
                        "parent \(regions[p].id) is itself carved from \(regions[grandparent].id): expected a parent "
                            + "with no parent"
                    ))
                continue
            }
            regions[r].parent = p
        }
    }

    /// The `|`-separated names of an `altnames` field, split on bytes.
    static func names(_ field: String) -> [String] { nameSlices(field).map(String.init) }

    /// The names of an `altnames` field as slices of it, with no copies.
    static func nameSlices(_ field: String) -> [Substring] {
        field.isEmpty ? [] : field.splitBytes(UInt8(ascii: "|")).filter { !$0.isEmpty }
    }

    /// Reads `places.tsv`: sites and points that are names of the region they lie in.
    static func parsePlaces(_ table: TextTable, byID: [String: RegionID], errors: inout [DataError]) -> [Place] {
        var places: [Place] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            guard isID(row[0]) else {
                errors.append(row.error(0, "expected an id of a-z, 0-9 and -"))
                continue
            }
            if let first = seen[row[0]] {
                errors.append(row.error(0, "duplicate place id \(row[0]) (first on line \(first))"))
                continue
            }
            seen[row[0]] = row.line
            let kind: Region.Kind, point: GeoPoint
            do throws(DataError) {
                kind = try row.regionKind(1)
                point = try row.point(latitude: 4)
            } catch {
                errors.append(error)
                continue
            }
            var region: RegionID? = nil
            if !row[6].isEmpty {
                guard let r = byID[row[6]] else {
                    errors.append(row.error(6, "unknown region \"\(Sanitizer.printable(row[6], limit: 60))\""))
                    continue
                }
                region = r
            }
            places.append(
                Place(
                    id: row[0], kind: kind, name: row[2], english: row[3],
                    altNames: names(row[8]),
                    point: point, region: region, source: row[7]))
        }
        return places
    }
}
