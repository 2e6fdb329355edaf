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
///
/// At 256 colours the map's areas (every faction, hidden or unknown land, sea, lakes and neighbouring countries)
/// get xterm colours chosen by measured difference, not by nearest colour: each is the colour closest to its
/// intended one that stays at least ``minimumAreaDifference`` (CIEDE2000) from every area chosen before it. At
/// 16 and 8 colours, and in monochrome, colour alone cannot separate them, so areas are ``patterned``: each
/// faction fills with its glyph, and water with its own.
public struct Palette: Sendable {
    public let depth: ColorDepth
    public let scheme: Scheme
    let factionColors: [RGB]
    /// The terminal colour of every ink, by ``Ink/slot``, resolved once.
    let table: [TerminalColor]

    /// The smallest CIEDE2000 difference between any two map areas at 256 colours.
    public static let minimumAreaDifference = 10.0

    public init(depth: ColorDepth, scheme: Scheme, factions: [Faction]) {
        self.depth = depth
        self.scheme = scheme
        let colors = factions.map { scheme == .colorBlind ? $0.colorBlind : $0.color }
        factionColors = colors
        var table = [TerminalColor](repeating: .default, count: Ink.fixedSlots + colors.count)
        if depth != .mono {
            for ink in Ink.fixed {
                guard let c = Self.fixedRGB(ink) else { continue }
                switch depth {
                case .trueColor: table[ink.slot] = .rgb(c)
                case .ansi256: table[ink.slot] = .index(Self.fixed256[ink.slot])
                case .ansi16: table[ink.slot] = .index(Self.nearest(c, among: 0..<16))
                default: table[ink.slot] = .index(Self.nearest(c, among: 0..<8))
                }
            }
            for (f, c) in zip(factions.ids, colors) {
                let slot = Ink.faction(f).slot
                switch depth {
                case .trueColor: table[slot] = .rgb(c)
                case .ansi256: break
                case .ansi16: table[slot] = .index(Self.nearest(c, among: 0..<16))
                default: table[slot] = .index(Self.nearest(c, among: 0..<8))
                }
            }
            if depth == .ansi256 {
                for (ink, index) in Self.chooseAreaIndices(Self.areaInks(factions: colors.count), colors) {
                    table[ink.slot] = .index(index)
                }
            }
        }
        self.table = table
    }

    /// Whether colour is available at all.
    public var hasColor: Bool { depth != .mono }

    /// Whether map areas are told apart by glyph patterns as well as colour (16 and 8 colours, monochrome).
    public var patterned: Bool { depth == .ansi16 || depth == .ansi8 || depth == .mono }

    /// The inks of the map's areas, which must never be confused with each other.
    public static func areaInks(factions: Int) -> [Ink] {
        [.sea, .lake, .neighbour, .neutral] + FactionID.all(factions).map { Ink.faction($0) }
    }

    /// The RGB an ink stands for (nil for the terminal default).
    public func rgb(_ ink: Ink) -> RGB? {
        if case .faction(let f) = ink {
            return f.index < factionColors.count ? factionColors[faction: f] : RGB(r: 128, g: 128, b: 128)
        }
        return Self.fixedRGB(ink)
    }

