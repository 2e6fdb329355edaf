import Foundation

/// Finds regions by any of their names, ignoring case, diacritics, apostrophes and the article "al-".
///
/// Matching has three tiers: the id; the folded name (exact, then prefix); and a consonant skeleton that
/// ignores vowels and doubled letters, so `Husseiba` also finds `Husaybah` at al-Qaim.
public struct PlaceSearch: Sendable {
    struct Entry: Sendable {
        let region: Int
        let folded: String
        let skeleton: String
    }

    let entries: [Entry]
    let ids: [String: Int]

    public init(atlas: Atlas) {
        var entries: [Entry] = []
        var ids: [String: Int] = [:]
        for r in atlas.regions {
            ids[r.id] = r.index
            var names = Set<String>()
            for n in [r.english, r.name] + r.altNames {
                let f = Self.fold(n)
                if !f.isEmpty && names.insert(f).inserted {
                    entries.append(Entry(region: r.index, folded: f, skeleton: Self.skeleton(f)))
                }
            }
        }
        self.entries = entries
        self.ids = ids
    }

    /// Regions matching `query`, best first: exact names, then consonant-skeleton matches, then prefixes.
    public func search(_ query: String) -> [Int] {
        if let id = ids[query] { return [id] }
        let q = Self.fold(query)
        guard !q.isEmpty else { return [] }
        let sk = Self.skeleton(q)
        var exact: [Int] = [], similar: [Int] = [], prefix: [Int] = []
        for e in entries {
            if e.folded == q {
                exact.append(e.region)
            } else if sk.count >= 3 && e.skeleton == sk {
                similar.append(e.region)
            } else if q.count >= 3 && e.folded.hasPrefix(q) {
                prefix.append(e.region)
            }
        }
        var out: [Int] = []
        for r in exact + similar + prefix where !out.contains(r) { out.append(r) }
        return out
    }

    /// The candidates a name resolves to: exact and skeleton matches (several means ambiguous), else prefixes.
    public func resolve(_ query: String) -> [Int] {
        if let id = ids[query] { return [id] }
        let q = Self.fold(query)
        let sk = Self.skeleton(q)
        let strong = entries.filter { $0.folded == q }.map(\.region)
            + entries.filter { $0.folded != q && sk.count >= 3 && $0.skeleton == sk }.map(\.region)
        var out: [Int] = []
        for r in strong where !out.contains(r) { out.append(r) }
        return out.isEmpty ? search(query) : out
    }

    /// Lowercase letters (any script) and digits only, diacritics removed, a leading article dropped.
    public static func fold(_ text: String) -> String {
        let plain = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var word = ""
        for ch in plain.unicodeScalars {
            if ch.properties.isAlphabetic || ("0"..."9").contains(ch) {
                word.unicodeScalars.append(ch)
            } else if ["'", "`", "\u{2019}", "\u{2018}", "\u{02BF}", "\u{02BE}"].contains(ch) {
                continue
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        if words.count > 1, ["al", "el", "ar", "as", "ash", "ad", "at", "az", "an", "ad"].contains(words[0]) { words.removeFirst() }
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
