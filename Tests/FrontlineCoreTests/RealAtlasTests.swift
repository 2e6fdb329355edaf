import Testing
@testable import FrontlineCore

/// The bundled atlas against published figures and known places.
@Suite struct RealAtlasTests {
    /// OCHA's outline of a country includes its lakes (Lake Assad, Tharthar, ...).
    func countryArea(_ code: String) throws -> Double {
        let atlas = try RealData.data().atlas
        return atlas.area(country: code) + atlas.lakeArea(country: code)
    }

    @Test func syriaAreaWithinOnePercentOf188100() throws {
        let area = try countryArea("SY")
        #expect(abs(area - 188_100) / 188_100 < 0.01, "measured \(area) km²")
    }

    @Test func iraqAreaWithinOnePercentOf436300() throws {
        let area = try countryArea("IQ")
        #expect(abs(area - 436_300) / 436_300 < 0.01, "measured \(area) km²")
    }

    @Test func unitCounts() throws {
        let atlas = try RealData.data().atlas
        let country = { (g: Int) in atlas.governorates[g].country }
        #expect(atlas.governorates.filter { $0.country == "SY" }.count == 14)
        #expect(atlas.governorates.filter { $0.country == "IQ" }.count == 18)
        #expect(atlas.districts.filter { country($0.governorate) == "SY" }.count == 62)
        #expect(atlas.districts.filter { country($0.governorate) == "IQ" }.count == 101)
    }

    @Test func everyGovernorateHasARegionWithCells() throws {
        let atlas = try RealData.data().atlas
        var covered = Set<Int>()
        for r in atlas.regions where r.cellCount > 0 { covered.insert(atlas.districts[r.district].governorate) }
        let empty = atlas.governorates.indices.filter { !covered.contains($0) }.map { atlas.governorates[$0].pcode }
        #expect(empty.isEmpty)
    }

    @Test func everyDistrictHasARegionWithCells() throws {
        let atlas = try RealData.data().atlas
        let covered = Set(atlas.regions.filter { $0.cellCount > 0 }.map(\.district))
        let empty = atlas.districts.indices.filter { !covered.contains($0) }.map { atlas.districts[$0].pcode }
        #expect(empty.isEmpty)
    }

    @Test func damascusGovernorateArea() throws {
        let atlas = try RealData.data().atlas
        let area = atlas.regions.filter { atlas.governorate(of: $0).pcode == "SY01" }.reduce(0) { $0 + $1.areaKm2 }
        #expect(area > 90 && area < 140, "measured \(area) km²")
    }

    @Test func regionAreasAddUpToTheCountries() throws {
        let atlas = try RealData.data().atlas
        #expect(abs(atlas.area() - atlas.area(country: "SY") - atlas.area(country: "IQ")) < 1e-6)
        #expect(atlas.regions.allSatisfy { $0.cellCount == 0 || $0.areaKm2 > 0 })
    }

    /// Every place (not the district or occupied-area regions, whose point is a centroid) sits in a cell of its
    /// own district, or in a cell next to one.
    @Test func placesLieInTheirOwnDistrict() throws {
        let atlas = try RealData.data().atlas
        var exceptions: [String] = []
        for r in atlas.regions where r.kind != .district && r.kind != .occupied {
            guard let (row, col) = atlas.grid.position(of: r.point) else {
                exceptions.append("\(r.id): off the grid")
                continue
            }
            // A place may sit 0.02° off its district's cells; an island smaller than a cell (Arwad, off
            // Tartus) lies in a sea cell, and may sit 0.04° off.
            let radius = Int(((atlas.cell(at: r.point) == .sea ? 0.04 : 0.02) / atlas.grid.step).rounded())
            var near = false
            for dr in -radius...radius {
                for dc in -radius...radius {
                    let rr = row + dr, cc = col + dc
                    guard (0..<atlas.grid.rows).contains(rr), (0..<atlas.grid.cols).contains(cc) else { continue }
                    if let i = atlas.grid.regionIndex(row: rr, col: cc), atlas.regions[i].district == r.district {
                        near = true
                    }
                }
            }
            if !near {
                let found: String
                switch atlas.cell(at: r.point) {
                case .region(let i)?:
                    found = "\(atlas.regions[i].id) in \(atlas.districts[atlas.regions[i].district].pcode)"
                case let other: found = "\(String(describing: other))"
                }
                // How far the nearest cell of the district is, in cells (Chebyshev distance).
                var nearest = Int.max
                for rr in 0..<atlas.grid.rows {
                    for cc in 0..<atlas.grid.cols {
                        if let i = atlas.grid.regionIndex(row: rr, col: cc), atlas.regions[i].district == r.district {
                            nearest = min(nearest, max(abs(rr - row), abs(cc - col)))
                        }
                    }
                }
                exceptions.append(
                    "\(r.id) (\(atlas.districts[r.district].pcode)) at \(r.point) lies in \(found); nearest cell of "
                        + "its district is \(nearest) cells away"
                )
            }
        }
        #expect(exceptions.isEmpty, "\(exceptions.count) exceptions:\n\(exceptions.joined(separator: "\n"))")
    }

