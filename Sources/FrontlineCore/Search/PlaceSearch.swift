import FoundationEssentials

/// Finds regions by any of their names, ignoring case, diacritics, apostrophes and the article "al-".
///
/// One answer for the viewer's `/` and `query --place` alike (``resolve(_:)``): the id; the folded name; then
/// look-alikes (a consonant skeleton that ignores vowels and doubled letters, so `Husseiba` also finds
/// `Husaybah`), names it begins, and names with a word it is or begins (`Golan` finds `Occupied Golan`), after
/// the regions of a district or governorate of that name, capital first.
public struct PlaceSearch: Sendable {
    /// One name of a region, folded. Its words and skeleton are worked out only by the searches that need them.
    struct Entry: Sendable {
        let region: RegionID
        let folded: String
        /// Whether this is the region's English or main name, not an alternate.
        let primary: Bool
        /// The name as written (a slice of the atlas's field, not a copy).
        let name: Substring
    }

    let entries: [Entry]
    let ids: [String: RegionID]
    /// Whether each region is a city or a town, by region.
    let isTown: [Bool]
    /// For the district and governorate names, looked up only when no region has the name searched for.
    let atlas: Atlas

    /// The search over every name of `atlas`, from the names it folded once when it was loaded.
    public init(atlas: Atlas) {
        entries = atlas.searchNames
        ids = atlas.regionByID
        isTown = atlas.regions.map { $0.kind == .city || $0.kind == .town }
        self.atlas = atlas
    }

    /// Every name of `regions` and of the `places` that lie in one, folded: built once with the atlas.
    static func names(regions: [Region], places: [Place]) -> [Entry] {
        var entries: [Entry] = []
        entries.reserveCapacity(regions.count * 4)
        var folder = NameFolder()
        /// Adds `name` unless it folds to nothing or to a name this region already has among `from...`.
        func add(_ region: RegionID, _ name: Substring, primary: Bool, from first: Int) {
            let f = folder.fold(name)
            guard !f.isEmpty, !entries[first...].contains(where: { $0.folded == f }) else { return }
            entries.append(Entry(region: region, folded: f, primary: primary, name: name))
        }
        for r in regions {
            let first = entries.count
            add(r.index, Substring(r.english), primary: true, from: first)
            add(r.index, Substring(r.name), primary: true, from: first)
            for n in AtlasLoader.nameSlices(r.alternates) { add(r.index, n, primary: false, from: first) }
        }
        // A place without a region of its own is a name of the region it lies in.
        for p in places {
            guard let r = p.region else { continue }
            let first = entries.count
            for n in [p.english, p.name] + p.altNames { add(r, Substring(n), primary: false, from: first) }
        }
        return entries
    }

    /// The regions of every district, then every governorate, whose folded name is `folded`, each unit's most
    /// important first (priority, then population, then id).
    func unitRegions(_ folded: String) -> [RegionID] {
        var folder = NameFolder()
        var out: [[RegionID]] = []
        for (d, district) in atlas.districts.enumerated() where folder.fold(district.name) == folded {
            out.append(atlas.regions.filter { $0.district == d }.map(\.index))
        }
        for (g, governorate) in atlas.governorates.enumerated() where folder.fold(governorate.name) == folded {
            out.append(atlas.regions.ids.filter { atlas.regionGovernorate[region: $0] == g })
        }
        let regions = atlas.regions
        return out.flatMap { unit in
            unit.sorted {
                (regions[$0].priority, -regions[$0].population, regions[$0].id) < (
                    regions[$1].priority, -regions[$1].population, regions[$1].id
                )
            }
        }
    }

    /// The candidates a name resolves to; more than one means the name is ambiguous.
    ///
    /// An id, or a region whose English or main name it is, answers alone, unless another town's name looks
    /// the same (the same consonant skeleton) and one name is the other plus a qualifier: `Husseiba` is
    /// Husaybah al-Sharqiyah, and al-Qaim is also called Husaybah, so both are offered. Several regions
    /// sharing the name (two Sinjars) are all offered; a town beats a site named after it. Without an exact name:
    /// look-alikes and names it begins.
    public func resolve(_ query: String) -> [RegionID] {
        if let id = ids[query] { return [id] }
        let q = Self.fold(query)
        guard !q.isEmpty else { return [] }
        let sk = Self.skeleton(q)
        func unique(_ rs: [RegionID]) -> [RegionID] {
            var out: [RegionID] = []
            for r in rs where !out.contains(r) { out.append(r) }
            return out
        }
        let exact = entries.filter { $0.folded == q }
        let primary = unique(exact.filter(\.primary).map(\.region))
        var matched = primary.isEmpty ? unique(exact.map(\.region)) : primary
        // A town beats a crossing or airbase named after it: "al-Qaim" is the town, not its border post.
        let townMatches = matched.filter { isTown[region: $0] }
        if townMatches.count == 1 { matched = townMatches }
        var folder = NameFolder()
        guard !matched.isEmpty else {
            let similar = sk.count >= 3 ? entries.filter { Self.skeleton($0.folded) == sk }.map(\.region) : []
            let prefix = q.count >= 3 ? entries.filter { $0.folded.hasPrefix(q) }.map(\.region) : []
            let word =
                q.count >= 3
                ? entries.filter { folder.words($0.name).dropFirst().contains { $0.hasPrefix(q) } }.map(\.region) : []
            let unit = unitRegions(q)
            return unique(unit + similar + prefix + word)
        }
        guard matched.count == 1, sk.count >= 3 else { return matched }
        // The folded first word of each of its names: `Husaybah al-Sharqiyah` gives `husaybah`.
        let roots = Set(entries.filter { $0.region == matched[0] }.map { folder.words($0.name).first ?? "" })
        let confusable = entries.filter { e in
            e.region != matched[0] && isTown[region: e.region] && roots.contains(e.folded)
                && Self.skeleton(e.folded) == sk
        }
        return unique(matched + confusable.map(\.region))
    }

    /// Lowercase letters (any script) and digits only, diacritics removed, a leading article dropped.
    public static func fold(_ text: String) -> String {
        var folder = NameFolder()
        return folder.fold(text)
    }

    /// The consonants of a folded name, without a final h, doubles collapsed: `husseiba` and `husaybah` give `hsb`.
    static func skeleton(_ folded: String) -> String {
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            for b in folded.utf8 where !"aeiouyw".utf8.contains(b) {
                if out.last != b { out.append(b) }
            }
            if out.count > 1 && out.last == UInt8(ascii: "h") { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
        var out: [Character] = []
        for ch in folded where !"aeiouyw".contains(ch) {
            if out.last != ch { out.append(ch) }
        }
        if out.count > 1 && out.last == "h" { out.removeLast() }
        return String(out)
    }
}
