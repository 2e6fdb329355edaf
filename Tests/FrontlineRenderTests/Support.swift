import Foundation
import FrontlineCore
import FrontlineRender

/// The repository's real data, loaded once for all render tests.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let data: DataSet = try! DataSet.load(directory: root.appendingPathComponent("Data").path)
    static let series = data.series

    /// A scene of the real data on `day`, fitted to a `width` × `height` screen unless a camera is given.
    static func scene(
        day: Day = Era.seed, width: Int, height: Int, depth: ColorDepth = .ansi256, unicode: Bool = true,
        camera: Camera? = nil, hidden: Set<FactionID> = [], highlight: Bool = false
    ) -> Scene {
        let map = Layout(width: width, height: height).map
        let cam = camera ?? Camera.fit(width: max(1, map.width), height: max(1, map.height))
        var scene = Scene(
            data: data, series: series, day: day, regionControls: data.history.snapshot(at: day), camera: cam,
            cursor: cam.centre, hidden: hidden, highlightChanges: highlight,
            stripFaction: data.timeline.faction(id: "is")!, options: RenderOptions(depth: depth, unicode: unicode))
        scene.keyHint = "? help  q quit"  // what the viewer's map mode shows
        return scene
    }
}

/// Golden files under Tests/Golden: compared exactly; `FRONTLINE_UPDATE_GOLDEN=1 swift test` rewrites them.
enum Golden {
    static func check(_ name: String, _ actual: String) -> String? {
        let url = Fixture.root.appendingPathComponent("Tests/Golden/\(name).txt")
        if ProcessInfo.processInfo.environment["FRONTLINE_UPDATE_GOLDEN"] == "1" {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "missing golden \(url.path); run with FRONTLINE_UPDATE_GOLDEN=1"
        }
        if expected == actual { return nil }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(e.count, a.count) where (i < e.count ? e[i] : "") != (i < a.count ? a[i] : "") {
            return
                "\(name): first difference at line \(i + 1):\n expected: \(i < e.count ? e[i] : "<none>")\n actual:   "
                + "\(i < a.count ? a[i] : "<none>")"
        }
        return "\(name) differs"
    }

    /// The frame's styles as letters, one per distinct style in order of first appearance: colour in a golden.
    static func styleMap(_ grid: CellGrid) -> String {
        var ids: [Style: Character] = [:]
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var out = ""
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let s = grid[x, y].style
                if ids[s] == nil { ids[s] = alphabet[min(ids.count, alphabet.count - 1)] }
                out.append(ids[s]!)
            }
            out.append("\n")
        }
        return out
    }
}