    @Test func gridCoversTheMappedArea() throws {
        let g = try RealData.data().atlas.grid
        #expect(g.cols >= 1500 && g.rows >= 1000)
        #expect(abs(g.step - 0.01) < 1e-12)
        #expect(g.west <= 34 && g.west + Double(g.cols) * g.step >= 49 - 1e-9)
        #expect(g.north >= 38.5 && g.north - Double(g.rows) * g.step <= 28.5 + 1e-9)
    }

    @Test func gridCornersAreNotSyriaOrIraq() throws {
        let atlas = try RealData.data().atlas
        // North-west corner is Turkey, south-east is the Gulf or Iran.
        #expect(atlas.grid.regionIndex(row: 0, col: 0) == nil)
        #expect(atlas.grid.regionIndex(row: atlas.grid.rows - 1, col: atlas.grid.cols - 1) == nil)
        guard case .neighbour(let n)? = atlas.cell(at: GeoPoint(lat: 38.4, lon: 34.1)) else {
            Issue.record("north-west corner is not a neighbour")
            return
        }
        #expect(atlas.countries[n].code == "TR")
    }

    struct Query: Sendable, CustomTestStringConvertible {
        let name: String, lat: Double, lon: Double, governorate: String, district: String?
        var testDescription: String { name }
    }

    static let queries = [
        Query(name: "Ramadi", lat: 33.4206, lon: 43.3078, governorate: "Al-Anbar", district: "Al-Ramadi"),
        Query(name: "Fallujah", lat: 33.349, lon: 43.786, governorate: "Al-Anbar", district: "Al-Falluja"),
        Query(name: "Mosul", lat: 36.335, lon: 43.119, governorate: "Ninewa", district: "Al-Mosul"),
        Query(name: "Palmyra", lat: 34.5624, lon: 38.2840, governorate: "Homs", district: "Tadmor"),
        Query(name: "Raqqa", lat: 35.9528, lon: 39.0079, governorate: "Ar-Raqqa", district: nil),
        Query(name: "Deir ez-Zor", lat: 35.3359, lon: 40.1408, governorate: "Deir-ez-Zor", district: nil),
        Query(name: "Kobani", lat: 36.891, lon: 38.3535, governorate: "Aleppo", district: "Ain Al Arab"),
        Query(name: "Jisr al-Shughur", lat: 35.8142, lon: 36.3198, governorate: "Idleb", district: "Jisr-Ash-Shugur"),
        Query(name: "Abu Kamal", lat: 34.4523, lon: 40.9185, governorate: "Deir-ez-Zor", district: "Abu Kamal")
    ]

    @Test(arguments: queries)
    func pointLiesInItsGovernorateAndDistrict(_ q: Query) throws {
        let atlas = try RealData.data().atlas
        guard case .region(let i)? = atlas.cell(at: GeoPoint(lat: q.lat, lon: q.lon)) else {
            Issue.record(
                "\(q.name) is not in a region: \(String(describing: atlas.cell(at: GeoPoint(lat: q.lat, lon: q.lon))))")
            return
        }
        let region = atlas.regions[i]
        #expect(atlas.governorate(of: region).name == q.governorate)
        if let district = q.district { #expect(atlas.district(of: region).name == district) }
    }

    @Test func fallujahDistrictNameContainsFalluja() throws {
        let atlas = try RealData.data().atlas
        guard case .region(let i)? = atlas.cell(at: GeoPoint(lat: 33.349, lon: 43.786)) else {
            Issue.record("Fallujah is not in a region")
            return
        }
        #expect(atlas.district(of: atlas.regions[i]).name.contains("Falluja"))
        #expect(atlas.regions[i].id == "fallujah")
    }
}
