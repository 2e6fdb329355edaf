import FrontlineCore

/// A rectangle of the screen.
public struct Rect: Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public func contains(x px: Int, y py: Int) -> Bool { px >= x && py >= y && px < x + width && py < y + height }
}

/// Draws the map: regions filled by controller, borders, rivers, lakes, towns and their labels, the cursor.
struct MapLayer {
    let scene: Scene
    let rect: Rect
    let palette: Palette
    let glyphs: Glyphs

    /// What each screen cell shows: a region index, or one of the negative codes below.
    private static let sea = -1, offGrid = -2
    private static func lakeCode(_ l: Int) -> Int { -100 - l }
    private static func neighbourCode(_ n: Int) -> Int { -10_000 - n }
    /// The region a sample shows, or nil for water, neighbours and cells off the grid.
    static func region(_ s: Int) -> RegionID? { s >= 0 ? RegionID(s) : nil }

    func draw(into grid: inout CellGrid) {
        let w = rect.width, h = rect.height
        guard w > 0, h > 0 else { return }
        let atlas = scene.data.atlas
        let samples = sample()
        let changed = scene.highlightChanges ? Set(scene.data.history.steps(on: scene.day).map(\.region)) : []

        // Fill.
        for y in 0..<h {
            for x in 0..<w {
                let s = samples[y * w + x]
                grid[rect.x + x, rect.y + y] = fill(sample: s, x: x, y: y, changed: changed)
            }
        }
        // Borders: a cell whose right or lower neighbour lies in another country or governorate.
        func unit(_ s: Int) -> (country: Int, gov: Int)? {
            if let r = Self.region(s) { return (atlas.regionCountry[region: r], atlas.regionGovernorate[region: r]) }
            if s <= -10_000 { return (-10_000 - s, -1) }
            return nil
        }
        for y in 0..<h {
            for x in 0..<w {
                let s = samples[y * w + x]
                guard s >= 0, let here = unit(s) else { continue }
                var country = false, gov = false
                for (dx, dy) in [(1, 0), (0, 1), (-1, 0), (0, -1)] {
                    let nx = x + dx, ny = y + dy
                    guard nx >= 0, ny >= 0, nx < w, ny < h, let there = unit(samples[ny * w + nx]) else { continue }
                    if there.country != here.country {
                        country = true
                    } else if there.gov != here.gov && (dx > 0 || dy > 0) {
                        gov = true
                    }
                }
                var cell = grid[rect.x + x, rect.y + y]
                if country {
                    if palette.hasColor {
                        cell.char = glyphs.countryBorder
                        cell.style.fg = .border
                        cell.style.bold = true
                    } else {
                        cell = Cell(" ")
                    }
                } else if gov && palette.hasColor {
                    cell.char = glyphs.governorateBorder
                    cell.style.fg = .borderMinor
                }
                grid[rect.x + x, rect.y + y] = cell
            }
        }
        drawMark(into: &grid, samples: samples)
        drawRivers(into: &grid, samples: samples)
        let markers = drawEvents(into: &grid)
        drawLabels(into: &grid, samples: samples, reserved: markers)
    }

    /// The atlas code under the centre of every screen cell, row by row.
    func sample() -> [Int] {
        let w = rect.width, h = rect.height
        let g = scene.data.atlas.grid
        var out = [Int](repeating: Self.offGrid, count: w * h)
        let cam = scene.camera
        for y in 0..<h {
            let lat = cam.point(x: 0, y: y, width: w, height: h).lat
            let row = Int(((g.north - lat) / g.step).rounded(.down))
            guard row >= 0, row < g.rows else { continue }
            let lon0 = cam.point(x: 0, y: y, width: w, height: h).lon
            for x in 0..<w {
                let col = Int(((lon0 + Double(x) * cam.lonPerColumn - g.west) / g.step).rounded(.down))
                guard col >= 0, col < g.cols else { continue }
                switch g.cell(row: row, col: col) {
                case .region(let r): out[y * w + x] = r.index
                case .sea: out[y * w + x] = Self.sea
                case .lake(let l): out[y * w + x] = Self.lakeCode(l)
                case .neighbour(let n): out[y * w + x] = Self.neighbourCode(n)
                }
            }
        }
        return out
    }

