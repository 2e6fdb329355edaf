/// A polygon with holes, as GeoJSON wants it: closed rings of lon/lat points, the exterior counter-clockwise and
/// each hole clockwise (the right-hand rule of RFC 7946).
public struct Polygon: Hashable, Sendable {
    public var exterior: [GeoPoint]
    public var holes: [[GeoPoint]]
}

/// Traces the regions of a grid as polygons along the cell edges.
///
/// Neighbouring regions share their edges exactly, so the polygons neither overlap nor leave gaps; the only
/// simplification is dropping the points between collinear edges. A region is 4-connected: cells that touch only
/// at a corner are separate polygons meeting at that point, and a hole may touch its exterior at one point.
public enum Outline {
    /// The polygons of every region, by region index: each 4-connected part with its holes, ordered by the
    /// south-west corner of its exterior.
    public static func trace(_ grid: RegionGrid, regionCount: Int) -> [[Polygon]] {
        let edges = boundaryEdges(grid, regionCount: regionCount)
        return edges.map { polygons(rings(of: $0, stride: grid.cols + 1), grid: grid) }
    }

    /// A directed cell edge between lattice vertices `row * (cols + 1) + col`, with its region on the left.
    struct Edge {
        let from: Int, to: Int
    }

    /// Every region's boundary edges, each cell's sides facing another code, directed counter-clockwise.
    static func boundaryEdges(_ grid: RegionGrid, regionCount: Int) -> [[Edge]] {
        var out = [[Edge]](repeating: [], count: regionCount)
        let s = grid.cols + 1, cols = grid.cols
        /// Row `r`'s codes, or sea (never a region's code) beyond the grid.
        func load(_ r: Int, _ codes: inout [UInt32]) {
            codes.withUnsafeMutableBufferPointer { codes in
                if r < grid.rows { grid.codes(row: r, into: codes) } else { codes.update(repeating: 0) }
            }
        }
        var above = [UInt32](repeating: 0, count: cols), here = above, below = above
        load(0, &here)
        for r in 0..<grid.rows {
            load(r + 1, &below)
            for c in 0..<cols {
                let code = here[c]
                guard code > 0, code < RegionGrid.lakeBase, Int(code) - 1 < regionCount else { continue }
                let region = RegionID(Int(code) - 1)
                let tl = r * s + c, tr = tl + 1, bl = tl + s, br = bl + 1
                if below[c] != code { out[region: region].append(Edge(from: bl, to: br)) }  // south side, eastwards
                if c + 1 == cols || here[c + 1] != code { out[region: region].append(Edge(from: br, to: tr)) }  // east
                if above[c] != code { out[region: region].append(Edge(from: tr, to: tl)) }  // north side, westwards
                if c == 0 || here[c - 1] != code { out[region: region].append(Edge(from: tl, to: bl)) }  // west
            }
            swap(&above, &here)
            swap(&here, &below)
        }
        return out
    }

    /// The edges linked into simple rings of lattice vertices, unclosed. At a vertex where two of the region's
    /// cells touch only diagonally, the ring turns left, keeping to the cell it is following.
    static func rings(of edges: [Edge], stride s: Int) -> [[Int]] {
        var outgoing: [Int: [Int]] = [:]
        for (i, e) in edges.enumerated() { outgoing[e.from, default: []].append(i) }
        func direction(_ e: Edge) -> (dc: Int, dr: Int) {
            let d = e.to - e.from
            return d == 1 ? (1, 0) : d == -1 ? (-1, 0) : d == s ? (0, 1) : (0, -1)
        }
        /// How far left the turn from `a` to `b` is: 2 left, 1 straight, 0 right (rows grow southwards).
        func leftness(_ a: Edge, _ b: Edge) -> Int {
            let p = direction(a), q = direction(b)
            let cross = p.dr * q.dc - p.dc * q.dr
            return cross > 0 ? 2 : cross == 0 ? 1 : 0
        }
        var used = [Bool](repeating: false, count: edges.count)
        var out: [[Int]] = []
        for start in edges.indices where !used[start] {
            var cycle: [Int] = []
            var e = start
            repeat {
                used[e] = true
                cycle.append(edges[e].from)
                let choices = outgoing[edges[e].to] ?? []
                e = choices.max { leftness(edges[e], edges[$0]) < leftness(edges[e], edges[$1]) } ?? start
            } while e != start
            // A cycle through a vertex twice is split there into simple rings.
            var stack: [Int] = []
            var position: [Int: Int] = [:]
            for v in cycle {
                if let p = position[v] {
                    out.append(Array(stack[p...]))
                    for w in stack[(p + 1)...] { position[w] = nil }
                    stack.removeSubrange((p + 1)...)
                } else {
                    position[v] = stack.count
                    stack.append(v)
                }
            }
            out.append(stack)
        }
        return out.map { dropCollinear($0, stride: s) }
    }

