/// The atlas in the cache: each type's fields written and read in the same order, side by side.
extension CacheWriter {
    mutating func point(_ p: GeoPoint) {
        double(p.lat)
        double(p.lon)
    }

    mutating func atlas(_ a: Atlas) {
        grid(a.grid)
        array(a.regions) { $0.region($1) }
        array(a.districts) { w, d in
            w.string(d.pcode)
            w.int(d.governorate)
            w.string(d.name)
            w.string(d.arabic)
        }
        array(a.governorates) { w, g in
            for s in [g.pcode, g.country, g.name, g.arabic] { w.string(s) }
        }
        array(a.countries) { w, c in
            w.string(c.code)
            w.string(c.name)
            w.bool(c.mapped)
        }
        array(a.lakes) { w, l in
            w.string(l.name)
            w.point(l.label)
            w.string(l.country)
            w.string(l.source)
            w.double(l.areaKm2)
        }
        array(a.rivers) { w, r in
            w.string(r.name)
            w.string(r.source)
            w.plain(r.points)
        }
        array(a.countryLabels) { $0.optional($1) { $0.point($1) } }
        plain(a.regionGovernorate)
        plain(a.regionCountry)
        plain(a.regionArea)
        array(a.places) { w, p in
            w.string(p.id)
            w.choice(p.kind, of: Region.Kind.allCases)
            w.string(p.name)
            w.string(p.english)
            w.array(p.altNames) { $0.string($1) }
            w.point(p.point)
            w.i32(Int32(p.region?.index ?? -1))
            w.string(p.source)
        }
        array(a.children) { $0.plain($1) }
        plain(SearchNameTable.encode(a.searchNames))
    }

    /// The grid's runs as they lie in memory: about 100,000 of them for 1.5 million cells.
    mutating func grid(_ g: RegionGrid) {
        int(g.cols)
        int(g.rows)
        double(g.west)
        double(g.north)
        double(g.step)
        plain(g.runCodes)
        plain(g.runEnds)
        plain(g.rowStarts)
    }

    mutating func region(_ r: Region) {
        string(r.id)
        choice(r.kind, of: Region.Kind.allCases)
        for s in [r.name, r.english, r.alternates] { string(s) }
        point(r.point)
        int(r.population)
        int(r.district)
        int(r.priority)
        string(r.source)
        double(r.areaKm2)
        int(r.cellCount)
        i32(Int32(r.parent?.index ?? -1))
    }
}

extension CacheReader {
    mutating func point() throws(Damaged) -> GeoPoint { GeoPoint(lat: try double(), lon: try double()) }

    /// A region index written as an `Int32`, -1 for none.
    mutating func regionID() throws(Damaged) -> RegionID? {
        let i = try i32()
        return i < 0 ? nil : RegionID(Int(i))
    }

    mutating func atlas() throws(Damaged) -> Atlas {
        let grid = try grid()
        var index = 0
        let kinds = Region.Kind.allCases
        let regions = try array { r throws(Damaged) in
            defer { index += 1 }
            return try r.region(index: RegionID(index), kinds: kinds)
        }
        let districts = try array { r throws(Damaged) in
            District(pcode: try r.string(), governorate: try r.int(), name: try r.string(), arabic: try r.string())
        }
        let governorates = try array { r throws(Damaged) in
            Governorate(pcode: try r.string(), country: try r.string(), name: try r.string(), arabic: try r.string())
        }
        let countries = try array { r throws(Damaged) in
            Country(code: try r.string(), name: try r.string(), mapped: try r.bool())
        }
        let lakes = try array { r throws(Damaged) in
            Lake(
                name: try r.string(), label: try r.point(), country: try r.string(), source: try r.string(),
                areaKm2: try r.double())
        }
        let rivers = try array { r throws(Damaged) in
            RiverLine(name: try r.string(), source: try r.string(), points: try r.plain(GeoPoint.self))
        }
        let countryLabels = try array { r throws(Damaged) in try r.optional { r throws(Damaged) in try r.point() } }
        let regionGovernorate = try plain(Int.self), regionCountry = try plain(Int.self)
        let regionArea = try plain(Double.self)
        let places = try array { r throws(Damaged) in
            Place(
                id: try r.string(), kind: try r.choice(of: kinds), name: try r.string(), english: try r.string(),
                altNames: try r.array { r throws(Damaged) in try r.string() }, point: try r.point(),
                region: try r.regionID(), source: try r.string())
        }
        let children = try array { r throws(Damaged) in try r.plain(RegionID.self) }
        let n = regions.count
        let searchNames = SearchNameTable(encoded: try plain(UInt8.self), regionCount: n)
        guard regionGovernorate.count == n, regionCountry.count == n, regionArea.count == n, children.count == n,
            countryLabels.count == countries.count
        else { throw Damaged() }
        return Atlas(
            grid: grid, regions: regions, districts: districts, governorates: governorates, countries: countries,
            lakes: lakes, rivers: rivers, countryLabels: countryLabels, regionGovernorate: regionGovernorate,
            regionCountry: regionCountry, regionArea: regionArea, places: places, children: children,
            searchNames: searchNames)
    }

    /// The grid's runs, checked to fill every row with maximal runs, so that no lookup can leave its row.
    mutating func grid() throws(Damaged) -> RegionGrid {
        let cols = try int(), rows = try int()
        let west = try double(), north = try double(), step = try double()
        let codes = try plain(UInt32.self), ends = try plain(UInt16.self), starts = try plain(Int32.self)
        guard (1...RegionGrid.maxCols).contains(cols), (1...1 << 16).contains(rows), starts.count == rows + 1,
            ends.count == codes.count, starts.first == 0, starts.last == Int32(codes.count)
        else { throw Damaged() }
        for r in 0..<rows {
            let first = Int(starts[r]), next = Int(starts[r + 1])
            guard first < next, ends[first] > 0, Int(ends[next - 1]) == cols else { throw Damaged() }
            for k in first + 1..<next where ends[k] <= ends[k - 1] || codes[k] == codes[k - 1] { throw Damaged() }
        }
        return RegionGrid(
            cols: cols, rows: rows, west: west, north: north, step: step, runCodes: codes, runEnds: ends,
            rowStarts: starts)
    }

    mutating func region(index: RegionID, kinds: [Region.Kind]) throws(Damaged) -> Region {
        Region(
            index: index, id: try string(), kind: try choice(of: kinds), name: try string(), english: try string(),
            alternatesText: try cachedText(), point: try point(), population: try int(), district: try int(),
            priority: try int(), sourceText: try cachedText(), areaKm2: try double(), cellCount: try int(),
            parent: try regionID())
    }
}

extension Atlas {
    /// An atlas from its stored fields, as the cache holds them (nothing derived again).
    init(
        grid: RegionGrid, regions: [Region], districts: [District], governorates: [Governorate],
        countries: [Country], lakes: [Lake], rivers: [RiverLine], countryLabels: [GeoPoint?],
        regionGovernorate: [Int], regionCountry: [Int], regionArea: [Double], places: [Place],
        children: [[RegionID]], searchNames: SearchNameTable
    ) {
        self.grid = grid
        self.regions = regions
        self.districts = districts
        self.governorates = governorates
        self.countries = countries
        self.lakes = lakes
        self.rivers = rivers
        self.countryLabels = countryLabels
        self.regionGovernorate = regionGovernorate
        self.regionCountry = regionCountry
        self.regionArea = regionArea
        self.places = places
        self.children = children
        regionIndex = RegionIndex(nil)
        searchNameTable = searchNames
    }
}
