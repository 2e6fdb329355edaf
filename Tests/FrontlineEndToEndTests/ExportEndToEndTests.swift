import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

/// `frontline export`, run as a user runs the built binary: SVG, HTML, asciicast, safe output.
@Suite(.enabled(if: Tmux.binary != nil, "needs a built .build/debug/frontline"))
struct ExportEndToEndTests {
    let bin = Tmux.binary ?? "frontline"
    let folder: String

    init() throws {
        folder =
            FileManager.default.temporaryDirectory.appendingPathComponent("frontline-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func run(_ args: [String]) throws -> (status: Int32, out: String) {
        try Tmux.run(["env", "LANG=C.UTF-8", "COLORTERM=truecolor", "TERM=xterm-256color", bin] + args)
    }

    func read(_ name: String) throws -> String { try String(contentsOfFile: folder + "/" + name, encoding: .utf8) }

    @Test func htmlStrippedOfTagsIsPrint() throws {
        let size = ["--date", "2015-05-20", "--width", "130", "--height", "42"]
        #expect(
            try run(["export", "--format", "html", "--color", "never", "-o", folder + "/mono.html"] + size).status == 0)
        let plain = try run(["print", "--color", "never"] + size)
        #expect(htmlFrameText(try read("mono.html")) == plain.out)
        #expect(try run(["export", "--format", "html", "-o", folder + "/colour.html"] + size).status == 0)
        let color = try run(["print", "--color", "always"] + size).out
        #expect(
            htmlFrameText(try read("colour.html"))
                == color.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression))
    }

    @Test func svgIsWrittenAndParses() throws {
        let r = try run([
            "export", "--format", "svg", "--date", "2016-03-27", "--width", "200", "--height", "60", "-o",
            folder + "/m.svg"
        ])
        #expect(r.status == 0, "\(r.out)")
        let svg = try read("m.svg")
        #expect(svg.utf8.count < 1_000_000)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(svg.contains("2016-03-27"))
    }

    @Test func asciicastFrameReplaysToPrint() throws {
        let size = ["--width", "120", "--height", "40"]
        let r = try run(
            [
                "export", "--format", "asciicast", "--from", "2015-05-14", "--to", "2015-05-24", "--step", "1d",
                "--caption",
                "-o", folder + "/w.cast"
            ] + size)
        #expect(r.status == 0, "\(r.out)")
        #expect(r.out.isEmpty, "no progress when stderr is not a terminal: \(r.out)")
        let lines = try read("w.cast").split(separator: "\n").map(String.init)
        let header = try #require(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2 && header["width"] as? Int == 120 && header["height"] as? Int == 41)
        #expect(lines.count == 1 + 11)
        var screen = VTScreen(width: 120, height: 41)
        for (n, line) in lines.dropFirst().enumerated() {
            let event = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            screen.feed(try #require(event[2] as? String))
            guard n == 6 || n == 10 else { continue }
            let day = ["2015-05-20", "2015-05-24"][n == 6 ? 0 : 1]
            var printed = VTScreen(width: 120, height: 40)
            printed.feed(try run(["print", "--date", day, "--color", "always"] + size).out)
            #expect(screen.top(40) == printed, "frame \(n) (\(day)) differs from print:\n\(screen.text)")
            if n == 6 {
                #expect(
                    screen.text.split(separator: "\n").last?.contains("2015-05-20  Palmyra (Tadmur)") == true,
                    "\(screen.text)")
            }
        }
    }

    @Test func existingFilesAreKeptAndUnwritablePathsExit73() throws {
        try "mine".write(toFile: folder + "/m.svg", atomically: false, encoding: .utf8)
        let kept = try run(["export", "--format", "svg", "-o", folder + "/m.svg"])
        #expect(kept.status == 73)
        #expect(kept.out.contains("already exists; pass --force"))
        #expect(try read("m.svg") == "mine")
        #expect(try run(["export", "--format", "svg", "--force", "-o", folder + "/m.svg"]).status == 0)
        #expect(try read("m.svg").hasPrefix("<?xml"))
        let bad = try run(["export", "--format", "html", "-o", "/proc/frontline-cannot/m.html"])
        #expect(bad.status == 73)
        #expect(bad.out.contains("cannot write /proc/frontline-cannot/m.html"))
        #expect(
            try run([
                "export", "--format", "asciicast", "--from", "2015-06-01", "--to", "2015-05-01", "-o",
                folder + "/x.cast"
            ]).status == 64)
    }

    @Test func anInterruptedExportLeavesNoFile() throws {
        // A long time-lapse, stopped once its temporary file exists.
        let script = """
            cd '\(folder)' || exit 1
            '\(bin)' export --format asciicast --from 2014-01-01 --to 2019-12-31 --step 1d -o war.cast & pid=$!
            for i in $(seq 1 400); do ls -A | grep -q tmp && break; sleep 0.05; done
            kill -TERM $pid; wait $pid; echo "status $?"; ls -A; echo end
            """
        let r = try Tmux.run(["env", "LANG=C.UTF-8", "sh", "-c", script])
        #expect(r.out.contains("status 143"), "\(r.out)")
        #expect(r.out.hasSuffix("status 143\nend\n"), "no file left: \(r.out)")
    }
}

