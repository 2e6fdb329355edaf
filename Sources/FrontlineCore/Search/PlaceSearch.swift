import Foundation

/// Finds regions by any of their names, ignoring case, diacritics, apostrophes and the article "al-".
///
/// One answer for the viewer's `/` and `query --place` alike (``resolve(_:)``): the id; the folded name; then
/// look-alikes (a consonant skeleton that ignores vowels and doubled letters, so `Husseiba` also finds
/// `Husaybah`), names it begins, and names with a word it is or begins (`Golan` finds `Occupied Golan`), after
/// the regions of a district or governorate of that name, capital first.
public struct PlaceSearch: Sendable {
    struct Entry: Sendable {
        let region: Int
        let folded: String
        let skeleton: String
        /// Whether this is the region's English or main name, not an alternate.
        let primary: Bool
        /// The folded first word of the name: `Husaybah al-Sharqiyah` gives `husaybah`.
        let root: String
        /// Every word of the name, folded.
        let words: [String]
    }

    let entries: [Entry]
    let ids: [String: Int]
    let towns: Set<Int>
    /// Folded district and governorate names, each with its regions, most important first.
    let units: [(name: String, regions: [Int])]

    public init(atlas: Atlas) {
        var entries: [Entry] = []
        var ids: [String: Int] = [:]
        func add(_ region: Int, _ names: [String], primaryCount: Int) {
            var seen = Set<String>()
            for (i, n) in names.enumerated() {
                let f = Self.fold(n)
                let words = Self.words(n)
                if !f.isEmpty && seen.insert(f).inserted {
                    entries.append(Entry(region: region, folded: f, skeleton: Self.skeleton(f), primary: i < primaryCount,
                                         root: words.first ?? "", words: words))
                }
            }
        }
        for r in atlas.regions {
            ids[r.id] = r.index
            add(r.index, [r.english, r.name] + r.altNames, primaryCount: 2)
        }
        // A place without a region of its own is a name of the region it lies in.
        for p in atlas.places {
            if let r = p.region { add(r, [p.english, p.name] + p.altNames, primaryCount: 0) }
        }
        self.entries = entries
        self.ids = ids
        towns = Set(atlas.regions.filter { $0.kind == .city || $0.kind == .town }.map(\.index))
        let ranked = atlas.regions.sorted { ($0.priority, -$0.population, $0.id) < ($1.priority, -$1.population, $1.id) }
        var byDistrict = [[Int]](repeating: [], count: atlas.districts.count)
        var byGovernorate = [[Int]](repeating: [], count: atlas.governorates.count)
        for r in ranked {
            byDistrict[r.district].append(r.index)
            byGovernorate[atlas.districts[r.district].governorate].append(r.index)
        }
        units = atlas.districts.enumerated().map { (Self.fold($0.element.name), byDistrict[$0.offset]) }
            + atlas.governorates.enumerated().map { (Self.fold($0.element.name), byGovernorate[$0.offset]) }
    }

    /// The candidates a name resolves to; more than one means the name is ambiguous.
    ///
    /// An id, or a region whose English or main name it is, answers alone, unless another town's name looks
    /// the same (the same consonant skeleton) and one name is the other plus a qualifier: `Husseiba` is
    /// Husaybah al-Sharqiyah, and al-Qaim is also called Husaybah, so both are offered. Several regions
    /// sharing the name (two Sinjars) are all offered; a town beats a site named after it. Without an exact name: look-alikes and names it begins.
    public func resolve(_ query: String) -> [Int] {
        if let id = ids[query] { return [id] }
        let q = Self.fold(query)
        guard !q.isEmpty else { return [] }
        let sk = Self.skeleton(q)
        func unique(_ rs: [Int]) -> [Int] {
            var out: [Int] = []
            for r in rs where !out.contains(r) { out.append(r) }
            return out
        }
        let exact = entries.filter { $0.folded == q }
        let primary = unique(exact.filter(\.primary).map(\.region))
        var matched = primary.isEmpty ? unique(exact.map(\.region)) : primary
        // A town beats a crossing or airbase named after it: "al-Qaim" is the town, not its border post.
        let townMatches = matched.filter { towns.contains($0) }
        if townMatches.count == 1 { matched = townMatches }
        guard !matched.isEmpty else {
            let similar = sk.count >= 3 ? entries.filter { $0.skeleton == sk }.map(\.region) : []
            let prefix = q.count >= 3 ? entries.filter { $0.folded.hasPrefix(q) }.map(\.region) : []
            let word = q.count >= 3 ? entries.filter { $0.words.dropFirst().contains { $0.hasPrefix(q) } }.map(\.region) : []
            let unit = units.filter { $0.name == q }.flatMap(\.regions)
            return unique(unit + similar + prefix + word)
        }
        guard matched.count == 1, sk.count >= 3 else { return matched }
        let roots = Set(entries.filter { $0.region == matched[0] }.map(\.root))
        let confusable = entries.filter { e in
            e.region != matched[0] && towns.contains(e.region) && e.skeleton == sk && roots.contains(e.folded)
        }
        return unique(matched + confusable.map(\.region))
    }

    static let apostrophes: Set<Unicode.Scalar> = ["'", "`", "\u{2019}", "\u{2018}", "\u{02BF}", "\u{02BE}", "\u{02BB}", "\u{02BC}"]

    /// The words of a name, each folded, the leading article dropped: `Occupied Golan` gives occupied, golan.
    static func words(_ name: String) -> [String] {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "(" || $0 == ")" || $0 == "," })
            .map { fold(String($0)) }.filter { !$0.isEmpty }
        return words.count > 1 && articles.contains(words[0]) ? Array(words.dropFirst()) : words
    }

    static let articles: Set<String> = ["al", "el", "ar", "as", "ash", "ad", "at", "az", "an"]

    /// Lowercase letters (any script) and digits only, diacritics removed, a leading article dropped.
    public static func fold(_ text: String) -> String {
        let plain = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var word = ""
        for ch in plain.unicodeScalars {
            if Self.apostrophes.contains(ch) || ch.properties.generalCategory == .nonspacingMark {
                continue   // ayn and hamza marks, and accents folding left without a base letter
            }
            if ch.properties.isAlphabetic || ("0"..."9").contains(ch) {
                word.unicodeScalars.append(ch)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        if words.count > 1, articles.contains(words[0]) { words.removeFirst() }
        return words.joined().lowercased()
    }

    /// The consonants of a folded name, without a final h, doubles collapsed: `husseiba` and `husaybah` give `hsb`.
    static func skeleton(_ folded: String) -> String {
        var out: [Character] = []
        for ch in folded where !"aeiouyw".contains(ch) {
            if out.last != ch { out.append(ch) }
        }
        if out.count > 1 && out.last == "h" { out.removeLast() }
        return String(out)
    }
}
