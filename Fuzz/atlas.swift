// Fuzz target `atlas`: AtlasLoader.load on top of a tiny valid atlas written once at startup. The input is split
// on NUL bytes: part 1 becomes atlas/regions.tsv, part 2 atlas/districts.tsv, part 3 atlas/grid.txt and part 4
// (which keeps any further NULs) atlas/lakes.tsv; a missing part keeps the fixture's valid file. A loaded atlas
// is also indexed by PlaceSearch.
import Foundation

private let root = FuzzSupport.makeRoot("atlas")
private let targets = ["atlas/regions.tsv", "atlas/districts.tsv", "atlas/grid.txt", "atlas/lakes.tsv"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAtlas(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let parts = FuzzSupport.split(FuzzSupport.bytes(data, size), parts: targets.count)
    for (i, name) in targets.enumerated() {
        let bytes = i < parts.count ? parts[i] : Array(FuzzSupport.files[name]!.utf8)
        FuzzSupport.write(root + "/" + name, bytes)
    }
    do {
        let atlas = try AtlasLoader.load(directory: root + "/atlas")
        let search = PlaceSearch(atlas: atlas)
        for r in atlas.regions {
            _ = search.resolve(r.english)
            _ = search.resolve(r.name)
            _ = atlas.country(of: r)
        }
    } catch {
        for e in error.errors { check(e.line >= 1 && e.column >= 1) }
    }
    return 0
}