extension ExportEndToEndTests {
    @Test(.enabled(if: Tmux.available)) func progressShowsOnATerminalAndCtrlCLeavesNoFile() throws {
        let t = try Tmux(width: 100, height: 10)
        defer { t.kill() }
        t.shell(
            "cd '\(folder)' && \(bin) export --format asciicast --from 2014-01-01 --to 2019-12-31 --step 1d -o war.cast"
        )
        #expect(t.waitFor(seconds: 30) { $0.contains("frames ") && $0.contains("/2191 (") })
        t.keys("C-c")
        // The shell drops the interrupted command list; the export is gone and so is its temporary file.
        #expect(t.waitFor { _ in t.foregroundPID() == nil })
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    func features(_ args: [String]) throws -> [[String: Any]] {
        let r = try run(["export", "--format", "geojson"] + args)
        #expect(r.status == 0, "\(r.out.prefix(300))")
        let object = try #require(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "FeatureCollection")
        return try #require(object["features"] as? [[String: Any]])
    }

    @Test func geojsonRegionsPlacesAndChanges() throws {
        let regions = try features(["--date", "2015-05-22"])
        let palmyra = try #require(
            regions.first { ($0["properties"] as? [String: Any])?["id"] as? String == "palmyra" })
        let props = try #require(palmyra["properties"] as? [String: Any])
        #expect(props["controller"] as? String == "is" && props["since"] as? String == "2015-05-20")
        #expect((props["source"] as? String)?.contains("Palmyra offensive") == true)
        #expect(props["district"] as? String == "SY0405" && props["governorate"] as? String == "SY04")
        let type = (palmyra["geometry"] as? [String: Any])?["type"] as? String
        #expect(type == "Polygon" || type == "MultiPolygon")
        // Every ring is closed; exteriors turn counter-clockwise and holes clockwise (RFC 7946's right-hand rule).
        var rings = 0
        for feature in regions {
            let geometry = try #require(feature["geometry"] as? [String: Any])
            let coordinates = try #require(geometry["coordinates"] as? [Any])
            let polygons =
                geometry["type"] as? String == "Polygon" ? [coordinates] : coordinates.compactMap { $0 as? [Any] }
            for polygon in polygons {
                for (k, ring) in polygon.compactMap({ $0 as? [[Double]] }).enumerated() {
                    #expect(ring.count >= 5 && ring.first == ring.last)
                    let twiceArea = zip(ring, ring.dropFirst()).reduce(0.0) {
                        $0 + $1.0[0] * $1.1[1] - $1.1[0] * $1.0[1]
                    }
                    #expect(k == 0 ? twiceArea > 0 : twiceArea < 0)
                    rings += 1
                }
            }
        }
        #expect(rings >= regions.count)
        let places = try features(["--date", "2015-05-22", "--points"])
        #expect(places.count == regions.count)
        #expect(places.allSatisfy { ($0["geometry"] as? [String: Any])?["type"] as? String == "Point" })
        let changes = try features(["--changes", "--from", "2015-05-15", "--to", "2015-05-25"])
        let dates = changes.compactMap { ($0["properties"] as? [String: Any])?["date"] as? String }
        #expect(dates.count == changes.count && dates.allSatisfy { ("2015-05-15"..."2015-05-25").contains($0) })
        #expect(changes.contains { ($0["properties"] as? [String: Any])?["id"] as? String == "ramadi" })
        #expect(
            try run(["export", "--format", "geojson", "--changes", "--from", "2015-05-25", "--to", "2015-05-15"]).status
                == 64)
        #expect(try run(["export", "--format", "geojson", "-o", folder + "/m.geojson"]).status == 0)
        #expect(try run(["export", "--format", "geojson", "-o", folder + "/m.geojson"]).status == 73)
    }
}

/// The text of an HTML page's frame: the `<pre class="frame">` with its tags stripped and entities decoded.
func htmlFrameText(_ html: String) -> String? {
    guard let start = html.range(of: "<pre class=\"frame\">"),
        let end = html.range(of: "</pre>", range: start.upperBound..<html.endIndex)
    else { return nil }
    let inner = String(html[start.upperBound..<end.lowerBound])
    let stripped = inner.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
    return stripped.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
}
