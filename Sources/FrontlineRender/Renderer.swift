import FrontlineCore

/// The screen's parts for one terminal size.
public struct Layout: Hashable, Sendable {
    public static let minWidth = 60
    public static let minHeight = 20

    public let width: Int
    public let height: Int
    public let status: Rect
    public let map: Rect
    public let panel: Rect
    public let strip: Rect

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        let panelWidth = width >= 110 ? 40 : width >= 80 ? 32 : 26
        status = Rect(x: 0, y: 0, width: width, height: 1)
        strip = Rect(x: 0, y: height - 2, width: width, height: 2)
        panel = Rect(x: width - panelWidth, y: 1, width: panelWidth, height: height - 3)
        map = Rect(x: 0, y: 1, width: width - panelWidth, height: height - 3)
    }

    /// Whether the terminal is big enough to draw the map.
    public var fits: Bool { width >= Self.minWidth && height >= Self.minHeight }
}

/// Draws a whole frame: the one entry point of the renderer, pure and deterministic.
public func render(_ scene: Scene, width: Int, height: Int) -> CellGrid {
    var grid = CellGrid(width: width, height: height)
    let layout = Layout(width: width, height: height)
    guard layout.fits else {
        drawTooSmall(into: &grid)
        return grid
    }
    let palette = Palette(
        depth: scene.options.depth, scheme: scene.options.scheme, factions: scene.data.timeline.factions)
    let glyphs = Glyphs(unicode: scene.options.unicode)
    MapLayer(scene: scene, rect: layout.map, palette: palette, glyphs: glyphs).draw(into: &grid)
    Panels(scene: scene, palette: palette, glyphs: glyphs).draw(into: &grid, layout: layout)
    if let overlay = scene.overlay { drawOverlay(overlay, into: &grid, unicode: scene.options.unicode) }
    if !scene.options.unicode { grid.foldToASCII() }
    return grid
}

/// The "too small" screen, centred, for terminals below ``Layout/minWidth`` × ``Layout/minHeight``.
func drawTooSmall(into grid: inout CellGrid) {
    let lines = [
        "too small: \(grid.width)×\(grid.height)", "need at least \(Layout.minWidth)×\(Layout.minHeight)",
        "resize, or q to quit"
    ]
    let top = max(0, (grid.height - lines.count) / 2)
    for (i, line) in lines.enumerated() where top + i < grid.height {
        let n = line.unicodeScalars.count
        grid.put(line, x: max(0, (grid.width - n) / 2), y: top + i, style: Style(bold: i == 0))
    }
}

/// A framed box centred on the screen, with a title, scrolled lines and a footer; the chosen row lit.
func drawOverlay(_ overlay: Overlay, into grid: inout CellGrid, unicode: Bool) {
    let widest = overlay.lines.map { $0.unicodeScalars.count }.max() ?? 0
    let longest = max(overlay.title.count + 4, overlay.footer.count + 4, min(widest, overlay.textWidth ?? widest))
    let w = min(grid.width - 2, max(30, longest + 4))
    // Long lines wrap, keeping their indent; each piece remembers its line, for the chosen row.
    let pieces = overlay.lines.enumerated().flatMap { n, line -> [(line: Int, text: String)] in
        if line.unicodeScalars.count <= w - 4 { return [(n, line)] }
        let indent = line.prefix { $0 == " " }.count
        let wrapped = wrap(String(line.dropFirst(indent)), width: max(10, w - 4 - indent))
        return wrapped.isEmpty ? [(n, "")] : wrapped.map { (n, String(repeating: " ", count: indent) + $0) }
    }
    let lines = pieces.map(\.text)
    let h = min(grid.height - 2, max(5, lines.count + 4))
    let x = (grid.width - w) / 2, y = (grid.height - h) / 2
    let frame = Style(fg: .accent, bg: .standard, bold: true)
    let body = Style(fg: .standard, bg: .standard)
    grid.fill(x: x, y: y, width: w, height: h, with: Cell(" ", body))
    let (hz, vt, tl, tr, bl, br):
        (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) =
            unicode ? ("─", "│", "┌", "┐", "└", "┘") : ("-", "|", "+", "+", "+", "+")
    for i in 0..<w {
        grid[x + i, y] = Cell(hz, frame)
        grid[x + i, y + h - 1] = Cell(hz, frame)
    }
    for j in 0..<h {
        grid[x, y + j] = Cell(vt, frame)
        grid[x + w - 1, y + j] = Cell(vt, frame)
    }
    grid[x, y] = Cell(tl, frame)
    grid[x + w - 1, y] = Cell(tr, frame)
    grid[x, y + h - 1] = Cell(bl, frame)
    grid[x + w - 1, y + h - 1] = Cell(br, frame)
    grid.put(" \(overlay.title) ", x: x + 2, y: y, style: frame, maxWidth: w - 4)
    let visible = h - 4
    var first = overlay.scroll
    let chosen = overlay.selected.map { sel in pieces.indices.filter { sel.contains(pieces[$0].line) } } ?? []
    if let top = chosen.first, let bottom = chosen.last {
        // The chosen row in the middle of the box, or as near it as the list's ends allow.
        first = (top + bottom + 1) / 2 - visible / 2
    }
    let start = max(0, min(first, max(0, lines.count - visible)))
    let lit = Style(fg: .standard, bg: .standard, bold: true, reverse: true)
    for (i, line) in lines.enumerated().dropFirst(start).prefix(visible) {
        let on = chosen.contains(i)
        if on { grid.fill(x: x + 1, y: y + 2 + i - start, width: w - 2, height: 1, with: Cell(" ", lit)) }
        grid.put(line, x: x + 2, y: y + 2 + i - start, style: on ? lit : body, maxWidth: w - 4)
    }
    var footer = overlay.footer
    if lines.count > visible { footer += "  [\(start + 1)-\(min(lines.count, start + visible))/\(lines.count)]" }
    grid.put(" \(footer) ", x: x + 2, y: y + h - 1, style: frame, maxWidth: w - 4)
}