    /// The cell for one sample: faction colour (or pattern), hatching for contested regions, water, neighbours.
    func fill(sample s: Int, x: Int, y: Int, changed: Set<RegionID>) -> Cell {
        let factions = scene.data.timeline.factions
        func area(_ a: Area) -> Cell { palette.cell(for: a, glyphs: glyphs, factions: factions) }
        if let r = Self.region(s) {
            if changed.contains(r) {
                let color = palette.hasColor
                let bg = color ? ink(for: scene.regionControls[region: r], x: x, y: y) : .standard
                return Cell(glyphs.changed, Style(fg: color ? .changed : .standard, bg: bg, bold: true))
            }
            switch scene.data.history.controls[scene.regionControls[region: r]] {
            case .faction(let f): return area(scene.hidden.contains(f) ? .neutral : .faction(f))
            case .contested(let fs):
                let visible = fs.filter { !scene.hidden.contains($0) }
                guard !visible.isEmpty else { return area(.neutral) }
                let a = visible[((x + y) % visible.count + visible.count) % visible.count]
                let b = visible[((x + y + 1) % visible.count + visible.count) % visible.count]
                return area(.contested(a, b))
            case .unknown: return area(.unknown)
            }
        }
        if s == Self.sea || s == Self.offGrid { return area(.sea) }
        if s <= -10_000 { return area(.neighbour) }
        return area(.lake)
    }

    /// The background ink of a control index at (x, y), for cells drawn over it.
    func ink(for control: ControlID, x: Int, y: Int) -> Ink {
        switch scene.data.history.controls[control] {
        case .faction(let f): return scene.hidden.contains(f) ? .neutral : .faction(f)
        case .contested(let fs): return .faction(fs[((x + y) % fs.count + fs.count) % fs.count])
        case .unknown: return .neutral
        }
    }

    /// Rivers as lines over land, drawn with Bresenham's algorithm between projected points.
    func drawRivers(into grid: inout CellGrid, samples: [Int]) {
        let w = rect.width, h = rect.height
        for river in scene.data.atlas.rivers {
            var previous: (x: Int, y: Int)?
            for p in river.points {
                let c = scene.camera.cell(of: p, width: w, height: h)
                defer { previous = c }
                guard let a = previous else { continue }
                if (a.x < -w && c.x < -w) || (a.x > 2 * w && c.x > 2 * w) || (a.y < -h && c.y < -h)
                    || (a.y > 2 * h && c.y > 2 * h)
                {
                    continue
                }
                var x0 = a.x, y0 = a.y
                let dx = abs(c.x - x0), dy = -abs(c.y - y0)
                let sx = x0 < c.x ? 1 : -1, sy = y0 < c.y ? 1 : -1
                var err = dx + dy
                var guardSteps = 0
                while guardSteps < 100_000 {
                    guardSteps += 1
                    if x0 >= 0, y0 >= 0, x0 < w, y0 < h, samples[y0 * w + x0] >= 0 {
                        var cell = grid[rect.x + x0, rect.y + y0]
                        if cell.char != glyphs.countryBorder || !palette.hasColor {
                            cell.char = glyphs.river
                            cell.style.fg = palette.hasColor ? .river : .standard
                            cell.style.bold = false
                            grid[rect.x + x0, rect.y + y0] = cell
                        }
                    }
                    if x0 == c.x && y0 == c.y { break }
                    let e2 = 2 * err
                    if e2 >= dy {
                        err += dy
                        x0 += sx
                    }
                    if e2 <= dx {
                        err += dx
                        y0 += sy
                    }
                }
            }
        }
    }

