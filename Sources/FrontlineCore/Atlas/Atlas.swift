/// The bundled geography: the grid, its regions, and the units and overlays around them.
public struct Atlas: Sendable {
    public let grid: RegionGrid
    public let regions: [Region]
    public let districts: [District]
    public let governorates: [Governorate]
    public let countries: [Country]
    public let lakes: [Lake]
    public let rivers: [RiverLine]
    /// Where to write each country's name: the centroid of its cells, by index into ``countries``.
    public let countryLabels: [GeoPoint?]
    /// Each region's governorate (an index into ``governorates``), by region: for hot paths comparing units per cell.
    public let regionGovernorate: [Int]
    /// Each region's country, by region, as an index into ``countries``.
    public let regionCountry: [Int]
    /// Each region's area in km², by region: for per-frame sums that should not copy a ``Region``.
    public let regionArea: [Double]
    /// Places that are not regions of their own (`places.tsv`).
    public let places: [Place]
    /// The regions carved out of each region (its children in `parents.tsv`), by region.
    public let children: [[RegionID]]
    let regionIndex: RegionIndex
    /// The regions by id.
    var regionByID: [String: RegionID] { regionIndex.byID(regions) }
    /// Every name of every region, folded once for the place search (``PlaceSearch/names(regions:places:)``).
    let searchNameTable: SearchNameTable

    init(
        grid: RegionGrid, regions: [Region], districts: [District], governorates: [Governorate],
        countries: [Country], lakes: [Lake], rivers: [RiverLine], places: [Place] = [],
        regionByID: [String: RegionID]? = nil
    ) {
        self.grid = grid
        self.regions = regions
        self.places = places
        searchNameTable = SearchNameTable(PlaceSearch.names(regions: regions, places: places))
        regionArea = regions.map(\.areaKm2)
        var children = [[RegionID]](repeating: [], count: regions.count)
        for r in regions { if let p = r.parent { children[region: p].append(r.index) } }
        self.children = children
        self.districts = districts
        self.governorates = governorates
        self.countries = countries
        self.lakes = lakes
        self.rivers = rivers
        var sums = [(lat: Double, lon: Double, n: Double)](repeating: (0, 0, 0), count: countries.count)
        let code = Dictionary(uniqueKeysWithValues: countries.enumerated().map { ($1.code, $0) })
        let regionGovernorate = regions.map { districts[$0.district].governorate }
        let governorateCountry = governorates.map { code[$0.country] ?? 0 }
        let regionCountry = regionGovernorate.map { governorateCountry[$0] }
        self.regionGovernorate = regionGovernorate
        self.regionCountry = regionCountry
        // Every other cell of every other row, read from each row's codes (the same sums, in the same order, as
        // through ``RegionGrid/cell(row:col:)`` and ``RegionGrid/centre(row:col:)``).
        let lons = stride(from: 0, to: grid.cols, by: 2).map { grid.west + (Double($0) + 0.5) * grid.step }
        var row = [UInt32](repeating: 0, count: grid.cols)
        row.withUnsafeMutableBufferPointer { codes in
            regionCountry.withUnsafeBufferPointer { country in
                sums.withUnsafeMutableBufferPointer { sums in
                    for r in stride(from: 0, to: grid.rows, by: 2) {
                        let lat = grid.north - (Double(r) + 0.5) * grid.step
                        grid.codes(row: r, into: codes)
                        for (k, lon) in lons.enumerated() {
                            let code = codes[2 * k]
                            let c: Int
                            if code > 0 && code < RegionGrid.lakeBase {
                                c = country[Int(code) - 1]
                            } else if code >= RegionGrid.neighbourBase {
                                c = Int(code - RegionGrid.neighbourBase)
                            } else {
                                continue
                            }
                            sums[c].lat += lat
                            sums[c].lon += lon
                            sums[c].n += 1
                        }
                    }
                }
            }
        }
        countryLabels = sums.map { $0.n > 0 ? GeoPoint(lat: $0.lat / $0.n, lon: $0.lon / $0.n) : nil }
        regionIndex = RegionIndex(regionByID)
    }

    /// The place search's names: decoded from the cache on first use, or worked out again if they do not decode.
    var searchNames: [PlaceSearch.Entry] {
        searchNameTable.names { PlaceSearch.names(regions: regions, places: places) }
    }

    /// The region whose id is `id`.
    public func region(id: String) -> Region? { regionByID[id].map { regions[$0] } }

    /// The district of a region.
    public func district(of region: Region) -> District { districts[region.district] }

    /// The governorate of a region.
    public func governorate(of region: Region) -> Governorate { governorates[districts[region.district].governorate] }

    /// The country code (`SY` or `IQ`) of a region.
    public func country(of region: Region) -> String { governorate(of: region).country }

    /// What lies at `point`, or nil off the grid.
    public func cell(at point: GeoPoint) -> AtlasCell? { grid.cell(at: point) }

    /// Total area in km² of the regions of `country` (`SY`, `IQ`), or of both when nil.
    public func area(country: String? = nil) -> Double {
        regions.reduce(0) { sum, r in country == nil || self.country(of: r) == country ? sum + r.areaKm2 : sum }
    }

    /// Total area in km² of the lakes of `country`, which OCHA's outline of the country includes.
    public func lakeArea(country: String) -> Double {
        lakes.reduce(0) { $1.country == country ? $0 + $1.areaKm2 : $0 }
    }
}
