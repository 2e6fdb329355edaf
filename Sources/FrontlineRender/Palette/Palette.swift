import FrontlineCore

/// How many colours the output can show.
public enum ColorDepth: String, Sendable, CaseIterable {
    case trueColor = "truecolor"
    case ansi256 = "256"
    case ansi16 = "16"
    case ansi8 = "8"
    /// No colour: factions are told apart by glyph patterns.
    case mono

    /// The depth a terminal offers, from its environment: `NO_COLOR` wins, then `COLORTERM`, then `TERM`.
    public static func detect(environment: [String: String], colors: Int? = nil) -> ColorDepth {
        if let nc = environment["NO_COLOR"], !nc.isEmpty { return .mono }
        let term = environment["TERM"] ?? ""
        if term == "dumb" || term.isEmpty { return .mono }
        if let ct = environment["COLORTERM"]?.lowercased(), ct == "truecolor" || ct == "24bit" { return .trueColor }
        if let colors {
            return colors >= 256 ? .ansi256 : colors >= 16 ? .ansi16 : colors >= 8 ? .ansi8 : .mono
        }
        if term.contains("256color") || term.contains("direct") { return .ansi256 }
        return .ansi16
    }
}

/// A colour as a terminal takes it.
public enum TerminalColor: Hashable, Sendable {
    case `default`
    /// An index into the 8, 16 or 256-colour palette.
    case index(Int)
    case rgb(RGB)
}

/// Which faction colours to use.
public enum Scheme: String, Sendable, CaseIterable {
    /// The era's map colours.
    case standard
    /// Okabe-Ito based colours, distinguishable with the common colour-vision deficiencies.
    case colorBlind = "colorblind"
}

/// Resolves inks to terminal colours for one depth and scheme; glyph patterns carry factions where colour cannot.
public struct Palette: Sendable {
    public let depth: ColorDepth
    public let scheme: Scheme
    let factionColours: [RGB]

    public init(depth: ColorDepth, scheme: Scheme, factions: [Faction]) {
        self.depth = depth
        self.scheme = scheme
        factionColours = factions.map { scheme == .colorBlind ? $0.colourBlind : $0.colour }
    }

    /// Whether colour is available at all.
    public var hasColor: Bool { depth != .mono }

    /// The RGB an ink stands for (nil for the terminal default).
    public func rgb(_ ink: Ink) -> RGB? {
        switch ink {
        case .standard: return nil
        case .faction(let f): return f < factionColours.count ? factionColours[f] : RGB(r: 128, g: 128, b: 128)
        case .neutral: return RGB(r: 120, g: 120, b: 120)
        case .sea: return RGB(r: 24, g: 52, b: 92)
        case .lake: return RGB(r: 60, g: 120, b: 200)
        case .neighbour: return RGB(r: 163, g: 158, b: 147)
        case .river: return RGB(r: 70, g: 150, b: 235)
        case .border: return RGB(r: 255, g: 255, b: 255)
        case .borderMinor: return RGB(r: 40, g: 40, b: 40)
        case .label: return RGB(r: 255, g: 255, b: 255)
        case .panel: return nil
        case .panelText: return nil
        case .dimText: return RGB(r: 140, g: 140, b: 140)
        case .accent: return RGB(r: 95, g: 175, b: 255)
        case .warning: return RGB(r: 255, g: 95, b: 95)
        case .cursor: return RGB(r: 255, g: 0, b: 255)
        case .changed: return RGB(r: 255, g: 255, b: 0)
        case .black: return RGB(r: 0, g: 0, b: 0)
        case .white: return RGB(r: 255, g: 255, b: 255)
        }
    }

    /// The terminal colour of an ink at this depth.
    public func color(_ ink: Ink) -> TerminalColor {
        guard let c = rgb(ink), depth != .mono else { return .default }
        switch depth {
        case .trueColor: return .rgb(c)
        case .ansi256: return .index(Self.xterm256(c))
        case .ansi16: return .index(Self.nearest(c, in: Self.basic16))
        case .ansi8: return .index(Self.nearest(c, in: Array(Self.basic16.prefix(8))))
        case .mono: return .default
        }
    }

    /// Black or white text, whichever reads better on `ink`.
    public func contrast(on ink: Ink) -> Ink {
        guard let c = rgb(ink) else { return .standard }
        return c.luminance > 0.5 ? .black : .white
    }

    /// The xterm 6×6×6 cube or grey ramp entry nearest to `c`.
    static func xterm256(_ c: RGB) -> Int {
        let levels = [0, 95, 135, 175, 215, 255]
        func q(_ v: UInt8) -> Int { levels.enumerated().min { abs($0.1 - Int(v)) < abs($1.1 - Int(v)) }!.0 }
        let cube = 16 + 36 * q(c.r) + 6 * q(c.g) + q(c.b)
        let cubeRGB = RGB(r: UInt8(levels[q(c.r)]), g: UInt8(levels[q(c.g)]), b: UInt8(levels[q(c.b)]))
        let avg = (Int(c.r) + Int(c.g) + Int(c.b)) / 3
        let greyIndex = max(0, min(23, (avg - 8 + 5) / 10))
        let greyV = UInt8(8 + greyIndex * 10)
        let grey = RGB(r: greyV, g: greyV, b: greyV)
        return distance(c, grey) < distance(c, cubeRGB) ? 232 + greyIndex : cube
    }

    /// The standard 16 ANSI colours (xterm defaults).
    static let basic16: [RGB] = [
        RGB(r: 0, g: 0, b: 0), RGB(r: 205, g: 0, b: 0), RGB(r: 0, g: 205, b: 0), RGB(r: 205, g: 205, b: 0),
        RGB(r: 0, g: 0, b: 238), RGB(r: 205, g: 0, b: 205), RGB(r: 0, g: 205, b: 205), RGB(r: 229, g: 229, b: 229),
        RGB(r: 127, g: 127, b: 127), RGB(r: 255, g: 0, b: 0), RGB(r: 0, g: 255, b: 0), RGB(r: 255, g: 255, b: 0),
        RGB(r: 92, g: 92, b: 255), RGB(r: 255, g: 0, b: 255), RGB(r: 0, g: 255, b: 255), RGB(r: 255, g: 255, b: 255),
    ]

    static func nearest(_ c: RGB, in table: [RGB]) -> Int {
        table.indices.min { distance(c, table[$0]) < distance(c, table[$1]) }!
    }

    static func distance(_ a: RGB, _ b: RGB) -> Int {
        let dr = Int(a.r) - Int(b.r), dg = Int(a.g) - Int(b.g), db = Int(a.b) - Int(b.b)
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}