    /// The RGB of every ink that is the same in both schemes.
    static func fixedRGB(_ ink: Ink) -> RGB? {
        switch ink {
        case .standard, .panel, .panelText, .faction: return nil
        case .neutral: return RGB(r: 120, g: 120, b: 120)
        case .sea: return RGB(r: 24, g: 52, b: 92)
        case .lake: return RGB(r: 60, g: 120, b: 200)
        case .neighbour: return RGB(r: 180, g: 170, b: 140)
        case .river: return RGB(r: 70, g: 150, b: 235)
        case .border: return RGB(r: 255, g: 255, b: 255)
        case .borderMinor: return RGB(r: 40, g: 40, b: 40)
        case .label: return RGB(r: 255, g: 255, b: 255)
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
        let slot = ink.slot
        return slot < table.count ? table[slot] : .default
    }

    /// The colour a terminal shows for an ink at this depth (nil for the terminal default).
    public func shownRGB(_ ink: Ink) -> RGB? {
        switch color(ink) {
        case .default: return nil
        case .rgb(let c): return c
        case .index(let i): return Self.xtermRGB(i)
        }
    }

    /// Black or white text, whichever reads better on `ink` as this depth shows it.
    public func contrast(on ink: Ink) -> Ink {
        guard let c = shownRGB(ink) else { return .standard }
        return c.luminance > 0.5 ? .black : .white
    }

    /// Greedy choice: each area in turn takes the xterm colour nearest its own that keeps the minimum difference
    /// from every area already placed. Sea, lakes, neighbours and neutral go first, so no faction can take
    /// the sea's colour.
    static func chooseAreaIndices(_ inks: [Ink], _ factionColors: [RGB]) -> [(Ink, Int)] {
        var chosen: [(Ink, Int)] = []
        for ink in inks {
            let target: Lab
            if case .faction(let f) = ink {
                target = Lab(f.index < factionColors.count ? factionColors[faction: f] : RGB(r: 128, g: 128, b: 128))
            } else {
                target = Lab(fixedRGB(ink)!)
            }
            let distance = xterm256Fixed.map { deltaE2000(target, xtermLab[$0]) }
            let ranked = xterm256Fixed.indices.sorted { distance[$0] < distance[$1] }.map { xterm256Fixed[$0] }
            let index =
                ranked.first { i in
                    chosen.allSatisfy { deltaE2000(xtermLab[i], xtermLab[$0.1]) >= minimumAreaDifference }
                } ?? ranked[0]
            chosen.append((ink, index))
        }
        return chosen
    }

    /// The 240 xterm colours that themes do not redefine: the 6×6×6 cube and the grey ramp.
    static let xterm256Fixed = Array(16..<256)

    /// Every xterm colour in L*a*b*, computed once.
    static let xtermLab: [Lab] = (0..<256).map { Lab(xtermRGB($0)) }

    /// The nearest fixed xterm colour of each fixed ink, by slot, computed once.
    static let fixed256: [Int] = Ink.fixed.map { ink in fixedRGB(ink).map { nearest($0, among: xterm256Fixed) } ?? 0 }

    /// The RGB of an xterm colour index (the xterm defaults for 0-15).
    static func xtermRGB(_ i: Int) -> RGB {
        if i < 16 { return basic16[i] }
        if i >= 232 {
            let v = UInt8(8 + (i - 232) * 10)
            return RGB(r: v, g: v, b: v)
        }
        let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
        let n = i - 16
        return RGB(r: levels[n / 36], g: levels[n / 6 % 6], b: levels[n % 6])
    }

    /// The standard 16 ANSI colours (xterm defaults).
    static let basic16: [RGB] = [
        RGB(r: 0, g: 0, b: 0), RGB(r: 205, g: 0, b: 0), RGB(r: 0, g: 205, b: 0), RGB(r: 205, g: 205, b: 0),
        RGB(r: 0, g: 0, b: 238), RGB(r: 205, g: 0, b: 205), RGB(r: 0, g: 205, b: 205), RGB(r: 229, g: 229, b: 229),
        RGB(r: 127, g: 127, b: 127), RGB(r: 255, g: 0, b: 0), RGB(r: 0, g: 255, b: 0), RGB(r: 255, g: 255, b: 0),
        RGB(r: 92, g: 92, b: 255), RGB(r: 255, g: 0, b: 255), RGB(r: 0, g: 255, b: 255), RGB(r: 255, g: 255, b: 255)
    ]

    /// The xterm index among `candidates` that looks closest to `c` (CIEDE2000).
    static func nearest<C: Collection>(_ c: RGB, among candidates: C) -> Int where C.Element == Int {
        let lab = Lab(c)
        return candidates.min { deltaE2000(lab, xtermLab[$0]) < deltaE2000(lab, xtermLab[$1]) }!
    }
}

extension Ink {
    /// Every ink but the factions' and the terminal default, in slot order.
    static let fixed: [Ink] = [
        .standard, .neutral, .sea, .lake, .neighbour, .river, .border, .borderMinor, .label, .panel,
        .panelText, .dimText, .accent, .warning, .cursor, .changed, .black, .white
    ]
    static var fixedSlots: Int { fixed.count }

    /// A small index for table look-ups: the fixed inks first, then the factions.
    var slot: Int {
        switch self {
        case .standard: return 0
        case .neutral: return 1
        case .sea: return 2
        case .lake: return 3
        case .neighbour: return 4
        case .river: return 5
        case .border: return 6
        case .borderMinor: return 7
        case .label: return 8
        case .panel: return 9
        case .panelText: return 10
        case .dimText: return 11
        case .accent: return 12
        case .warning: return 13
        case .cursor: return 14
        case .changed: return 15
        case .black: return 16
        case .white: return 17
        case .faction(let f): return Ink.fixed.count + f.index
        }
    }
}
