import FrontlineCore
@testable import FrontlineRender
import Testing

/// Colour that never lies: at every depth and in both schemes no two map areas look the same.
@Suite struct PaletteTests {
    static let factions = Fixture.data.timeline.factions
    static let depths: [ColorDepth] = [.trueColor, .ansi256, .ansi16, .ansi8, .mono]

    /// Every kind of area the map draws.
    static var areas: [Area] {
        factions.ids.map { Area.faction($0) } + [
            .contested(FactionID(0), FactionID(1)), .neutral, .unknown, .sea, .lake, .neighbour
        ]
    }

    @Test func deltaE2000MatchesSharmasTestData() {
        // Pairs 1, 7, 17 and 25 of Sharma, Wu and Dalal (2005), Table 1.
        let pairs: [(Lab, Lab, Double)] = [
            (Lab(l: 50, a: 2.6772, b: -79.7751), Lab(l: 50, a: 0, b: -82.7485), 2.0425),
            (Lab(l: 50, a: 0, b: 0), Lab(l: 50, a: -1, b: 2), 2.3669),
            (Lab(l: 50, a: 2.5, b: 0), Lab(l: 73, a: 25, b: -18), 27.1492),
            (Lab(l: 60.2574, a: -34.0099, b: 36.2677), Lab(l: 60.4626, a: -34.1751, b: 39.4387), 1.2644)
        ]
        for (p, q, expected) in pairs {
            #expect(abs(deltaE2000(p, q) - expected) < 0.0001, "\(p) \(q)")
        }
    }

    @Test(arguments: Scheme.allCases)
    func areasAt256ColorsDifferByAtLeastTen(scheme: Scheme) {
        let palette = Palette(depth: .ansi256, scheme: scheme, factions: Self.factions)
        let inks = Palette.areaInks(factions: Self.factions.count)
        for (i, a) in inks.enumerated() {
            for b in inks[(i + 1)...] {
                let d = deltaE2000(palette.shownRGB(a)!, palette.shownRGB(b)!)
                #expect(d >= Palette.minimumAreaDifference, "\(a) and \(b): ΔE \(d)")
            }
        }
        // The fixed part of the xterm palette only: 0-15 change with the terminal's theme.
        #expect(inks.allSatisfy { if case .index(let i) = palette.color($0) { return i >= 16 } else { return false } })
    }

    /// What a terminal shows for a cell: background, foreground and glyph, with colours resolved at the depth.
    static func shown(_ cell: Cell, _ palette: Palette) -> String {
        "\(palette.color(cell.style.bg)) \(cell.char == " " ? TerminalColor.default : palette.color(cell.style.fg)) \(cell.char)"
    }

    @Test func noTwoAreasShareBackgroundForegroundAndGlyph() {
        for depth in Self.depths {
            for scheme in Scheme.allCases {
                for unicode in [true, false] {
                    let palette = Palette(depth: depth, scheme: scheme, factions: Self.factions)
                    let glyphs = Glyphs(unicode: unicode)
                    var seen: [String: Area] = [:]
                    for area in Self.areas {
                        let key = Self.shown(palette.cell(for: area, glyphs: glyphs, factions: Self.factions), palette)
                        #expect(
                            seen[key] == nil,
                            "\(depth) \(scheme) unicode \(unicode): \(area) looks like \(seen[key].map { "\($0)" } ?? "")"
                        )
                        seen[key] = area
                    }
                }
            }
        }
    }

    @Test func waterHasItsOwnGlyphAtEveryDepth() {
        for depth in Self.depths {
            let palette = Palette(depth: depth, scheme: .standard, factions: Self.factions)
            for unicode in [true, false] {
                let glyphs = Glyphs(unicode: unicode)
                let water = [Area.sea, .lake].map {
                    palette.cell(for: $0, glyphs: glyphs, factions: Self.factions).char
                }
                let land = (Self.areas.filter { $0 != .sea && $0 != .lake }).map {
                    palette.cell(for: $0, glyphs: glyphs, factions: Self.factions).char
                }
                #expect(!water.contains(" ") && water.allSatisfy { !land.contains($0) }, "\(depth) unicode \(unicode)")
            }
        }
    }

    @Test func slotsFollowTheTable() {
        for (i, ink) in Ink.fixed.enumerated() { #expect(ink.slot == i, "\(ink)") }
        #expect(Ink.faction(FactionID(0)).slot == Ink.fixedSlots)
    }
}