    /// The ring without the vertices that lie on a straight run.
    static func dropCollinear(_ ring: [Int], stride s: Int) -> [Int] {
        let n = ring.count
        return ring.indices.filter { i in
            let a = ring[(i + n - 1) % n], b = ring[i], c = ring[(i + 1) % n]
            return b - a != c - b
        }.map { ring[$0] }
    }

    /// Rings as polygons: counter-clockwise ones are exteriors, and each clockwise one a hole of the smallest
    /// exterior holding the cell beside it.
    static func polygons(_ rings: [[Int]], grid: RegionGrid) -> [Polygon] {
        let s = grid.cols + 1
        func point(_ v: Int) -> GeoPoint {
            GeoPoint(lat: grid.north - Double(v / s) * grid.step, lon: grid.west + Double(v % s) * grid.step)
        }
        func area(_ ring: [Int]) -> Int {
            // Twice the signed area in lattice units, counter-clockwise positive (rows grow southwards).
            var a = 0
            for i in ring.indices {
                let p = ring[i], q = ring[(i + 1) % ring.count]
                a += (p % s) * -(q / s) - (q % s) * -(p / s)
            }
            return a
        }
        /// The ring as closed points, starting at its south-west-most vertex.
        func closed(_ ring: [Int]) -> [GeoPoint] {
            let pts = ring.map(point)
            let first = pts.indices.min { (pts[$0].lon, pts[$0].lat) < (pts[$1].lon, pts[$1].lat) } ?? 0
            let rotated = Array(pts[first...] + pts[..<first])
            return rotated + [rotated[0]]
        }
        var exteriors: [(ring: [GeoPoint], area: Int)] = []
        var holes: [(ring: [GeoPoint], inside: GeoPoint)] = []
        for ring in rings where ring.count >= 4 {
            let a = area(ring)
            if a > 0 {
                exteriors.append((closed(ring), a))
            } else {
                // The centre of the region's cell to the left of the hole's first edge, at its start.
                let p = point(ring[0]), q = point(ring[1])
                let along = (
                    lon: (q.lon - p.lon).sign == .minus ? -1.0 : q.lon == p.lon ? 0 : 1,
                    lat: (q.lat - p.lat).sign == .minus ? -1.0 : q.lat == p.lat ? 0 : 1
                )
                let h = grid.step / 2
                let inside = GeoPoint(
                    lat: p.lat + h * (along.lat + along.lon), lon: p.lon + h * (along.lon - along.lat))
                holes.append((closed(ring), inside))
            }
        }
        var polygons = exteriors.map { Polygon(exterior: $0.ring, holes: []) }
        for hole in holes {
            let owner = exteriors.indices.filter { ringContains(exteriors[$0].ring, hole.inside) }.min {
                exteriors[$0].area < exteriors[$1].area
            }
            if let owner { polygons[owner].holes.append(hole.ring) }
        }
        for i in polygons.indices { polygons[i].holes.sort { ($0[0].lon, $0[0].lat) < ($1[0].lon, $1[0].lat) } }
        return polygons.sorted { ($0.exterior[0].lon, $0.exterior[0].lat) < ($1.exterior[0].lon, $1.exterior[0].lat) }
    }
}

/// Whether `point` lies inside the closed `ring` (even-odd rule); points on an edge may go either way.
public func ringContains(_ ring: [GeoPoint], _ point: GeoPoint) -> Bool {
    var inside = false
    var j = ring.count - 1
    for i in ring.indices {
        let a = ring[i], b = ring[j]
        if (a.lat > point.lat) != (b.lat > point.lat),
            point.lon < (b.lon - a.lon) * (point.lat - a.lat) / (b.lat - a.lat) + a.lon
        {
            inside.toggle()
        }
        j = i
    }
    return inside
}
