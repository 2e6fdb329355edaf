/// The smallest unit of control: a place and the cells of its district nearest to it.
///
/// A district with no place is one region named after the district; the Israeli-occupied Golan is one region per
/// district it covers. A region carved out of an older, coarser one names it as its ``parent``.
public struct Region: Hashable, Sendable {
    /// What sort of place anchors the region.
    public enum Kind: String, Sendable, CaseIterable {
        case city, town, village, neighbourhood, sector, crossing, airbase, dam, refinery, base, hill, oilfield,
            industry, camp, district, occupied

        /// Whether this is a site (a base, a crossing, a dam...) rather than a settlement or an area.
        public var isSite: Bool {
            switch self {
            case .crossing, .airbase, .dam, .refinery, .base, .hill, .oilfield, .industry, .camp: return true
            case .city, .town, .village, .neighbourhood, .sector, .district, .occupied: return false
            }
        }
    }

    /// Position in ``Atlas/regions``; the grid stores `index + 1`.
    public let index: RegionID
    /// Stable id used by the timeline, such as `palmyra` or `al-tanf-crossing`.
    public let id: String
    public let kind: Kind
    /// The transliterated name, such as `Tadmur`.
    public let name: String
    /// The common English name, such as `Palmyra`.
    public let english: String
    /// Other names and spellings, Arabic included, as the `|`-separated field of `regions.tsv`: split only when
    /// asked for (searching), not at load.
    var alternates: String { alternatesText.string }
    let alternatesText: CachedText
    /// Other names and spellings, Arabic included.
    public var altNames: [String] { AtlasLoader.names(alternates) }
    /// The place's own coordinate (for district regions, the centroid of the cells).
    public let point: GeoPoint
    public let population: Int
    /// Index into ``Atlas/districts``.
    public let district: Int
    /// Label priority: 1 national capitals, 2 governorate capitals, 3 other cities, down to 6 (villages).
    public let priority: Int
    /// Where the place and its coordinate come from.
    public var source: String { sourceText.string }
    let sourceText: CachedText
    /// Area in km², summed from latitude-corrected cell areas.
    public internal(set) var areaKm2: Double
    /// The number of grid cells.
    public internal(set) var cellCount: Int
    /// The region this one was carved from (index into ``Atlas/regions``), whose history it starts with.
    public internal(set) var parent: RegionID? = nil

    /// `Palmyra (Tadmur)` when the names differ, else the English name.
    public var displayName: String { english == name ? english : "\(english) (\(name))" }
}

/// A place of the gazetteer that is not a region of its own (a site nobody fought over, or a point sharing a
/// cell with another place): a name that leads to the region it lies in.
public struct Place: Hashable, Sendable {
    public let id: String
    public let kind: Region.Kind
    public let name: String
    public let english: String
    public let altNames: [String]
    public let point: GeoPoint
    /// Index into ``Atlas/regions`` of the region holding it, or nil when it lies on no region's cell.
    public let region: RegionID?
    public let source: String
}
