import Synchronization

/// The place search's folded names, kept by the atlas: worked out with it, or read from the cache the first time a
/// search needs them.
///
/// A `print` or a first frame never searches, so a warm load copies the cache's section of names (its own
/// string table and entries) and decodes nothing of it.
final class SearchNameTable: Sendable {
    /// The cache's section until it is first read, then the names.
    private enum State {
        case encoded([UInt8], regionCount: Int)
        case names([PlaceSearch.Entry])
    }

    private let state: Mutex<State>

    /// Names already worked out.
    init(_ entries: [PlaceSearch.Entry]) { state = Mutex(.names(entries)) }

    /// Names as ``encode(_:)`` wrote them, for an atlas of `regionCount` regions, decoded when first asked for.
    init(encoded: [UInt8], regionCount: Int) { state = Mutex(.encoded(encoded, regionCount: regionCount)) }

    /// The names; `rebuild` works them out again should the cached section not decode.
    func names(rebuild: () -> [PlaceSearch.Entry]) -> [PlaceSearch.Entry] {
        state.withLock { state in
            switch state {
            case .names(let names): return names
            case .encoded(let bytes, let n):
                let names = (try? Self.decode(bytes, regionCount: n)) ?? rebuild()
                state = .names(names)
                return names
            }
        }
    }

    /// The section of the cache that holds `entries`: a payload of its own, string table and all.
    static func encode(_ entries: [PlaceSearch.Entry]) -> [UInt8] {
        var w = CacheWriter()
        w.array(entries) { w, e in
            w.i32(Int32(e.region.index))
            w.string(e.folded)
            w.bool(e.primary)
            w.string(String(e.name))
        }
        return w.payload()
    }

    /// The entries of a section written by ``encode(_:)``, each naming one of `n` regions.
    private static func decode(_ encoded: [UInt8], regionCount n: Int) throws -> [PlaceSearch.Entry] {
        try encoded.withUnsafeBytes { bytes in
            var r = try CacheReader(bytes, decodingAll: true)
            let names = try r.array { r throws(CacheReader.Damaged) -> PlaceSearch.Entry in
                guard let region = try r.regionID(), region.index < n else { throw CacheReader.Damaged() }
                return PlaceSearch.Entry(
                    region: region, folded: try r.string(), primary: try r.bool(), name: Substring(try r.string()))
            }
            guard r.atEnd else { throw CacheReader.Damaged() }
            return names
        }
    }
}
