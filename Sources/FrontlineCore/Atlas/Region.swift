/// The smallest unit of control: a place and the cells of its district nearest to it.
///
/// A district with no place is one region named after the district; the Israeli-occupied Golan is one region per
/// district it covers.
public struct Region: Hashable, Sendable {
    /// What sort of place anchors the region.
    public enum Kind: String, Sendable, CaseIterable {
        case city, town, crossing, airbase, dam, refinery, district, occupied
    }

    /// Position in ``Atlas/regions``; the grid stores `index + 1`.
    public let index: Int
    /// Stable id used by the timeline, such as `palmyra` or `al-tanf-crossing`.
    public let id: String
    public let kind: Kind
    /// The transliterated name, such as `Tadmur`.
    public let name: String
    /// The common English name, such as `Palmyra`.
    public let english: String
    /// Other names and spellings, Arabic included.
    public let altNames: [String]
    /// The place's own coordinate (for district regions, the centroid of the cells).
    public let point: GeoPoint
    public let population: Int
    /// Index into ``Atlas/districts``.
    public let district: Int
    /// Label priority: 1 draws first (capitals) to 5 (villages).
    public let priority: Int
    /// Where the place and its coordinate come from.
    public let source: String
    /// Area in km², summed from latitude-corrected cell areas.
    public internal(set) var areaKm2: Double
    /// The number of grid cells.
    public internal(set) var cellCount: Int

    /// `Palmyra (Tadmur)` when the names differ, else the English name.
    public var displayName: String { english == name ? english : "\(english) (\(name))" }
}
