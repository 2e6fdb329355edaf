import Foundation
import Testing
@testable import FrontlineCore

/// Region polygons traced from the grid: exact on a fixture, and on the real atlas faithful to the cells.
@Suite struct OutlineTests {
    /// A 5×4 fixture: abu-kamal (1) rings a hole holding one cell of hajin (2); al-Qaim (3) is two parts that touch
    /// only at a corner.
    ///
    ///     1 1 1 3 3
    ///     1 2 1 3 ~
    ///     1 1 1 2 3
    ///     ~ L1 ~ 3 3
    static func fixture() throws -> (Fixture, DataSet) {
        let rows = Fixture.regionRows.enumerated().map { i, row -> String in
            var f = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            f[10] = ["8", "2", "6"][i]
            return f.joined(separator: "\t")
        }
        let fx = try Fixture([
            "atlas/grid.txt": Fixture.grid(["1*3 3*2", "1 2 1 3 ~", "1*3 2 3", "~ L1 ~ 3*2"], cols: 5, rowCount: 4),
            "atlas/regions.tsv": Fixture.table("regions", rows)
        ])
        return (fx, try fx.load())
    }

    static func ring(_ pairs: [(Double, Double)]) -> [GeoPoint] { pairs.map { GeoPoint(lat: $0.1, lon: $0.0) } }