    /// Town markers and labels, most important first, never overlapping each other, the cursor or the map cells
    /// `reserved` (event markers).
    func drawLabels(into grid: inout CellGrid, samples: [Int], reserved: [Int] = []) {
        let w = rect.width, h = rect.height
        let atlas = scene.data.atlas
        var taken = [Bool](repeating: false, count: w * h)
        for i in reserved { taken[i] = true }
        let cur = scene.camera.cell(of: scene.cursor, width: w, height: h)
        func reserve(_ x: Int, _ y: Int) { if x >= 0, y >= 0, x < w, y < h { taken[y * w + x] = true } }
        for dx in -1...1 { for dy in -1...1 { reserve(cur.x + dx, cur.y + dy) } }
        let km = scene.camera.kmPerColumn
        let maxPriority = km > 9 ? 3 : km > 5 ? 4 : km > 3 ? 5 : 6
        let rank = scene.labels ?? LabelRank(data: scene.data)
        let (sequence, anchors, rest) = rank.sequence(scene.data, on: scene.day, maxPriority: maxPriority)
        func labelled(_ r: Region) -> Bool { r.kind != .district && r.kind != .occupied && r.kind != .sector }
        // The markers of the places readers look for first: no other place's label may cover them.
        var anchored = [Bool](repeating: false, count: w * h)
        for index in sequence.prefix(anchors) where labelled(atlas.regions[index]) {
            let c = scene.camera.cell(of: atlas.regions[index].point, width: w, height: h)
            if c.x >= 0, c.y >= 0, c.x < w, c.y < h { anchored[c.y * w + c.x] = true }
        }
        func free(_ x: Int, _ y: Int, _ n: Int, anchors: Bool = true) -> Bool {
            guard y >= 0, y < h, x >= 0, x + n <= w else { return false }
            return !(x..<(x + n)).contains { taken[y * w + $0] || anchors && anchored[y * w + $0] }
        }
        /// Writes a label in the colour that reads on the map under it, and reserves it with a space each side.
        func put(_ name: String, x lx: Int, y: Int, bold: Bool) {
            for (i, ch) in name.unicodeScalars.enumerated() {
                var cell = grid[rect.x + lx + i, rect.y + y]
                cell.char = CellGrid.singleWidth(ch)
                cell.style.fg = palette.hasColor ? palette.contrast(on: cell.style.bg) : .standard
                cell.style.bold = bold
                cell.style.underline = false
                grid[rect.x + lx + i, rect.y + y] = cell
            }
            for i in -1...name.unicodeScalars.count { reserve(lx + i, y) }
        }
        // The searched place first: its name beside the cursor, right or else left of the cursor's box.
        if let f = scene.focus, f.index < atlas.regions.count {
            let name = Sanitizer.printable(atlas.regions[f].english, limit: 24)
            let n = name.unicodeScalars.count
            let lx: Int? =
                free(cur.x + 2, cur.y, n, anchors: false)
                ? cur.x + 2
                : free(cur.x - 1 - n, cur.y, n, anchors: false) ? cur.x - 1 - n : nil
            if let lx { put(name, x: lx, y: cur.y, bold: true) }
        }
        // Anchors left without a label: no city or town of theirs or a lesser priority (not in the news) is named in
        // their stead beside them, as Abu Ghraib was for Fallujah.
        var unnamed: [(x: Int, y: Int, n: Int, priority: Int)] = []
        for (position, index) in sequence.enumerated() {
            let region = atlas.regions[index]
            if !labelled(region) || index == scene.focus { continue }
            let c = scene.camera.cell(of: region.point, width: w, height: h)
            guard c.x >= 0, c.y >= 0, c.x < w, c.y < h, !taken[c.y * w + c.x] else { continue }
            let name = Sanitizer.printable(region.english, limit: 24)
            let n = name.unicodeScalars.count
            // Right of the marker, else left of it, else just above or below to its right; clear of the anchors'
            // markers if it can be, over them if not.
            let spots = [(c.x + 2, c.y), (c.x - n - 1, c.y), (c.x + 1, c.y - 1), (c.x + 1, c.y + 1)]
            func fits(_ s: (Int, Int), anchors: Bool) -> Bool {
                free(s.0 - (s.1 == c.y && s.0 > c.x ? 1 : 0), s.1, n + 1, anchors: anchors)
            }
            let spot = spots.first { fits($0, anchors: true) } ?? spots.first { fits($0, anchors: false) }
            let marker = region.kind.isSite ? glyphs.site : glyphs.town
            var mcell = grid[rect.x + c.x, rect.y + c.y]
            mcell.char = marker
            mcell.style.fg = palette.hasColor ? palette.contrast(on: mcell.style.bg) : .standard
            mcell.style.bold = true
            grid[rect.x + c.x, rect.y + c.y] = mcell
            reserve(c.x, c.y)
            let overshadowed =
                position >= rest && region.priority >= 3
                && unnamed.contains {
                    region.priority >= $0.priority && abs($0.y - c.y) <= 1 && abs($0.x - c.x) <= $0.n + 2
                }
            guard let (lx, ly) = spot, !overshadowed else {
                if position < anchors { unnamed.append((c.x, c.y, n, region.priority)) }
                continue
            }
            put(name, x: lx, y: ly, bold: region.priority <= 2)
        }
        // Lake and neighbouring-country names, where room is left.
        var extra: [(String, GeoPoint)] = atlas.lakes.map { ($0.name, $0.label) }
        for (i, country) in atlas.countries.enumerated() where !country.mapped {
            if let p = atlas.countryLabels[i] { extra.append((country.name.uppercased(), p)) }
        }
        for (name, p) in extra {
            let c = scene.camera.cell(of: p, width: w, height: h)
            let n = name.count
            let x0 = c.x - n / 2
            guard free(x0, c.y, n) else { continue }
            for (i, ch) in name.unicodeScalars.enumerated() {
                var cell = grid[rect.x + x0 + i, rect.y + c.y]
                cell.char = ch
                cell.style.fg = palette.hasColor ? palette.contrast(on: cell.style.bg) : .standard
                grid[rect.x + x0 + i, rect.y + c.y] = cell
            }
            for i in 0..<n { reserve(x0 + i, c.y) }
        }
        // The cursor.
        if scene.options.cursorAndHint, cur.x >= 0, cur.y >= 0, cur.x < w, cur.y < h {
            var cell = grid[rect.x + cur.x, rect.y + cur.y]
            cell.char = glyphs.cursor
            cell.style = Style(
                fg: palette.hasColor ? .cursor : .standard, bg: cell.style.bg, bold: true, reverse: !palette.hasColor)
            grid[rect.x + cur.x, rect.y + cur.y] = cell
        }
    }
}

