import Foundation
import Testing
@testable import FrontlineCore

/// The fixture loads, and the atlas built from it has the shape the files describe.
@Suite struct FixtureAtlasTests {
    @Test func fixtureLoadsWithoutWarnings() throws {
        let data = try Fixture().load()
        #expect(data.atlas.regions.map(\.id) == ["abu-kamal", "hajin", "al-qaim"])
        #expect(data.timeline.factions.map(\.id) == ["is", "syria-gov", "iraq-gov"])
        #expect(data.timeline.changes.count == 5)
        #expect(data.warnings.isEmpty)
    }

    @Test func gridCellsDecode() throws {
        let atlas = try Fixture().load().atlas
        #expect(atlas.grid.cols == 4 && atlas.grid.rows == 3)
        #expect(atlas.cell(at: GeoPoint(lat: 35.9, lon: 40.1)) == .neighbour(2))
        #expect(atlas.cell(at: GeoPoint(lat: 35.3, lon: 40.3)) == .region(RegionID(0)))
        #expect(atlas.cell(at: GeoPoint(lat: 35.3, lon: 40.8)) == .region(RegionID(0)))
        #expect(atlas.cell(at: GeoPoint(lat: 34.8, lon: 41.2)) == .region(RegionID(1)))
        #expect(atlas.cell(at: GeoPoint(lat: 34.8, lon: 41.7)) == .region(RegionID(2)))
        #expect(atlas.cell(at: GeoPoint(lat: 34.75, lon: 40.25)) == .sea)
        #expect(atlas.cell(at: GeoPoint(lat: 34.75, lon: 40.75)) == .lake(0))
        #expect(atlas.cell(at: GeoPoint(lat: 36.01, lon: 40.1)) == nil)
        #expect(atlas.cell(at: GeoPoint(lat: 35.0, lon: 42.0)) == nil)
        #expect(atlas.cell(at: GeoPoint(lat: 34.5, lon: 41.0)) == nil)
    }

    @Test func regionAreasSumLatitudeCorrectedCells() throws {
        let atlas = try Fixture().load().atlas
        let row1 = atlas.grid.cellArea(row: 1), row2 = atlas.grid.cellArea(row: 2)
        // A 0.5-degree cell near 35N is about 55.6 km x 45.5 km.
        #expect(abs(row1 - 2_528) < 25)
        #expect(row2 > row1)
        #expect(atlas.regions.map(\.cellCount) == [2, 2, 2])
        #expect(abs(atlas.regions[0].areaKm2 - 2 * row1) < 1e-6)
        #expect(abs(atlas.regions[1].areaKm2 - (row1 + row2)) < 1e-6)
        #expect(abs(atlas.area(country: "SY") - (3 * row1 + row2)) < 1e-6)
        #expect(abs(atlas.area(country: "IQ") - (row1 + row2)) < 1e-6)
        #expect(abs(atlas.area() - (4 * row1 + 2 * row2)) < 1e-6)
        #expect(abs(atlas.lakeArea(country: "SY") - row2) < 1e-6)
        #expect(atlas.lakeArea(country: "IQ") == 0)
    }

    @Test func unitsOfARegion() throws {
        let atlas = try Fixture().load().atlas
        let qaim = try #require(atlas.region(id: "al-qaim"))
        #expect(atlas.district(of: qaim).pcode == "IQG01Q02")
        #expect(atlas.governorate(of: qaim).name == "Al-Anbar")
        #expect(atlas.country(of: qaim) == "IQ")
        #expect(qaim.displayName == "al-Qaim (Al Qā’im)")
        #expect(atlas.region(id: "nowhere") == nil)
    }

    @Test func countryLabelsAreCentroidsOfCells() throws {
        let atlas = try Fixture().load().atlas
        // Every other row and column is sampled: rows 0 and 2, columns 0 and 2.
        let tr = try #require(atlas.countryLabels[2])
        #expect(abs(tr.lat - 35.75) < 1e-9 && abs(tr.lon - 40.75) < 1e-9)
        let sy = try #require(atlas.countryLabels[0])
        #expect(abs(sy.lat - 34.75) < 1e-9 && abs(sy.lon - 41.25) < 1e-9)
        #expect(atlas.countryLabels[1] == nil)
    }

    @Test func riversAreParsed() throws {
        let rivers = try Fixture().load().atlas.rivers
        #expect(rivers.count == 1)
        #expect(rivers[0].points == [GeoPoint(lat: 35.6, lon: 40.1), GeoPoint(lat: 35.1, lon: 41.9)])
    }

    @Test func badRiverPointIsLocated() throws {
        let fx = try Fixture([
            "atlas/rivers.tsv": Fixture.table("rivers", ["Euphrates\tinvented\t40.100,35.600 41.900;35.100"])
        ])
        #expect(fx.errors() == ["\(fx.path("atlas/rivers.tsv")):2:34: expected a point LON,LAT"])
    }

    @Test func labelsAndCodesOfControls() throws {
        let data = try Fixture().load()
        #expect(data.code(.contested([0, 1])) == "contested:is+syria-gov")
        #expect(data.label(.contested([0, 1])) == "contested (IS/SyGov)")
        #expect(data.code(.faction(2)) == "iraq-gov")
        #expect(data.label(.faction(2)) == "Iraqi government")
        #expect(data.code(.unknown) == "unknown" && data.label(.unknown) == "unknown")
    }

    @Test func geoPointParsing() {
        #expect(GeoPoint(parsing: "34.56,38.27") == GeoPoint(lat: 34.56, lon: 38.27))
        #expect(GeoPoint(parsing: " 34.56 , 38.27 ") == GeoPoint(lat: 34.56, lon: 38.27))
        #expect(GeoPoint(parsing: "91,38") == nil)
        #expect(GeoPoint(parsing: "34,181") == nil)
        #expect(GeoPoint(parsing: "34;38") == nil)
        #expect(GeoPoint(parsing: "34,38,1") == nil)
        #expect(GeoPoint(parsing: "nan,38") == nil)
    }
}
