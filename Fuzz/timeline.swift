// Fuzz target `timeline`: a whole data folder on top of a tiny valid atlas written once at startup. The input is
// split on NUL bytes: part 1 becomes timeline/changes/x.tsv, part 2 timeline/initial/x.tsv, part 3
// timeline/factions.tsv and part 4 (which keeps any further NULs) timeline/events.tsv. A missing part keeps
// the fixture's valid file (no events.tsv). DataSet.load runs the atlas loader, the timeline loader and
// History.build; errors are expected, crashes and hangs are bugs.
import Foundation

private let root = FuzzSupport.makeRoot("timeline")
private let targets = ["timeline/changes/x.tsv", "timeline/initial/x.tsv", "timeline/factions.tsv", "timeline/events.tsv"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTimeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let parts = FuzzSupport.split(FuzzSupport.bytes(data, size), parts: targets.count)
    for (i, name) in targets.enumerated() {
        if i < parts.count {
            FuzzSupport.write(root + "/" + name, parts[i])
        } else if let text = FuzzSupport.files[name] {
            FuzzSupport.write(root + "/" + name, Array(text.utf8))
        } else {
            FuzzSupport.remove(root + "/" + name)
        }
    }
    do {
        let set = try DataSet.load(directory: root)
        // Exercise what the app reads from a loaded set.
        for c in set.history.controls { _ = set.label(c); _ = set.code(c) }
        _ = set.warnings.map(\.description)
    } catch {
        for e in error.errors { check(e.line >= 1 && e.column >= 1) }
    }
    return 0
}
