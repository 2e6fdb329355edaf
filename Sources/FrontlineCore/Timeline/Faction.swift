/// A 24-bit colour.
public struct RGB: Hashable, Sendable {
    public var r: UInt8, g: UInt8, b: UInt8

    public init(r: UInt8, g: UInt8, b: UInt8) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// Parses `#rrggbb`.
    public init?(hex: String) {
        guard hex.count == 7, hex.first == "#", hex.dropFirst().allSatisfy(\.isHexDigit),
            let v = UInt32(hex.dropFirst(), radix: 16)
        else { return nil }
        self.init(r: UInt8(v >> 16 & 0xFF), g: UInt8(v >> 8 & 0xFF), b: UInt8(v & 0xFF))
    }

    /// Relative luminance from 0 (black) to 1 (white), for choosing a readable foreground.
    public var luminance: Double { (0.2126 * Double(r) + 0.7152 * Double(g) + 0.0722 * Double(b)) / 255 }
}

/// A side that holds territory.
public struct Faction: Hashable, Sendable {
    /// Stable command-line id, such as `is` or `syria-gov`.
    public let id: String
    public let name: String
    /// A short label for the legend, at most 6 characters.
    public let short: String
    /// The colour in the default palette, after the era's maps.
    public let color: RGB
    /// The colour in the colour-blind-safe palette (Okabe-Ito based).
    public let colorBlind: RGB
    /// The fill glyph for Unicode terminals without colour.
    public let glyph: Character
    /// The fill glyph for ASCII-only terminals.
    public let ascii: Character
    public let description: String
}

/// Who holds a region: one faction, several fighting over it, or no one known.
public enum Control: Hashable, Sendable {
    /// One faction holds it.
    case faction(FactionID)
    /// Two or more factions, ascending, with fighting inside the region.
    case contested([FactionID])
    case unknown

    /// Whether the region is fought over.
    public var isContested: Bool {
        if case .contested = self { return true }
        return false
    }

    /// The control in words: `faction` names a holder, `member` each side of a contested control, which
    /// `contested` then wraps; `unknown` stands for no known holder. The one formatter behind every notation.
    public func formatted(
        faction: (FactionID) -> String, member: (FactionID) -> String, contested: ([String]) -> String,
        unknown: String
    ) -> String {
        switch self {
        case .faction(let f): return faction(f)
        case .contested(let fs): return contested(fs.map(member))
        case .unknown: return unknown
        }
    }

    /// Whether `faction` holds or shares the region.
    public func involves(_ faction: FactionID) -> Bool {
        switch self {
        case .faction(let f): return f == faction
        case .contested(let fs): return fs.contains(faction)
        case .unknown: return false
        }
    }
}

/// How sure the record is of a change's day.
public enum Certainty: String, Sendable, CaseIterable {
    /// The day is well attested.
    case exact
    /// Sources disagree by days, or give only a week or month; the note says which.
    case approx
}

/// Where a fact comes from: a publication or article title, and its date.
public struct Source: Hashable, Sendable, CustomStringConvertible {
    public let title: String
    /// ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public let date: String

    public var description: String { "\(title), \(date)" }
}
