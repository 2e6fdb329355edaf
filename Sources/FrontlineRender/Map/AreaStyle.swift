import FrontlineCore

/// A kind of map area, as the map and the legend draw it.
enum Area: Hashable {
    case faction(FactionID)
    /// A contested region, hatched: `a` behind, `b` in front.
    case contested(FactionID, FactionID)
    /// Land of a filtered-out faction.
    case neutral
    /// Land whose controller is unknown.
    case unknown
    case sea, lake, neighbour
}

extension Palette {
    /// The one place that decides how an area looks at this palette's depth.
    ///
    /// With colour to spare (24-bit, 256) a faction is a plain fill; when ``patterned`` its glyph is drawn on its
    /// colour, and in monochrome the glyph alone carries it. Sea and lakes always carry a water glyph, so no land
    /// can be mistaken for water at any depth.
    func cell(for area: Area, glyphs: Glyphs, factions: [Faction]) -> Cell {
        switch area {
        case .faction(let f):
            guard patterned else { return Cell(" ", Style(bg: .faction(f))) }
            let cell = swatch(for: area, glyphs: glyphs, factions: factions)
            // A solid glyph (IS's █) drawn in the contrast colour would paint the area white: fill it instead.
            return hasColor && cell.char == "█" ? Cell(" ", Style(bg: .faction(f))) : cell
        case .neighbour:
            return patterned ? swatch(for: area, glyphs: glyphs, factions: factions) : Cell(" ", Style(bg: .neighbour))
        default:
            return swatch(for: area, glyphs: glyphs, factions: factions)
        }
    }

    /// An area with its pattern glyph, whatever the depth: the legend's swatches, and the map when patterned.
    func swatch(for area: Area, glyphs: Glyphs, factions: [Faction]) -> Cell {
        func on(_ bg: Ink, _ glyph: Unicode.Scalar, fg: Ink? = nil) -> Cell {
            hasColor ? Cell(glyph, Style(fg: fg ?? contrast(on: bg), bg: bg)) : Cell(glyph)
        }
        switch area {
        case .faction(let f): return on(.faction(f), f.index < factions.count ? glyphs.fill(factions[f]) : "?")
        case .contested(let a, let b):
            return hasColor ? Cell(glyphs.hatch, Style(fg: .faction(b), bg: .faction(a))) : Cell(glyphs.hatch)
        case .neutral: return on(.neutral, " ")
        case .unknown: return on(.neutral, "?", fg: .black)
        case .sea: return on(.sea, glyphs.sea, fg: .river)
        case .lake: return on(.lake, glyphs.water, fg: .white)
        case .neighbour: return on(.neighbour, glyphs.neighbour)
        }
    }
}
