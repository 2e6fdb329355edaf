import FoundationEssentials

/// Loads `Data/atlas/`: validates every file and every reference between them, or throws all errors found.
public enum AtlasLoader {
    /// Loads the atlas in `directory` (the folder holding `grid.txt`).
    public static func load(directory: String) throws(DataErrors) -> Atlas {
        let path = { (name: String) in Path.join(directory, name) }
        var errors: [DataError] = []
        func table(_ name: String, _ header: [String]) -> TextTable? {
            do { return try TextTable(path: path(name), header: header) } catch {
                errors += error.errors
                return nil
            }
        }
        let countryT = table("countries.tsv", DataFormat.countries)
        let govT = table("governorates.tsv", DataFormat.governorates)
        let distT = table("districts.tsv", DataFormat.districts)
        let regT = table("regions.tsv", DataFormat.regions)
        let lakeT = table("lakes.tsv", DataFormat.lakes)
        let riverT = table("rivers.tsv", DataFormat.rivers)
        guard let countryT, let govT, let distT, let regT, let lakeT, let riverT else { throw DataErrors(errors) }
        /// A table that may be absent (an atlas without carved regions or extra places).
        func optionalTable(_ name: String, _ header: [String]) -> TextTable? {
            FileManager.default.fileExists(atPath: path(name)) ? table(name, header) : nil
        }

        var countries: [Country] = []
        var countryIndex: [String: Int] = [:]
        for row in countryT.rows {
            guard row[0].count == 2, row[0].allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                errors.append(
                    row.error(
                        0, "expected a two-letter country code, found \"\(Sanitizer.printable(row[0], limit: 40))\""))
                continue
            }
            guard ["mapped", "neighbour"].contains(row[2]) else {
                errors.append(row.error(2, "expected role mapped or neighbour"))
                continue
            }
            if countryIndex[row[0]] != nil {
                errors.append(row.error(0, "duplicate country \(row[0])"))
                continue
            }
            countryIndex[row[0]] = countries.count
            countries.append(Country(code: row[0], name: row[1], mapped: row[2] == "mapped"))
        }
        var governorates: [Governorate] = []
        var govIndex: [String: Int] = [:]
        for row in govT.rows {
            guard let c = countryIndex[row[1]], countries[c].mapped else {
                errors.append(row.error(1, "unknown mapped country \"\(Sanitizer.printable(row[1], limit: 40))\""))
                continue
            }
            if govIndex[row[0]] != nil {
                errors.append(row.error(0, "duplicate governorate \(Sanitizer.printable(row[0], limit: 40))"))
                continue
            }
            govIndex[row[0]] = governorates.count
            governorates.append(Governorate(pcode: row[0], country: row[1], name: row[2], arabic: row[3]))
        }
        var districts: [District] = []
        var distIndex: [String: Int] = [:]
        for row in distT.rows {
            guard let g = govIndex[row[1]] else {
                errors.append(row.error(1, "unknown governorate \"\(Sanitizer.printable(row[1], limit: 40))\""))
                continue
            }
            if distIndex[row[0]] != nil {
                errors.append(row.error(0, "duplicate district \(Sanitizer.printable(row[0], limit: 40))"))
                continue
            }
            distIndex[row[0]] = districts.count
            districts.append(District(pcode: row[0], governorate: g, name: row[2], arabic: row[3]))
        }
        var regions: [Region] = []
        var expectedCells: [Int] = []
        var seenIDs: [String: Int] = [:]
        var regionByID: [String: RegionID] = [:]
        seenIDs.reserveCapacity(regT.rows.count)
        regionByID.reserveCapacity(regT.rows.count)
        regions.reserveCapacity(regT.rows.count)
        for (position, row) in regT.rows.enumerated() {
            guard let n = Int(row[0]), n == position + 1 else {
                errors.append(row.error(0, "expected region number \(position + 1)"))
                continue
            }
            guard isID(row[1]) else {
                errors.append(row.error(1, "expected an id of a-z, 0-9 and -"))
                continue
            }
            if let first = seenIDs[row[1]] {
                errors.append(row.error(1, "duplicate region id \(row[1]) (first on line \(first))"))
                continue
            }
            seenIDs[row[1]] = row.line
            let kind: Region.Kind, point: GeoPoint
            do throws(DataError) {
                kind = try row.regionKind(2)
                point = try row.point(latitude: 5)
            } catch {
                errors.append(error)
                continue
            }
            guard let pop = Int(row[7]), pop >= 0 else {
                errors.append(row.error(7, "expected a population of 0 or more"))
                continue
            }
            guard let d = distIndex[row[8]] else {
                errors.append(row.error(8, "unknown district \"\(Sanitizer.printable(row[8], limit: 40))\""))
                continue
            }
            guard let prio = Int(row[9]), (1...6).contains(prio) else {
                errors.append(row.error(9, "expected a priority from 1 to 6"))
                continue
            }
            guard let cells = Int(row[10]), cells >= 0 else {
                errors.append(row.error(10, "expected a cell count of 0 or more"))
                continue
            }
            expectedCells.append(cells)
            regionByID[row[1]] = RegionID(regions.count)
            regions.append(
                Region(
                    index: RegionID(regions.count), id: row[1], kind: kind, name: row[3], english: row[4],
                    alternatesText: .text(row[12]), point: point, population: pop, district: d, priority: prio,
                    sourceText: .text(row[11]), areaKm2: 0, cellCount: 0))
        }
        var lakes: [Lake] = []
        for (position, row) in lakeT.rows.enumerated() {
            guard Int(row[0]) == position + 1 else {
                errors.append(row.error(0, "expected lake number \(position + 1)"))
                continue
            }
            guard let lat = DecimalParser.double(row[2]), lat.isFinite, (-90...90).contains(lat),
                let lon = DecimalParser.double(row[3]), lon.isFinite, (-180...180).contains(lon)
            else {
                errors.append(row.error(2, "expected a latitude and longitude"))
                continue
            }
            guard countryIndex[row[4]] != nil else {
                errors.append(row.error(4, "unknown country \"\(Sanitizer.printable(row[4], limit: 40))\""))
                continue
            }
            lakes.append(
                Lake(name: row[1], label: GeoPoint(lat: lat, lon: lon), country: row[4], source: row[5], areaKm2: 0))
        }
        var rivers: [RiverLine] = []
        for row in riverT.rows {
            var points: [GeoPoint] = []
            var column = row.columns[2]
            for token in row[2].splitBytes(UInt8(ascii: " ")) {
                let pair = token.splitBytes(UInt8(ascii: ","))
                guard pair.count == 2, let lon = DecimalParser.double(pair[0]), let lat = DecimalParser.double(pair[1]),
                    lon.isFinite, lat.isFinite,
                    (-90...90).contains(lat), (-180...180).contains(lon)
                else {
                    errors.append(
                        DataError(file: row.file, line: row.line, column: column, message: "expected a point LON,LAT"))
                    break
                }
                points.append(GeoPoint(lat: lat, lon: lon))
                column += token.scalarCount + 1
            }
            if points.count < 2 { continue }
            rivers.append(RiverLine(name: row[0], source: row[1], points: points))
        }
        if let parentT = optionalTable("parents.tsv", DataFormat.parents) {
            assignParents(parentT, to: &regions, byID: regionByID, errors: &errors)
        }
        var places: [Place] = []
        if let placeT = optionalTable("places.tsv", DataFormat.places) {
            places = parsePlaces(placeT, byID: regionByID, errors: &errors)
        }
        if !errors.isEmpty { throw DataErrors(errors) }

        let (grid, tally) = try GridParser.parseWithTally(
            path: path("grid.txt"), regions: regions.count, lakes: lakes.count,
            neighbours: countryIndex.filter { !countries[$0.value].mapped })
        for i in regions.indices {
            regions[i].areaKm2 = tally.regionArea[i]
            regions[i].cellCount = tally.regionCells[i]
        }
        for i in lakes.indices { lakes[i].areaKm2 = tally.lakeArea[i] }
        for (i, region) in regions.enumerated() where region.cellCount != expectedCells[i] {
            let row = regT.rows[i]
            errors.append(
                row.error(
                    10, "region \(region.id) has \(region.cellCount) cells in grid.txt, expected \(expectedCells[i])"))
        }
        if !errors.isEmpty { throw DataErrors(errors) }
        return Atlas(
            grid: grid, regions: regions, districts: districts, governorates: governorates,
            countries: countries, lakes: lakes, rivers: rivers, places: places, regionByID: regionByID)
    }

    static func isID(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 45 }
    }
}
