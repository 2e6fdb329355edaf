/// How many regions and places the atlas has, by kind and country: what `frontline check --verbose` prints.
public struct AtlasCensus: Sendable {
    /// One kind in one country.
    public struct Row: Hashable, Sendable {
        public let kind: Region.Kind
        /// The ISO code, or `-` for a place on no region's cell.
        public let country: String
        public let regions: Int
        public let places: Int
    }

    public let rows: [Row]

    /// Counts `atlas`, rows in kind order (as ``Region/Kind`` lists them), then by country code.
    public init(atlas: Atlas) {
        var counts: [Region.Kind: [String: (regions: Int, places: Int)]] = [:]
        for r in atlas.regions {
            counts[r.kind, default: [:]][atlas.country(of: r), default: (0, 0)].regions += 1
        }
        for p in atlas.places {
            let country = p.region.map { atlas.country(of: atlas.regions[$0]) } ?? "-"
            counts[p.kind, default: [:]][country, default: (0, 0)].places += 1
        }
        rows = Region.Kind.allCases.flatMap { kind in
            (counts[kind] ?? [:]).sorted { $0.key < $1.key }.map {
                Row(kind: kind, country: $0.key, regions: $0.value.regions, places: $0.value.places)
            }
        }
    }

    /// Regions carved out of an older region (with a parent).
    public static func carved(_ atlas: Atlas) -> Int { atlas.regions.reduce(0) { $0 + ($1.parent == nil ? 0 : 1) } }
}