/// The characters the map uses, in Unicode and ASCII sets.
struct Glyphs {
    let unicode: Bool

    var countryBorder: Unicode.Scalar { unicode ? "•" : "*" }
    var governorateBorder: Unicode.Scalar { unicode ? "·" : "." }
    var river: Unicode.Scalar { "~" }
    /// Lakes.
    var water: Unicode.Scalar { unicode ? "≈" : "w" }
    var sea: Unicode.Scalar { unicode ? "∼" : "~" }
    var neighbour: Unicode.Scalar { unicode ? "·" : "." }
    /// Contested regions (ASCII `\\`, since `/` is Israel's pattern).
    var hatch: Unicode.Scalar { unicode ? "╱" : "\\" }
    var changed: Unicode.Scalar { unicode ? "▒" : "!" }
    var town: Unicode.Scalar { unicode ? "●" : "o" }
    var site: Unicode.Scalar { unicode ? "◆" : "@" }
    var cursor: Unicode.Scalar { unicode ? "╋" : "+" }
    var sparks: [Unicode.Scalar] {
        unicode ? [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : [" ", ".", ":", "-", "=", "+", "*", "#", "@"]
    }

    /// A faction's fill pattern for terminals without colour.
    func fill(_ faction: Faction) -> Unicode.Scalar {
        let ch = unicode ? faction.glyph : faction.ascii
        return ch.unicodeScalars.first.map(CellGrid.singleWidth) ?? "?"
    }
}