    @Test func fixturePolygonsAreExact() throws {
        let (_, data) = try Self.fixture()
        let out = Outline.trace(data.atlas.grid, regionCount: data.atlas.regions.count)
        #expect(
            out[0] == [
                Polygon(
                    exterior: Self.ring([(40, 34.5), (41.5, 34.5), (41.5, 36), (40, 36), (40, 34.5)]),
                    holes: [Self.ring([(40.5, 35), (40.5, 35.5), (41, 35.5), (41, 35), (40.5, 35)])])
            ])
        #expect(
            out[1] == [
                Polygon(exterior: Self.ring([(40.5, 35), (41, 35), (41, 35.5), (40.5, 35.5), (40.5, 35)]), holes: []),
                Polygon(exterior: Self.ring([(41.5, 34.5), (42, 34.5), (42, 35), (41.5, 35), (41.5, 34.5)]), holes: [])
            ])
        #expect(
            out[2] == [
                Polygon(
                    exterior: Self.ring([
                        (41.5, 34), (42.5, 34), (42.5, 35), (42, 35), (42, 34.5), (41.5, 34.5), (41.5, 34)
                    ]), holes: []),
                Polygon(
                    exterior: Self.ring([
                        (41.5, 35), (42, 35), (42, 35.5), (42.5, 35.5), (42.5, 36), (41.5, 36), (41.5, 35)
                    ]), holes: [])
            ])
    }

    @Test func defaultFixtureIsThreeRectangles() throws {
        let fx = try Fixture()
        let data = try fx.load()
        let out = Outline.trace(data.atlas.grid, regionCount: data.atlas.regions.count)
        #expect(
            out[0] == [Polygon(exterior: Self.ring([(40, 35), (41, 35), (41, 35.5), (40, 35.5), (40, 35)]), holes: [])])
        #expect(
            out[1] == [
                Polygon(
                    exterior: Self.ring([(41, 34.5), (41.5, 34.5), (41.5, 35.5), (41, 35.5), (41, 34.5)]), holes: [])
            ])
    }

    static let real: (DataSet, [[Polygon]]) = {
        let data = try! RealData.data()
        return (data, Outline.trace(data.atlas.grid, regionCount: data.atlas.regions.count))
    }()

    /// The area of a ring on the authalic sphere, as the grid measures its cells: R² Σ −sin φ Δλ over the edges
    /// (exact for edges along parallels and meridians), positive counter-clockwise.
    static func area(_ ring: [GeoPoint]) -> Double {
        let r = 6371.0072
        var a = 0.0
        for (p, q) in zip(ring, ring.dropFirst()) where p.lat == q.lat {
            a -= sin(p.lat * .pi / 180) * (q.lon - p.lon) * .pi / 180
        }
        return a * r * r
    }

    @Test func realPolygonsHaveTheRegionsAreas() throws {
        let (data, outlines) = Self.real
        for region in data.atlas.regions {
            let parts = outlines[region: region.index]
            let km2 = parts.reduce(0) { sum, p in sum + Self.area(p.exterior) + p.holes.reduce(0) { $0 + Self.area($1) }
            }
            #expect(
                abs(km2 - region.areaKm2) <= region.areaKm2 * 0.01,
                "\(region.id): polygon \(km2) km², region \(region.areaKm2) km²")
        }
    }

    @Test func ringsAreClosedOrientedAndSimple() throws {
        let (_, outlines) = Self.real
        var checked = 0
        for (i, parts) in outlines.enumerated() {
            for p in parts {
                for (k, ring) in ([p.exterior] + p.holes).enumerated() {
                    #expect(ring.count >= 5 && ring.first == ring.last)
                    #expect(
                        k == 0 ? Self.area(ring) > 0 : Self.area(ring) < 0,
                        "exteriors counter-clockwise, holes clockwise")
                    #expect(Set(ring.dropLast()).count == ring.count - 1, "a vertex visited twice")
                    guard i % 25 == 0 else { continue }
                    // No two edges cross or overlap, other than neighbours meeting at their shared vertex.
                    let edges = Array(zip(ring, ring.dropFirst()))
                    for a in edges.indices {
                        for b in edges.indices where b > a + 1 && !(a == 0 && b == edges.count - 1) {
                            #expect(!Self.touch(edges[a], edges[b]), "ring edges \(a) and \(b) meet")
                        }
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 10)
    }

    /// Whether two axis-parallel segments share any point.
    static func touch(_ a: (GeoPoint, GeoPoint), _ b: (GeoPoint, GeoPoint)) -> Bool {
        let ax = (min(a.0.lon, a.1.lon), max(a.0.lon, a.1.lon)), ay = (min(a.0.lat, a.1.lat), max(a.0.lat, a.1.lat))
        let bx = (min(b.0.lon, b.1.lon), max(b.0.lon, b.1.lon)), by = (min(b.0.lat, b.1.lat), max(b.0.lat, b.1.lat))
        return ax.0 <= bx.1 && bx.0 <= ax.1 && ay.0 <= by.1 && by.0 <= ay.1
    }

    @Test func sampledCellsLieInTheirOwnRegionsPolygonOnly() throws {
        let (data, outlines) = Self.real
        let g = data.atlas.grid
        func inside(_ p: Polygon, _ pt: GeoPoint) -> Bool {
            ringContains(p.exterior, pt) && !p.holes.contains { ringContains($0, pt) }
        }
        let boxes = outlines.map { parts -> (Double, Double, Double, Double) in
            let pts = parts.flatMap(\.exterior)
            return (
                pts.map(\.lat).min() ?? 0, pts.map(\.lat).max() ?? 0, pts.map(\.lon).min() ?? 0,
                pts.map(\.lon).max() ?? 0
            )
        }
        var sampled = 0
        for row in stride(from: 1, to: g.rows, by: 7) {
            for col in stride(from: 3, to: g.cols, by: 11) {
                let pt = g.centre(row: row, col: col)
                var owners: [RegionID] = []
                for (r, box) in boxes.enumerated()
                where (box.0...box.1).contains(pt.lat) && (box.2...box.3).contains(pt.lon) {
                    if outlines[r].contains(where: { inside($0, pt) }) { owners.append(RegionID(r)) }
                }
                let expected = g.regionIndex(row: row, col: col).map { [$0] } ?? []
                #expect(owners == expected, "cell \(row),\(col)")
                sampled += 1
            }
        }
        #expect(sampled > 3000)
    }
}
