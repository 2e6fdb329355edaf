import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import FrontlineCore
@testable import FrontlineRender
import Testing

/// The SVG, HTML and asciicast writers, on frames of the real data.
@Suite struct ExportWriterTests {
    static let scene = Fixture.scene(width: 200, height: 60, depth: .trueColor)
    static let grid = render(scene, width: 200, height: 60)
    static let svg = SVGWriter.render(grid, palette: scene.palette, notes: ExportNotes(scene: scene))

    /// The fill colours a document's style sheet and attributes use, as `#rrggbb`.
    static func fills(_ text: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: "fill[:=]\"?(#[0-9a-f]{6})")
        return Set(
            pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
                String(text[Range($0.range(at: 1), in: text)!])
            })
    }

    @Test func svgParsesAsXMLAndStaysSmall() throws {
        let parser = XMLParser(data: Data(Self.svg.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(Self.svg.utf8.count < 1_000_000, "200×60 SVG is \(Self.svg.utf8.count) bytes")
        // Runs are merged: far fewer rectangles than cells.
        let rects = Self.svg.components(separatedBy: "<rect").count - 1
        #expect(rects < 200 * 60 / 4, "\(rects) rectangles")
    }

    @Test func svgHasTitleLegendAndFooter() {
        #expect(Self.svg.contains("2015-05-22"))
        #expect(Self.svg.contains("Islamic State: "))
        #expect(Self.svg.contains(" km², "))
        #expect(Self.svg.contains("OCHA COD-AB boundaries (CC BY 3.0 IGO)"))
        #expect(Self.svg.contains("GeoNames (CC BY 4.0)"))
        let day = Fixture.data.history.steps(on: Era.seed).map { Fixture.data.timeline.changes[$0.change].source.title }
        #expect(!day.isEmpty)
        for title in day { #expect(Self.svg.contains(xmlEscaped(title)), "\(title)") }
        // Labels are text: Baghdad's name is in the picture.
        #expect(Self.svg.contains(">Baghdad<") || Self.svg.contains("Baghdad"))
    }

    @Test func svgColorsAreThePalettes() {
        let palette = Self.scene.palette
        let colors = PictureColors(palette: palette)
        var allowed: Set<String> = [colors.page.hex, colors.text.hex]
        let inks: [Ink] =
            [
                .neutral, .sea, .lake, .neighbour, .river, .border, .borderMinor, .label, .dimText, .accent,
                .warning, .cursor, .changed, .black, .white
            ] + Fixture.data.timeline.factions.ids.map { .faction($0) }
        for ink in inks { if let c = palette.rgb(ink) { allowed.insert(c.hex) } }
        let used = Self.fills(Self.svg)
        #expect(used.isSubset(of: allowed), "\(used.subtracting(allowed))")
        let isColor = palette.rgb(.faction(Fixture.data.timeline.faction(id: "is")!))!.hex
        #expect(used.contains(isColor))
    }

    @Test func htmlIsSelfContained() throws {
        let scene = Fixture.scene(width: 120, height: 40, depth: .trueColor)
        let grid = render(scene, width: 120, height: 40)
        let html = HTMLWriter.render(grid, palette: scene.palette, notes: ExportNotes(scene: scene))
        #expect(html.contains("<pre class=\"frame\"><span class="))
        for external in ["src=", "href=", "url(", "@import", "<script", "<link"] {
            #expect(!html.contains(external), "\(external)")
        }
        #expect(html.contains("OCHA COD-AB"))
    }

    @Test func asciicastHeaderAndDiffedFrames() throws {
        var writer = AsciicastWriter(width: 200, height: 60, palette: Self.scene.palette)
        let header = try #require(
            JSONSerialization.jsonObject(with: Data(writer.header(title: "t").utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2 && header["width"] as? Int == 200 && header["height"] as? Int == 60)
        let first = writer.frame(Self.grid, time: 0)
        let same = writer.frame(Self.grid, time: 0.25)
        var next = Self.grid
        next[5, 5] = Cell("X")
        let one = writer.frame(next, time: 0.5)
        let event = try #require(JSONSerialization.jsonObject(with: Data(one.utf8)) as? [Any])
        #expect(event.count == 3 && event[1] as? String == "o")
        #expect(event[2] as? String == "\u{1B}[6;6H\u{1B}[0mX")
        #expect(same == "[0.25,\"o\",\"\"]\n")
        #expect(first.utf8.count > 20 * one.utf8.count)
    }
}
